import { addMonths as addMonthsTo } from 'date-fns';
import { addDays, FIRST_DATE, fromUTCDate, LAST_DATE, toUTCDate } from './date.js';

/** An ISO 8601 duration of years, months, weeks and days (`P1Y1M`, `P2W`, `P90D`). */
export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * The largest value of each part of a duration, as the schemas' `duration` pattern has them:
 * a hundred years, in whatever unit.
 */
export const DURATION_LIMITS: Readonly<Duration> = { years: 100, months: 1200, weeks: 5200, days: 36500 };

/** Parses `PnYnMnWnD` (each part optional, at least one, in that order, none past DURATION_LIMITS); null if invalid. */
export function parseDuration(s: unknown): Duration | null {
  if (typeof s !== 'string') return null;
  const d = parseDurationUnbounded(s);
  return d && (Object.keys(DURATION_LIMITS) as (keyof Duration)[]).every((k) => d[k] <= DURATION_LIMITS[k]) ? d : null;
}

/** Parses `PnYnMnWnD` whatever the size of its parts (to tell "too long" from "not a duration"); null if not of that form. */
export function parseDurationUnbounded(s: string): Duration | null {
  const m = DURATION.exec(s);
  if (!m) return null;
  const part = (v: string | undefined): number => (v === undefined ? 0 : Number(v));
  const d = { years: part(m[1]), months: part(m[2]), weeks: part(m[3]), days: part(m[4]) };
  return Object.values(d).every(Number.isSafeInteger) ? d : null;
}

/** True for a string that parseDuration accepts. */
export function isValidDuration(s: unknown): s is string {
  return parseDuration(s) !== null;
}

/** More months than lie between FIRST_DATE and LAST_DATE. */
const BEYOND_MONTHS = 130_000;

/** The date n months after a date, clamped to the last day of the target month (2024-01-31 + 1 → 2024-02-29). */
export function addMonths(date: string, n: number): string {
  if (n >= BEYOND_MONTHS) return LAST_DATE;
  if (n <= -BEYOND_MONTHS) return FIRST_DATE;
  return fromUTCDate(addMonthsTo(toUTCDate(date), n));
}

/**
 * Adds a duration as rules.md says: years and months together as one number of months
 * (clamped to the month's last day), then weeks and days, which is also the order of
 * date-fns' `add`. `P1Y` + 2024-02-29 = 2025-02-28; `P1Y1M` + 2024-02-29 = 2025-03-29.
 * Throws RangeError on an invalid duration string.
 */
export function addDuration(date: string, duration: Duration | string): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!d) throw new RangeError(`not an ISO 8601 duration: ${JSON.stringify(duration)}`);
  return addDays(addMonths(date, d.years * 12 + d.months), d.weeks * 7 + d.days);
}
