import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { choiceOption } from '../choice-option.js';
import { VALIDATE_FORMATS } from '../../commands/option-choices.js';
import type { ValidateOptions } from '../../commands/validate.js';

/** Declares `sak validate`. */
export function defineValidate(program: Program, { t, withContext }: CommandDeps): void {
  program
    .command('validate')
    .description(t('validate'))
    .helpOption('-h, --help', t('opt.help'))
    .addOption(choiceOption('--format <format>', t('opt.validate-format'), VALIDATE_FORMATS))
    .option('--strict', t('opt.strict'))
    .option('--at <date>', t('opt.at'))
    .option('--no-cache', t('opt.no-cache'))
    .addHelpText('before', t('validate.before'))
    .addHelpText('after', t('validate.after'))
    .action(
      withContext(async (ctx, options) => {
        const { runValidate } = await import('../../commands/validate.js');
        return runValidate(declared<ValidateOptions>()(options), ctx);
      }),
    );
}
