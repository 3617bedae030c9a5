import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET, MAX_SLUG_ID, MAX_UNIT_ID, crockfordSuffix, datedId, slugIdFromTitle, slugify, trimSlug } from '../../../src/core/ids.js';
import { getKind, kindOfId } from '../../../src/core/kinds.js';

const never = () => false;

describe('slugify', () => {
  it('lower-cases, folds å/ä/ö/é and turns other runs of non-alphanumerics into one dash', () => {
    expect(slugify('Brandskyddspolicy för Fagersta kommun')).toBe('brandskyddspolicy-for-fagersta-kommun');
    expect(slugify('Åtgärd: ÄNDRA Öppettider – café')).toBe('atgard-andra-oppettider-cafe');
    expect(slugify('  --Hot & våld!!  ')).toBe('hot-vald');
    expect(slugify('SFS 2003:778')).toBe('sfs-2003-778');
  });

  it('always gives the slug form of register.md (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (title) => {
        const slug = slugify(title);
        expect(slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)).toBe(true);
      }),
    );
  });
});

describe('trimSlug', () => {
  it('cuts at a dash when that keeps most of the slug, never ending in a dash', () => {
    expect(trimSlug('abc-def-ghi', 9)).toBe('abc-def');
    expect(trimSlug('abcdefghij', 5)).toBe('abcde');
    expect(trimSlug('abc-defghijkl', 5)).toBe('abc');
  });
});

describe('slugIdFromTitle', () => {
  const risk = getKind('risk');
  const unit = getKind('unit');

  it('prefixes the slug and appends -2, -3 on a case-insensitive clash', () => {
    const taken = new Set(['rsk-brand-i-skolkok', 'rsk-brand-i-skolkok-2']);
    expect(slugIdFromTitle(risk, 'Brand i skolkök', never)).toBe('RSK-brand-i-skolkok');
    expect(slugIdFromTitle(risk, 'BRAND I SKOLKÖK', (id) => taken.has(id))).toBe('RSK-brand-i-skolkok-3');
  });

  it('stays within 64 characters (40 for units), suffix included, and is a valid id of its kind (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3, maxLength: 250 }), fc.integer({ min: 0, max: 12 }), (title, clashes) => {
        for (const kind of [risk, unit, getKind('site')]) {
          const taken = new Set<string>();
          let id = '';
          for (let i = 0; i <= clashes; i += 1) {
            id = slugIdFromTitle(kind, title, (candidate) => taken.has(candidate));
            expect(taken.has(id.toLowerCase())).toBe(false);
            taken.add(id.toLowerCase());
          }
          expect(id.length).toBeLessThanOrEqual(kind.idForm === 'unit' ? MAX_UNIT_ID : MAX_SLUG_ID);
          expect(kindOfId(id)?.name).toBe(kind.name);
        }
      }),
    );
  });

  it('gives a unit id that starts with a letter', () => {
    expect(slugIdFromTitle(unit, '112-centralen', never)).toBe('enhet-112-centralen');
  });
});

describe('dated ids', () => {
  it('take the record date and five Crockford characters', () => {
    expect(datedId('INC', '2026-11-26', Uint8Array.from([0, 31, 32, 255, 100]))).toBe('INC-20261126-0Z0Z4');
    expect(() => datedId('INC', '26-11-2026', new Uint8Array(5))).toThrow(RangeError);
  });

  it('map every byte onto the alphabet, each character from exactly 8 byte values', () => {
    const counts = new Map<string, number>();
    for (let b = 0; b < 256; b += 1) {
      const c = crockfordSuffix(Uint8Array.from([b, b, b, b, b]))[0] as string;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect([...counts.keys()].sort().join('')).toBe([...CROCKFORD_ALPHABET].sort().join(''));
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('are valid incident ids (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        expect(kindOfId(datedId('INC', '2026-01-31', bytes))?.name).toBe('incident');
      }),
    );
  });
});

describe('unit ids and the names Windows reserves', () => {
  const unit = getKind('unit');

  it('a title that slugs to a device name gets the next free suffix, as on a clash', () => {
    expect(slugIdFromTitle(unit, 'CON', never)).toBe('con-2');
    expect(slugIdFromTitle(unit, 'Nul', never)).toBe('nul-2');
    expect(slugIdFromTitle(unit, 'COM1', never)).toBe('com1-2');
    expect(slugIdFromTitle(unit, 'Console', never)).toBe('console');
    // Prefixed ids are never device names.
    expect(slugIdFromTitle(getKind('document'), 'Con', never)).toBe('DOC-con');
  });

  it('is the list of common.schema.json', async () => {
    const { RESERVED_UNIT_IDS } = await import('../../../src/core/ids.js');
    const { loadShippedSchemas } = await import('../../../src/store/schemas.js');
    const common = loadShippedSchemas()['common.schema.json'] as { definitions: { unitId: { not: { pattern: string } } } };
    expect(RESERVED_UNIT_IDS.source).toBe(common.definitions.unitId.not.pattern);
  });
});
