// The completion model of the program as declared (commands, options, arguments and what
// their values complete to), built only when `sak __complete` runs.
import type { CommandUnknownOpts, Option } from '@commander-js/extra-typings';
import type { CompletionCommand, CompletionModel, CompletionOption, ValueSource } from '../core/completion.js';
import { fieldFlags } from '../core/fields.js';
import type { FieldFlag } from '../core/fields.js';
import { CI_PLATFORMS } from '../core/init/ci-platforms.js';
import { KINDS } from '../core/kinds.js';
import { enumChoices } from '../core/field-values.js';
import { LANGS } from '../i18n/lang.js';
import { SHELLS } from '../render/completion-scripts.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import type { CommandDeps } from './command-deps.js';

/** What the value of an option of any command completes to, by its long name. */
function namedValue(long: string | undefined): ValueSource | undefined {
  switch (long) {
    case '--register':
      return { path: 'dir' };
    case '--input':
    case '--output':
    case '--template':
      return { path: 'file' };
    case '--lang':
      return { choices: LANGS };
    case '--ci':
      return { choices: CI_PLATFORMS };
    case '--unit':
    case '--owner':
      return { ids: 'unit' };
    case '--where':
      // `sak set --where`: the kind comes first (kind=incident), further pairs are typed by hand.
      return { choices: KINDS.map((k) => `kind=${k.name}`) };
    default:
      return undefined;
  }
}

/** What the value of a field flag of `sak add` completes to: an enum's values, or the ids a reference may name. */
function fieldValue(flag: FieldFlag): ValueSource {
  const field = flag.repeat && flag.field.item ? flag.field.item : flag.field;
  if (field.type === 'enum') return { choices: enumChoices(field, null) };
  if (field.type === 'ref' && field.refKind) return { ids: field.refKind };
  return 'free';
}

function optionsOf(command: CommandUnknownOpts, fields: ReadonlyMap<string, ValueSource> = new Map()): CompletionOption[] {
  const options: CompletionOption[] = command.options.map((o: Option) => {
    const names = [o.short, o.long].filter((n): n is string => typeof n === 'string');
    if (!o.required && !o.optional) return { names };
    const value = o.argChoices ? { choices: o.argChoices } : (fields.get(o.long ?? '') ?? namedValue(o.long) ?? 'free');
    return { names, value };
  });
  options.push({ names: ['-h', '--help'] });
  return options;
}

const ARGUMENTS: Record<string, ValueSource> = { kind: { choices: KINDS.map((k) => k.name) }, id: { ids: 'any' }, file: { path: 'file' }, dir: { path: 'dir' }, shell: { choices: SHELLS } };

/** The field flags of `sak add <kind>` and what their values complete to. */
function addFieldValues(kind: string): Map<string, ValueSource> {
  const spec = KINDS.find((k) => k.name === kind);
  return new Map(spec ? fieldFlags(spec, fieldsOfKind(spec.name)).map((flag) => [`--${flag.flag}`, fieldValue(flag)] as const) : []);
}

/** The completion model of the program as declared: its commands, their options and arguments. */
export function completionModel(program: CommandUnknownOpts): CompletionModel {
  const commands: CompletionCommand[] = program.commands
    .filter((c) => !c.name().startsWith('_'))
    .map((c) => ({
      name: c.name(),
      options: optionsOf(c),
      args: c.registeredArguments.map((a) => ARGUMENTS[a.name()] ?? 'free'),
      ...(c.commands.length > 0 ? { subcommands: c.commands.map((s) => ({ name: s.name(), options: optionsOf(s, addFieldValues(s.name())), args: [] })) } : {}),
    }));
  return { globalOptions: optionsOf(program), commands };
}

/** Declares the subcommands of `add` when this command line did not (completion needs their options). */
export async function declareAddKinds(program: CommandUnknownOpts, deps: CommandDeps): Promise<void> {
  const add = program.commands.find((c) => c.name() === 'add');
  if (add && add.commands.length === 0 && !deps.wants('add')) {
    const { defineAddKinds } = await import('./commands/add-kinds.js');
    defineAddKinds(add, deps);
  }
}
