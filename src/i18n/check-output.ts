import type { Lang } from './lang.js';
import { counted } from './plural.js';

type Params = Record<string, string | number>;

const texts = {
  'no-date': { sv: () => 'inget datum', en: () => 'no date' },
  'ics-name': { sv: (p: Params) => `Tidsfrister – ${p.name}`, en: (p: Params) => `Deadlines – ${p.name}` },
  'ics-due': { sv: (p: Params) => `Förfallodag: ${p.due}`, en: (p: Params) => `Due date: ${p.due}` },
  'ics-basis': { sv: (p: Params) => `Grund: ${p.basis}`, en: (p: Params) => `Basis: ${p.basis}` },
  'ics-link': { sv: (p: Params) => `Posten: ${p.url}`, en: (p: Params) => `The record: ${p.url}` },
  'placeholder.date': { sv: () => '<ÅÅÅÅ-MM-DD>', en: () => '<YYYY-MM-DD>' },
  'placeholder.unit': { sv: () => '<enhet>', en: () => '<unit>' },
  'usage.unit-owner': { sv: () => '--unit och --owner kan inte anges samtidigt; välj det ena', en: () => '--unit and --owner cannot be given together; choose one' },
  summary: {
    sv: (p: Params) => `${counted('sv', p.overdue, 'overdue')}, ${p.due} förfaller inom ${p.horizon} (per ${p.at})`,
    en: (p: Params) => `${p.overdue} overdue, ${p.due} due within ${p.horizon} (at ${p.at})`,
  },
} satisfies Record<string, Record<Lang, (p: Params) => string>>;

/** A text of `sak check`'s own output in the given language. */
export function checkOutputText(lang: Lang, key: keyof typeof texts, params: Params = {}): string {
  return texts[key][lang](params);
}

/** The texts by key and language, for the test that both languages have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = texts;
