import { readFdAtMost } from '../store/user-input.js';
import type { Interrupt } from './interrupt.js';
import type { Styles } from '../render/styles.js';
import { PLAIN_STYLES } from '../render/styles.js';
import { visibleControls } from '../render/control-chars.js';

/** Where a command writes: data to stdout, messages to stderr. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when colour may be used on stderr/stdout. */
  color: boolean;
  /** True when stdin and stdout are terminals (prompts are possible). */
  interactive: boolean;
  /** Bytes to stdout as they are (a workbook led to a file); absent where the output takes text only. */
  stdoutBytes?(data: Uint8Array): void;
  /** True when stdout is a terminal (a workbook is not written there). */
  stdoutTerminal?: boolean;
}

/** Decides whether colour may be used (cli.md: --no-color, NO_COLOR, TERM=dumb, not a TTY; FORCE_COLOR forces). */
export function colorEnabled(options: { noColor: boolean; env: Readonly<Record<string, string | undefined>>; isTTY: boolean }): boolean {
  const { noColor, env, isTTY } = options;
  if (noColor) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** What sak reads from and writes to: the process's streams, or captured ones in a test. */
export interface ProgramIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Bytes to stdout as they are (`sak list --format xlsx > lista.xlsx`). */
  stdoutBytes?(data: Uint8Array): void;
  /** Standard input, at most `limit` bytes (InputLimitError beyond). */
  readStdin(limit: number): Buffer;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Ctrl-C during writes (the process's SIGINT; a test passes its own, none: never interrupted). */
  interrupt?: Interrupt;
}

/** The process's standard streams. */
export function processIo(): ProgramIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutBytes: (data) => void process.stdout.write(data),
    readStdin: (limit) => readFdAtMost(0, limit),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
  };
}

/** A command's output on the program's streams, control characters made visible (render/control-chars.ts). */
export function programOutput(io: ProgramIo, color: boolean): Output {
  return {
    stdout: (text) => io.stdout(visibleControls(text, color)),
    stderr: (text) => io.stderr(visibleControls(text, color)),
    color,
    interactive: io.stdinIsTTY && io.stdoutIsTTY,
    stdoutTerminal: io.stdoutIsTTY,
    ...(io.stdoutBytes ? { stdoutBytes: io.stdoutBytes } : {}),
  };
}

/** Terminal styles: chalk when colour is on (loaded only then), plain otherwise. */
export async function terminalStyles(color: boolean): Promise<Styles> {
  if (!color) return PLAIN_STYLES;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { error: chalk.red, warning: chalk.yellow, ok: chalk.green, dim: chalk.dim, bold: chalk.bold };
}
