import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kindFields } from '../../../src/core/fields.js';
import type { FieldSpec } from '../../../src/core/fields.js';
import { getKind } from '../../../src/core/kinds.js';
import { enumLabels } from '../../../src/i18n/labels.js';
import { applyDefaults, coerceFieldValue, deletePath, missingRequired, orderBySchema, parseAssignment, parseFieldPath, parseYamlValue, renderNewRecord, schemaModeline, setPath } from '../../../src/core/new-record.js';
import { closeEdits, reviewEdits } from '../../../src/core/record-changes.js';
import { loadShippedSchemas } from '../../../src/store/schemas.js';

const schemas = loadShippedSchemas();
const incident = getKind('incident');
const fields = kindFields(schemas, incident);
const field = (name: string) => fields.find((f) => f.name === name) as FieldSpec;

describe('new records', () => {
  it('writes the modeline relative to the record folder', () => {
    expect(schemaModeline('incident', 'incidents/2026/INC-20261126-7QX2K.yaml')).toBe('# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json');
    expect(schemaModeline('unit', 'units/nvk.yaml')).toBe('# yaml-language-server: $schema=../.sak/schemas/unit.schema.json');
  });

  it('orders fields, nested ones too, by the schema; unknown keys last', () => {
    const ordered = orderBySchema(fields, { status: 'open', zzz: 1, kia: { ref: 'x', type: 'accident' }, title: 'T', id: 'INC-x' }) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(['id', 'title', 'status', 'kia', 'zzz']);
    expect(Object.keys(ordered.kia as object)).toEqual(['type', 'ref']);
  });

  it('fills in the defaults of the kinds table without overriding given values', () => {
    expect(applyDefaults(incident, { date: '2026-01-01' }, '2026-11-26')).toEqual({ date: '2026-01-01', reported: '2026-11-26', status: 'open', created: '2026-11-26' });
    expect(applyDefaults(getKind('control'), {}, '2026-11-26')).toEqual({ start: '2026-11-26', created: '2026-11-26' });
    expect(applyDefaults(getKind('action'), {}, '2026-11-26')).toEqual({ status: 'planned', created: '2026-11-26' });
  });

  it('names missing required fields, and required parts of started objects', () => {
    const missing = missingRequired(fields, { title: 'T', date: '2026-01-01', status: 'open', kia: { ref: 'x' } });
    expect(missing.map((f) => f.path.join('.'))).toEqual(['unit', 'category', 'severity', 'kia.type']);
  });

  it('renders a record that reads back as its data', () => {
    const data = { id: 'INC-20261126-7QX2K', title: 'Test: "citat" # inte kommentar', date: '2026-11-26', unit: 'ks', category: 'other', severity: 'low', status: 'open', description: 'Rad ett\nRad två' };
    const text = renderNewRecord(incident, fields, 'incidents/2026/INC-20261126-7QX2K.yaml', data);
    expect(parse(text)).toEqual(data);
  });
});

describe('values from the command line', () => {
  it('coerces numbers in Swedish or English form, yes/no and enum labels', () => {
    expect(coerceFieldValue(field('cost_sek'), '12 000', { config: null, names: enumLabels })).toBe(12000);
    expect(coerceFieldValue(field('cost_sek'), '1500,50', { config: null, names: enumLabels })).toBe(1500.5);
    expect(coerceFieldValue(field('cost_sek'), 'mycket', { config: null, names: enumLabels })).toBe('mycket');
    expect(coerceFieldValue(field('police_report'), 'ja', { config: null, names: enumLabels })).toBe(true);
    expect(coerceFieldValue(field('category'), 'Skadegörelse', { config: null, names: enumLabels })).toBe('vandalism');
    expect(coerceFieldValue(field('category'), 'Water damage', { config: null, names: enumLabels })).toBe('water_damage');
    expect(coerceFieldValue(field('category'), 'vatten', { config: null, names: enumLabels })).toBe('vatten');
    expect(coerceFieldValue(field('category'), 'Klotter', { config: { format: 1, municipality: 'X', incident_categories: [{ id: 'graffiti', label: 'Klotter' }] }, names: enumLabels })).toBe('graffiti');
    expect(coerceFieldValue(field('severity'), 'HIGH', { config: null, names: enumLabels })).toBe('high');
  });

  it('parses paths and assignments; values as YAML', () => {
    expect(parseFieldPath('fire_protection.status')).toEqual(['fire_protection', 'status']);
    expect(parseFieldPath('performed[0].findings.1.severity')).toEqual(['performed', 0, 'findings', 1, 'severity']);
    expect(parseFieldPath('a..b')).toBeUndefined();
    expect(parseFieldPath('1abc')).toBeUndefined();
    expect(parseAssignment('status=closed')).toEqual({ path: ['status'], raw: 'closed' });
    expect(parseAssignment('notes=a=b')).toEqual({ path: ['notes'], raw: 'a=b' });
    expect(parseAssignment('=x')).toBeUndefined();
    expect(parseYamlValue('1200')).toBe(1200);
    expect(parseYamlValue('2026-11-26')).toBe('2026-11-26');
    expect(parseYamlValue('[a, b]')).toEqual(['a', 'b']);
    expect(parseYamlValue('Titel: med kolon')).toBe('Titel: med kolon');
    expect(parseYamlValue('&a x')).toBe('&a x');
    expect(parseYamlValue('{authority: police, date: 2026-01-01}')).toEqual({ authority: 'police', date: '2026-01-01' });
    expect(parseYamlValue('- se bilaga')).toBe('- se bilaga');
    expect(parseYamlValue('- a\n- b')).toEqual(['a', 'b']);
    const data: Record<string, unknown> = {};
    setPath(data, ['reported_to', 0, 'authority'], 'police');
    expect(data).toEqual({ reported_to: [{ authority: 'police' }] });
  });
});

describe('paths that name prototypes', () => {
  it('setPath and deletePath make and remove own fields only; Object.prototype is never touched', () => {
    const data: Record<string, unknown> = { title: 'x' };
    setPath(data, ['__proto__', 'polluted'], 1);
    setPath(data, ['constructor', 'prototype', 'polluted'], 1);
    deletePath(data, ['__proto__', 'toString']);
    deletePath(data, ['constructor', 'name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof Object.prototype.toString).toBe('function');
    expect(Object.keys(data)).toEqual(['title', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    // The field named __proto__ reaches the file, so the schema check names it (an unknown field).
    const text = renderNewRecord(incident, fields, 'incidents/2026/INC-20261126-7QX2K.yaml', data);
    expect(text).toMatch(/^__proto__:\n {2}polluted: 1$/m);
  });
});

describe('close and review edits', () => {
  it('close follows the kinds table', () => {
    expect(closeEdits(incident, { status: 'open' }, { date: '2026-11-26' })).toEqual([
      { op: 'set', path: ['status'], value: 'closed' },
      { op: 'set', path: ['closed'], value: '2026-11-26' },
    ]);
    expect(closeEdits(getKind('risk'), { status: 'active', notes: 'Gammal.\n' }, { date: '2026-11-26', note: 'Ny.' })).toEqual([
      { op: 'set', path: ['status'], value: 'closed' },
      { op: 'set', path: ['notes'], value: 'Gammal.\n\nNy.' },
    ]);
    expect(closeEdits(incident, { status: 'closed' }, { date: '2026-11-26' })).toBe('already');
    expect(closeEdits(getKind('document'), {}, { date: '2026-11-26' })).toBe('unsupported');
  });

  it('review appends an entry in schema order, or assesses a site', () => {
    const risk = getKind('risk');
    expect(reviewEdits(risk, kindFields(schemas, risk), '2026-11-26', { note: 'n', consequence: 4, likelihood: 2 })).toEqual([
      { op: 'append', path: ['assessments'], value: { date: '2026-11-26', likelihood: 2, consequence: 4, note: 'n' } },
    ]);
    const site = getKind('site');
    expect(reviewEdits(site, kindFields(schemas, site), '2026-11-26', { intrusion_protection: 'deficient' })).toEqual([
      { op: 'set', path: ['intrusion_protection', 'status'], value: 'deficient' },
      { op: 'set', path: ['intrusion_protection', 'assessed'], value: '2026-11-26' },
    ]);
  });
});
