import { KINDS, idPatternOf } from '../kinds.js';
import type { KindName } from '../kinds.js';
import type { ReportDocumentFile } from '../record-types.js';
import type { PeriodKind, ReportPeriod } from './period.js';
import { EXPLICITLY_PUBLIC } from './classification.js';
import type { Problem } from '../problem.js';
import { problemText } from '../validate/problem-text.js';
import { wording, type Wording } from './wording.js';

// The report as a municipal document (the issue "The annual report as a council document",
// amending report.md): `reports/<period>/report.yaml` in the register holds its metadata,
// and Markdown files beside it the coordinator's own text for named sections.

/**
 * The sections a Markdown file of a report folder can open, in the order of the report:
 * `<key>.md` is placed at the start of that section; `outlook.md` ("Inför nästa år") is a
 * section of its own after the others.
 */
export const REPORT_TEXT_SECTIONS = ['summary', 'incidents', 'risks', 'documents', 'controls', 'actions', 'exercises', 'sites', 'agreements', 'deadlines', 'outlook'] as const;

/** A section a coordinator's text can open. */
export type ReportTextSection = (typeof REPORT_TEXT_SECTIONS)[number];

/** True for the name (without `.md`) of a section file. */
export function isReportTextSection(name: string): name is ReportTextSection {
  return (REPORT_TEXT_SECTIONS as readonly string[]).includes(name);
}

/** The metadata file of a report folder. */
export const REPORT_META_FILE = 'report.yaml';

/** The folder of the register that holds the report folders. */
export const REPORTS_FOLDER = 'reports';

/** The folder name of a period: `2026`, `2026-Q4`, or `2026-03-01_2026-05-31` for a range. */
export function reportFolderName(period: ReportPeriod): string {
  if (period.kind === 'year' && period.year !== undefined) return String(period.year);
  if (period.kind === 'quarter' && period.year !== undefined && period.quarter !== undefined) return `${period.year}-Q${period.quarter}`;
  return `${period.from}_${period.to}`;
}

/** True when a folder name has the form of a period folder. */
export function isReportFolderName(name: string): boolean {
  return /^[0-9]{4}(-Q[1-4])?$/.test(name) || /^[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(name);
}

/** What a report folder holds, as read (report.yaml valid or absent, the section texts). */
export interface ReportDocumentInput {
  /** The folder relative to the register, `/`-separated (`reports/2026`). */
  folder: string;
  /** report.yaml, or null when the folder has none. */
  meta: ReportDocumentFile | null;
  /** The Markdown text of each section file present. */
  sections: Partial<Record<ReportTextSection, string>>;
}

/** The document part of the report model (`document` in the JSON; absent without a report folder). */
export interface ReportDocument {
  folder: string;
  /** The document type in words: Årsrapport, Kvartalsrapport, Rapport. */
  type_label: Wording;
  /** The title of report.yaml, or the report's own title (preliminary when the status date is before the period's end). */
  title: string | Wording;
  dnr: string | null;
  /** The document's date: the production date it carries. */
  date: string | null;
  author: string | null;
  recipient: string | null;
  /** Förslag till beslut, one point per item; empty when none. */
  proposal: string[];
  /** The coordinator's Markdown per section (written for publication: shown in every audience). */
  sections: Partial<Record<ReportTextSection, string>>;
}

/** The document model of a report folder; `title`: the report's own title, for a report.yaml without one. */
export function buildReportDocument(input: ReportDocumentInput, kind: PeriodKind, title: Wording): ReportDocument {
  const meta = input.meta ?? {};
  const sections: Partial<Record<ReportTextSection, string>> = {};
  // In the order of the report, whatever order the folder was listed in.
  for (const key of REPORT_TEXT_SECTIONS) {
    const text = input.sections[key];
    if (text !== undefined && text.trim() !== '') sections[key] = text.replace(/\r\n?/g, '\n').trim();
  }
  return {
    folder: input.folder,
    type_label: wording({ key: 'document_type', kind }),
    title: meta.title ?? title,
    dnr: meta.dnr ?? null,
    date: meta.date ?? null,
    author: meta.author ?? null,
    recipient: meta.recipient ?? null,
    proposal: meta.proposal ?? [],
    sections,
  };
}

/** The kinds a public report gives only as counts: naming one of their ids in the coordinator's text can publish it. */
const NAMED_KINDS: readonly KindName[] = ['incident', 'risk', 'site'];

/** An id of a record found in a text, with its position (1-based line and column). */
export interface MentionedId {
  id: string;
  kind: KindName;
  line: number;
  column: number;
}

const MENTION = new RegExp(
  `(?<![A-Za-z0-9-])(${KINDS.filter((k) => NAMED_KINDS.includes(k.name))
    .map((k) => idPatternOf(k))
    .join('|')})(?![A-Za-z0-9-])`,
  'g',
);

/** The incident, risk and site ids a text names, with their positions. */
export function mentionedRecordIds(text: string): MentionedId[] {
  const found: MentionedId[] = [];
  for (const match of text.matchAll(MENTION)) {
    const id = match[1] as string;
    const prefix = id.slice(0, id.indexOf('-'));
    const kind = KINDS.find((k) => k.prefix === prefix);
    if (!kind) continue;
    const before = text.slice(0, match.index);
    found.push({ id, kind: kind.name, line: before.split('\n').length, column: match.index - before.lastIndexOf('\n') });
  }
  return found;
}

/** What the text check needs to know of a record the coordinator's text names. */
export interface NamedRecordInfo {
  kind: KindName;
  /** Its classification (default 1). */
  classification: number;
}

/**
 * Warnings for the ids of incidents, risks and sites a coordinator's text names that the
 * public report would not show (report.md, Audience, as amended by "Safe to publish, safe to
 * share": only those classified 0), and for ids that are no record. The text itself is
 * published in every audience, so the id would be published with it.
 */
export function checkMentionedIds(file: string, text: string, lookup: (id: string) => NamedRecordInfo | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const mention of mentionedRecordIds(text)) {
    const record = lookup(mention.id);
    const at = { severity: 'warning' as const, code: 'report-public' as const, file, line: mention.line, column: mention.column, id: mention.id };
    if (record === undefined) problems.push({ ...at, message: problemText('report.unknown-id', { id: mention.id }) });
    else if (record.classification !== EXPLICITLY_PUBLIC) problems.push({ ...at, message: problemText('report.not-public', { id: mention.id, what: mention.kind as 'incident' | 'risk' | 'site' }) });
  }
  return problems;
}
