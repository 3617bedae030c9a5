// Runs the examples of the documentation (docs/*.md), so that the docs cannot drift from sak.
//
// Fenced blocks tagged for the test:
//   ```sh sak-example       lines `$ command` (a trailing `\` continues it), then the output the
//                           command prints (stdout and stderr together). In output, `…` stands for
//                           any text within a line, and a line of just `…` for any number of lines.
//                           A command that exits non-zero must be followed by `$ echo $?`.
//   ```yaml sak-record      one record; written to its file (from the id) in a fresh register
//                           that `sak init` made, which must then validate without problems.
//   ```yaml sak-config      the sak.yaml of that register.
//   ```yaml sak-file PATH   a file `sak init --lang en` writes (PATH, e.g. .gitlab-ci.yml), exactly.
//   ```yaml sak-yaml        any other YAML, which must parse.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { spawnTestGit } from '../../support/git-spawner.js';
import { SAK_BIN, makeTempDir } from './sak.js';

/** A fenced block of a document that the tests run or check. */
export interface DocBlock {
  type: 'sak-example' | 'sak-record' | 'sak-config' | 'sak-file' | 'sak-yaml';
  /** The word after the type (`sak-file .gitlab-ci.yml`). */
  arg?: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** The tagged blocks of a Markdown text, in order. */
export function extractBlocks(markdown: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^```(?:sh|yaml|text)\s+(sak-example|sak-record|sak-config|sak-file|sak-yaml)(?:\s+(\S+))?\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^```\s*$/.test(lines[j] as string); j += 1) body.push(lines[j] as string);
    blocks.push({ type: open[1] as DocBlock['type'], ...(open[2] ? { arg: open[2] } : {}), body: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** One command of an example and the output the document shows for it. */
export interface DocCommand {
  command: string;
  expected: string[];
  /** Where in the document the command is. */
  line: number;
}

/** The commands of `sak-example` blocks with their expected output. */
export function exampleCommands(blocks: readonly DocBlock[]): DocCommand[] {
  const commands: DocCommand[] = [];
  for (const block of blocks) {
    if (block.type !== 'sak-example') continue;
    const lines = block.body.split('\n');
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as string;
      if (!line.startsWith('$ ')) {
        if (commands.length === 0 || line.trim() === '' && i === lines.length - 1) continue;
        (commands[commands.length - 1] as DocCommand).expected.push(line);
        continue;
      }
      let command = line.slice(2);
      const at = block.line + 1 + i;
      while (command.endsWith('\\') && i + 1 < lines.length) {
        i += 1;
        command = `${command}\n${lines[i] as string}`;
      }
      commands.push({ command, expected: [], line: at });
    }
  }
  return commands;
}

/** True when the output matches the document's expected lines (`…` wildcards). */
export function outputMatches(expected: readonly string[], actual: string): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const trimmed = [...expected];
  while (trimmed.length > 0 && (trimmed[trimmed.length - 1] as string).trim() === '') trimmed.pop();
  const pattern = trimmed.map((line) => (line.trim() === '…' ? '(?:[^\\n]*\\n)*?' : `${escape(line.trimEnd()).replace(/…/g, '[^\\n]*')}\\n`)).join('');
  const text = actual
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
  return new RegExp(`^${pattern}$`).test(text === '' ? '' : `${text}\n`);
}

/** What one command printed and returned. */
export interface CommandRun {
  output: string;
  code: number;
}

/** A folder with a `sak` that runs the built bin/sak.js, for what the examples start outside the shell (a Git hook). */
function sakShim(): string {
  const bin = makeTempDir('sak-bin-');
  writeFileSync(path.join(bin, 'sak'), `#!/bin/sh\nexec "${process.execPath}" "${SAK_BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'sak'), 0o755);
  return bin;
}

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
const SAK_FUNCTION = `sak() {
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

/**
 * Runs the commands one after the other in one bash, in `cwd`, so that `cd` and variables
 * carry over, each with stdout and stderr together; returns each command's output and code.
 * `sak` in the shell is the program run in this process (SAK_FUNCTION); every other command is
 * the real one, and a process the commands start (a Git hook) finds the built sak on the PATH.
 */
export async function runCommands(commands: readonly DocCommand[], cwd: string, env: Record<string, string>): Promise<CommandRun[]> {
  const mark = `@@sak-doc-${process.pid}@@`;
  const pipes = { request: path.join(makeTempDir('sak-doc-pipes-'), 'request'), reply: '' };
  pipes.reply = path.join(path.dirname(pipes.request), 'reply');
  execFileSync('mkfifo', [pipes.request, pipes.reply]);
  const shellEnv = { PATH: `${sakShim()}${path.delimiter}${process.env.PATH ?? ''}`, HOME: cwd, NO_COLOR: '1', ...env };
  // The mark goes on a line of its own, and `$?` is given back, so that `$ echo $?` works.
  const script = SAK_FUNCTION + commands.map((c) => `{ ${c.command}\n} 2>&1\n__rc=$?; printf '\\n%s %s\\n' '${mark}' "$__rc"; (exit $__rc)`).join('\n');
  const shell = new Promise<string>((resolve, reject) => {
    execFile('bash', ['-c', script], { cwd, env: { ...shellEnv, SAK_DOC_REQUEST: pipes.request, SAK_DOC_REPLY: pipes.reply }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
  const [stdout] = await Promise.all([shell, serveSak(pipes, shellEnv, shell.catch(() => undefined))]);
  const runs: CommandRun[] = [];
  let output: string[] = [];
  for (const line of stdout.split('\n')) {
    const done = line.startsWith(`${mark} `) ? Number(line.slice(mark.length + 1)) : undefined;
    if (done === undefined) {
      output.push(line);
      continue;
    }
    runs.push({ output: output.join('\n'), code: done });
    output = [];
  }
  return runs;
}
