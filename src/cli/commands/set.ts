import type { Command } from 'commander';
import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps } from '../command-deps.js';
import { addWriteOptions } from './write-options.js';

/** Declares `sak set <id> PATH=VALUE...`. */
export function defineSet(program: Command, { withContext, lang }: CommandDeps): void {
  const command = program
    .command('set')
    .description(recordHelp(lang, 'set'))
    .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
    .argument('<id>', recordHelp(lang, 'arg.id'))
    .argument('<assignments...>', recordHelp(lang, 'arg.assignments'))
    .addHelpText('before', recordHelp(lang, 'set.before'))
    .addHelpText('after', recordHelp(lang, 'set.after'));
  addWriteOptions(command, lang).action(
    withContext(async (options, ctx, args) => {
      const { runSet } = await import('../../commands/set.js');
      const [id = '', ...assignments] = args;
      return runSet(id, assignments, options, ctx);
    }),
  );
}
