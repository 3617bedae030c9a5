import type { Lang } from './lang.js';

/** The two forms of a counted word: for exactly one, and for any other number ("1 post", "0 poster", "2 poster"). */
export type CountForms = readonly [one: string, other: string];

/**
 * The counted words of the catalogues, in both languages. Swedish adjectives agree too
 * ("1 ny", "2 nya"); English adjectives do not, so both forms are the same.
 */
export const COUNT_WORDS = {
  record: { sv: ['post', 'poster'], en: ['record', 'records'] },
  row: { sv: ['rad', 'rader'], en: ['row', 'rows'] },
  file: { sv: ['fil', 'filer'], en: ['file', 'files'] },
  error: { sv: ['fel', 'fel'], en: ['error', 'errors'] },
  warning: { sv: ['varning', 'varningar'], en: ['warning', 'warnings'] },
  day: { sv: ['dag', 'dagar'], en: ['day', 'days'] },
  deadline: { sv: ['tidsfrist', 'tidsfrister'], en: ['deadline', 'deadlines'] },
  item: { sv: ['st', 'st'], en: ['item', 'items'] },
  created: { sv: ['ny', 'nya'], en: ['created', 'created'] },
  updated: { sv: ['uppdaterad', 'uppdaterade'], en: ['updated', 'updated'] },
  unchanged: { sv: ['oförändrad', 'oförändrade'], en: ['unchanged', 'unchanged'] },
  refused: { sv: ['avvisad', 'avvisade'], en: ['refused', 'refused'] },
  removed: { sv: ['borttagen', 'borttagna'], en: ['removed', 'removed'] },
  overdue: { sv: ['försenad', 'försenade'], en: ['overdue', 'overdue'] },
} as const satisfies Record<string, Record<Lang, CountForms>>;

/** A word of COUNT_WORDS. */
export type CountWord = keyof typeof COUNT_WORDS;

/** The form of a word for a count: the singular for exactly 1 (also "1,0"), the plural otherwise (0 too, in both languages). */
export function countForm(count: number | string | undefined, forms: CountForms): string {
  return Number(count) === 1 ? forms[0] : forms[1];
}

/** A count and its word in the language: `counted('sv', 1, 'record')` is "1 post", `counted('en', 2, 'record')` "2 records". */
export function counted(lang: Lang, count: number | string | undefined, word: CountWord | CountForms | Record<Lang, CountForms>): string {
  const forms = typeof word === 'string' ? COUNT_WORDS[word][lang] : isForms(word) ? word : word[lang];
  return `${count ?? 0} ${countForm(count, forms)}`;
}

function isForms(word: CountForms | Record<Lang, CountForms>): word is CountForms {
  return Array.isArray(word);
}
