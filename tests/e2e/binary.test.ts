// Every command once as the built bin/sak.js in a child process, the way a user's shell runs
// it: the bundle, its lazily loaded chunks, the exit code set by the process entry, stdin and
// the process's own folder and environment. All other end-to-end tests run sak in-process
// (tests/e2e/support/sak.ts); signals, crashes, concurrency, terminals and packaging have
// their own real-process tests.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitSubject, makeGitRegister, makeTempDir, sak, sakBinary } from './helpers.js';

describe('the built bin/sak.js', () => {
  it('runs every command in a register under Git, with exit codes from the process', async () => {
    const root = await makeGitRegister('example');
    const ok = async (args: string[], input?: string) => {
      const run = await sakBinary(root, args, input === undefined ? {} : { input });
      expect(run.code, `sak ${args.join(' ')}\n${run.stderr}`).toBe(0);
      return run;
    };
    expect((await ok(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const validate = await ok(['validate']);
    expect(validate.stderr + validate.stdout).toMatch(/poster kontrollerade/);
    const check = await sakBinary(root, ['check', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toBeTypeOf('object');
    expect((await ok(['report', '--year', '2026'])).stdout).toMatch(/^# /m);
    expect((await ok(['list', 'document', '--format', 'json'])).stdout).toContain('DOC-');
    expect((await ok(['schema', 'incident'])).stdout).toContain('"$schema"');
    expect((await ok(['completion', 'bash'])).stdout).toContain('complete');
    // What a shell's completion shim starts on every Tab (completion.test.ts drives the shells).
    expect((await ok(['__complete', '--', 'show', 'kommunst'])).stdout).toBe('kommunstyrelsen\n');
    const id = (await ok(['add', 'incident', '--input', '-', '--no-input'], 'title: Binärtest (fiktiv)\ndate: 2026-11-20\nunit: kommunstyrelsen\ncategory: other\nseverity: low\n')).stdout.trim();
    expect(id).toMatch(/^INC-20261120-/);
    expect(await commitSubject(root)).toContain(id);
    await ok(['set', id, 'severity=medium']);
    await ok(['show', id]);
    await ok(['log', id]);
    await ok(['close', id, '--date', '2026-11-21']);
    // Without a terminal, edit refuses with a usage error: exit 2 from the process.
    const edit = await sakBinary(root, ['edit', id]);
    expect(edit.code).toBe(2);
    expect(edit.stderr).toContain(`sak set ${id}`);
    writeFileSync(path.join(root, 'lista.csv'), 'title;date;unit;category;severity\nImporterad (fiktiv);2026-11-22;kommunstyrelsen;other;low\n');
    await ok(['import', 'incident', 'lista.csv']);
    const missing = await sakBinary(root, ['review', 'DOC-finns-inte']);
    expect(missing.code).toBeGreaterThan(0);
    expect(missing.stderr).toContain('DOC-finns-inte');
   }, 120_000);

  it('sak init makes a register in the process\'s working folder', async () => {
    const dir = makeTempDir();
    const run = await sakBinary(dir, ['init', 'nytt', '--municipality', 'Provkommun (fiktiv)', '--no-git']);
    expect(run.code, run.stderr).toBe(0);
    // What init wrote is a valid register (checked in process: validate ran as a process above).
    const validate = await sak(path.join(dir, 'nytt'), ['validate']);
    expect(validate.code, validate.stderr + validate.stdout).toBe(0);
  });
});
