import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { SCHEMA_FORMATS } from './option-choices.js';
import { renderTextTable } from '../core/format/text-table.js';
import { KINDS } from '../core/kinds.js';
import { suggestNearest } from '../core/suggest.js';
import { onboardingHelp } from '../i18n/help-onboarding.js';
import { kindLabel } from '../i18n/kind-texts.js';
import { recordMessage } from '../i18n/record-messages.js';
import { SCHEMA_DIR } from '../store/schemas.js';
import type { Context } from './context.js';

/** Options of `sak schema`, as declared in cli/commands/schema.ts (the format already checked). */
export interface SchemaOptions {
  format?: (typeof SCHEMA_FORMATS)[number];
}

/** Schemas that are not kinds but can be printed too. */
const EXTRA_SCHEMAS = ['config', 'report', 'common'];

/**
 * `sak schema [kind]`: with a kind, its JSON Schema as shipped (draft-07; `$ref`s point to
 * `common.schema.json` beside it); without, the kinds with their Swedish and English names.
 */
export async function runSchema(kindArg: string | undefined, options: SchemaOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = options.format ?? 'text';
  if (kindArg === undefined) {
    const rows = KINDS.map((k) => ({ kind: k.name, sv: kindLabel(k.name, 'sv'), en: kindLabel(k.name, 'en'), folder: `${k.folder}/`, schema: `${k.name}.schema.json` }));
    if (format === 'json') {
      ctx.out.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      const header = onboardingHelp(lang, 'schema.header').split('\t');
      ctx.out.stdout(renderTextTable(header, rows.map((r) => [r.kind, r.sv, r.en, r.folder])));
      ctx.out.stderr(`${onboardingHelp(lang, 'schema.extra')}\n`);
    }
    return 0;
  }
  const names = [...KINDS.map((k) => k.name), ...EXTRA_SCHEMAS];
  if (!names.includes(kindArg)) {
    const suggestion = suggestNearest(kindArg, names);
    throw new UsageError(recordMessage(lang, suggestion ? 'usage.unknown-kind.suggest' : 'usage.unknown-kind', { kind: kindArg, suggestion, kinds: names.join(', ') }));
  }
  ctx.out.stdout(readFileSync(path.join(SCHEMA_DIR, `${kindArg}.schema.json`), 'utf8'));
  return 0;
}
