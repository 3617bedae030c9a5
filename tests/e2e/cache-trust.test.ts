// The validation cache is never trusted across machines or folders (issue "Safe to publish,
// safe to share", item 4): a same-size edit whose modification time was set back is seen,
// and a cache copied or committed along with a register cannot hide a personnummer.
// 19850709-1232 is a fictitious test number; 19850709-1233 fails the check digit.
import { cpSync, readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, gitOk, makeGitRegister, makeTempDir, sak, writeRecord } from './helpers.js';

const INC = 'incidents/2026/INC-20261101-7QX2K.yaml';
const record = (last: string) => `id: INC-20261101-7QX2K\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: open\ndescription: Ärende 19850709-${last}\n`;
const OLD = new Date('2026-01-02T03:04:05Z');

function writeOld(root: string, text: string): void {
  writeRecord(root, INC, text);
  utimesSync(path.join(root, ...INC.split('/')), OLD, OLD);
}

/** A register whose cache and snapshot were made of a clean record, which then got a personnummer of the same size and the old modification time. */
async function forgedRegister(): Promise<string> {
  const root = await makeGitRegister();
  writeOld(root, record('1233'));
  const clean = await sak(root, ['validate']);
  expect(clean.code, clean.stdout + clean.stderr).toBe(0);
  writeOld(root, record('1232'));
  return root;
}

describe('the validation cache', () => {
  it('sees a same-size edit whose modification time was set back', async () => {
    const root = await forgedRegister();
    const run = await sak(root, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/INC-20261101-7QX2K\.yaml:8:\d+ error pii/);
  });

  it('is not trusted in a copy of the register that kept the files’ times', async () => {
    const root = await forgedRegister();
    const copy = path.join(makeTempDir(), 'kopia');
    cpSync(root, copy, { recursive: true, preserveTimestamps: true });
    const run = await sak(copy, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/error pii/);
  });

  it('is not trusted when committed to Git, in a fresh clone with the times of the original', async () => {
    const root = await forgedRegister();
    await gitOk(root, ['add', '-A']);
    await gitOk(root, ['add', '-f', '.sak/cache']);
    await gitOk(root, ['commit', '-q', '-m', 'forged cache']);
    const clone = path.join(makeTempDir(), 'klon');
    const cloned = await git(path.dirname(clone), ['clone', '-q', root, clone]);
    expect(cloned.code, cloned.stderr).toBe(0);
    utimesSync(path.join(clone, ...INC.split('/')), OLD, OLD);
    const run = await sak(clone, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/error pii/);
  });

  it('keeps problems as codes and parameters, so one cache serves both languages (the language is not in its key)', async () => {
    const root = await makeGitRegister();
    writeOld(root, record('1232'));
    const sv = await sak(root, ['validate', '--lang', 'sv']);
    expect(sv.code).toBe(1);
    const cache = readFileSync(path.join(root, '.sak', 'cache', 'records.json'), 'utf8');
    expect(cache).toContain('"key":"pii"');
    expect(cache).not.toMatch(/personnummer ska inte|personal identity numbers do not/);
    const en = await sak(root, ['validate', '--lang', 'en']);
    // The same key and the same results: English read the cache Swedish wrote (only the files' stamps may be renewed).
    const results = (text: string) => {
      const parsed = JSON.parse(text) as { key: string; entries: Record<string, { hash: string; result: unknown }> };
      return { key: parsed.key, entries: Object.entries(parsed.entries).map(([file, e]) => [file, e.hash, e.result]) };
    };
    expect(results(readFileSync(path.join(root, '.sak', 'cache', 'records.json'), 'utf8'))).toEqual(results(cache));
    const uncached = await sak(root, ['validate', '--lang', 'en', '--no-cache']);
    expect(en.stdout).toBe(uncached.stdout);
    expect(en.stdout).toMatch(/personal identity numbers do not belong in the register/);
    expect(sv.stdout).toMatch(/personnummer ska inte föras in i registret/);
  });
});
