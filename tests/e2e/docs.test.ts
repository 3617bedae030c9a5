// Every example of the documentation runs here: the commands of docs/*.md in bash in
// temporary folders (sak itself through the program's entry, in this process; see
// support/doc-examples.ts), their output compared with what the document shows; every
// example record validates; files that sak init writes are shown as it writes them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KINDS, kindOfId, recordPath } from '../../src/core/kinds.js';
import { GIT_ENV, REPO_ROOT, TODAY, makeTempDir, readText, sak, writeRecord } from './helpers.js';
import { exampleCommands, extractBlocks, outputMatches, runCommands } from './support/doc-examples.js';

const DOCS = path.join(REPO_ROOT, 'docs');
const FILES = ['anvandarguide.md', 'user-guide.md', 'register-format.md', 'ci.md'];

describe('the documentation', () => {
  it('has the four documents, each with examples the tests run', () => {
    expect(readdirSync(DOCS).filter((f) => f.endsWith('.md')).sort()).toEqual(expect.arrayContaining(FILES));
    for (const file of FILES) expect(extractBlocks(readFileSync(path.join(DOCS, file), 'utf8')).length, file).toBeGreaterThan(0);
  });

  for (const file of FILES) {
    const blocks = extractBlocks(readFileSync(path.join(DOCS, file), 'utf8'));
    const commands = exampleCommands(blocks);

    if (commands.length > 0) {
      it(`${file}: every command prints what the document shows`, async () => {
        const cwd = makeTempDir('sak-docs-');
        const runs = await runCommands(commands, cwd, { ...GIT_ENV, SAK_TODAY: TODAY });
        expect(runs).toHaveLength(commands.length);
        commands.forEach((command, i) => {
          const run = runs[i] as { output: string; code: number };
          const where = `${file}:${command.line}: $ ${command.command}`;
          expect(outputMatches(command.expected, run.output), `${where}\n--- the document shows:\n${command.expected.join('\n')}\n--- sak printed:\n${run.output}`).toBe(true);
          if (run.code !== 0) expect(commands[i + 1]?.command, `${where} exited ${run.code}; the document must show it with $ echo $?`).toBe('echo $?');
        });
      }, 120_000);
    }

    const records = blocks.filter((b) => b.type === 'sak-record');
    if (records.length > 0) {
      it(`${file}: every example record validates in a new register`, async () => {
        const dir = makeTempDir('sak-docs-');
        expect((await sak(dir, ['init', 'register', '--municipality', 'Exempelkommun', '--roles', '--no-git', '--ci', 'none'])).code).toBe(0);
        const root = path.join(dir, 'register');
        const config = blocks.find((b) => b.type === 'sak-config');
        if (config) writeFileSync(path.join(root, 'sak.yaml'), `${config.body}\n`);
        for (const block of records) {
          const data = parse(block.body) as { id?: unknown };
          const kind = typeof data.id === 'string' ? kindOfId(data.id) : undefined;
          expect(kind, `${file}:${block.line}: a record needs a well-formed id`).toBeDefined();
          writeRecord(root, recordPath(kind as NonNullable<typeof kind>, data.id as string), `${block.body}\n`);
        }
        const run = await sak(root, ['validate', '--strict']);
        expect(run.stdout).toContain('inga fel');
        expect(run.code, run.stdout).toBe(0);
      });
    }

    const shown = blocks.filter((b) => b.type === 'sak-file');
    if (shown.length > 0) {
      it(`${file}: the files shown are the ones sak init writes`, async () => {
        for (const block of shown) {
          const ci = block.arg?.includes('.github') ? 'github' : 'gitlab';
          const dir = makeTempDir('sak-docs-');
          expect((await sak(dir, ['init', 'register', '--municipality', 'Exempelkommun', '--no-git', '--lang', 'en', '--ci', ci])).code).toBe(0);
          expect(`${block.body}\n`, `${file}:${block.line}`).toBe(readText(path.join(dir, 'register'), block.arg as string));
        }
      });
    }

    for (const block of blocks.filter((b) => b.type === 'sak-yaml')) {
      it(`${file}:${block.line}: the YAML parses`, () => {
        expect(() => parse(block.body)).not.toThrow();
      });
    }
  }

  it('register-format.md has an example record of every kind', () => {
    const blocks = extractBlocks(readFileSync(path.join(DOCS, 'register-format.md'), 'utf8')).filter((b) => b.type === 'sak-record');
    const kinds = blocks.map((b) => kindOfId(String((parse(b.body) as { id: unknown }).id))?.name);
    expect([...new Set(kinds)].sort()).toEqual(KINDS.map((k) => k.name).sort());
  });
});
