import { describe, expect, it } from 'vitest';
import { subtractDuration } from '../../../../src/core/check/agreement-rules.js';
import type { AgreementRecord } from '../../../../src/core/record-types.js';
import { agreementRecord, check, expectEdges, expectNoItem, itemAt, makeRegister } from './register-fixture.js';

const AGR = 'AGR-bevakning';
const withAgreement = (extra: Partial<AgreementRecord>, config: Parameters<typeof makeRegister>[1] = {}) => makeRegister([agreementRecord(AGR, extra)], config);

describe('subtractDuration', () => {
  it.each([
    ['2027-12-31', 'P6M', '2027-06-30'],
    ['2027-08-31', 'P6M', '2027-02-28'],
    ['2028-02-29', 'P1Y', '2027-02-28'],
    ['2027-01-10', 'P2W', '2026-12-27'],
    ['2027-03-01', 'P1M1D', '2027-01-31'],
  ])('%s minus %s is %s', (date, duration, expected) => {
    expect(subtractDuration(date, duration)).toBe(expected);
  });

  it('is null for a duration that cannot be read', () => {
    expect(subtractDuration('2027-01-01', '6 månader')).toBeNull();
  });
});

describe('agreement-end', () => {
  const sel = { rule: 'agreement-end', id: AGR } as const;

  it('is due at end minus notice, overdue the day after', () => {
    expectEdges(withAgreement({ start: '2025-01-01', end: '2027-12-31', notice: 'P6M' }), sel, '2027-06-30');
  });

  it('is due at the end itself without a notice period', () => {
    expectEdges(withAgreement({ end: '2027-03-31' }), sel, '2027-03-31');
  });

  it('lists an agreement ending within the horizon as due, one beyond it as ok', () => {
    const register = withAgreement({ start: '2024-01-01', end: '2027-01-31', notice: 'P1M' });
    expect(itemAt(register, '2026-11-26', sel)).toMatchObject({ status: 'due', due: '2026-12-31', last: '2024-01-01', kind: 'agreement' });
    expect(itemAt(register, '2026-09-01', sel).status).toBe('ok');
    expect(itemAt(register, '2026-11-26', sel).message).toBe(
      'AGR-bevakning: avtalet löper ut 2027-01-31: beslut om förlängning, ny upphandling eller avslut senast 2026-12-31 (uppsägningstid 1 månad) – ”Titel AGR-bevakning”',
    );
    expect(itemAt(register, '2026-11-26', sel, { lang: 'en' }).message).toBe(
      'AGR-bevakning: the agreement ends 2027-01-31: decision to prolong, procure anew or let it end by 2026-12-31 (notice period 1 month) – “Titel AGR-bevakning”',
    );
  });

  it('says an agreement past its end is still recorded as active', () => {
    const item = itemAt(withAgreement({ end: '2026-06-30', notice: 'P3M' }), '2026-11-26', sel);
    expect(item).toMatchObject({ status: 'overdue', due: '2026-03-30' });
    expect(item.message).toContain('löpte ut 2026-06-30 men är registrerat som gällande');
  });

  it('skips ended and planned agreements and those without an end', () => {
    expectNoItem(withAgreement({ status: 'ended', end: '2026-06-30' }), '2026-11-26', sel);
    expectNoItem(withAgreement({ status: 'planned', end: '2026-06-30' }), '2026-11-26', sel);
    expectNoItem(withAgreement({ start: '2026-01-01' }), '2026-11-26', sel);
  });

  it('rests on the record\'s basis, else sak.yaml, else default', () => {
    expect(itemAt(withAgreement({ end: '2027-01-31' }), '2026-11-26', sel).basis).toEqual({ type: 'default' });
    const config = { basis: { 'agreement-end': { document: 'DOC-avtalspolicy' } } };
    expect(itemAt(withAgreement({ end: '2027-01-31' }, config), '2026-11-26', sel).basis).toEqual({ type: 'document', source: 'DOC-avtalspolicy' });
    const own = withAgreement({ end: '2027-01-31', basis: { law: 'LOU 4 kap. 1 §' } }, config);
    expect(itemAt(own, '2026-11-26', sel).basis).toEqual({ type: 'law', source: 'LOU 4 kap. 1 §' });
  });
});

describe('agreement-review', () => {
  const sel = { rule: 'agreement-review', id: AGR } as const;
  type Followup = NonNullable<AgreementRecord['followups']>[number];
  const followup = (date: string, result: Followup['result'] = 'ok'): Followup => ({ date, result });

  it('is due `review` after the last follow-up', () => {
    expectEdges(withAgreement({ start: '2024-01-01', review: 'P1Y', followups: [followup('2025-03-10'), followup('2025-11-20', 'deviations')] }), sel, '2026-11-20');
  });

  it('is due `review` after the start when never followed up', () => {
    const register = withAgreement({ start: '2026-02-28', review: 'P6M' });
    expectEdges(register, sel, '2026-08-28');
    expect(itemAt(register, '2026-08-28', sel).last).toBeNull();
  });

  it('ignores follow-ups dated after `at`', () => {
    const register = withAgreement({ start: '2024-01-01', review: 'P1Y', followups: [followup('2025-03-10'), followup('2026-03-05')] });
    expect(itemAt(register, '2026-03-04', sel)).toMatchObject({ due: '2026-03-10', last: '2025-03-10', status: 'due' });
    expect(itemAt(register, '2026-03-05', sel)).toMatchObject({ due: '2027-03-05', last: '2026-03-05', status: 'ok' });
  });

  it('is overdue with due null when never followed up and without start', () => {
    const item = itemAt(withAgreement({ review: 'P1Y' }), '2026-11-26', sel);
    expect(item).toMatchObject({ status: 'overdue', due: null, last: null });
    expect(item.message).toContain('aldrig följts upp');
  });

  it('follows up only agreements with a review interval that are in force', () => {
    expectNoItem(withAgreement({ start: '2020-01-01' }), '2026-11-26', sel);
    expectNoItem(withAgreement({ start: '2020-01-01', review: 'none' }), '2026-11-26', sel);
    expectNoItem(withAgreement({ start: '2020-01-01', review: 'P1Y', status: 'ended' }), '2026-11-26', sel);
    expectNoItem(withAgreement({ start: '2020-01-01', review: 'P1Y', status: 'planned' }), '2026-11-26', sel);
  });
});

describe('grant-report', () => {
  const sel = { rule: 'grant-report', id: AGR } as const;

  it('is due on report_due', () => {
    expectEdges(withAgreement({ type: 'grant', grant: { authority: 'Länsstyrelsen', amount_sek: 250000, report_due: '2027-02-28' } }), sel, '2027-02-28');
  });

  it('is ok once reported, whatever the due date, and still owed by an ended agreement', () => {
    const grant = { authority: 'Länsstyrelsen', report_due: '2026-02-28' };
    expect(itemAt(withAgreement({ status: 'ended', grant }), '2026-11-26', sel)).toMatchObject({ status: 'overdue', last: null });
    const reported = withAgreement({ status: 'ended', grant: { ...grant, reported: '2026-03-15' } });
    const item = itemAt(reported, '2026-11-26', sel);
    expect(item).toMatchObject({ status: 'ok', last: '2026-03-15' });
    expect(item.message).toBe('AGR-bevakning: bidraget redovisat till Länsstyrelsen 2026-03-15 (senast 2026-02-28) – ”Titel AGR-bevakning”');
    // A report dated after the evaluation date was not made then.
    expect(itemAt(reported, '2026-03-01', sel).status).toBe('overdue');
  });

  it('names the grantor when no authority is recorded, and skips agreements without report_due', () => {
    expect(itemAt(withAgreement({ grant: { report_due: '2027-01-15' } }), '2026-11-26', sel, { lang: 'en' }).message).toContain('to the grantor');
    expectNoItem(withAgreement({ grant: { authority: 'MSB' } }), '2026-11-26', sel);
  });
});

it('an agreement without end, review or grant has no item', () => {
  expect(check(withAgreement({ start: '2025-01-01' }), '2026-11-26').filter((i) => i.kind === 'agreement')).toEqual([]);
});
