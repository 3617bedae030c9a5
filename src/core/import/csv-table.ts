import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as parseStream } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/** The field separators `sak import` accepts (cli.md): `,` and `;` (Swedish Excel). */
export type CsvDelimiter = ',' | ';';

/** One data row of a CSV file: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A CSV file read as a table: the separator found, the header cells and the data rows. */
export interface CsvTable {
  delimiter: CsvDelimiter;
  header: string[];
  rows: CsvRow[];
}

/** Why a CSV file could not be read as a table: the row (as a spreadsheet counts) and what is wrong. */
export interface CsvSyntaxError {
  row: number;
  detail: string;
}

/** How many lines the separator is decided from (a title row above the header has few separators). */
const DELIMITER_LINES = 10;

/**
 * The separator of a CSV file: the one that occurs most, outside quotes, on the line with
 * the most separators among its first lines (a title row such as "Incidenter, 2025" above
 * a header of semicolons counts for nothing); a tie, as in a file of one column, is `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best = { commas: 0, semicolons: 0 };
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let lines = 0;
  const endLine = () => {
    if (commas + semicolons > best.commas + best.semicolons) best = { commas, semicolons };
    commas = 0;
    semicolons = 0;
    lines += 1;
  };
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') {
      endLine();
      if (lines >= DELIMITER_LINES) break;
    } else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  if (lines < DELIMITER_LINES) endLine();
  return best.semicolons > best.commas ? ';' : ',';
}

/** The spreadsheet name of a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Reads CSV text (RFC 4180: quotes, doubled quotes, line breaks in quoted cells; CRLF or
 * LF; a byte order mark is dropped) as a header and data rows. Rows are numbered as a
 * spreadsheet shows them, so a cell with a line break does not shift the numbers; line
 * breaks inside cells become LF. Rows whose cells are all empty are left out (their
 * numbers are skipped, as in the spreadsheet).
 */
export function readCsvTable(text: string): CsvTable | CsvSyntaxError {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const { message, lines } = error as { message: string; lines?: number };
    return { row: typeof lines === 'number' ? lines : 1, detail: message };
  }
  const [header, ...data] = records;
  if (!header) return { row: 1, detail: 'empty' };
  const rows: CsvRow[] = [];
  data.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    rows.push({ row: i + 2, cells: cells.map((cell) => cell.replace(/\r\n?/g, '\n')) });
  });
  return { delimiter, header: header.map((cell) => cell.replace(/\r\n?/g, ' ')), rows };
}

/** A CSV file with more data rows than one import may hold (`--max-rows`). */
export interface CsvTooManyRows {
  tooManyRows: number;
}

/** The longest row (in characters) the streaming reader takes: a file of one endless row (a device of zeros) ends here. */
export const MAX_ROW_CHARS = 1024 * 1024;

/** Finds the end of the first lines (those the separator is decided from) as text arrives: line ends outside quotes. */
function firstRowScanner(): (chunk: string) => boolean {
  let quoted = false;
  let lines = 0;
  return (chunk) => {
    for (const char of chunk) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === '\n' && (lines += 1) >= DELIMITER_LINES) return true;
    }
    return false;
  };
}

/** How many rows above the header a file may have when they are found rather than given (`--skip-rows`). */
export const MAX_TITLE_ROWS = 10;

/** Which row is the header: after `skip` rows, or the first of the first rows that `isHeader` accepts (else the first). */
export interface HeaderChoice {
  skip?: number;
  isHeader?: (cells: readonly string[]) => boolean;
}

/**
 * Reads CSV text as it arrives, as readCsvTable does, holding only the rows: the separator
 * is decided by the first row, and reading stops at once when there are more than
 * `maxRows` data rows (CsvTooManyRows) or a row is longer than MAX_ROW_CHARS (a syntax
 * error on that row). An error of the chunks' source (too large, unreadable) is thrown.
 */
export async function readCsvTableStream(chunks: AsyncIterable<string>, limits: { maxRows: number }, choice: HeaderChoice = {}): Promise<CsvTable | CsvSyntaxError | CsvTooManyRows> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = '';
  let ended = false;
  const rowEnds = firstRowScanner();
  while (head.length <= MAX_ROW_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head += next.value;
    if (rowEnds(next.value)) break;
  }
  head = head.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(head);
  async function* text(): AsyncGenerator<string> {
    try {
      if (head !== '') yield head;
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      // Stopped early (too many rows, a syntax error): the source closes its file.
      if (!ended) await iterator.return?.();
    }
  }
  const parser = parseStream({ delimiter, relax_column_count: true, skip_empty_lines: false, max_record_size: MAX_ROW_CHARS });
  const piped = pipeline(Readable.from(text(), { objectMode: false }), parser).catch((error: unknown) => error);
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  let index = 0;
  // Rows read before the header is known: with a header test, the first rows are held until one passes.
  const held: { index: number; record: string[] }[] = [];
  const take = (at: number, record: string[]): 'more' | 'full' => {
    if (!header) {
      header = record.map((cell) => cell.replace(/\r\n?/g, ' '));
      return 'more';
    }
    if (record.every((cell) => cell.trim() === '')) return 'more';
    if (rows.length >= limits.maxRows) return 'full';
    rows.push({ row: at, cells: record.map((cell) => cell.replace(/\r\n?/g, '\n')) });
    return 'more';
  };
  const release = (from: number): 'more' | 'full' => {
    for (const { index: at, record } of held.slice(from)) if (take(at, record) === 'full') return 'full';
    held.length = 0;
    return 'more';
  };
  const tooMany = async () => {
    parser.destroy();
    await piped;
    return { tooManyRows: limits.maxRows };
  };
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      index += 1;
      if (choice.skip !== undefined && index <= choice.skip) continue;
      if (choice.skip === undefined && choice.isHeader && !header) {
        held.push({ index, record });
        const found = held.findIndex((h) => (choice.isHeader as (cells: readonly string[]) => boolean)(h.record));
        if (found >= 0) {
          if (release(found) === 'full') return await tooMany();
        } else if (held.length >= MAX_TITLE_ROWS + 1) {
          if (release(0) === 'full') return await tooMany();
        }
        continue;
      }
      if (take(index, record) === 'full') return await tooMany();
    }
    if (!header && held.length > 0 && release(0) === 'full') return await tooMany();
  } catch (error) {
    const csvError = error as { code?: unknown; message: string; lines?: number };
    if (typeof csvError.code === 'string' && csvError.code.startsWith('CSV_')) {
      return { row: typeof csvError.lines === 'number' ? csvError.lines : index + 1, detail: csvError.message };
    }
    throw error;
  }
  const failure = await piped;
  if (failure) throw failure;
  if (!header) return { row: 1, detail: 'empty' };
  return { delimiter, header, rows };
}
