import { describe, expect, it } from 'vitest';
import type { IncidentRecord, SakConfig } from '../../../../src/core/record-types.js';
import { actionRecord, check, expectEdges, expectNoItem, incidentRecord, itemAt, makeRegister } from './register-fixture.js';

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
    expect(item.message).toContain('anmälan till Arbetsmiljöverket saknas sedan 2026-11-21: olycksfall 2026-11-20, ska göras utan dröjsmål');
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
    ['no KIA type and a category that is no injury', { kia: undefined, category: 'vandalism' }],
    ['a KIA type that is no injury, whatever the category', { kia: { type: 'risk_observation' as const }, category: 'accident' }],
  ])('does not apply to %s', (_name, extra) => {
    expectNoItem(serious(extra), '2026-11-26', sel);
  });

  it.each(['accident', 'threat_violence', 'near_miss'])('applies without a KIA type to a serious incident of category %s (AML 3 kap. 3 a §)', (category) => {
    const register = serious({ kia: undefined, category });
    expectEdges(register, sel, '2026-11-21');
    expect(itemAt(register, '2026-11-26', sel)).toMatchObject({ status: 'overdue', basis: { type: 'law', source: 'AML 3 kap. 3 a §' } });
    expectNoItem(makeRegister([incidentRecord(INC, { date: '2026-11-20', severity: 'high', category })]), '2026-11-26', sel);
  });

  it('ignores incidents dated after `at`', () => {
    expectNoItem(serious(), '2026-11-19', sel);
  });
});

describe('incident-authority: the table of reporting duties', () => {
  const imy = { rule: 'incident-authority', id: INC, authority: 'imy' } as const;
  const csirt = (stage: string) => ({ rule: 'incident-authority', id: INC, authority: 'csirt', stage }) as const;
  const breach = (extra: Partial<IncidentRecord> = {}, config = {}) =>
    makeRegister([incidentRecord(INC, { date: '2026-11-20', category: 'information_security', severity: 'medium', personal_data_breach: true, ...extra })], config);
  const cyber = (extra: Partial<IncidentRecord> = {}, config = {}) =>
    makeRegister([incidentRecord(INC, { date: '2026-11-20', category: 'information_security', severity: 'serious', ...extra })], config);

  it('asks a personal-data breach of IMY within 72 hours (GDPR art. 33): three days after its date', () => {
    expectEdges(breach(), imy, '2026-11-23');
    const item = itemAt(breach(), '2026-11-24', imy);
    expect(item.message).toContain('anmälan till Integritetsskyddsmyndigheten (IMY) saknas sedan 2026-11-23');
    expect(item.message).toContain('inom 72 timmar (GDPR art. 33)');
    expect(itemAt(breach(), '2026-11-24', imy, { lang: 'en' }).message).toContain('within 72 hours (GDPR art. 33)');
    expectNoItem(breach({ personal_data_breach: false }), '2026-11-26', { rule: 'incident-authority', id: INC });
    expect(itemAt(breach({ reported_to: [{ authority: 'imy', date: '2026-11-22' }] }), '2026-11-26', imy).status).toBe('ok');
  });

  it('asks a serious information-security incident of the CSIRT unit in three reports (cybersäkerhetslagen 2 kap. 5, 6 och 8 §§)', () => {
    expectEdges(cyber(), csirt('early_warning'), '2026-11-21');
    expectEdges(cyber(), csirt('notification'), '2026-11-23');
    // The final report: one month after the notification, or after its due date while it is missing.
    expect(itemAt(cyber(), '2026-11-26', csirt('final_report')).due).toBe('2026-12-23');
    const notified = cyber({ reported_to: [{ authority: 'csirt', stage: 'notification', date: '2026-11-22' }] });
    expect(itemAt(notified, '2026-11-26', csirt('final_report')).due).toBe('2026-12-22');
    expect(itemAt(notified, '2026-11-26', csirt('notification')).status).toBe('ok');
    expect(itemAt(notified, '2026-11-26', csirt('early_warning')).status).toBe('overdue');
    expect(itemAt(cyber(), '2026-11-26', csirt('early_warning')).message).toContain('tidig varning till CSIRT-enheten (cybersäkerhetslagen) saknas sedan 2026-11-21');
    expect(itemAt(cyber(), '2026-11-26', csirt('final_report')).message).toContain('inom 1 månad efter incidentanmälan (cybersäkerhetslagen (2025:1506) 2 kap. 8 §)');
    expectNoItem(cyber({ severity: 'high' }), '2026-11-26', { rule: 'incident-authority', id: INC });
  });

  it('asks nothing of an incident dated before the law came into force', () => {
    const authorities = (register: ReturnType<typeof cyber>) => check(register, '2026-11-26').filter((i) => i.rule === 'incident-authority').map((i) => i.authority);
    // Cybersäkerhetslagen (2025:1506) is in force from 2026-01-15; the GDPR applies from 2018-05-25 (art. 99.2).
    expect(authorities(cyber({ date: '2026-01-14' }))).toEqual([]);
    expect(authorities(cyber({ date: '2026-01-15' }))).toEqual(['csirt', 'csirt', 'csirt']);
    expect(authorities(breach({ date: '2018-05-24' }))).toEqual([]);
    expect(authorities(breach({ date: '2018-05-25' }))).toEqual(['imy']);
  });

  it('counts a report to the CSIRT unit without a stage as the early warning', () => {
    const register = cyber({ reported_to: [{ authority: 'csirt', date: '2026-11-20' }] });
    expect(itemAt(register, '2026-11-26', csirt('early_warning')).status).toBe('ok');
    expect(itemAt(register, '2026-11-26', csirt('notification')).status).toBe('overdue');
  });

  it('lists the items of one incident in the order the reports are due', () => {
    const items = check(cyber({ personal_data_breach: true }), '2026-11-26').filter((i) => i.rule === 'incident-authority');
    expect(items.map((i) => [i.authority, i.stage ?? null, i.due])).toEqual([
      ['csirt', 'early_warning', '2026-11-21'],
      ['csirt', 'notification', '2026-11-23'],
      ['imy', null, '2026-11-23'],
      ['csirt', 'final_report', '2026-12-23'],
    ]);
  });

  it('switches a built-in duty off, changes one, and adds a local one from sak.yaml `reporting`', () => {
    const off = { reporting: [{ authority: 'csirt' as const, off: true }] };
    expect(check(cyber({}, off), '2026-11-26').filter((i) => i.rule === 'incident-authority')).toEqual([]);
    const onlyFinal = { reporting: [{ authority: 'csirt' as const, stage: 'early_warning' as const, off: true }] };
    expect(check(cyber({}, onlyFinal), '2026-11-26').filter((i) => i.rule === 'incident-authority').map((i) => i.stage)).toEqual(['notification', 'final_report']);
    const wider = { reporting: [{ authority: 'imy' as const, when: { flag: 'personal_data_breach' as const }, within: 'P1D' }] };
    expect(itemAt(breach({}, wider), '2026-11-26', imy).due).toBe('2026-11-21');
    const local = { reporting: [{ authority: 'county_board' as const, when: { categories: ['fire'] as [string], severities: ['serious'] as ['serious'] }, within: 'P2D' }] };
    const fire = makeRegister([incidentRecord(INC, { date: '2026-11-20', category: 'fire', severity: 'serious' })], local);
    const item = itemAt(fire, '2026-11-26', { rule: 'incident-authority', id: INC, authority: 'county_board' });
    expect(item).toMatchObject({ status: 'overdue', due: '2026-11-22' });
    expect(item.message).toContain('anmälan till Länsstyrelsen saknas sedan 2026-11-22: brand 2026-11-20, ska göras inom 2 dagar (krav i sak.yaml)');
    expect(item.basis).toEqual({ type: 'default' });
    // A local duty with a basis: the law it names shows in the message and the item's basis.
    const cited = { reporting: [{ ...local.reporting[0], basis: { law: 'Överenskommelse med länsstyrelsen, punkt 4' } }] } as unknown as Partial<SakConfig>;
    const withLaw = itemAt(makeRegister([incidentRecord(INC, { date: '2026-11-20', category: 'fire', severity: 'serious' })], cited), '2026-11-26', { rule: 'incident-authority', id: INC, authority: 'county_board' });
    expect(withLaw.basis).toEqual({ type: 'law', source: 'Överenskommelse med länsstyrelsen, punkt 4' });
    expect(withLaw.message).toContain('ska göras inom 2 dagar (Överenskommelse med länsstyrelsen, punkt 4)');
    expect(itemAt(breach(), '2026-11-26', imy).basis).toEqual({ type: 'law', source: 'GDPR art. 33' });
  });
});
