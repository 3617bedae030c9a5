import { describe, expect, it } from 'vitest';
import type { DeadlineItem } from '../../../src/core/check/deadline-item.js';
import type { KindName } from '../../../src/core/kinds.js';
import type { AnyRecord, RegisterData } from '../../../src/core/model.js';
import { deadlinesOfUnit, recordsByUnit, recordsOfUnit, unitSubtree } from '../../../src/core/unit-scope.js';

const rec = (kind: KindName, data: Record<string, unknown>): AnyRecord => ({ kind, id: data.id as string, file: `${kind}/${data.id as string}.yaml`, data }) as unknown as AnyRecord;

// Fictitious organisation: ks > bun > skola; a cycle a <-> b must not hang.
const register: RegisterData = {
  config: { format: 1, municipality: 'Fiktiv' },
  records: [
    rec('unit', { id: 'ks', title: 'KS', type: 'executive_board' }),
    rec('unit', { id: 'bun', title: 'BUN', type: 'department', parent: 'ks' }),
    rec('unit', { id: 'skola', title: 'Skola', type: 'school', parent: 'bun' }),
    rec('unit', { id: 'a', title: 'A', type: 'department', parent: 'b' }),
    rec('unit', { id: 'b', title: 'B', type: 'department', parent: 'a' }),
    rec('site', { id: 'SITE-s', title: 'S', owner: 'ks', used_by: ['skola'] }),
    rec('action', { id: 'ACT-a', title: 'A', owner: 'bun', due: '2027-01-01' }),
    rec('document', { id: 'DOC-d', title: 'D', owner: 'ks', applies_to: ['bun'] }),
  ],
};

describe('unit scope', () => {
  it('a unit and its sub-units at any depth, safe against a cycle', () => {
    expect(unitSubtree(register, 'ks')).toEqual(['ks', 'bun', 'skola']);
    expect(unitSubtree(register, 'skola')).toEqual(['skola']);
    expect(unitSubtree(register, 'a')).toEqual(['a', 'b']);
  });

  it('unit: any unit field; owner: only the responsible unit', () => {
    expect(recordsOfUnit(register, 'bun', 'unit').map((r) => r.id)).toEqual(['bun', 'skola', 'SITE-s', 'ACT-a', 'DOC-d']);
    expect(recordsOfUnit(register, 'bun', 'owner').map((r) => r.id)).toEqual(['ACT-a']);
    expect(recordsOfUnit(register, 'ks', 'owner').map((r) => r.id)).toEqual(['SITE-s', 'ACT-a', 'DOC-d']);
  });

  it('recordsByUnit gives every unit the same records as recordsOfUnit, in one pass', () => {
    const byUnit = recordsByUnit(register);
    for (const unit of ['ks', 'bun', 'skola', 'a', 'b']) expect((byUnit.get(unit) ?? []).map((r) => r.id)).toEqual(recordsOfUnit(register, unit, 'unit').map((r) => r.id));
  });

  it('deadlines: the items of the selected records, and training items of the units', () => {
    const item = (id: string, kind: KindName): DeadlineItem => ({ status: 'due', rule: kind === 'unit' ? 'training' : 'action-due', id, kind, due: null, last: null, basis: { type: 'default' }, message: '' });
    const items = [item('ACT-a', 'action'), item('skola', 'unit'), item('ks', 'unit'), item('SITE-s', 'site')];
    expect(deadlinesOfUnit(items, register, 'bun', 'owner').map((i) => i.id)).toEqual(['ACT-a', 'skola']);
    expect(deadlinesOfUnit(items, register, 'bun', 'unit').map((i) => i.id)).toEqual(['ACT-a', 'skola', 'SITE-s']);
  });
});
