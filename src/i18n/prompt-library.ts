import type { Lang } from './lang.js';

/**
 * The prompt library's own words (@inquirer/prompts 7: the key help under a list, its
 * validation messages, yes and no), in Swedish. sak passes them through the library's
 * theme and config hooks; in English the library's own words stay.
 */
const SV_KEYS: Record<string, string> = { space: 'mellanslag' };
const SV_ACTIONS: Record<string, string> = { navigate: 'flytta', select: 'välj', submit: 'klar', all: 'alla', invert: 'vänd', cancel: 'avbryt' };
const SV_ERRORS: Record<string, string> = {
  'No results found': 'Inga träffar',
  'You must provide a value': 'Ange ett värde',
  'You must provide a valid value': 'Ange ett giltigt värde',
  'You must select a valid value': 'Välj ett giltigt värde',
  'At least one choice must be selected': 'Välj minst ett',
  'Invalid input': 'Ogiltigt värde',
};
const SV_WORDS = { yes: 'Ja', no: 'Nej', 'answer-yes-no': 'svara ja eller nej' };
const EN_WORDS: typeof SV_WORDS = { yes: 'Yes', no: 'No', 'answer-yes-no': 'answer yes or no' };

/** A key of the help line under a list (`space`) in the language. */
export function promptKey(lang: Lang, key: string): string {
  return lang === 'sv' ? (SV_KEYS[key] ?? key) : key;
}

/** An action of the help line under a list (`navigate`, `select`) in the language. */
export function promptAction(lang: Lang, action: string): string {
  return lang === 'sv' ? (SV_ACTIONS[action] ?? action) : action;
}

/** One of the library's own validation messages (`No results found`) in the language; sak's own messages pass unchanged. */
export function promptError(lang: Lang, text: string): string {
  return lang === 'sv' ? (SV_ERRORS[text] ?? text) : text;
}

/** Yes, no and the hint of a yes/no question, in the language. */
export function promptWord(lang: Lang, key: keyof typeof SV_WORDS): string {
  return (lang === 'sv' ? SV_WORDS : EN_WORDS)[key];
}
