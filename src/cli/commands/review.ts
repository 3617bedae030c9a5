import { Option } from '@commander-js/extra-typings';
import { recordHelp } from '../../i18n/help-records.js';
import type { ReviewOptions } from '../../commands/review.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { NoInputOption, addWriteOptions, collect } from './write-options.js';

/** Declares `sak review <id> [--date D] ...`; which options apply depends on the record's kind. */
export function defineReview(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof recordHelp>[1]) => recordHelp(lang, key);
  const command = program
    .command('review')
    .description(h('review'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<id>', h('arg.id'))
    .option('--date <date>', h('opt.review-date'))
    .option('--outcome <outcome>', h('opt.outcome'))
    .option('--by <text>', h('opt.by'))
    .option('--body <unit>', h('opt.body'))
    .option('--paragraph <text>', h('opt.paragraph'))
    .option('--dnr <text>', h('opt.dnr'))
    .option('--note <text>', h('opt.note'))
    .option('--next <date>', h('opt.next'))
    .option('--likelihood <n>', h('opt.likelihood'))
    .option('--consequence <n>', h('opt.consequence'))
    .option('--result <result>', h('opt.result'))
    .addOption(new Option('--finding <severity:text>', h('opt.finding')).argParser(collect))
    .option('--percent <n>', h('opt.percent'))
    .option('--fire <status>', h('opt.fire'))
    .option('--intrusion <status>', h('opt.intrusion'))
    .option('--reported-to <authority>', h('opt.reported-to'))
    .option('--stage <stage>', h('opt.stage'))
    .addOption(new NoInputOption(h('opt.review-no-input')))
    .addHelpText('before', h('review.before'))
    .addHelpText('after', h('review.after'));
  addWriteOptions(command, lang).action(
    withContext(async (ctx, id, options) => {
      const { runReview } = await import('../../commands/review.js');
      return runReview(id, declared<ReviewOptions>()(options), ctx);
    }),
  );
}
