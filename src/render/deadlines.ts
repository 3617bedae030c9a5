import type { DeadlineItem, DeadlineStatus } from '../core/check/engine.js';
import type { CommandWord, Placeholder } from '../core/check/follow-up.js';
import type { Lang } from '../i18n/lang.js';
import { basisWords, DEADLINE_STATUS_LABELS, ruleLabel } from '../i18n/check-messages.js';
import { checkOutputText } from '../i18n/check-output.js';
import { recordPagePath, siteUrl } from '../core/site/paths.js';
import { calendarDomain, deadlineEvents, renderIcs } from './ics.js';
import type { DeadlineEventTexts } from './ics.js';
import type { Styles } from './styles.js';
import { PLAIN_STYLES } from './styles.js';
import { escapeGithubData, escapeGithubProperty } from './problems.js';

/** The outcome of `sak check`, as every format renders it. */
export interface CheckResult {
  at: string;
  horizon: string;
  /** The items to show (overdue and due; ok too with --all), sorted. */
  items: readonly DeadlineItem[];
  /** Record files by id, for annotations that point at a file. */
  files: ReadonlyMap<string, string>;
  /** The command that records an item's follow-up (text output ends each overdue or due item with it). */
  followUp?: (item: DeadlineItem) => readonly CommandWord[] | undefined;
}

/** A placeholder in the language: `<ÅÅÅÅ-MM-DD>`, `<enhet>`, `<1–5>`, `<ok|deviations>`. */
function placeholderText(word: Placeholder, lang: Lang): string {
  if (word.placeholder === 'date') return checkOutputText(lang, 'placeholder.date');
  if (word.placeholder === 'unit') return checkOutputText(lang, 'placeholder.unit');
  const numbers = word.values.every((v, i) => v === String(i + 1));
  return numbers && word.values.length > 2 ? `<1–${word.values.length}>` : `<${word.values.join('|')}>`;
}

/** A literal word quoted for a POSIX shell (and PowerShell) when it holds anything but plain characters. */
function needsQuotes(text: string): boolean {
  return !/^[A-Za-z0-9_./:=@%+,-]*$/.test(text);
}

/** A follow-up command as one line to type: literal words quoted where a shell needs it, placeholders in the language. */
export function renderCommand(words: readonly CommandWord[], lang: Lang): string {
  return words
    .map((word) => {
      const parts = typeof word === 'string' || !Array.isArray(word) ? [word as string | Placeholder] : (word as readonly (string | Placeholder)[]);
      const text = parts.map((p) => (typeof p === 'string' ? p : placeholderText(p, lang))).join('');
      const quote = parts.some((p) => typeof p === 'string' && needsQuotes(p));
      return quote ? `'${text.replace(/'/g, `'\\''`)}'` : text;
    })
    .join(' ');
}

/** Counts the overdue and due items. */
export function countDeadlines(items: readonly DeadlineItem[]): { overdue: number; due: number } {
  let overdue = 0;
  let due = 0;
  for (const item of items) {
    if (item.status === 'overdue') overdue += 1;
    else if (item.status === 'due') due += 1;
  }
  return { overdue, due };
}

/**
 * JSON: the shape of cli.md ("sak check"). An overdue or due item adds `command`, the
 * command that records its follow-up as text output shows it (an addition to the shape).
 */
export function renderDeadlinesJson(result: CheckResult, lang: Lang = 'sv'): string {
  const { overdue, due } = countDeadlines(result.items);
  const items = result.items.map((item) => {
    const command = result.followUp?.(item);
    return command ? { ...item, command: renderCommand(command, lang) } : item;
  });
  return JSON.stringify({ at: result.at, horizon: result.horizon, overdue, due, items }, null, 2) + '\n';
}

/** Text: grouped by status, most urgent first, each line with its due date and message. */
export function renderDeadlinesText(result: CheckResult, lang: Lang, styles: Styles = PLAIN_STYLES): string {
  const lines: string[] = [];
  const colour: Record<DeadlineStatus, (t: string) => string> = { overdue: styles.error, due: styles.warning, ok: styles.ok };
  const noDate = checkOutputText(lang, 'no-date');
  const width = Math.max(10, noDate.length);
  for (const status of ['overdue', 'due', 'ok'] as const) {
    const group = result.items.filter((i) => i.status === status);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(styles.bold(colour[status](`${DEADLINE_STATUS_LABELS[status][lang]} (${group.length})`)));
    for (const item of group) {
      const due = item.due ?? noDate;
      lines.push(`  ${colour[status](due.padEnd(width))}  ${item.message}  ${styles.dim(`[${basisWords(item.basis, lang)}; ${item.rule}]`)}`);
      const command = result.followUp?.(item);
      if (command) lines.push(`  ${' '.repeat(width)}  → ${renderCommand(command, lang)}`);
    }
  }
  const { overdue, due } = countDeadlines(result.items);
  if (lines.length > 0) lines.push('');
  lines.push(checkOutputText(lang, 'summary', { overdue, due, at: result.at, horizon: result.horizon }));
  return lines.join('\n') + '\n';
}

/** GitHub workflow commands: overdue items as errors, due items as warnings, on the record's file (`pathPrefix`: the register's folder in the repository). */
export function renderDeadlinesGithub(result: CheckResult, lang: Lang, pathPrefix = ''): string {
  const lines: string[] = [];
  for (const item of result.items) {
    if (item.status === 'ok') continue;
    const file = result.files.get(item.id);
    const props = [file ? `file=${escapeGithubProperty(pathPrefix + file)}` : undefined, `title=${escapeGithubProperty(`sak ${item.rule}`)}`]
      .filter(Boolean)
      .join(',');
    lines.push(`::${item.status === 'overdue' ? 'error' : 'warning'} ${props}::${escapeGithubData(item.message)}`);
  }
  const { overdue, due } = countDeadlines(result.items);
  lines.push(checkOutputText(lang, 'summary', { overdue, due, at: result.at, horizon: result.horizon }));
  return lines.join('\n') + '\n';
}

/** What a calendar of deadlines needs besides the items. */
export interface IcsOptions {
  lang: Lang;
  /** The municipality (the calendar's name and the UIDs' domain). */
  municipality: string;
  /** The site's base address: each event links to its record's page. */
  siteBase?: string;
  /** The texts of an event; default: the item's message, as `sak check` prints it (internal). */
  texts?: Pick<DeadlineEventTexts, 'summary'>;
}

/**
 * iCalendar: one all-day event per item with a date to show (an ok item without a due date
 * has none), overdue items on the evaluation date with "Försenad:" before the text.
 */
export function renderDeadlinesIcs(result: Pick<CheckResult, 'at' | 'items'>, options: IcsOptions): string {
  const { lang } = options;
  const overdue = DEADLINE_STATUS_LABELS.overdue[lang];
  const url = (item: DeadlineItem) => siteUrl(options.siteBase, recordPagePath(item.kind, item.id));
  const summary = options.texts?.summary ?? ((item: DeadlineItem) => item.message);
  const texts: DeadlineEventTexts = {
    summary: (item) => (item.status === 'overdue' ? `${overdue}: ${summary(item)}` : summary(item)),
    description: (item) => {
      const basis = basisWords(item.basis, lang);
      const link = url(item);
      return [
        `${ruleLabel(item.rule, lang)} · ${DEADLINE_STATUS_LABELS[item.status][lang]}`,
        checkOutputText(lang, 'ics-due', { due: item.due ?? checkOutputText(lang, 'no-date') }),
        checkOutputText(lang, 'ics-basis', { basis }),
        ...(link ? [checkOutputText(lang, 'ics-link', { url: link })] : []),
      ].join('\n');
    },
    url,
  };
  const items = result.items.filter((item) => !(item.status === 'ok' && item.due === null));
  const events = deadlineEvents(items, result.at, calendarDomain(options.municipality), texts);
  return renderIcs(events, { name: checkOutputText(lang, 'ics-name', { name: options.municipality }), at: result.at });
}
