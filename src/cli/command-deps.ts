import type { Command } from '@commander-js/extra-typings';
import type { Context } from '../commands/context.js';
import type { HelpKey } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';

/** The options of the program itself, given before or after the command. */
export type GlobalOptions = {
  register?: string | undefined;
  lang?: string | undefined;
  color: boolean;
};

/** The commander program as the commands see it: its options typed, so `opts()` and each command's `optsWithGlobals()` are too. */
export type Program = Command<[], GlobalOptions>;

/**
 * Wraps a command's run function as its commander action: the run function gets the context,
 * then the arguments and options exactly as commander typed them from the command's
 * declaration (@commander-js/extra-typings), and returns the exit code.
 */
export type WithContext = <Params extends unknown[]>(run: (ctx: Context, ...params: Params) => Promise<number>) => (...params: Params) => Promise<void>;

/** What a command definition gets to declare itself. */
export interface CommandDeps {
  t: (key: HelpKey) => string;
  withContext: WithContext;
  lang: Lang;
  /** True when the command line runs or asks help for this command, so its full definition is needed. */
  wants(command: string): boolean;
}

/** Declares one command (and its help) on the program. */
export type DefineCommand = (program: Program, deps: CommandDeps) => void | Promise<void>;

/** The keys that one of two types has and the other lacks. */
type KeysApart<A, B> = Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>;

/**
 * The options commander parsed, passed on as the type the run function takes, only when the
 * command declares exactly the options that function reads: a flag it never reads, or an
 * option it reads that no flag gives, is a compile error naming the key. (Assignability alone
 * would let an optional option go undeclared.) `declared<CheckOptions>()(options)`.
 */
export function declared<Expected extends object>() {
  return <Parsed extends Expected>(options: Parsed & Record<KeysApart<Parsed, Expected>, 'a flag the run function does not read, or an option it reads that no flag declares'>): Expected => options;
}
