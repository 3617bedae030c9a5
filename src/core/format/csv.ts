import { stringify } from 'csv-stringify/sync';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (å, ä, ö). */
export const UTF8_BOM = '\uFEFF';

/** The separators `sak list --format csv` writes, the ones `sak import` tells apart. */
export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * A CSV document per RFC 4180, written by csv-stringify (the family of csv-parse, which
 * reads sak's imports): a header row, then one row per record, CRLF after every row, UTF-8
 * with a byte order mark so Excel opens å/ä/ö right. A field is quoted when it holds the
 * separator, a quote, CR or LF or starts or ends with a space; a cell starting with `=`,
 * `+`, `-`, `@`, a tab or a CR gets a leading `'` (formula escaping), so a title cannot
 * run as a formula in the spreadsheet that opens the file.
 */
export function renderCsv(header: readonly string[], rows: readonly (readonly string[])[], separator: CsvSeparator = ','): string {
  return stringify([header, ...rows] as string[][], { bom: true, delimiter: separator, record_delimiter: '\r\n', escape_formulas: true, quoted_match: /^\s|\s$|[\r\n]/ });
}
