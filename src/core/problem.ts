import type { ProblemText } from './validate/problem-text.js';

/** Every problem code of `sak validate` (register.md, "What sak validate reports"). */
export type ProblemCode =
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'encoding'
  | 'file-too-large'
  | 'not-regular-file'
  | 'unknown-file'
  | 'config'
  | 'schema'
  | 'id-filename'
  | 'file-location'
  | 'id-duplicate'
  | 'ref-missing'
  | 'ref-kind'
  | 'classification'
  | 'pii'
  | 'consistency'
  | 'future-date'
  | 'schemas-outdated'
  | 'report-file'
  | 'report-public';

/** Severity of a problem: errors fail validation, warnings only with --strict. */
export type Severity = 'error' | 'warning';

/** A problem found in the register: data, never an exception. */
export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path relative to the register root, `/`-separated. */
  file: string;
  /** 1-based line; where a field is missing, the line of its parent mapping. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The record's id where known. */
  id?: string;
  /** The field as a JSON pointer, e.g. `/cost_sek`. */
  field?: string;
  /** What the problem says: a message key and its parameters (the words are made at the edge, in the output's language). */
  message: ProblemText;
}

/**
 * Sorts problems by file, line, column, code (strings by UTF-16 code unit), then by what they
 * say as data. The output sorts once more by the message in its language (src/i18n), which
 * only reorders problems of the same place and code.
 */
export function sortProblems<P extends Problem>(problems: readonly P[]): P[] {
  return [...problems].sort(
    (a, b) => compareProblemPlaces(a, b) || compareStrings(a.message.key, b.message.key) || compareStrings(JSON.stringify(a.message.params), JSON.stringify(b.message.params)),
  );
}

/** The order of problems by file, line, column and code. */
export function compareProblemPlaces(a: ProblemPlace, b: ProblemPlace): number {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code);
}

/** Where a problem is and its code: what every problem has, whatever its message is made of. */
export type ProblemPlace = Pick<Problem, 'file' | 'line' | 'column' | 'code'>;

/** Locale-free string order by UTF-16 code unit. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds a problem with its keys in the documented order (cli.md: severity, code, file, line, column, id, field, message). */
export function makeProblem<P extends Problem>(p: P): P {
  const problem = { severity: p.severity, code: p.code, file: p.file, line: p.line, column: p.column } as P;
  if (p.id !== undefined) problem.id = p.id;
  if (p.field !== undefined) problem.field = p.field;
  problem.message = p.message;
  return problem;
}
