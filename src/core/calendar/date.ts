// Calendar dates are `YYYY-MM-DD` strings; strings of that form compare correctly with `<`.
// Arithmetic is date-fns' on a UTCDateMini (@date-fns/utc), whose getters and setters are UTC,
// so the process's time zone never matters. The mini class, not UTCDate: UTCDate's module
// makes three Intl.DateTimeFormat objects when it loads (for its toString), and the first one
// costs about 40 ms of CPU in every sak process; date-fns needs only the getters and setters.
// Reading and writing the strings stays here, by character codes (date-check.ts), because
// every rule reads every date of the register.

import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addDaysTo, differenceInCalendarDays } from 'date-fns';
import { daysInMonth, digitsAt, HYPHEN, isValidDate } from './date-check.js';

export { daysInMonth, isLeapYear, isValidDate } from './date-check.js';

/** A calendar date split into numbers (month and day 1-based). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits a valid `YYYY-MM-DD` date into numbers; throws RangeError on anything else. */
export function parseDate(date: string): DateParts {
  if (!isValidDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return { year: digitsAt(date, 0, 4), month: digitsAt(date, 5, 7), day: digitsAt(date, 8, 10) };
}

/** Formats numbers as `YYYY-MM-DD` (they must name an existing day). */
export function formatDate(parts: DateParts): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** Orders two dates: negative if a is earlier, 0 if equal, positive if later. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The first and last day a date of four digits can name: arithmetic never goes beyond them. */
export const FIRST_DATE = '0000-01-01';
export const LAST_DATE = '9999-12-31';
const FIRST_TIME = -62_167_219_200_000; // 0000-01-01T00:00Z
const LAST_TIME = 253_402_214_400_000; // 9999-12-31T00:00Z
/** More days than lie between FIRST_DATE and LAST_DATE (about 3.65 million). */
const BEYOND_DAYS = 4_000_000;

/** A date as a UTCDateMini at midnight UTC, for date-fns. Years 0–99 stay what they are (`Date.UTC` would add 1900). */
export function toUTCDate(date: string): Date {
  const { year, month, day } = parseDate(date);
  const utc = new UTCDateMini(0);
  utc.setFullYear(year, month - 1, day);
  return utc;
}

/**
 * The `YYYY-MM-DD` date of a Date, read in UTC, held within FIRST_DATE … LAST_DATE: a due
 * date beyond the year 9999 is 9999-12-31, never a date no one can read back.
 */
export function fromUTCDate(utc: Date): string {
  const time = utc.getTime();
  if (time >= LAST_TIME) return LAST_DATE;
  if (time <= FIRST_TIME) return FIRST_DATE;
  return formatDate({ year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
}

/** The date n days after (negative n: before) a date, held within FIRST_DATE … LAST_DATE. */
export function addDays(date: string, n: number): string {
  if (n >= BEYOND_DAYS) return LAST_DATE;
  if (n <= -BEYOND_DAYS) return FIRST_DATE;
  return fromUTCDate(addDaysTo(toUTCDate(date), n));
}

/** The number of days from a to b (positive when b is later): daysBetween(d, addDays(d, n)) = n. */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(toUTCDate(b), toUTCDate(a));
}

/** True for a partial date of register.md: `YYYY-MM-DD`, `YYYY-MM`, or a year as a string or integer. */
export function isPartialDate(value: unknown): value is string | number {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999;
  if (typeof value !== 'string') return false;
  if (value.length === 4) return digitsAt(value, 0, 4) >= 0;
  if (value.length === 7) {
    const month = digitsAt(value, 5, 7);
    return value.charCodeAt(4) === HYPHEN && digitsAt(value, 0, 4) >= 0 && month >= 1 && month <= 12;
  }
  return isValidDate(value);
}

/** A partial date as written, always a string: 2005 → "2005", "2013-05" stays. */
export function formatPartialDate(value: string | number): string {
  return String(value);
}

function partialParts(value: string | number): { year: number; month?: number; date?: string } {
  if (!isPartialDate(value)) throw new RangeError(`not a partial date: ${JSON.stringify(value)}`);
  const s = String(value);
  if (s.length === 4) return { year: digitsAt(s, 0, 4) };
  if (s.length === 7) return { year: digitsAt(s, 0, 4), month: digitsAt(s, 5, 7) };
  return { year: digitsAt(s, 0, 4), date: s };
}

/** The last day a partial date can mean, as rules read it: 2005 → 2005-12-31, "2013-05" → 2013-05-31. */
export function partialDateEnd(value: string | number): string {
  if (isValidDate(value)) return value;
  const p = partialParts(value);
  if (p.date) return p.date;
  const month = p.month ?? 12;
  return formatDate({ year: p.year, month, day: daysInMonth(p.year, month) });
}

/** The first day a partial date can mean: 2005 → 2005-01-01, "2013-05" → 2013-05-01. */
export function partialDateStart(value: string | number): string {
  if (isValidDate(value)) return value;
  const p = partialParts(value);
  if (p.date) return p.date;
  return formatDate({ year: p.year, month: p.month ?? 1, day: 1 });
}
