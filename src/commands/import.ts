import { createHash, randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, ProblemsError, SakError, UsageError } from '../errors.js';
import { parseChoice } from './option-values.js';
import type { IMPORT_ENCODINGS, WRITE_FORMATS } from './option-choices.js';
import { cellValue, fieldNames, foldName, importFields, matchColumns } from '../core/import/columns.js';
import type { CellContext, ColumnProblem, ColumnRole, ImportField } from '../core/import/columns.js';
import { columnLetter, readCsvTableStream } from '../core/import/csv-table.js';
import type { CsvRow } from '../core/import/csv-table.js';
import { KINDS, findKind, recordPath } from '../core/kinds.js';
import type { KindSpec } from '../core/kinds.js';
import type { AnyRecord } from '../core/model.js';
import { applyDefaults, missingRequired, renderNewRecord, setPath } from '../core/new-record.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import { suggestNearest } from '../core/suggest.js';
import { fieldLabel, fieldLabels } from '../i18n/field-labels.js';
import { importMessage } from '../i18n/import-messages.js';
import { recordMessage } from '../i18n/record-messages.js';
import { describeProblems, type ShownProblem } from '../i18n/validate-messages.js';
import { GitError, commitFiles, gitWorkTree } from '../store/git.js';
import type { GitRepository } from '../store/git.js';
import { WriteInterrupted, checkStop, missingFolder } from '../store/write-undo.js';
import type { FileUndo } from '../store/write-undo.js';
import { absolutePath, readTitles, stubRecords, takenIds } from '../store/record-index.js';
import { firstInvalidUtf8 } from '../store/read-file.js';
import { removeStaleTempFiles } from '../store/stale-temp.js';
import { InputLimitError, streamUserFile } from '../store/user-input.js';
import { createRecordFile, replaceRecordFile } from '../store/write-record.js';
import { readRecordFile } from '../store/read-file.js';
import { editYamlText } from '../core/edit/yaml-edit.js';
import type { RecordEdit } from '../core/edit/yaml-edit.js';
import { IMPORT_SOURCE_FIELD } from '../core/fields.js';
import { schemaKeyOrder } from './change-record.js';
import { newId } from './add.js';
import type { Context } from './context.js';
import { DATE_FORMATS } from '../core/field-values.js';
import { isValidDate } from '../core/calendar/date.js';
import { valueProblemText, writeValueContext } from './field-input.js';
import { allOrNothing, checkCandidate, gitErrorDetail, openForWrite, otherRecords } from './record-write.js';
import type { WriteSetup } from './record-write.js';

/** The encodings `sak import` reads (IMPORT_ENCODINGS): `auto` is UTF-8, or Windows-1252 when the file is not UTF-8. */
export type ImportEncoding = 'auto' | 'utf-8' | 'windows-1252';

/** Options of `sak import`, as declared in cli/commands/import.ts (format and encoding already checked). */
export interface ImportOptions {
  map?: string[];
  /** `--map-value FIELD:TEXT=VALUE`, repeatable. */
  mapValue?: string[];
  /** `--encoding`: one of IMPORT_ENCODINGS, in lower case. */
  encoding?: (typeof IMPORT_ENCODINGS)[number];
  /** `--skip-rows N`: the rows above the header; found when not given. */
  skipRows?: string;
  /** `--date-format`: one of DATE_FORMATS. */
  dateFormat?: string;
  dryRun?: boolean;
  /** `--no-commit` sets this to false. */
  commit?: boolean;
  format?: (typeof WRITE_FORMATS)[number];
  /** `--key COLUMN`: the column whose value finds a row's record when the file is imported again. */
  key?: string;
  /** `--update`: rows whose records exist and differ update them. */
  update?: boolean;
  /** `--max-size MB`: the largest file read (IMPORT_MAX_MB by default). */
  maxSize?: string;
  /** `--max-rows N`: the most data rows one import (one commit) takes (IMPORT_MAX_ROWS by default). */
  maxRows?: string;
}

/** What `sak import` gets besides its options. */
export interface ImportDeps {
  /** The CSV file, absolute. */
  file: string;
  /** The file as the user named it, for messages and the commit. */
  shown: string;
  random?: (size: number) => Uint8Array;
}

/** A problem of one row (or of the file), located by row and column as a spreadsheet shows them. */
interface RowProblem {
  severity: 'error' | 'warning';
  row?: number;
  column?: number;
  message: string;
}

/** One row on its way to becoming a record. */
interface Candidate {
  row: number;
  data: Record<string, unknown>;
  /** The column each field path came from. */
  columnOf: Map<string, number>;
  /** Columns whose cell could not be read (already a problem): the record's check says nothing more of them. */
  unreadColumns: Set<number | undefined>;
  id: string;
  file: string;
  text: string;
}

function unknownKind(lang: Context['lang'], kindArg: string): UsageError {
  const names = KINDS.map((k) => k.name);
  const suggestion = suggestNearest(kindArg, names);
  return new UsageError(recordMessage(lang, suggestion ? 'usage.unknown-kind.suggest' : 'usage.unknown-kind', { kind: kindArg, suggestion, kinds: names.join(', ') }));
}

/** Parses `--map "COLUMN=FIELD"` (split at the last `=`); exit 2 for a malformed one or a field the kind has not. */
function parseMaps(ctx: Context, kind: KindSpec, maps: readonly string[], fields: readonly ImportField[], header: readonly string[]): Map<string, string> {
  const result = new Map<string, string>();
  const columns = new Set(header.map(foldName));
  for (const value of maps) {
    const eq = value.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(importMessage(ctx.lang, 'map.bad', { value }));
    const column = value.slice(0, eq).trim();
    const wanted = value.slice(eq + 1).trim();
    if (!columns.has(foldName(column))) throw new UsageError(importMessage(ctx.lang, 'map.unknown-column', { value, column, columns: header.map((h) => `"${h.trim()}"`).join(', ') }));
    let field = '';
    if (wanted !== '') {
      const found = fields.find((f) => fieldNames(f).some((name) => foldName(name) === foldName(wanted)));
      if (!found) {
        const suggestion = suggestNearest(wanted, fields.map((f) => f.name));
        throw new UsageError(importMessage(ctx.lang, 'map.unknown-field', { value, kind: kind.name, field: wanted, suggestion, fields: fields.map((f) => f.name).join(', ') }));
      }
      field = found.name;
    }
    result.set(column, field);
  }
  return result;
}

/**
 * Parses `--map-value FIELD:TEXT=VALUE` (`category:Onödigt larm=false_alarm`; quotes around
 * TEXT or VALUE are dropped): a cell of that field holding TEXT (any case) is read as VALUE.
 * Exit 2 for a malformed one or a field the kind has not.
 */
function parseValueMaps(ctx: Context, kind: KindSpec, values: readonly string[], fields: readonly ImportField[]): Map<string, Map<string, string>> {
  const maps = new Map<string, Map<string, string>>();
  const unquote = (text: string) => text.trim().replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1');
  for (const value of values) {
    const colon = value.indexOf(':');
    const eq = value.lastIndexOf('=');
    if (colon <= 0 || eq < colon + 2) throw new UsageError(importMessage(ctx.lang, 'map-value.bad', { value }));
    const wanted = value.slice(0, colon).trim();
    const found = fields.find((f) => fieldNames(f).some((name) => foldName(name) === foldName(wanted)));
    if (!found) {
      const suggestion = suggestNearest(wanted, fields.map((f) => f.name));
      throw new UsageError(importMessage(ctx.lang, 'map.unknown-field', { value, kind: kind.name, field: wanted, suggestion, fields: fields.map((f) => f.name).join(', ') }));
    }
    const map = maps.get(found.name) ?? new Map<string, string>();
    map.set(foldName(unquote(value.slice(colon + 1, eq))), unquote(value.slice(eq + 1)));
    maps.set(found.name, map);
  }
  return maps;
}

/** The column of a problem's field (a JSON pointer): the column of that field, else of its nearest parent. */
function columnOfPointer(pointer: string | undefined, columnOf: ReadonlyMap<string, number>): number | undefined {
  if (!pointer) return undefined;
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).filter((s) => !/^\d+$/.test(s));
  for (let n = segments.length; n > 0; n -= 1) {
    const column = columnOf.get(segments.slice(0, n).join('.'));
    if (column !== undefined) return column;
  }
  return undefined;
}

/** Renders row problems as lines: `rad 3, kolumn E (Kostnad (kr)): …`, sorted by row and column. */
function renderRowProblems(lang: Context['lang'], header: readonly string[], problems: readonly RowProblem[]): string {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1));
  return sorted
    .map((p) => {
      const where =
        p.row === undefined
          ? importMessage(lang, 'where.file')
          : p.column === undefined
            ? importMessage(lang, 'where.row', { row: p.row })
            : importMessage(lang, 'where.cell', { row: p.row, letter: columnLetter(p.column), column: (header[p.column] ?? '').trim() });
      return `${where}: ${p.severity === 'warning' ? `${importMessage(lang, 'warning')}: ` : ''}${p.message}\n`;
    })
    .join('');
}

function columnProblemText(lang: Context['lang'], problem: ColumnProblem): string {
  return importMessage(lang, problem.key, problem.params);
}

/** The limits of one import: the file's size (`--max-size`, MB) and its data rows, all in one commit (`--max-rows`). */
export const IMPORT_MAX_MB = 100;
export const IMPORT_MAX_ROWS = 10_000;
/** From this many rows on, import says what it is doing (checking, writing, committing). */
const PROGRESS_ROWS = 100;

/** A whole number of at least 1 given to an option (`--max-rows 20000`); exit 2 otherwise. */
function positiveOption(ctx: Context, option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const text = String(value).trim().replace(/[\s_]/g, '');
  if (!/^[1-9][0-9]{0,9}$/.test(text)) throw new UsageError(importMessage(ctx.lang, 'limit.bad', { option, value: String(value) }));
  return Number(text);
}

/** The bytes that are not yet a whole UTF-8 character at the end of a chunk (the decoder holds them for the next). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const b = bytes[bytes.length - back] as number;
    if (b < 0x80) return bytes.subarray(bytes.length);
    if (b >= 0xc0) return (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > back ? bytes.subarray(bytes.length - back) : bytes.subarray(bytes.length);
  }
  return bytes.subarray(bytes.length);
}

/**
 * The file as UTF-8 text, chunk by chunk, within the size limit: exit 1 when it is not UTF-8
 * (naming the line), exit 2 when it is larger than the limit, exit 3 when it cannot be read
 * or is no regular file (a device, a FIFO).
 */
async function* csvText(ctx: Context, deps: ImportDeps, maxBytes: number, maxMb: number, encoding: ImportEncoding, found: { encoding?: ImportEncoding } = {}): AsyncGenerator<string> {
  let decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', { fatal: true });
  let lines = 0;
  let carry: Uint8Array = new Uint8Array(0);
  // Detected: UTF-8 until a byte that is not, when nothing but ASCII came before it; then
  // Windows-1252 (Excel's "CSV (semikolonavgränsad)"; ISO-8859-1 is a part of it) for the whole file.
  let ascii = true;
  found.encoding = encoding === 'auto' ? 'utf-8' : encoding;
  const notUtf8 = (line: number) => new ProblemsError(importMessage(ctx.lang, 'file.encoding', { path: deps.shown, row: line }));
  try {
    for await (const bytes of streamUserFile(deps.file, maxBytes)) {
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
        // eslint-disable-next-line no-control-regex
        if (ascii && /[^\x00-\x7f]/.test(text)) ascii = false;
      } catch {
        if (encoding !== 'auto' || !ascii) throw notUtf8(lines + firstInvalidUtf8(Buffer.concat([carry, bytes])).line);
        decoder = new TextDecoder('windows-1252');
        found.encoding = 'windows-1252';
        text = decoder.decode(Buffer.concat([carry, bytes]), { stream: true });
      }
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
      carry = incompleteTail(bytes);
      yield text;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw notUtf8(lines + 1);
    }
    if (rest !== '') yield rest;
  } catch (error) {
    if (error instanceof SakError) throw error;
    if (error instanceof InputLimitError && error.reason === 'too-large') {
      const size = error.detail.size === undefined ? '' : Math.ceil(error.detail.size / (1024 * 1024)).toString();
      throw new UsageError(importMessage(ctx.lang, size ? 'file.too-large.size' : 'file.too-large', { path: deps.shown, size, limit: maxMb }));
    }
    if (error instanceof InputLimitError) throw new EnvironmentError(importMessage(ctx.lang, 'file.not-regular', { path: deps.shown, kind: error.detail.kind }));
    throw new EnvironmentError(importMessage(ctx.lang, 'file.unreadable', { path: deps.shown, reason: (error as Error).message }));
  }
}

/**
 * `sak import <kind> FILE`: every row of a CSV file becomes a new record. All rows are
 * checked (as `sak add` checks one record) before anything is written; any error → exit 1
 * naming row and column, nothing written. Then all files are written and committed in one
 * commit. Linear in the number of rows: the register is indexed once, not per row.
 */
export async function runImport(kindArg: string, options: ImportOptions, ctx: Context, deps: ImportDeps): Promise<number> {
  const { lang } = ctx;
  const format = options.format ?? 'text';
  const kind = findKind(kindArg);
  if (!kind) throw unknownKind(lang, kindArg);
  const setup = await openForWrite(ctx, options);
  const fields = setup.fields(kind.name);
  const targets = importFields(kind, fields, fieldLabels);

  const maxMb = positiveOption(ctx, '--max-size', options.maxSize, IMPORT_MAX_MB);
  const maxRows = positiveOption(ctx, '--max-rows', options.maxRows, IMPORT_MAX_ROWS);
  const chosen = options.encoding ?? 'auto';
  const encoding: ImportEncoding = chosen === 'iso-8859-1' ? 'windows-1252' : chosen;
  const dateOrder = options.dateFormat === undefined ? undefined : DATE_FORMATS[parseChoice(String(options.dateFormat).toUpperCase(), Object.keys(DATE_FORMATS), '--date-format', lang)];
  const skip = options.skipRows === undefined ? undefined : options.skipRows === '0' ? 0 : positiveOption(ctx, '--skip-rows', options.skipRows, 0);
  const headerNames = new Set(targets.flatMap((t) => fieldNames(t).map(foldName)));
  const isHeader = (cells: readonly string[]) => {
    const named = cells.map(foldName).filter((c) => c !== '');
    const known = named.filter((c) => headerNames.has(c) || c === 'id').length;
    return known > 0 && known * 2 >= named.length;
  };
  const decoded: { encoding?: ImportEncoding } = {};
  const table = await readCsvTableStream(csvText(ctx, deps, maxMb * 1024 * 1024, maxMb, encoding, decoded), { maxRows }, skip === undefined ? { isHeader } : { skip });
  if (decoded.encoding === 'windows-1252' && encoding === 'auto') ctx.out.stderr(`${importMessage(lang, 'file.windows-1252', { path: deps.shown })}\n`);
  if ('tooManyRows' in table) throw new UsageError(importMessage(lang, 'file.too-many-rows', { path: deps.shown, limit: maxRows }));
  if (!('header' in table)) throw new ProblemsError(importMessage(lang, 'file.syntax', { path: deps.shown, row: table.row, detail: table.detail }));
  if (table.header.every((h) => h.trim() === '')) throw new ProblemsError(importMessage(lang, 'file.no-header', { path: deps.shown }));
  const maps = parseMaps(ctx, kind, options.map ?? [], targets, table.header);
  const { roles, problems: columnProblems } = matchColumns(table.header, table.rows, targets, maps, kind.name);

  // A required field without a default and without a column fails every row: say it once.
  const mappedNames = new Set(roles.flatMap((r) => (r.type === 'field' ? [r.field.name] : [])));
  for (const field of fields) {
    if (field.required && field.type !== 'id' && !kind.defaults[field.name] && !mappedNames.has(field.name) && ![...mappedNames].some((n) => n.startsWith(`${field.name}.`))) {
      columnProblems.push({ key: 'column.missing-required', params: { field: field.name, label: fieldLabel([field.name], lang) } });
    }
  }
  if (columnProblems.length > 0) {
    const unknown = columnProblems.some((p) => p.key === 'column.unknown');
    const lines = columnProblems.map((p) => `${columnProblemText(lang, p)}\n`).join('');
    ctx.out.stderr(lines + (unknown ? `${importMessage(lang, 'column.unknown.hint', { kind: kind.name, fields: targets.map((t) => t.name).join(', ') })}\n` : ''));
    throw new ProblemsError(importMessage(lang, 'failed.columns', { path: deps.shown }));
  }
  roles.forEach((role, index) => {
    if (role.type === 'id') ctx.out.stderr(`${importMessage(lang, 'column.id-skipped', { letter: columnLetter(index), column: (table.header[index] ?? '').trim() })}\n`);
  });
  if (table.rows.length === 0) {
    ctx.out.stderr(`${importMessage(lang, 'file.no-rows', { path: deps.shown })}\n`);
    if (format === 'json') ctx.out.stdout('[]\n');
    return 0;
  }

  const cellContext = { ...makeCellContext(setup, table.delimiter === ';' ? 'comma' : 'point'), ...(dateOrder ? { dateOrder } : {}), valueMaps: parseValueMaps(ctx, kind, options.mapValue ?? [], targets) };
  const random = deps.random ?? ((size: number) => randomBytes(size));
  const taken = takenIds(setup.index);
  const problems: RowProblem[] = [];
  const candidates: Candidate[] = [];
  const progress = table.rows.length >= PROGRESS_ROWS;
  if (progress) ctx.out.stderr(`${importMessage(lang, 'progress.checking', { count: table.rows.length, path: deps.shown })}\n`);
  const sourceFile = path.basename(deps.shown);
  const withSource = setup.fields(kind.name).some((f) => f.name === IMPORT_SOURCE_FIELD);
  const keyColumn = options.key === undefined ? undefined : keyColumnIndex(ctx, options.key, table.header);
  const keys = rowKeys(ctx, table.rows, keyColumn, problems);
  const existing = withSource ? importedRecords(setup, kind, sourceFile) : new Map<string, ImportedRecord>();
  const currentKeys = new Set(keys.values());
  const byRow = new Map([...existing.values()].filter((r) => !currentKeys.has(r.key)).map((r) => [r.row, r]));
  const updates: Update[] = [];
  const differ: number[] = [];
  let unchanged = 0;
  const fieldPaths = roles.flatMap((r) => (r.type === 'field' ? [r.field.path] : []));
  for (const [index, row] of table.rows.entries()) {
    // Now and then a pause, so that a Ctrl-C while rows are checked ends sak at once (nothing is written yet).
    if (index % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
    const candidate = buildCandidate(ctx, setup, kind, row, roles, table.header.length, cellContext, problems);
    const key = keys.get(row.row);
    if (!candidate || key === undefined) continue;
    const source = { file: sourceFile, key, row: row.row };
    // The row's record: by its key; without --key also a record of the same row whose key no row has now (the row was changed).
    const found = existing.get(key) ?? (keyColumn === undefined ? byRow.get(row.row) : undefined);
    if (found) {
      const edits = sourceEdits(fieldPaths, candidate.data, found, source);
      if (edits.length === 0) unchanged += 1;
      else if (!options.update) differ.push(row.row);
      else updates.push({ row: row.row, record: found, edits, columnOf: candidate.columnOf, unreadColumns: candidate.unreadColumns });
      continue;
    }
    if (withSource) candidate.data[IMPORT_SOURCE_FIELD] = source;
    const id = newId(kind, candidate.data, taken, random, ctx.today);
    taken.add(id.toLowerCase());
    candidates.push(withId(setup, kind, candidate, id));
  }

  // Every row is checked against the register and the other new rows (a unit may name another as parent).
  const others = otherRecords([...stubRecords(setup.index), ...candidates.map((c) => ({ kind: kind.name, id: c.id, file: c.file, data: { id: c.id } }) as AnyRecord)]);
  for (const candidate of candidates) {
    for (const problem of describeProblems(checkCandidate(setup, ctx, candidate.file, kind, candidate.text, others), ctx.lang)) {
      const located = rowProblem(problem, candidate);
      if (!candidate.unreadColumns.has(located.column) || located.column === undefined) problems.push(located);
    }
  }
  for (const update of updates) {
    const edited = editYamlText(update.record.text, update.edits, { keyOrder: schemaKeyOrder(fields) });
    update.text = edited.text;
    for (const problem of describeProblems(checkCandidate(setup, ctx, update.record.file, kind, edited.text, others), ctx.lang)) {
      const located = rowProblem(problem, { row: update.row, columnOf: update.columnOf } as Candidate);
      if (!update.unreadColumns.has(located.column) || located.column === undefined) problems.push(located);
    }
  }
  if (problems.length > 0) ctx.out.stderr(renderRowProblems(lang, table.header, problems));
  const errors = problems.filter((p) => p.severity === 'error');
  const refused = new Set(errors.map((p) => p.row)).size;
  const summary = (created: number) =>
    `${importMessage(lang, 'summary', { path: deps.shown, rows: table.rows.length, created, updated: updates.length, unchanged: unchanged + differ.length, refused })}\n` +
    (differ.length > 0 ? `${importMessage(lang, 'differ', { rows: differ.join(', '), count: differ.length })}\n` : '');
  if (errors.length > 0) {
    ctx.out.stderr(summary(0));
    throw new ProblemsError(importMessage(lang, 'failed', { errors: errors.length, rows: refused, total: table.rows.length, path: deps.shown }));
  }

  const changedIds = [...candidates.map((c) => ({ id: c.id, path: c.file })), ...updates.map((u) => ({ id: u.record.id, path: u.record.file }))];
  if (options.dryRun) {
    if (format === 'json') ctx.out.stdout(`${JSON.stringify([...candidates.map((c) => ({ id: c.id, path: c.file, record: parseYamlSource(c.text).data })), ...updates.map((u) => ({ id: u.record.id, path: u.record.file, record: parseYamlSource(u.text ?? '').data, updated: true }))], null, 2)}\n`);
    else ctx.out.stdout(changedIds.map((c) => `${c.id}\n`).join(''));
    ctx.out.stderr(summary(candidates.length));
    ctx.out.stderr(`${importMessage(lang, 'dry-run', { count: candidates.length + updates.length, kind: kind.name, path: deps.shown })}\n`);
    return 0;
  }
  if (candidates.length === 0 && updates.length === 0) {
    if (format === 'json') ctx.out.stdout('[]\n');
    ctx.out.stderr(summary(0));
    return 0;
  }

  const print = (commit?: string) => {
    const written = [...candidates.map((c) => ({ id: c.id, path: c.file })), ...updates.map((u) => ({ id: u.record.id, path: u.record.file }))];
    if (format === 'json') ctx.out.stdout(`${JSON.stringify(written, null, 2)}\n`);
    else ctx.out.stdout(written.map((c) => `${c.id}\n`).join(''));
    ctx.out.stderr(summary(candidates.length));
    const note = importMessage(lang, 'imported', { count: candidates.length + updates.length, kind: kind.name, path: deps.shown });
    ctx.out.stderr(`${note}${commit ? ` ${importMessage(lang, 'committed', { commit: commit.slice(0, 7) })}` : ''}\n`);
  };
  const subject =
    updates.length === 0
      ? `sak: import ${candidates.length} ${kind.name} records from ${sourceFile}`
      : `sak: import ${kind.name} records from ${sourceFile}: ${candidates.length} created, ${updates.length} updated`;
  const count = candidates.length + updates.length;
  // All or nothing, even on Ctrl-C: the files and the commit are taken back (exit 130).
  return allOrNothing(ctx, async ({ stopAt, undo }) => {
    if (progress) ctx.out.stderr(`${importMessage(lang, 'progress.writing', { count })}\n`);
    writeAll(ctx, setup, kind, candidates, taken, random, others, undo);
    for (const update of updates) {
      const after = Buffer.from(update.text ?? '', 'utf8');
      replaceRecordFile(update.record.abs, after, update.record.bytes, lang);
      undo.replaced(update.record.abs, update.record.bytes, after);
    }
    checkStop(stopAt, 'written');
    const repository = options.commit === false || setup.config?.git?.commit === false ? undefined : await findRepository(ctx, setup, count);
    let commit: string | undefined;
    if (repository) {
      if (progress) ctx.out.stderr(`${importMessage(lang, 'progress.committing', { count })}\n`);
      try {
        commit = await commitFiles(repository, setup.root, [...candidates.map((c) => c.file), ...updates.map((u) => u.record.file)], subject, ctx.git, { stopAt });
      } catch (error) {
        if (error instanceof WriteInterrupted || stopAt('failed')) throw error;
        print();
        if (!(error instanceof GitError)) throw error;
        throw new EnvironmentError(importMessage(lang, error.missing ? 'git.missing' : 'git.failed', { count, detail: gitErrorDetail(lang, error) }));
      }
    }
    print(commit);
    return 0;
  });
}

/** The Git work tree of the register, or undefined; a git that cannot be used is exit 3, the files written (the caller prints them). */
async function findRepository(ctx: Context, setup: WriteSetup, count: number): Promise<GitRepository | undefined> {
  try {
    return await gitWorkTree(setup.root, ctx.git);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new EnvironmentError(importMessage(ctx.lang, error.missing ? 'git.missing' : 'git.failed', { count, detail: gitErrorDetail(ctx.lang, error) }));
  }
}

/** A record made by an earlier import of the same file: where it is, its text and its source. */
interface ImportedRecord {
  id: string;
  file: string;
  abs: string;
  text: string;
  bytes: Buffer;
  data: Record<string, unknown>;
  key: string;
  row: number | undefined;
}

/** A row whose record exists and changed, to be updated (`--update`). */
interface Update {
  row: number;
  record: ImportedRecord;
  edits: RecordEdit[];
  columnOf: Map<string, number>;
  unreadColumns: Set<number | undefined>;
  text?: string;
}

/** The records of a kind imported from a file of this name, by their key (`source: {file, key}`). */
function importedRecords(setup: WriteSetup, kind: KindSpec, file: string): Map<string, ImportedRecord> {
  const found = new Map<string, ImportedRecord>();
  for (const record of setup.index) {
    if (record.kind.name !== kind.name) continue;
    const read = readRecordFile(record.abs);
    if (!read.ok) continue;
    const data = parseYamlSource(read.text).data as Record<string, unknown> | undefined;
    const source = data?.[IMPORT_SOURCE_FIELD] as { file?: unknown; key?: unknown; row?: unknown } | undefined;
    if (!data || !source || source.file !== file || typeof source.key !== 'string') continue;
    found.set(source.key, { id: record.id, file: record.file, abs: record.abs, text: read.text, bytes: read.bytes, data, key: source.key, row: typeof source.row === 'number' ? source.row : undefined });
  }
  return found;
}

/** The column `--key` names (by its header, any case); exit 2 with the columns when there is none. */
function keyColumnIndex(ctx: Context, name: string, header: readonly string[]): number {
  const index = header.findIndex((h) => foldName(h) === foldName(name));
  if (index < 0) {
    const suggestion = suggestNearest(name, header.map((h) => h.trim()));
    throw new UsageError(importMessage(ctx.lang, 'key.unknown-column', { column: name, suggestion, columns: header.map((h) => `"${h.trim()}"`).join(', ') }));
  }
  return index;
}

/**
 * The key of each row: the `--key` column's value (it must be given and unique: else a
 * problem of the row), or a hash of the row's cells (a row repeated word for word gets
 * `-2`, `-3`, … after the hash).
 */
function rowKeys(ctx: Context, rows: readonly CsvRow[], keyColumn: number | undefined, problems: RowProblem[]): Map<number, string> {
  const keys = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    let key: string;
    if (keyColumn !== undefined) {
      key = (row.cells[keyColumn] ?? '').trim();
      if (key === '') {
        problems.push({ severity: 'error', row: row.row, column: keyColumn, message: importMessage(ctx.lang, 'key.empty') });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ severity: 'error', row: row.row, column: keyColumn, message: importMessage(ctx.lang, 'key.twice', { key, row: first }) });
        continue;
      }
      seen.set(key, row.row);
    } else {
      const hash = createHash('sha256').update(row.cells.map((c) => c.trim()).join('\x1f')).digest('hex').slice(0, 16);
      const count = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, count);
      key = count === 1 ? hash : `${hash}-${count}`;
    }
    keys.set(row.row, key);
  }
  return keys;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The edits that bring a record to its row: the fields the columns give (set, or removed when the cell is now empty) and the source. */
function sourceEdits(paths: readonly (readonly string[])[], data: Record<string, unknown>, record: ImportedRecord, source: { file: string; key: string; row: number }): RecordEdit[] {
  const edits: RecordEdit[] = [];
  for (const path of paths) {
    const now = valueAt(data, path);
    const before = valueAt(record.data, path);
    if (JSON.stringify(now) === JSON.stringify(before)) continue;
    edits.push(now === undefined ? { op: 'delete', path: [...path] } : { op: 'set', path: [...path], value: now });
  }
  const recorded = record.data[IMPORT_SOURCE_FIELD] as Record<string, unknown>;
  if (edits.length > 0 && (recorded.key !== source.key || recorded.row !== source.row)) edits.push({ op: 'set', path: [IMPORT_SOURCE_FIELD], value: source });
  return edits;
}

/** Ids and titles of the register, read only when a reference is given by title rather than id. */
function makeCellContext(setup: WriteSetup, decimal: CellContext['decimal']): CellContext {
  const ids = new Map(setup.index.map((r) => [r.id.toLowerCase(), r.id]));
  const titles = new Map<string, Map<string, string[]>>();
  return {
    ...writeValueContext(setup),
    decimal,
    idOf: (text) => ids.get(text.toLowerCase()),
    byTitle(kindName, text) {
      let byTitle = titles.get(kindName);
      if (!byTitle) {
        byTitle = new Map();
        for (const { id, title } of readTitles(setup.index, kindName as KindSpec['name'])) {
          const key = foldName(title);
          byTitle.set(key, [...(byTitle.get(key) ?? []), id]);
        }
        titles.set(kindName, byTitle);
      }
      const found = byTitle.get(foldName(text));
      return found?.length === 1 ? found[0] : undefined;
    },
  };
}

/** The fields of one row, with sak add's defaults; undefined (and problems noted) when required values are missing. */
function buildCandidate(ctx: Context, setup: WriteSetup, kind: KindSpec, row: CsvRow, roles: readonly ColumnRole[], columns: number, cellContext: CellContext, problems: RowProblem[]): Omit<Candidate, 'id' | 'file' | 'text'> | undefined {
  const { lang } = ctx;
  if (row.cells.length > columns && row.cells.slice(columns).some((c) => c.trim() !== '')) {
    problems.push({ severity: 'error', row: row.row, message: importMessage(lang, 'row.too-many-cells', { cells: row.cells.length, columns }) });
    return undefined;
  }
  let data: Record<string, unknown> = {};
  const columnOf = new Map<string, number>();
  const unreadable: RowProblem[] = [];
  roles.forEach((role, index) => {
    if (role.type !== 'field') return;
    columnOf.set(role.field.name, index);
    const raw = row.cells[index] ?? '';
    const result = cellValue(role.field, raw, cellContext);
    if (result === undefined) return;
    if (result.ok) setPath(data, role.field.path, result.value);
    else unreadable.push({ severity: 'error', row: row.row, column: index, message: valueProblemText(lang, result.problem, '', raw.trim()) });
  });
  problems.push(...unreadable);
  const unreadColumns = new Set(unreadable.map((p) => p.column));
  // An old incident was not reported today: a default of "today" takes the row's own date.
  data = applyDefaults(kind, data, typeof data.date === 'string' && isValidDate(data.date) ? data.date : ctx.today);
  const missing = missingRequired(setup.fields(kind.name), data).filter((field) => !unreadColumns.has(columnOf.get(field.path.join('.'))));
  for (const field of missing) {
    const name = field.path.join('.');
    problems.push({ severity: 'error', row: row.row, ...(columnOf.has(name) ? { column: columnOf.get(name) } : {}), message: importMessage(lang, 'row.missing', { label: fieldLabel(field.path, lang), field: name }) });
  }
  return missing.length > 0 ? undefined : { row: row.row, data, columnOf, unreadColumns };
}

function withId(setup: WriteSetup, kind: KindSpec, candidate: Omit<Candidate, 'id' | 'file' | 'text'>, id: string): Candidate {
  const file = recordPath(kind, id);
  return { ...candidate, id, file, text: renderNewRecord(kind, setup.fields(kind.name), file, { ...candidate.data, id }) };
}

function rowProblem(problem: ShownProblem, candidate: Candidate): RowProblem {
  const column = columnOfPointer(problem.field, candidate.columnOf);
  return { severity: problem.severity, row: candidate.row, ...(column !== undefined ? { column } : {}), message: problem.message };
}

/**
 * Writes every record exclusively and atomically. A name taken meanwhile (another sak
 * writing at the same time) gets a new id, checked again. On a write failure the files
 * already written are removed, so that the import is all or nothing, and exit 3.
 */
function writeAll(ctx: Context, setup: WriteSetup, kind: KindSpec, candidates: Candidate[], taken: Set<string>, random: (size: number) => Uint8Array, others: ReturnType<typeof otherRecords>, undo: FileUndo): void {
  const done: string[] = [];
  // The folders the import makes (incidents/2026/), so that taking it back removes them too.
  const folders = new Map<string, string | undefined>();
  const made = (file: string) => {
    const abs = absolutePath(setup.root, file);
    const folder = path.dirname(abs);
    if (!folders.has(folder)) folders.set(folder, missingFolder(abs));
    return folders.get(folder);
  };
  try {
    candidates.forEach((candidate, i) => {
      let current = candidate;
      for (let attempt = 0; ; attempt += 1) {
        made(current.file);
        if (createRecordFile(absolutePath(setup.root, current.file), Buffer.from(current.text, 'utf8'), ctx.lang, { tidy: false, root: setup.root })) break;
        if (attempt >= 20) throw new EnvironmentError(recordMessage(ctx.lang, 'no-free-id', { kind: kind.name }));
        taken.add(current.id.toLowerCase());
        current = withId(setup, kind, candidate, newId(kind, candidate.data, taken, random, ctx.today));
        taken.add(current.id.toLowerCase());
        if (checkCandidate(setup, ctx, current.file, kind, current.text, others).some((p) => p.severity === 'error')) throw new EnvironmentError(recordMessage(ctx.lang, 'no-free-id', { kind: kind.name }));
      }
      candidates[i] = current;
      done.push(current.file);
      undo.created(absolutePath(setup.root, current.file), made(current.file));
    });
    for (const folder of new Set(done.map((file) => path.dirname(absolutePath(setup.root, file))))) removeStaleTempFiles(folder);
  } catch (error) {
    for (const file of done) {
      try {
        unlinkSync(absolutePath(setup.root, file));
      } catch {
        // Already gone.
      }
    }
    throw error;
  }
}
