import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../../../src/core/check/rules.js';
import { CHECK_MESSAGES, DEADLINE_STATUS_LABELS, formatDuration, RULE_LABELS, ruleLabel } from '../../../../src/i18n/check-messages.js';
import { LANGS } from '../../../../src/i18n/lang.js';
import {
  actionRecord,
  agreementRecord,
  check,
  controlRecord,
  documentRecord,
  exerciseRecord,
  incidentRecord,
  makeRegister,
  requirementRecord,
  riskRecord,
  siteRecord,
  unitRecord,
} from './register-fixture.js';

describe('rule labels', () => {
  it('exist in both languages for every rule, and differ between rules', () => {
    for (const lang of LANGS) {
      const labels = RULE_NAMES.map((rule) => ruleLabel(rule, lang));
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(RULE_NAMES.length);
    }
    expect(Object.keys(RULE_LABELS).sort()).toEqual([...RULE_NAMES].sort());
    expect(Object.keys(CHECK_MESSAGES).sort()).toEqual([...RULE_NAMES].sort());
    expect(DEADLINE_STATUS_LABELS.overdue.sv).toBe('Försenad');
  });
});

describe('formatDuration', () => {
  it.each([
    ['P1Y', '1 år', '1 year'],
    ['P2Y', '2 år', '2 years'],
    ['P6M', '6 månader', '6 months'],
    ['P1M', '1 månad', '1 month'],
    ['P90D', '90 dagar', '90 days'],
    ['P2W', '2 veckor', '2 weeks'],
    ['P1Y1M', '1 år och 1 månad', '1 year and 1 month'],
    ['P1Y2M3D', '1 år, 2 månader och 3 dagar', '1 year, 2 months and 3 days'],
    ['P0D', '0 dagar', '0 days'],
    ['bad', 'bad', 'bad'],
  ])('%s → %s / %s', (duration, sv, en) => {
    expect(formatDuration(duration, 'sv')).toBe(sv);
    expect(formatDuration(duration, 'en')).toBe(en);
  });
});

/** Every rule in each status its messages distinguish: (register, at) pairs. */
function scenarios() {
  const records = [
    documentRecord('DOC-aldrig', { title: 'Krisledningsplan' }),
    documentRecord('DOC-mandat', { title: 'Säkerhetspolicy', adopted: { date: '2025-02-17' } }),
    documentRecord('DOC-intervall', { title: 'Rutin larm', review: 'P1Y', adopted: { date: '2026-01-15' } }),
    documentRecord('DOC-nasta', { title: 'Plan', adopted: { date: '2025-02-17' }, next_review: '2026-12-01' }),
    documentRecord('DOC-lso', { title: 'Handlingsprogram', type: 'action_programme', adopted: { date: 2005 }, requirements: ['REQ-lso'] }),
    documentRecord('DOC-lso-okand', { title: 'Handlingsprogram 2', type: 'action_programme', requirements: ['REQ-lso'] }),
    requirementRecord('REQ-lso', { reference: 'SFS 2003:778' }),
    riskRecord('RSK-ny', { title: 'Ny risk' }),
    riskRecord('RSK-hog', { title: 'Brand i skola', assessments: [{ date: '2026-01-01', likelihood: 3, consequence: 4 }] }),
    controlRecord('CTL-a', {
      title: 'Brandskyddskontroll',
      performed: [
        { date: '2026-01-01', result: 'deviations', findings: [{ severity: 'serious', description: 'x' }, { severity: 'serious', description: 'y', reported: { date: '2026-01-01', to: ['ledningsgruppen', 'sakerhetssamordnare'] } }] },
      ],
    }),
    controlRecord('CTL-aldrig', { title: 'Larmkontroll' }),
    actionRecord('ACT-a', { title: 'Byt lås', due: '2026-12-01' }),
    incidentRecord('INC-20261101-AAAAA', { title: 'Fall i trappa', date: '2026-11-01', severity: 'serious', kia: { type: 'accident' } }),
    incidentRecord('INC-20261101-BBBBB', { title: 'Hot', date: '2026-11-01', severity: 'serious', kia: { type: 'near_miss' }, reported_to: [{ authority: 'work_environment_authority', date: '2026-11-01' }] }),
    unitRecord('skola', 'school', { title: 'Centralskolan' }),
    unitRecord('klf', 'department', { title: 'Kommunledningsförvaltningen' }),
    unitRecord('bou', 'department', { title: 'Barn- och utbildningsförvaltningen' }),
    unitRecord('samordnare', 'role', { title: 'Säkerhetssamordnare' }),
    controlRecord('CTL-avst-klf', { title: 'Avstämning KLF', unit: 'klf', demand: 'avstamning', performed: [{ date: '2026-03-01', result: 'ok' }] }),
    controlRecord('CTL-avst-sam', { title: 'Sammanställning', unit: 'samordnare', demand: 'avstamning' }),
    exerciseRecord('EXR-20260101-AAAAA', { date: '2026-01-01', topic: 'cpr', units: ['skola'] }),
    siteRecord('SITE-a', { title: 'Centralskolan', fire_protection: { status: 'deficient' }, intrusion_protection: { status: 'adequate', assessed: '2026-01-01' } }),
    siteRecord('SITE-b', { title: 'Stadshuset', fire_protection: { status: 'adequate' }, intrusion_protection: { status: 'unknown' } }),
    agreementRecord('AGR-slut', { title: 'Bevakning', end: '2027-03-31', notice: 'P3M' }),
    agreementRecord('AGR-uppf', { title: 'Städning', start: '2025-01-01', review: 'P1Y', followups: [{ date: '2026-01-10', result: 'ok' }] }),
    agreementRecord('AGR-ny', { title: 'Larmcentral', review: 'P1Y' }),
    agreementRecord('AGR-bidrag', { title: 'Krisberedskapsbidrag', type: 'grant', grant: { authority: 'MSB', report_due: '2027-02-15', reported: '2027-03-01' } }),
  ];
  const config = {
    training: [{ topic: 'cpr', unit_type: 'school' as const, every: 'P1Y' }, { topic: 'pdv_lockdown', unit_type: 'school' as const, every: 'P2Y' }],
    control_demands: [
      { id: 'avstamning', title: 'Årlig avstämning', area: 'internal_protection' as const, unit_type: 'department' as const, every: 'P1Y', method: 'reconciliation' as const, basis: { law: 'AML 3 kap. 2 a §' }, compiled_by: 'samordnare' },
    ],
  };
  const register = makeRegister(records, config);
  // Three dates put the dated items in each status.
  return ['2026-11-26', '2027-06-01', '2025-06-01'].map((at) => ({ register, at }));
}

describe('messages', () => {
  const items = scenarios().flatMap(({ register, at }) =>
    check(register, at).map((sv) => ({ at, sv, en: check(register, at, { lang: 'en' }).find((e) => e.rule === sv.rule && e.id === sv.id && e.ref === sv.ref && e.topic === sv.topic && e.demand === sv.demand && e.compilation === sv.compilation) })),
  );

  it('cover every rule in both languages', () => {
    expect(new Set(items.map((i) => i.sv.rule))).toEqual(new Set(RULE_NAMES));
  });

  it('name the record by id and title, differ by language, and state the due date', () => {
    for (const { sv, en } of items) {
      expect(en).toBeDefined();
      expect(sv.message.startsWith(`${sv.id}: `)).toBe(true);
      expect(en?.message.startsWith(`${sv.id}: `)).toBe(true);
      expect(en?.message).not.toBe(sv.message);
      expect(sv.message).toMatch(/ – ”.+”$/);
      expect(en?.message).toMatch(/ – “.+”$/);
      if (sv.due !== null && sv.status !== 'ok') {
        expect(sv.message).toContain(sv.due);
        expect(en?.message).toContain(sv.due);
      }
      expect(sv.message).not.toMatch(/undefined|null|NaN|\[object/);
      expect(en?.message).not.toMatch(/undefined|null|NaN|\[object/);
    }
  });

  it('word each status differently where it matters', () => {
    const at = (rule: string, id: string, date: string) => items.find((i) => i.sv.rule === rule && i.sv.id === id && i.at === date)?.sv;
    expect(at('document-review', 'DOC-mandat', '2026-11-26')?.message).toContain('nästa uppföljning senast 2030-10-14 (minst en gång per mandatperiod)');
    expect(at('document-review', 'DOC-nasta', '2026-11-26')?.message).toContain('uppföljning senast 2026-12-01 (fastställt datum för nästa uppföljning)');
    expect(at('document-review', 'DOC-intervall', '2027-06-01')?.message).toContain('uppföljning saknas sedan 2027-01-15 (intervall 1 år)');
    expect(at('document-review', 'DOC-aldrig', '2026-11-26')?.message).toContain('antagande ej registrerat');
    expect(at('risk-untreated', 'RSK-hog', '2026-11-26')?.message).toContain('risknivå hög (12)');
    expect(at('incident-authority', 'INC-20261101-BBBBB', '2026-11-26')?.message).toContain('anmälan till Arbetsmiljöverket gjord 2026-11-01');
    expect(at('incident-authority', 'INC-20261101-AAAAA', '2026-11-26')?.message).toContain('anmälan till Arbetsmiljöverket saknas sedan 2026-11-02: olycksfall 2026-11-01, ska göras utan dröjsmål (AML 3 kap. 3 a §)');
    expect(at('control-due', 'CTL-aldrig', '2026-11-26')?.message).toContain('saknar startdatum');
    expect(at('action-due', 'ACT-a', '2026-11-26')?.message).toContain('åtgärden ska vara klar senast 2026-12-01 (planerad)');
    expect(at('action-due', 'ACT-a', '2027-06-01')?.message).toContain('skulle ha varit klar 2026-12-01');
    expect(at('control-demand', 'bou', '2026-11-26')?.message).toContain('ingen kontroll registrerad (krav avstamning i sak.yaml: intervall 1 år; grund: AML 3 kap. 2 a §)');
    expect(at('control-demand', 'klf', '2026-11-26')?.message).toContain('nästa kontroll senast 2027-03-01');
    expect(at('control-demand', 'klf', '2027-06-01')?.message).toContain('kontroll saknas sedan 2027-03-01');
    expect(at('control-demand', 'samordnare', '2027-06-01')?.message).toContain('sammanställning av perioden 2026 saknas sedan 2027-01-31');
    expect(at('agreement-end', 'AGR-slut', '2026-11-26')?.message).toContain('avtalet löper ut 2027-03-31: beslut om förlängning, ny upphandling eller avslut senast 2026-12-31 (uppsägningstid 3 månader)');
    expect(at('agreement-end', 'AGR-slut', '2027-06-01')?.message).toContain('avtalet löpte ut 2027-03-31 men är registrerat som gällande');
    expect(at('agreement-end', 'AGR-slut', '2025-06-01')?.message).toContain('avtalet löper ut 2027-03-31; beslut senast 2026-12-31');
    expect(at('agreement-review', 'AGR-uppf', '2026-11-26')?.message).toContain('följ upp avtalets krav senast 2027-01-10 (avtalsuppföljning med intervall 1 år; senast uppföljd 2026-01-10)');
    expect(at('agreement-review', 'AGR-uppf', '2027-06-01')?.message).toContain('uppföljning av avtalets krav saknas sedan 2027-01-10');
    expect(at('agreement-review', 'AGR-uppf', '2025-06-01')?.message).toContain('nästa uppföljning av avtalets krav senast 2026-01-01 (avtalsuppföljning med intervall 1 år; aldrig uppföljd)');
    expect(at('agreement-review', 'AGR-ny', '2026-11-26')?.message).toContain('aldrig följts upp och avtalet saknar startdatum');
    expect(at('grant-report', 'AGR-bidrag', '2026-11-26')?.message).toContain('redovisa bidraget till MSB senast 2027-02-15');
    expect(at('grant-report', 'AGR-bidrag', '2027-06-01')?.message).toContain('bidraget redovisat till MSB 2027-03-01 (senast 2027-02-15)');
  });
});
