import { recordHelp } from '../../i18n/help-records.js';
import type { WriteOptions } from '../../commands/record-write.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { addWriteOptions } from './write-options.js';

/** Declares `sak edit <id>`. */
export function defineEdit(program: Program, { withContext, lang }: CommandDeps): void {
  const command = program
    .command('edit')
    .description(recordHelp(lang, 'edit'))
    .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
    .argument('<id>', recordHelp(lang, 'arg.id'))
    .addHelpText('before', recordHelp(lang, 'edit.before'))
    .addHelpText('after', recordHelp(lang, 'edit.after'));
  addWriteOptions(command, lang).action(
    withContext(async (ctx, id, options) => {
      const { runEdit } = await import('../../commands/edit.js');
      return runEdit(id, declared<WriteOptions>()(options), ctx);
    }),
  );
}
