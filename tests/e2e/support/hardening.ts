// Helpers of the hardening tests: snapshots of a register's bytes, the marks of an internal
// fault, and runs of the built sak with a closed or never-closed stdin, a file-size limit
// (a full disk, as the kernel reports it) or a time limit.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { SAK_BIN } from './sak.js';
import type { SakRun } from './sak.js';

/** Every file of a register with its bytes (symlinks by target, folders as empty entries), leaving out .git and sak's cache. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      // Git's own files and sak's cache (cli.md: never part of the register's data) are left out.
      if (/(^|\/)(\.git|\.sak\/cache)$/.test(childRel)) continue;
      const abs = path.join(dir, name);
      const stat = lstatSync(abs);
      if (stat.isSymbolicLink()) out.set(childRel, `link:${readlinkSync(abs)}`);
      else if (stat.isDirectory()) {
        if (!/(^|\/)\.sak$/.test(childRel)) out.set(`${childRel}/`, 'dir');
        walk(abs, childRel);
      } else out.set(childRel, readFileSync(abs).toString('base64'));
    }
  };
  if (existsSync(root)) walk(root, '');
  return out;
}

/** Asserts that a register holds exactly the files and bytes of an earlier snapshot. */
export function expectUnchanged(root: string, before: Map<string, string>): void {
  const after = snapshot(root);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key)).sort();
  expect(changed, 'files that changed').toEqual([]);
}

/** Asserts that a run ended as an expected failure: no stack trace and no "report this" line. */
export function expectNoFault(run: Pick<SakRun, 'stderr'> & { stdout?: string }): void {
  const text = `${run.stdout ?? ''}${run.stderr}`;
  expect(text, 'a stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(text, 'the bug line').not.toMatch(/internt fel|internal error|Rapportera gärna|Please report/);
  expect(text).not.toMatch(/RangeError|TypeError|ReferenceError|SyntaxError: /);
}

/** What a run under a limit gave: as SakRun, plus whether the time limit killed it. */
export interface LimitedRun extends SakRun {
  timedOut: boolean;
  ms: number;
}

/**
 * Runs the built sak through `sh` so that shell limits apply (`ulimit -f 0`: every write
 * to a file fails with EFBIG as on a full disk; Node ignores SIGXFSZ). stdin is `closed`
 * (ends at once), `open` (a pipe nobody writes to or closes: a prompt would wait forever)
 * or a text. Killed after `timeoutMs`.
 */
export function runLimited(
  cwd: string,
  args: readonly string[],
  options: { env?: Record<string, string>; ulimit?: string; stdin?: 'closed' | 'open' | { text: string }; timeoutMs?: number } = {},
): Promise<LimitedRun> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1', SAK_TODAY: '2026-11-26', ...options.env };
  const prefix = options.ulimit ? `ulimit ${options.ulimit}; ` : '';
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', `${prefix}exec "$0" "$@"`, process.execPath, SAK_BIN, ...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 15_000);
    const stdin = options.stdin ?? 'closed';
    if (stdin === 'closed') child.stdin.end();
    else if (stdin !== 'open') child.stdin.end(stdin.text);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (stdin === 'open') child.stdin.destroy();
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

export { seededRandom } from '../../../src/core/seeded-random.js';
