import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../../src/core/format/number.js';

describe('parseLocaleNumber', () => {
  it('reads Swedish and English forms', () => {
    expect(parseLocaleNumber('12 000')).toBe(12000);
    expect(parseLocaleNumber('12\u00a0000')).toBe(12000);
    expect(parseLocaleNumber('1 500,50')).toBe(1500.5);
    expect(parseLocaleNumber('1,500.50')).toBe(1500.5);
    expect(parseLocaleNumber('1.500,50')).toBe(1500.5);
    expect(parseLocaleNumber('1500,5')).toBe(1500.5);
    expect(parseLocaleNumber('1.5')).toBe(1.5);
    expect(parseLocaleNumber('12 000 kr')).toBe(12000);
    expect(parseLocaleNumber('-3')).toBe(-3);
    expect(parseLocaleNumber('\u22123,5')).toBe(-3.5);
    expect(parseLocaleNumber('1,000,000')).toBe(1000000);
  });

  it('reads a lone comma by the hint: decimal unless the text is English and three digits follow', () => {
    expect(parseLocaleNumber('1,500')).toBe(1.5);
    expect(parseLocaleNumber('1,500', 'comma')).toBe(1.5);
    expect(parseLocaleNumber('1,500', 'point')).toBe(1500);
    expect(parseLocaleNumber('1,5', 'point')).toBe(1.5);
  });

  it('refuses what is no number', () => {
    for (const text of ['', 'tolv', '1,50,0', '1.500.00', '12-000', '1,500.50.1', '1 500,50,3', '--1']) expect(parseLocaleNumber(text), text).toBeUndefined();
  });
});
