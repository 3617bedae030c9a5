import { DATED_PREFIXES } from '../kinds.js';

/** A Swedish personal identity or coordination number found in a text. */
export interface PersonalNumberMatch {
  /** Offset of the match in the text. */
  index: number;
  text: string;
  kind: 'personnummer' | 'samordningsnummer';
}

const SIX_DIGITS = /[0-9]{6}/;

// 10 or 12 digits, with the last four set off by nothing, `-`, `+`, any dash (en dash, em
// dash, minus sign, …) or a space, and not part of a longer number.
const CANDIDATE = /(?<![0-9])((?:[0-9]{2})?[0-9]{6})([-+\u2010-\u2015\u2212\u00a0\u202f ]?)([0-9]{4})(?![0-9])/g;

// The date and random part of a dated sak id (INC-20260728-1234X is an incident, not a person).
const ID_TAIL = /^[0-9]{8}-[0-9A-HJKMNP-TV-Z]{5}(?![0-9A-Za-z])/;

/**
 * Finds personnummer and samordningsnummer in any text (a value, or a whole file with its
 * comments): 10 or 12 digits, the last four set off by nothing, `-`, `+`, a dash or a space,
 * a date that exists (day + 60 for samordningsnummer) and a valid Luhn check digit. Numbers
 * that fail the date or Luhn test, and the date of a well-formed `INC-`/`EXR-` id, are not reported;
 * after a prefix that does not form an id (`INC-19850709-1232`) the number is.
 */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  const found: PersonalNumberMatch[] = [];
  // Most texts hold no run of six digits at all: skip the full search for them.
  if (text.length < 10 || !SIX_DIGITS.test(text)) return found;
  for (const match of text.matchAll(CANDIDATE)) {
    if (isIdDate(text, match.index)) continue;
    const datePart = match[1] as string;
    const tail = match[3] as string;
    const kind = classifyPersonalNumber(datePart, tail);
    if (kind) found.push({ index: match.index, text: match[0], kind });
  }
  return found;
}

/** True when the digits at `index` are the date and random part of a well-formed dated id. */
function isIdDate(text: string, index: number): boolean {
  return followsIdPrefix(text, index) && ID_TAIL.test(text.slice(index, index + 15));
}

/** The ten digits that identify a person (century and separator dropped), to tell two spellings of one number apart. */
export function personalNumberKey(match: Pick<PersonalNumberMatch, 'text'>): string {
  return match.text.replace(/[^0-9]/g, '').slice(-10);
}

/** The kind of a personal number given its date part (6 or 8 digits) and last four digits, or null. */
export function classifyPersonalNumber(datePart: string, tail: string): PersonalNumberMatch['kind'] | null {
  const short = datePart.slice(-6);
  const yy = Number(short.slice(0, 2));
  const month = Number(short.slice(2, 4));
  let day = Number(short.slice(4, 6));
  let kind: PersonalNumberMatch['kind'] = 'personnummer';
  if (day > 60) {
    day -= 60;
    kind = 'samordningsnummer';
  }
  // With a century the year is known; without, any century will do if the day exists in one of them
  // (29 February needs a leap year: 00 is one in 2000, not in 1900).
  const years = datePart.length === 8 ? [Number(datePart.slice(0, 4))] : [1900 + yy, 2000 + yy];
  if (!years.some((year) => dayExists(year, month, day))) return null;
  return luhnValid(short + tail) ? kind : null;
}

function dayExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] as number);
}

/** Luhn check (mod 10, weights 2,1,2,1,…) on a 10-digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Whether a record's source text could hold a personal number in any of its strings: a run
 * of six digits that does not follow a dated kind's prefix such as `INC-` (the date in an id, which the search
 * skips too), or a backslash (an escape in a double-quoted string can make digits). False
 * means no string read from the text holds one, so they need not be searched one by one.
 */
export function mayHoldPersonalNumbers(text: string): boolean {
  if (text.includes('\\')) return true;
  // The regular expression finds each run at its first digit (it scans natively, far faster
  // than a loop over the characters); a run after an id's prefix is skipped whole.
  SIX_DIGIT_RUN.lastIndex = 0;
  for (let match = SIX_DIGIT_RUN.exec(text); match; match = SIX_DIGIT_RUN.exec(text)) {
    if (!isIdDate(text, match.index)) return true;
    let end = match.index + 6;
    while (isDigit(text.charCodeAt(end))) end += 1;
    SIX_DIGIT_RUN.lastIndex = end;
  }
  return false;
}

const SIX_DIGIT_RUN = /[0-9]{6}/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function followsIdPrefix(text: string, i: number): boolean {
  if (text.charCodeAt(i - 1) !== 45) return false;
  for (const prefix of DATED_PREFIXES) if (i > prefix.length && text.startsWith(prefix, i - 1 - prefix.length)) return true;
  return false;
}

/** Masks all but the date part of a matched number, so messages never repeat it whole. */
export function maskPersonalNumber(text: string): string {
  return text.replace(/[0-9]{4}$/, 'XXXX');
}
