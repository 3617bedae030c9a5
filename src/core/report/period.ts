import { eachMonthOfInterval, eachWeekOfInterval, endOfQuarter, getISOWeek, getISOWeekYear } from 'date-fns';
import { addDays, compareDates, daysBetween, formatDate, fromUTCDate, isValidDate, parseDate, toUTCDate } from '../calendar/date.js';

/** How a report period was given: a calendar year, a quarter, or any range of days. */
export type PeriodKind = 'year' | 'quarter' | 'range';

/** A report period, both dates inclusive. */
export interface ReportPeriod {
  kind: PeriodKind;
  from: string;
  to: string;
  /** The year of a `year` or `quarter` period. */
  year?: number;
  /** The quarter (1–4) of a `quarter` period. */
  quarter?: number;
}

const YEAR = /^\d{4}$/;
const QUARTER = /^(\d{4})-[Qq]([1-4])$/;

/** The calendar year `year` (1000–9999). Throws RangeError otherwise. */
export function yearPeriod(year: number): ReportPeriod {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a year: ${year}`);
  return { kind: 'year', from: formatDate({ year, month: 1, day: 1 }), to: formatDate({ year, month: 12, day: 31 }), year };
}

/** The quarter `quarter` (1–4) of `year`. Throws RangeError otherwise. */
export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`not a quarter: ${quarter}`);
  yearPeriod(year);
  const from = formatDate({ year, month: quarter * 3 - 2, day: 1 });
  return { kind: 'quarter', from, to: fromUTCDate(endOfQuarter(toUTCDate(from))), year, quarter };
}

/** The days `from` to `to` inclusive. Throws RangeError on an invalid date or `to` before `from`. */
export function rangePeriod(from: string, to: string): ReportPeriod {
  if (!isValidDate(from) || !isValidDate(to)) throw new RangeError(`not calendar dates: ${from} ${to}`);
  if (compareDates(from, to) > 0) throw new RangeError(`${to} is before ${from}`);
  return { kind: 'range', from, to };
}

/** The first year a report may be of (`--year`, `--quarter`). */
export const FIRST_REPORT_YEAR = 1900;

/** Parses `--year` (`2026`, 1900–9999); undefined when it is not such a year. */
export function parseYear(value: string): ReportPeriod | undefined {
  return YEAR.test(value) && Number(value) >= FIRST_REPORT_YEAR ? yearPeriod(Number(value)) : undefined;
}

/** Parses `--quarter` (`2026-Q4`, years 1900–9999); undefined when it is not of that form. */
export function parseQuarter(value: string): ReportPeriod | undefined {
  const m = QUARTER.exec(value);
  return m && Number(m[1]) >= FIRST_REPORT_YEAR ? quarterPeriod(Number(m[1]), Number(m[2])) : undefined;
}

/** The default period: the calendar year before the one `today` lies in. */
export function defaultPeriod(today: string): ReportPeriod {
  return yearPeriod(parseDate(today).year - 1);
}

/**
 * The status date of a report when `--at` is not given: the period's last day once it has
 * ended, else today (a preliminary report); the first day for a period that has not begun.
 */
export function defaultStatusDate(period: Pick<ReportPeriod, 'from' | 'to'>, today: string): string {
  if (compareDates(today, period.to) >= 0) return period.to;
  return compareDates(today, period.from) < 0 ? period.from : today;
}

/** The number of days in a period (both ends included). */
export function periodDays(period: Pick<ReportPeriod, 'from' | 'to'>): number {
  return daysBetween(period.from, period.to) + 1;
}

/**
 * The period of equal length just before: the year before a year, the quarter before a
 * quarter, and for a range the same number of days ending the day before `from`.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.kind === 'year' && period.year !== undefined) return yearPeriod(period.year - 1);
  if (period.kind === 'quarter' && period.year !== undefined && period.quarter !== undefined) {
    return period.quarter === 1 ? quarterPeriod(period.year - 1, 4) : quarterPeriod(period.year, period.quarter - 1);
  }
  const to = addDays(period.from, -1);
  return { kind: 'range', from: addDays(to, 1 - periodDays(period)), to };
}

/**
 * The status date of the previous period: as far from its end as `at` is from the end of
 * the report period (so a report "per" the last day compares with the last day before).
 */
export function previousStatusDate(period: ReportPeriod, previous: ReportPeriod, at: string): string {
  return addDays(previous.to, daysBetween(period.to, at));
}

/** True when `date` lies in the period and on or before `at` (only events by the status date count). */
export function inPeriod(date: unknown, period: Pick<ReportPeriod, 'from' | 'to'>, at: string): boolean {
  return isValidDate(date) && date >= period.from && date <= period.to && date <= at;
}

/** Every month the period touches, as `YYYY-MM`, in calendar order. */
export function monthsOf(period: Pick<ReportPeriod, 'from' | 'to'>): string[] {
  return eachMonthOfInterval({ start: toUTCDate(period.from), end: toUTCDate(period.to) }).map((month) => fromUTCDate(month).slice(0, 7));
}

/** An ISO 8601 week: its week-numbering year and number (1–53). */
export interface IsoWeek {
  year: number;
  week: number;
}

/** The ISO week a date lies in (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(date: string): IsoWeek {
  const utc = toUTCDate(date);
  return { year: getISOWeekYear(utc), week: getISOWeek(utc) };
}

/** An ISO week as a key: `2026-W05`. */
export function isoWeekKey(week: IsoWeek): string {
  return `${String(week.year).padStart(4, '0')}-W${String(week.week).padStart(2, '0')}`;
}

/** Every ISO week the period touches, as `YYYY-Www`, in calendar order. */
export function weeksOf(period: Pick<ReportPeriod, 'from' | 'to'>): string[] {
  const mondays = eachWeekOfInterval({ start: toUTCDate(period.from), end: toUTCDate(period.to) }, { weekStartsOn: 1 });
  return mondays.map((monday) => isoWeekKey({ year: getISOWeekYear(monday), week: getISOWeek(monday) }));
}

/** Whether the incidents of a period are shown by week (a quarter, or a range of at most 92 days) or by month. */
export function timeUnitOf(period: ReportPeriod): 'week' | 'month' {
  return period.kind === 'quarter' || (period.kind === 'range' && periodDays(period) <= 92) ? 'week' : 'month';
}
