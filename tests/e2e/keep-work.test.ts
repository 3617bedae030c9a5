// Work is never thrown away, and sak commits only what it wrote (issue "Safe to publish,
// safe to share", item 6): `sak edit` keeps an edited copy it does not save and prints its
// path; a merge in progress or a pre-commit hook that stages other files makes sak refuse
// to commit (exit 3) with nothing of anyone else's in a commit of sak's.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemsError } from '../../src/errors.js';
import { editInProcess } from '../support/scripted-editor.js';
import { GIT_ENV, commitCount, gitOk, makeGitRegister, readText, runSak, sak } from './helpers.js';

const ACTION = 'actions/ACT-avtal-med-nvk.yaml';
const ADD = ['add', 'action', '--no-input', '--title', 'Ny åtgärd (fiktiv)', '--owner', 'kommunstyrelsen'];

describe('sak edit keeps the edited copy when it does not save', () => {
  it('invalid and given up: exit 1, the record unchanged, the copy kept with the edit and its path printed (in process)', async () => {
    const root = await makeGitRegister();
    const original = readText(root, ACTION);
    const { error, code, out } = await editInProcess(root, 'ACT-avtal-med-nvk', [(text) => text.replace(/status: \w+/, 'status: klar # mitt långa arbete')], { again: 'n' });
    expect(error).toBeInstanceOf(ProblemsError);
    expect(code).toBe(1);
    expect(readText(root, ACTION)).toBe(original);
    const kept = /den redigerade kopian finns kvar: (\S+\.yaml)/.exec(out.stderr)?.[1];
    expect(kept, out.stderr).toBeDefined();
    expect(readFileSync(kept as string, 'utf8')).toContain('status: klar # mitt långa arbete');
  });
});

/** An editor (a Node script) that changes the copy (a comment after the title) and may do something else while "open" (fictitious data). */
function editorScript(root: string, name: string, meanwhile = ''): string {
  const script = path.join(root, '..', `${name}-${path.basename(root)}.mjs`);
  writeFileSync(script, `import { readFileSync, writeFileSync } from 'node:fs';\nconst f = process.argv[2];\nwriteFileSync(f, readFileSync(f, 'utf8').replace(/^title: (.*)$/m, 'title: $1 # mitt arbete'));\n${meanwhile}`);
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(script)}`;
}

/** The path of the kept copy that sak printed, with the edit in it. */
function keptCopy(stderr: string): string {
  const kept = /den redigerade kopian finns kvar: (\S+\.yaml)/.exec(stderr)?.[1];
  expect(kept, stderr).toBeDefined();
  expect(readFileSync(kept as string, 'utf8')).toContain(' # mitt arbete');
  return kept as string;
}

describe('sak edit keeps the edited copy when the record changed meanwhile or git fails', () => {
  it('the record changed on disk while the editor was open: exit 3, the other change stays, the copy is kept and named', async () => {
    const root = await makeGitRegister();
    const other = readText(root, ACTION).replace(/^title: .*$/m, 'title: Ändrad av någon annan (fiktiv)');
    const editor = editorScript(root, 'editor-meanwhile', `writeFileSync(${JSON.stringify(path.join(root, ACTION))}, ${JSON.stringify(other)});\n`);
    const run = await runSak(['edit', 'ACT-avtal-med-nvk'], { cwd: root, env: { ...GIT_ENV, VISUAL: editor }, terminal: true });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('ändrades av någon annan medan sak arbetade; inget skrevs');
    expect(readText(root, ACTION)).toBe(other);
    keptCopy(run.stderr);
  });

  it('git fails (a pre-commit hook refuses): exit 3, the record saved but not committed, the copy kept and named', async () => {
    const root = await makeGitRegister();
    const hook = path.join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "kroken säger nej" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const before = await commitCount(root);
    const run = await runSak(['edit', 'ACT-avtal-med-nvk'], { cwd: root, env: { ...GIT_ENV, VISUAL: editorScript(root, 'editor-git') }, terminal: true });
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('är sparad, men commit misslyckades');
    expect(run.stderr).toContain('kroken säger nej');
    expect(await commitCount(root)).toBe(before);
    keptCopy(run.stderr);
  });
});

describe('sak commits only what it wrote', () => {
  it('refuses to commit during a merge (exit 3), and makes no commit', async () => {
    const root = await makeGitRegister();
    const head = await gitOk(root, ['rev-parse', 'HEAD']);
    writeFileSync(path.join(root, '.git', 'MERGE_HEAD'), `${head.trim()}\n`);
    const before = await commitCount(root);
    const run = await sak(root, ADD);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/en merge pågår i Git-förrådet/);
    expect(await commitCount(root)).toBe(before);
  });

  it('undoes a commit that a pre-commit hook added other files to, and says so (exit 3)', async () => {
    const root = await makeGitRegister();
    const hook = path.join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "inte sak:s" > annan.txt\ngit add annan.txt\n');
    chmodSync(hook, 0o755);
    const before = await commitCount(root);
    const head = (await gitOk(root, ['rev-parse', 'HEAD'])).trim();
    const run = await sak(root, ADD);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/pre-commit-krok lade till andra filer i committen \(annan\.txt\)/);
    expect(await commitCount(root)).toBe(before);
    expect((await gitOk(root, ['rev-parse', 'HEAD'])).trim()).toBe(head);
    expect(await gitOk(root, ['log', '--all', '--format=%H', '--', 'annan.txt'])).toBe('');
  });
});
