import { describe, expect, it } from 'vitest';
import { kindFields } from '../../../src/core/fields.js';
import { getKind } from '../../../src/core/kinds.js';
import type { KindName } from '../../../src/core/kinds.js';
import { csvColumns, filterRecords, listJson } from '../../../src/core/listing.js';
import { fieldLabels } from '../../../src/i18n/field-labels.js';
import { listTable } from '../../../src/render/list-table.js';
import { listExport, renderExportCsv } from '../../../src/render/list-export.js';
import { IMPORT_SOURCE_FIELD } from '../../../src/core/fields.js';
import { fieldNames, foldName, importFields } from '../../../src/core/import/columns.js';
import { KINDS } from '../../../src/core/kinds.js';
import type { AnyRecord } from '../../../src/core/model.js';
import { incomingLinks, outgoingLinks } from '../../../src/core/record-view.js';
import { loadShippedSchemas } from '../../../src/store/schemas.js';

const schemas = loadShippedSchemas();
const fieldsOf = (kind: KindName) => kindFields(schemas, getKind(kind));
const rec = (kind: KindName, data: Record<string, unknown>): AnyRecord => ({ kind, id: data.id as string, file: `${kind}/${data.id as string}.yaml`, data }) as unknown as AnyRecord;

// Fictitious records.
const records = [
  rec('incident', { id: 'INC-20261001-BBBBB', title: 'B', date: '2026-10-01', unit: 'ks', category: 'theft', severity: 'low', status: 'closed', risks: ['RSK-a'] }),
  rec('incident', { id: 'INC-20250101-AAAAA', title: 'A', date: '2025-01-01', unit: 'nvk', category: 'fire', severity: 'high', status: 'open' }),
  rec('risk', { id: 'RSK-a', title: 'Risk', owner: 'ks', area: 'fire_safety', assessments: [{ date: '2026-01-01', likelihood: 2, consequence: 3 }] }),
  rec('document', { id: 'DOC-a', title: 'Dok', type: 'policy', owner: 'ks', areas: ['fire_safety', 'crisis_preparedness'], adopted: { date: 2005 } }),
  rec('unit', { id: 'ks', title: 'Kommunstyrelsen', type: 'executive_board' }),
];

describe('filterRecords', () => {
  it('sorts by id and filters by kind, status (schema default included), unit, area and year', () => {
    expect(filterRecords(records, {}, fieldsOf).map((r) => r.id)).toEqual(['DOC-a', 'INC-20250101-AAAAA', 'INC-20261001-BBBBB', 'RSK-a', 'ks']);
    expect(filterRecords(records, { status: 'active' }, fieldsOf).map((r) => r.id)).toEqual(['DOC-a', 'RSK-a', 'ks']);
    expect(filterRecords(records, { kind: 'incident', status: 'open' }, fieldsOf).map((r) => r.id)).toEqual(['INC-20250101-AAAAA']);
    expect(filterRecords(records, { units: new Set(['ks']) }, fieldsOf).map((r) => r.id)).toEqual(['DOC-a', 'INC-20261001-BBBBB', 'RSK-a', 'ks']);
    expect(filterRecords(records, { area: 'fire_safety' }, fieldsOf).map((r) => r.id)).toEqual(['DOC-a', 'RSK-a']);
    expect(filterRecords(records, { year: '2005' }, fieldsOf).map((r) => r.id)).toEqual(['DOC-a']);
    expect(filterRecords(records, { year: '2026' }, fieldsOf).map((r) => r.id)).toEqual(['INC-20261001-BBBBB']);
  });
});

describe('list output', () => {
  const ctx = { fieldsOf, config: { format: 1 as const, municipality: 'Fiktiv' }, lang: 'sv' as const, at: '2026-11-26' };

  it('a kind table shows labels and the computed risk level', () => {
    expect(listTable([records[2] as AnyRecord], 'risk', ctx)).toEqual({ header: ['Id', 'Titel', 'Ägare', 'Säkerhetsområde', 'Risknivå', 'Status'], rows: [['RSK-a', 'Risk', 'ks', 'Brandskydd', '6 Medel', 'Aktiv']] });
  });

  it('csv with codes has field names and stored values; json flattens id, kind, path and fields', () => {
    expect(csvColumns(fieldsOf('document'))).toContain('adopted.date');
    const csv = listExport([records[3] as AnyRecord], 'document', ctx, { codes: true });
    const row = csv.rows[0] ?? [];
    expect(row[csv.header.indexOf('areas')]).toEqual({ type: 'text', value: 'fire_safety, crisis_preparedness' });
    expect(row[csv.header.indexOf('adopted.date')]).toEqual({ type: 'number', value: 2005 });
    expect(listJson([records[4] as AnyRecord])).toEqual([{ id: 'ks', kind: 'unit', path: 'unit/ks.yaml', title: 'Kommunstyrelsen', type: 'executive_board' }]);
  });

  it('csv with labels: headers and values in the language, numbers with the decimal mark of the separator, dates ISO', () => {
    const incident = rec('incident', { id: 'INC-20261001-CCCCC', title: 'C', date: '2026-10-01', unit: 'ks', category: 'theft', severity: 'high', status: 'open', cost_sek: 1250.75, police_report: true, risks: ['RSK-a', 'RSK-b'], kia: { type: 'near_miss' } });
    const sv = renderExportCsv(listExport([incident], 'incident', ctx, { codes: false }), ';');
    const [header, line] = sv.slice(1).split('\r\n') as [string, string];
    expect(header.split(';').slice(0, 2)).toEqual(['Id', 'Titel']);
    const cell = (name: string) => line.split(';')[header.split(';').indexOf(name)];
    expect([cell('Allvarlighetsgrad'), cell('Kategori'), cell('Kostnad (kr)'), cell('Polisanmäld'), cell('Datum'), cell('Risker'), cell('KIA-typ')]).toEqual(['Hög', 'Stöld', '1250,75', 'ja', '2026-10-01', 'RSK-a, RSK-b', 'Tillbud']);
    const en = renderExportCsv(listExport([incident], 'incident', { ...ctx, lang: 'en' }, { codes: false }), ',');
    expect(en).toContain('Severity');
    expect(en).toContain(',High,');
    expect(en).toContain(',1250.75,');
    const all = renderExportCsv(listExport([incident], undefined, ctx, { codes: false }), ';');
    expect(all).toBe('\uFEFFId;Posttyp;Titel;Status;Sökväg\r\nINC-20261001-CCCCC;Incident;C;Öppen;incident/INC-20261001-CCCCC.yaml\r\n');
  });

  it('every kind\'s csv header names each column once, in both languages, and the import finds the same field by it', () => {
    for (const kind of KINDS) {
      const fields = fieldsOf(kind.name);
      const targets = importFields(kind, fields, fieldLabels);
      for (const lang of ['sv', 'en'] as const) {
        for (const codes of [false, true]) {
          const { header } = listExport([], kind.name, { ...ctx, lang }, { codes });
          expect(new Set(header.map(foldName)).size, `${kind.name} ${lang}`).toBe(header.length);
          const columns = csvColumns(fields);
          expect(columns).not.toContain(IMPORT_SOURCE_FIELD);
          header.forEach((name, index) => {
            if (columns[index] === 'id') return;
            const found = targets.filter((t) => fieldNames(t).some((n) => foldName(n) === foldName(name)));
            expect(found[0]?.name, `${kind.name} ${lang} ${name}`).toBe(columns[index]);
          });
        }
      }
    }
  });
});

describe('references', () => {
  it('finds what a record names and what names it', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(outgoingLinks(records[0] as AnyRecord, byId)).toEqual([
      { field: '/unit', id: 'ks', kind: 'unit', title: 'Kommunstyrelsen' },
      { field: '/risks/0', id: 'RSK-a', kind: 'risk', title: 'Risk' },
    ]);
    expect(incomingLinks('ks', records).map((l) => `${l.id}${l.field}`)).toEqual(['DOC-a/owner', 'INC-20261001-BBBBB/unit', 'RSK-a/owner']);
  });
});
