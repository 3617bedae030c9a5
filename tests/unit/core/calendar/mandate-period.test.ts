import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from '../../../../src/core/calendar/date.js';
import { DAY_RANGE, fromDayNumber } from '../../../support/reference-calendar.js';
import {
  mandatePeriodOf,
  mandatePeriodOfElection,
  mandatePeriodStart,
  nextMandatePeriod,
  type MandatePeriod,
} from '../../../../src/core/calendar/mandate-period.js';

const dateArb = fc.integer(DAY_RANGE).map(fromDayNumber);

const contains = (p: MandatePeriod, date: string): boolean => (p.start === null || compareDates(p.start, date) <= 0) && compareDates(date, p.end) <= 0;

describe('the table of rules.md', () => {
  it.each([
    [2002, '2002-11-01', '2006-10-31'],
    [2006, '2006-11-01', '2010-10-31'],
    [2010, '2010-11-01', '2014-10-14'],
    [2014, '2014-10-15', '2018-10-14'],
    [2018, '2018-10-15', '2022-10-14'],
    [2022, '2022-10-15', '2026-10-14'],
    [2026, '2026-10-15', '2030-10-14'],
    // before 1994 is not modelled; the first modelled period
    [1994, '1994-11-01', '1998-10-31'],
    [1998, '1998-11-01', '2002-10-31'],
    [2098, '2098-10-15', '2102-10-14'],
  ])('%i: %s – %s', (election, start, end) => {
    const period = { start, end, election };
    expect(mandatePeriodOfElection(election)).toEqual(period);
    expect(mandatePeriodOf(start)).toEqual(period);
    expect(mandatePeriodOf(end)).toEqual(period);
    expect(mandatePeriodOf(addDays(start, -1)).end).toBe(addDays(start, -1));
    expect(mandatePeriodOf(addDays(end, 1)).start).toBe(addDays(end, 1));
  });
});

describe('mandatePeriodOf at the edges', () => {
  it.each([
    ['2026-10-14', 2022],
    ['2026-10-15', 2026],
    ['2022-10-14', 2018],
    ['2022-10-15', 2022],
    ['2014-10-14', 2010],
    ['2014-10-15', 2014],
    ['2010-10-15', 2006],
    ['2010-10-31', 2006],
    ['2010-11-01', 2010],
    ['2006-10-31', 2002],
    ['2006-11-01', 2006],
    ['1998-10-31', 1994],
    ['1998-11-01', 1998],
    ['1994-11-01', 1994],
    ['1994-10-31', null],
    ['1970-01-01', null],
    ['1991-09-15', null],
    ['2024-02-29', 2022],
    ['2100-12-31', 2098],
  ])('%s lies in the period of election %s', (date, election) => {
    expect(mandatePeriodOf(date).election).toBe(election);
  });

  it('puts every date before 1994-11-01 in one period ending 1994-10-31', () => {
    expect(mandatePeriodOf('1985-06-01')).toEqual({ start: null, end: '1994-10-31', election: null });
    expect(nextMandatePeriod(mandatePeriodOf('1975-01-01'))).toEqual({ start: '1994-11-01', end: '1998-10-31', election: 1994 });
  });

  it('refuses election years that are not ≡ 2 mod 4 or come before 1994', () => {
    expect(() => mandatePeriodStart(2013)).toThrow(RangeError);
    expect(() => mandatePeriodOfElection(1990)).toThrow(RangeError);
    expect(() => mandatePeriodOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('properties over 1970–2100', () => {
  // Every period from the open one before 1994 to the one holding 2100-12-31.
  const all: MandatePeriod[] = [mandatePeriodOf('1970-01-01')];
  while (compareDates(all[all.length - 1]!.end, '2100-12-31') < 0) all.push(nextMandatePeriod(all[all.length - 1]!));

  it('every date lies in exactly one period, the one mandatePeriodOf returns', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const holding = all.filter((p) => contains(p, date));
        expect(holding).toHaveLength(1);
        expect(mandatePeriodOf(date)).toEqual(holding[0]);
      }),
    );
  });

  it('periods are contiguous: the next one starts the day after one ends, four years later', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const period = mandatePeriodOf(date);
        const next = nextMandatePeriod(period);
        expect(next.start).toBe(addDays(period.end, 1));
        if (period.election !== null) expect(next.election).toBe(period.election + 4);
        else expect(next.election).toBe(1994);
      }),
    );
  });

  it('each modelled period starts on its election year’s 15 October (from 2014) or 1 November (2010 and earlier)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const { start, election } = mandatePeriodOf(date);
        if (election === null) return;
        expect(election % 4).toBe(2);
        expect(start).toBe(election >= 2014 ? `${election}-10-15` : `${election}-11-01`);
      }),
    );
  });

  it('has the 28 periods from the one before 1994 to 2098–2102, without gaps or overlaps', () => {
    expect(all).toHaveLength(28);
    expect(all[1]).toEqual({ start: '1994-11-01', end: '1998-10-31', election: 1994 });
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBe(addDays(all[i - 1]!.end, 1));
  });
});
