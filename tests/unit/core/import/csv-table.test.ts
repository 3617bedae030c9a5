import { describe, expect, it } from 'vitest';
import { columnLetter, detectDelimiter, readCsvTable } from '../../../../src/core/import/csv-table.js';
import { foldName, importFields, splitListCell } from '../../../../src/core/import/columns.js';
import { fieldLabels } from '../../../../src/i18n/field-labels.js';
import { getKind } from '../../../../src/core/kinds.js';
import { fieldsOfKind } from '../../../../src/store/kind-fields.js';

describe('readCsvTable', () => {
  it('detects ; and , from the header, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c\n')).toBe(',');
    expect(detectDelimiter('title\n')).toBe(',');
  });

  it('reads RFC 4180 with BOM and CRLF, numbering rows as a spreadsheet does', () => {
    const table = readCsvTable('\uFEFFTitel;Beskrivning\r\n"A ""citat""";"två\r\nrader"\r\n;\r\nB;x\r\n');
    expect('header' in table && table).toEqual({
      delimiter: ';',
      header: ['Titel', 'Beskrivning'],
      rows: [
        { row: 2, cells: ['A "citat"', 'två\nrader'] },
        { row: 4, cells: ['B', 'x'] },
      ],
    });
  });

  it('names the row of a syntax error', () => {
    expect(readCsvTable('a,b\n1,"open\n')).toMatchObject({ row: 2 });
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('import columns', () => {
  it('offers the same fields as the CSV of sak list, with references to their kind', () => {
    const fields = importFields(getKind('incident'), fieldsOfKind('incident'), fieldLabels);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['title', 'date', 'unit', 'cost_sek', 'kia.type', 'kia.ref', 'risks', 'tags']));
    expect(fields.find((f) => f.name === 'unit')?.refKind).toBe('unit');
    expect(fields.find((f) => f.name === 'risks')?.refKind).toBe('risk');
    expect(fields.some((f) => f.name.startsWith('reported_to'))).toBe(false);
    expect(foldName('  Kostnad   (KR) ')).toBe('kostnad (kr)');
  });

  it('splits ids by ; or , but free text only by ; or a line break', () => {
    const risk = importFields(getKind('risk'), fieldsOfKind('risk'), fieldLabels);
    const causes = risk.find((f) => f.name === 'causes');
    const actions = risk.find((f) => f.name === 'actions');
    expect(splitListCell(causes?.item as NonNullable<typeof causes>['field'], 'Fett, olja; Slitage')).toEqual(['Fett, olja', 'Slitage']);
    expect(splitListCell(actions?.item as NonNullable<typeof actions>['field'], 'ACT-a, ACT-b;ACT-c')).toEqual(['ACT-a', 'ACT-b', 'ACT-c']);
  });
});
