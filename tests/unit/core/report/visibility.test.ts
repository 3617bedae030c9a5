import { describe, expect, it } from 'vitest';
import type { getKind } from '../../../../src/core/kinds.js';
import type { AnyRecord } from '../../../../src/core/model.js';
import { createVisibility, isFreeTextField, visibleData, visibleRecords } from '../../../../src/core/report/visibility.js';
import { fieldsOfKind } from '../../../../src/store/kind-fields.js';

const unit = { kind: 'unit', id: 'ks', file: 'units/ks.yaml', data: { id: 'ks', title: 'Kommunstyrelsen', type: 'executive_board', short: 'KS', notes: 'intern anteckning' } } as unknown as AnyRecord;
const secret = { kind: 'risk', id: 'RSK-hemlig', file: 'risks/RSK-hemlig.yaml', data: { id: 'RSK-hemlig', title: 'Hemlig', owner: 'ks', area: 'protective_security', classification: 2 } } as unknown as AnyRecord;
const control = {
  kind: 'control',
  id: 'CTL-k',
  file: 'controls/CTL-k.yaml',
  data: {
    id: 'CTL-k',
    title: 'Kontroll',
    unit: 'ks',
    area: 'fire_safety',
    frequency: 'P1Y',
    method: 'Stickprov',
    tags: ['brand'],
    risks: ['RSK-hemlig'],
    performed: [{ date: '2026-03-01', result: 'deviations', by: 'Anna', findings: [{ severity: 'high', description: 'Låst nödutgång', action: 'ACT-x' }] }],
  },
} as unknown as AnyRecord;
const byId = new Map([unit, secret, control].map((r) => [r.id, r]));

describe('visibility of records for list and show', () => {
  it('free text is every string field but the title, a short name and the § and dnr of a decision', () => {
    const names = (kind: Parameters<typeof getKind>[0]) => fieldsOfKind(kind).filter((f) => isFreeTextField(f) || (f.item !== undefined && isFreeTextField(f.item))).map((f) => f.name);
    expect(names('unit')).toEqual(expect.arrayContaining(['notes', 'tags', 'responsible']));
    expect(names('unit')).not.toContain('short');
    expect(names('unit')).not.toContain('title');
  });

  it('public drops free text at every depth and turns references to hidden records into null', () => {
    const visibility = createVisibility('public', byId);
    expect(visibleData(control.data as unknown as Record<string, unknown>, fieldsOfKind('control'), visibility)).toEqual({
      id: 'CTL-k',
      title: 'Kontroll',
      unit: 'ks',
      area: 'fire_safety',
      frequency: 'P1Y',
      risks: [null],
      performed: [{ date: '2026-03-01', result: 'deviations', findings: [{ severity: 'high', action: 'ACT-x' }] }],
    });
    expect(visibleData(unit.data as unknown as Record<string, unknown>, fieldsOfKind('unit'), visibility)).toEqual({ id: 'ks', title: 'Kommunstyrelsen', type: 'executive_board', short: 'KS' });
  });

  it('public leaves out records classified 2 or higher; internal shows everything as it is', () => {
    const shown = visibleRecords([unit, secret, control], createVisibility('public', byId), fieldsOfKind);
    expect(shown.map((r) => r.id)).toEqual(['ks', 'CTL-k']);
    const internal = visibleRecords([unit, secret, control], createVisibility('internal', byId), fieldsOfKind);
    expect(internal).toEqual([unit, secret, control]);
  });
});
