import path from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { parseChoice } from './option-values.js';
import type { Audience, LIST_FORMATS } from './option-choices.js';
import type { FieldSpec } from '../core/fields.js';
import { CSV_SEPARATORS } from '../core/format/csv.js';
import type { CsvSeparator } from '../core/format/csv.js';
import { renderTextTable } from '../core/format/text-table.js';
import { KINDS, findKind } from '../core/kinds.js';
import { filterRecords, listJson } from '../core/listing.js';
import { listTable } from '../render/list-table.js';
import { listExport, renderExportCsv } from '../render/list-export.js';
import { kindLabel } from '../i18n/kind-texts.js';
import type { Lang } from '../i18n/lang.js';
import { isRegularOrAbsent, replaceFileAtomically } from '../store/atomic-file.js';
import type { ListFilter } from '../core/listing.js';
import { enumChoices } from '../core/new-record.js';
import { createVisibility, publicExclusion, visibleRecords } from '../core/report/visibility.js';
import { suggestNearest } from '../core/suggest.js';
import { unitSubtree } from '../core/unit-scope.js';
import { ENUM_LABELS } from '../i18n/labels.js';
import { recordMessage } from '../i18n/record-messages.js';
import { countProblems } from '../render/problems.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import { terminalStyles } from '../ui/output.js';
import type { Context } from './context.js';
import { resolveUnitOption } from './unit-option.js';

type ListFormat = (typeof LIST_FORMATS)[number];

/** Options of `sak list`, as declared in cli/commands/list.ts (format and audience already checked). */
export interface ListOptions {
  status?: string;
  unit?: string;
  area?: string;
  year?: string;
  format?: ListFormat;
  /** `-o FILE`, relative to the working folder; `-` is stdout. */
  output?: string;
  csvSeparator?: string;
  codes?: boolean;
  audience?: Audience;
  cache?: boolean;
}

/** The format an output file's extension names: `-o lista.xlsx` writes a workbook without `--format`. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, ListFormat>> = { '.csv': 'csv', '.xlsx': 'xlsx', '.json': 'json' };

/** The output file of `-o FILE` (`-` or none: stdout). */
function outputFile(options: ListOptions): string | undefined {
  return options.output !== undefined && options.output !== '-' ? options.output : undefined;
}

/** The format: --format, else the output file's extension, else table. Exit 2 when the two disagree. */
function formatOfOptions(options: ListOptions, lang: Lang): ListFormat {
  const file = outputFile(options);
  const ext = file === undefined ? '' : path.extname(file).toLowerCase();
  const named = Object.hasOwn(FORMAT_OF_EXTENSION, ext) ? FORMAT_OF_EXTENSION[ext] : undefined;
  if (options.format === undefined) return named ?? 'table';
  const { format } = options;
  if (file !== undefined && named !== undefined && named !== format) throw new UsageError(recordMessage(lang, 'list.format-extension', { format, file, ext, named }));
  return format;
}

/**
 * The CSV separator: `--csv-separator`, else `;` in Swedish (Swedish Excel's list separator,
 * so a double-click opens the file in columns) and `,` in English.
 */
function separatorOfOptions(options: ListOptions, format: ListFormat, lang: Lang): CsvSeparator {
  if (options.csvSeparator === undefined) return lang === 'sv' ? ';' : ',';
  if (format !== 'csv') throw new UsageError(recordMessage(lang, 'list.separator-format'));
  return parseChoice(options.csvSeparator, CSV_SEPARATORS, '--csv-separator', lang);
}

/** A filter value given as a stored value or as a label in either language (case-insensitive). */
function resolveValue(input: string, values: readonly string[], labelsOf: (value: string) => string[]): string | undefined {
  if (values.includes(input)) return input;
  const wanted = input.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === wanted || labelsOf(value).some((label) => label.toLowerCase() === wanted));
}

/**
 * `sak list [kind]`: one line per record (id, title, the kind's key fields), sorted by id;
 * filters by status, unit, area and year; table, json or csv.
 */
export async function runList(kindArg: string | undefined, options: ListOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = formatOfOptions(options, lang);
  const separator = separatorOfOptions(options, format, lang);
  const file = outputFile(options);
  // A workbook is bytes, not text for a terminal: to a file, or to stdout led to a file or a pipe.
  if (format === 'xlsx' && file === undefined && (ctx.out.stdoutTerminal !== false || !ctx.out.stdoutBytes)) throw new UsageError(recordMessage(lang, 'list.xlsx-terminal'));
  // The coordinator's own tool: internal unless asked; public leaves out what a public report does.
  const audience = options.audience ?? 'internal';
  const kind = kindArg === undefined ? undefined : findKind(kindArg);
  if (kindArg !== undefined && !kind) {
    const suggestion = suggestNearest(kindArg, KINDS.map((k) => k.name));
    throw new UsageError(recordMessage(lang, suggestion ? 'usage.unknown-kind.suggest' : 'usage.unknown-kind', { kind: kindArg, suggestion, kinds: KINDS.map((k) => k.name).join(', ') }));
  }
  const fieldsOf = fieldsOfKind;
  const filter: ListFilter = kind ? { kind: kind.name } : {};
  if (typeof options.year === 'string') {
    if (!/^\d{4}$/.test(options.year)) throw new UsageError(recordMessage(lang, 'usage.bad-year', { value: options.year }));
    filter.year = options.year;
  }
  if (typeof options.area === 'string') {
    const values = Object.keys(ENUM_LABELS.area);
    const area = resolveValue(options.area, values, (v) => Object.values(ENUM_LABELS.area[v as keyof typeof ENUM_LABELS.area]));
    if (!area) throw new UsageError(recordMessage(lang, 'usage.bad-value', { option: '--area', value: options.area, allowed: values.join(', ') }));
    filter.area = area;
  }

  const loaded = await ctx.loadRegister({ cache: options.cache !== false });
  const { errors } = countProblems(loaded.problems);
  if (errors > 0) ctx.out.stderr(recordMessage(lang, 'list.invalid-register', { errors }) + '\n');
  const register = loaded.data;

  if (typeof options.status === 'string') {
    const kinds = kind ? [kind] : KINDS;
    const statusFields = kinds.map((k) => fieldsOf(k.name).find((f) => f.name === 'status')).filter((f): f is FieldSpec => f !== undefined);
    const values = [...new Set(statusFields.flatMap((f) => enumChoices(f, register.config)))];
    const labels = (value: string) => statusFields.filter((f) => f.enumName && Object.hasOwn(ENUM_LABELS[f.enumName], value)).flatMap((f) => Object.values((ENUM_LABELS[f.enumName as keyof typeof ENUM_LABELS] as Record<string, { sv: string; en: string }>)[value] ?? {}));
    const status = resolveValue(options.status, values, labels);
    if (!status) throw new UsageError(recordMessage(lang, 'usage.bad-value', { option: '--status', value: options.status, allowed: values.join(', ') }));
    filter.status = status;
  }
  if (typeof options.unit === 'string') filter.units = new Set(unitSubtree(register, resolveUnitOption(register, options.unit, lang)));

  const filtered = filterRecords(register.records, filter, fieldsOf);
  const visibility = createVisibility(audience, new Map(register.records.map((r) => [r.id, r])));
  const records = visibleRecords(filtered, visibility, fieldsOf);
  if (records.length < filtered.length) {
    // Left out for their classification, or given publicly only as counts (incidents, risks, sites, agreements).
    const aggregate = filtered.filter((r) => publicExclusion(r) === 'aggregate').length;
    const classified = filtered.length - records.length - aggregate;
    if (classified > 0) ctx.out.stderr(recordMessage(lang, 'list.omitted', { count: classified }) + '\n');
    if (aggregate > 0) ctx.out.stderr(recordMessage(lang, 'list.aggregate', { count: aggregate }) + '\n');
  }
  const listContext = { fieldsOf, config: register.config, lang, at: ctx.today };
  const exportOptions = { codes: options.codes === true };
  let output: string | Uint8Array;
  if (format === 'json') {
    output = JSON.stringify(listJson(records), null, 2) + '\n';
  } else if (format === 'csv') {
    output = renderExportCsv(listExport(records, kind?.name, listContext, exportOptions), separator);
  } else if (format === 'xlsx') {
    // The workbook writer is loaded only here, so that every other command starts as fast as before.
    const { renderXlsx } = await import('../render/xlsx-workbook.js');
    const sheet = kind ? kindLabel(kind.name, lang) : 'sak';
    output = await renderXlsx(listExport(records, kind?.name, listContext, exportOptions), { sheet, codes: exportOptions.codes });
  } else {
    const { header, rows } = listTable(records, kind?.name, listContext);
    const styles = await terminalStyles(ctx.out.color && file === undefined);
    output = renderTextTable(header, rows, { header: styles.bold });
  }
  if (file !== undefined) writeOutput(ctx, file, output);
  else if (typeof output === 'string') ctx.out.stdout(output);
  else (ctx.out.stdoutBytes as (data: Uint8Array) => void)(output);
  if (format === 'table') ctx.out.stderr(recordMessage(lang, 'list.count', { count: records.length }) + '\n');
  return 0;
}

/** Writes the list to its file atomically: an existing file is replaced whole or left as it was (exit 3). */
function writeOutput(ctx: Context, file: string, output: string | Uint8Array): void {
  const target = path.resolve(ctx.cwd, file);
  if (!isRegularOrAbsent(target)) throw new EnvironmentError(recordMessage(ctx.lang, 'write.not-regular', { path: file }));
  try {
    replaceFileAtomically(target, typeof output === 'string' ? Buffer.from(output, 'utf8') : output);
  } catch (error) {
    throw new EnvironmentError(recordMessage(ctx.lang, 'write.failed', { path: file, reason: (error as Error).message }));
  }
}
