import { recordHelp } from '../../i18n/help-records.js';
import type { CloseOptions } from '../../commands/close.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { addWriteOptions } from './write-options.js';

/** Declares `sak close <id> [--date D] [--note TEXT]`. */
export function defineClose(program: Program, { withContext, lang }: CommandDeps): void {
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
    withContext(async (ctx, id, options) => {
      const { runClose } = await import('../../commands/close.js');
      return runClose(id, declared<CloseOptions>()(options), ctx);
    }),
  );
}
