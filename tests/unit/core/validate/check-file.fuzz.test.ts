// Fuzzing the validation core: valid records of every kind (generated from the schemas,
// and the example register's own files) mutated the ways files get damaged — cut short,
// bytes changed, YAML punctuation dropped in, content doubled, line ends changed, a BOM
// put anywhere — never make checkRecordText or parseYamlSource throw or take long, and
// always give an answer: a clean record, or problems each at line ≥ 1 and column ≥ 1.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRecordYaml } from '../../../../src/core/edit/yaml-edit.js';
import { KINDS, recordPath } from '../../../../src/core/kinds.js';
import { parseYamlSource } from '../../../../src/core/parse/yaml-source.js';
import { classifyRecordPath } from '../../../../src/core/kinds.js';
import { checkRecordText } from '../../../../src/core/validate/check-file-full.js';
import { getValidators } from '../../../../src/store/validators.js';
import { binaryString } from '../../../support/binary-unit.js';
import { problemMessage } from '../../../../src/i18n/validate-messages.js';
import type { Problem } from '../../../../src/core/problem.js';
import { SAMPLE_IDS, sampleRecord } from '../../support/sample-records.js';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..', '..');

/** The seeds: one generated record per kind, and a few real files of the example register. */
function seeds(): { file: string; text: string }[] {
  const generated = KINDS.map((kind) => ({ file: recordPath(kind, SAMPLE_IDS[kind.name]), text: `# yaml-language-server: $schema=x\n${toRecordYaml(sampleRecord(kind))}` }));
  const examples = ['documents', 'controls', 'risks', 'actions', 'units'].flatMap((folder) => {
    const dir = path.join(REPO, 'register', folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).slice(0, 2);
    } catch {
      // No risks in the example register yet.
    }
    return names.map((name) => ({ file: `${folder}/${name}`, text: readFileSync(path.join(dir, name), 'utf8') }));
  });
  return [...generated, ...examples];
}

const SEEDS = seeds();
const PUNCTUATION = [':', ': ', '- ', '-', '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!binary ', '|', '>', '#', '"', "'", '%', '@', '`', '? ', '\t', '\n', '\r', '  ', '<<<<<<< HEAD\n', '=======\n', '---\n', '...\n', '\u0000', '\u0085', '\u2028', '\uFEFF', '\\', '\\x', '<<: ', '__proto__: ', 'constructor: '];

/** One way a file gets damaged, as a function of the text. */
const mutation: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), binaryString({ minLength: 1, maxLength: 3 })).map(([n, c]) => (t: string) => {
    const i = n % (t.length + 1);
    return t.slice(0, i) + c + t.slice(i + c.length);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...PUNCTUATION)).map(([n, p]) => (t: string) => {
    const i = n % (t.length + 1);
    return t.slice(0, i) + p + t.slice(i);
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([a, b, at]) => (t: string) => {
    const start = a % (t.length + 1);
    const piece = t.slice(start, start + (b % 200));
    const i = at % (t.length + 1);
    return t.slice(0, i) + piece + t.slice(i);
  }),
  fc.constantFrom(
    (t: string) => t.replace(/\n/g, '\r\n'),
    (t: string) => t.replace(/\n/g, '\r'),
    (t: string) => t.replace(/\r?\n/g, '\n\n'),
    (t: string) => t + t,
    (t: string) => `\uFEFF${t}`,
  ),
  fc.nat().map((n) => (t: string) => {
    const i = n % (t.length + 1);
    return `${t.slice(0, i)}\uFEFF${t.slice(i)}`;
  }),
);

const damaged = fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, steps]) => ({ file: seed.file, text: steps.reduce((t, step) => step(t), seed.text) }));

/** Every answer is clean or positioned: line and column at least 1, a code and a message. */
function expectPositioned(problems: readonly Problem[]): void {
  for (const p of problems) {
    expect(Number.isInteger(p.line) && p.line >= 1, JSON.stringify(p)).toBe(true);
    expect(Number.isInteger(p.column) && p.column >= 1, JSON.stringify(p)).toBe(true);
    expect(p.code).toMatch(/^[a-z-]+$/);
    expect(problemMessage(p.message, 'sv').length).toBeGreaterThan(0);
    expect(problemMessage(p.message, 'en').length).toBeGreaterThan(0);
  }
}

describe('the validation core on damaged records', () => {
  it('the seeds are clean records', async () => {
    const validators = await getValidators();
    for (const seed of SEEDS) {
      const place = classifyRecordPath(seed.file);
      if (place.status !== 'record') throw new Error(seed.file);
      const result = checkRecordText(seed.file, place.kind, place.expected, seed.text, { validators, config: null });
      expect(result.problems.filter((p) => p.code !== 'ref-missing'), seed.file).toEqual([]);
    }
    expect(SEEDS.length).toBeGreaterThan(KINDS.length);
  });

  it('checkRecordText never throws and positions every problem (its time: bench/hostile-yaml.js)', async () => {
    const validators = await getValidators();
    fc.assert(
      fc.property(damaged, ({ file, text }) => {
        const place = classifyRecordPath(file);
        if (place.status !== 'record') return;
        const result = checkRecordText(file, place.kind, place.expected, text, { validators, config: null, today: '2026-11-26' });
        if (result.valid) expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        else expect(result.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
        expectPositioned(result.problems);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });

  it('parseYamlSource never throws and positions every issue, on any text at all', () => {
    fc.assert(
      fc.property(fc.oneof(damaged.map((d) => d.text), binaryString({ maxLength: 400 }), fc.string({ unit: fc.constantFrom(...PUNCTUATION, 'a', 'b', '1', ' '), maxLength: 200 })), (text) => {
        const parsed = parseYamlSource(text);
        for (const issue of parsed.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
        }
        expect(parsed.issues.length).toBeLessThanOrEqual(20);
        if (parsed.issues.length > 0) expect(parsed.data).toBeUndefined();
      }),
      { numRuns: 600, seed: 1126 },
    );
  });
});
