import { ExitCode, SakError } from '../errors.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { isLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { processIo } from '../ui/output.js';
import { processInterrupt } from '../ui/interrupt.js';
import type { ProgramIo } from '../ui/output.js';
import type { GitSpawn } from '../store/git-process.js';
import { runProgram } from './program.js';
import { visibleControls } from '../render/control-chars.js';

/** Picks the language before the command line is parsed: --lang, else SAK_LANG, else Swedish. */
function earlyLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return isLang(env.SAK_LANG) ? env.SAK_LANG : 'sv';
}

/**
 * Runs sak on a command line and returns its exit code: an expected failure (SakError) is
 * its message and code, anything else a bug (the stack and a line asking to report it, exit 3).
 * The process entry below and the in-process end-to-end tests both run sak through this.
 */
export async function runCli(argv: readonly string[], process: { env: Readonly<Record<string, string | undefined>>; cwd: string; io: ProgramIo; spawnGit?: GitSpawn }): Promise<number> {
  const { env, cwd, io } = process;
  const lang = earlyLang(argv, env);
  try {
    return await runProgram(argv, { env, cwd, lang, io, ...(process.spawnGit ? { spawnGit: process.spawnGit } : {}) });
  } catch (error) {
    if (error instanceof SakError) {
      io.stderr(visibleControls(`sak: ${error.message}\n`, false));
      return error.exitCode;
    }
    io.stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n${cliMessage(lang, 'bug')}\n`);
    return ExitCode.environment;
  }
}

/** Runs sak with the process's arguments and sets the exit code; the only place that does. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A reader that stops early (`sak list | head`) is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // SAK_FAST_YAML=0 reads every file with yaml (CI checks that the two readers agree; the
  // in-process tests switch it in their setup).
  if (process.env.SAK_FAST_YAML === '0') (await import('../core/parse/fast-yaml.js')).setFastReader(false);
  const lang = earlyLang(argv, process.env);
  // Ctrl-C outside a write ends sak at once; during one, the write takes itself back first (ui/interrupt.ts).
  const interrupt = processInterrupt({ cancelled: () => void process.stderr.write(`sak: ${cliMessage(lang, 'cancelled')}\n`), exit: (code) => process.exit(code) });
  process.exitCode = await runCli(argv, { env: process.env, cwd: process.cwd(), io: { ...processIo(), interrupt } });
}
