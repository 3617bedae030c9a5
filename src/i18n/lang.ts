/** The languages of messages and reports. */
export type Lang = 'sv' | 'en';

/** The supported languages, Swedish first (the default). */
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;

/** A message in both languages, taking named parameters. */
export type Message<P> = Record<Lang, (p: P) => string>;

/** True for a supported language code. */
export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}
