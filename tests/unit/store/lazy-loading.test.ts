import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as YamlSource from '../../../src/core/parse/yaml-source.js';
import { makeTempDir } from '../../e2e/support/sak.js';

// "Parse only what a command needs": a clean register in the plain YAML subset is read and
// checked without the `yaml` package, which is loaded only for a file (or a sak.yaml) that
// needs it. The modules that use `yaml` are watched: a factory runs when its module is first
// loaded (the first test runs on a fresh module registry), and their parsers note each use.
const seen = vi.hoisted(() => new Set<string>());

vi.mock('../../../src/core/parse/yaml-source.js', async (importActual) => {
  seen.add('yaml-source loaded');
  const actual = await importActual<typeof YamlSource>();
  return { ...actual, parseYamlSource: (text: string) => (seen.add('yaml-source used'), actual.parseYamlSource(text)) };
});
vi.mock('../../../src/core/validate/check-file-full.js', async (importActual) => {
  seen.add('check-file-full loaded');
  return importActual();
});

const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'check');

function copyOfFixture(): string {
  const root = path.join(makeTempDir('sak-lazy-'), 'register');
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

async function validate(root: string) {
  vi.resetModules();
  const { readRegister } = await import('../../../src/store/read-register.js');
  return readRegister(root, { at: '2027-02-01', cache: false, version: 'test', withData: false });
}

describe('loading the YAML parser', () => {
  beforeEach(() => seen.clear());

  it('does not happen for a clean register', async () => {
    const read = await validate(copyOfFixture());
    expect(read.problems).toEqual([]);
    expect(read.recordCount).toBeGreaterThan(40);
    expect([...seen]).toEqual([]);
  });

  it('happens for a record with a problem, which then gets its line and column', async () => {
    const root = copyOfFixture();
    writeFileSync(path.join(root, 'units', 'trasig.yaml'), 'id: trasig\ntitle: Trasig enhet (fiktiv)\ntype: department\nokänt_fält: 1\n');
    const read = await validate(root);
    expect(read.problems.map((p) => [p.code, p.file, p.line])).toEqual([['schema', 'units/trasig.yaml', 4]]);
    expect(seen.has('yaml-source used')).toBe(true);
  });

  it('happens for a sak.yaml outside the plain subset', async () => {
    const root = copyOfFixture();
    writeFileSync(path.join(root, 'sak.yaml'), 'format: 1\nmunicipality: &namn Provkommun (fiktiv)\n');
    const read = await validate(root);
    expect(read.problems.map((p) => [p.code, p.file, p.line])).toEqual([['yaml-syntax', 'sak.yaml', 2]]);
    expect(seen.has('yaml-source used')).toBe(true);
  });
});
