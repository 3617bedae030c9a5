// fast-check's `unit: 'binary'` (any Unicode code point but the surrogates), made the way
// fast-check makes it (a natural number mapped onto the two ranges of code points), with an
// inverse that computes the index instead of looking it up. fast-check's own inverse builds a
// table of all 1,112,064 code points the first time a string arbitrary of that unit is made
// (it tries its "dangerous strings" against it): measured, 3.8 s of CPU per test worker, a
// fifth of tests/unit/core/parse/fast-yaml.test.ts. With the same seed, this unit gives the
// same characters as 'binary' (tests/unit/support/binary-unit.test.ts holds it to
// fast-check's definition of that unit, without making the table).
import fc from 'fast-check';

/** The number of code points below the surrogates (U+0000–U+D7FF), and how many surrogates there are. */
const BELOW_SURROGATES = 0xd800;
const SURROGATES = 0x800;
const CODE_POINTS = 0x110000 - SURROGATES;

function indexOf(value: unknown): number {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2) throw new Error('not one code point of the binary unit');
  const code = value.codePointAt(0) as number;
  if (value.length !== (code > 0xffff ? 2 : 1) || (code >= BELOW_SURROGATES && code < BELOW_SURROGATES + SURROGATES)) throw new Error('not one code point of the binary unit');
  return code < BELOW_SURROGATES ? code : code - SURROGATES;
}

/** One character as fast-check's `unit: 'binary'` gives it. */
export const BINARY_UNIT: fc.Arbitrary<string> = fc.nat({ max: CODE_POINTS - 1 }).map((i) => String.fromCodePoint(i < BELOW_SURROGATES ? i : i + SURROGATES), indexOf);

/** `fc.string({ ...constraints, unit: 'binary' })`, without fast-check's table of every code point. */
export function binaryString(constraints: Omit<fc.StringConstraints, 'unit'> = {}): fc.Arbitrary<string> {
  return fc.string({ ...constraints, unit: BINARY_UNIT });
}
