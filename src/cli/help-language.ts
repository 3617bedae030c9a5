import { Help } from '@commander-js/extra-typings';
import type { Argument, Option } from '@commander-js/extra-typings';
import { argumentName, helpExtras, helpTerm, helpTitle } from '../i18n/help-terms.js';
import type { Lang } from '../i18n/lang.js';

/**
 * An option as its help line shows it: without commander's "(choices: …)" note, because the
 * description of every `.choices()` option (cli/choice-option.ts) names the values already, in
 * the user's language and with what they mean ("text, json, github eller ics (kalender)").
 */
function withoutChoices(option: Option): Option {
  return option.argChoices === undefined ? option : (Object.create(option, { argChoices: { value: undefined } }) as Option);
}

/**
 * Commander's help in the user's language, through its documented hooks (configureHelp):
 * the headings (`Användning:`), the terms (`[alternativ]`, `<mapp>`, `[posttyp]`) and the
 * notes after a description (`(standard: …)`). The descriptions themselves come from sak's
 * catalogues; the names inside the program stay as they are.
 */
export function helpConfiguration(lang: Lang): Partial<Help> {
  return {
    // Swedish terms are longer (`[alternativ]`): keep wrapping the descriptions beside them at 80 columns.
    minWidthToWrap: 30,
    styleTitle: (title: string) => helpTitle(lang, title),
    styleUsage: (usage: string) => helpTerm(lang, usage),
    styleSubcommandTerm: (term: string) => helpTerm(lang, term),
    styleOptionTerm: (term: string) => helpTerm(lang, term),
    styleArgumentTerm: (term: string) => argumentName(lang, term),
    optionDescription(this: Help, option: Option) {
      return helpExtras(lang, Help.prototype.optionDescription.call(this, withoutChoices(option)));
    },
    argumentDescription(this: Help, argument: Argument) {
      return helpExtras(lang, Help.prototype.argumentDescription.call(this, argument));
    },
  };
}
