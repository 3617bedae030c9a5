import { describe, expect, it } from 'vitest';
import {
  defaultPeriod,
  inPeriod,
  isoWeekKey,
  isoWeekOf,
  monthsOf,
  parseQuarter,
  parseYear,
  periodDays,
  previousPeriod,
  previousStatusDate,
  rangePeriod,
  timeUnitOf,
  weeksOf,
} from '../../../../src/core/report/period.js';
import fc from 'fast-check';
import { DAY_RANGE, fromDayNumber, referenceIsoWeek, toDayNumber } from '../../../support/reference-calendar.js';

describe('report periods', () => {
  it('parses --year and --quarter and refuses anything else', () => {
    expect(parseYear('2026')).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31', year: 2026 });
    expect(parseQuarter('2026-Q4')).toMatchObject({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(parseQuarter('2024-Q1')).toMatchObject({ from: '2024-01-01', to: '2024-03-31' });
    expect(parseQuarter('2024-q2')).toMatchObject({ from: '2024-04-01', to: '2024-06-30' });
    for (const bad of ['26', '20266', '2026-01', ' 2026', '0999']) expect(parseYear(bad), bad).toBeUndefined();
    for (const bad of ['2026-Q5', '2026-Q0', '2026Q4', 'Q4-2026', '2026-Q4 ']) expect(parseQuarter(bad), bad).toBeUndefined();
  });

  it('defaults to the calendar year before today', () => {
    expect(defaultPeriod('2026-11-26')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(defaultPeriod('2027-01-01')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('puts the period of equal length just before beside it', () => {
    expect(previousPeriod(parseYear('2026')!)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod(parseQuarter('2026-Q1')!)).toMatchObject({ kind: 'quarter', from: '2025-10-01', to: '2025-12-31' });
    expect(previousPeriod(parseQuarter('2026-Q4')!)).toMatchObject({ from: '2026-07-01', to: '2026-09-30' });
    // 2026-03-01 – 2026-03-31 is 31 days; the 31 days before end on 2026-02-28.
    const range = rangePeriod('2026-03-01', '2026-03-31');
    expect(periodDays(range)).toBe(31);
    expect(previousPeriod(range)).toEqual({ kind: 'range', from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod(rangePeriod('2026-05-05', '2026-05-05'))).toEqual({ kind: 'range', from: '2026-05-04', to: '2026-05-04' });
  });

  it('gives the previous period a status date as far from its end', () => {
    const year = parseYear('2026')!;
    expect(previousStatusDate(year, previousPeriod(year), '2026-12-31')).toBe('2025-12-31');
    expect(previousStatusDate(year, previousPeriod(year), '2026-11-26')).toBe('2025-11-26');
    const q2 = parseQuarter('2026-Q2')!;
    expect(previousStatusDate(q2, previousPeriod(q2), '2026-06-30')).toBe('2026-03-31');
  });

  it('counts an event in the period only up to the status date', () => {
    const year = parseYear('2026')!;
    expect(inPeriod('2026-06-01', year, '2026-12-31')).toBe(true);
    expect(inPeriod('2026-06-01', year, '2026-05-31')).toBe(false);
    expect(inPeriod('2025-12-31', year, '2026-12-31')).toBe(false);
    expect(inPeriod('2027-01-01', year, '2027-06-01')).toBe(false);
    expect(inPeriod('2026-02-30', year, '2026-12-31')).toBe(false);
  });

  it('lists every month and ISO week a period touches', () => {
    expect(monthsOf(parseYear('2026')!)).toHaveLength(12);
    expect(monthsOf(rangePeriod('2025-11-15', '2026-02-01'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    // 2026-01-01 is a Thursday: week 1 of 2026; 2026 has 53 weeks.
    expect(isoWeekKey(isoWeekOf('2026-01-01'))).toBe('2026-W01');
    expect(isoWeekKey(isoWeekOf('2026-12-31'))).toBe('2026-W53');
    expect(isoWeekKey(isoWeekOf('2027-01-03'))).toBe('2026-W53');
    expect(isoWeekKey(isoWeekOf('2027-01-04'))).toBe('2027-W01');
    expect(isoWeekKey(isoWeekOf('2021-01-03'))).toBe('2020-W53');
    const q4 = weeksOf(parseQuarter('2026-Q4')!);
    expect(q4[0]).toBe('2026-W40');
    expect(q4.at(-1)).toBe('2026-W53');
    expect(q4).toHaveLength(14);
  });

  it('shows a quarter or a short range by week, longer periods by month', () => {
    expect(timeUnitOf(parseQuarter('2026-Q3')!)).toBe('week');
    expect(timeUnitOf(parseYear('2026')!)).toBe('month');
    expect(timeUnitOf(rangePeriod('2026-01-01', '2026-04-02'))).toBe('week');
    expect(timeUnitOf(rangePeriod('2026-01-01', '2026-04-03'))).toBe('month');
  });
});

describe('weeks and months, against a second computation', () => {
  const span = fc.tuple(fc.integer(DAY_RANGE), fc.nat(400)).map(([a, n]) => ({ from: fromDayNumber(a), to: fromDayNumber(a + n) }));
  const eachDay = (period: { from: string; to: string }): string[] =>
    Array.from({ length: toDayNumber(period.to) - toDayNumber(period.from) + 1 }, (_, i) => fromDayNumber(toDayNumber(period.from) + i));

  it('the ISO week of a day is the reference calendar\'s', () => {
    fc.assert(fc.property(fc.integer(DAY_RANGE), (n) => {
      expect(isoWeekKey(isoWeekOf(fromDayNumber(n)))).toBe(referenceIsoWeek(fromDayNumber(n)));
    }), { numRuns: 2000 });
  });

  it('the weeks and months a period touches are those of its days, in order', () => {
    fc.assert(
      fc.property(span, (period) => {
        const days = eachDay(period);
        expect(weeksOf(period)).toEqual([...new Set(days.map(referenceIsoWeek))]);
        expect(monthsOf(period)).toEqual([...new Set(days.map((d) => d.slice(0, 7)))]);
      }),
      { numRuns: 300 },
    );
  });
});
