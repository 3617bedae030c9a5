// Shared helpers of the end-to-end tests: temporary registers under Git, runs of the built
// bin/sak.js (plain, or on a pseudo-terminal for prompts), and a few Git queries.
// Builds on support/sak.ts; every register made here is a copy, never the work tree.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO_ROOT, SAK_BIN, copyExampleRegister, makeMinimalRegister, makeTempDir, runSak, runSakBinary, tempFolderEnv } from './support/sak.js';
import type { SakRun } from './support/sak.js';
import { copyTree } from '../support/copy-tree.js';
import { spawnTestGit } from '../support/git-spawner.js';

export { REPO_ROOT, SAK_BIN, copyExampleRegister, copyRegister, makeMinimalRegister, makeTempDir, runSak, runSakBinary, writeRecord } from './support/sak.js';
export type { SakRun } from './support/sak.js';

/**
 * How many times a test of crashes or concurrency repeats its real processes: SAK_TEST_RUNS
 * when set (`npm run test:slow` sets the large count), else the small default.
 */
export function testRuns(small: number, large: number): number {
  const given = process.env.SAK_TEST_RUNS;
  if (given === 'slow') return large;
  const n = Number(given);
  return given && Number.isInteger(n) && n > 0 ? n : small;
}

/** The date the tests run "today" (sak reads SAK_TODAY; support/sak.ts sets it). */
export const TODAY = '2026-11-26';

/**
 * A Git identity and settings that make commits work in a bare HOME, the same everywhere.
 * maintenance.auto=false: after every commit (and merge) git otherwise starts
 * `git maintenance run --auto`, a process of its own that finds nothing to do in a test's
 * small repository (some 250 of them in a run of the suite).
 */
export const GIT_ENV: Record<string, string> = {
  GIT_AUTHOR_NAME: 'Test Testsson',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test Testsson',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'maintenance.auto',
  GIT_CONFIG_VALUE_0: 'false',
};

/** Runs git in a folder (never through a shell); never throws on a non-zero exit. */
export async function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<SakRun> {
  const exit = await spawnTestGit(cwd, args, { env: { PATH: process.env.PATH ?? '', HOME: cwd, ...GIT_ENV, ...env } });
  const code = exit.error ? (typeof exit.error.code === 'number' ? exit.error.code : 1) : 0;
  return { code, stdout: exit.stdout.toString('utf8'), stderr: exit.stderr };
}

/** Runs git and returns its stdout; throws when git fails (test set-up). */
export async function gitOk(cwd: string, args: readonly string[]): Promise<string> {
  const run = await git(cwd, args);
  if (run.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** Per worker, a register of each source committed once: makeGitRegister copies it. */
const committedTemplates = new Map<'example' | 'minimal', Promise<string>>();

async function committedTemplate(source: 'example' | 'minimal'): Promise<string> {
  const root = source === 'example' ? copyExampleRegister() : makeMinimalRegister();
  await gitOk(root, ['init', '-q', '-b', 'main']);
  await gitOk(root, ['add', '-A']);
  await gitOk(root, ['commit', '-q', '-m', 'init']);
  // Every copy is a folder to write and, when the run ends, to remove: the commit's objects
  // go into one pack (a hundred loose files less per register; git reads both alike), and
  // git init's sample hooks, which never run, are left out (the hooks folder stays).
  await gitOk(root, ['repack', '-a', '-d', '-q']);
  const hooks = path.join(root, '.git', 'hooks');
  for (const name of readdirSync(hooks)) if (name.endsWith('.sample')) rmSync(path.join(hooks, name));
  return root;
}

/**
 * A fresh register in a new Git repository with one commit of everything: a copy of the
 * example register (default) or the minimal fictitious one of support/sak.ts. The repository
 * is made once per worker and copied, `.git` and all (three gits fewer per register); the
 * copy is a repository of its own, and git refreshes its index's file times on first use.
 */
export async function makeGitRegister(source: 'example' | 'minimal' = 'example'): Promise<string> {
  let template = committedTemplates.get(source);
  if (!template) {
    template = committedTemplate(source);
    committedTemplates.set(source, template);
  }
  const root = makeTempDir();
  copyTree(await template, root);
  return root;
}

/** Runs sak in-process in a register with the Git identity of GIT_ENV (HOME is the register, so no user config applies). */
export function sak(root: string, args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<SakRun> {
  return runSak(args, { cwd: root, env: { ...GIT_ENV, ...options.env }, ...(options.input !== undefined ? { input: options.input } : {}) });
}

/** The same as `sak`, as the built bin/sak.js in a child process (signals, crashes, concurrency, packaging). */
export function sakBinary(root: string, args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<SakRun> {
  return runSakBinary(args, { cwd: root, env: { ...GIT_ENV, ...options.env }, ...(options.input !== undefined ? { input: options.input } : {}) });
}

/** The text of a file of a register. */
export function readText(root: string, rel: string): string {
  return readFileSync(path.join(root, ...rel.split('/')), 'utf8');
}

/** The files a commit touched (default HEAD), `/`-separated and relative to the repository root. */
export async function filesOfCommit(root: string, ref = 'HEAD'): Promise<string[]> {
  const out = await gitOk(root, ['show', '--name-only', '--format=', ref]);
  return out.split('\n').filter(Boolean);
}

/** The number of commits on HEAD. */
export async function commitCount(root: string): Promise<number> {
  return Number((await gitOk(root, ['rev-list', '--count', 'HEAD'])).trim());
}

/** The subject of a commit (default HEAD). */
export async function commitSubject(root: string, ref = 'HEAD'): Promise<string> {
  return (await gitOk(root, ['log', '-1', '--format=%s', ref])).trim();
}

/** One step of a terminal session: wait until the screen shows `waitFor`, then type `send`. */
export interface TerminalStep {
  waitFor: RegExp;
  send: string;
}

/** Keys as a terminal sends them. */
export const KEYS = { enter: '\r', down: '\x1b[B', up: '\x1b[A', ctrlC: '\x03', escape: '\x1b', space: ' ', backspace: '\x7f' } as const;

/** What a terminal session printed (escape sequences removed) and its exit code. */
export interface TerminalRun {
  code: number;
  output: string;
}

function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs sak on a pseudo-terminal (util-linux `script`), so stdin and stdout are terminals
 * and prompts appear; types each step's keys once its text is on the screen. Rejects when
 * a step's text does not appear within `timeoutMs`.
 */
export function runSakInTerminal(root: string, args: readonly string[], steps: readonly TerminalStep[], options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<TerminalRun> {
  const command = [process.execPath, SAK_BIN, ...args].map(shellQuote).join(' ');
  const env = { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', TERM: 'xterm', SAK_TODAY: TODAY, ...GIT_ENV, ...tempFolderEnv(), ...options.env };
  const child = spawn('script', ['-qefc', command, '/dev/null'], { cwd: root, env });
  let raw = '';
  child.stdout.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    raw += chunk.toString('utf8');
  });
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const timeout = options.timeoutMs ?? 15_000;
  return (async () => {
    let seen = 0;
    for (const step of steps) {
      const started = Date.now();
      for (;;) {
        const screen = stripVTControlCharacters(raw.slice(seen));
        const match = step.waitFor.exec(screen);
        if (match) {
          // Later steps look only at what came after this step's text.
          seen = raw.length;
          break;
        }
        if (Date.now() - started > timeout || child.exitCode !== null) {
          child.kill();
          throw new Error(`waited for ${step.waitFor} but the terminal shows:\n${stripVTControlCharacters(raw)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      child.stdin.write(step.send);
    }
    const code = await exited;
    return { code, output: stripVTControlCharacters(raw) };
  })();
}

/** Runs `node bin/sak.js` with the repository as working folder (for --help and other register-free runs). */
export function sakHere(args: readonly string[], env: Record<string, string> = {}): Promise<SakRun> {
  return runSak(args, { cwd: REPO_ROOT, env });
}
