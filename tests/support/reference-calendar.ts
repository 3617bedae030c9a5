// A second computation of the calendar, for property tests of src/core/calendar (which uses
// date-fns): day numbers by the proleptic Gregorian calendar in whole numbers (eras of 400
// years, years counted from 1 March so that the leap day comes last), with no Date at all.
// It is tested itself against JavaScript's UTC calendar from year 1 to 9999.

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The day number of a valid `YYYY-MM-DD` date: days since 1970-01-01 (negative before). */
export function toDayNumber(date: string): number {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (days since 1970-01-01). */
export function fromDayNumber(dayNumber: number): string {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  return `${pad(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The number of days of a month (1-based). */
export function referenceDaysInMonth(year: number, month: number): number {
  const next = month === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(month + 1, 2)}-01`;
  return toDayNumber(next) - toDayNumber(`${pad(year, 4)}-${pad(month, 2)}-01`);
}

/** n months after a date, clamped to the target month's last day, by month numbers. */
export function referenceAddMonths(date: string, n: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(Number(date.slice(8, 10)), referenceDaysInMonth(year, month)), 2)}`;
}

/** The ISO week of a date as `YYYY-Www`: the week-numbering year is the year of its Thursday. */
export function referenceIsoWeek(date: string): string {
  const day = toDayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = fromDayNumber(day - weekday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(`${pad(year, 4)}-01-01`)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Any day from 1970-01-01 to 2100-12-31, for fast-check. */
export const DAY_RANGE = { min: toDayNumber('1970-01-01'), max: toDayNumber('2100-12-31') } as const;
