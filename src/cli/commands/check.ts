import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { choiceOption } from '../choice-option.js';
import { CHECK_FORMATS, FAIL_ON } from '../../commands/option-choices.js';
import type { CheckCommandOptions } from '../../commands/check.js';

/** Declares `sak check`. */
export function defineCheck(program: Program, { t, withContext }: CommandDeps): void {
  program
    .command('check')
    .description(t('check'))
    .helpOption('-h, --help', t('opt.help'))
    .option('--at <date>', t('opt.check-at'))
    .option('--horizon <duration>', t('opt.horizon'))
    .addOption(choiceOption('--fail-on <level>', t('opt.fail-on'), FAIL_ON))
    .addOption(choiceOption('--format <format>', t('opt.check-format'), CHECK_FORMATS))
    .option('--all', t('opt.all'))
    .option('--unit <unit>', t('opt.check-unit'))
    .option('--owner <unit>', t('opt.check-owner'))
    .option('--site-url <url>', t('opt.site-url'))
    .option('--no-cache', t('opt.no-cache'))
    .addHelpText('before', t('check.before'))
    .addHelpText('after', t('check.after'))
    .action(
      withContext(async (ctx, options) => {
        const { runCheck } = await import('../../commands/check.js');
        return runCheck(declared<CheckCommandOptions>()(options), ctx);
      }),
    );
}
