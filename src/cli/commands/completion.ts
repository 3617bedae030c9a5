import { Command } from '@commander-js/extra-typings';
import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import type { CommandDeps, Program } from '../command-deps.js';

/** Declares `sak completion <shell>` and the hidden `sak __complete -- WORDS…` that the scripts call. */
export function defineCompletion(program: Program, deps: CommandDeps): void {
  const { withContext, lang } = deps;
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('completion')
    .description(h('completion'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<shell>', h('arg.shell'))
    .addHelpText('before', h('completion.before'))
    .addHelpText('after', h('completion.after'))
    .action(
      withContext(async (ctx, shell) => {
        const { runCompletion } = await import('../../commands/completion.js');
        return runCompletion(shell, ctx);
      }),
    );
  program.addCommand(
    new Command('__complete')
      .option('--new')
      .argument('[words...]')
      .helpOption(false)
      .action(
        withContext(async (ctx, words, options) => {
          const [{ completionModel, declareAddKinds }, { runComplete }] = await Promise.all([import('../completion-model.js'), import('../../commands/completion.js')]);
          const all = [...words, ...(options.new === true ? [''] : [])];
          // add's kinds and their field flags (read from the schemas) are reached only after the word `add`.
          if (all.slice(0, -1).includes('add')) await declareAddKinds(program, deps);
          return runComplete(all, completionModel(program), ctx);
        }),
      ),
    { hidden: true },
  );
}
