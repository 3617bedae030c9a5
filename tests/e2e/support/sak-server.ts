// sak in this process for programs a test starts: a shell's `sak` (SAK_FUNCTION, or the `sak`
// command of sakForwarder) sends its folder and arguments through one named pipe to the test,
// which runs sak through the program's entry, and prints what comes back through the other.
// The shell, and everything it does around sak, stays real; only the start of a Node process
// for each sak call is saved (that start cost more than all the rest: support/doc-examples.ts,
// tests/e2e/completion.test.ts). The built bin/sak.js as a process is tests/e2e/binary.test.ts.
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawnTestGit } from '../../support/git-spawner.js';
import { makeTempDir } from './sak.js';

/** Runs sak on a command line in a folder, in this process; `write` gets its output in order (1 stdout, 2 stderr). */
async function runSakHere(args: readonly string[], cwd: string, env: Record<string, string>, write: (stream: '1' | '2', text: string) => void): Promise<number> {
  const { runCli } = await import('../../../src/cli/main.js');
  const io = { stdout: (text: string) => write('1', text), stderr: (text: string) => write('2', text), readStdin: () => Buffer.alloc(0), stdoutIsTTY: false, stdinIsTTY: false };
  return runCli([...args], { env: { ...env, HOME: env.HOME ?? cwd }, cwd, io, spawnGit: spawnTestGit });
}

/**
 * The `sak` of the examples' shell: a function that sends its folder and arguments through
 * one named pipe to the test, which runs sak in its own process (starting Node for each of
 * the guides' commands cost more than all the rest of the test), and prints what comes back
 * through the other: NUL-separated pairs of stream and text, then `x` and the exit code.
 */
export const SAK_FUNCTION = `sak() {
  printf '%s\\0' "$PWD" "$@" > "$SAK_DOC_REQUEST"
  local stream text code=0
  while IFS= read -r -d '' stream && IFS= read -r -d '' text; do
    case $stream in
      1) printf '%s' "$text" ;;
      2) printf '%s' "$text" >&2 ;;
      x) code=$text ;;
    esac
  done < "$SAK_DOC_REPLY"
  return "$code"
}
`;

/** Answers the shell's `sak` calls until `done` resolves; see SAK_FUNCTION. */
async function serveSak(pipes: { request: string; reply: string }, env: Record<string, string>, done: Promise<unknown>): Promise<void> {
  let finished = false;
  void done.finally(() => {
    finished = true;
    // The server waits in an open of the request pipe: a writer of its own ends that wait
    // (asynchronous: a FIFO's open waits for the other end, which this thread must go on to make).
    void writeFile(pipes.request, '');
  });
  for (;;) {
    const request = await readFile(pipes.request);
    if (finished && request.length === 0) return;
    const [cwd = '', ...args] = request.toString('utf8').split('\0').slice(0, -1);
    const frames: string[] = [];
    const code = await runSakHere(args, cwd, env, (stream, text) => frames.push(stream, text));
    await writeFile(pipes.reply, `${[...frames, 'x', String(code)].join('\0')}\0`);
  }
}

/** The environment variables that connect a shell's `sak` to the test (SAK_DOC_REQUEST, SAK_DOC_REPLY). */
export interface SakPipes {
  SAK_DOC_REQUEST: string;
  SAK_DOC_REPLY: string;
}

/**
 * Runs `body` with two named pipes through which the `sak` of the shells it starts (given the
 * pipes' environment variables) runs in this process, with `env` and the caller's folder, one
 * call after the other; the calls are answered until `body` settles.
 */
export async function withSakInProcess<T>(env: Record<string, string>, body: (pipes: SakPipes) => Promise<T>): Promise<T> {
  const dir = makeTempDir('sak-doc-pipes-');
  const pipes = { request: path.join(dir, 'request'), reply: path.join(dir, 'reply') };
  execFileSync('mkfifo', [pipes.request, pipes.reply]);
  const result = body({ SAK_DOC_REQUEST: pipes.request, SAK_DOC_REPLY: pipes.reply });
  const [value] = await Promise.all([result, serveSak(pipes, env, result.catch(() => undefined))]);
  return value;
}

/** A folder with a `sak` command (a bash script with SAK_FUNCTION) that runs sak in the test's process through withSakInProcess's pipes. */
export function sakForwarder(): string {
  const bin = makeTempDir('sak-fwd-');
  writeFileSync(path.join(bin, 'sak'), `#!/usr/bin/env bash\n${SAK_FUNCTION}sak "$@"\n`);
  chmodSync(path.join(bin, 'sak'), 0o755);
  return bin;
}
