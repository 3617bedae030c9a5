// Runs sak in temporary registers: in-process through the program's entry (fast; most
// tests), or as the built bin/sak.js in a child process, the way a user's shell would (the
// tests of signals, crashes, concurrency, terminals and packaging).
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Interrupt } from '../../../src/ui/interrupt.js';
import { copyTree } from '../../support/copy-tree.js';
import { spawnTestGit } from '../../support/git-spawner.js';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The built command-line entry point. */
export const SAK_BIN = path.join(REPO_ROOT, 'bin', 'sak.js');

/** What a run of sak printed and returned. */
export interface SakRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** How a test runs sak: the working folder, the environment on top of the clean one, standard input. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
  /** Stdin is a pipe nobody writes to or closes: reading it throws (a process would wait forever). */
  openStdin?: boolean;
  /** Ctrl-C as the write sees it (tests of all-or-nothing), instead of none. */
  interrupt?: Interrupt;
  /** Runs as on a terminal (stdin and stdout are TTYs): `sak edit` opens $VISUAL. */
  terminal?: boolean;
}

/** The variables that name the temporary folder, so that a child's temporary folders (a copy `sak edit` keeps) go into the run's folder too (tests/support/temp-root.ts). */
export function tempFolderEnv(): Record<string, string> {
  return Object.fromEntries(['TMPDIR', 'TEMP', 'TMP'].flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])));
}

/** The clean environment of a run: PATH, HOME (the working folder), no colour, the tests' today. */
function runEnv(options: RunOptions): Record<string, string> {
  // SAK_FAST_YAML=0 (CI's second run of the validate tests) reaches a child process too.
  const fastYaml: Record<string, string> = process.env.SAK_FAST_YAML === '0' ? { SAK_FAST_YAML: '0' } : {};
  return { PATH: process.env.PATH ?? '', HOME: options.cwd ?? tmpdir(), NO_COLOR: '1', SAK_TODAY: '2026-11-26', ...fastYaml, ...tempFolderEnv(), ...options.env };
}

/**
 * Runs sak in this process through the program's entry (`runCli`, as bin/sak.js does), with
 * the given working folder, environment and stdin, and captured output; never throws on a
 * non-zero exit. Nothing below cli/ reads the process's environment, folder or streams.
 */
export async function runSak(args: readonly string[], options: RunOptions = {}): Promise<SakRun> {
  const { runCli } = await import('../../../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    readStdin: () => {
      if (options.openStdin) throw new Error('sak read stdin, a pipe nobody closes: it would wait forever');
      return Buffer.from(options.input ?? '', 'utf8');
    },
    stdoutIsTTY: options.terminal === true,
    stdinIsTTY: options.terminal === true,
    ...(options.interrupt ? { interrupt: options.interrupt } : {}),
  };
  const code = await runCli([...args], { env: runEnv(options), cwd: options.cwd ?? REPO_ROOT, io, spawnGit: spawnTestGit });
  return { code, stdout, stderr };
}

/** Runs `node bin/sak.js ...args` in a child process with a clean environment; never throws on a non-zero exit. */
export function runSakBinary(args: readonly string[], options: RunOptions = {}): Promise<SakRun> {
  const env = runEnv(options);
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [SAK_BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** A fresh temporary folder. */
export function makeTempDir(prefix = 'sak-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A minimal valid register (fictitious): sak.yaml and two units. */
export function makeMinimalRegister(dir = makeTempDir()): string {
  writeFileSync(path.join(dir, 'sak.yaml'), 'format: 1\nmunicipality: Testkommun (fiktiv)\n');
  mkdirSync(path.join(dir, 'units'));
  writeFileSync(path.join(dir, 'units', 'kommunstyrelsen.yaml'), 'id: kommunstyrelsen\ntitle: Kommunstyrelsen\ntype: executive_board\n');
  writeFileSync(path.join(dir, 'units', 'sakerhetssamordnare.yaml'), 'id: sakerhetssamordnare\ntitle: Säkerhetssamordnare\ntype: role\n');
  return dir;
}

/** A copy of the example register in a fresh temporary folder. */
export function copyExampleRegister(): string {
  return copyRegister('register');
}

/** Writes a file (creating folders) inside a register. */
export function writeRecord(root: string, rel: string, content: string | Buffer): string {
  const abs = path.join(root, ...rel.split('/'));
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** A copy of a register kept in the repository (`register`, `tests/fixtures/…`) in a fresh temporary folder, so runs never write into the work tree. */
export function copyRegister(rel: string): string {
  const dir = makeTempDir();
  copyTree(path.join(REPO_ROOT, ...rel.split('/')), dir);
  return dir;
}
