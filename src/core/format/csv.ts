/** The byte order mark that makes Excel read a CSV file as UTF-8 (å, ä, ö). */
export const UTF8_BOM = '\uFEFF';

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (or starts or ends with a space), quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV document per RFC 4180: a header row, then one row per record, CRLF after every
 * row, UTF-8 with a byte order mark so Excel opens å/ä/ö right.
 */
export function renderCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return UTF8_BOM + lines.map((line) => `${line}\r\n`).join('');
}
