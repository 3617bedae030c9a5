import { problemText } from './problem-text.js';
import { partialDateStart } from '../calendar/date.js';
import { makeProblem } from '../problem.js';
import type { Problem } from '../problem.js';
import type { PendingProblem } from './pending.js';

/** An event date of a record and, when known, where it stands in the file. */
export interface LocatedDate {
  field: string;
  path: readonly (string | number)[];
  value: string | number;
  /** Absent when the record was read without positions (the fast reader): found again only if needed. */
  line?: number;
  column?: number;
}

/**
 * `future-date` warnings: event dates after the date of evaluation (a partial date counts
 * from its first day). Those of events read without a position come back as pending
 * problems, for the caller to locate.
 */
export function futureDateProblems(file: string, id: string | undefined, events: readonly LocatedDate[], at: string): { located: Problem[]; pending: PendingProblem[] } {
  // The common case, checked for every record: nothing after `at`.
  if (!events.some((event) => partialDateStart(event.value) > at)) return { located: [], pending: [] };
  const located: Problem[] = [];
  const pending: PendingProblem[] = [];
  for (const event of events) {
    if (partialDateStart(event.value) <= at) continue;
    const message = problemText('future-date', { value: String(event.value), today: at });
    if (event.line === undefined || event.column === undefined) pending.push({ severity: 'warning', code: 'future-date', file, id, path: event.path, anchor: 'value', message });
    else located.push(makeProblem({ severity: 'warning', code: 'future-date', file, line: event.line, column: event.column, id, field: event.field, message }));
  }
  return { located, pending };
}


/**
 * The event dates of `after` that lie after `today` and are new: not in `before` with the
 * same value at the same place. A write that records such a date is refused without
 * `--allow-future`; one that leaves an old future date as it was is not.
 */
export function newFutureDates(before: readonly LocatedDate[], after: readonly LocatedDate[], today: string): LocatedDate[] {
  const old = new Set(before.map((e) => `${e.field}\0${String(e.value)}`));
  return after.filter((e) => partialDateStart(e.value) > today && !old.has(`${e.field}\0${String(e.value)}`));
}
