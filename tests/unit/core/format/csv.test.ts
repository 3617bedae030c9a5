import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { renderCsv } from '../../../../src/core/format/csv.js';
import { renderTextTable } from '../../../../src/core/format/text-table.js';

describe('renderCsv (RFC 4180)', () => {
  it('starts with a BOM, ends every row with CRLF, quotes only where needed', () => {
    const csv = renderCsv(['id', 'title'], [
      ['INC-1', 'Enkel'],
      ['INC-2', 'Med, komma'],
      ['INC-3', 'Med "citat"'],
      ['INC-4', 'Två\nrader'],
      ['INC-5', ' inledande blanksteg'],
      ['INC-6', ''],
    ]);
    expect(csv).toBe('\uFEFFid,title\r\nINC-1,Enkel\r\nINC-2,"Med, komma"\r\nINC-3,"Med ""citat"""\r\nINC-4,"Två\nrader"\r\nINC-5," inledande blanksteg"\r\nINC-6,\r\n');
  });

  it('quotes carriage returns and keeps å, ä, ö as they are', () => {
    expect(renderCsv(['t'], [['a\rb'], ['Skadegörelse på förskolan']])).toBe('\uFEFFt\r\n"a\rb"\r\nSkadegörelse på förskolan\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)', () => {
    const attacks = ['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const csv = renderCsv(['title'], attacks.map((a) => [a]));
    const cells = (parse(csv.slice(1), { relax_quotes: true }) as string[][]).slice(1).map((row) => row[0]);
    expect(cells).toEqual(attacks.map((a) => `'${a}`));
    expect(renderCsv(['t'], [['a=b'], ['INC-1']])).toBe('\uFEFFt\r\na=b\r\nINC-1\r\n');
  });

  it('writes only a header for no rows', () => {
    expect(renderCsv(['id'], [])).toBe('\uFEFFid\r\n');
  });
});

describe('renderTextTable', () => {
  it('pads columns to their widest cell (å counts as one), two spaces apart, no trailing space', () => {
    expect(renderTextTable(['Id', 'Titel', 'Status'], [['a', 'Ägare', 'Öppen'], ['bbbb', 'x', '']])).toBe('Id    Titel  Status\na     Ägare  Öppen\nbbbb  x\n');
  });

  it('turns line breaks in cells into spaces', () => {
    expect(renderTextTable(['A'], [['rad ett\nrad två']])).toBe('A\nrad ett rad två\n');
  });
});
