import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyPersonalNumber, findPersonalNumbers, luhnValid, mayHoldPersonalNumbers } from '../../../../src/core/validate/pii.js';

/** Appends the Luhn check digit to nine digits. */
function withCheckDigit(nine: string): string {
  for (let c = 0; c <= 9; c += 1) if (luhnValid(nine + c)) return nine + c;
  throw new Error('unreachable');
}

describe('findPersonalNumbers', () => {
  it.each([
    ['19850709-9805', 'personnummer'],
    ['850709-9805', 'personnummer'],
    ['8507099805', 'personnummer'],
    ['198507099805', 'personnummer'],
    ['850709+9805', 'personnummer'],
    ['701063-2391', 'samordningsnummer'],
  ])('finds %s as a %s', (text, kind) => {
    expect(findPersonalNumbers(`Anmälare ${text}, se ovan`)).toEqual([expect.objectContaining({ text, kind })]);
  });

  it.each([
    ['19850709-9806', 'wrong check digit'],
    ['851309-9805', 'month 13'],
    ['850732-9805', 'day 32'],
    ['1234567890', 'Luhn fails'],
    ['12345678901234', 'too long'],
    ['2026-11-26', 'a date'],
  ])('does not flag %s (%s)', (text) => {
    expect(findPersonalNumbers(`Referens ${text}.`)).toEqual([]);
  });

  it('accepts 29 February only in leap years', () => {
    const leap = withCheckDigit('040229123');
    const notLeap = withCheckDigit('050229123');
    expect(classifyPersonalNumber('20040229', leap.slice(6))).toBe('personnummer');
    expect(classifyPersonalNumber('20050229', notLeap.slice(6))).toBeNull();
  });

  it('finds every generated valid number, in every form (no false negatives)', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.constantFrom('-', '+', ''), fc.boolean(), (d, serial, coordination, sep, century) => {
        const yyyy = String(d.getUTCFullYear());
        const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
        const dd = String(d.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
        const ten = withCheckDigit(`${yyyy.slice(2)}${mm}${dd}${String(serial).padStart(3, '0')}`);
        const text = `${century ? yyyy.slice(0, 2) : ''}${ten.slice(0, 6)}${sep}${ten.slice(6)}`;
        const found = findPersonalNumbers(`x ${text} y`);
        expect(found).toHaveLength(1);
        expect(found[0]?.kind).toBe(coordination ? 'samordningsnummer' : 'personnummer');
      }),
    );
  });

  it('never flags a number whose check digit is wrong (no false positives)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), fc.integer({ min: 1, max: 9 }), (nine, offset) => {
        const right = Number(withCheckDigit(nine).slice(-1));
        const wrong = nine + String((right + offset) % 10);
        expect(findPersonalNumbers(wrong)).toEqual([]);
      }),
    );
  });

  // Text around a number that cannot make it part of a longer one: no digit touching it.
  const around = fc.string({ unit: fc.constantFrom(...'abc XYZ åäö,.;:()[]/-+\n\t"\'#–é€'.split('')), maxLength: 30 });
  const dates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });

  it('finds every generated valid number inside arbitrary text (no false negatives)', () => {
    fc.assert(
      fc.property(around, around, dates, fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.constantFrom('-', '+', ''), fc.boolean(), (before, after, d, serial, coordination, sep, century) => {
        const yyyy = String(d.getUTCFullYear());
        const dd = String(d.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
        const ten = withCheckDigit(`${yyyy.slice(2)}${String(d.getUTCMonth() + 1).padStart(2, '0')}${dd}${String(serial).padStart(3, '0')}`);
        const number = `${century ? yyyy.slice(0, 2) : ''}${ten.slice(0, 6)}${sep}${ten.slice(6)}`;
        const text = `${before}${number}${after}`;
        const found = findPersonalNumbers(text);
        expect(found.map((f) => f.text)).toContain(number);
        expect(found.find((f) => f.text === number)?.index).toBe(before.length);
      }),
      { numRuns: 500 },
    );
  });

  it('flags no number whose date does not exist, whatever its check digit (no false positives)', () => {
    // Month 00 or 13–99, or day 00, 32–60 or 92–99: never a date, with or without the 60 of a samordningsnummer.
    const badMonth = fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), fc.integer({ min: 1, max: 28 }));
    const badDay = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 60 }), fc.integer({ min: 92, max: 99 })));
    fc.assert(
      fc.property(around, around, fc.integer({ min: 0, max: 99 }), fc.oneof(badMonth, badDay), fc.integer({ min: 0, max: 999 }), fc.constantFrom('-', '+', ''), fc.constantFrom('', '19', '20'), (before, after, yy, [month, day], serial, sep, century) => {
        const ten = withCheckDigit(`${String(yy).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`);
        expect(findPersonalNumbers(`${before}${century}${ten.slice(0, 6)}${sep}${ten.slice(6)}${after}`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('flags no number with a wrong check digit inside arbitrary text', () => {
    fc.assert(
      fc.property(around, around, dates, fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('-', '+', ''), (before, after, d, serial, offset, sep) => {
        const nine = `${String(d.getUTCFullYear()).slice(2)}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
        const wrong = nine + String((Number(withCheckDigit(nine).slice(-1)) + offset) % 10);
        expect(findPersonalNumbers(`${before}${wrong.slice(0, 6)}${sep}${wrong.slice(6)}${after}`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('mayHoldPersonalNumbers', () => {
  it.each([
    ['title: Inbrott\ndate: "2026-01-04"\ncost_sek: 12000\n', false],
    ['id: INC-20260101-583TT\nlinks: [EXR-20251231-AAAAA]\n', false],
    ['note: ring 070-1234567\n', true],
    ['note: 19900101-1234\n', true],
    ['note: 900101-1234\n', true],
    ['note: "19\\x390101-1234"\n', true],
    // After a prefix that forms no id the digits may be a number (INC-19850709-1232): searched.
    ['note: xINC-19900101\n', true],
    ['note: INC-19900101-1234X\n', false],
  ])('%j → %s', (text, expected) => {
    expect(mayHoldPersonalNumbers(text)).toBe(expected);
  });

  it('is true of every text in which the search finds a number (it only spares searching)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789-+ INCEXR\\x"\n'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        if (findPersonalNumbers(t).length > 0) expect(mayHoldPersonalNumbers(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // And of texts made around valid numbers, with and without an id's prefix before them.
    let found = 0;
    fc.assert(
      fc.property(fc.constantFrom('', 'x', 'INC-', 'EXR-', 'INC-2026', '\\'), fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('-', '+', ''), (prefix, serial, sep) => {
        const ten = withCheckDigit(`8001${String(10 + (serial % 18)).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`);
        const t = `note: ${prefix}${ten.slice(0, 6)}${sep}${ten.slice(6)}\n`;
        if (findPersonalNumbers(t).length > 0) {
          found += 1;
          expect(mayHoldPersonalNumbers(t)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(found).toBeGreaterThan(100);
  });
});
