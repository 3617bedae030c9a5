import { Option } from '@commander-js/extra-typings';
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { fieldFlags } from '../../core/fields.js';
import type { FieldFlag, FieldSpec } from '../../core/fields.js';
import { KINDS } from '../../core/kinds.js';
import type { KindSpec } from '../../core/kinds.js';
import { enumChoices } from '../../core/field-values.js';
import { fieldLabel } from '../../i18n/field-labels.js';
import { recordHelp } from '../../i18n/help-records.js';
import { kindLabel, addExamples } from '../../i18n/kind-texts.js';
import type { Lang } from '../../i18n/lang.js';
import { fieldsOfKind } from '../../store/kind-fields.js';
import type { CommandDeps } from '../command-deps.js';
import { NoInputOption, addWriteOptions, collect } from './write-options.js';

function placeholder(field: FieldSpec, lang: Lang): string {
  switch (field.type) {
    case 'date':
    case 'partial-date':
      return recordHelp(lang, 'placeholder.date');
    case 'time':
      return recordHelp(lang, 'placeholder.time');
    case 'integer':
    case 'number':
      return recordHelp(lang, 'placeholder.number');
    case 'enum':
      return recordHelp(lang, 'placeholder.value');
    case 'ref':
    case 'id':
    case 'slug':
      return recordHelp(lang, 'placeholder.id');
    case 'duration':
      return recordHelp(lang, 'placeholder.duration');
    default:
      return recordHelp(lang, 'placeholder.text');
  }
}

/** The help line of a field flag: label, allowed values, required, default, repeatable. */
function flagDescription(kind: KindSpec, flag: FieldFlag, lang: Lang): string {
  const field = flag.repeat && flag.field.item ? flag.field.item : flag.field;
  if (flag.field.type === 'id') return recordHelp(lang, 'flag.generated');
  const parts = [fieldLabel(flag.field.path, lang)];
  if (field.type === 'enum') parts.push(`(${enumChoices(field, null).join(', ')}${field.open ? `, ${recordHelp(lang, 'flag.extra')}` : ''})`);
  if (flag.field.required && flag.field.path.length === 1 && !kind.defaults[flag.field.name]) parts.push(recordHelp(lang, 'flag.required'));
  const fallback = flag.field.path.length === 1 ? kind.defaults[flag.field.name] : undefined;
  if (fallback) parts.push('today' in fallback ? recordHelp(lang, 'flag.default-today') : recordHelp(lang, 'flag.default', { value: fallback.value }));
  if (flag.repeat) parts.push(recordHelp(lang, 'flag.repeat'));
  return parts.join(' ');
}

/** Declares the subcommands of `sak add`: one per kind, with a flag for every field of its schema. */
export function defineAddKinds(add: CommandUnknownOpts, { withContext, lang }: CommandDeps): void {
  // `sak add --no-input incident` and `sak add incident --no-input` alike: `add` itself takes the flag (for `sak add` alone).
  const parentPrompts = <O extends object>(options: O): O => (add.opts().prompts === false ? { ...options, prompts: false } : options);
  for (const kind of KINDS) {
    const label = kindLabel(kind.name, lang);
    const sub = add
      .command(kind.name)
      .description(`${recordHelp(lang, 'add.kind')} ${label.toLowerCase()}`)
      .helpOption('-h, --help', recordHelp(lang, 'opt.help'))
      .addHelpText('before', recordHelp(lang, 'add.kind.before', { examples: addExamples(kind.name, lang) }));
    for (const flag of fieldFlags(kind, fieldsOfKind(kind.name))) {
      const description = flagDescription(kind, flag, lang);
      if (flag.field.type === 'boolean') {
        sub.addOption(new Option(`--${flag.flag}`, description));
        sub.addOption(new Option(`--no-${flag.flag}`, recordHelp(lang, 'flag.not', { label: fieldLabel(flag.field.path, lang).toLowerCase() })));
      } else if (flag.repeat) {
        sub.addOption(new Option(`--${flag.flag} <${placeholder(flag.field.item ?? flag.field, lang)}>`, description).argParser(collect));
      } else {
        sub.addOption(new Option(`--${flag.flag} <${placeholder(flag.field, lang)}>`, description));
      }
    }
    sub
      .addOption(new Option('--set <path=value>', recordHelp(lang, 'opt.set')).argParser(collect))
      .addOption(new Option('--input <file>', recordHelp(lang, 'opt.input')))
      .addOption(new NoInputOption(recordHelp(lang, 'opt.no-input')))
      .option('--dry-run', recordHelp(lang, 'opt.dry-run'));
    addWriteOptions(sub, lang).action(
      // The field flags are declared in the loop above, from the schema: their values reach runAdd untyped.
      withContext(async (ctx, options) => {
        const { runAdd } = await import('../../commands/add.js');
        return runAdd(kind.name, parentPrompts(options), ctx);
      }),
    );
  }
}
