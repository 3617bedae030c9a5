import path from 'node:path';
import type { Command } from 'commander';
import { reportHelp } from '../../i18n/help-report.js';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak report`. File paths are resolved here, against the working directory of the process. */
export function defineReport(program: Command, { withContext, lang }: CommandDeps): void {
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
    .option('--audience <audience>', h('opt.audience'))
    .option('--format <format>', h('opt.format'))
    .option('--template <name-or-file>', h('opt.template'))
    .option('-o, --output <file>', h('opt.output'))
    .option('--no-cache', h('opt.no-cache'))
    .addHelpText('before', h('report.before'))
    .addHelpText('after', h('report.after'))
    .action(
      withContext(async (options, ctx) => {
        const { runReport } = await import('../../commands/report.js');
        const { isTemplateFile } = await import('../../store/report-templates.js');
        const output = typeof options.output === 'string' && options.output !== '-' ? path.resolve(ctx.cwd, options.output) : options.output;
        const template = typeof options.template === 'string' && isTemplateFile(options.template) ? path.resolve(ctx.cwd, options.template) : options.template;
        return runReport({ ...options, output, template }, ctx);
      }),
    );
}
