import type { Command } from 'commander';
import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps } from '../command-deps.js';
import { addWriteOptions } from './write-options.js';

/** Declares `sak edit <id>`. */
export function defineEdit(program: Command, { withContext, lang }: CommandDeps): void {
  const command = program
    .command('edit')
    .description(recordHelp(lang, 'edit'))
    .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
    .argument('<id>', recordHelp(lang, 'arg.id'))
    .addHelpText('before', recordHelp(lang, 'edit.before'))
    .addHelpText('after', recordHelp(lang, 'edit.after'));
  addWriteOptions(command, lang).action(
    withContext(async (options, ctx, args) => {
      const { runEdit } = await import('../../commands/edit.js');
      return runEdit(args[0] ?? '', options, ctx);
    }),
  );
}
