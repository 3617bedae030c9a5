import path from 'node:path';
import type { Command } from 'commander';
import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import { isLang } from '../../i18n/lang.js';
import type { CommandDeps } from '../command-deps.js';
import { sakVersion } from '../version.js';
import { NoInputOption } from './write-options.js';

/** Declares `sak init [DIR]`. The folder is resolved here, against the working directory of the process. */
export function defineInit(program: Command, { withContext, lang }: CommandDeps): void {
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('init')
    .description(h('init'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('[dir]', h('arg.dir'))
    .option('--municipality <name>', h('opt.municipality'))
    .option('--no-git', h('opt.no-git'))
    .option('--ci <platform>', h('opt.ci'))
    .option('--roles', h('opt.roles'))
    .option('--hooks', h('opt.hooks'))
    .option('--update-schemas', h('opt.update-schemas'))
    .addOption(new NoInputOption(h('opt.init-no-input')))
    .addHelpText('before', h('init.before'))
    .addHelpText('after', h('init.after'))
    .action(
      withContext(async (options, ctx, args) => {
        const { runInit } = await import('../../commands/init.js');
        // The register's locale is --lang only: SAK_LANG is the user's language, not the register's.
        const given = (program.opts() as { lang?: string }).lang;
        return runInit(options, ctx, { dir: path.resolve(ctx.cwd, args[0] ?? '.'), locale: isLang(given) ? given : 'sv', version: sakVersion() });
      }),
    );
}
