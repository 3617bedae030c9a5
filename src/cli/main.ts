import { ExitCode, SakError } from '../errors.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { isLang } from '../i18n/lang.js';
import type { Lang } from '../i18n/lang.js';
import { runProgram } from './program.js';

/** Picks the language before the command line is parsed: --lang, else SAK_LANG, else Swedish. */
function earlyLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (isLang(value)) return value;
  }
  return isLang(env.SAK_LANG) ? env.SAK_LANG : 'sv';
}

/** Runs sak with the process's arguments and sets the exit code; the only place that does. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const env = process.env;
  // A reader that stops early (`sak list | head`) is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const lang = earlyLang(argv, env);
  try {
    process.exitCode = await runProgram(argv, { env, cwd: process.cwd(), lang });
  } catch (error) {
    if (error instanceof SakError) {
      process.stderr.write(`sak: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n\n${cliMessage(lang, 'bug')}\n`);
    process.exitCode = ExitCode.environment;
  }
}
