import { EnvironmentError } from '../errors.js';
import type { LOG_FORMATS } from './option-choices.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import { renderTextTable } from '../core/format/text-table.js';
import { valueLabel } from '../i18n/labels.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import { recordChanges } from '../core/record-diff.js';
import type { FieldChange } from '../core/record-diff.js';
import type { SakConfig } from '../core/record-types.js';
import { fieldLabel } from '../i18n/field-labels.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { GitError, fileHistory, fileVersions, inGitWorkTree } from '../store/git.js';
import type { FileCommit } from '../store/git.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import { readConfig } from '../store/read-register.js';
import { findIndexed } from '../store/record-index.js';
import { indexRecordFiles } from '../store/record-listing.js';
import type { Context } from './context.js';
import { unknownIdError } from './record-write.js';

/** Options of `sak log`, as declared in cli/commands/log.ts (the format already checked). */
export interface LogOptions {
  format?: (typeof LOG_FORMATS)[number];
}

/** The longest a value is shown in a change line. */
const SHOWN = 60;

/** A value as a change line shows it: an enum by its label, yes/no, a list by its items, long text shortened; '–' for none. */
function shownValue(field: FieldSpec | undefined, value: unknown, lang: Lang, config: SakConfig | null): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'boolean') return recordMessage(lang, value ? 'log.yes' : 'log.no');
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return value.length === 0 ? '–' : value.map((v) => shownValue(field?.item, v, lang, config)).join(', ');
    return recordMessage(lang, 'log.items', { count: value.length });
  }
  if (typeof value === 'object') return shownObject(field, value as Record<string, unknown>, lang, config);
  const text = field?.type === 'enum' && typeof value === 'string' ? valueLabel(field, value, lang, config) : String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN ? `${line.slice(0, SHOWN - 1)}…` : line;
}

function shownObject(field: FieldSpec | undefined, value: Record<string, unknown>, lang: Lang, config: SakConfig | null): string {
  return Object.entries(value)
    .map(([key, v]) => {
      const property = field?.properties?.find((p) => p.name === key);
      return `${property ? fieldLabel(property.path, lang) : key} ${shownValue(property, v, lang, config)}`;
    })
    .join(', ');
}

/** The lines of one commit's changes: `Status: Öppen → Avslutad`; a list that grew by items at its end shows them. */
export function changeLines(changes: readonly FieldChange[], fields: readonly FieldSpec[], lang: Lang, config: SakConfig | null): string[] {
  return changes.map(({ path, before, after }) => {
    const field = fieldAt(fields, path);
    const label = fieldLabel(path, lang);
    const old = before === undefined ? [] : before;
    if (Array.isArray(old) && Array.isArray(after) && after.length > old.length && old.every((item, i) => JSON.stringify(item) === JSON.stringify(after[i])) && after.some((v) => v !== null && typeof v === 'object')) {
      const added = after.slice(old.length).map((item) => recordMessage(lang, 'log.added-item', { item: shownValue(field?.item, item, lang, config) }));
      return `${label}: ${added.join('; ')}`;
    }
    return `${label}: ${shownValue(field, before, lang, config)} → ${shownValue(field, after, lang, config)}`;
  });
}

/** The parsed record of each version (undefined where a version cannot be read). */
function parsedVersions(texts: readonly (string | undefined)[]): unknown[] {
  return texts.map((text) => (text === undefined ? undefined : parseYamlSource(text.replace(/^\uFEFF/, '')).data));
}

/**
 * `sak log <id>`: the record's history from Git (date, author, subject), newest first,
 * following renames, each commit with the fields it changed in the chosen language
 * ("Status: Öppen → Avslutad").
 */
export async function runLog(id: string, options: LogOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = options.format ?? 'text';
  const root = ctx.registerRoot;
  const index = indexRecordFiles(root);
  const record = findIndexed(index, id);
  if (!record) throw unknownIdError(lang, id, index.map((r) => r.id));
  let history: FileCommit[];
  let versions: unknown[];
  try {
    if (!(await inGitWorkTree(root, ctx.git))) throw new EnvironmentError(recordMessage(lang, 'log.no-git', { root }));
    history = await fileHistory(root, record.file, ctx.git);
    versions = parsedVersions(await fileVersions(root, history, ctx.git));
  } catch (error) {
    if (error instanceof GitError) throw new EnvironmentError(recordMessage(lang, error.missing ? 'log.git-missing' : 'log.git-failed', { detail: error.message }));
    throw error;
  }
  // Each commit against the one before it in the file's history (the next older entry).
  const changes = history.map((_, i) => (i === history.length - 1 ? undefined : recordChanges(versions[i + 1], versions[i])));
  if (format === 'json') {
    const json = history.map((c, i) => ({
      commit: c.commit,
      date: c.date,
      author: c.author,
      email: c.email,
      subject: c.subject,
      created: changes[i] === undefined,
      changes: (changes[i] ?? []).map((change) => ({ field: change.path.join('.'), before: change.before ?? null, after: change.after ?? null })),
    }));
    ctx.out.stdout(JSON.stringify(json, null, 2) + '\n');
    return 0;
  }
  if (history.length === 0) {
    ctx.out.stderr(recordMessage(lang, 'log.empty', { file: record.file }) + '\n');
    return 0;
  }
  const { config } = await readConfig(root);
  const fields = fieldsOfKind(record.kind.name);
  const header = [recordMessage(lang, 'log.date'), recordMessage(lang, 'log.author'), recordMessage(lang, 'log.subject')];
  const table = renderTextTable(header, history.map((c) => [c.date.slice(0, 16).replace('T', ' '), c.author, c.subject])).split('\n');
  const lines = [table[0] as string];
  history.forEach((_, i) => {
    lines.push(table[i + 1] as string);
    const own = changes[i];
    const details = own === undefined ? [recordMessage(lang, 'log.created')] : changeLines(own, fields, lang, config);
    for (const detail of details) lines.push(`    ${detail}`);
  });
  ctx.out.stdout(`${lines.join('\n')}\n`);
  return 0;
}
