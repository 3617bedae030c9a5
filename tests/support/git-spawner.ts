// Real git for the in-process tests, started by a small helper process instead of by the test
// worker itself. A worker holds every module of every test file it ran, and Linux copies a
// process's page tables at each fork: measured on the 2-core machine, a git started from a
// 300 MB worker cost about 17 ms of CPU in the worker, from the helper about 1.5 ms. The
// suite starts some ten thousand gits. What git does, and what sak sees of it, is the same:
// the same arguments, folder, environment and input, the same output and exit.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { GitExit, GitSpawn } from '../../src/store/git-process.js';

/** The helper: runs each request with execFile (no shell) and sends back what git did. */
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
      resolve({ stdout: Buffer.alloc(0), stderr: 'the tests\u2019 git helper ended', error: { code: 'ECHILD', message: 'the tests\u2019 git helper ended' } });
    }
  });
  child.unref();
  child.channel?.unref();
  helper = child;
  return child;
}

/** Starts git through the helper process: what the in-process tests give sak as its way to start git. */
export const spawnTestGit: GitSpawn = (cwd, args, options) =>
  new Promise((resolve) => {
    const child = started();
    const id = (nextId += 1);
    pending.set(id, resolve);
    child.channel?.ref();
    child.send({ id, cwd, args: [...args], env: options.env, input: options.input });
  });
