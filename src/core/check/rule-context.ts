import { compareDates, isPartialDate, partialDateEnd } from '../calendar/date.js';
import { isValidDuration } from '../calendar/duration.js';
import { getKind } from '../kinds.js';
import type { AnyRecord, LoadedRecord, RegisterData } from '../model.js';
import type { SakConfig } from '../record-types.js';

/** What a rule reads: the register and the evaluation date (no language: a rule returns data, the edge makes the words). */
export interface RuleContext {
  register: RegisterData;
  config: SakConfig;
  /** The evaluation date D; only events on or before it count. */
  at: string;
  byId: ReadonlyMap<string, AnyRecord>;
}

/** True when an event dated so counts at `at`: a partial date is read as its last day (register.md), so "2026-11" counts from 2026-11-30. */
export function happenedBy(date: unknown, at: string): date is string | number {
  return isPartialDate(date) && compareDates(partialDateEnd(date), at) <= 0;
}

/** The latest of some event dates that count at `at` (partial dates read as their last day); undefined if none. */
export function latestEvent(dates: readonly unknown[], at: string): string | number | undefined {
  let latest: string | number | undefined;
  for (const date of dates) {
    if (!happenedBy(date, at)) continue;
    if (latest === undefined || compareDates(partialDateEnd(date), partialDateEnd(latest)) >= 0) latest = date;
  }
  return latest;
}

/** False for a record whose status ends its follow-up (kinds table: repealed, retired, closed, done, …). */
export function isActive(record: AnyRecord | LoadedRecord): boolean {
  const status = (record.data as { status?: unknown }).status;
  return typeof status !== 'string' || !getKind(record.kind).inactiveStatuses.includes(status);
}

/** The duration if valid, else the first valid fallback. */
export function durationOr(value: unknown, ...fallbacks: string[]): string {
  for (const candidate of [value, ...fallbacks]) if (isValidDuration(candidate)) return candidate;
  throw new RangeError('no valid duration');
}
