import path from 'node:path';
import { AUDIENCES } from '../../commands/option-choices.js';
import type { SiteCommandOptions } from '../../commands/site.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';

/** Declares `sak site`. The output folder is resolved here, against the working directory of the process. */
export function defineSite(program: Program, { t, withContext }: CommandDeps): void {
  program
    .command('site')
    .description(t('site'))
    .helpOption('-h, --help', t('opt.help'))
    .option('-o, --output <dir>', t('opt.site-output'))
    .addOption(choiceOption('--audience <audience>', t('opt.site-audience'), AUDIENCES))
    .option('--at <date>', t('opt.check-at'))
    .option('--site-url <url>', t('opt.site-url'))
    .option('--no-cache', t('opt.no-cache'))
    .addHelpText('before', t('site.before'))
    .addHelpText('after', t('site.after'))
    .action(
      withContext(async (ctx, options) => {
        const { runSite } = await import('../../commands/site.js');
        const output = options.output === undefined ? undefined : path.resolve(ctx.cwd, options.output);
        return runSite(declared<SiteCommandOptions>()({ ...options, output }), ctx);
      }),
    );
}
