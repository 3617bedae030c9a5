import type { Command } from 'commander';
import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak show <id>`. */
export function defineShow(program: Command, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof recordHelp>[1]) => recordHelp(lang, key);
  program
    .command('show')
    .description(h('show'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<id>', h('arg.id'))
    .option('--format <format>', h('opt.show-format'))
    .option('--at <date>', h('opt.at'))
    .option('--audience <audience>', h('opt.audience'))
    .option('--no-cache', h('opt.no-cache'))
    .addHelpText('before', h('show.before'))
    .action(
      withContext(async (options, ctx, args) => {
        const { runShow } = await import('../../commands/show.js');
        return runShow(args[0] ?? '', options, ctx);
      }),
    );
}
