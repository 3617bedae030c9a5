import path from 'node:path';
import { reportHelp } from '../../i18n/help-report.js';
import { AUDIENCES, REPORT_FORMATS } from '../../commands/option-choices.js';
import type { ReportCommandOptions } from '../../commands/report.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';

/** Declares `sak report`. File paths are resolved here, against the working directory of the process. */
export function defineReport(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: Parameters<typeof reportHelp>[1]): string => reportHelp(lang, key);
  program
    .command('report')
    .description(h('report'))
    .helpOption('-h, --help', h('opt.help'))
    .option('--year <year>', h('opt.year'))
    .option('--quarter <quarter>', h('opt.quarter'))
    .option('--from <date>', h('opt.from'))
    .option('--to <date>', h('opt.to'))
    .option('--at <date>', h('opt.at'))
    .addOption(choiceOption('--audience <audience>', h('opt.audience'), AUDIENCES))
    .addOption(choiceOption('--format <format>', h('opt.format'), REPORT_FORMATS))
    .option('--template <name-or-file>', h('opt.template'))
    .option('-o, --output <file>', h('opt.output'))
    .option('--no-cache', h('opt.no-cache'))
    .addHelpText('before', h('report.before'))
    .addHelpText('after', h('report.after'))
    .action(
      withContext(async (ctx, options) => {
        const { runReport } = await import('../../commands/report.js');
        const { isTemplateFile } = await import('../../store/report-templates.js');
        const output = options.output !== undefined && options.output !== '-' ? path.resolve(ctx.cwd, options.output) : options.output;
        const template = options.template !== undefined && isTemplateFile(options.template) ? path.resolve(ctx.cwd, options.template) : options.template;
        return runReport(declared<ReportCommandOptions>()({ ...options, output, template }), ctx);
      }),
    );
}
