// The tests' binary unit (tests/support/binary-unit.ts) is fast-check's `unit: 'binary'`:
// fast-check 4 defines it as mapToConstant over the code points U+0000–U+D7FF and
// U+E000–U+10FFFF, which is sampled here with the same seeds (sampling never builds the
// table of every code point that fast-check's inverse needs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_UNIT, binaryString } from '../../support/binary-unit.js';

const FAST_CHECK_BINARY = fc.mapToConstant(
  { num: 0xd800, build: (i) => String.fromCodePoint(i) },
  { num: 0x110000 - 0xe000, build: (i) => String.fromCodePoint(0xe000 + i) },
);

describe('the tests\u2019 binary unit', () => {
  it('gives the characters of fast-check\u2019s definition, seed for seed', () => {
    for (const seed of [1, 7, 42, 2026]) {
      expect(fc.sample(BINARY_UNIT, { seed, numRuns: 2000 })).toEqual(fc.sample(FAST_CHECK_BINARY, { seed, numRuns: 2000 }));
    }
  });

  it('maps each of its characters back to where it came from, and refuses anything else', () => {
    const unmap = (value: unknown) => BINARY_UNIT.canShrinkWithoutContext(value);
    for (const c of ['\0', 'a', '\ud7ff', '\ue000', '\uffff', '\u{10000}', '\u{10ffff}', 'å']) expect(unmap(c), JSON.stringify(c)).toBe(true);
    for (const v of ['', 'ab', '\ud800', '\udfff', '\ud800a', 1, null]) expect(unmap(v), JSON.stringify(v)).toBe(false);
    // Shrinking a string of the unit works from the value alone, as with fast-check's own.
    expect(binaryString({ maxLength: 5 }).canShrinkWithoutContext('x\u{1f600}\ue000')).toBe(true);
  });
});
