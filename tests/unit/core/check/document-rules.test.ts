import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../../src/core/record-types.js';
import { documentRecord, expectEdges, expectNoItem, itemAt, makeRegister, requirementRecord } from './register-fixture.js';

const DOC = 'DOC-policy';
const review = { rule: 'document-review', id: DOC } as const;
const lso = { rule: 'document-lso', id: DOC } as const;
const withDoc = (extra: Partial<DocumentRecord>) => makeRegister([documentRecord(DOC, extra)]);

describe('document-review, review: mandate (the default)', () => {
  it.each([
    // rules.md's examples
    ['2006-06-20', '2010-10-31'],
    ['2025-02-17', '2030-10-14'],
    // a period ends 2026-10-14, the next begins 2026-10-15
    ['2026-10-14', '2030-10-14'],
    ['2026-10-15', '2034-10-14'],
    // the change from 1 November to 15 October
    ['2010-10-31', '2014-10-14'],
    ['2010-11-01', '2018-10-14'],
    ['2014-10-14', '2018-10-14'],
    ['2014-10-15', '2022-10-14'],
    // before 1994: one period ending 1994-10-31
    ['1990-03-01', '1998-10-31'],
    ['1994-10-31', '1998-10-31'],
    ['1994-11-01', '2002-10-31'],
    // leap day
    ['2024-02-29', '2030-10-14'],
  ])('adopted %s → due %s', (adopted, due) => {
    const register = withDoc({ adopted: { date: adopted } });
    expectEdges(register, review, due);
    expect(itemAt(register, due, review).last).toBe(adopted);
  });

  it.each([
    // a partial date reads as its last day: 2006 → 2006-12-31, in the 2006 period
    [2005, '2010-10-31', '2005'],
    ['2005', '2010-10-31', '2005'],
    [2006, '2014-10-14', '2006'],
    [2014, '2022-10-14', '2014'],
    ['2013-05', '2018-10-14', '2013-05'],
    ['2006-10', '2010-10-31', '2006-10'],
    ['2026-10', '2034-10-14', '2026-10'],
    [1985, '1998-10-31', '1985'],
  ])('adopted %j (partial) → due %s, last shown as %j', (adopted, due, last) => {
    const register = withDoc({ adopted: { date: adopted } });
    expectEdges(register, review, due);
    expect(itemAt(register, due, review).last).toBe(last);
  });

  it('reads the last event from adoption and every review, whatever their order', () => {
    const register = withDoc({
      adopted: { date: 2005 },
      reviews: [
        { date: '2026-10-15', outcome: 'confirmed' },
        { date: '2019-05-01', outcome: 'revised' },
      ],
    });
    expectEdges(register, review, '2034-10-14');
    expect(itemAt(register, '2026-11-26', review)).toMatchObject({ status: 'ok', due: '2034-10-14', last: '2026-10-15' });
  });

  it('ignores reviews dated after the evaluation date', () => {
    const register = withDoc({ adopted: { date: '2006-06-20' }, reviews: [{ date: '2027-01-10', outcome: 'confirmed' }] });
    expect(itemAt(register, '2027-01-09', review)).toMatchObject({ status: 'overdue', due: '2010-10-31', last: '2006-06-20' });
    expect(itemAt(register, '2027-01-10', review)).toMatchObject({ status: 'ok', due: '2034-10-14', last: '2027-01-10' });
  });

  it('reads a partial date as its last day, also when deciding whether it has happened (register.md)', () => {
    const register = withDoc({ adopted: { date: '2006-06-20' }, reviews: [{ date: 2027, outcome: 'confirmed' }] });
    expect(itemAt(register, '2027-12-30', review)).toMatchObject({ due: '2010-10-31', last: '2006-06-20' });
    expect(itemAt(register, '2027-12-31', review)).toMatchObject({ due: '2034-10-14', last: '2027' });
    const month = withDoc({ adopted: { date: '2018-03-01' }, reviews: [{ date: '2026-11', outcome: 'confirmed' }] });
    expect(itemAt(month, '2026-11-26', review)).toMatchObject({ status: 'overdue', due: '2022-10-14' });
    expect(itemAt(month, '2026-11-30', review)).toMatchObject({ status: 'ok', due: '2034-10-14', last: '2026-11' });
  });

  it('gives the example message of rules.md', () => {
    const register = makeRegister([documentRecord('DOC-brandskyddspolicy', { title: 'Brandskyddspolicy för Fagersta kommun', adopted: { date: '2006-06-20' } })]);
    const item = itemAt(register, '2026-11-26', { rule: 'document-review', id: 'DOC-brandskyddspolicy' });
    expect(item.message).toBe('DOC-brandskyddspolicy: uppföljning saknas sedan 2010-10-31 (minst en gång per mandatperiod) – ”Brandskyddspolicy för Fagersta kommun”');
    const en = itemAt(register, '2026-11-26', { rule: 'document-review', id: 'DOC-brandskyddspolicy' }, { lang: 'en' });
    expect(en.message).toBe('DOC-brandskyddspolicy: follow-up overdue since 2010-10-31 (at least once per term of office) – “Brandskyddspolicy för Fagersta kommun”');
  });
});

describe('document-review, review: an interval', () => {
  it.each([
    ['P2Y', '2024-02-29', '2026-02-28'],
    ['P1Y1M', '2024-02-29', '2025-03-29'],
    ['P1Y', '2025-02-28', '2026-02-28'],
    ['P6M', '2025-08-31', '2026-02-28'],
    ['P1Y', '2013-05', '2014-05-31'],
    ['P3Y', 2005, '2008-12-31'],
  ])('review %s, adopted %j → due %s', (interval, adopted, due) => {
    const register = withDoc({ review: interval, adopted: { date: adopted } });
    expectEdges(register, review, due);
    expect(itemAt(register, due, review).message).toContain('intervall');
  });
});

describe('document-review, next_review', () => {
  it('is discharged by a follow-up or adoption recorded after the event it was decided with', () => {
    // re-adopted before next_review: in time, and the ordinary rule applies from the re-adoption
    const readopted = withDoc({ adopted: { date: '2020-01-01' }, next_review: '2027-06-30', reviews: [{ date: '2026-05-01', outcome: 'readopted' }] });
    expect(itemAt(readopted, '2027-07-01', review)).toMatchObject({ status: 'ok', due: '2030-10-14', last: '2026-05-01' });
    const confirmed = withDoc({ adopted: { date: '2020-01-01' }, next_review: '2027-06-30', reviews: [{ date: '2026-05-01', outcome: 'confirmed' }] });
    expect(itemAt(confirmed, '2027-07-01', review).due).toBe('2030-10-14');
    // until that follow-up happened, the one-off date stood
    expect(itemAt(readopted, '2026-04-30', review).due).toBe('2027-06-30');
  });

  it('stands when a review decided it (reviews[].next_review)', () => {
    const register = withDoc({ adopted: { date: '2020-01-01' }, reviews: [{ date: '2026-05-01', outcome: 'confirmed', next_review: '2027-03-31' }] });
    expectEdges(register, review, '2027-03-31');
    // and a later follow-up discharges it in turn
    const later = withDoc({ adopted: { date: '2020-01-01' }, reviews: [{ date: '2026-05-01', outcome: 'confirmed', next_review: '2027-03-31' }, { date: '2027-02-01', outcome: 'confirmed' }] });
    expect(itemAt(later, '2027-06-01', review).due).toBe('2034-10-14');
  });

  it('overrides the computed due date when after the last event', () => {
    expectEdges(withDoc({ adopted: { date: '2025-02-17' }, next_review: '2027-03-31' }), review, '2027-03-31');
    expectEdges(withDoc({ review: 'P1Y', adopted: { date: '2025-02-17' }, next_review: '2028-03-31' }), review, '2028-03-31');
  });

  it('is ignored when on or before the last event', () => {
    expectEdges(withDoc({ adopted: { date: '2025-02-17' }, next_review: '2025-02-17' }), review, '2030-10-14');
    expectEdges(withDoc({ adopted: { date: '2025-02-17' }, reviews: [{ date: '2027-05-05', outcome: 'confirmed', next_review: '2027-05-01' }] }), review, '2034-10-14');
  });

  it('compares with the last day of a partial last event', () => {
    expectEdges(withDoc({ adopted: { date: 2005 }, next_review: '2005-06-30' }), review, '2010-10-31');
    expectEdges(withDoc({ adopted: { date: 2005 }, next_review: '2006-01-01' }), review, '2006-01-01');
  });
});

describe('document-review, documents whose adoption is not recorded', () => {
  it('are overdue with due date null and no last event, and say the adoption is not recorded (not that it never happened)', () => {
    const item = itemAt(withDoc({}), '2026-11-26', review);
    expect(item).toMatchObject({ status: 'overdue', due: null, last: null, kind: 'document' });
    expect(item.message).toContain('antagande ej registrerat');
    expect(item.message).not.toMatch(/aldrig|inte antagits/);
    expect(itemAt(withDoc({}), '2026-11-26', review, { lang: 'en' }).message).toContain('adoption not recorded');
  });

  it('include those adopted only after the evaluation date', () => {
    const register = withDoc({ adopted: { date: '2026-12-01' } });
    expect(itemAt(register, '2026-11-30', review)).toMatchObject({ status: 'overdue', due: null });
    expect(itemAt(register, '2026-12-01', review)).toMatchObject({ status: 'ok', due: '2034-10-14' });
  });

  it('count a review as the last event even without adoption', () => {
    expectEdges(withDoc({ reviews: [{ date: '2025-02-17', outcome: 'readopted' }] }), review, '2030-10-14');
  });
});

describe('document-review gives no item for', () => {
  it.each([
    ['a draft', { status: 'draft' as const }],
    ['review: none', { review: 'none' }],
    ['a repealed document', { status: 'repealed' as const }],
  ])('%s', (_name, extra) => {
    expectNoItem(withDoc({ adopted: { date: '2006-06-20' }, ...extra }), '2026-11-26', review);
    expectNoItem(withDoc(extra), '2026-11-26', review);
  });

  it('but does for a document under revision', () => {
    expect(itemAt(withDoc({ adopted: { date: '2006-06-20' }, status: 'under_revision' }), '2026-11-26', review).status).toBe('overdue');
  });
});

describe('document-lso', () => {
  const lsoRegister = (extra: Partial<DocumentRecord>, reference = 'SFS 2003:778') =>
    makeRegister([
      documentRecord(DOC, { type: 'action_programme', requirements: ['REQ-lso'], ...extra }),
      requirementRecord('REQ-lso', { reference }),
    ]);

  it('flags a programme last adopted in 2005, due 2022-01-01, resting on the law', () => {
    const register = lsoRegister({ adopted: { date: 2005 } });
    expectEdges(register, lso, '2022-01-01');
    const item = itemAt(register, '2026-11-26', lso);
    expect(item).toMatchObject({ status: 'overdue', kind: 'document', due: '2022-01-01', last: '2005', basis: { type: 'law', source: 'LSO 3 kap. 3 och 8 §§, SFS 2020:882, MSBFS 2021:1' } });
    expect(item.message).toContain('LSO: inget handlingsprogram antaget efter de nya reglerna (SFS 2020:882, MSBFS 2021:1 från 2021-06-04) är registrerat; senast antaget 2005');
    expect(item.message).toContain('skulle ha antagits före 2022-01-01');
  });

  it('does not flag a programme adopted in the autumn of 2021 (on time)', () => {
    expectNoItem(lsoRegister({ adopted: { date: '2021-11-15' } }), '2026-11-26', lso);
  });

  it('is ok before the horizon reaches 2022-01-01', () => {
    expect(itemAt(lsoRegister({ adopted: { date: 2005 } }), '2021-10-02', lso).status).toBe('ok');
    expect(itemAt(lsoRegister({ adopted: { date: 2005 } }), '2021-10-03', lso).status).toBe('due');
  });

  it.each([
    // MSBFS 2021:1 was published 2021-06-04: a programme adopted before then predates the new rules
    ['2021-06-03', true],
    ['2021-06-04', false],
    ['2021-12-31', false],
    ['2022-01-01', false],
    ['2020-12-31', true],
    [2020, true],
    // a partial date reads as its last day
    [2021, false],
    ['2021-05', true],
    ['2021-06', false],
  ])('adopted %j: flagged %s', (adopted, flagged) => {
    const register = lsoRegister({ adopted: { date: adopted } });
    if (flagged) expect(itemAt(register, '2026-11-26', lso).due).toBe('2022-01-01');
    else expectNoItem(register, '2026-11-26', lso);
  });

  it('treats a review with outcome readopted or revised as adoption, but not confirmed', () => {
    expectNoItem(lsoRegister({ adopted: { date: 2005 }, reviews: [{ date: '2022-06-01', outcome: 'readopted' }] }), '2026-11-26', lso);
    expectNoItem(lsoRegister({ adopted: { date: 2005 }, reviews: [{ date: '2023-06-01', outcome: 'revised' }] }), '2026-11-26', lso);
    const confirmed = lsoRegister({ adopted: { date: 2005 }, reviews: [{ date: '2024-06-01', outcome: 'confirmed' }] });
    expect(itemAt(confirmed, '2026-11-26', lso).last).toBe('2005');
  });

  it('ignores a readoption dated after the evaluation date', () => {
    const register = lsoRegister({ adopted: { date: 2005 }, reviews: [{ date: '2027-02-01', outcome: 'readopted' }] });
    expect(itemAt(register, '2027-01-31', lso).status).toBe('overdue');
    expectNoItem(register, '2027-02-01', lso);
  });

  it('flags a programme whose adoption is unknown', () => {
    const item = itemAt(lsoRegister({}), '2026-11-26', lso);
    expect(item).toMatchObject({ status: 'overdue', due: '2022-01-01', last: null });
    expect(item.message).toContain('antagande ej registrerat');
  });

  it.each(['SFS 2003:778', '2003:778', 'Lag (2003:778) om skydd mot olyckor', ' sfs  2003:778 ', 'SFS 2003: 778'])('recognises the law written %j', (reference) => {
    expect(itemAt(lsoRegister({ adopted: { date: 2005 } }, reference), '2026-11-26', lso).due).toBe('2022-01-01');
  });

  it.each(['SFS 2003:7780', 'SFS 12003:778', 'SFS 2003:789'])('does not take %j for the law', (reference) => {
    expectNoItem(lsoRegister({ adopted: { date: 2005 } }, reference), '2026-11-26', lso);
  });

  it('from the new rules on, has the programme adopted anew each mandate period (readopt, by law)', () => {
    const register = lsoRegister({ adopted: { date: '2021-11-15' } });
    // adopted in the 2018 period: a new decision is due by the end of the 2022 period
    expectEdges(register, review, '2026-10-14');
    const item = itemAt(register, '2026-06-01', review);
    expect(item).toMatchObject({ status: 'ok', basis: { type: 'law', source: 'LSO 3 kap. 3 och 8 §§' } });
    expect(item.message).toContain('nytt beslut krävs varje mandatperiod');
    // a confirmation is not a new decision; a re-adoption is
    expect(itemAt(lsoRegister({ adopted: { date: '2021-11-15' }, reviews: [{ date: '2023-03-01', outcome: 'confirmed' }] }), '2026-11-26', review).due).toBe('2026-10-14');
    expect(itemAt(lsoRegister({ adopted: { date: '2021-11-15' }, reviews: [{ date: '2023-03-01', outcome: 'readopted' }] }), '2026-11-26', review).due).toBe('2030-10-14');
    // before the new rules the register's own review mode applies (here the default, every mandate period)
    expect(itemAt(lsoRegister({ adopted: { date: 2005 } }), '2026-11-26', review)).toMatchObject({ due: '2010-10-31', basis: { type: 'default' } });
  });

  it.each([
    ['another reference', lsoRegister({ adopted: { date: 2005 } }, 'SFS 2003:789')],
    ['another document type', makeRegister([documentRecord(DOC, { type: 'plan', adopted: { date: 2005 }, requirements: ['REQ-lso'] }), requirementRecord('REQ-lso', { reference: 'SFS 2003:778' })])],
    ['no such requirement', makeRegister([documentRecord(DOC, { type: 'action_programme', adopted: { date: 2005 }, requirements: ['REQ-lso'] })])],
    ['a repealed programme', lsoRegister({ adopted: { date: 2005 }, status: 'repealed' })],
    ['a draft programme', lsoRegister({ status: 'draft' })],
  ])('gives no item for %s', (_name, register) => {
    expectNoItem(register, '2026-11-26', lso);
  });
});

describe('document-review, review: readopt (adopted anew each mandate period)', () => {
  it('is due by the end of the period after the one of the last adoption; a confirmation does not count', () => {
    expectEdges(withDoc({ review: 'readopt', adopted: { date: '2023-03-01' } }), review, '2030-10-14');
    const confirmed = withDoc({ review: 'readopt', adopted: { date: '2020-03-01' }, reviews: [{ date: '2023-05-01', outcome: 'confirmed' }] });
    const item = itemAt(confirmed, '2026-11-26', review);
    expect(item).toMatchObject({ status: 'overdue', due: '2026-10-14', last: '2020-03-01' });
    expect(item.message).toBe('DOC-policy: nytt beslut om antagande saknas sedan 2026-10-14 (nytt beslut krävs varje mandatperiod; senast antaget 2020-03-01) – ”Titel DOC-policy”');
    expect(itemAt(withDoc({ review: 'readopt', adopted: { date: '2020-03-01' }, reviews: [{ date: '2023-05-01', outcome: 'readopted' }] }), '2026-11-26', review)).toMatchObject({ status: 'ok', due: '2030-10-14' });
    expect(itemAt(withDoc({ review: 'readopt', adopted: { date: '2020-03-01' }, reviews: [{ date: '2023-05-01', outcome: 'revised' }] }), '2026-11-26', review).due).toBe('2030-10-14');
  });

  it('with review_within, is due that long after the start of the next period', () => {
    expectEdges(withDoc({ review: 'readopt', review_within: 'P1Y', adopted: { date: '2023-03-01' } }), review, '2027-10-14');
    expectEdges(withDoc({ review: 'readopt', review_within: 'P6M', adopted: { date: '2019-03-01' } }), review, '2023-04-14');
  });

  it('a draft stands for a required document not yet adopted: due at the end of the current period, or review_within after its start', () => {
    const draft = itemAt(withDoc({ review: 'readopt', status: 'draft' }), '2026-11-26', review);
    expect(draft).toMatchObject({ status: 'ok', due: '2030-10-14', last: null });
    expect(draft.message).toContain('inte antaget (utkast): nytt beslut krävs varje mandatperiod');
    expect(itemAt(withDoc({ review: 'readopt', review_within: 'P1Y', status: 'draft' }), '2027-10-15', review)).toMatchObject({ status: 'overdue', due: '2027-10-14' });
    expectNoItem(withDoc({ status: 'draft' }), '2026-11-26', review);
  });

  it('without a recorded adoption says so', () => {
    const item = itemAt(withDoc({ review: 'readopt', reviews: [{ date: '2023-05-01', outcome: 'confirmed' }] }), '2026-11-26', review);
    expect(item).toMatchObject({ status: 'overdue', due: null });
    expect(item.message).toContain('antagande ej registrerat: nytt beslut krävs varje mandatperiod');
  });
});
