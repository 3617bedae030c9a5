// The words of the report model: render/ puts each Wording core made in the output's language,
// keeps everything else and its key order, and orders the deadline section's units by their words.
import { describe, expect, it } from 'vitest';
import { yearPeriod, quarterPeriod } from '../../../src/core/report/period.js';
import { statusWording, textWording, valueWording, wording, Wording, type WordingSpec } from '../../../src/core/report/wording.js';
import type { Lang } from '../../../src/i18n/lang.js';
import { buildReportModel } from '../../../src/render/report-model.js';
import { wordingText, wordModel } from '../../../src/render/report-wording.js';
import { actionRecord, makeRegister, unitRecord } from '../core/check/register-fixture.js';
import { SOURCE } from '../core/report/fixture.js';

const both = (w: Wording): Record<Lang, string> => ({ sv: wordingText(w, 'sv'), en: wordingText(w, 'en') });

describe('a Wording in words', () => {
  it('says each kind of label in both languages', () => {
    const cases: [WordingSpec | Wording, Record<Lang, string>][] = [
      [valueWording('action_status', 'in_progress'), { sv: 'Pågående', en: 'In progress' }],
      // A category sak.yaml adds carries its own labels; one without label_en keeps the Swedish one.
      [valueWording('category', 'klotter', [{ id: 'klotter', label: 'Klotter', label_en: 'Graffiti' }]), { sv: 'Klotter', en: 'Graffiti' }],
      [valueWording('topic', 'larm', [{ id: 'larm', label: 'Larmövning' }]), { sv: 'Larmövning', en: 'Larmövning' }],
      [textWording('not_public'), { sv: 'Ej offentlig', en: 'Not public' }],
      [statusWording('overdue'), { sv: 'Försenad', en: 'Overdue' }],
      [{ key: 'trend', trend: 'up' }, { sv: 'Ökad', en: 'Increased' }],
      [{ key: 'summary', figure: 'open_actions' }, { sv: 'Öppna åtgärder', en: 'Open actions' }],
      [{ key: 'month', month: '2026-03', year: false }, { sv: 'mars', en: 'Mar' }],
      [{ key: 'month', month: '2026-03', year: true }, { sv: 'mars 2026', en: 'Mar 2026' }],
      [{ key: 'week', week: '2026-W05' }, { sv: 'v. 5', en: 'W5' }],
      [{ key: 'axis', axis: 'consequence', step: 5 }, { sv: 'Katastrofal', en: 'Catastrophic' }],
      [{ key: 'duration', duration: 'P1Y6M' }, { sv: '1 år och 6 månader', en: '1 year and 6 months' }],
      [{ key: 'review', review: 'mandate' }, { sv: 'Minst en gång per mandatperiod', en: 'At least once per term of office' }],
      [{ key: 'review', review: 'P2Y' }, { sv: 'Intervall 2 år', en: 'Every 2 years' }],
      [{ key: 'within', within: 'P1D' }, { sv: 'omgående', en: 'immediately' }],
      [{ key: 'within', within: 'P3D' }, { sv: 'inom 3 dagar', en: 'within 3 days' }],
      [{ key: 'demand_basis', basis: { type: 'document', id: 'DOC-policy', title: 'Säkerhetspolicy' } }, { sv: 'Säkerhetspolicy (DOC-policy)', en: 'Säkerhetspolicy (DOC-policy)' }],
      [{ key: 'coverage', covered: 1, in_scope: 1, noun: 'department' }, { sv: '1 av 1 förvaltning', en: '1 of 1 department' }],
      [{ key: 'coverage', covered: 0, in_scope: 3, noun: 'nonesuch' }, { sv: '0 av 3 enheter', en: '0 of 3 units' }],
      // A unit the audience may not see is named by the words for it, in the list's language.
      [{ key: 'applies_to', unit_type: 'department', units: ['Kulturskolan', textWording('not_public')] }, { sv: 'förvaltning, Kulturskolan och Ej offentlig', en: 'department, Kulturskolan and Not public' }],
      [{ key: 'applies_to', unit_type: null, units: [] }, { sv: '', en: '' }],
      [{ key: 'exercise_types', types: ['training', 'meeting'] }, { sv: 'utbildning eller möte', en: 'training or meeting' }],
      [{ key: 'duty', authority: 'csirt', stage: 'early_warning' }, { sv: 'CSIRT-enheten (cybersäkerhetslagen): tidig varning', en: 'CSIRT unit (Cybersecurity Act): early warning' }],
      [{ key: 'duty', authority: 'police', stage: null }, { sv: 'Polisen', en: 'Police' }],
      [{ key: 'basis', basis: { type: 'document', source: 'DOC-x' }, document: 'Plan' }, { sv: 'enligt styrdokument (”Plan”)', en: 'by governing document (“Plan”)' }],
      [{ key: 'basis', basis: { type: 'document', source: 'DOC-x' }, document: null }, { sv: 'enligt styrdokument', en: 'by governing document' }],
      [{ key: 'basis', basis: { type: 'law', source: 'LSO 3 kap. 3 §' } }, { sv: 'enligt lag (LSO 3 kap. 3 §)', en: 'by law (LSO 3 kap. 3 §)' }],
      [{ key: 'period', period: quarterPeriod(2026, 4) }, { sv: 'kvartal 4 2026', en: 'Q4 2026' }],
      [{ key: 'title', period: yearPeriod(2026), at: '2026-12-03', preliminary: true }, { sv: 'Preliminär årsrapport kommunal säkerhet 2026 per 3 december 2026', en: 'Preliminary municipal security annual report 2026 as of 3 December 2026' }],
      [{ key: 'short_title', period: quarterPeriod(2026, 4), preliminary: false }, { sv: 'Kvartalsrapport kvartal 4 2026', en: 'Quarterly report Q4 2026' }],
      [{ key: 'document_type', kind: 'range' }, { sv: 'Rapport', en: 'Report' }],
      [{ key: 'lang' }, { sv: 'sv', en: 'en' }],
    ];
    expect(cases.map(([spec]) => both(spec instanceof Wording ? spec : wording(spec)))).toEqual(cases.map(([, words]) => words));
  });
});

describe('a coded model in words', () => {
  it('replaces every Wording, keeps the rest and the order of the keys, and leaves the model as it was', () => {
    const coded = { z: 1, label: statusWording('due'), rows: [{ key: null, label: 'Skola A', count: 2 }, { key: 'x', label: textWording('units_not_public'), count: 0 }], none: null, at: '2026-12-31' };
    const worded = wordModel(coded, 'en');
    expect(JSON.stringify(worded)).toBe('{"z":1,"label":"Due soon","rows":[{"key":null,"label":"Skola A","count":2},{"key":"x","label":"Units not shown publicly","count":0}],"none":null,"at":"2026-12-31"}');
    expect(coded.label).toBeInstanceOf(Wording);
  });

  it('orders the units of the deadline section by their names in the language of the output, a unit not shown publicly among them', () => {
    const register = makeRegister([
      unitRecord('ks', 'department', { title: 'Förvaltning A' }),
      unitRecord('mk', 'department', { title: 'Miljökontoret' }),
      unitRecord('hemlig', 'department', { title: 'Hemlig enhet', classification: 2 }),
      actionRecord('ACT-a', { owner: 'ks', due: '2026-03-01' }),
      actionRecord('ACT-b', { owner: 'mk', due: '2026-03-01' }),
      actionRecord('ACT-c', { owner: 'hemlig', due: '2026-03-01' }),
    ]);
    const owners = (lang: Lang) =>
      buildReportModel(register, { period: yearPeriod(2026), audience: 'public', lang, source: SOURCE })
        .deadline_section.areas.find((a) => a.area === 'actions')
        ?.owners.map((g) => g.owner?.label);
    expect(owners('sv')).toEqual(['Ej offentlig', 'Förvaltning A', 'Miljökontoret']);
    expect(owners('en')).toEqual(['Förvaltning A', 'Miljökontoret', 'Not public']);
  });
});
