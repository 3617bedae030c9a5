import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { helpConfiguration } from './help-language.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { isLang } from '../i18n/lang.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { helpText, translateCommanderError } from '../i18n/help.js';
import type { HelpKey } from '../i18n/help.js';
import type * as ConfigLocale from '../store/config-locale.js';
import type { GitSpawn } from '../store/git-process.js';
import { defineValidate } from './commands/validate.js';
import { defineCheck } from './commands/check.js';
import { defineAdd } from './commands/add.js';
import { defineSet } from './commands/set.js';
import { defineClose } from './commands/close.js';
import { defineReview } from './commands/review.js';
import { defineEdit } from './commands/edit.js';
import { defineList } from './commands/list.js';
import { defineShow } from './commands/show.js';
import { defineLog } from './commands/log.js';
import { defineReport } from './commands/report.js';
import { defineSite } from './commands/site.js';
import { defineInit } from './commands/init.js';
import { defineImport } from './commands/import.js';
import { defineCompletion } from './commands/completion.js';
import { defineSchema } from './commands/schema.js';
import { onboardingHelp } from '../i18n/help-onboarding.js';
import type { Context, LoadedRegister } from '../commands/context.js';
import type { DefineCommand, GlobalOptions, Program, WithContext } from './command-deps.js';
import { OptionValueError } from './choice-option.js';
import { buildId, sakVersion } from './version.js';
import { colorEnabled, programOutput } from '../ui/output.js';
import type { ProgramIo } from '../ui/output.js';
import { localToday } from './options.js';

/** The commands of sak, each declared in its own file under cli/commands/ (the action modules load lazily). */
export const COMMANDS: DefineCommand[] = [defineValidate, defineCheck, defineAdd, defineSet, defineClose, defineReview, defineEdit, defineList, defineShow, defineLog, defineReport, defineSite, defineInit, defineImport, defineSchema, defineCompletion];

/** What the program needs from the process. */
export interface ProgramEnv {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  lang: Lang;
  io: ProgramIo;
  /** How git processes are started (the in-process tests pass their own); none: as children of this process. */
  spawnGit?: GitSpawn;
}

/** Builds the command context from the global options; the register is found only when a command asks. */
async function createContext(globals: GlobalOptions, penv: ProgramEnv): Promise<Context> {
  const { env, cwd } = penv;
  if (globals.lang !== undefined && !isLang(globals.lang)) throw new UsageError(cliMessage(penv.lang, 'usage.bad-lang', { value: globals.lang }));
  const explicitLang = isLang(globals.lang) ? globals.lang : isLang(env.SAK_LANG) ? env.SAK_LANG : undefined;
  const color = colorEnabled({ noColor: !globals.color, env, isTTY: penv.io.stdoutIsTTY });
  // The register's sak.yaml names the language unless an option or SAK_LANG does: load its
  // reader alongside, not after.
  const localeReader = explicitLang ? undefined : import('../store/config-locale.js');
  // Its failure is handled where it is awaited; this keeps it from counting as unhandled meanwhile.
  localeReader?.catch(() => undefined);
  const { findRegisterRoot } = await import('../store/find-register.js');
  let root: string | undefined;
  const context: Context = {
    get registerRoot() {
      root ??= findRegisterRoot({ explicit: globals.register ?? (env.SAK_REGISTER || undefined), cwd, lang: context.lang });
      return root;
    },
    lang: explicitLang ?? penv.lang,
    today: env.SAK_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.SAK_TODAY) ? env.SAK_TODAY : localToday(),
    env,
    // git's process code is loaded only when a command runs git.
    git: { env, spawn: penv.spawnGit ?? (async (...args) => (await import('../store/git-process.js')).spawnGit(...args)) },
    cwd,
    readStdin: penv.io.readStdin,
    ...(penv.io.interrupt ? { interrupt: penv.io.interrupt } : {}),
    out: programOutput(penv.io, color),
    async loadRegister(options = {}): Promise<LoadedRegister> {
      const { loadRegister } = await import('../store/load-register.js');
      return loadRegister(context.registerRoot, { at: options.at ?? context.today, cache: options.cache, version: buildId(), withData: options.withData });
    },
  };
  if (localeReader) context.lang = (await registerLocale(context, localeReader)) ?? 'sv';
  return context;
}

/** The `locale` of the register's sak.yaml, when there is a register and it names one. */
async function registerLocale(context: Context, reader: Promise<typeof ConfigLocale>): Promise<Lang | undefined> {
  try {
    const { readConfigLocale } = await reader;
    return readConfigLocale(context.registerRoot);
  } catch {
    return undefined;
  }
}

/**
 * The command a command line names (and, for `sak help X`, X as well), found without
 * parsing: the first word that is neither an option nor the value of a global option.
 * Empty when no command is named.
 */
export function requestedCommand(argv: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--register' || arg === '--lang') i += 1;
    else if (!arg.startsWith('-')) words.push(arg);
    if (words.length === 2) break;
  }
  return words[0] === 'help' ? words : words.slice(0, 1);
}

/** Parses the command line and runs the command; returns the exit code. */
export async function runProgram(argv: readonly string[], penv: ProgramEnv): Promise<number> {
  const { lang } = penv;
  const t = (key: HelpKey) => helpText(lang, key);
  let exitCode: number = ExitCode.ok;
  const program: Program = new Command('sak')
    .description(t('program'))
    .version(sakVersion(), '-V, --version', t('opt.version'))
    .helpOption('-h, --help', t('opt.help'))
    .helpCommand('help [command]', t('help-command'))
    .addOption(new Option('--register <dir>', t('opt.register')))
    .addOption(new Option('--lang <lang>', t('opt.lang')))
    .option('--no-color', t('opt.no-color'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: (s) => penv.io.stdout(s) })
    .configureHelp(helpConfiguration(lang))
    .addHelpText('after', t('program.after'));

  const withContext: WithContext =
    (run) =>
    async (...params) => {
      const ctx = await createContext(program.opts(), penv);
      exitCode = await run(ctx, ...params);
    };
  if (argv.length === 0) {
    // A short overview, not the full help: the main commands and three examples.
    penv.io.stdout(onboardingHelp(lang, 'overview'));
    return ExitCode.ok;
  }
  // Only a command the line names is declared in full: `sak --version` and `sak --help` show
  // the commands' names and descriptions, never their subcommands (add's kinds read the schemas).
  const requested = requestedCommand(argv);
  const wants = (command: string) => requested.includes(command);
  for (const define of COMMANDS) await define(program, { t, withContext, lang, wants });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    // A bad value of a `.choices()` option, said in the command's language (the register's locale included).
    if (error instanceof OptionValueError) throw new UsageError(error.textIn((await createContext(program.opts(), penv)).lang));
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      throw new UsageError(translateCommanderError(lang, error.code, error.message));
    }
    throw error;
  }
}
