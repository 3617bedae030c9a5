import type { Command } from 'commander';
import { recordHelp } from '../../i18n/help-records.js';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak log <id>`. */
export function defineLog(program: Command, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof recordHelp>[1]) => recordHelp(lang, key);
  program
    .command('log')
    .description(h('log'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<id>', h('arg.id'))
    .option('--format <format>', h('opt.log-format'))
    .addHelpText('before', h('log.before'))
    .action(
      withContext(async (options, ctx, args) => {
        const { runLog } = await import('../../commands/log.js');
        return runLog(args[0] ?? '', options, ctx);
      }),
    );
}
