import type { Lang } from './lang.js';

type Params = Record<string, string | number>;

const texts = {
  'no-date': { sv: () => 'inget datum', en: () => 'no date' },
  summary: {
    sv: (p: Params) => `${p.overdue} försenade, ${p.due} förfaller inom ${p.horizon} (per ${p.at})`,
    en: (p: Params) => `${p.overdue} overdue, ${p.due} due within ${p.horizon} (at ${p.at})`,
  },
} satisfies Record<string, Record<Lang, (p: Params) => string>>;

/** A text of `sak check`'s own output in the given language. */
export function checkOutputText(lang: Lang, key: keyof typeof texts, params: Params = {}): string {
  return texts[key][lang](params);
}
