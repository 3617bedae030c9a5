import type { OptionValues } from 'commander';
import { UsageError } from '../errors.js';
import type { RecordEdit } from '../core/edit/yaml-edit.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import type { ValueContext } from '../core/field-values.js';
import { parseAssignment, parseYamlValue } from '../core/new-record.js';
import type { FieldPath } from '../core/new-record.js';
import { bulkSetMessage } from '../i18n/bulk-set-messages.js';
import { recordMessage } from '../i18n/record-messages.js';
import type { Lang } from '../i18n/lang.js';
import { changeRecord } from './change-record.js';
import type { Context } from './context.js';
import { FieldValueReader, parsesAsField, writeValueContext } from './field-input.js';

/** A parsed `PATH=VALUE` argument: its path and the text after `=`. */
export interface Assignment {
  text: string;
  path: FieldPath;
  raw: string;
}

/** Splits `PATH=VALUE` arguments (exit 2 for a malformed one or none). */
export function parseAssignments(assignments: readonly string[], lang: Lang): Assignment[] {
  if (assignments.length === 0) throw new UsageError(recordMessage(lang, 'usage.no-assignments'));
  return assignments.map((text) => {
    const parsed = parseAssignment(text);
    if (!parsed) throw new UsageError(recordMessage(lang, 'usage.bad-assignment', { value: text, option: 'sak set' }));
    return { text, ...parsed };
  });
}

/**
 * The edits of `PATH=VALUE` arguments: a field with a type of its own (number, yes/no,
 * enum, date, duration, unit) is read as every command reads it (`severity=Hög`,
 * `cost_sek=3 400`); anything else as YAML; an empty value removes.
 */
export function assignmentEdits(assignments: readonly Assignment[], fields: readonly FieldSpec[], values: ValueContext, lang: Lang): RecordEdit[] {
  const reader = new FieldValueReader(values, lang);
  const edits = assignments.map(({ path, raw }): RecordEdit => {
    if (raw === '') return { op: 'delete', path };
    const field = fieldAt(fields, path);
    const value = parsesAsField(field, raw) ? reader.read(field, raw, path.join('.')) : parseYamlValue(raw);
    return { op: 'set', path, value };
  });
  reader.check();
  return edits;
}

/**
 * `sak set <id> PATH=VALUE...`: sets, replaces or (with an empty value) removes fields.
 * With `--where` (no id): the same change to every record that matches (set-where.ts).
 */
export async function runSet(id: string | undefined, assignments: readonly string[], options: OptionValues, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const where = Array.isArray(options.where) && options.where.length > 0;
  if (where) {
    if (id !== undefined && parseAssignment(id) === undefined) throw new UsageError(bulkSetMessage(lang, 'usage.id-and-where', { value: id }));
    const { runSetWhere } = await import('./set-where.js');
    return runSetWhere(parseAssignments(id === undefined ? assignments : [id, ...assignments], lang), options, ctx);
  }
  if (options.before !== undefined) throw new UsageError(bulkSetMessage(lang, 'usage.before-without-where'));
  if (options.dryRun === true) throw new UsageError(bulkSetMessage(lang, 'usage.dry-run-without-where'));
  if (id === undefined) throw new UsageError(bulkSetMessage(lang, 'usage.no-id'));
  const parsed = parseAssignments(assignments, ctx.lang);
  return changeRecord(ctx, id, 'set', options, ({ fields }, setup) => ({ edits: assignmentEdits(parsed, fields, writeValueContext(setup), ctx.lang) }));
}
