import { recordHelp } from '../../i18n/help-records.js';
import { AUDIENCES, SHOW_FORMATS } from '../../commands/option-choices.js';
import type { ShowOptions } from '../../commands/show.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';

/** Declares `sak show <id>`. */
export function defineShow(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof recordHelp>[1]) => recordHelp(lang, key);
  program
    .command('show')
    .description(h('show'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<id>', h('arg.id'))
    .addOption(choiceOption('--format <format>', h('opt.show-format'), SHOW_FORMATS))
    .option('--at <date>', h('opt.at'))
    .addOption(choiceOption('--audience <audience>', h('opt.audience'), AUDIENCES))
    .option('--no-cache', h('opt.no-cache'))
    .addHelpText('before', h('show.before'))
    .action(
      withContext(async (ctx, id, options) => {
        const { runShow } = await import('../../commands/show.js');
        return runShow(id, declared<ShowOptions>()(options), ctx);
      }),
    );
}
