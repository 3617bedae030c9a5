import path from 'node:path';
import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import { isLang } from '../../i18n/lang.js';
import { CI_PLATFORMS } from '../../commands/option-choices.js';
import type { InitOptions } from '../../commands/init.js';
import { choiceOption } from '../choice-option.js';
import { declared, type CommandDeps, type Program } from '../command-deps.js';
import { sakVersion } from '../version.js';
import { NoInputOption } from './write-options.js';

/** Declares `sak init [DIR]`. The folder is resolved here, against the working directory of the process. */
export function defineInit(program: Program, { withContext, lang }: CommandDeps): void {
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('init')
    .description(h('init'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('[dir]', h('arg.dir'))
    .option('--municipality <name>', h('opt.municipality'))
    .option('--no-git', h('opt.no-git'))
    .addOption(choiceOption('--ci <platform>', h('opt.ci'), CI_PLATFORMS))
    .option('--roles', h('opt.roles'))
    .option('--hooks', h('opt.hooks'))
    .option('--update-schemas', h('opt.update-schemas'))
    .addOption(new NoInputOption(h('opt.init-no-input')))
    .addHelpText('before', h('init.before'))
    .addHelpText('after', h('init.after'))
    .action(
      withContext(async (ctx, dir, options) => {
        const { runInit } = await import('../../commands/init.js');
        // The register's locale is --lang only: SAK_LANG is the user's language, not the register's.
        const given = program.opts().lang;
        return runInit(declared<InitOptions>()(options), ctx, { dir: path.resolve(ctx.cwd, dir ?? '.'), locale: isLang(given) ? given : 'sv', version: sakVersion() });
      }),
    );
}
