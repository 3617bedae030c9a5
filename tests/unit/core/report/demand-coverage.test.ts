// The report's figure for control demands: coverage per demand, overdue units by name, and
// in public names only for demands on organisational units (counts for schools, teams, roles).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/render/report-model.js';
import { yearPeriod } from '../../../../src/core/report/period.js';
import type { AnyRecord } from '../../../../src/core/model.js';
import type { SakConfig } from '../../../../src/core/record-types.js';
import type { Lang } from '../../../../src/i18n/lang.js';
import { renderReportTemplate } from '../../../support/report-render.js';
import { controlRecord, documentRecord, makeRegister, unitRecord } from '../check/register-fixture.js';
import { REPO, SOURCE } from './fixture.js';

type Demand = NonNullable<SakConfig['control_demands']>[number];

const avstamning: Demand = { id: 'avstamning', title: 'Årlig avstämning', area: 'internal_protection', unit_type: 'department', every: 'P1Y', method: 'reconciliation', basis: { document: 'DOC-policy' }, compiled_by: 'samordnare' };
const enkat: Demand = { id: 'enkat', title: 'Trygghetsenkät på skolorna', area: 'safety_promotion', unit_type: 'school', every: 'P1Y', method: 'survey', basis: { law: 'Skollagen 6 a kap.' } };
const records: AnyRecord[] = [
  unitRecord('klf', 'department', { title: 'Kommunledningsförvaltningen' }),
  unitRecord('bou', 'department', { title: 'Barn- och utbildningsförvaltningen' }),
  unitRecord('skola-a', 'school', { title: 'Skola A', parent: 'bou' }),
  unitRecord('skola-b', 'school', { title: 'Skola B', parent: 'bou' }),
  unitRecord('samordnare', 'role', { title: 'Säkerhetssamordnare' }),
  documentRecord('DOC-policy', { title: 'Säkerhetspolicy', adopted: { date: '2025-02-17' } }),
  controlRecord('CTL-avstamning-klf', { unit: 'klf', demand: 'avstamning', area: 'internal_protection', performed: [{ date: '2026-03-10', result: 'ok' }] }),
  controlRecord('CTL-enkat-a', { unit: 'skola-a', demand: 'enkat', area: 'safety_promotion', performed: [{ date: '2026-05-10', result: 'ok' }] }),
];
const register = makeRegister(records, { control_demands: [avstamning, enkat] });
const model = (audience: 'public' | 'internal', lang: Lang = 'sv') => buildReportModel(register, { period: yearPeriod(2026), at: '2026-11-26', audience, lang, source: SOURCE });
const render = (audience: 'public' | 'internal', lang: Lang, format: 'md' | 'html') =>
  renderReportTemplate(readFileSync(path.join(REPO, 'templates', `report.${format}.hbs`), 'utf8'), model(audience, lang), { format, lang });

describe('the report: control demands', () => {
  it('shows coverage per demand, the overdue units by name and the compilation', () => {
    const [first, second] = model('internal').controls.demands;
    expect(first).toMatchObject({
      id: 'avstamning',
      basis_label: 'Säkerhetspolicy (DOC-policy)',
      method_label: 'Avstämning',
      every_label: '1 år',
      covered: 1,
      in_scope: 2,
      coverage_label: '1 av 2 förvaltningar',
      overdue_count: 1,
      overdue: [{ id: 'bou', label: 'Barn- och utbildningsförvaltningen' }],
      names_shown: true,
      compilation: { unit: { id: 'samordnare', label: 'Säkerhetssamordnare' }, due: '2027-01-31', status: 'due' },
    });
    expect(second).toMatchObject({ coverage_label: '1 av 2 skolenheter', overdue: [{ id: 'skola-b', label: 'Skola B' }], names_shown: true, basis_label: 'Skollagen 6 a kap.', compilation: null });
    expect(model('internal', 'en').controls.demands[0]?.coverage_label).toBe('1 of 2 departments');
  });

  it('counts the demanded controls among the controls due and performed in the period', () => {
    // Four units in scope, none with a control before 2026 (due null): all due; two performed.
    expect(model('internal').controls).toMatchObject({ due: 4, due_performed: 2 });
  });

  it('in public, names the förvaltningar but gives only counts for schools, and lists none of their deadlines', () => {
    const [first, second] = model('public').controls.demands;
    expect(first).toMatchObject({ overdue: [{ id: 'bou' }], names_shown: true });
    expect(second).toMatchObject({ coverage_label: '1 av 2 skolenheter', overdue_count: 1, overdue: [], names_shown: false });
    const deadlines = model('public').deadlines.filter((d) => d.rule === 'control-demand');
    expect(deadlines.map((d) => d.id).sort()).toEqual(['bou', 'klf', 'samordnare']);
    expect(model('internal').deadlines.filter((d) => d.rule === 'control-demand').map((d) => d.id).sort()).toEqual(['bou', 'klf', 'samordnare', 'skola-a', 'skola-b']);
    for (const lang of ['sv', 'en'] as const) {
      for (const format of ['md', 'html'] as const) {
        const text = render('public', lang, format);
        expect(text).not.toContain('Skola B');
        expect(text).toContain('Barn- och utbildningsförvaltningen');
      }
    }
  });

  it('renders the table in both languages and formats', () => {
    const sv = render('internal', 'sv', 'md');
    expect(sv).toContain('### Krav på varje enhet');
    expect(sv).toContain(
      '| Årlig avstämning | Säkerhetspolicy (DOC-policy) | Internt skydd | Avstämning | 1 år | 1 av 2 förvaltningar | Barn- och utbildningsförvaltningen | Säkerhetssamordnare, senast 31 januari 2027 (Förfaller snart) |',
    );
    expect(render('public', 'sv', 'md')).toContain('| Trygghetsenkät på skolorna | Skollagen 6 a kap. | Trygghetsskapande arbete | Undersökning | 1 år | 1 av 2 skolenheter | 1 | – |');
    expect(render('internal', 'en', 'md')).toContain(
      '| Årlig avstämning | Säkerhetspolicy (DOC-policy) | Internal protection | Reconciliation | 1 year | 1 of 2 departments | Barn- och utbildningsförvaltningen | Säkerhetssamordnare, by 31 January 2027 (Due soon) |',
    );
    expect(render('internal', 'sv', 'html')).toContain('<td>1 av 2 förvaltningar</td>');
    expect(render('internal', 'en', 'html')).toContain('<td>1 of 2 departments</td>');
  });
});
