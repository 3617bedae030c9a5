import { Command } from 'commander';
import type { Option } from 'commander';
import { KINDS } from '../../core/kinds.js';
import { CI_PLATFORMS } from '../../core/init/ci-platforms.js';
import { onboardingHelp } from '../../i18n/help-onboarding.js';
import type { OnboardingHelpKey } from '../../i18n/help-onboarding.js';
import { LANGS } from '../../i18n/lang.js';
import type { ArgumentKind, CompletionCommand, CompletionModel, CompletionOption } from '../../render/completion-scripts.js';
import { SHELLS } from '../../render/completion-scripts.js';
import type { CommandDeps } from '../command-deps.js';

function optionsOf(command: Command): CompletionOption[] {
  const options: CompletionOption[] = command.options.map((o: Option) => ({ names: [o.short, o.long].filter((n): n is string => typeof n === 'string'), value: o.required || o.optional }));
  options.push({ names: ['-h', '--help'], value: false });
  return options;
}

const ARGUMENT_KINDS: Record<string, ArgumentKind> = { kind: 'kind', id: 'id', file: 'file', dir: 'dir', shell: 'shell' };

/** The completion model of the program as declared: its commands, their options and arguments. */
export function completionModel(program: Command): CompletionModel {
  const commands: CompletionCommand[] = program.commands
    .filter((c) => !c.name().startsWith('_'))
    .map((c) => ({
      name: c.name(),
      options: optionsOf(c),
      args: c.registeredArguments.map((a) => ARGUMENT_KINDS[a.name()] ?? 'other'),
      ...(c.commands.length > 0 ? { subcommands: c.commands.map((s) => ({ name: s.name(), options: optionsOf(s), args: [] })) } : {}),
    }));
  const globalOptions = program.options.map((o: Option) => ({ names: [o.short, o.long].filter((n): n is string => typeof n === 'string'), value: o.required || o.optional }));
  globalOptions.push({ names: ['-h', '--help'], value: false });
  return { program: 'sak', globalOptions, commands, kinds: KINDS.map((k) => k.name), shells: [...SHELLS], optionValues: { '--lang': LANGS, '--ci': CI_PLATFORMS } };
}

/** Declares `sak completion <shell>` and the hidden `sak __complete ids` that the scripts call. */
export function defineCompletion(program: Command, deps: CommandDeps): void {
  const { withContext, lang, wants } = deps;
  const h = (key: OnboardingHelpKey) => onboardingHelp(lang, key);
  program
    .command('completion')
    .description(h('completion'))
    .helpOption('-h, --help', h('opt.help'))
    .argument('<shell>', h('arg.shell'))
    .addHelpText('before', h('completion.before'))
    .addHelpText('after', h('completion.after'))
    .action(
      withContext(async (_options, ctx, args) => {
        // The script lists every option of every command, so `add` needs its kinds declared.
        const add = program.commands.find((c) => c.name() === 'add');
        if (add && add.commands.length === 0 && !wants('add')) {
          const { defineAddKinds } = await import('./add-kinds.js');
          defineAddKinds(add, deps);
        }
        const { runCompletion } = await import('../../commands/completion.js');
        return runCompletion(args[0] ?? '', completionModel(program), ctx);
      }),
    );
  program.addCommand(
    new Command('__complete')
      .argument('<what>')
      .argument('[kind]')
      .action(
        withContext(async (_options, ctx, args) => {
          const { runCompleteIds } = await import('../../commands/completion.js');
          return runCompleteIds(args[0] ?? '', args[1], ctx);
        }),
      ),
    { hidden: true },
  );
}
