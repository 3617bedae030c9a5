import type { Lang } from './lang.js';

/**
 * The words of commander's own help and of the value names in sak's flags and arguments
 * (`[options]`, `<dir>`, `<assignments...>`), in Swedish. The names stay English in the
 * program (completion and the typed options read them); only the help shows them translated.
 */
const SV_TERMS: Record<string, string> = {
  options: 'alternativ',
  command: 'kommando',
  kind: 'posttyp',
  dir: 'mapp',
  file: 'fil',
  date: 'datum',
  text: 'text',
  format: 'format',
  unit: 'enhet',
  audience: 'publik',
  status: 'status',
  shell: 'skal',
  path: 'sökväg',
  value: 'värde',
  assignments: 'fält=värde',
  year: 'år',
  url: 'adress',
  lang: 'språk',
  stage: 'skede',
  severity: 'allvarlighet',
  separator: 'avskiljare',
  result: 'resultat',
  quarter: 'kvartal',
  platform: 'plattform',
  period: 'period',
  outcome: 'utfall',
  name: 'namn',
  or: 'eller',
  level: 'nivå',
  field: 'fält',
  encoding: 'teckenkodning',
  duration: 'varaktighet',
  column: 'kolumn',
  authority: 'myndighet',
  area: 'område',
  id: 'id',
};

/** Commander's headings in Swedish. */
const SV_TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Alternativ:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Globala alternativ:',
};

/** The notes commander adds after a description: `(choices: …, default: …)`. */
const SV_EXTRAS: Record<string, string> = { choices: 'val', default: 'standard', preset: 'förval', env: 'miljövariabel' };

/** A value name (`<dir>`, `[options]`, `<column=field>`, `<assignments...>`) with its words in the language. */
function translateName(lang: Lang, name: string): string {
  if (lang === 'en') return name;
  return name.replace(/[A-Za-z]+/g, (word) => SV_TERMS[word] ?? word);
}

/** A help term (`set [options] <id> <assignments...>`, `--register <dir>`): every `<…>` and `[…]` in the language. */
export function helpTerm(lang: Lang, term: string): string {
  if (lang === 'en') return term;
  return term.replace(/([<[])([^<>[\]]+)([>\]])/g, (_all, open: string, name: string, close: string) => `${open}${translateName(lang, name)}${close}`);
}

/** A name of an argument shown alone (`kind` in the Arguments list, `'file'` in an error). */
export function argumentName(lang: Lang, name: string): string {
  return lang === 'en' ? name : name.replace(/^([A-Za-z]+)(\.\.\.)?$/, (_all, word: string, dots = '') => `${SV_TERMS[word] ?? word}${dots}`);
}

/** The headings of commander's help (`Usage:`, `Options:` …) in the language of the help. */
export function helpTitle(lang: Lang, title: string): string {
  return lang === 'sv' ? (SV_TITLES[title] ?? title) : title;
}

/** Commander's notes after a description (`(choices: "a", "b", default: "x")`) in the language. */
export function helpExtras(lang: Lang, description: string): string {
  if (lang === 'en') return description;
  return description.replace(/\(((?:choices|default|preset|env): .*)\)$/, (_all, inner: string) => `(${inner.replace(/(^|, )(choices|default|preset|env): /g, (_m, sep: string, word: string) => `${sep}${SV_EXTRAS[word] ?? word}: `)})`);
}
