import type { Command } from 'commander';
import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps } from '../command-deps.js';
import { addWriteOptions } from './write-options.js';

/** Declares `sak close <id> [--date D] [--note TEXT]`. */
export function defineClose(program: Command, { withContext, lang }: CommandDeps): void {
  const command = program
    .command('close')
    .description(recordHelp(lang, 'close'))
    .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
    .argument('<id>', recordHelp(lang, 'arg.id'))
    .option('--date <date>', recordHelp(lang, 'opt.close-date'))
    .option('--note <text>', recordHelp(lang, 'opt.close-note'))
    .addHelpText('before', recordHelp(lang, 'close.before'))
    .addHelpText('after', recordHelp(lang, 'close.after'));
  addWriteOptions(command, lang).action(
    withContext(async (options, ctx, args) => {
      const { runClose } = await import('../../commands/close.js');
      return runClose(args[0] ?? '', options, ctx);
    }),
  );
}
