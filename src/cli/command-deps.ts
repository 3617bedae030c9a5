import type { Command, OptionValues } from 'commander';
import type { Context } from '../commands/context.js';
import type { HelpKey } from '../i18n/help.js';
import type { Lang } from '../i18n/lang.js';

/** Wraps a command's run function as a commander action that gets the context. */
export type WithContext = (run: (options: OptionValues, ctx: Context, args: string[]) => Promise<number>) => (...params: unknown[]) => Promise<void>;

/** What a command definition gets to declare itself. */
export interface CommandDeps {
  t: (key: HelpKey) => string;
  withContext: WithContext;
  lang: Lang;
  /** True when the command line runs or asks help for this command, so its full definition is needed. */
  wants(command: string): boolean;
}

/** Declares one command (and its help) on the program. */
export type DefineCommand = (program: Command, deps: CommandDeps) => void | Promise<void>;
