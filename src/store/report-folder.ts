import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { problemText } from '../core/validate/problem-text.js';
import type { Problem } from '../core/problem.js';
import { sortProblems } from '../core/problem.js';
import type { ReportDocumentFile } from '../core/record-types.js';
import {
  checkMentionedIds,
  isReportFolderName,
  isReportTextSection,
  mentionedRecordIds,
  REPORT_META_FILE,
  REPORT_TEXT_SECTIONS,
  REPORTS_FOLDER,
  type NamedRecordInfo,
  type ReportDocumentInput,
  type ReportTextSection,
} from '../core/report/document.js';
import { personalNumberPending, personalNumbersInText, yamlProblems } from '../core/validate/check-file.js';
import { fileReadProblem } from './read-register.js';
import { readRecordFile } from './read-file.js';
import { getValidators } from './validators.js';

/** A report folder as read: its content when it holds any, and every problem of its files. */
export interface ReportFolderRead {
  input: ReportDocumentInput | null;
  problems: Problem[];
}

function isDirectory(abs: string): boolean {
  try {
    return lstatSync(abs).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads `reports/<name>/` of a register: report.yaml (schema, personal numbers; errors with
 * line and column) and the section files (`summary.md`, …; personal numbers). A file that
 * is no section is a warning. `input` is null when the folder does not exist; its `meta` is
 * null when report.yaml is missing or has errors.
 */
export async function readReportFolder(root: string, name: string): Promise<ReportFolderRead> {
  const rel = `${REPORTS_FOLDER}/${name}`;
  const abs = path.join(root, REPORTS_FOLDER, name);
  if (!isDirectory(abs)) return { input: null, problems: [] };
  const problems: Problem[] = [];
  let meta: ReportDocumentFile | null = null;
  let metaPresent = false;
  const sections: Partial<Record<ReportTextSection, string>> = {};
  for (const entry of readdirSync(abs).sort()) {
    const fileRel = `${rel}/${entry}`;
    const fileAbs = path.join(abs, entry);
    if (entry === REPORT_META_FILE) {
      metaPresent = true;
      const read = await readMeta(fileAbs, fileRel);
      problems.push(...read.problems);
      meta = read.meta;
    } else if (/\.md$/i.test(entry)) {
      const base = entry.slice(0, -3);
      if (!isReportTextSection(base)) {
        problems.push({ severity: 'warning', code: 'report-file', file: fileRel, line: 1, column: 1, message: problemText('report.unknown-section', { name: entry, sections: REPORT_TEXT_SECTIONS.map((s) => `${s}.md`).join(', ') }) });
        continue;
      }
      const read = readRecordFile(fileAbs);
      if (!read.ok) {
        problems.push(fileReadProblem(fileRel, read));
        continue;
      }
      const pii = personalNumbersInText(fileRel, read.text, null);
      problems.push(...pii);
      sections[base] = read.text;
    }
  }
  if (!metaPresent && Object.keys(sections).length > 0) problems.push({ severity: 'warning', code: 'report-file', file: `${rel}/${REPORT_META_FILE}`, line: 1, column: 1, message: problemText('report.meta-missing') });
  return { input: { folder: rel, meta, sections }, problems: sortProblems(problems) };
}

/** Reads and checks report.yaml; `meta` is null when it has an error. */
async function readMeta(abs: string, rel: string): Promise<{ meta: ReportDocumentFile | null; problems: Problem[] }> {
  const read = readRecordFile(abs);
  if (!read.ok) return { meta: null, problems: [fileReadProblem(rel, read)] };
  const [{ parseYamlSource }, { locateProblems }, { schemaProblems }] = await Promise.all([import('../core/parse/yaml-source.js'), import('../core/validate/locate.js'), import('../core/validate/schema-check.js')]);
  const parsed = parseYamlSource(read.text);
  if (parsed.issues.length > 0) return { meta: null, problems: yamlProblems(rel, parsed.issues) };
  // An empty file is a document without metadata.
  const data: unknown = parsed.data ?? {};
  const pending = [...schemaProblems(await getValidators(), 'report', data, { file: rel }), ...personalNumberPending(rel, data)];
  const problems = [...locateProblems(pending, parsed.doc, parsed.lineCounter), ...personalNumbersInText(rel, read.text, data)];
  return { meta: problems.some((p) => p.severity === 'error') ? null : (data as ReportDocumentFile), problems };
}

/** The warnings of a folder's texts that name incidents, risks or sites a public report does not show. */
export function mentionProblems(input: ReportDocumentInput, lookup: (id: string) => NamedRecordInfo | undefined): Problem[] {
  const problems: Problem[] = [];
  for (const [key, text] of Object.entries(input.sections)) problems.push(...checkMentionedIds(`${input.folder}/${key}.md`, text, lookup));
  return problems;
}

/** The ids every section text of a folder names. */
export function mentionedIds(input: ReportDocumentInput): string[] {
  return [...new Set(Object.values(input.sections).flatMap((text) => mentionedRecordIds(text).map((m) => m.id)))];
}

/**
 * `sak validate`'s check of `reports/`: every period folder read as the report reads it, a
 * folder that names no period reported, and the ids the texts name looked up with `lookup`.
 */
export async function checkReportFolders(root: string, lookupOf: (ids: readonly string[]) => Promise<(id: string) => NamedRecordInfo | undefined>): Promise<Problem[]> {
  const base = path.join(root, REPORTS_FOLDER);
  if (!isDirectory(base)) return [];
  const problems: Problem[] = [];
  for (const name of readdirSync(base).sort()) {
    if (!isDirectory(path.join(base, name))) continue;
    if (!isReportFolderName(name)) {
      problems.push({ severity: 'warning', code: 'report-file', file: `${REPORTS_FOLDER}/${name}`, line: 1, column: 1, message: problemText('report.folder-name', { name: `${REPORTS_FOLDER}/${name}` }) });
      continue;
    }
    const read = await readReportFolder(root, name);
    problems.push(...read.problems);
    if (read.input) problems.push(...mentionProblems(read.input, await lookupOf(mentionedIds(read.input))));
  }
  return sortProblems(problems);
}

/**
 * A lookup of the named records from their files alone, for `sak validate` (which does not
 * keep the records' data): only the files of the ids a text names are read.
 */
export function lookupFromFiles(root: string): (ids: readonly string[]) => Promise<(id: string) => NamedRecordInfo | undefined> {
  return async (ids) => {
    const known = new Map<string, NamedRecordInfo>();
    if (ids.length === 0) return () => undefined;
    const [{ indexRecordFiles }, { parseYamlSource }] = await Promise.all([import('./record-listing.js'), import('../core/parse/yaml-source.js')]);
    const wanted = new Set(ids);
    for (const record of indexRecordFiles(root)) {
      if (!wanted.has(record.id)) continue;
      const read = readRecordFile(record.abs);
      const data = read.ok ? (parseYamlSource(read.text).data as Record<string, unknown> | undefined) : undefined;
      const classification = data && typeof data.classification === 'number' ? data.classification : 1;
      known.set(record.id, { kind: record.kind.name, classification });
    }
    return (id) => known.get(id);
  };
}
