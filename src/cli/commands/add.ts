import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps, Program } from '../command-deps.js';
import { NoInputOption } from './write-options.js';

/**
 * Declares `sak add`. Its subcommands carry a flag for every field of every schema, so they
 * are built (and the schemas read) only when `add` is the command being run or documented.
 * Without a kind, `sak add` lists the kinds (and on a terminal lets one be picked).
 */
export async function defineAdd(program: Program, deps: CommandDeps): Promise<void> {
  const { lang, withContext } = deps;
  const add = program
    .command('add')
    .description(recordHelp(lang, 'add'))
    .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
    .addHelpText('before', recordHelp(lang, 'add.before'))
    // A word that is not a kind reaches the action (exit 2 with "menade du …?"), not commander's "unknown command".
    .allowExcessArguments()
    .addOption(new NoInputOption(recordHelp(lang, 'opt.no-input')));
  add.action(
    withContext(async (ctx, options, command) => {
      const { runAddWithoutKind } = await import('../../commands/add-kind-choice.js');
      return runAddWithoutKind(command.args[0], options, ctx);
    }),
  );
  if (!deps.wants('add')) return;
  const { defineAddKinds } = await import('./add-kinds.js');
  defineAddKinds(add, deps);
}
