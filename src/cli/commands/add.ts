import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps, Program } from '../command-deps.js';

/**
 * Declares `sak add`. Its subcommands carry a flag for every field of every schema, so they
 * are built (and the schemas read) only when `add` is the command being run or documented.
 */
export async function defineAdd(program: Program, deps: CommandDeps): Promise<void> {
  const { lang } = deps;
  const add = program.command('add').description(recordHelp(lang, 'add')).helpOption('-h, --help', recordHelp(lang, 'opt.help')).addHelpText('before', recordHelp(lang, 'add.before'));
  if (!deps.wants('add')) return;
  const { defineAddKinds } = await import('./add-kinds.js');
  defineAddKinds(add, deps);
}
