import { yearFieldsList } from '../../core/kinds.js';
import { recordHelp } from '../../i18n/help-records.js';
import type { SetOptions } from '../../commands/set-where.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { addWriteOptions, collect } from './write-options.js';

/** Declares `sak set <id> PATH=VALUE...`. */
export function defineSet(program: Program, { withContext, lang }: CommandDeps): void {
  const command = program
    .command('set')
    .description(recordHelp(lang, 'set'))
    .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
    .usage(recordHelp(lang, 'set.usage'))
    .argument('[id]', recordHelp(lang, 'arg.id'))
    .argument('[assignments...]', recordHelp(lang, 'arg.assignments'))
    .option(`--where <${recordHelp(lang, 'placeholder.where')}>`, recordHelp(lang, 'opt.where'), collect)
    .option(`--before <${recordHelp(lang, 'placeholder.date')}>`, recordHelp(lang, 'opt.before'))
    .option('--dry-run', recordHelp(lang, 'opt.set-dry-run'))
    .addHelpText('before', recordHelp(lang, 'set.before'))
    .addHelpText('after', recordHelp(lang, 'set.after', { dates: yearFieldsList() }));
  addWriteOptions(command, lang).action(
    withContext(async (ctx, id, assignments, options) => {
      const { runSet } = await import('../../commands/set.js');
      return runSet(id, assignments, declared<SetOptions>()(options), ctx);
    }),
  );
}
