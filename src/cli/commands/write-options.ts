import { Option } from '@commander-js/extra-typings';
import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { Lang } from '../../i18n/lang.js';
import { recordHelp } from '../../i18n/help-records.js';
import { WRITE_FORMATS } from '../../commands/option-choices.js';
import { choiceOption } from '../choice-option.js';

/** Collects a repeated option's values in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `--no-input` stored as `prompts: false`, so it never clashes with `--input FILE`. Its type
 * says so too: commander's types take the option's name from its flags, and these flags name
 * `prompts` (false with --no-input; true, or for `sak add` unset, without it).
 */
export class NoInputOption extends Option<'--no-prompts'> {
  constructor(description: string) {
    super('--no-input' as '--no-prompts', description);
  }

  override attributeName(): string {
    return 'prompts';
  }
}

/** Adds the options every writing command shares: --no-commit, --allow-future and --format text|json. */
export function addWriteOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(command: Command<Args, Opts, Globals>, lang: Lang) {
  return command
    .option('--no-commit', recordHelp(lang, 'opt.no-commit'))
    .option('--allow-future', recordHelp(lang, 'opt.allow-future'))
    .addOption(choiceOption('--format <format>', recordHelp(lang, 'opt.write-format'), WRITE_FORMATS));
}
