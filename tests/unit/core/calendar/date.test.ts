import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  formatPartialDate,
  isPartialDate,
  isValidDate,
  maxDate,
  partialDateEnd,
  partialDateStart,
} from '../../../../src/core/calendar/date.js';
import { DAY_RANGE, fromDayNumber, toDayNumber } from '../../../support/reference-calendar.js';
import { addDuration } from '../../../../src/core/calendar/duration.js';
import { mandatePeriodOf } from '../../../../src/core/calendar/mandate-period.js';
import { isoWeekKey, isoWeekOf, monthsOf, weeksOf } from '../../../../src/core/report/period.js';
import { formatLongDate } from '../../../../src/i18n/report-format.js';

/** Any day from 1970-01-01 to 2100-12-31. */
const dateArb = fc.integer(DAY_RANGE).map(fromDayNumber);

describe('isValidDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-30', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    ['2026-01-0a', false],
    ['2026/01/01', false],
    ['２０２６-01-01', false],
    ['2026-01-01\n', false],
    [' 2026-01-01', false],
    ['0099-01-01', true],
    ['', false],
    [2026, false],
    [null, false],
  ])('%j → %s', (value, valid) => {
    expect(isValidDate(value)).toBe(valid);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('partial dates', () => {
  it.each([
    [2005, '2005-12-31', '2005-01-01'],
    ['2005', '2005-12-31', '2005-01-01'],
    ['2013-05', '2013-05-31', '2013-05-01'],
    ['2013-04', '2013-04-30', '2013-04-01'],
    ['2024-02', '2024-02-29', '2024-02-01'],
    ['2023-02', '2023-02-28', '2023-02-01'],
    ['2006-06-20', '2006-06-20', '2006-06-20'],
  ])('%j reads as %s (end) and %s (start)', (value, end, start) => {
    expect(partialDateEnd(value)).toBe(end);
    expect(partialDateStart(value)).toBe(start);
  });

  it('are shown as written, always as a string', () => {
    expect(formatPartialDate(2005)).toBe('2005');
    expect(formatPartialDate('2013-05')).toBe('2013-05');
    expect(formatPartialDate('2006-06-20')).toBe('2006-06-20');
  });

  it.each([['2013-13'], ['2013-00'], ['2026-02-30'], ['05'], [2005.5], [999], ['abcd'], ['20x6'], ['2013_05'], ['2013-5'], ['2013-0a'], ['-005']])('rejects %j', (value) => {
    expect(isPartialDate(value)).toBe(false);
    expect(() => partialDateEnd(value)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-28', 2, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['1970-01-01', -1, '1969-12-31'],
    ['2026-10-14', 1, '2026-10-15'],
    ['2026-11-26', 90, '2027-02-24'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('%s %+d days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2026-10-15', '2026-10-14', -1],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it('compares and picks the later date', () => {
    expect(compareDates('2026-10-14', '2026-10-15')).toBeLessThan(0);
    expect(compareDates('2026-10-15', '2026-10-15')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBeGreaterThan(0);
    expect(maxDate('2026-10-14', '2026-10-15')).toBe('2026-10-15');
  });

  it('rejects an invalid date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('addDays and daysBetween are inverse, and adding one day gives a valid later date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20000, max: 20000 }), (date, n) => {
        const later = addDays(date, n);
        expect(isValidDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
        expect(compareDates(addDays(date, 1), date)).toBeGreaterThan(0);
      }),
    );
  });

  it('day numbers agree with the UTC calendar of JavaScript from year 1 to 9999', () => {
    const DAY_MS = 86_400_000;
    const reference = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
    const first = toDayNumber('0001-01-01');
    const last = toDayNumber('9999-12-31');
    expect(first).toBe(Math.round(new Date('0001-01-01T00:00:00Z').getTime() / DAY_MS));
    expect(last).toBe(Math.round(new Date('9999-12-31T00:00:00Z').getTime() / DAY_MS));
    for (const n of [first, first + 59, -1, 0, 1, 11_016, 11_017, last]) expect(fromDayNumber(n)).toBe(reference(n));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const date = reference(n);
        expect(fromDayNumber(n)).toBe(date);
        expect(toDayNumber(date)).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('day numbers round-trip', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toBe(date);
      }),
    );
  });
});

describe('the date-fns calendar agrees with a second computation', () => {
  const first = toDayNumber('0001-01-01');
  const last = toDayNumber('9999-12-31');

  it('addDays and daysBetween give the reference calendar\'s days, from year 1 to 9999', () => {
    for (const [date, n] of [['0001-01-01', 0], ['0099-12-31', 1], ['1899-12-31', 1], ['1970-01-01', -1], ['9999-12-30', 1]] as const) {
      expect(addDays(date, n)).toBe(fromDayNumber(toDayNumber(date) + n));
    }
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 40_000 }), fc.integer({ min: 0, max: 40_000 }), (a, n) => {
        const date = fromDayNumber(a);
        expect(addDays(date, n)).toBe(fromDayNumber(a + n));
        expect(daysBetween(date, fromDayNumber(a + n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('time-zone independence', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // Zones far from UTC either way, and Samoa, which skipped 2011-12-30 entirely.
  it.each(['Pacific/Kiritimati', 'Pacific/Apia', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Europe/Stockholm'])('gives the same results in %s', (tz) => {
    process.env.TZ = tz;
    expect(addDays('2011-12-29', 1)).toBe('2011-12-30');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDuration('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(addDuration('2024-02-29', 'P1Y1M')).toBe('2025-03-29');
    expect(addDuration('2024-01-30', 'P1M')).toBe('2024-02-29');
    expect(addDuration('2026-10-25', 'P1D')).toBe('2026-10-26');
    expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2);
    expect(mandatePeriodOf('2026-10-15').start).toBe('2026-10-15');
    expect(isoWeekKey(isoWeekOf('2027-01-03'))).toBe('2026-W53');
    expect(monthsOf({ from: '2026-03-29', to: '2026-04-01' })).toEqual(['2026-03', '2026-04']);
    expect(weeksOf({ from: '2026-03-29', to: '2026-03-30' })).toEqual(['2026-W13', '2026-W14']);
    expect(formatLongDate('2026-03-29', 'sv')).toBe('29 mars 2026');
  });
});
