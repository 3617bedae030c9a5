// Git without an identity (no user.name / user.email): sak init and every write command
// say in Swedish which two commands to run, exit 3, and write and stage nothing.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, makeGitRegister, readText } from './helpers.js';
import { makeTempDir, runSak } from './support/sak.js';

/** An environment where git knows no one: no identity variables, a global config that forbids guessing one. */
function noIdentity(): Record<string, string> {
  const home = makeTempDir('sak-noid-');
  const config = path.join(home, 'gitconfig');
  writeFileSync(config, '[user]\n\tuseConfigOnly = true\n');
  return { HOME: home, GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1' };
}

function expectTheTwoCommands(stderr: string): void {
  expect(stderr).toContain('Git vet inte vem du är');
  expect(stderr).toContain('git config --global user.name "Förnamn Efternamn"');
  expect(stderr).toContain('git config --global user.email');
}

describe('Git without an identity', () => {
  it('sak init says the two commands, exits 3 and writes nothing', async () => {
    const cwd = makeTempDir('sak-init-noid-');
    const run = await runSak(['init', 'register', '--municipality', 'Testkommun (fiktiv)'], { cwd, env: noIdentity() });
    expect(run.code).toBe(3);
    expectTheTwoCommands(run.stderr);
    expect(run.stderr).toContain('--no-git');
    expect(existsSync(path.join(cwd, 'register'))).toBe(false);
    // With --no-git the register is made without Git.
    expect((await runSak(['init', 'register', '--municipality', 'Testkommun (fiktiv)', '--no-git'], { cwd, env: noIdentity() })).code).toBe(0);
  });

  it('in an existing repository sak init stages nothing', async () => {
    const cwd = makeTempDir('sak-init-noid-');
    await git(cwd, ['init', '-q']);
    const run = await runSak(['init', '.', '--municipality', 'Testkommun (fiktiv)'], { cwd, env: noIdentity() });
    expect(run.code).toBe(3);
    expect(readdirSync(cwd)).toEqual(['.git']);
    expect((await git(cwd, ['status', '--porcelain'])).stdout).toBe('');
  });

  it('every write command: exit 3, the file as it was, nothing staged; --no-commit writes', async () => {
    const root = await makeGitRegister();
    const env = noIdentity();
    const add = await runSak(['add', 'incident', '--title', 'Test (fiktiv)', '--date', '2026-11-20', '--unit', 'kommunstyrelsen', '--category', 'theft', '--severity', 'low'], { cwd: root, env });
    expect(add.code).toBe(3);
    expectTheTwoCommands(add.stderr);
    expect(add.stderr).toContain('--no-commit');
    const before = readText(root, 'actions/ACT-avtal-med-nvk.yaml');
    const set = await runSak(['set', 'ACT-avtal-med-nvk', 'status=done'], { cwd: root, env });
    expect(set.code).toBe(3);
    expectTheTwoCommands(set.stderr);
    expect(readText(root, 'actions/ACT-avtal-med-nvk.yaml')).toBe(before);
    writeFileSync(path.join(root, 'lista.csv'), 'Titel;Datum;Enhet;Kategori;Allvarlighetsgrad\nTest (fiktiv);2026-11-20;kommunstyrelsen;Stöld;Låg\n');
    const imported = await runSak(['import', 'incident', 'lista.csv'], { cwd: root, env });
    expect(imported.code).toBe(3);
    expect((await runSak(['close', 'ACT-avtal-med-nvk'], { cwd: root, env })).code).toBe(3);
    expect((await runSak(['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed'], { cwd: root, env })).code).toBe(3);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('?? lista.csv\n');
    // In English too, and --no-commit writes without Git.
    expect((await runSak(['--lang', 'en', 'set', 'ACT-avtal-med-nvk', 'status=done'], { cwd: root, env })).stderr).toContain('Git does not know who you are');
    expect((await runSak(['set', 'ACT-avtal-med-nvk', 'status=in_progress', '--no-commit'], { cwd: root, env })).code).toBe(0);
  });

  it('an author from the environment but no committer: exit 3, the file as it was', async () => {
    const root = await makeGitRegister();
    const env = { ...noIdentity(), GIT_AUTHOR_NAME: 'Anna Author', GIT_AUTHOR_EMAIL: 'anna@example.invalid' };
    const before = readText(root, 'actions/ACT-avtal-med-nvk.yaml');
    const set = await runSak(['set', 'ACT-avtal-med-nvk', 'status=done'], { cwd: root, env });
    expect(set.code).toBe(3);
    expectTheTwoCommands(set.stderr);
    expect(readText(root, 'actions/ACT-avtal-med-nvk.yaml')).toBe(before);
  });
});
