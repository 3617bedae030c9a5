import { Option } from '@commander-js/extra-typings';
import { badChoiceMessage } from '../commands/option-choices.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';

/**
 * A bad option value, found while commander parses the command line. Its text waits for the
 * language: that is --lang, SAK_LANG or the register's `locale`, known only once the command's
 * context is made, so runProgram makes the context and asks for the text in its language.
 */
export class OptionValueError extends UsageError {
  constructor(readonly textIn: (lang: Lang) => string) {
    super(textIn('sv'));
  }
}

/**
 * An option whose value is one of `allowed`: `.choices()` declares them (the option's type is
 * their union, and `sak __complete` offers them), and the parser checks them with sak's own
 * message (exit 2, "okänt format "x"; välj text, json", with "did you mean") in place of
 * commander's English one. `fold: 'lower'` accepts any case, for values where case means nothing.
 */
export function choiceOption<const Usage extends string, const T extends readonly string[]>(flags: Usage, description: string, allowed: T, fold?: 'lower') {
  const option = new Option(flags, description).choices(allowed);
  return option.argParser((given: string): T[number] => {
    const value = fold === 'lower' ? given.toLowerCase() : given;
    if ((allowed as readonly string[]).includes(value)) return value;
    throw new OptionValueError((lang) => badChoiceMessage(value, allowed, option.long ?? flags, lang));
  });
}
