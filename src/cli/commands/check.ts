import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak check`. */
export function defineCheck(program: Command, { t, withContext }: CommandDeps): void {
  program
    .command('check')
    .description(t('check'))
    .helpOption('-h, --help', t('opt.help'))
    .option('--at <date>', t('opt.check-at'))
    .option('--horizon <duration>', t('opt.horizon'))
    .option('--fail-on <level>', t('opt.fail-on'))
    .option('--format <format>', t('opt.check-format'))
    .option('--all', t('opt.all'))
    .option('--unit <unit>', t('opt.check-unit'))
    .option('--owner <unit>', t('opt.check-owner'))
    .option('--site-url <url>', t('opt.site-url'))
    .option('--no-cache', t('opt.no-cache'))
    .addHelpText('before', t('check.before'))
    .addHelpText('after', t('check.after'))
    .action(
      withContext(async (options, ctx) => {
        const { runCheck } = await import('../../commands/check.js');
        return runCheck(options, ctx);
      }),
    );
}
