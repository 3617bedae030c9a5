import { kindLabel } from '../i18n/kind-texts.js';
import { valueLabel } from '../i18n/labels.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { recordMessage } from '../i18n/record-messages.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import { renderCsv } from '../core/format/csv.js';
import type { CsvSeparator } from '../core/format/csv.js';
import type { KindName } from '../core/kinds.js';
import type { AnyRecord } from '../core/model.js';
import { csvColumns, effectiveStatus } from '../core/listing.js';
import type { ListContext } from './list-table.js';
import { valueAtPath } from '../core/unit-scope.js';

/**
 * One cell of an exported list, typed so that each writer can show it as its format does:
 * CSV as text (a number with the decimal mark of the separator), a workbook as a number,
 * a date or text. Undefined is an empty cell.
 */
export type ExportCell = { type: 'text'; value: string } | { type: 'number'; value: number } | { type: 'date'; value: string } | { type: 'boolean'; value: boolean; text: string } | undefined;

/** The list as a table: the header (labels or field names) and one row of cells per record. */
export interface ExportTable {
  header: string[];
  rows: ExportCell[][];
}

/** How the list is exported: labels in the language (`Hög`, `Allvarlighetsgrad`), or codes as stored (`high`, `severity`). */
export interface ExportOptions {
  codes: boolean;
}

/**
 * The separator between the items of a list in one cell, as the import splits them
 * (core/import/columns.ts splitListCell): free text by `;` (a comma belongs to the text),
 * ids, codes and labels by `,`.
 */
function listSeparator(item: FieldSpec | undefined): string {
  return item?.type === 'text' || item?.type === 'string' ? '; ' : ', ';
}

const text = (value: string): ExportCell => ({ type: 'text', value });

/** A date as the schemas store it (`2026-03-05`). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function itemText(value: unknown, field: FieldSpec | undefined, ctx: Pick<ListContext, 'lang' | 'config'>, options: ExportOptions): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return options.codes ? String(value) : recordMessage(ctx.lang, value ? 'yes' : 'no');
  if (!options.codes && field?.type === 'enum' && typeof value === 'string') return valueLabel(field, value, ctx.lang, ctx.config);
  return String(value);
}

/** A stored value as a typed cell: numbers and dates as such, enum values and yes/no as labels unless codes are asked for. */
export function exportCell(value: unknown, field: FieldSpec | undefined, ctx: Pick<ListContext, 'lang' | 'config'>, options: ExportOptions): ExportCell {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const item = field?.type === 'list' ? field.item : undefined;
    return text(value.map((v) => itemText(v, item, ctx, options)).join(listSeparator(item)));
  }
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value, text: itemText(value, field, ctx, options) };
  if (typeof value === 'string' && (field?.type === 'date' || field?.type === 'partial-date') && ISO_DATE.test(value)) return { type: 'date', value };
  return text(itemText(value, field, ctx, options));
}

/**
 * The list of `sak list --format csv|xlsx`: for one kind every column the import reads
 * (csvColumns: scalar fields, lists of scalars, objects one level deep), headed by the
 * field's label in the language or, with codes, by its name; for all kinds id, kind,
 * title, status and path. The import reads both forms back (labels in either language).
 */
export function listExport(records: readonly AnyRecord[], kindName: KindName | undefined, ctx: Pick<ListContext, 'fieldsOf' | 'lang' | 'config'>, options: ExportOptions): ExportTable {
  const { lang } = ctx;
  if (!kindName) {
    const names = ['id', 'kind', 'title', 'status', 'path'];
    const header = options.codes ? names : [fieldLabel(['id'], lang), recordMessage(lang, 'column.kind'), fieldLabel(['title'], lang), fieldLabel(['status'], lang), recordMessage(lang, 'column.path')];
    const rows = records.map((r) => {
      const fields = ctx.fieldsOf(r.kind);
      return [
        text(r.id),
        text(options.codes ? r.kind : kindLabel(r.kind, lang)),
        exportCell((r.data as { title?: unknown }).title, undefined, ctx, options),
        exportCell(effectiveStatus(r, fields), fieldAt(fields, ['status']), ctx, options),
        text(r.file),
      ];
    });
    return { header, rows };
  }
  const fields = ctx.fieldsOf(kindName);
  const columns = csvColumns(fields);
  const header = columns.map((c) => (options.codes ? c : fieldLabel(c.split('.'), lang)));
  const rows = records.map((r) => columns.map((c) => exportCell(valueAtPath(r.data, c), fieldAt(fields, c.split('.')), ctx, options)));
  return { header, rows };
}

/**
 * A cell as CSV text. A number takes the decimal mark that goes with the separator, as
 * Excel reads it: a comma beside `;` (Swedish Excel: `1250,75`), a point beside `,`.
 * Dates stay ISO 8601 (`2026-03-05`), which Excel in every language reads as a date.
 */
export function csvCellText(cell: ExportCell, separator: CsvSeparator): string {
  if (cell === undefined) return '';
  if (cell.type === 'number') return separator === ';' ? String(cell.value).replace('.', ',') : String(cell.value);
  if (cell.type === 'boolean') return cell.text;
  return cell.value;
}

/** An exported list as a CSV document (renderCsv) with the given separator. */
export function renderExportCsv(table: ExportTable, separator: CsvSeparator): string {
  return renderCsv(
    table.header,
    table.rows.map((row) => row.map((cell) => csvCellText(cell, separator))),
    separator,
  );
}
