import { describe, expect, it } from 'vitest';
import { fillFromDemand } from '../../../src/core/demand-record.js';

const demand = { id: 'avstamning', title: 'Årlig avstämning', area: 'internal_protection' as const, unit_type: 'department' as const, every: 'P1Y', method: 'reconciliation' as const, basis: { document: 'DOC-policy' }, description: 'Protokollförs.' };

describe('fillFromDemand', () => {
  it('fills area, frequency, title, description and the basis document where not given', () => {
    expect(fillFromDemand({ unit: 'bou', demand: 'avstamning' }, demand, 'Barn- och utbildningsförvaltningen')).toEqual({
      unit: 'bou',
      demand: 'avstamning',
      area: 'internal_protection',
      frequency: 'P1Y',
      title: 'Årlig avstämning – Barn- och utbildningsförvaltningen',
      description: 'Protokollförs.',
      documents: ['DOC-policy'],
    });
  });

  it('keeps what was given, names the unit by id without a title, and adds no document for a law citation', () => {
    const given = { unit: 'bou', area: 'fire_safety', frequency: 'P6M', title: 'Egen titel', documents: ['DOC-annan'] };
    expect(fillFromDemand(given, demand, 'BoU')).toMatchObject(given);
    expect(fillFromDemand({ unit: 'bou' }, { ...demand, basis: { law: 'AML 3 kap. 2 a §' } }, undefined)).toMatchObject({ title: 'Årlig avstämning – bou' });
    expect(fillFromDemand({ unit: 'bou' }, { ...demand, basis: { law: 'AML 3 kap. 2 a §' } }, undefined)).not.toHaveProperty('documents');
    expect(fillFromDemand({}, demand, undefined)).not.toHaveProperty('title');
  });
});
