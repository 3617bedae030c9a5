// Calendar dates are `YYYY-MM-DD` strings. Arithmetic goes through a day number (days
// since 1970-01-01) computed with UTC methods only, so the process's time zone never
// matters. Strings of that form compare correctly with `<`.

const DAY_MS = 86_400_000;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;

/** A calendar date split into numbers (month and day 1-based). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-based) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a `YYYY-MM-DD` string naming a day that exists (2026-02-30 does not). */
export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = FULL_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a valid `YYYY-MM-DD` date into numbers; throws RangeError on anything else. */
export function parseDate(date: string): DateParts {
  if (!isValidDate(date)) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
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

/** The day number of a date: days since 1970-01-01 (negative before). */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseDate(date);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.round(t.getTime() / DAY_MS);
}

/** The date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): string {
  const t = new Date(dayNumber * DAY_MS);
  return formatDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
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
  if (YEAR.test(value)) return true;
  const ym = YEAR_MONTH.exec(value);
  if (ym) return Number(ym[2]) >= 1 && Number(ym[2]) <= 12;
  return isValidDate(value);
}

/** A partial date as written, always a string: 2005 → "2005", "2013-05" stays. */
export function formatPartialDate(value: string | number): string {
  return String(value);
}

function partialParts(value: string | number): { year: number; month?: number; date?: string } {
  if (!isPartialDate(value)) throw new RangeError(`not a partial date: ${JSON.stringify(value)}`);
  const s = String(value);
  if (s.length === 4) return { year: Number(s) };
  if (s.length === 7) return { year: Number(s.slice(0, 4)), month: Number(s.slice(5, 7)) };
  return { year: Number(s.slice(0, 4)), date: s };
}

/** The last day a partial date can mean, as rules read it: 2005 → 2005-12-31, "2013-05" → 2013-05-31. */
export function partialDateEnd(value: string | number): string {
  const p = partialParts(value);
  if (p.date) return p.date;
  const month = p.month ?? 12;
  return formatDate({ year: p.year, month, day: daysInMonth(p.year, month) });
}

/** The first day a partial date can mean: 2005 → 2005-01-01, "2013-05" → 2013-05-01. */
export function partialDateStart(value: string | number): string {
  const p = partialParts(value);
  if (p.date) return p.date;
  return formatDate({ year: p.year, month: p.month ?? 1, day: 1 });
}
