import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, parseDate } from '../../../../src/core/calendar/date.js';
import { DAY_RANGE, fromDayNumber, referenceAddMonths } from '../../../support/reference-calendar.js';
import { addDuration, addMonths, isValidDuration, parseDuration } from '../../../../src/core/calendar/duration.js';

const dateArb = fc.integer(DAY_RANGE).map(fromDayNumber);

describe('parseDuration', () => {
  it.each([
    ['P1Y', { years: 1, months: 0, weeks: 0, days: 0 }],
    ['P6M', { years: 0, months: 6, weeks: 0, days: 0 }],
    ['P90D', { years: 0, months: 0, weeks: 0, days: 90 }],
    ['P1Y1M', { years: 1, months: 1, weeks: 0, days: 0 }],
    ['P2W', { years: 0, months: 0, weeks: 2, days: 0 }],
    ['P1Y2M3W4D', { years: 1, months: 2, weeks: 3, days: 4 }],
    ['P0D', { years: 0, months: 0, weeks: 0, days: 0 }],
  ])('%s', (s, expected) => {
    expect(parseDuration(s)).toEqual(expected);
    expect(isValidDuration(s)).toBe(true);
  });

  it.each([['P'], [''], ['P1'], ['1Y'], ['P1D1Y'], ['P1M1Y'], ['PT1H'], ['P1Y T1H'], ['P1.5Y'], ['p1y'], ['P-1D'], [' P1Y'], ['P1Y '], [null], [12]])('rejects %j', (s) => {
    expect(parseDuration(s)).toBeNull();
    expect(isValidDuration(s)).toBe(false);
  });
});

describe('addDuration', () => {
  it.each([
    // rules.md
    ['2025-02-28', 'P1Y', '2026-02-28'],
    ['2024-02-29', 'P1Y', '2025-02-28'],
    ['2024-02-29', 'P1Y1M', '2025-03-29'],
    // month-end clamping
    ['2024-02-29', 'P4Y', '2028-02-29'],
    ['2024-02-29', 'P12M', '2025-02-28'],
    ['2024-01-31', 'P1M', '2024-02-29'],
    ['2023-01-31', 'P1M', '2023-02-28'],
    ['2024-03-31', 'P1M', '2024-04-30'],
    ['2025-08-31', 'P6M', '2026-02-28'],
    ['2025-11-30', 'P3M', '2026-02-28'],
    ['2025-12-15', 'P1M', '2026-01-15'],
    // months first, then days: clamped to 2024-02-29, then one day
    ['2024-01-31', 'P1M1D', '2024-03-01'],
    // weeks and days
    ['2026-01-01', 'P90D', '2026-04-01'],
    ['2026-11-26', 'P90D', '2027-02-24'],
    ['2024-02-26', 'P2W', '2024-03-11'],
    ['2024-02-26', 'P1W1D', '2024-03-05'],
    ['2026-10-14', 'P1D', '2026-10-15'],
    ['2026-10-14', 'P0D', '2026-10-14'],
  ])('%s + %s = %s', (date, duration, expected) => {
    expect(addDuration(date, duration)).toBe(expected);
  });

  it('takes a parsed duration too', () => {
    expect(addDuration('2024-02-29', { years: 1, months: 1, weeks: 0, days: 0 })).toBe('2025-03-29');
  });

  it('throws on an invalid duration or date', () => {
    expect(() => addDuration('2026-01-01', 'P1')).toThrow(RangeError);
    expect(() => addDuration('2026-02-30', 'P1D')).toThrow(RangeError);
  });

  it('adding n months keeps the day, clamped to the last day of the target month', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 240 }), (date, n) => {
        const from = parseDate(date);
        const to = parseDate(addMonths(date, n));
        expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(n);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('years count as twelve months, and are added together with months before weeks and days', () => {
    fc.assert(
      fc.property(dateArb, fc.nat(30), fc.nat(30), fc.nat(10), fc.nat(400), (date, y, m, w, d) => {
        expect(addDuration(date, `P${y}Y`)).toBe(addDuration(date, `P${12 * y}M`));
        expect(addDuration(date, `P${y}Y${m}M${w}W${d}D`)).toBe(addDays(addMonths(date, 12 * y + m), 7 * w + d));
        expect(addDuration(date, `P${d}D`)).toBe(addDays(date, d));
        expect(addDuration(date, `P${w}W`)).toBe(addDays(date, 7 * w));
      }),
    );
  });

  it('adds months as the reference calendar does, from year 1 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9979 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -12, max: 240 }), (y, m, d, n) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`;
        expect(addMonths(date, n)).toBe(referenceAddMonths(date, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('never goes backwards: a later start gives a result no earlier', () => {
    fc.assert(
      fc.property(dateArb, fc.nat(400), fc.nat(60), (date, gap, months) => {
        const later = addDays(date, gap);
        expect(addMonths(later, months) >= addMonths(date, months)).toBe(true);
      }),
    );
  });
});
