import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Yaml from 'yaml';
import type * as YamlSource from '../../../src/core/parse/yaml-source.js';
import type * as Schemas from '../../../src/store/schemas.js';
import { makeTempDir, REPO_ROOT, runSak } from '../../e2e/support/sak.js';

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

// The start of a command that needs none of them (help, --version, a Tab press's `sak
// __complete`) parses no YAML, reads no schema, and loads not the full UTCDate (its module makes
// Intl date formats, ~40 ms of CPU). The parsers and the schema reader note each use; UTCDate's
// factory runs when it is loaded. What the built CLI loads before any command runs is checked
// in the bundle itself (the last test): no YAML parser, validator, template engine or prompts.
const started = vi.hoisted(() => new Set<string>());
vi.mock('yaml', async (importActual) => {
  const actual = await importActual<typeof Yaml>();
  const noted = <F extends (...args: never[]) => unknown>(f: F): F => ((...args: Parameters<F>) => (started.add('yaml'), f(...args))) as F;
  return { ...actual, parse: noted(actual.parse), parseDocument: noted(actual.parseDocument), stringify: noted(actual.stringify) };
});
vi.mock('../../../src/store/schemas.js', async (importActual) => {
  const actual = await importActual<typeof Schemas>();
  return { ...actual, loadShippedSchemas: () => (started.add('schemas'), actual.loadShippedSchemas()) };
});
vi.mock('@date-fns/utc', async (importActual) => (started.add('UTCDate'), importActual()));

const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'check');

function copyOfFixture(): string {
  const root = path.join(makeTempDir('sak-lazy-'), 'register');
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

async function validate(root: string) {
  const { readRegister } = await import('../../../src/store/read-register.js');
  return readRegister(root, { at: '2027-02-01', cache: false, version: 'test', withData: false });
}

describe('loading the YAML parser', () => {
  // A fresh module registry once, so that the first test sees whether the watched modules
  // are loaded at all; the later tests see each use of the parser. (A reset before every
  // read made the worker load the program and compile the schemas again each time.)
  beforeAll(() => vi.resetModules());
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

describe('the start of a command', () => {
  /** What sak loads of the watched modules for a command line, on a fresh module registry. */
  async function loadedFor(args: string[]): Promise<string[]> {
    vi.resetModules();
    started.clear();
    const run = await runSak(args, { cwd: FIXTURE });
    expect(run.code, run.stderr).toBe(0);
    return [...started].sort();
  }

  it('parses no YAML and reads no schema for --version, help and the completion of other commands', async () => {
    for (const args of [['--version'], ['--help'], ['validate', '--help'], ['help', 'report'], ['__complete', '--', 'list', '--'], ['__complete', '--', 'show', '']]) {
      expect(await loadedFor(args), args.join(' ')).toEqual([]);
    }
  });

  it('reads the schemas (for the field flags), and nothing more, only when add or its completion needs them', async () => {
    for (const args of [['add', 'incident', '--help'], ['help', 'add'], ['__complete', '--', 'add', 'incident', '--st']]) {
      expect(await loadedFor(args), args.join(' ')).toEqual(['schemas']);
    }
  });

  it("leaves them out of the built CLI's start: the chunks bin/sak.js loads before any command runs", () => {
    // The bundle (npm run build) names the source of each part in a comment (`// src/…`, `// node_modules/…`).
    const bundle = path.join(REPO_ROOT, 'dist', 'bundle');
    const sources = new Set<string>();
    const visit = (file: string, seenFiles: Set<string>): void => {
      if (seenFiles.has(file)) return;
      seenFiles.add(file);
      const text = readFileSync(path.join(bundle, file), 'utf8');
      for (const m of text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) sources.add(m[1] as string);
      for (const m of text.matchAll(/^import\s+(?:[^'";]*?\sfrom\s+)?["']\.\/([^"']+)["']/gm)) visit(m[1] as string, seenFiles);
    };
    visit('main.js', new Set());
    expect(sources.has('src/cli/main.ts')).toBe(true);
    const heavy = [...sources].filter((s) => /^node_modules\/(yaml|ajv|ajv-formats|handlebars|@inquirer|csv-parse|markdown-it|chalk|@date-fns\/utc\/date\/index)\/|^src\/(store\/schemas|core\/parse\/yaml-source|core\/edit\/yaml-edit|core\/validate\/schema-check)\.ts$/.test(s));
    expect(heavy).toEqual([]);
  });
});
