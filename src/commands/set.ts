import type { OptionValues } from 'commander';
import { UsageError } from '../errors.js';
import type { RecordEdit } from '../core/edit/yaml-edit.js';
import { parseAssignment, parseYamlValue } from '../core/new-record.js';
import { recordMessage } from '../i18n/record-messages.js';
import { changeRecord } from './change-record.js';
import type { Context } from './context.js';

/** The edits of `PATH=VALUE` arguments: a YAML value sets, an empty value removes (exit 2 for a malformed argument). */
export function assignmentEdits(assignments: readonly string[], ctx: Context): RecordEdit[] {
  if (assignments.length === 0) throw new UsageError(recordMessage(ctx.lang, 'usage.no-assignments'));
  return assignments.map((text) => {
    const parsed = parseAssignment(text);
    if (!parsed) throw new UsageError(recordMessage(ctx.lang, 'usage.bad-assignment', { value: text, option: 'sak set' }));
    return parsed.raw === '' ? { op: 'delete', path: parsed.path } : { op: 'set', path: parsed.path, value: parseYamlValue(parsed.raw) };
  });
}

/** `sak set <id> PATH=VALUE...`: sets, replaces or (with an empty value) removes fields. */
export async function runSet(id: string, assignments: readonly string[], options: OptionValues, ctx: Context): Promise<number> {
  const edits = assignmentEdits(assignments, ctx);
  return changeRecord(ctx, id, 'set', options, () => ({ edits }));
}
