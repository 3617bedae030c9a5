import { describe, expect, it } from 'vitest';
import type { ControlRecord } from '../../../../src/core/record-types.js';
import { check, controlRecord, expectEdges, expectNoItem, itemAt, makeRegister, select, unitRecord } from './register-fixture.js';

const CTL = 'CTL-brandskydd';
const withControl = (extra: Partial<ControlRecord>) => makeRegister([controlRecord(CTL, extra)]);
type Execution = NonNullable<ControlRecord['performed']>[number];
type Finding = NonNullable<Execution['findings']>[number];
const run = (date: string, result: Execution['result'] = 'ok', findings?: Finding[]): Execution => ({ date, result, ...(findings ? { findings } : {}) });
const serious = (reported?: Finding['reported']): Finding => ({ severity: 'serious', description: 'Brandlarmet ur funktion', ...(reported ? { reported } : {}) });

describe('control-due', () => {
  const sel = { rule: 'control-due', id: CTL } as const;

  it.each([
    ['P1Y', [run('2025-03-10')], '2026-03-10'],
    ['P1Y', [run('2024-02-29')], '2025-02-28'],
    ['P3M', [run('2025-11-30')], '2026-02-28'],
    ['P6M', [run('2025-03-10', 'deviations')], '2025-09-10'],
    // not_performed does not count as an execution
    ['P1Y', [run('2025-03-10'), run('2026-03-10', 'not_performed')], '2026-03-10'],
    // the latest by date, whatever the order
    ['P1Y', [run('2025-09-01'), run('2025-03-10')], '2026-09-01'],
  ] as const)('frequency %s, executions %j → due %s', (frequency, performed, due) => {
    const register = withControl({ frequency, performed: [...performed] });
    expectEdges(register, sel, due);
  });

  it('ignores executions dated after `at`', () => {
    const register = withControl({ performed: [run('2025-03-10'), run('2026-03-05')] });
    expect(itemAt(register, '2026-03-04', sel)).toMatchObject({ due: '2026-03-10', last: '2025-03-10', status: 'due' });
    expect(itemAt(register, '2026-03-05', sel)).toMatchObject({ due: '2027-03-05', last: '2026-03-05', status: 'ok' });
  });

  it('is due on `start` when never performed', () => {
    const register = withControl({ start: '2026-10-15' });
    expectEdges(register, sel, '2026-10-15');
    expect(itemAt(register, '2026-10-15', sel).last).toBeNull();
  });

  it('is overdue with due null when never performed and without start', () => {
    const item = itemAt(withControl({ performed: [run('2026-01-01', 'not_performed')] }), '2026-11-26', sel);
    expect(item).toMatchObject({ status: 'overdue', due: null, last: null });
    expect(item.message).toContain('startdatum');
  });

  it('skips retired controls', () => {
    expectNoItem(withControl({ status: 'retired', performed: [run('2020-01-01')] }), '2026-11-26', sel);
  });
});

describe('finding-unreported', () => {
  const ref = '/performed/0/findings/1';
  const sel = { rule: 'finding-unreported', id: CTL, ref } as const;
  const withFinding = (finding: Finding, extra: Partial<ControlRecord> = {}) =>
    withControl({ performed: [run('2026-03-10', 'deviations', [{ severity: 'low', description: 'Skylt saknas' }, finding])], ...extra });
  // A register whose sak.yaml names two units that must receive every report (findings.report_to).
  const withDuty = (finding: Finding, findings: NonNullable<Parameters<typeof makeRegister>[1]>['findings'] = { report_to: ['ledningsgruppen', 'sakerhetssamordnare'] }) =>
    makeRegister(
      [
        controlRecord(CTL, { performed: [run('2026-03-10', 'deviations', [{ severity: 'low', description: 'Skylt saknas' }, finding])] }),
        unitRecord('ledningsgruppen', 'role', { title: 'Ledningsgruppen' }),
        unitRecord('sakerhetssamordnare', 'role', { title: 'Säkerhetssamordnaren' }),
      ],
      { findings },
    );

  it('is due the day after the execution, overdue after that', () => {
    const register = withFinding(serious());
    expectEdges(register, sel, '2026-03-11');
    expect(itemAt(register, '2026-03-10', sel)).toMatchObject({ status: 'due', kind: 'control', ref, last: '2026-03-10' });
  });

  it('gives one item per serious finding, pointing at it', () => {
    const register = withControl({
      performed: [run('2026-01-10', 'deviations', [serious(), { severity: 'high', description: 'x' }, serious()]), run('2026-03-10', 'deviations', [serious()])],
    });
    const items = select(check(register, '2026-11-26'), { rule: 'finding-unreported', id: CTL });
    expect(items.map((i) => [i.ref, i.due])).toEqual([
      ['/performed/0/findings/0', '2026-01-11'],
      ['/performed/0/findings/2', '2026-01-11'],
      ['/performed/1/findings/0', '2026-03-11'],
    ]);
  });

  it('without findings.report_to, is ok once reported to any one unit (no unit of any municipality is assumed)', () => {
    const register = withFinding(serious({ date: '2026-03-12', to: ['kommundirektor'] }));
    expect(itemAt(register, '2026-03-11', sel)).toMatchObject({ status: 'due' });
    const item = itemAt(register, '2026-03-12', sel);
    expect(item).toMatchObject({ status: 'ok', due: '2026-03-11' });
    expect(item.message).toContain('rapporterad 2026-03-12 till kommundirektor');
    expect(itemAt(withFinding(serious()), '2026-11-26', sel).message).toContain('rapport till minst en enhet saknas sedan 2026-03-11 (ska rapporteras omgående till minst en enhet)');
  });

  it('takes how soon from findings.within', () => {
    const register = withDuty(serious(), { within: 'P3D' });
    expectEdges(register, sel, '2026-03-13');
    expect(itemAt(register, '2026-11-26', sel, { lang: 'en' }).message).toContain('to be reported within 3 days to at least one unit');
  });

  it('is ok once reported to every unit of findings.report_to, even late, and names them by title', () => {
    const register = withDuty(serious({ date: '2026-03-20', to: ['sakerhetssamordnare', 'ledningsgruppen'] }));
    expect(itemAt(register, '2026-03-19', sel).status).toBe('overdue');
    const item = itemAt(register, '2026-03-20', sel);
    expect(item).toMatchObject({ status: 'ok', due: '2026-03-11' });
    expect(item.message).toContain('rapporterad 2026-03-20 till Säkerhetssamordnaren och Ledningsgruppen');
  });

  it('stays overdue when a unit of findings.report_to is missing, and says which', () => {
    const item = itemAt(withDuty(serious({ date: '2026-03-10', to: ['ledningsgruppen', 'kommundirektor'] })), '2026-11-26', sel);
    expect(item.status).toBe('overdue');
    expect(item.message).toContain('rapport till Säkerhetssamordnaren saknas sedan 2026-03-11 (ska rapporteras omgående till Ledningsgruppen och Säkerhetssamordnaren)');
    expect(item.message).not.toContain('rapport till Ledningsgruppen');
  });

  it('can mark a finding reported in a register without ledningsgruppen', () => {
    const register = makeRegister([controlRecord(CTL, { performed: [run('2026-03-10', 'deviations', [serious({ date: '2026-03-10', to: ['beredskapsgruppen'] })])] })], { findings: { report_to: ['beredskapsgruppen'] } });
    expect(itemAt(register, '2026-11-26', { rule: 'finding-unreported', id: CTL, ref: '/performed/0/findings/0' }).status).toBe('ok');
  });

  it('still applies to a retired control', () => {
    expect(itemAt(withFinding(serious(), { status: 'retired' }), '2026-11-26', sel).status).toBe('overdue');
  });

  it('ignores executions after `at` and findings below serious', () => {
    expectNoItem(withFinding(serious()), '2026-03-09', { rule: 'finding-unreported' });
    expectNoItem(withControl({ performed: [run('2026-03-10', 'deviations', [{ severity: 'high', description: 'x' }])] }), '2026-11-26', { rule: 'finding-unreported' });
  });
});
