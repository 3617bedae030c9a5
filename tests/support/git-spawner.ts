// Real git for the in-process tests, started by a small helper process instead of by the test
// worker itself. A worker holds every module of every test file it ran, and Linux copies a
// process's page tables at each fork: measured on the 2-core machine, a git started from a
// 300 MB worker cost about 17 ms of CPU in the worker, from the helper about 1.5 ms. The
// suite starts some ten thousand gits. What git does, and what sak sees of it, is the same:
// the same arguments, folder, environment and input, the same output and exit.
//
// Where Python 3 is at hand the helper is Python (git-helper.py), else Node (and on Windows).
// Python starts a process with vfork, which copies nothing; Node forks even a small helper
// (some 50 MB): measured on the 2-core machine under load, 100 gits cost 2.0-2.2 CPU-s
// through the Node helper and 1.0-1.1 through the Python one. A process fork costs ~10 ms
// of CPU there whatever the process (bash included), so fewer forks is what saves.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { GitExit, GitSpawn } from '../../src/store/git-process.js';

/** The Node helper: runs each request with execFile (no shell) and sends back what git did. */
const HELPER = `
import { execFile } from 'node:child_process';
process.on('message', ({ id, cwd, args, env, input }) => {
  const child = execFile('git', args, { cwd, env, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
    const code = error ? (error.code ?? null) : null;
    process.send({ id, stdout, stderr: stderr.toString('utf8'), error: error ? { code, message: error.message } : undefined });
  });
  if (input !== undefined) {
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  }
});
process.on('disconnect', () => process.exit(0));
`;

interface Reply {
  id: number;
  stdout: Uint8Array;
  stderr: string;
  error?: GitExit['error'];
}

/** What a git gets whose helper ended (killed, crashed) before it answered. */
const HELPER_ENDED: GitExit = { stdout: Buffer.alloc(0), stderr: 'the tests\u2019 git helper ended', error: { code: 'ECHILD', message: 'the tests\u2019 git helper ended' } };

let helper: ChildProcess | undefined;
let nextId = 0;
const pending = new Map<number, (exit: GitExit) => void>();

/** The helper process, started on first use; it keeps the worker alive only while a git runs. */
function started(): ChildProcess {
  if (helper?.connected) return helper;
  const child = spawn(process.execPath, ['--input-type=module', '-e', HELPER], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' });
  child.on('message', (reply: Reply) => {
    const resolve = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) child.channel?.unref();
    resolve?.({ stdout: Buffer.from(reply.stdout.buffer, reply.stdout.byteOffset, reply.stdout.byteLength), stderr: reply.stderr, ...(reply.error ? { error: reply.error } : {}) });
  });
  // Gone (killed, crashed): every git it had not answered fails, and the next one starts a new helper.
  child.on('exit', () => {
    if (helper === child) helper = undefined;
    for (const [id, resolve] of pending) {
      pending.delete(id);
      resolve(HELPER_ENDED);
    }
  });
  child.unref();
  child.channel?.unref();
  helper = child;
  return child;
}

/** Starts git through the Node helper process. */
const spawnThroughNode: GitSpawn = (cwd, args, options) =>
  new Promise((resolve) => {
    const child = started();
    const id = (nextId += 1);
    pending.set(id, resolve);
    child.channel?.ref();
    child.send({ id, cwd, args: [...args], env: options.env, input: options.input });
  });

/** Python 3 to run the helper with: the system's, else the first on the PATH; none on Windows (Node starts processes there without a fork to save). */
function findPython(): string | undefined {
  if (process.platform === 'win32') return undefined;
  const folders = ['/usr/bin', ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
  return folders.map((folder) => path.join(folder, 'python3')).find((file) => existsSync(file));
}

/** The Python helper (git-helper.py), started on first use; undefined when there is no Python. */
let python: ChildProcess | undefined;
const pythonPending = new Map<number, { resolve: (exit: GitExit) => void; args: readonly string[] }>();

function pythonStarted(interpreter: string): ChildProcess {
  if (python) return python;
  const script = fileURLToPath(new URL('git-helper.py', import.meta.url));
  const child = spawn(interpreter, ['-S', '-E', script], { stdio: ['pipe', 'pipe', 'inherit'], env: { PATH: process.env.PATH ?? '' } });
  const stdout = child.stdout as Readable & { ref(): void; unref(): void };
  // Replies: a line `ID CODE OUT-LENGTH ERR-LENGTH`, then that many bytes of stdout and of
  // stderr. A long output comes in many chunks: they are joined once, when all are there.
  let chunks: Buffer[] = [];
  let size = 0;
  let whole = -1;
  stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
    for (;;) {
      if (whole >= 0 && size < whole) return;
      const buffered = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      chunks = [buffered];
      const end = buffered.indexOf(10);
      if (end < 0) return;
      const [id = '', code = '', outLength = '', errLength = ''] = buffered.subarray(0, end).toString('ascii').split(' ');
      const out = end + 1 + Number(outLength);
      whole = out + Number(errLength);
      if (size < whole) return;
      const stdoutBytes = Buffer.from(buffered.subarray(end + 1, out));
      const stderr = buffered.subarray(out, whole).toString('utf8');
      const rest = buffered.subarray(whole);
      chunks = rest.length > 0 ? [rest] : [];
      size = rest.length;
      whole = -1;
      const request = pythonPending.get(Number(id));
      pythonPending.delete(Number(id));
      if (pythonPending.size === 0) stdout.unref();
      request?.resolve(exitOf(code, stdoutBytes, stderr, request.args));
      if (size === 0) return;
    }
  });
  // Gone (killed, crashed, or never started): every git it had not answered fails, and the next one starts a new helper.
  const gone = () => {
    if (python === child) python = undefined;
    for (const [id, { resolve }] of pythonPending) {
      pythonPending.delete(id);
      resolve(HELPER_ENDED);
    }
  };
  child.on('exit', gone);
  child.on('error', gone);
  child.stdin?.on('error', () => undefined);
  child.unref();
  stdout.unref();
  python = child;
  return child;
}

/** A reply of the Python helper as Node's execFile reports the same end of git. */
function exitOf(code: string, stdout: Buffer, stderr: string, args: readonly string[]): GitExit {
  if (code === '0') return { stdout, stderr };
  if (/^\d+$/.test(code)) return { stdout, stderr, error: { code: Number(code), message: `Command failed: git ${args.join(' ')}\n${stderr}` } };
  if (code === 'signal') return { stdout, stderr, error: { code: null, message: `Command failed: git ${args.join(' ')}\n${stderr}` } };
  return { stdout, stderr, error: { code, message: `spawn git ${code}` } };
}

const PYTHON = findPython();

/** Starts git through the Python helper. */
const spawnThroughPython: GitSpawn = (cwd, args, options) =>
  new Promise((resolve) => {
    const child = pythonStarted(PYTHON as string);
    const id = (nextId += 1);
    pythonPending.set(id, { resolve, args });
    (child.stdout as Readable & { ref(): void }).ref();
    child.stdin?.write(`${JSON.stringify({ id, cwd, args, env: options.env, input: options.input })}\n`);
  });

/** Starts git through the helper process: what the in-process tests give sak as its way to start git. */
export const spawnTestGit: GitSpawn = PYTHON ? spawnThroughPython : spawnThroughNode;
