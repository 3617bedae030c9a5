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
import { execFile } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SAK_BIN, makeTempDir } from './sak.js';
import { SAK_FUNCTION, withSakInProcess } from './sak-server.js';

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

/**
 * Runs the commands one after the other in one bash, in `cwd`, so that `cd` and variables
 * carry over, each with stdout and stderr together; returns each command's output and code.
 * `sak` in the shell is the program run in this process (support/sak-server.ts); every other command is
 * the real one, and a process the commands start (a Git hook) finds the built sak on the PATH.
 */
export async function runCommands(commands: readonly DocCommand[], cwd: string, env: Record<string, string>): Promise<CommandRun[]> {
  const mark = `@@sak-doc-${process.pid}@@`;
  const shellEnv = { PATH: `${sakShim()}${path.delimiter}${process.env.PATH ?? ''}`, HOME: cwd, NO_COLOR: '1', ...env };
  // The mark goes on a line of its own, and `$?` is given back, so that `$ echo $?` works.
  const script = SAK_FUNCTION + commands.map((c) => `{ ${c.command}\n} 2>&1\n__rc=$?; printf '\\n%s %s\\n' '${mark}' "$__rc"; (exit $__rc)`).join('\n');
  const stdout = await withSakInProcess(shellEnv, (pipes) =>
    new Promise<string>((resolve, reject) => {
      execFile('bash', ['-c', script], { cwd, env: { ...shellEnv, ...pipes }, maxBuffer: 64 * 1024 * 1024 }, (error, out) => (error ? reject(error) : resolve(out)));
    }),
  );
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
