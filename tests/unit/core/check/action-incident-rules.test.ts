import { describe, expect, it } from 'vitest';
import type { IncidentRecord } from '../../../../src/core/record-types.js';
import { actionRecord, expectEdges, expectNoItem, incidentRecord, itemAt, makeRegister } from './register-fixture.js';

const INC = 'INC-20261120-7QX2K';

describe('action-due', () => {
  const sel = { rule: 'action-due', id: 'ACT-larm' } as const;

  it.each([['planned'], ['in_progress']] as const)('a %s action is due on `due`', (status) => {
    const register = makeRegister([actionRecord('ACT-larm', { status, due: '2026-12-31' })]);
    expectEdges(register, sel, '2026-12-31');
    expect(itemAt(register, '2027-01-01', sel)).toMatchObject({ kind: 'action', last: null });
  });

  it('on a leap day', () => {
    expectEdges(makeRegister([actionRecord('ACT-larm', { due: '2028-02-29' })]), sel, '2028-02-29');
  });

  it.each([
    ['done', { status: 'done' as const, due: '2026-01-01', done: '2026-01-01' }],
    ['cancelled', { status: 'cancelled' as const, due: '2026-01-01' }],
    ['without due', { status: 'planned' as const }],
  ])('gives no item for an action %s', (_name, extra) => {
    expectNoItem(makeRegister([actionRecord('ACT-larm', extra)]), '2026-11-26', sel);
  });
});

describe('incident-open', () => {
  const sel = { rule: 'incident-open', id: INC } as const;
  const withIncident = (extra: Partial<IncidentRecord>, config = {}) => makeRegister([incidentRecord(INC, { date: '2026-10-01', ...extra })], config);

  it('is due `incident_open_days` (default 30) after the incident', () => {
    expectEdges(withIncident({}), sel, '2026-10-31');
    expectEdges(withIncident({ status: 'investigating' }, { incident_open_days: 10 }), sel, '2026-10-11');
    expectEdges(withIncident({ date: '2028-01-30' }), sel, '2028-02-29');
  });

  it('skips closed incidents and those dated after `at`', () => {
    expectNoItem(withIncident({ status: 'closed', closed: '2026-10-05' }), '2026-11-26', sel);
    expectNoItem(withIncident({}), '2026-09-30', sel);
    expect(itemAt(withIncident({}), '2026-10-01', sel).last).toBe('2026-10-01');
  });
});

describe('incident-authority', () => {
  const sel = { rule: 'incident-authority', id: INC } as const;
  const serious = (extra: Partial<IncidentRecord> = {}) =>
    makeRegister([incidentRecord(INC, { date: '2026-11-20', severity: 'serious', kia: { type: 'accident' }, ...extra })]);

  it('is due the day after a serious accident or near miss', () => {
    expectEdges(serious(), sel, '2026-11-21');
    expectEdges(serious({ kia: { type: 'near_miss' } }), sel, '2026-11-21');
    expectEdges(serious({ date: '2028-02-28' }), sel, '2028-02-29');
    const item = itemAt(serious(), '2026-11-26', sel);
    expect(item.message).toContain('anmäl till Arbetsmiljöverket utan dröjsmål');
    expect(item.message).toContain('AML 3 kap. 3 a §');
  });

  it('is ok once reported to the Work Environment Authority, closed or not', () => {
    const reported = serious({ status: 'closed', closed: '2026-11-25', reported_to: [{ authority: 'work_environment_authority', date: '2026-11-22' }] });
    expect(itemAt(reported, '2026-11-21', sel).status).toBe('due');
    expect(itemAt(reported, '2026-11-22', sel)).toMatchObject({ status: 'ok', due: '2026-11-21' });
  });

  it('stays overdue when reported to another authority only, also after closing', () => {
    const register = serious({ status: 'closed', closed: '2026-11-25', reported_to: [{ authority: 'police', date: '2026-11-20' }] });
    expect(itemAt(register, '2026-11-26', sel).status).toBe('overdue');
  });

  it.each([
    ['severity high', { severity: 'high' as const }],
    ['a commuting accident', { kia: { type: 'commuting_accident' as const } }],
    ['a risk observation', { kia: { type: 'risk_observation' as const } }],
    ['no KIA type', { kia: undefined }],
  ])('does not apply to %s', (_name, extra) => {
    expectNoItem(serious(extra), '2026-11-26', sel);
  });

  it('ignores incidents dated after `at`', () => {
    expectNoItem(serious(), '2026-11-19', sel);
  });
});
