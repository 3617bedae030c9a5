import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import type { ExportCell, ExportTable } from './list-export.js';
import { visibleControls } from './control-chars.js';

/** Column widths in characters: wide enough for the header and the longest cell, within reason. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Dates shown as ISO 8601 in every language's Excel; the cell is still a date (sortable, filterable). */
const DATE_FORMAT = 'yyyy-mm-dd';

function cellText(cell: ExportCell): string {
  if (cell === undefined) return '';
  if (cell.type === 'boolean') return cell.text;
  return String(cell.value);
}

/** A cell of the workbook: numbers as numbers, dates as dates (UTC midnight, so the day never shifts), the rest as text (never a formula). */
function workbookCell(cell: ExportCell, codes: boolean): Cell {
  if (cell === undefined) return null;
  switch (cell.type) {
    case 'number':
      return { value: cell.value, type: Number };
    case 'date': {
      const [year, month, day] = cell.value.split('-').map(Number) as [number, number, number];
      return { value: new Date(Date.UTC(year, month - 1, day)), type: Date, format: DATE_FORMAT };
    }
    case 'boolean':
      // With codes a real TRUE/FALSE; with labels the word of the language (ja/nej), as the CSV has it.
      return codes ? { value: cell.value, type: Boolean } : { value: cell.text, type: String };
    default:
      // Control characters cannot stand in the sheet's XML; they are shown as sak shows them everywhere (ESC → ␛).
      return { value: visibleControls(cell.value, false), type: String };
  }
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, 31)
      .trim() || 'sak'
  );
}

/**
 * An exported list as an Excel workbook (write-excel-file): one sheet, a bold header row that
 * stays in view (frozen) when scrolling, column widths from the contents, numbers as numbers
 * and dates as real dates. Text cells are always text, so a title like `=SUM(A1)` is never run.
 */
export async function renderXlsx(table: ExportTable, options: { sheet: string; codes: boolean }): Promise<Buffer> {
  const header: Cell[] = table.header.map((value) => ({ value, type: String, fontWeight: 'bold' }));
  const data: SheetData = [header, ...table.rows.map((row) => row.map((cell) => workbookCell(cell, options.codes)))];
  const columns = table.header.map((name, index) => {
    const longest = Math.max(name.length, ...table.rows.map((row) => Math.max(...cellText(row[index]).split('\n').map((line) => line.length))));
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) };
  });
  return writeXlsxFile(data, { sheet: sheetName(options.sheet), columns, stickyRowsCount: 1 }).toBuffer();
}
