import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/core/calendar/date.js';
import { compilationDue, demandBasis, periodOf, previousPeriod, wholeMonths } from '../../../../src/core/check/control-demand.js';
import type { DeadlineItem } from '../../../../src/core/check/engine.js';
import type { AnyRecord } from '../../../../src/core/model.js';
import type { SakConfig } from '../../../../src/core/record-types.js';
import { check, controlRecord, documentRecord, makeRegister, unitRecord } from './register-fixture.js';

type Demand = NonNullable<SakConfig['control_demands']>[number];

const avstamning: Demand = { id: 'avstamning', title: 'Årlig avstämning', area: 'internal_protection', unit_type: 'department', every: 'P1Y', method: 'reconciliation', basis: { document: 'DOC-styrdokument' }, compiled_by: 'samordnare' };
const units: AnyRecord[] = [
  unitRecord('ks', 'executive_board'),
  unitRecord('klf', 'department', { parent: 'ks', title: 'Kommunledningsförvaltningen' }),
  unitRecord('bou', 'department', { title: 'Barn- och utbildningsförvaltningen' }),
  unitRecord('gammal', 'department', { status: 'inactive' }),
  unitRecord('skola', 'school', { parent: 'bou' }),
  unitRecord('samordnare', 'role'),
  documentRecord('DOC-styrdokument', { title: 'Styrdokument för säkerhet' }),
];
const performed = (...dates: string[]) => ({ performed: dates.map((date) => ({ date, result: 'ok' as const })) });
const answer = (id: string, unit: string, extra: Parameters<typeof controlRecord>[1] = {}) => controlRecord(id, { unit, demand: 'avstamning', area: 'internal_protection', ...extra });
const registerWith = (demands: Demand[], ...records: AnyRecord[]) => makeRegister([...units, ...records], { control_demands: demands });
const demandItems = (items: readonly DeadlineItem[], demand = 'avstamning') => items.filter((i) => i.rule === 'control-demand' && i.demand === demand);
const unitItem = (items: readonly DeadlineItem[], id: string) => {
  const found = demandItems(items).filter((i) => i.id === id && !i.compilation);
  expect(found, id).toHaveLength(1);
  return found[0] as DeadlineItem;
};
const compileItem = (items: readonly DeadlineItem[]) => {
  const found = demandItems(items).filter((i) => i.compilation);
  expect(found).toHaveLength(1);
  return found[0] as DeadlineItem;
};

describe('control-demand', () => {
  it('gives one item per active unit of the unit type, and one for the compiling unit', () => {
    const items = check(registerWith([avstamning]), '2026-11-26');
    expect(demandItems(items).map((i) => [i.id, i.kind, i.due, i.status, i.compilation ?? false])).toEqual([
      ['bou', 'unit', null, 'overdue', false],
      ['klf', 'unit', null, 'overdue', false],
      ['samordnare', 'unit', '2027-01-31', 'due', true],
    ]);
  });

  it('says that no control is recorded for the unit, naming it', () => {
    const item = unitItem(check(registerWith([avstamning]), '2026-11-26'), 'bou');
    expect(item.message).toBe(
      'bou: Årlig avstämning: ingen kontroll registrerad (krav avstamning i sak.yaml: intervall 1 år; grund: Styrdokument för säkerhet (DOC-styrdokument)) – ”Barn- och utbildningsförvaltningen”',
    );
    const en = unitItem(check(registerWith([avstamning]), '2026-11-26', { lang: 'en' }), 'bou');
    expect(en.message).toBe('bou: Årlig avstämning: no control recorded (demand avstamning in sak.yaml: every year; basis: Styrdokument för säkerhet (DOC-styrdokument)) – “Barn- och utbildningsförvaltningen”');
  });

  it('is due `every` after the latest performed execution of a control answering it for the unit', () => {
    const register = registerWith([avstamning], answer('CTL-a', 'klf', performed('2025-03-01', '2026-03-01')));
    const at = (date: string) => unitItem(check(register, date), 'klf');
    expect(at('2026-11-26')).toMatchObject({ due: '2027-03-01', last: '2026-03-01', status: 'ok' });
    expect([at('2027-02-28').status, at('2027-03-01').status, at('2027-03-02').status]).toEqual(['due', 'due', 'overdue']);
    // The other förvaltning is untouched: a control covers only its own unit.
    expect(unitItem(check(register, '2026-11-26'), 'bou').due).toBeNull();
  });

  it('ignores not_performed executions, executions after the date of evaluation and retired controls', () => {
    const register = registerWith(
      [avstamning],
      answer('CTL-a', 'klf', { performed: [{ date: '2026-02-01', result: 'ok' }, { date: '2026-05-01', result: 'not_performed' }, { date: '2026-12-01', result: 'deviations' }] }),
      answer('CTL-b', 'bou', { ...performed('2026-04-01'), status: 'retired' }),
    );
    expect(unitItem(check(register, '2026-11-26'), 'klf')).toMatchObject({ last: '2026-02-01', due: '2027-02-01' });
    expect(unitItem(check(register, '2026-12-01'), 'klf')).toMatchObject({ last: '2026-12-01', due: '2027-12-01' });
    expect(unitItem(check(register, '2026-11-26'), 'bou').due).toBeNull();
  });

  it('names a control that answers but was never performed', () => {
    const item = unitItem(check(registerWith([avstamning], answer('CTL-a', 'klf')), '2026-11-26'), 'klf');
    expect(item.due).toBeNull();
    expect(item.message).toMatch(/^klf: Årlig avstämning: ingen genomförd kontroll .* – ”Kommunledningsförvaltningen”$/);
    expect(item.message).toContain('CTL-a aldrig genomförd');
  });

  it('is never due before first_due, and due then when nothing was done', () => {
    const demand = { ...avstamning, first_due: '2027-06-30' };
    const register = registerWith([demand], answer('CTL-a', 'klf', performed('2026-01-10')));
    expect(unitItem(check(register, '2026-11-26'), 'klf')).toMatchObject({ due: '2027-06-30', last: '2026-01-10' });
    expect(unitItem(check(register, '2026-11-26'), 'bou')).toMatchObject({ due: '2027-06-30', last: null, status: 'ok' });
    expect(unitItem(check(register, '2027-07-01'), 'bou').status).toBe('overdue');
  });

  it('counts a control of an ancestor only when the demand inherits', () => {
    const records = [answer('CTL-ks', 'ks', performed('2026-06-01'))];
    expect(unitItem(check(registerWith([avstamning], ...records), '2026-11-26'), 'klf').due).toBeNull();
    expect(unitItem(check(registerWith([{ ...avstamning, inherit: true }], ...records), '2026-11-26'), 'klf').due).toBe('2027-06-01');
    // A child's control never answers for its parent.
    const child = [answer('CTL-skola', 'skola', performed('2026-06-01'))];
    expect(unitItem(check(registerWith([{ ...avstamning, inherit: true }], ...child), '2026-11-26'), 'bou').due).toBeNull();
  });

  it('takes the units listed as well as those of the unit type, active ones only', () => {
    const demand: Demand = { id: 'enkat', title: 'Enkät till invånarna', area: 'safety_promotion', units: ['ks', 'gammal'], every: 'P2Y', method: 'survey' };
    const items = check(registerWith([demand]), '2026-11-26').filter((i) => i.rule === 'control-demand');
    expect(items.map((i) => i.id)).toEqual(['ks']);
    const both = check(registerWith([{ ...demand, unit_type: 'school' }]), '2026-11-26').filter((i) => i.rule === 'control-demand');
    expect(both.map((i) => i.id).sort()).toEqual(['ks', 'skola']);
  });

  it('leaves the controls it follows to itself: no control-due item for them, but for others', () => {
    const register = registerWith([avstamning], answer('CTL-a', 'klf'), answer('CTL-utanfor', 'skola'), controlRecord('CTL-egen', { unit: 'klf' }));
    const due = check(register, '2026-11-26').filter((i) => i.rule === 'control-due').map((i) => i.id);
    expect(due).toEqual(['CTL-egen', 'CTL-utanfor']);
  });

  describe('compilation by compiled_by', () => {
    it('is due by the end of the month after the period when the units executed in it and nothing was compiled after', () => {
      const register = registerWith([avstamning], answer('CTL-a', 'klf', performed('2026-03-01')), answer('CTL-b', 'bou', performed('2026-11-12')));
      const at = (date: string) => compileItem(check(register, date));
      expect(at('2027-01-05')).toMatchObject({ id: 'samordnare', due: '2027-01-31', status: 'due', last: null });
      expect(at('2027-02-01')).toMatchObject({ due: '2027-01-31', status: 'overdue' });
      expect(at('2027-02-01').message).toBe(
        'samordnare: Årlig avstämning: sammanställning av perioden 2026 saknas sedan 2027-01-31 (sammanställs centralt efter enheternas sista kontroll under perioden, senast sista dagen i månaden efter periodens slut; aldrig sammanställt; grund: Styrdokument för säkerhet (DOC-styrdokument)) – ”Titel samordnare”',
      );
    });

    it('is met by an execution of the compiling unit on or after the last execution of the period', () => {
      const units = [answer('CTL-a', 'klf', performed('2026-03-01')), answer('CTL-b', 'bou', performed('2026-11-12'))];
      const early = registerWith([avstamning], ...units, answer('CTL-sam', 'samordnare', performed('2026-11-11')));
      expect(compileItem(check(early, '2027-02-01'))).toMatchObject({ due: '2027-01-31', status: 'overdue', last: '2026-11-11' });
      const done = registerWith([avstamning], ...units, answer('CTL-sam', 'samordnare', performed('2027-01-20')));
      expect(compileItem(check(done, '2027-02-01'))).toMatchObject({ due: '2028-01-31', status: 'ok', last: '2027-01-20' });
      const sameDay = registerWith([avstamning], ...units, answer('CTL-sam', 'samordnare', performed('2026-11-12')));
      expect(compileItem(check(sameDay, '2027-02-01')).due).toBe('2028-01-31');
    });

    it('asks for the current period when the previous one had no executions', () => {
      const register = registerWith([avstamning], answer('CTL-a', 'klf', performed('2027-03-01')));
      expect(compileItem(check(register, '2027-04-01'))).toMatchObject({ due: '2028-01-31', status: 'ok' });
    });

    it('gives no compilation item without compiled_by, and none for an interval in days or weeks', () => {
      const { compiled_by: _, ...plain } = avstamning;
      expect(check(registerWith([plain]), '2026-11-26').filter((i) => i.compilation)).toEqual([]);
      expect(check(registerWith([{ ...avstamning, every: 'P90D' }]), '2026-11-26').filter((i) => i.compilation)).toEqual([]);
    });
  });
});

describe('demand periods', () => {
  it('counts periods of whole months from January', () => {
    expect(wholeMonths('P1Y')).toBe(12);
    expect(wholeMonths('P1Y6M')).toBe(18);
    expect(wholeMonths('P90D')).toBeNull();
    expect(wholeMonths('P1M1W')).toBeNull();
    expect(periodOf('2026-11-26', 12)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf('2026-11-26', 6)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodOf('2026-02-28', 3)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('2027-05-01', 24)).toEqual({ from: '2026-01-01', to: '2027-12-31' });
    expect(previousPeriod({ from: '2026-01-01', to: '2026-03-31' }, 3)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('puts the compilation at the last day of the month after the period', () => {
    expect(compilationDue({ from: '2026-01-01', to: '2026-12-31' })).toBe('2027-01-31');
    expect(compilationDue({ from: '2027-10-01', to: '2027-12-31' })).toBe('2028-01-31');
    expect(compilationDue({ from: '2027-10-01', to: '2028-01-31' })).toBe('2028-02-29');
    expect(compilationDue({ from: '2026-01-01', to: '2026-06-30' })).toBe('2026-07-31');
    expect(addDays(compilationDue({ from: '2026-01-01', to: '2026-03-31' }), 1)).toBe('2026-05-01');
  });
});

describe('demand basis', () => {
  it('reads a document id as a document, other text as a law citation, none as the default', () => {
    const title = (id: string) => (id === 'DOC-a' ? 'A' : null);
    expect(demandBasis({ ...avstamning, basis: { document: 'DOC-a' } }, title)).toEqual({ type: 'document', id: 'DOC-a', title: 'A' });
    expect(demandBasis({ ...avstamning, basis: { law: 'AML 3 kap. 2 a §' } }, title)).toEqual({ type: 'law', citation: 'AML 3 kap. 2 a §' });
    const { basis: _, ...none } = avstamning;
    expect(demandBasis(none, title)).toEqual({ type: 'default' });
  });
});
