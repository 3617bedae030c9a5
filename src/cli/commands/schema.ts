import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import { SCHEMA_FORMATS } from '../../commands/option-choices.js';
import type { SchemaOptions } from '../../commands/schema.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';

/** Declares `sak schema [kind]`. */
export function defineSchema(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('schema')
    .description(h('schema'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('[kind]', h('arg.schema-kind'))
    .addOption(choiceOption('--format <format>', h('opt.schema-format'), SCHEMA_FORMATS))
    .addHelpText('before', h('schema.before'))
    .action(
      withContext(async (ctx, kind, options) => {
        const { runSchema } = await import('../../commands/schema.js');
        return runSchema(kind, declared<SchemaOptions>()(options), ctx);
      }),
    );
}
