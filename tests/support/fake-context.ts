// The context a command's run function gets, made by hand for tests that call it in-process
// (to drive its prompts through @inquirer/testing): the register folder, Swedish, a fixed
// today, git through the tests' helper process, and the output captured.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from '../../src/commands/context.js';
import { copyTree } from './copy-tree.js';
import { spawnTestGit } from './git-spawner.js';

/** What the command printed, appended as it prints. */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/** How the fake context differs from a Swedish terminal on 2026-11-26. */
export interface FakeContextOptions {
  /** False: stdin or stdout is not a terminal, so nothing is asked. */
  interactive?: boolean;
  today?: string;
  /** The environment git runs with (a Git identity, for a command that commits). */
  gitEnv?: Record<string, string>;
}

/**
 * A context on the register at `root`, on a terminal unless told otherwise. It has no
 * `loadRegister`: the commands these tests run (`sak add`, `sak review`, `sak edit`) read single records.
 */
export function fakeContext(root: string, options: FakeContextOptions = {}): { ctx: Context; out: CapturedOutput } {
  const out: CapturedOutput = { stdout: '', stderr: '' };
  const ctx: Context = {
    registerRoot: root,
    env: {},
    git: { env: options.gitEnv ?? {}, spawn: spawnTestGit },
    cwd: root,
    readStdin: () => Buffer.alloc(0),
    lang: 'sv',
    today: options.today ?? '2026-11-26',
    out: { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), color: false, interactive: options.interactive ?? true },
    loadRegister: () => Promise.reject(new Error('this command must not read the whole register')),
  };
  return { ctx, out };
}

/** A fake context on a fresh copy of the example register (`register/`), with the copy's folder. */
export function fakeContextOnExample(options: FakeContextOptions = {}): { ctx: Context; out: CapturedOutput; root: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'sak-unit-'));
  copyTree(path.resolve(import.meta.dirname, '..', '..', 'register'), root);
  return { ...fakeContext(root, options), root };
}
