import type { KindName } from '../kinds.js';
import { compareStrings } from '../problem.js';
import type { RuleName } from './rules.js';

/** How a deadline stands at the evaluation date. */
export type DeadlineStatus = 'overdue' | 'due' | 'ok';

/** The statuses in sort order: most urgent first. */
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['overdue', 'due', 'ok'];

/** One deadline found by `sak check` (cli.md, json shape), with the event it was computed from. */
export interface DeadlineItem {
  status: DeadlineStatus;
  rule: RuleName;
  /** The record the item is about (for `training`, the unit). */
  id: string;
  kind: KindName;
  /** The due date, or null when the thing was never done and has no date to be done by. */
  due: string | null;
  /** A JSON pointer into the record when the item is about a part of it (`/performed/0/findings/1`). */
  ref?: string;
  /** The exercise topic of a `training` item. */
  topic?: string;
  /** The last event the due date was computed from, as written (partial dates stay "2005"); null if none. */
  last: string | null;
  /** What is expected, in the chosen language. */
  message: string;
}

/** The status of a due date at `at`: overdue before `at` or null, due up to `horizonEnd` inclusive, else ok. */
export function deadlineStatus(due: string | null, at: string, horizonEnd: string): DeadlineStatus {
  if (due === null || due < at) return 'overdue';
  return due <= horizonEnd ? 'due' : 'ok';
}

/** rules.md order: status (overdue, due, ok), due (null first), id, rule, then ref/topic; strings by code unit. */
export function compareDeadlineItems(a: DeadlineItem, b: DeadlineItem): number {
  return (
    DEADLINE_STATUSES.indexOf(a.status) - DEADLINE_STATUSES.indexOf(b.status) ||
    compareDue(a.due, b.due) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.ref ?? a.topic ?? '', b.ref ?? b.topic ?? '')
  );
}

function compareDue(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareStrings(a, b);
}

/** A sorted copy of the items (compareDeadlineItems). */
export function sortDeadlineItems(items: readonly DeadlineItem[]): DeadlineItem[] {
  return [...items].sort(compareDeadlineItems);
}
