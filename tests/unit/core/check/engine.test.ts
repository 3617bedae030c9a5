import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/core/calendar/date.js';
import { compareDeadlineItems, deadlineStatus, sortDeadlineItems } from '../../../../src/core/check/deadline-item.js';
import { DEFAULT_HORIZON, deadlinesFor, evaluateDeadlines, type DeadlineItem } from '../../../../src/core/check/engine.js';
import { RULE_NAMES, type RuleName } from '../../../../src/core/check/rules.js';
import { describeDeadlines } from '../../../../src/i18n/check-messages.js';
import type { KindName } from '../../../../src/core/kinds.js';
import {
  actionRecord,
  agreementRecord,
  check,
  controlRecord,
  documentRecord,
  exerciseRecord,
  incidentRecord,
  itemAt,
  makeRegister,
  requirementRecord,
  riskRecord,
  siteRecord,
  unitRecord,
} from './register-fixture.js';

describe('deadlineStatus', () => {
  it.each([
    [null, 'overdue'],
    ['2026-11-25', 'overdue'],
    ['2026-11-26', 'due'],
    ['2027-02-24', 'due'],
    ['2027-02-25', 'ok'],
  ] as const)('due %s at 2026-11-26, horizon to 2027-02-24: %s', (due, status) => {
    expect(deadlineStatus(due, '2026-11-26', '2027-02-24')).toBe(status);
  });
});

describe('the horizon', () => {
  const register = makeRegister([actionRecord('ACT-a', { due: '2026-03-31' })]);
  const sel = { rule: 'action-due', id: 'ACT-a' } as const;

  it('P90D: due from D to D + 90 days inclusive, ok after', () => {
    expect(itemAt(register, addDays('2026-03-31', -90), sel).status).toBe('due');
    expect(itemAt(register, addDays('2026-03-31', -91), sel).status).toBe('ok');
  });

  it('P3M clamps at the month end: 2025-12-31 + P3M = 2026-03-31', () => {
    expect(itemAt(register, '2025-12-31', sel, { horizon: 'P3M' }).status).toBe('due');
    expect(itemAt(register, '2025-12-30', sel, { horizon: 'P3M' }).status).toBe('ok');
  });

  it('P0D: only what is due today is due', () => {
    expect(itemAt(register, '2026-03-31', sel, { horizon: 'P0D' }).status).toBe('due');
    expect(itemAt(register, '2026-03-30', sel, { horizon: 'P0D' }).status).toBe('ok');
  });

  it('defaults to P90D', () => {
    expect(DEFAULT_HORIZON).toBe('P90D');
    const items = evaluateDeadlines(register, { at: addDays('2026-03-31', -90) });
    expect(items[0]?.status).toBe('due');
  });
});

describe('evaluateDeadlines', () => {
  it('refuses an invalid date or horizon', () => {
    expect(() => check(makeRegister([]), '2026-02-30')).toThrow(RangeError);
    expect(() => check(makeRegister([]), '2026-11-26', { horizon: '90D' })).toThrow(RangeError);
  });

  it('returns nothing for an empty register', () => {
    expect(check(makeRegister([]), '2026-11-26')).toEqual([]);
  });

  it('gives the fields of cli.md’s json shape in that order, with ref/topic when there is one', () => {
    const register = makeRegister(
      [
        documentRecord('DOC-a', { adopted: { date: 2005 } }),
        controlRecord('CTL-a', { performed: [{ date: '2026-01-01', result: 'deviations', findings: [{ severity: 'serious', description: 'x' }] }] }),
        unitRecord('skola', 'school'),
      ],
      { training: [{ topic: 'cpr', unit_type: 'school', every: 'P1Y' }] },
    );
    const items = check(register, '2026-11-26');
    const byRule = (rule: RuleName) => items.find((i) => i.rule === rule) as DeadlineItem;
    expect(Object.keys(byRule('document-review'))).toEqual(['status', 'rule', 'id', 'kind', 'due', 'last', 'basis', 'message']);
    expect(Object.keys(byRule('finding-unreported'))).toEqual(['status', 'rule', 'id', 'kind', 'due', 'ref', 'last', 'basis', 'message']);
    expect(Object.keys(byRule('training'))).toEqual(['status', 'rule', 'id', 'kind', 'due', 'topic', 'last', 'basis', 'message']);
    expect(byRule('document-review')).toEqual({
      status: 'overdue',
      rule: 'document-review',
      id: 'DOC-a',
      kind: 'document',
      due: '2010-10-31',
      last: '2005',
      basis: { type: 'default' },
      message: 'DOC-a: uppföljning saknas sedan 2010-10-31 (minst en gång per mandatperiod) – ”Titel DOC-a”',
    });
  });

  it('finds data, not text: each finding carries its rule’s parameters and no message, in whatever language it is shown', () => {
    const register = makeRegister(
      [incidentRecord('INC-20260101-aaaaa', { category: 'lokal', severity: 'serious' }), unitRecord('skola', 'school')],
      {
        incident_categories: [{ id: 'lokal', label: 'Lokal kategori', label_en: 'Local category' }],
        training: [{ topic: 'cpr', unit_type: 'school', every: 'P1Y', types: ['drill'] }],
        reporting: [{ authority: 'county_board', when: { categories: ['lokal'] }, within: 'P7D' }],
      },
    );
    const findings = evaluateDeadlines(register, { at: '2026-11-26' });
    expect(findings.every((f) => !('message' in f))).toBe(true);
    const training = findings.find((f) => f.rule === 'training');
    expect(training?.params).toEqual({
      id: 'skola', title: 'Titel skola', status: 'overdue', due: null, last: null, firstDue: null, every: 'P1Y',
      topic: { enum: 'topic', value: 'cpr' }, types: [{ enum: 'exercise_type', value: 'drill' }],
    });
    const authority = findings.find((f) => f.rule === 'incident-authority' && f.authority === 'county_board');
    expect(authority?.params).toMatchObject({ category: { enum: 'category', value: 'lokal', extra: { id: 'lokal', label: 'Lokal kategori', label_en: 'Local category' } } });
    // The same findings in either language: only the message differs, and it names the configured label.
    const [sv, en] = [describeDeadlines(findings, 'sv'), describeDeadlines(findings, 'en')];
    expect(sv.map(({ message: _m, ...facts }) => facts)).toEqual(en.map(({ message: _m, ...facts }) => facts));
    expect(sv.find((i) => i.authority === 'county_board')?.message).toContain('lokal kategori');
    expect(en.find((i) => i.authority === 'county_board')?.message).toContain('local category');
    expect(en.find((i) => i.rule === 'training')?.message).toContain('no drill recorded');
  });

  it('says what every item rests on: the record’s basis, else sak.yaml’s for the rule, else default; the law for LSO and AML', () => {
    const register = makeRegister(
      [
        documentRecord('DOC-styr', { adopted: { date: '2025-01-01' }, basis: { document: 'DOC-styr' } }),
        documentRecord('DOC-b', { adopted: { date: '2025-01-01' } }),
        documentRecord('DOC-c', { adopted: { date: '2025-01-01' }, basis: 'default' }),
        controlRecord('CTL-a', { basis: { law: 'LEH 2 kap. 1 §' } }),
        unitRecord('skola', 'school'),
      ],
      {
        training: [
          { topic: 'cpr', unit_type: 'school', every: 'P1Y' },
          { topic: 'pdv_lockdown', unit_type: 'school', every: 'P2Y', basis: { document: 'DOC-styr' } },
        ],
        basis: { 'document-review': { document: 'DOC-styr' }, training: 'default' },
      },
    );
    const items = check(register, '2026-11-26');
    const basisOf = (id: string, rule: RuleName, topic?: string) => items.find((i) => i.id === id && i.rule === rule && (topic === undefined || i.topic === topic))?.basis;
    expect(basisOf('DOC-styr', 'document-review')).toEqual({ type: 'document', source: 'DOC-styr' });
    expect(basisOf('DOC-b', 'document-review')).toEqual({ type: 'document', source: 'DOC-styr' });
    expect(basisOf('DOC-c', 'document-review')).toEqual({ type: 'default' });
    expect(basisOf('CTL-a', 'control-due')).toEqual({ type: 'law', source: 'LEH 2 kap. 1 §' });
    expect(basisOf('skola', 'training', 'cpr')).toEqual({ type: 'default' });
    expect(basisOf('skola', 'training', 'pdv_lockdown')).toEqual({ type: 'document', source: 'DOC-styr' });
    for (const item of items) expect(['law', 'document', 'default']).toContain(item.basis.type);
    const full = check(fullRegister(), '2026-11-26');
    expect(full.find((i) => i.rule === 'document-lso')?.basis).toEqual({ type: 'law', source: 'LSO 3 kap. 3 och 8 §§, SFS 2020:882, MSBFS 2021:1' });
    expect(full.find((i) => i.rule === 'incident-authority')?.basis).toEqual({ type: 'law', source: 'AML 3 kap. 3 a §' });
  });

  it('is deterministic and does not change the register', () => {
    const register = fullRegister();
    const before = JSON.stringify(register);
    expect(check(register, '2026-11-26')).toEqual(check(register, '2026-11-26'));
    expect(JSON.stringify(register)).toBe(before);
  });

  it('evaluates only the rules asked for, with the same items as a full evaluation', () => {
    const register = fullRegister();
    const all = check(register, '2026-11-26');
    const some: RuleName[] = ['control-due', 'document-lso'];
    const only = describeDeadlines(evaluateDeadlines(register, { at: '2026-11-26', horizon: DEFAULT_HORIZON, rules: some }), 'sv');
    expect(only.length).toBeGreaterThan(0);
    expect(only).toEqual(all.filter((i) => some.includes(i.rule)));
  });

  it('covers every rule on a register that triggers each', () => {
    const rules = new Set(check(fullRegister(), '2026-11-26').map((i) => i.rule));
    expect([...rules].sort()).toEqual([...RULE_NAMES].sort());
  });
});

describe('deadlinesFor', () => {
  it('gives the items of one record only, sorted', () => {
    const register = fullRegister();
    const all = check(register, '2026-11-26');
    const mine = describeDeadlines(deadlinesFor(register, 'RSK-hot', { at: '2026-11-26', horizon: 'P90D' }), 'sv');
    expect(mine.map((i) => i.rule)).toEqual(['risk-untreated', 'risk-review']);
    expect(mine).toEqual(all.filter((i) => i.id === 'RSK-hot'));
    expect(deadlinesFor(register, 'skola', { at: '2026-11-26' }).map((i) => i.topic)).toEqual(['cpr', 'pdv_lockdown']);
    expect(deadlinesFor(register, 'NOPE', { at: '2026-11-26' })).toEqual([]);
  });
});

describe('sort order', () => {
  it('sorts by status, due (null first), id, rule, then ref/topic, exactly', () => {
    const items = check(fullRegister(), '2026-11-26');
    expect(items.map((i) => [i.status, i.due, i.id, i.rule, i.ref ?? i.topic ?? i.demand ?? ''])).toEqual([
      ['overdue', null, 'DOC-aldrig', 'document-review', ''],
      ['overdue', null, 'RSK-hot', 'risk-untreated', ''],
      ['overdue', null, 'RSK-ny', 'risk-unassessed', ''],
      ['overdue', null, 'SITE-skola', 'site-intrusion', ''],
      ['overdue', '2010-10-31', 'DOC-lso', 'document-review', ''],
      ['overdue', '2022-01-01', 'DOC-lso', 'document-lso', ''],
      ['overdue', '2026-01-02', 'CTL-brand', 'finding-unreported', '/performed/0/findings/0'],
      ['overdue', '2026-01-02', 'CTL-brand', 'finding-unreported', '/performed/0/findings/1'],
      ['overdue', '2026-01-02', 'CTL-brand', 'finding-unreported', '/performed/0/findings/10'],
      ['overdue', '2026-01-02', 'CTL-brand', 'finding-unreported', '/performed/0/findings/2'],
      ['overdue', '2026-11-21', 'INC-20261120-7QX2K', 'incident-authority', ''],
      ['due', '2026-12-20', 'INC-20261120-7QX2K', 'incident-open', ''],
      ['due', '2026-12-30', 'AGR-avtal', 'agreement-end', ''],
      ['due', '2026-12-31', 'ACT-b', 'action-due', ''],
      ['due', '2027-01-01', 'CTL-brand', 'control-due', ''],
      ['due', '2027-01-01', 'SITE-skola', 'site-fire', ''],
      ['due', '2027-02-01', 'AGR-avtal', 'agreement-review', ''],
      ['due', '2027-02-01', 'klf', 'control-demand', 'avstamning'],
      ['ok', '2027-03-31', 'AGR-avtal', 'grant-report', ''],
      ['ok', '2027-06-01', 'RSK-hot', 'risk-review', ''],
      ['ok', '2027-09-01', 'skola', 'training', 'cpr'],
      ['ok', '2027-09-01', 'skola', 'training', 'pdv_lockdown'],
    ]);
  });

  const itemArb: fc.Arbitrary<DeadlineItem> = fc.record({
    status: fc.constantFrom('overdue' as const, 'due' as const, 'ok' as const),
    rule: fc.constantFrom(...RULE_NAMES),
    id: fc.constantFrom('DOC-a', 'DOC-b', 'RSK-a', 'skola', 'Z', 'a'),
    kind: fc.constant<KindName>('document'),
    due: fc.option(fc.constantFrom('2010-10-31', '2026-10-14', '2026-10-15', '2030-10-14'), { nil: null }),
    last: fc.constant(null),
    basis: fc.constant({ type: 'default' as const }),
    message: fc.string(),
  }).chain((item) =>
    fc.oneof(
      fc.constant(item),
      fc.constantFrom('/performed/0/findings/1', '/performed/0/findings/10', '/performed/1/findings/0').map((ref) => ({ ...item, ref })),
      fc.constantFrom('cpr', 'fire_safety', 'Ö').map((topic) => ({ ...item, topic })),
    ),
  );

  it('is a total order: any permutation sorts the same, and neighbours are in order by every key', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), fc.infiniteStream(fc.nat()), (items, randoms) => {
        const sorted = sortDeadlineItems(items);
        const shuffled = items.map((item) => ({ item, key: randoms.next().value as number })).sort((a, b) => a.key - b.key).map((x) => x.item);
        expect(sortDeadlineItems(shuffled).map(key)).toEqual(sorted.map(key));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1] as DeadlineItem, sorted[i] as DeadlineItem];
          expect(compareDeadlineItems(a, b)).toBeLessThanOrEqual(0);
          const rank = { overdue: 0, due: 1, ok: 2 };
          expect(rank[a.status]).toBeLessThanOrEqual(rank[b.status]);
          if (a.status === b.status) {
            if (a.due !== null && b.due === null) throw new Error('null due dates come first');
            if (a.due !== null && b.due !== null) expect(a.due <= b.due).toBe(true);
          }
        }
      }),
    );
  });
});

function key(item: DeadlineItem): string {
  return [item.status, item.due, item.id, item.rule, item.ref ?? item.topic ?? ''].join('|');
}

/** A register where every rule finds something at 2026-11-26. */
function fullRegister() {
  return makeRegister(
    [
      documentRecord('DOC-aldrig'),
      documentRecord('DOC-lso', { type: 'action_programme', adopted: { date: 2005 }, requirements: ['REQ-lso'] }),
      requirementRecord('REQ-lso', { reference: 'SFS 2003:778' }),
      riskRecord('RSK-ny'),
      riskRecord('RSK-hot', { assessments: [{ date: '2026-06-01', likelihood: 4, consequence: 4 }], actions: ['ACT-klar'] }),
      actionRecord('ACT-klar', { status: 'done', done: '2026-05-01' }),
      actionRecord('ACT-b', { status: 'in_progress', due: '2026-12-31' }),
      controlRecord('CTL-brand', {
        performed: [
          {
            date: '2026-01-01',
            result: 'deviations',
            findings: [
              { severity: 'serious', description: 'a' },
              { severity: 'serious', description: 'b' },
              { severity: 'serious', description: 'c' },
              ...Array.from({ length: 7 }, () => ({ severity: 'low' as const, description: 'd' })),
              { severity: 'serious', description: 'e' },
            ],
          },
        ],
      }),
      incidentRecord('INC-20261120-7QX2K', { date: '2026-11-20', severity: 'serious', kia: { type: 'near_miss' } }),
      unitRecord('skola', 'school'),
      unitRecord('klf', 'department'),
      controlRecord('CTL-avstamning-klf', { unit: 'klf', demand: 'avstamning', performed: [{ date: '2026-02-01', result: 'ok' }] }),
      exerciseRecord('EXR-20260901-AAAAA', { date: '2026-09-01', topic: 'cpr', units: ['skola'] }),
      exerciseRecord('EXR-20250901-AAAAA', { date: '2025-09-01', topic: 'pdv_lockdown', units: ['skola'] }),
      siteRecord('SITE-skola', { fire_protection: { status: 'adequate', assessed: '2026-01-01' } }),
      agreementRecord('AGR-avtal', {
        start: '2025-01-01',
        end: '2027-06-30',
        notice: 'P6M',
        review: 'P1Y',
        followups: [{ date: '2026-02-01', result: 'deviations' }],
        grant: { authority: 'Länsstyrelsen', report_due: '2027-03-31' },
      }),
    ],
    {
      training: [
        { topic: 'pdv_lockdown', unit_type: 'school', every: 'P2Y' },
        { topic: 'cpr', unit_type: 'school', every: 'P1Y' },
      ],
      control_demands: [{ id: 'avstamning', title: 'Årlig avstämning', area: 'internal_protection', unit_type: 'department', every: 'P1Y', method: 'reconciliation' }],
    },
  );
}
