// iCalendar (RFC 5545) output of deadlines: one all-day event per item, so that Outlook,
// Google Calendar and Apple Calendar can subscribe to `sak check --format ics` or to the
// site's deadlines.ics. Pure: the caller passes the items, the date and the texts.
import type { DeadlineItem } from '../core/check/deadline-item.js';
import { addDays } from '../core/calendar/date.js';

/** One all-day calendar event. */
export interface CalendarEvent {
  /** Stable across runs: the same deadline keeps its UID when its date or text changes, so clients update it. */
  uid: string;
  /** The day of the event, YYYY-MM-DD. */
  date: string;
  summary: string;
  description: string;
  /** An absolute link to the record's page, when the site's address is known. */
  url?: string;
}

/** What a calendar file says about itself. */
export interface CalendarOptions {
  /** The calendar's display name (X-WR-CALNAME). */
  name: string;
  /** The evaluation date: DTSTAMP of every event (deterministic output: same input, same bytes). */
  at: string;
}

/**
 * The stable UID of a deadline item: its rule, the record, and the part (ref), topic or
 * authority (and stage) it is about — never its date, status or text, which change while it
 * is the same deadline.
 */
export function deadlineUid(item: Pick<DeadlineItem, 'rule' | 'id' | 'ref' | 'topic' | 'authority' | 'stage'>, domain: string): string {
  const duty = item.authority !== undefined ? `.${item.authority}${item.stage !== undefined ? `.${item.stage}` : ''}` : '';
  const part = item.ref !== undefined ? item.ref.replace(/\//g, '.') : item.topic !== undefined ? `.${item.topic}` : duty;
  return `${item.rule}.${item.id}${part}@${domain}`;
}

/** The UID domain of a register: `sak.` and its municipality as a slug (`sak.demokommun-fiktiv`). */
export function calendarDomain(municipality: string): string {
  const slug = municipality
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `sak.${slug || 'register'}`;
}

/** What turns an item into an event: its texts in the caller's language and audience. */
export interface DeadlineEventTexts {
  /** The title; an overdue item's is prefixed by the caller ("Försenad: …"). */
  summary(item: DeadlineItem): string;
  description(item: DeadlineItem): string;
  /** The absolute address of the item's record page, if any. */
  url?(item: DeadlineItem): string | undefined;
}

/**
 * One event per item that has a date to show: an item due in the future on its due date;
 * an overdue item (or one never done, due null) on the evaluation date, so it stays in view
 * until it is done.
 */
export function deadlineEvents(items: readonly DeadlineItem[], at: string, domain: string, texts: DeadlineEventTexts): CalendarEvent[] {
  return items.map((item) => {
    const date = item.status === 'overdue' || item.due === null || item.due < at ? at : item.due;
    const url = texts.url?.(item);
    return { uid: deadlineUid(item, domain), date, summary: texts.summary(item), description: texts.description(item), ...(url ? { url } : {}) };
  });
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other control characters dropped. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The UTF-8 length of a character (a code point). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  // At most three octets per UTF-16 unit: a line this short always fits.
  if (line.length <= 25) return line;
  let total = 0;
  for (const char of line) total += utf8Length(char);
  if (total <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = utf8Length(char);
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      // Continuation lines start with a space, which counts towards their 75 octets.
      limit = 74;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

/** A VCALENDAR of all-day events, CRLF line endings, lines folded; events in the given order. */
export function renderIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const stamp = `${compact(options.at)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sak//sak deadlines//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.name)}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(event.date, 1))}`,
      `SUMMARY:${escapeIcsText(event.summary)}`,
      `DESCRIPTION:${escapeIcsText(event.description)}`,
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
