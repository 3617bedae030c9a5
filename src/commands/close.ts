import { UsageError } from '../errors.js';
import { fieldAt } from '../core/fields.js';
import { closeEdits } from '../core/record-changes.js';
import { kindLabel } from '../i18n/kind-texts.js';
import { recordMessage } from '../i18n/record-messages.js';
import { changeRecord } from './change-record.js';
import type { Context } from './context.js';
import { configValueContext, readFieldValue } from './field-input.js';
import type { WriteOptions } from './record-write.js';

/** Options of `sak close`, as declared in cli/commands/close.ts. */
export interface CloseOptions extends WriteOptions {
  date?: string;
  note?: string;
}

/**
 * `sak close <id>`: an incident is closed (status closed + `closed`), an action done
 * (status done + `done`), a risk closed, a control retired, a unit made inactive; the
 * note is added to `notes`.
 */
export async function runClose(id: string, options: CloseOptions, ctx: Context): Promise<number> {
  return changeRecord(ctx, id, 'close', options, ({ target, data, fields }) => {
    const dateField = target.kind.close?.dateField ? fieldAt(fields, [target.kind.close.dateField]) : undefined;
    const date = options.date !== undefined && dateField ? String(readFieldValue(dateField, options.date, configValueContext(null), ctx.lang, '--date')) : (options.date ?? ctx.today);
    const plan = closeEdits(target.kind, data, { date, ...(options.note !== undefined ? { note: options.note } : {}) });
    if (plan === 'unsupported') throw new UsageError(recordMessage(ctx.lang, 'close.unsupported', { kind: kindLabel(target.kind.name, ctx.lang) }));
    if (plan === 'already') return { nothing: recordMessage(ctx.lang, 'close.already', { id: target.id, status: String(data.status) }) };
    return { edits: plan };
  });
}
