// The values of command-line options, checked: a bad one is a usage error (exit 2).
import { UsageError } from '../errors.js';
import { cliMessage } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { isValidDate } from '../core/calendar/date.js';
import { parseDurationUnbounded } from '../core/calendar/duration.js';
import { parseDurationValue } from '../core/field-values.js';
import { badChoiceMessage } from './option-choices.js';

/** Checks a value against an option's allowed values (exit 2 otherwise). */
export function parseChoice<T extends string>(value: string, allowed: readonly T[], option: string, lang: Lang): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(badChoiceMessage(value, allowed, option, lang));
}

/** The years a date or year option may name (`--at`, `--date`, `--year`, `--quarter`). */
export const OPTION_YEARS = { first: 1900, last: 9999 } as const;

/** Checks a date option (`--at`, `--date`): YYYY-MM-DD that exists in the calendar, in the years 1900–9999. */
export function parseDateOption(value: string, lang: Lang): string {
  if (!isValidDate(value)) throw new UsageError(cliMessage(lang, 'usage.bad-date', { value }));
  if (Number(value.slice(0, 4)) < OPTION_YEARS.first) throw new UsageError(cliMessage(lang, 'usage.date-range', { value }));
  return value;
}

/** Checks a duration option (`--horizon`): an ISO 8601 duration such as P90D, or a number of days (`90`). */
export function parseDurationOption(value: string, lang: Lang): string {
  const result = parseDurationValue(value);
  if (!result.ok) {
    const days = /^\s*(\d+)\s*$/.exec(value);
    const tooLong = parseDurationUnbounded(value.trim().toUpperCase()) !== null || (days !== null && Number(days[1]) > 36500);
    throw new UsageError(cliMessage(lang, tooLong ? 'usage.duration-range' : 'usage.bad-duration', { value }));
  }
  return result.value as string;
}

/** Checks a web address option (`--site-url`): an absolute http(s) URL without query or fragment; returned without a trailing slash. */
export function parseUrlOption(value: string, lang: Lang): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || /\s/.test(value)) throw new UsageError(cliMessage(lang, 'usage.bad-url', { value }));
  return url.href.replace(/\/+$/, '');
}
