import { UsageError } from '../errors.js';
import { parseAssignment } from '../core/new-record.js';
import { bulkSetMessage } from '../i18n/bulk-set-messages.js';
import { assignmentEdits, parseAssignments } from './assignments.js';
import { changeRecord } from './change-record.js';
import type { Context } from './context.js';
import type { SetOptions } from './set-where.js';
import { writeValueContext } from './field-input.js';

/**
 * `sak set <id> PATH=VALUE...`: sets, replaces or (with an empty value) removes fields.
 * With `--where` (no id): the same change to every record that matches (set-where.ts).
 */
export async function runSet(id: string | undefined, assignments: readonly string[], options: SetOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const where = options.where !== undefined && options.where.length > 0;
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
