import { problemText, type ProblemText } from './problem-text.js';
import { ENUM_VALUES } from '../labelled.js';
import { isPartialDate, partialDateStart } from '../calendar/date.js';
import { matrixSize } from '../risk.js';
import { KINDS, kindOfFolder } from '../kinds.js';
import type { KindSpec } from '../kinds.js';
import type { AnyRecord } from '../model.js';
import type { Problem } from '../problem.js';
import type { SakConfig } from '../record-types.js';
import type { YamlIssue } from '../parse/yaml-source.js';
import { fastParseYaml, UNSUPPORTED } from '../parse/fast-yaml.js';
import { toPointer } from './pending.js';
import type { LocatedDate } from './future-date.js';
import type { PendingProblem } from './pending.js';
import { findPersonalNumbers, maskPersonalNumber, mayHoldPersonalNumbers, personalNumberKey } from './pii.js';
import type { PersonalNumberMatch } from './pii.js';
import { schemaProblems } from './schema-check.js';
import type { SchemaValidators } from './schema-check.js';
import { suggestNearest } from '../suggest.js';

/** An example file name for a kind's folder, for messages. */
export function exampleFileName(folder: string): string {
  const kind = kindOfFolder(folder);
  if (!kind) return 'INC-20261126-7QX2K.yaml';
  if (kind.idForm === 'unit') return 'kommunstyrelsen.yaml';
  if (kind.idForm === 'dated') return `2026/${kind.prefix}-20261126-7QX2K.yaml`;
  return `${kind.prefix}-exempel.yaml`;
}

/** Everything the per-file checks need besides the file. */
export interface FileCheckContext {
  validators: SchemaValidators;
  /**
   * The date of evaluation (`--at`) for `future-date` warnings. Leave it out to get the
   * located event dates instead (`events`), so that a cached result serves any date.
   */
  today?: string;
  config: SakConfig | null;
}

/** The outcome of checking one record file on its own. */
export interface FileCheckResult {
  /** The record, when the file held a mapping (even an invalid one: ids still count for duplicates). */
  record?: AnyRecord;
  /** True when the file has no error of its own. */
  valid: boolean;
  problems: Problem[];
  /** The event dates of the record with their positions, for `future-date` at any date. */
  events: LocatedDate[];
}


/** Maps a YAML issue to its message. */
export function yamlIssueMessage(issue: YamlIssue): ProblemText {
  if (issue.reason === 'duplicate-key') return problemText('yaml.duplicate-key', { key: issue.detail });
  if (issue.reason === 'syntax') return problemText('yaml.syntax', { detail: issue.detail });
  return problemText(`yaml.${issue.reason}`, { detail: issue.detail });
}

/** Turns the YAML issues of a file into problems. */
export function yamlProblems(file: string, issues: readonly YamlIssue[]): Problem[] {
  return issues.map((issue) => ({ severity: 'error', code: issue.code, file, line: issue.line, column: issue.column, message: yamlIssueMessage(issue) }));
}

export function isMapping(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}

/**
 * Checks one record's text read with the fast reader, for the common case of a clean
 * record in the plain subset. Undefined when the text is outside that subset or the
 * record has a problem: then `checkRecordText` (check-file-full.ts) parses it with
 * `yaml`, so that every problem gets its line and column. This module never loads `yaml`.
 */
export function checkFastRecord(file: string, kind: KindSpec, expectedPath: string, text: string, context: FileCheckContext): FileCheckResult | undefined {
  // A personal number anywhere in the text (a comment, a number as written) is a problem the full path locates.
  if (mayHoldPersonalNumbers(text) && findPersonalNumbers(text).length > 0) return undefined;
  const fast = fastParseYaml(text);
  if (fast === UNSUPPORTED || !isMapping(fast)) return undefined;
  const { pending, id } = recordProblems(file, kind, expectedPath, fast, context, text);
  if (pending.length > 0) return undefined;
  const events = eventDates(kind, fast);
  if (context.today !== undefined && events.some((e) => partialDateStart(e.value) > (context.today as string))) return undefined;
  return { record: { kind: kind.name, id: id ?? baseName(file), file, data: fast } as unknown as AnyRecord, valid: true, problems: [], events };
}

/** The record's id as its file names it. */
export function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
}

/**
 * The problems of a record's data on its own, still without positions. Given the `text` it
 * was read from, the search for personal numbers is skipped when the text cannot hold one.
 */
export function recordProblems(file: string, kind: KindSpec, expectedPath: string, fields: Record<string, unknown>, context: FileCheckContext, text?: string): { pending: PendingProblem[]; id: string | undefined } {
  const base = baseName(file);
  const id = typeof fields.id === 'string' ? fields.id : undefined;
  const pending: PendingProblem[] = schemaProblems(context.validators, kind.name, fields, { file, id });
  const add: Add = (p) => {
    const problem: PendingProblem = { severity: 'error', file, ...p };
    if (id !== undefined) problem.id = id;
    pending.push(problem);
  };

  if (id !== undefined && id !== base) add({ code: 'id-filename', path: ['id'], anchor: 'value', message: problemText('id-filename', { id, name: base }) });
  if (file !== expectedPath) {
    const sameFolder = file.split('/')[0] === kind.folder;
    add({
      code: 'file-location',
      path: [],
      anchor: 'value',
      message: problemText(sameFolder && kind.idForm === 'dated' ? 'file-location.year' : 'file-location.folder', {
        id: id ?? base,
        expected: sameFolder && kind.idForm === 'dated' ? expectedPath.split('/').slice(0, 2).join('/') + '/' : expectedPath,
      }),
    });
  }
  if (fields.classification === 4) add({ code: 'classification', path: ['classification'], anchor: 'value', message: problemText('classification') });
  checkConfiguredValues(kind, fields, context, add);
  if (kind.name === 'control') checkDemand(fields, context, add);
  if (kind.name === 'risk') checkRiskScale(fields, context, add);
  if (text === undefined || mayHoldPersonalNumbers(text)) checkPersonalNumbers(fields, [], add);
  checkConsistency(kind, fields, add);
  return { pending, id };
}

export function eventDates(kind: KindSpec, fields: Record<string, unknown>): LocatedDate[] {
  const events: LocatedDate[] = [];
  for (const pattern of kind.eventDates) {
    for (const { path, value } of valuesAt(fields, pattern)) {
      if (isDateLike(value)) events.push({ field: toPointer(path), path, value });
    }
  }
  return events;
}

type Add = (p: Omit<PendingProblem, 'file' | 'id' | 'severity'> & { severity?: PendingProblem['severity'] }) => void;

/** The enumerations that sak.yaml extends (incident_categories, exercise_topics); the schema leaves them open. */
const CONFIGURED_ENUMS = ['category', 'topic'] as const;
type ConfiguredEnum = (typeof CONFIGURED_ENUMS)[number];

function isConfiguredEnum(name: string): name is ConfiguredEnum {
  return (CONFIGURED_ENUMS as readonly string[]).includes(name);
}

/** Checks the fields whose values come from an enumeration that sak.yaml may extend, as the kinds table names them. */
function checkConfiguredValues(kind: KindSpec, fields: Record<string, unknown>, context: FileCheckContext, add: Add): void {
  for (const [field, enumName] of configuredFields(kind)) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const allowed = allowedValueSet(enumName, context.config);
    if (allowed.has(value)) continue;
    add({
      code: 'schema',
      path: [field],
      anchor: 'value',
      message: problemText('schema.enum', { value, allowed: [...allowed].join(', '), suggestion: suggestNearest(value, [...allowed]) }),
    });
  }
}

/** A control's `demand` must name an entry of `control_demands` in sak.yaml (`ref-missing`). */
function checkDemand(fields: Record<string, unknown>, context: FileCheckContext, add: Add): void {
  const value = fields.demand;
  if (typeof value !== 'string' || context.config === null) return;
  const ids = (context.config.control_demands ?? []).map((d) => d.id);
  if (ids.includes(value)) return;
  add({ code: 'ref-missing', path: ['demand'], anchor: 'value', message: problemText('demand-missing', { value, suggestion: suggestNearest(value, ids) }) });
}

// Worked out once per sak.yaml read, not once per record.
const allowedSets = new WeakMap<object, Map<ConfiguredEnum, ReadonlySet<string>>>();
const NO_CONFIG = {};

function allowedValueSet(enumName: ConfiguredEnum, config: SakConfig | null): ReadonlySet<string> {
  const key = config ?? NO_CONFIG;
  let sets = allowedSets.get(key);
  if (!sets) allowedSets.set(key, (sets = new Map()));
  let set = sets.get(enumName);
  if (!set) sets.set(enumName, (set = new Set(allowedValues(enumName, config))));
  return set;
}

/** The fields of each kind that take a configured enumeration, from the kinds table. */
const CONFIGURED_FIELDS: ReadonlyMap<KindSpec, readonly (readonly [string, ConfiguredEnum])[]> = new Map(
  KINDS.map((kind) => [kind, Object.entries(kind.enums).flatMap(([field, enumName]) => (isConfiguredEnum(enumName) ? [[field, enumName] as const] : []))]),
);

function configuredFields(kind: KindSpec): readonly (readonly [string, ConfiguredEnum])[] {
  return CONFIGURED_FIELDS.get(kind) ?? [];
}

/** The built-in values of incident categories or exercise topics plus those of sak.yaml. */
export function allowedValues(enumName: ConfiguredEnum, config: SakConfig | null): string[] {
  const extra = (enumName === 'category' ? config?.incident_categories : config?.exercise_topics) ?? [];
  return [...ENUM_VALUES[enumName], ...extra.map((e) => e.id)];
}

/** Checks that a risk's assessments lie within the risk matrix of sak.yaml (the schema allows 1–6, the largest matrix). */
function checkRiskScale(fields: Record<string, unknown>, context: FileCheckContext, add: Add): void {
  const assessments = fields.assessments;
  if (!Array.isArray(assessments)) return;
  const size = matrixSize(context.config);
  assessments.forEach((assessment: unknown, i) => {
    if (typeof assessment !== 'object' || assessment === null) return;
    for (const axis of ['likelihood', 'consequence'] as const) {
      const value = (assessment as Record<string, unknown>)[axis];
      if (typeof value === 'number' && Number.isInteger(value) && value > size[axis]) {
        add({ code: 'schema', path: ['assessments', i, axis], anchor: 'value', message: problemText('risk.scale', { axis, value, limit: size[axis] }) });
      }
    }
  });
}

/** Looks for personal numbers in every string and whole number of a record; `path` is a stack, copied only for a finding. */
function checkPersonalNumbers(value: unknown, path: (string | number)[], add: Add): void {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value))) {
    for (const match of findPersonalNumbers(String(value))) add({ code: 'pii', path: [...path], anchor: 'value', message: personalNumberMessage(match) });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      path.push(i);
      checkPersonalNumbers(value[i], path, add);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      checkPersonalNumbers((value as Record<string, unknown>)[key], path, add);
      path.pop();
    }
  }
}

function personalNumberMessage(match: PersonalNumberMatch): ProblemText {
  return problemText('pii', { what: match.kind, masked: maskPersonalNumber(match.text) });
}

/** The personal numbers in the values of parsed data (strings and whole numbers), as ten-digit keys. */
function personalNumberKeys(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isSafeInteger(value))) for (const match of findPersonalNumbers(String(value))) out.add(personalNumberKey(match));
  else if (Array.isArray(value)) for (const item of value) personalNumberKeys(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) personalNumberKeys(item, out);
  return out;
}

/**
 * The personal numbers of a file's text that none of its values holds — in a comment, or a
 * number as written (`0012…`) — located by their offset. A number a value holds is reported
 * at that value (checkPersonalNumbers) and not twice.
 */
export function personalNumbersInText(file: string, text: string, data: unknown, id?: string): Problem[] {
  if (!mayHoldPersonalNumbers(text)) return [];
  const matches = findPersonalNumbers(text);
  if (matches.length === 0) return [];
  const inValues = personalNumberKeys(data, new Set());
  const problems: Problem[] = [];
  for (const match of matches) {
    if (inValues.has(personalNumberKey(match))) continue;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    problems.push({ severity: 'error', code: 'pii', file, line, column, ...(id !== undefined ? { id } : {}), message: personalNumberMessage(match) });
  }
  return problems;
}

/** The personal numbers in a parsed file's values (sak.yaml's too), still to be located. */
export function personalNumberPending(file: string, data: unknown): PendingProblem[] {
  const pending: PendingProblem[] = [];
  checkPersonalNumbers(data, [], (p) => pending.push({ severity: 'error', file, ...p }));
  return pending;
}

// Only dates that exist: 2026-02-30 is a schema error already, and must not reach the date arithmetic.
function isDateLike(value: unknown): value is string | number {
  return isPartialDate(value);
}

/** The consistency rules of register.md, read from the kinds table: closing dates and dated lists. */
function checkConsistency(kind: KindSpec, fields: Record<string, unknown>, add: Add): void {
  const close = kind.close;
  if (close?.dateField) {
    const field = close.dateField;
    const value = fields[field];
    if (fields.status === close.status && value === undefined) add({ code: 'consistency', path: [field], anchor: 'parent', message: problemText(`consistency.${field}-missing`) });
    const after = close.after ? fields[close.after] : undefined;
    if (typeof value === 'string' && typeof after === 'string' && value < after) {
      add({ code: 'consistency', path: [field], anchor: 'value', message: problemText(`consistency.${field}-before`, { value, other: after }) });
    }
  }
  const ordered = kind.datedEntries;
  if (ordered && Array.isArray(fields[ordered])) {
    let previous: string | undefined;
    let previousRaw: unknown;
    (fields[ordered] as unknown[]).forEach((entry, i) => {
      const date = (entry as Record<string, unknown> | null)?.date;
      if (!isDateLike(date)) return;
      const start = partialDateStart(date);
      if (previous !== undefined && start < previous) {
        add({ code: 'consistency', path: [ordered, i, 'date'], anchor: 'value', message: problemText('consistency.order', { list: ordered, value: String(date), other: String(previousRaw) }) });
      }
      previous = start;
      previousRaw = date;
    });
  }
}

/** A value found at a path pattern, with its concrete path (shared, not to be changed). */
export interface ValueAt {
  path: readonly (string | number)[];
  value: unknown;
}

/** Every value at a path pattern where `*` stands for each item of a list, with its concrete path. */
export function valuesAt(data: unknown, pattern: readonly string[]): ValueAt[] {
  if (!pattern.includes('*')) {
    // A plain path (the common case): at most one value, and the pattern is its own path.
    let value: unknown = data;
    for (const segment of pattern) {
      if (!hasField(value, segment)) return [];
      value = value[segment];
    }
    return [{ path: pattern, value }];
  }
  const found: ValueAt[] = [];
  collectValuesAt(data, pattern, 0, [], found);
  return found;
}

function hasField(value: unknown, segment: string): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, segment);
}

/** Walks `pattern` from `depth` on; `path` is a stack, copied only for a value found. */
function collectValuesAt(value: unknown, pattern: readonly string[], depth: number, path: (string | number)[], found: ValueAt[]): void {
  if (depth === pattern.length) {
    found.push({ path: [...path], value });
    return;
  }
  const segment = pattern[depth] as string;
  if (segment === '*') {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i += 1) {
      path.push(i);
      collectValuesAt(value[i], pattern, depth + 1, path, found);
      path.pop();
    }
  } else if (hasField(value, segment)) {
    path.push(segment);
    collectValuesAt(value[segment], pattern, depth + 1, path, found);
    path.pop();
  }
}
