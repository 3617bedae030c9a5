import { addDays, compareDates, formatDate, LAST_DATE, parseDate } from './date.js';

/**
 * A term of office of kommunfullmäktige (mandatperiod), dates inclusive. The one period
 * sak does not model — everything before 1994-11-01, when terms were three years —
 * has `start` and `election` null.
 */
export interface MandatePeriod {
  /** First day; null for the open-ended period before 1994-11-01. */
  start: string | null;
  /** Last day: the day before the next period starts. */
  end: string;
  /** The election year (≡ 2 mod 4); null for the period before 1994-11-01. */
  election: number | null;
}

/** The first day of the first modelled period (the 1994 election). */
export const FIRST_MODELLED_START = '1994-11-01';

/** The first election whose period starts on 15 October rather than 1 November. */
const OCTOBER_START_FROM = 2014;

function isElectionYear(year: number): boolean {
  return Number.isInteger(year) && (((year - 2) % 4) + 4) % 4 === 0;
}

/** The first day of the period of an election year: 15 October from 2014, 1 November for 2010 and earlier. */
export function mandatePeriodStart(election: number): string {
  if (!isElectionYear(election)) throw new RangeError(`not an election year: ${election}`);
  return formatDate({ year: election, month: election >= OCTOBER_START_FROM ? 10 : 11, day: election >= OCTOBER_START_FROM ? 15 : 1 });
}

/** The period of an election year from 1994 on (1994-11-01 – 1998-10-31, …, 2026-10-15 – 2030-10-14). */
export function mandatePeriodOfElection(election: number): MandatePeriod {
  if (election < 1994) throw new RangeError(`sak does not model periods before the 1994 election: ${election}`);
  // The period of the last election a date of four digits can name runs to its end.
  const end = election + 4 > 9999 ? LAST_DATE : addDays(mandatePeriodStart(election + 4), -1);
  return { start: mandatePeriodStart(election), end, election };
}

const BEFORE_1994: MandatePeriod = { start: null, end: addDays(FIRST_MODELLED_START, -1), election: null };

/** The mandate period that holds a date; any date before 1994-11-01 lies in the period ending 1994-10-31. */
export function mandatePeriodOf(date: string): MandatePeriod {
  const { year } = parseDate(date);
  if (compareDates(date, FIRST_MODELLED_START) < 0) return { ...BEFORE_1994 };
  let election = year - ((((year - 2) % 4) + 4) % 4);
  if (compareDates(date, mandatePeriodStart(election)) < 0) election -= 4;
  return mandatePeriodOfElection(election);
}

/** The period right after a period (it starts the day after the given one ends). */
export function nextMandatePeriod(period: MandatePeriod): MandatePeriod {
  return mandatePeriodOf(addDays(period.end, 1));
}
