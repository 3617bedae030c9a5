import type { ArgsOf, NoParams } from './catalogue.js';
import type { Lang, Message } from './lang.js';
import { counted } from './plural.js';

/** The parameters of each text of `sak check`'s own output. */
interface CheckOutputParams {
  'no-date': NoParams;
  'ics-name': { name: string };
  'ics-due': { due: string };
  'ics-basis': { basis: string };
  'ics-link': { url: string };
  'placeholder.date': NoParams;
  'placeholder.unit': NoParams;
  'usage.unit-owner': NoParams;
  summary: { overdue: number; due: number; horizon: string; at: string };
}

const texts: { [K in keyof CheckOutputParams]: Message<CheckOutputParams[K]> } = {
  'no-date': { sv: () => 'inget datum', en: () => 'no date' },
  'ics-name': { sv: (p) => `Tidsfrister – ${p.name}`, en: (p) => `Deadlines – ${p.name}` },
  'ics-due': { sv: (p) => `Förfallodag: ${p.due}`, en: (p) => `Due date: ${p.due}` },
  'ics-basis': { sv: (p) => `Grund: ${p.basis}`, en: (p) => `Basis: ${p.basis}` },
  'ics-link': { sv: (p) => `Posten: ${p.url}`, en: (p) => `The record: ${p.url}` },
  'placeholder.date': { sv: () => '<ÅÅÅÅ-MM-DD>', en: () => '<YYYY-MM-DD>' },
  'placeholder.unit': { sv: () => '<enhet>', en: () => '<unit>' },
  'usage.unit-owner': { sv: () => '--unit och --owner kan inte anges samtidigt; välj det ena', en: () => '--unit and --owner cannot be given together; choose one' },
  summary: {
    sv: (p) => `${counted('sv', p.overdue, 'overdue')}, ${p.due} förfaller inom ${p.horizon} (per ${p.at})`,
    en: (p) => `${p.overdue} overdue, ${p.due} due within ${p.horizon} (at ${p.at})`,
  },
};

/** A text of `sak check`'s own output in the given language. */
export function checkOutputText<K extends keyof CheckOutputParams>(lang: Lang, key: K, ...[params]: ArgsOf<CheckOutputParams, K>): string {
  return texts[key][lang]((params ?? {}) as CheckOutputParams[K]);
}

/** The texts by key and language, for the test that both languages have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = texts;
