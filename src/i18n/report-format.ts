import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { isPartialDate, isValidDate, toUTCDate } from '../core/calendar/date.js';
import type { Lang } from './lang.js';

// Number and date formats of reports. Dates are written by date-fns with its Swedish and
// British English locales: data in JavaScript, so the output never depends on the ICU data
// a Node build happens to carry (as Intl's would). Numbers are written out by hand.

/** The space of Swedish digit groups and of "182 500 kr": a no-break space (U+00A0), so a figure never wraps. */
export const NBSP = '\u00a0';

const LOCALES = { sv, en: enGB } as const satisfies Record<Lang, unknown>;

/** A `YYYY-MM-DD` date in a date-fns pattern of the language: `d MMMM yyyy` → "26 november 2026". */
export function formatDatePattern(date: string, pattern: string, lang: Lang): string {
  return format(toUTCDate(date), pattern, { locale: LOCALES[lang] });
}

/** The twelve short month names of each language, made on first use (a report over centuries labels ~100,000 months). */
const SHORT_MONTHS: Partial<Record<Lang, readonly string[]>> = {};

/** The short name of a month (1-based) as it stands alone, as the language abbreviates it: "nov." / "Nov". */
export function shortMonthName(month: number, lang: Lang): string {
  if (!(month >= 1 && month <= 12)) return String(month);
  const names = (SHORT_MONTHS[lang] ??= Array.from({ length: 12 }, (_, i) => formatDatePattern(`2001-${String(i + 1).padStart(2, '0')}-01`, 'LLL', lang)));
  return names[month - 1] as string;
}

/**
 * A date in words: "26 november 2026" (sv) / "26 November 2026" (en). A partial date stays
 * as precise as it was written ("2005", "maj 2013"); anything else is returned as given.
 */
export function formatLongDate(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const s: string = String(value);
  if (isValidDate(value)) return formatDatePattern(s, 'd MMMM yyyy', lang);
  if (isPartialDate(value) && s.length === 7) return formatDatePattern(`${s}-01`, 'LLLL yyyy', lang);
  return s;
}

function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/**
 * A number with digit groups: "182 500" and "1 500,50" (sv, no-break spaces), "182,500" and
 * "1,500.50" (en). Whole numbers get no decimals, others two. Not a finite number: as given.
 */
export function formatNumber(value: unknown, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === null || value === undefined ? '' : String(value);
  const negative = value < 0;
  const cents = Math.round(Math.abs(value) * 100);
  const whole = groupDigits(String(Math.floor(cents / 100)), lang === 'sv' ? NBSP : ',');
  const fraction = cents % 100 === 0 ? '' : `${lang === 'sv' ? ',' : '.'}${String(cents % 100).padStart(2, '0')}`;
  return `${negative ? '\u2212' : ''}${whole}${fraction}`;
}

/** An amount in kronor: "182 500 kr" (sv) / "SEK 182,500" (en). */
export function formatSek(value: unknown, lang: Lang): string {
  const n = formatNumber(value, lang);
  return lang === 'sv' ? `${n}${NBSP}kr` : `SEK${NBSP}${n}`;
}
