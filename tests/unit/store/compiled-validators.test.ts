import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/core/kinds.js';
import { compileSchemas } from '../../../src/core/validate/compile-schemas.js';
import { precompiledValidators } from '../../../src/core/validate/schema-check.js';
import type { SchemaValidators } from '../../../src/core/validate/schema-check.js';
import { loadShippedSchemas } from '../../../src/store/schemas.js';
import { sampleRecord, stringSlots } from '../support/sample-records.js';

// The build compiles the schemas ahead of time (scripts/compile-schemas.js) and rewrites the
// length checks so that most strings are not walked. The validators it ships must judge
// every record exactly as Ajv compiling the schemas at run time does. (Needs `npm run build`,
// which `npm test` runs first.)
// @ts-expect-error -- generated JavaScript without declarations
const shipped = precompiledValidators((await import('../../../dist/core/validate/compiled-schemas.js')) as Record<string, unknown>);
const reference = compileSchemas(loadShippedSchemas());

function verdict(validators: SchemaValidators, name: string, data: unknown) {
  const validate = validators.get(name);
  if (!validate) throw new Error(`no validator ${name}`);
  const valid = validate(data);
  return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.schemaPath}`) };
}

// Strings near the limits of the schemas (1, 2, 3, 40, 64, 200 characters), made of
// characters of one and two UTF-16 units, so that `length` and the count of code points differ.
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', ' ', '😀', '𝄞'), maxLength: 220 }),
  fc.constantFrom(1, 2, 3, 39, 40, 41, 63, 64, 65, 199, 200, 201).chain((n) =>
    fc.array(fc.constantFrom('a', '😀'), { minLength: n, maxLength: n }).map((chars) => chars.join('')),
  ),
);

/** Every minLength and maxLength of the schemas. */
const LIMITS = [1, 2, 3, 40, 64, 200];

function setAt(data: Record<string, unknown>, path: readonly (string | number)[], value: string): void {
  let target: Record<string | number, unknown> = data;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = value;
}

describe('the validators compiled at build time', () => {
  it('ship a validator for every kind and for sak.yaml', () => {
    for (const name of [...KINDS.map((k) => k.name), 'config']) expect(shipped.has(name), name).toBe(true);
  });

  it('judge records with strings of every length as Ajv does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.infiniteStream(text), (kind, texts) => {
        const data = sampleRecord(kind, () => texts.next().value as string);
        expect(verdict(shipped, kind.name, data)).toEqual(verdict(reference, kind.name, data));
      }),
      { numRuns: 400 },
    );
  });

  it('judge every string field at and around every length limit as Ajv does', () => {
    let compared = 0;
    for (const kind of KINDS) {
      for (const slot of stringSlots(kind)) {
        for (const n of LIMITS.flatMap((limit) => [limit - 1, limit, limit + 1])) {
          for (const char of ['a', '😀']) {
            const data = sampleRecord(kind);
            setAt(data, slot.path, char.repeat(n));
            expect(verdict(shipped, kind.name, data), `${kind.name} ${slot.pointer} ${n}×${char}`).toEqual(verdict(reference, kind.name, data));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('read dates as Ajv with ajv-formats does', () => {
    const candidates = ['2026-03-01', '2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2026-04-30', '2026-04-31', '2026-12-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', '2026-1-01', '2026/01/01', '２０２６-01-01', '2026-01-0a', '2026-01-01 ', ' 2026-01-01', '2026-01-01\n', '2026', '2026-03', ''];
    let compared = 0;
    for (const kind of KINDS) {
      for (const slot of stringSlots(kind).filter((s) => s.field.type === 'date' || s.field.type === 'partial-date')) {
        for (const date of candidates) {
          const data = sampleRecord(kind);
          setAt(data, slot.path, date);
          expect(verdict(shipped, kind.name, data), `${kind.name} ${slot.pointer} ${JSON.stringify(date)}`).toEqual(verdict(reference, kind.name, data));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('count code points, not UTF-16 units, against the limits', () => {
    const incident = KINDS.find((k) => k.name === 'incident');
    if (!incident) throw new Error('no incident kind');
    // 200 emoji are 400 UTF-16 units but 200 characters: the title's maximum.
    const atLimit = { ...sampleRecord(incident), title: '😀'.repeat(200) };
    const over = { ...sampleRecord(incident), title: '😀'.repeat(201) };
    expect(verdict(shipped, 'incident', atLimit).valid).toBe(true);
    expect(verdict(shipped, 'incident', over).valid).toBe(false);
    // Two emoji are four units but two characters: under the minimum of three.
    expect(verdict(shipped, 'incident', { ...sampleRecord(incident), title: '😀😀' }).valid).toBe(false);
  });
});
