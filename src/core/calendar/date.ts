// Calendar dates are `YYYY-MM-DD` strings. Arithmetic goes through a day number (days
// since 1970-01-01) computed with UTC methods only, so the process's time zone never
// matters. Strings of that form compare correctly with `<`.

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

// Day numbers by the proleptic Gregorian calendar in whole numbers (eras of 400 years,
// years counted from 1 March so that the leap day comes last): no Date, no time zone.

/** The day number of a date: days since 1970-01-01 (negative before). */
export function toDayNumber(date: string): number {
  const parts = parseDate(date);
  const { month, day } = parts;
  const year = parts.year - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The first and last day a date of four digits can name: arithmetic never goes beyond them. */
export const FIRST_DATE = '0000-01-01';
export const LAST_DATE = '9999-12-31';
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/**
 * The date of a day number (days since 1970-01-01), held within FIRST_DATE … LAST_DATE:
 * a due date beyond the year 9999 is 9999-12-31, never a date no one can read back.
 */
export function fromDayNumber(dayNumber: number): string {
  if (!(dayNumber > FIRST_DAY)) return FIRST_DATE;
  if (dayNumber >= LAST_DAY) return LAST_DATE;
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  return formatDate({ year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

/** The date n days after (negative n: before) a date. */
export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** The number of days from a to b (positive when b is later): daysBetween(d, addDays(d, n)) = n. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
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
