import type { Command } from 'commander';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak validate`. */
export function defineValidate(program: Command, { t, withContext }: CommandDeps): void {
  program
    .command('validate')
    .description(t('validate'))
    .helpOption('-h, --help', t('opt.help'))
    .option('--format <format>', t('opt.validate-format'))
    .option('--strict', t('opt.strict'))
    .option('--at <date>', t('opt.at'))
    .option('--no-cache', t('opt.no-cache'))
    .addHelpText('before', t('validate.before'))
    .addHelpText('after', t('validate.after'))
    .action(
      withContext(async (options, ctx) => {
        const { runValidate } = await import('../../commands/validate.js');
        return runValidate(options, ctx);
      }),
    );
}
