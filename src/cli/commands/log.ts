import { recordHelp } from '../../i18n/help-records.js';
import { LOG_FORMATS } from '../../commands/option-choices.js';
import type { LogOptions } from '../../commands/log.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';

/** Declares `sak log <id>`. */
export function defineLog(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof recordHelp>[1]) => recordHelp(lang, key);
  program
    .command('log')
    .description(h('log'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<id>', h('arg.id'))
    .addOption(choiceOption('--format <format>', h('opt.log-format'), LOG_FORMATS))
    .addHelpText('before', h('log.before'))
    .action(
      withContext(async (ctx, id, options) => {
        const { runLog } = await import('../../commands/log.js');
        return runLog(id, declared<LogOptions>()(options), ctx);
      }),
    );
}
