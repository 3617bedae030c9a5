// The report model of the fictitious fixture register (tests/fixtures/report/basic). Every
// expected number below was counted by hand from the fixture's files; the comments say how.
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/render/report-model.js';
import { parseQuarter, yearPeriod } from '../../../../src/core/report/period.js';
import { explicitlyPublicModel, fixtureModel, loadFixture, SOURCE } from './fixture.js';

describe('report model of the fixture, 2026, public', () => {
  it('has the fixed keys of report.md first, in order, then the additions', async () => {
    const model = await fixtureModel();
    expect(Object.keys(model)).toEqual([
      'format', 'municipality', 'period', 'at', 'audience', 'source', 'omitted',
      'incidents', 'risks', 'documents', 'controls', 'actions', 'exercises', 'deadlines',
      'lang', 'previous_period', 'summary', 'sites', 'deadlines_unlisted', 'preliminary', 'title', 'short_title', 'agreements', 'deadline_section',
    ]);
    expect(Object.keys(model.incidents).slice(0, 8)).toEqual(['total', 'previous_total', 'serious', 'cost_sek', 'by_category', 'by_month', 'by_unit', 'by_severity']);
    expect(Object.keys(model.risks).slice(0, 4)).toEqual(['total', 'unassessed', 'matrix', 'ranked']);
    expect(Object.keys(model.controls).slice(0, 3)).toEqual(['active', 'performed', 'findings']);
    expect(Object.keys(model.actions).slice(0, 3)).toEqual(['by_status', 'overdue', 'done_in_period']);
    expect(Object.keys(model.exercises).slice(0, 3)).toEqual(['total', 'participants', 'by_topic']);
    expect(model).toMatchObject({
      format: 1,
      municipality: 'Testkommun (fiktiv)',
      period: { from: '2026-01-01', to: '2026-12-31', kind: 'year', label: '2026' },
      at: '2026-12-31',
      audience: 'public',
      source: SOURCE,
      previous_period: { from: '2025-01-01', to: '2025-12-31', at: '2025-12-31', label: '2025' },
    });
  });

  it('leaves out the 9 classified records and says so', async () => {
    // INC-…AAAA7, unit hemliga-enheten (named by it), RSK-hemlig, DOC-hemlig, CTL-hemlig,
    // ACT-hemlig, EXR-…BBBB5, SITE-hemlig, AGR-hemlig.
    expect((await fixtureModel()).omitted).toBe(9);
    expect((await fixtureModel({ audience: 'internal' })).omitted).toBe(0);
  });

  it('counts incidents', async () => {
    const { incidents } = await fixtureModel();
    // 2026: AAAA3–AAAA8 (6); 2025: AAAA1, AAAA2.
    expect(incidents).toMatchObject({ total: 6, previous_total: 2, serious: 2, cost_sek: 8000.5, without_kia: 3, time_unit: 'month', by_week: [] });
    expect(incidents.by_severity).toEqual({ low: 3, medium: 1, high: 0, serious: 2 });
    // vandalism AAAA3 (2500.50) + AAAA4 (4000); then one each, by key.
    expect(incidents.by_category).toEqual([
      { key: 'vandalism', label: 'Skadegörelse', count: 2, cost_sek: 6500.5 },
      { key: 'accident', label: 'Olycksfall', count: 1, cost_sek: 0 },
      { key: 'graffiti', label: 'Klotter', count: 1, cost_sek: 1500 },
      { key: 'other', label: 'Övrigt', count: 1, cost_sek: 0 },
      { key: 'threat_violence', label: 'Hot och våld', count: 1, cost_sek: 0 },
    ]);
    expect(incidents.cost_by_category.map((r) => [r.key, r.cost_sek])).toEqual([['vandalism', 6500.5], ['graffiti', 1500]]);
    expect(incidents.by_month.map((m) => m.count)).toEqual([1, 0, 2, 0, 1, 0, 0, 0, 1, 0, 1, 0]);
    expect(incidents.by_month[0]).toEqual({ month: '2026-01', count: 1, label: 'jan.' });
    // The classified unit's incident is counted under a row without key.
    expect(incidents.by_unit).toEqual([
      { key: 'alfaskolan', label: 'Alfaskolan', count: 2 },
      { key: 'tekniska', label: 'Tekniska förvaltningen', count: 2 },
      { key: 'betaskolan', label: 'Betaskolan', count: 1 },
      { key: null, label: 'Enheter som inte redovisas offentligt', count: 1 },
    ]);
    expect(incidents.by_kia_type.map((r) => [r.key, r.count])).toEqual([['accident', 1], ['near_miss', 1], ['risk_observation', 1]]);
    // Public: incidents only as counts, no row, id or title (report.md, Audience, amended).
    expect(incidents).toMatchObject({ serious_list: [], serious_unlisted: 2 });
    // Serious: AAAA6 and the classified AAAA7, which is left out of the list even when the others are explicitly public.
    const explicit = (await explicitlyPublicModel()).incidents;
    expect(explicit.serious_unlisted).toBe(1);
    expect(explicit.serious_list).toEqual([
      {
        id: 'INC-20260505-AAAA6', date: '2026-05-05', title: 'Fallolycka från stege', status: 'closed', status_label: 'Avslutad',
        category: 'accident', category_label: 'Olycksfall', unit: { id: 'tekniska', label: 'Tekniska förvaltningen' },
        kia_type: 'accident', kia_type_label: 'Olycksfall', cost_sek: null, injured: 1, reported_to_authority: '2026-05-05',
      },
    ]);
  });

  it('gives risks only as the matrix and counts', async () => {
    const { risks } = await fixtureModel();
    expect(risks).toMatchObject({ total: 5, unassessed: 1, ranked: [], unassessed_list: [], untreated: [], untreated_count: 2 });
    expect(risks.by_level.map((r) => r.count)).toEqual([0, 1, 1, 2]);
  });

  it('ranks and places risks classified 0', async () => {
    const { risks } = await explicitlyPublicModel();
    // Active: brand, hot, it, ny, hemlig (stangd is closed); ny is not assessed.
    expect(risks).toMatchObject({ total: 5, unassessed: 1, closed: 1, levels: { medium: 5, high: 10, critical: 15 } });
    // brand (4,4), hot (2,4), it (3,4), hemlig (5,5).
    expect(risks.matrix).toEqual([
      [0, 0, 0, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 1],
    ]);
    expect(risks.ranked.map((r) => [r.id, r.score, r.level, r.trend, r.previous_score])).toEqual([
      ['RSK-brand', 16, 'critical', 'up', 6],
      ['RSK-it', 12, 'high', 'new', null],
      ['RSK-hot', 8, 'medium', 'down', 12],
    ]);
    expect(risks.ranked[0]).toMatchObject({ level_label: 'Kritisk', trend_label: 'Ökad', assessed: '2026-02-01', area_label: 'Brandskydd', owner: { id: 'bou', label: 'BoU' } });
    expect(risks.by_level.map((r) => r.count)).toEqual([0, 1, 1, 2]);
    expect(risks.unassessed_list).toEqual([{ id: 'RSK-ny', title: 'Elavbrott', owner: { id: 'tekniska', label: 'Tekniska förvaltningen' } }]);
    // it: high, no action; hemlig: critical, no action, but classified; brand has ACT-a (in progress).
    expect(risks.untreated.map((r) => r.id)).toEqual(['RSK-it']);
    expect(risks.untreated_count).toBe(2);
    expect(risks.grid[0]?.likelihood).toBe(5);
    expect(risks.grid[0]?.cells[4]).toEqual({ consequence: 5, count: 1, score: 25, level: 'critical', level_label: 'Kritisk' });
    expect(risks.grid[4]?.cells[0]).toMatchObject({ score: 1, level: 'low', count: 0 });
  });

  it('follows up governing documents, the LSO programme included', async () => {
    const { documents } = await fixtureModel();
    // Repealed and classified documents are not listed; sorted by id.
    expect(documents.map((d) => [d.id, d.last_event, d.due, d.status])).toEqual([
      ['DOC-lso', '2005', '2010-10-31', 'overdue'],
      ['DOC-policy', '2023-03-20', '2030-10-14', 'ok'],
      ['DOC-rutin', '2025-06-01', '2026-06-01', 'overdue'],
      ['DOC-utkast', null, null, 'draft'],
    ]);
    expect(documents[0]?.lso).toEqual({ due: '2022-01-01', status: 'overdue', status_label: 'Försenad', last_adoption: '2005' });
    expect(documents[1]).toMatchObject({
      adopted: { date: '2023-03-20', body: { id: 'kommunfullmaktige', label: 'Kommunfullmäktige' }, paragraph: '§ 12', dnr: 'KS 2023/1' },
      review_label: 'Minst en gång per mandatperiod', status_label: 'I tid', lso: null, last_review: null,
    });
    expect(documents[2]).toMatchObject({ review: 'P1Y', review_label: 'Intervall 1 år', last_review: { date: '2025-06-01', outcome: 'confirmed', outcome_label: 'Bekräftad utan ändring', body: null } });
    expect(documents[3]).toMatchObject({ document_status: 'draft', status_label: 'Utkast, följs inte upp' });
  });

  it('counts internal control', async () => {
    const { controls } = await fixtureModel();
    // Active: brand, larm, hemlig. 2026 executions: avvecklad 01-10, larm 02-01, hemlig 03-01,
    // brand 05-02 (performed: 4) and larm 08-01 not performed.
    expect(controls).toMatchObject({ active: 3, performed: 4, not_performed: 1, findings: { low: 1, medium: 1, high: 0, serious: 2 } });
    // Due as 2026 began: brand (2025-05-01 + P1Y), larm (start 2026-01-01), hemlig (start 2025-01-01, never done); all three done in 2026.
    expect(controls).toMatchObject({ due: 3, due_performed: 3 });
    expect(controls.by_unit_area.map((r) => [r.unit.id, r.area, r.count, r.findings])).toEqual([
      ['bou', 'fire_safety', 1, 2],
      ['kommunstyrelsen', 'crisis_preparedness', 1, 0],
      ['tekniska', 'internal_protection', 1, 2],
      ['tekniska', 'physical_security', 1, 0],
    ]);
    expect(controls.executions.map((e) => [e.id, e.date, e.result, e.findings])).toEqual([
      ['CTL-avvecklad', '2026-01-10', 'ok', 0],
      ['CTL-larm', '2026-02-01', 'ok', 0],
      ['CTL-brand', '2026-05-02', 'deviations', 2],
      ['CTL-larm', '2026-08-01', 'not_performed', 0],
    ]);
    // Reported the day after to both recipients.
    expect(controls.serious_findings).toEqual([
      {
        id: 'CTL-brand', title: 'Brandskyddskontroll', ref: '/performed/1/findings/1', date: '2026-05-02', reported: '2026-05-03',
        reported_to: [{ id: 'ledningsgruppen', label: 'Ledningsgruppen' }, { id: 'sakerhetssamordnare', label: 'Säkerhetssamordnare' }],
        on_time: true, status: 'ok', status_label: 'I tid',
      },
    ]);
  });

  it('reports the action plan at the status date', async () => {
    const { actions } = await fixtureModel();
    // planned: b, f, hemlig; in progress: a; done: c, d; cancelled: e.
    expect(actions).toMatchObject({ by_status: { planned: 3, in_progress: 1, done: 2, cancelled: 1 }, total: 7, done_in_period: 1 });
    // Overdue: b (2026-06-30) and hemlig (2026-09-30, classified, not listed).
    expect(actions.overdue).toEqual(['ACT-b']);
    expect(actions.completed.map((a) => [a.id, a.done])).toEqual([['ACT-c', '2026-04-15']]);
    // Open: a and b (f starts 2027-01-15, hemlig is classified); by due date.
    expect(actions.open.map((a) => [a.id, a.due, a.status])).toEqual([['ACT-b', '2026-06-30', 'planned'], ['ACT-a', '2027-03-31', 'in_progress']]);
  });

  it('counts training and checks each requirement per unit', async () => {
    const { exercises } = await fixtureModel();
    // 2026: BBBB2 (30), BBBB3 (25, 3 h), BBBB4 (12, 2.5 h), BBBB5 (8, classified).
    expect(exercises).toMatchObject({ total: 4, participants: 75, hours: 5.5 });
    expect(exercises.by_topic.map((t) => [t.key, t.count, t.participants])).toEqual([
      ['cpr', 1, 12], ['crisis_management', 1, 8], ['fire_safety', 1, 25], ['pdv_lockdown', 1, 30],
    ]);
    expect(exercises.by_type.map((t) => [t.key, t.count])).toEqual([['training', 2], ['drill', 2]]);
    expect(exercises.list.map((e) => e.id)).toEqual(['EXR-20260210-BBBB2', 'EXR-20260420-BBBB3', 'EXR-20260915-BBBB4']);
    expect(exercises.list[2]?.units).toEqual([{ id: 'bou', label: 'BoU' }, { id: 'tekniska', label: 'Tekniska förvaltningen' }]);
    const [pdv, fire] = exercises.requirements;
    // Alfaskolan drilled 2026-02-10 (valid to 2028-02-10); Betaskolan never, first due 2027-12-31.
    expect(pdv).toMatchObject({ topic: 'pdv_lockdown', unit_type: 'school', every_label: '2 år', first_due: '2027-12-31', met_count: 1, unmet_count: 1 });
    expect(pdv?.met.map((u) => [u.id, u.last, u.due, u.status])).toEqual([['alfaskolan', '2026-02-10', '2028-02-10', 'ok']]);
    expect(pdv?.unmet.map((u) => [u.id, u.last, u.due, u.status])).toEqual([['betaskolan', null, '2027-12-31', 'due']]);
    // BoU trained 2026-04-20; Tekniska last 2025-10-10, so overdue since 2026-10-10.
    expect(fire?.met.map((u) => [u.id, u.due])).toEqual([['bou', '2027-04-20']]);
    expect(fire?.unmet.map((u) => [u.id, u.last, u.due, u.status])).toEqual([['tekniska', '2025-10-10', '2026-10-10', 'overdue']]);
  });

  it('counts sites and names none of them', async () => {
    const { sites } = await fixtureModel();
    expect(sites).toMatchObject({ total: 3, fire: { adequate: 1, deficient: 1, unknown: 1 }, intrusion: { adequate: 1, deficient: 2, unknown: 0 }, deficient_count: 2 });
    expect(sites).toMatchObject({ list: [], deficient_listed: 0, deficient_unlisted: 2 });
  });

  it('lists the sites classified 0', async () => {
    const { sites } = await explicitlyPublicModel();
    expect(sites).toMatchObject({ total: 3, deficient_count: 2, deficient_listed: 1, deficient_unlisted: 1 });
    expect(sites.list.map((s) => [s.id, s.fire.status, s.intrusion.status, s.deficient])).toEqual([
      ['SITE-alfa', 'adequate', 'deficient', true],
      ['SITE-beta', 'unknown', 'adequate', false],
    ]);
  });

  it('sums up the key figures beside the year before', async () => {
    const { summary } = await fixtureModel();
    expect(summary.map((r) => [r.key, r.value, r.previous, r.of ?? null, r.previous_of ?? null])).toEqual([
      ['incidents', 6, 2, null, null],
      ['serious_incidents', 2, 0, null, null],
      ['cost_sek', 8000.5, 1000, null, null],
      // 2026-12-31: a, b, hemlig (f starts 2027). 2025-12-31: b, c (done 2026-04-15), hemlig.
      ['open_actions', 3, 3, null, null],
      ['overdue_actions', 2, 0, null, null],
      // 2026: lso, rutin, hemlig; 2025: lso.
      ['documents_overdue', 3, 1, null, null],
      // 2026: brand 16, it 12, hemlig 25; 2025: hot 12.
      ['high_risks', 3, 1, null, null],
      // 2025: brand and hemlig were due (start 2025-01-01), brand was done.
      ['controls', 3, 1, 3, 2],
      ['exercises', 4, 1, null, null],
      ['participants', 75, 10, null, null],
    ]);
  });

  it('lists no deadline of an incident, risk or site that is not classified 0', async () => {
    const { deadlines } = await fixtureModel();
    expect(deadlines.length).toBeGreaterThan(5);
    expect(deadlines.filter((d) => ['incident', 'risk', 'site'].includes(d.kind))).toEqual([]);
    // 11 items of incidents, risks and sites (see the list below) and the classified ones.
    expect((await fixtureModel()).deadlines_unlisted).toBeGreaterThanOrEqual(11);
    expect((await fixtureModel({ audience: 'internal' })).deadlines_unlisted).toBe(0);
  });

  it('lists the coming deadlines as sak check sorts them, without classified records', async () => {
    const { deadlines } = await explicitlyPublicModel();
    expect(deadlines.map((d) => [d.status, d.due, d.rule, d.id, d.topic ?? ''])).toEqual([
      ['overdue', null, 'risk-untreated', 'RSK-it', ''],
      ['overdue', null, 'risk-unassessed', 'RSK-ny', ''],
      ['overdue', null, 'site-intrusion', 'SITE-alfa', ''],
      ['overdue', null, 'site-fire', 'SITE-beta', ''],
      ['overdue', '2010-10-31', 'document-review', 'DOC-lso', ''],
      ['overdue', '2022-01-01', 'document-lso', 'DOC-lso', ''],
      ['overdue', '2026-01-01', 'site-intrusion', 'SITE-beta', ''],
      ['overdue', '2026-04-19', 'incident-open', 'INC-20260320-AAAA5', ''],
      ['overdue', '2026-06-01', 'document-review', 'DOC-rutin', ''],
      ['overdue', '2026-06-30', 'action-due', 'ACT-b', ''],
      ['overdue', '2026-08-01', 'control-due', 'CTL-larm', ''],
      ['overdue', '2026-10-10', 'training', 'tekniska', 'fire_safety'],
      ['overdue', '2026-12-20', 'incident-open', 'INC-20261120-AAAA8', ''],
      ['due', '2026-12-31', 'agreement-end', 'AGR-bidrag', ''],
      ['due', '2027-02-01', 'risk-review', 'RSK-brand', ''],
      ['due', '2027-02-28', 'grant-report', 'AGR-bidrag', ''],
      ['due', '2027-03-01', 'agreement-review', 'AGR-raddning', ''],
      ['due', '2027-03-01', 'risk-review', 'RSK-hot', ''],
      ['due', '2027-03-01', 'site-fire', 'SITE-alfa', ''],
      ['due', '2027-03-31', 'action-due', 'ACT-a', ''],
      ['due', '2027-04-01', 'risk-review', 'RSK-it', ''],
      ['due', '2027-04-20', 'training', 'bou', 'fire_safety'],
      ['due', '2027-05-02', 'control-due', 'CTL-brand', ''],
      ['due', '2027-06-30', 'action-due', 'ACT-f', ''],
      ['due', '2027-12-31', 'training', 'betaskolan', 'pdv_lockdown'],
    ]);
    expect(deadlines[0]).toMatchObject({ kind: 'risk', status_label: 'Försenad', rule_label: 'Hög risk utan åtgärd' });
  });
});

describe('agreements section', () => {
  it('counts every agreement by status and type, and lists in public only those with a public body', async () => {
    const { agreements } = await fixtureModel();
    expect(agreements).toMatchObject({ total: 5, current: 5, by_status: { planned: 1, active: 4, ended: 0 }, unlisted: 2 });
    expect(agreements.by_type.map((r) => [r.key, r.count])).toEqual([
      ['cooperation', 2],
      ['supplier', 1],
      ['security_protection', 1],
      ['grant', 1],
    ]);
    expect(agreements.list.map((a) => [a.id, a.public_body, a.status])).toEqual([
      ['AGR-bidrag', true, 'active'],
      ['AGR-planerat', true, 'planned'],
      ['AGR-raddning', true, 'active'],
    ]);
    // No counterparty's name and no follow-up note in public.
    expect(agreements.list.every((a) => a.counterparty === undefined)).toBe(true);
    expect(agreements.followups.every((f) => f.note === undefined)).toBe(true);
  });

  it('lists agreements ending (agreement-end not ok), follow-ups of the period with their deviations, and grant reports', async () => {
    const pub = (await fixtureModel()).agreements;
    expect(pub).toMatchObject({ ending_count: 2, ending_unlisted: 1, followups_count: 2, followups_unlisted: 1, deviations: 1, findings: { low: 0, medium: 1, high: 0, serious: 0 }, grant_reports_count: 1 });
    expect(pub.ending.map((e) => [e.id, e.end, e.due, e.status])).toEqual([['AGR-bidrag', '2026-12-31', '2026-12-31', 'due']]);
    const internal = (await fixtureModel({ audience: 'internal' })).agreements;
    expect(internal.ending.map((e) => [e.id, e.due, e.status])).toEqual([
      ['AGR-bevakning', '2026-09-30', 'overdue'],
      ['AGR-bidrag', '2026-12-31', 'due'],
    ]);
    expect(internal.followups.map((f) => [f.date, f.id, f.result, f.findings, f.note ?? null])).toEqual([
      ['2026-03-01', 'AGR-raddning', 'ok', 0, null],
      ['2026-05-12', 'AGR-bevakning', 'deviations', 1, 'FRITEXT-followup-note'],
    ]);
    expect(internal.list.find((a) => a.id === 'AGR-bevakning')?.counterparty).toBe('FRITEXT-counterparty-bolag');
    expect(internal.grant_reports.map((g) => [g.id, g.due, g.status])).toEqual([['AGR-bidrag', '2027-02-28', 'due']]);
  });

  it('counts only the follow-ups of the period', async () => {
    const q1 = (await fixtureModel({ period: parseQuarter('2026-Q1')! })).agreements;
    expect([q1.followups_count, q1.deviations]).toEqual([1, 0]);
  });
});

describe('report model, internal and other periods', () => {
  it('shows classified records and free text to the internal audience', async () => {
    const model = await fixtureModel({ audience: 'internal' });
    expect(model.incidents.serious_list.map((i) => [i.id, i.description])).toEqual([
      ['INC-20260505-AAAA6', 'FRITEXT-serious-desc'],
      ['INC-20260909-AAAA7', 'HEMLIG-incident-desc'],
    ]);
    expect(model.incidents.by_unit.at(-1)).toEqual({ key: 'hemliga-enheten', label: 'HEMLIG-ENHET Skyddsgruppen', count: 1 });
    expect(model.risks.ranked[0]).toMatchObject({ id: 'RSK-hemlig', score: 25 });
    expect(model.risks.untreated.map((r) => r.id)).toEqual(['RSK-hemlig', 'RSK-it']);
    expect(model.controls.serious_findings.map((f) => [f.id, f.reported, f.on_time, f.status, f.description])).toEqual([
      ['CTL-hemlig', null, false, 'overdue', 'HEMLIG-finding-serious'],
      ['CTL-brand', '2026-05-03', true, 'ok', 'FRITEXT-finding-serious'],
    ]);
    expect(model.actions.overdue).toEqual(['ACT-b', 'ACT-hemlig']);
    expect(model.exercises.list.find((e) => e.id === 'EXR-20260210-BBBB2')?.evaluation).toBe('FRITEXT-evaluation');
    expect(model.sites.list.find((s) => s.id === 'SITE-alfa')).toMatchObject({ address: 'FRITEXT-address', intrusion: { note: 'FRITEXT-site-note' } });
    expect(model.deadlines.some((d) => d.id === 'INC-20260909-AAAA7' && d.rule === 'incident-authority')).toBe(true);
  });

  it('keeps every number the same for both audiences', async () => {
    const pub = await fixtureModel();
    const internal = await fixtureModel({ audience: 'internal' });
    expect(internal.summary).toEqual(pub.summary);
    expect(internal.risks.matrix).toEqual(pub.risks.matrix);
    expect(internal.controls.findings).toEqual(pub.controls.findings);
    expect(internal.actions.by_status).toEqual(pub.actions.by_status);
    expect(internal.sites.fire).toEqual(pub.sites.fire);
  });

  it('counts only what happened by an earlier status date', async () => {
    const model = await explicitlyPublicModel({ at: '2026-06-15' });
    expect(model.at).toBe('2026-06-15');
    expect(model.previous_period.at).toBe('2025-06-15');
    // AAAA3–AAAA6 by 2026-06-15; AAAA6 closed 2026-07-01, so it was still open then.
    expect(model.incidents.total).toBe(4);
    expect(model.incidents.serious_list[0]).toMatchObject({ id: 'INC-20260505-AAAA6', status: 'open' });
    // RSK-hemlig (2026-05-01) counts, RSK-it (2026-04-01) too.
    expect(model.risks.unassessed).toBe(1);
    // ACT-c was done 2026-04-15, before the status date.
    expect(model.actions.done_in_period).toBe(1);
    expect(model.exercises.total).toBe(2);
    expect(model.summary.find((r) => r.key === 'incidents')).toMatchObject({ value: 4, previous: 1 });
  });

  it('reports a quarter by week, beside the quarter before', async () => {
    const register = await loadFixture();
    const model = buildReportModel(register, { period: parseQuarter('2026-Q3')!, audience: 'public', lang: 'en', source: SOURCE });
    expect(model.period).toEqual({ from: '2026-07-01', to: '2026-09-30', kind: 'quarter', label: 'Q3 2026' });
    expect(model.previous_period).toMatchObject({ from: '2026-04-01', to: '2026-06-30', label: 'Q2 2026' });
    // Only AAAA7 (2026-09-09, ISO week 37) falls in Q3; Q2 had AAAA6.
    expect(model.incidents).toMatchObject({ total: 1, previous_total: 1, time_unit: 'week' });
    expect(model.incidents.by_week.find((w) => w.week === '2026-W37')).toEqual({ week: '2026-W37', count: 1, label: 'W37' });
    expect(model.incidents.by_week[0]?.week).toBe('2026-W27');
    expect(model.incidents.by_week.reduce((sum, w) => sum + w.count, 0)).toBe(1);
    expect(model.incidents.by_month.map((m) => m.label)).toEqual(['Jul', 'Aug', 'Sep']);
  });

  it('is the same for the same input, whatever the order of records', async () => {
    const register = await loadFixture();
    const options = { period: yearPeriod(2026), audience: 'public' as const, lang: 'sv' as const, source: SOURCE };
    const a = JSON.stringify(buildReportModel(register, options));
    const b = JSON.stringify(buildReportModel({ ...register, records: [...register.records].reverse() }, options));
    expect(b).toBe(a);
  });
});
