import path from 'node:path';
import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak site`. The output folder is resolved here, against the working directory of the process. */
export function defineSite(program: Command, { t, withContext }: CommandDeps): void {
  program
    .command('site')
    .description(t('site'))
    .helpOption('-h, --help', t('opt.help'))
    .option('-o, --output <dir>', t('opt.site-output'))
    .option('--audience <audience>', t('opt.site-audience'))
    .option('--at <date>', t('opt.check-at'))
    .option('--site-url <url>', t('opt.site-url'))
    .option('--no-cache', t('opt.no-cache'))
    .addHelpText('before', t('site.before'))
    .addHelpText('after', t('site.after'))
    .action(
      withContext(async (options, ctx) => {
        const { runSite } = await import('../../commands/site.js');
        const output = typeof options.output === 'string' ? path.resolve(ctx.cwd, options.output) : undefined;
        return runSite({ ...options, output }, ctx);
      }),
    );
}
