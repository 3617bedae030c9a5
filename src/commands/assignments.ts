// The `PATH=VALUE` arguments of `sak set` (one record or, with --where, many).
import { UsageError } from '../errors.js';
import type { RecordEdit } from '../core/edit/yaml-edit.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import type { ValueContext } from '../core/field-values.js';
import { parseAssignment, parseYamlValue } from '../core/new-record.js';
import type { FieldPath } from '../core/new-record.js';
import { recordMessage } from '../i18n/record-messages.js';
import type { Lang } from '../i18n/lang.js';
import { FieldValueReader, parsesAsField } from './field-input.js';

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
