// The fast reader must agree with the yaml package on every text it accepts, and accept the
// texts sak itself writes. Differential property tests hold it to that.
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParseYaml, setFastReader, UNSUPPORTED } from '../../../../src/core/parse/fast-yaml.js';
import { binaryString } from '../../../support/binary-unit.js';

/** What yaml gives for a text when it accepts it under sak's rules, else UNSUPPORTED. */
function yamlReading(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, merge: false, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return UNSUPPORTED;
  return doc.toJS({ maxAliasCount: 0 });
}

let accepted = 0;

function agrees(text: string): void {
  const fast = fastParseYaml(text);
  if (fast === UNSUPPORTED) return;
  accepted += 1;
  const reading = yamlReading(text);
  expect(reading, JSON.stringify(text)).toEqual(fast);
  expect(Object.is(reading, fast) || typeof fast === 'object').toBe(true);
}

const record = `# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json
id: INC-20261126-7QX2K
title: "Krossad ruta: entrén"
date: 2026-11-26
time: "07:45"
unit: kommunstyrelsen # kommentar
category: vandalism
severity: low
status: open
cost_sek: 12000.5
injured: 0
police_report: false
tags: [skola, 'natt']
kia: { type: near_miss, ref: "KIA-123" }
description: |
  Rutan i entrén krossad.

  Polisanmälan gjord.
reported_to:
  - authority: police
    date: 2026-11-26
  - { authority: insurance, date: 2026-11-27 }
notes:
`;

describe('fastParseYaml', () => {
  it('reads a typical record exactly as yaml does', () => {
    const fast = fastParseYaml(record);
    expect(fast).not.toBe(UNSUPPORTED);
    expect(fast).toEqual(yamlReading(record));
    expect((fast as { description: string }).description).toBe('Rutan i entrén krossad.\n\nPolisanmälan gjord.\n');
  });

  it('reads CRLF line endings', () => {
    const crlf = record.replace(/\n/g, '\r\n');
    expect(fastParseYaml(crlf)).toEqual(yamlReading(crlf));
  });

  it.each([
    ['anchor', 'a: &x 1\nb: *x\n'],
    ['tag', 'a: !!str 1\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['folded scalar with more-indented lines', 'a: >\n  x\n    y\n'],
    ['multi-line plain scalar', 'a: x\n  y\n'],
    ['tab', 'a:\t1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['quoted key', '"a": 1\n'],
    ['__proto__', '__proto__: 1\n'],
    ['nested flow', 'a: [[1]]\n'],
    ['exponent', 'a: 1e3\n'],
    ['octal', 'a: 0o17\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['conflict marker', '<<<<<<< HEAD\na: 1\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(fastParseYaml(text)).toBe(UNSUPPORTED);
  });

  it('agrees with yaml on whatever yaml.stringify writes', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      binaryString({ maxLength: 12 }),
      fc.constantFrom('abc\u00a0', '\u00a0abc', 'x\u3000', '\u2003', 'a\u00a0#b', '\ufeffx', 'x\u0085y'),
      fc.constantFrom('', ' ', 'null', '~', 'true', 'False', '0', '-0', '007', '1.50', '2026-11-26', '12 000', 'a: b', 'a #b', '#x', '- x', '"q"', "'s'", '[x]', '{y}', 'x:', ':x', '|', '>', '&a', '*a', '!t', '%d', '@x', '`x`', 'ÅÄÖ åäö', '\n', 'a\nb\n', ' lead', 'trail ', '\\', '\u00e9'),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.constant(null),
    );
    // Keys yaml reads as null or a boolean (`null` is the key "", `True` the key "true") among the others.
    const key = fc.oneof(
      { weight: 19, arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/) },
      { weight: 1, arbitrary: fc.constantFrom('null', 'Null', 'NULL', 'True', 'TRUE', 'true', 'False', 'false') },
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    const options = fc.record({
      indentSeq: fc.boolean(),
      indent: fc.constantFrom(2, 4),
      collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED') as fc.Arbitrary<'PLAIN'>,
      lineWidth: fc.constantFrom(0, 20, 80),
    });
    const records = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(records, options, (data, opts) => {
        agrees(stringify(data, opts));
      }),
      { numRuns: 3000 },
    );
    // With the options sak writes records with, the fast reader must take most texts,
    // or the comparison above would prove little.
    accepted = 0;
    fc.assert(
      fc.property(records, fc.boolean(), (data, indentSeq) => {
        agrees(stringify(data, { indentSeq }));
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('agrees with yaml on mutated records (never accepts what yaml refuses or reads differently)', () => {
    accepted = 0;
    const pieces = ['\r', 'null', 'True', 'NULL: x\n', 'True: 1\n', '\u00a0', '\u3000', '\n', ' ', '  ', ':', ': ', '- ', '#', ' #', '"', "'", '|', '|-', '|+', '[', ']', '{', '}', ',', '&', '*', '!', '\\', 'x', '0', '\r\n', '\n\n', '---'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(record.length), fc.nat(3), fc.constantFrom(...pieces)), { minLength: 1, maxLength: 4 }), (edits) => {
        let text = record;
        for (const [at, cut, piece] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + piece + text.slice(i + cut);
        }
        agrees(text);
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(500);
  });

  it('declines a lone CR, which yaml keeps in the value (status: cancelled\\r passed validate, then set refused it)', () => {
    for (const text of ['status: cancelled\r', 'a: 1\r', 'a: 1\r\nb: x\r']) {
      expect(fastParseYaml(text), JSON.stringify(text)).toBe(UNSUPPORTED);
      agrees(text);
    }
    expect(fastParseYaml('a: 1\r\nb: x\r\n')).toEqual({ a: 1, b: 'x' });
  });

  it('reads keys with a hyphen, as sak.yaml names rules (risk-review:), in block and flow mappings', () => {
    const text = 'basis:\n  # kommentar\n  risk-review: { document: DOC-a }\n  finding-unreported:\n    document: DOC-b\nx-: { a-b-: 1 }\n';
    expect(fastParseYaml(text)).toEqual({ basis: { 'risk-review': { document: 'DOC-a' }, 'finding-unreported': { document: 'DOC-b' } }, 'x-': { 'a-b-': 1 } });
    agrees(text);
    // A key still starts with a letter or `_`: `-a: 1` is a sequence item or a plain scalar, left to yaml.
    for (const other of ['-a: 1\n', 'a: { -b: 1 }\n', '1-a: x\n']) expect(fastParseYaml(other), other).toBe(UNSUPPORTED);
  });

  it('declines keys that yaml reads as null or a boolean', () => {
    for (const text of ['null: x\n', 'Null: x\n', 'True: x\n', 'false: 1\n', 'a: { True: x }\n', 'a:\n  NULL: x\n', '- TRUE: x\n']) {
      expect(fastParseYaml(text), JSON.stringify(text)).toBe(UNSUPPORTED);
    }
    expect(fastParseYaml('nullable: x\ntruth: y\n')).toEqual({ nullable: 'x', truth: 'y' });
  });

  it('can be switched off, so every text goes to yaml (SAK_FAST_YAML=0)', () => {
    try {
      setFastReader(false);
      expect(fastParseYaml('a: 1\n')).toBe(UNSUPPORTED);
    } finally {
      setFastReader(process.env.SAK_FAST_YAML !== '0');
    }
    if (process.env.SAK_FAST_YAML !== '0') expect(fastParseYaml('a: 1\n')).toEqual({ a: 1 });
  });
});
