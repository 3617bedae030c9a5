import type { OptionValues } from 'commander';
import { UsageError } from '../errors.js';
import { KINDS } from '../core/kinds.js';
import type { KindName } from '../core/kinds.js';
import { suggestNearest } from '../core/suggest.js';
import { kindLabel, KIND_TEXTS } from '../i18n/kind-texts.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import type { AddDeps } from './add.js';
import type { Context } from './context.js';

/** One line per kind of the table, in its order: the name to type, the label and what a record of the kind is. */
export function kindListLines(lang: Lang): string[] {
  const width = Math.max(...KINDS.map((k) => k.name.length));
  return KINDS.map((k) => `${k.name.padEnd(width)}  ${kindLabel(k.name, lang)} – ${KIND_TEXTS[k.name].describe[lang]}`);
}

/**
 * `sak add` without a kind. On a terminal: the kinds to pick from, one line each, then the
 * form of the kind picked. Otherwise (`--no-input`, a pipe): exit 2 with the same list, as
 * for any missing argument when prompts are impossible (cli.md, exit codes). A word that
 * is not a kind is exit 2 with "menade du …?".
 */
export async function runAddWithoutKind(kindArg: string | undefined, options: OptionValues, ctx: Context, deps: AddDeps = {}): Promise<number> {
  const { lang } = ctx;
  if (kindArg !== undefined) {
    const names = KINDS.map((k) => k.name);
    const suggestion = suggestNearest(kindArg, names);
    throw new UsageError(recordMessage(lang, suggestion ? 'usage.unknown-kind.suggest' : 'usage.unknown-kind', { kind: kindArg, suggestion, kinds: names.join(', ') }));
  }
  const lines = kindListLines(lang);
  if (options.prompts === false || !ctx.out.interactive) {
    throw new UsageError(recordMessage(lang, 'add.no-kind', { list: lines.map((l) => `  ${l}`).join('\n') }));
  }
  const prompter = deps.prompter ?? (await import('../ui/prompts.js')).createPrompter({ lang });
  const kind = (await prompter.select({ message: recordMessage(lang, 'add.which-kind'), choices: KINDS.map((k, i) => ({ value: k.name, name: lines[i] as string })) })) as KindName;
  const { runAdd } = await import('./add.js');
  return runAdd(kind, options, ctx, deps);
}
