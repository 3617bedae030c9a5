/** The display width of a text: code points, so å counts as one. */
function width(text: string): number {
  return [...text].length;
}

/**
 * A plain text table: a header row, then the rows, columns separated by two spaces and
 * padded to their widest cell (the last column is not padded). Line breaks in cells
 * become spaces.
 */
export function renderTextTable(header: readonly string[], rows: readonly (readonly string[])[], styles: { header: (text: string) => string } = { header: (t) => t }): string {
  const clean = (cell: string) => cell.replace(/\s*[\r\n]+\s*/g, ' ');
  const all = [header, ...rows].map((row) => row.map(clean));
  const widths = header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell))))
      .join('  ')
      .replace(/\s+$/, '');
  const [head, ...body] = all;
  return [styles.header(line(head ?? [])), ...body.map(line)].join('\n') + '\n';
}
