import type { RecordEdit } from './edit/yaml-edit.js';
import type { FieldSpec } from './fields.js';
import type { KindSpec } from './kinds.js';
import { orderBySchema } from './new-record.js';

/** The edits of `sak close`, or `already` when the record is closed (nothing to do). */
export function closeEdits(kind: KindSpec, data: Record<string, unknown>, options: { date: string; note?: string }): RecordEdit[] | 'already' | 'unsupported' {
  const close = kind.close;
  if (!close) return 'unsupported';
  if (data.status === close.status) return 'already';
  const edits: RecordEdit[] = [{ op: 'set', path: ['status'], value: close.status }];
  if (close.dateField) edits.push({ op: 'set', path: [close.dateField], value: options.date });
  if (options.note !== undefined && options.note !== '') edits.push(noteEdit(data, options.note));
  return edits;
}

/** Adds a paragraph to the record's `notes` (or starts them). */
export function noteEdit(data: Record<string, unknown>, note: string): RecordEdit {
  const previous = typeof data.notes === 'string' && data.notes.trim() !== '' ? data.notes.replace(/\s+$/, '') : undefined;
  return { op: 'set', path: ['notes'], value: previous ? `${previous}\n\n${note}` : note };
}

/** The list a kind's review appends to and the fields of its entries (for the schema order). */
export function reviewEntryFields(kind: KindSpec, fields: readonly FieldSpec[]): readonly FieldSpec[] {
  const review = kind.review;
  if (review?.type !== 'entry') return [];
  return fields.find((f) => f.name === review.list)?.item?.properties ?? [];
}

/**
 * The edits of `sak review`: for an `entry` kind one new item `{date, …values}` in schema
 * order appended to the kind's list; for an `assess` kind (site) `status` and `assessed`
 * of each object named by an option. `values` are keyed by entry field or object name.
 */
export function reviewEdits(kind: KindSpec, fields: readonly FieldSpec[], date: string | number, values: Readonly<Record<string, unknown>>): RecordEdit[] {
  const review = kind.review;
  if (!review) return [];
  if (review.type === 'entry') {
    const entry = orderBySchema(reviewEntryFields(kind, fields), { date, ...values });
    return [{ op: 'append', path: [review.list], value: entry }];
  }
  const edits: RecordEdit[] = [];
  for (const object of Object.values(review.options)) {
    if (values[object] === undefined) continue;
    edits.push({ op: 'set', path: [object, 'status'], value: values[object] });
    edits.push({ op: 'set', path: [object, 'assessed'], value: date });
  }
  return edits;
}
