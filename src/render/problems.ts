import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/lang.js';
import { describeProblems, validateMessage, type ShownProblem } from '../i18n/validate-messages.js';
import type { Problem } from '../core/problem.js';
import { PLAIN_STYLES } from './styles.js';
import type { Styles } from './styles.js';

/** The result of `sak validate` as rendered by every format. */
export interface ValidationSummary {
  register: string;
  records: number;
  /** Every record file checked (for JUnit's one test case per file). */
  files: readonly string[];
  problems: readonly Problem[];
}

/** Counts errors and warnings. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors += 1;
  return { errors, warnings: problems.length - errors };
}

/** Text: problems grouped per file as `path:line:col severity code message`, then a summary line. */
export function renderProblemsText(summary: ValidationSummary, lang: Lang, styles: Styles = PLAIN_STYLES): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const p of describeProblems(summary.problems, lang)) {
    if (previousFile !== undefined && p.file !== previousFile) lines.push('');
    previousFile = p.file;
    const severity = p.severity === 'error' ? styles.error(p.severity) : styles.warning(p.severity);
    lines.push(`${styles.bold(`${p.file}:${p.line}:${p.column}`)} ${severity} ${styles.dim(p.code)} ${p.message}`);
  }
  const { errors, warnings } = countProblems(summary.problems);
  if (lines.length > 0) lines.push('');
  lines.push(
    errors === 0 && warnings === 0
      ? styles.ok(validateMessage(lang, 'summary.ok', { records: summary.records }))
      : (errors > 0 ? styles.error : styles.warning)(validateMessage(lang, 'summary', { records: summary.records, errors, warnings })),
  );
  return lines.join('\n') + '\n';
}

/** JSON: the shape of cli.md ("sak validate"). */
export function renderProblemsJson(summary: ValidationSummary, lang: Lang): string {
  const { errors, warnings } = countProblems(summary.problems);
  return JSON.stringify({ register: summary.register, records: summary.records, errors, warnings, problems: describeProblems(summary.problems, lang) }, null, 2) + '\n';
}

/** Escapes the message of a GitHub workflow command (`%`, CR, LF). */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property of a GitHub workflow command (also `:` and `,`). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), escaped. */
export function renderProblemsGithub(summary: ValidationSummary, lang: Lang, pathPrefix = ''): string {
  const lines = describeProblems(summary.problems, lang).map((p) => {
    const props = [`file=${escapeGithubProperty(pathPrefix + p.file)}`, `line=${p.line}`, `col=${p.column}`, `title=${escapeGithubProperty(`sak ${p.code}`)}`].join(',');
    return `::${p.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeGithubData(p.message)}`;
  });
  const { errors, warnings } = countProblems(summary.problems);
  lines.push(errors === 0 && warnings === 0 ? validateMessage(lang, 'summary.ok', { records: summary.records }) : validateMessage(lang, 'summary', { records: summary.records, errors, warnings }));
  return lines.join('\n') + '\n';
}

/** One line: every run of line breaks and tabs in a text becomes one space (Code Quality descriptions are shown on one line). */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\t\u2028\u2029]+\s*/g, ' ').trim();
}

/**
 * GitLab Code Quality report: a JSON array of issues. A fingerprint is the hash of what the
 * problem is about (code, file, field or else id), not of where it sits or how it is worded,
 * so it stays the same when a line moves or the language changes; problems alike in all of
 * that are told apart by their order in the file. Paths get `pathPrefix` (the register's
 * folder in the repository), since GitLab reads them from the repository's root.
 */
export function renderProblemsGitlab(summary: ValidationSummary, lang: Lang, pathPrefix = ''): string {
  const seen = new Map<string, number>();
  const issues = describeProblems(summary.problems, lang).map((p) => {
    const key = `${p.code}\0${pathPrefix}${p.file}\0${p.field ?? ''}\0${p.field === undefined ? (p.id ?? '') : ''}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    return {
      description: oneLine(p.message),
      check_name: p.code,
      fingerprint: createHash('sha256').update(`${key}\0${nth}`).digest('hex').slice(0, 32),
      severity: p.severity === 'error' ? 'major' : 'minor',
      location: { path: pathPrefix + p.file, lines: { begin: p.line } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped; the rest are escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Escapes an attribute value: also tab, line feed and carriage return, which a parser would otherwise turn into spaces. */
function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** JUnit XML: one test case per file, failing with its errors; warnings as system-out. */
export function renderProblemsJunit(summary: ValidationSummary, lang: Lang): string {
  const byFile = new Map<string, ShownProblem[]>();
  for (const file of summary.files) byFile.set(file, []);
  for (const p of describeProblems(summary.problems, lang)) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let failures = 0;
  const cases = files.map((file) => {
    const problems = byFile.get(file) ?? [];
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    const describe = (list: ShownProblem[]) => list.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`).join('\n');
    let body = '';
    if (errors.length > 0) {
      failures += 1;
      const first = errors[0] as ShownProblem;
      body += `\n      <failure message="${escapeXmlAttribute(first.message)}" type="${escapeXmlAttribute(first.code)}">${escapeXml(describe(errors))}</failure>`;
    }
    if (warnings.length > 0) body += `\n      <system-out>${escapeXml(describe(warnings))}</system-out>`;
    return `    <testcase classname="sak.validate" name="${escapeXmlAttribute(file)}"${body ? `>${body}\n    </testcase>` : '/>'}`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sak validate" tests="${files.length}" failures="${failures}">`,
    `  <testsuite name="sak validate" tests="${files.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
