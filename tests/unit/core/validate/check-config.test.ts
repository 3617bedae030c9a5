import { describe, expect, it } from 'vitest';
import { checkConfig, checkConfigRefs } from '../../../../src/core/validate/check-config.js';
import { getValidators } from '../../../../src/store/validators.js';
import { problemMessage } from '../../../../src/i18n/validate-messages.js';

const demand = { id: 'avstamning', title: 'Årlig avstämning', area: 'internal_protection', unit_type: 'department', every: 'P1Y', method: 'reconciliation' };
const config = (demands: unknown[]) => ({ format: 1, municipality: 'Testkommun (fiktiv)', control_demands: demands });

describe('checkConfig: control_demands', () => {
  it('accepts a demand with a unit type, listed units, a basis and a compiling unit', async () => {
    const validators = await getValidators();
    expect(checkConfig(config([{ ...demand, units: ['nvk'], inherit: true, first_due: '2027-12-31', basis: { document: 'DOC-styrdokument' }, compiled_by: 'samordnare' }]), validators)).toEqual([]);
  });

  it('refuses a demand without scope, a repeated id, an unknown method and compiled_by with an interval in days', async () => {
    const validators = await getValidators();
    const { unit_type: _, ...unscoped } = demand;
    const problems = checkConfig(config([unscoped, demand, { ...demand, compiled_by: 'samordnare', every: 'P90D' }]), validators);
    expect(problems.map((p) => [p.code, p.path.join('/'), problemMessage(p.message, 'sv')])).toEqual([
      ['config', 'control_demands/0', 'kravet "avstamning" saknar omfattning: ange unit_type, units eller båda'],
      ['config', 'control_demands/1/id', 'kravet "avstamning" finns redan i control_demands; varje krav behöver ett eget id'],
      ['config', 'control_demands/2/id', 'kravet "avstamning" finns redan i control_demands; varje krav behöver ett eget id'],
      ['config', 'control_demands/2/every', 'ett krav med compiled_by sammanställs per period och behöver ett intervall i hela månader eller år (P1Y, P6M), inte P90D'],
    ]);
    const bad = checkConfig(config([{ ...demand, method: 'survay' }]), validators);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.path).toEqual(['control_demands', 0, 'method']);
  });
});

describe('checkConfigRefs', () => {
  const records = [
    { id: 'nvk', kind: 'unit' },
    { id: 'samordnare', kind: 'unit' },
    { id: 'DOC-styrdokument', kind: 'document' },
  ];
  it('finds units and documents that do not exist, with a suggestion', () => {
    const cfg = config([{ ...demand, units: ['nvk', 'nvq'], compiled_by: 'DOC-styrdokument' }]) as never;
    expect(checkConfigRefs(cfg, records).map((p) => [p.code, p.path.join('/'), problemMessage(p.message, 'sv')])).toEqual([
      ['ref-missing', 'control_demands/0/units/1', 'enheten "nvq" finns inte i units/; menade du "nvk"?'],
      ['ref-missing', 'control_demands/0/compiled_by', 'enheten "DOC-styrdokument" finns inte i units/'],
    ]);
  });

  it('accepts existing units, and no config at all', () => {
    expect(checkConfigRefs(config([{ ...demand, basis: { law: 'AML 3 kap. 2 a §' }, compiled_by: 'samordnare', units: ['nvk'] }]) as never, records)).toEqual([]);
    expect(checkConfigRefs(null, records)).toEqual([]);
  });
});
