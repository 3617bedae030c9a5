import type { Command } from 'commander';
import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import type { CommandDeps } from '../command-deps.js';

/** Declares `sak schema [kind]`. */
export function defineSchema(program: Command, { withContext, lang }: CommandDeps): void {
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('schema')
    .description(h('schema'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('[kind]', h('arg.schema-kind'))
    .option('--format <format>', h('opt.schema-format'))
    .addHelpText('before', h('schema.before'))
    .action(
      withContext(async (options, ctx, args) => {
        const { runSchema } = await import('../../commands/schema.js');
        return runSchema(args[0], options, ctx);
      }),
    );
}
