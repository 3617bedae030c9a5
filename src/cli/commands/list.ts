import { KIND_NAMES } from '../../core/kinds.js';
import { recordHelp } from '../../i18n/help-records.js';
import { AUDIENCES, LIST_FORMATS } from '../../commands/option-choices.js';
import type { ListOptions } from '../../commands/list.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';

/** Declares `sak list [kind]`. */
export function defineList(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof recordHelp>[1]) => recordHelp(lang, key);
  program
    .command('list')
    .description(h('list'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('[kind]', recordHelp(lang, 'arg.kind', { kinds: KIND_NAMES.join(', ') }))
    .option('--status <status>', h('opt.status'))
    .option('--unit <unit>', h('opt.unit'))
    .option('--area <area>', h('opt.area'))
    .option('--year <year>', h('opt.year'))
    .addOption(choiceOption('--format <format>', h('opt.list-format'), LIST_FORMATS))
    .option('-o, --output <file>', h('opt.list-output'))
    .option('--csv-separator <separator>', h('opt.csv-separator'))
    .option('--codes', h('opt.codes'))
    .addOption(choiceOption('--audience <audience>', h('opt.audience'), AUDIENCES))
    .option('--no-cache', h('opt.no-cache'))
    .addHelpText('before', h('list.before'))
    .addHelpText('after', h('list.after'))
    .action(
      withContext(async (ctx, kind, options) => {
        const { runList } = await import('../../commands/list.js');
        return runList(kind, declared<ListOptions>()(options), ctx);
      }),
    );
}
