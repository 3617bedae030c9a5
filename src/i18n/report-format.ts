import { isPartialDate, isValidDate } from '../core/calendar/date.js';
import type { Lang } from './lang.js';

// Number and date formats of reports. Written out by hand rather than with Intl so that
// the output never depends on the ICU data a Node build happens to carry.

/** The space of Swedish digit groups and of "182 500 kr": a no-break space (U+00A0), so a figure never wraps. */
export const NBSP = '\u00a0';

const MONTHS: Record<Lang, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** The name of a month (1-based): "november" / "November". */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

/** The short name of a month (1-based): "nov" / "Nov". */
export function shortMonthName(month: number, lang: Lang): string {
  return SHORT_MONTHS[lang][month - 1] ?? String(month);
}

/**
 * A date in words: "26 november 2026" (sv) / "26 November 2026" (en). A partial date stays
 * as precise as it was written ("2005", "maj 2013"); anything else is returned as given.
 */
export function formatLongDate(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '';
  const s: string = String(value);
  if (isValidDate(value)) return `${Number(s.slice(8, 10))} ${monthName(Number(s.slice(5, 7)), lang)} ${s.slice(0, 4)}`;
  if (isPartialDate(value) && s.length === 7) return `${monthName(Number(s.slice(5, 7)), lang)} ${s.slice(0, 4)}`;
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
