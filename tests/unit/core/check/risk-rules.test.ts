import { describe, expect, it } from 'vitest';
import { currentRisk, latestAssessment, riskLevel, riskScore } from '../../../../src/core/risk.js';
import type { RiskRecord } from '../../../../src/core/record-types.js';
import { actionRecord, expectEdges, expectNoItem, itemAt, makeRegister, riskRecord } from './register-fixture.js';

const RSK = 'RSK-brand';
const assess = (date: string, likelihood: number, consequence: number) => ({ date, likelihood, consequence });
const withRisk = (extra: Partial<RiskRecord>, config = {}) => makeRegister([riskRecord(RSK, extra)], config);

describe('riskLevel and riskScore', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [14, 'high'],
    [15, 'critical'],
    [25, 'critical'],
  ])('score %i is %s by default', (score, level) => {
    expect(riskLevel(score, { risk_matrix: undefined })).toBe(level);
    expect(riskLevel(score)).toBe(level);
  });

  it('follows risk_matrix.levels', () => {
    const config = { risk_matrix: { levels: { medium: 4, high: 13, critical: 20 } } };
    expect([3, 4, 12, 13, 19, 20].map((s) => riskLevel(s, config))).toEqual(['low', 'medium', 'medium', 'high', 'high', 'critical']);
  });

  it('scores likelihood × consequence', () => {
    expect(riskScore({ likelihood: 3, consequence: 4 })).toBe(12);
  });
});

describe('latestAssessment', () => {
  const risk = { assessments: [assess('2025-03-01', 2, 2), assess('2026-05-01', 4, 4), assess('2024-01-01', 5, 5)] };

  it('takes the latest by date, not by position', () => {
    expect(latestAssessment(risk)?.date).toBe('2026-05-01');
  });

  it('takes only those dated on or before `at`', () => {
    expect(latestAssessment(risk, '2026-04-30')?.date).toBe('2025-03-01');
    expect(latestAssessment(risk, '2026-05-01')?.date).toBe('2026-05-01');
    expect(latestAssessment(risk, '2023-12-31')).toBeUndefined();
  });

  it('takes the one listed last on equal dates, and copes with none', () => {
    expect(latestAssessment({ assessments: [assess('2025-03-01', 1, 1), assess('2025-03-01', 3, 3)] })?.likelihood).toBe(3);
    expect(latestAssessment({})).toBeUndefined();
  });

  it('gives the current level', () => {
    expect(currentRisk(risk, {}, '2026-05-01')).toMatchObject({ score: 16, level: 'critical' });
    expect(currentRisk(risk, {}, '2026-04-30')).toMatchObject({ score: 4, level: 'low' });
  });
});

describe('risk-review', () => {
  const sel = { rule: 'risk-review', id: RSK } as const;

  it.each([
    [{}, {}, '2025-03-01', '2026-03-01'],
    [{}, { risk_review: 'P6M' }, '2025-03-01', '2025-09-01'],
    [{ review: 'P2Y' }, { risk_review: 'P6M' }, '2025-03-01', '2027-03-01'],
    [{}, {}, '2024-02-29', '2025-02-28'],
    [{ review: 'P1Y1M' }, {}, '2024-02-29', '2025-03-29'],
  ])('risk %j, config %j, assessed %s → due %s', (risk, config, assessed, due) => {
    const register = withRisk({ ...risk, assessments: [assess(assessed, 2, 2)] }, config);
    expectEdges(register, sel, due);
    expect(itemAt(register, due, sel).last).toBe(assessed);
  });

  it('uses the latest assessment dated on or before `at`', () => {
    const register = withRisk({ assessments: [assess('2025-03-01', 2, 2), assess('2026-02-20', 2, 2)] });
    expect(itemAt(register, '2026-02-19', sel)).toMatchObject({ due: '2026-03-01', status: 'due' });
    expect(itemAt(register, '2026-02-20', sel)).toMatchObject({ due: '2027-02-20', status: 'ok' });
  });

  it('skips closed risks', () => {
    expectNoItem(withRisk({ status: 'closed', assessments: [assess('2020-01-01', 5, 5)] }), '2026-11-26', { rule: 'risk-review' });
    expectNoItem(withRisk({ status: 'closed' }), '2026-11-26', { rule: 'risk-unassessed' });
    expectNoItem(withRisk({ status: 'closed', assessments: [assess('2020-01-01', 5, 5)] }), '2026-11-26', { rule: 'risk-untreated' });
  });
});

describe('risk-unassessed', () => {
  const sel = { rule: 'risk-unassessed', id: RSK } as const;

  it('flags a risk without assessments: overdue, due null', () => {
    expect(itemAt(withRisk({}), '2026-11-26', sel)).toMatchObject({ status: 'overdue', due: null, last: null, kind: 'risk' });
    expectNoItem(withRisk({}), '2026-11-26', { rule: 'risk-review' });
  });

  it('flags a risk whose assessments all lie after `at`', () => {
    const register = withRisk({ assessments: [assess('2026-06-01', 1, 1)] });
    expect(itemAt(register, '2026-05-31', sel).due).toBeNull();
    expectNoItem(register, '2026-06-01', sel);
  });
});

describe('risk-untreated', () => {
  const sel = { rule: 'risk-untreated', id: RSK } as const;

  it.each([
    [3, 3, false],
    [2, 5, true],
    [3, 4, true],
    [5, 5, true],
  ])('likelihood %i × consequence %i without an action: flagged %s', (l, c, flagged) => {
    const register = withRisk({ assessments: [assess('2026-01-01', l, c)] });
    if (flagged) expect(itemAt(register, '2026-11-26', sel)).toMatchObject({ status: 'overdue', due: null, last: '2026-01-01' });
    else expectNoItem(register, '2026-11-26', sel);
  });

  it('uses the configured levels', () => {
    const register = withRisk({ assessments: [assess('2026-01-01', 3, 4)] }, { risk_matrix: { levels: { medium: 5, high: 13, critical: 20 } } });
    expectNoItem(register, '2026-11-26', sel);
  });

  it('uses the level of the latest assessment on or before `at`', () => {
    const register = withRisk({ assessments: [assess('2025-01-01', 4, 4), assess('2026-05-01', 1, 2)] });
    expect(itemAt(register, '2026-04-30', sel).message).toContain('kritisk (16)');
    expectNoItem(register, '2026-05-01', sel);
  });

  it.each([
    ['planned', 'risk.actions', true],
    ['in_progress', 'risk.actions', true],
    ['done', 'risk.actions', false],
    ['cancelled', 'risk.actions', false],
    ['planned', 'risk.links', true],
    ['in_progress', 'action.links', true],
    ['done', 'action.links', false],
  ] as const)('a linked %s action (via %s) treats it: %s', (status, via, treats) => {
    const register = makeRegister([
      riskRecord(RSK, {
        assessments: [assess('2026-01-01', 4, 4)],
        ...(via === 'risk.actions' ? { actions: ['ACT-a'] } : via === 'risk.links' ? { links: ['ACT-a'] } : {}),
      }),
      actionRecord('ACT-a', { status, ...(via === 'action.links' ? { links: [RSK] } : {}), ...(status === 'done' ? { done: '2026-02-01' } : {}) }),
    ]);
    if (treats) expectNoItem(register, '2026-11-26', sel);
    else expect(itemAt(register, '2026-11-26', sel).status).toBe('overdue');
  });
});
