import { recordsOf, type LoadedRecord, type RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import type { BuildContext } from './context.js';
import { byCountThenKey, byDateThenId, countRows, sumExact } from './context.js';
import { dutyKey, incidentDuties, reportingDuties } from '../check/reporting-duties.js';
import type { AuthorityReportRow, CategoryRow, IncidentSection, SeriousIncident, SeverityCounts } from './model.js';
import { inPeriod, isoWeekKey, isoWeekOf, monthsOf, timeUnitOf, weeksOf, type ReportPeriod } from './period.js';
import { textWording, valueWording, wording, type Wording } from './wording.js';

/** The severities in order of report.md's `by_severity`. */
export const SEVERITIES = ['low', 'medium', 'high', 'serious'] as const;

/** The incidents dated in the period and by the status date. */
export function incidentsIn(register: RegisterData, period: Pick<ReportPeriod, 'from' | 'to'>, at: string): LoadedRecord<'incident'>[] {
  return recordsOf(register, 'incident').filter((r) => inPeriod(r.data.date, period, at));
}

/** Counts of each severity. */
export function severityCounts(severities: readonly string[]): SeverityCounts {
  const counts: SeverityCounts = { low: 0, medium: 0, high: 0, serious: 0 };
  for (const s of severities) if (Object.hasOwn(counts, s)) counts[s as keyof SeverityCounts] += 1;
  return counts;
}

/** An incident's status at the status date: one closed after it was still open then. */
function statusAt(incident: LoadedRecord<'incident'>['data'], at: string): string {
  if (incident.status === 'closed' && typeof incident.closed === 'string' && incident.closed > at) return 'open';
  return incident.status;
}

/** Section 3: incidents of the period. */
export function buildIncidents(ctx: BuildContext, previousTotal: number | null): IncidentSection {
  const { config, vis, period, at } = ctx;
  const incidents = incidentsIn(ctx.register, period, at);
  const categories = config.incident_categories ?? [];
  const categoryLabel = (key: string | null): Wording => valueWording('category', key ?? '', categories);

  const byCategory = new Map<string, { count: number; costs: number[] }>();
  for (const { data } of incidents) {
    const entry = byCategory.get(data.category) ?? { count: 0, costs: [] };
    entry.count += 1;
    if (typeof data.cost_sek === 'number') entry.costs.push(data.cost_sek);
    byCategory.set(data.category, entry);
  }
  const categoryRows: CategoryRow[] = [...byCategory]
    .map(([key, e]) => ({ key, label: categoryLabel(key), count: e.count, cost_sek: sumExact(e.costs) }))
    .sort(byCountThenKey);

  const monthCounts = new Map<string, number>();
  const weekCounts = new Map<string, number>();
  for (const { data } of incidents) {
    monthCounts.set(data.date.slice(0, 7), (monthCounts.get(data.date.slice(0, 7)) ?? 0) + 1);
    const week = isoWeekKey(isoWeekOf(data.date));
    weekCounts.set(week, (weekCounts.get(week) ?? 0) + 1);
  }
  const months = monthsOf(period);
  const oneYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const timeUnit = timeUnitOf(period);

  const unitRefs = incidents.map(({ data }) => vis.ref(data.unit));
  const unitLabels = new Map(unitRefs.map((r) => [r.id, r.label]));
  const byUnit = countRows(
    unitRefs.map((r) => r.id),
    (key) => (key === null ? textWording('units_not_public') : (unitLabels.get(key) ?? key)),
  );

  const kiaTypes = incidents.flatMap(({ data }) => (data.kia ? [data.kia.type] : []));
  const severities = severityCounts(incidents.map(({ data }) => data.severity));

  const serious: SeriousIncident[] = incidents
    .filter((r) => r.data.severity === 'serious' && vis.shows(r))
    .map(({ id, data }) => {
      const reports = (data.reported_to ?? []).filter((r) => r.authority === 'work_environment_authority' && r.date <= at).map((r) => r.date);
      const status = statusAt(data, at);
      return {
        id,
        date: data.date,
        title: data.title,
        status,
        status_label: valueWording('incident_status', status),
        category: data.category,
        category_label: categoryLabel(data.category),
        unit: vis.ref(data.unit),
        kia_type: data.kia?.type ?? null,
        kia_type_label: data.kia ? valueWording('kia_type', data.kia.type) : null,
        cost_sek: typeof data.cost_sek === 'number' ? data.cost_sek : null,
        injured: typeof data.injured === 'number' ? data.injured : null,
        reported_to_authority: reports.length > 0 ? [...reports].sort(compareStrings)[0] ?? null : null,
        ...vis.text('description', data.description),
      };
    })
    .sort(byDateThenId);

  return {
    total: incidents.length,
    previous_total: previousTotal,
    serious: severities.serious,
    cost_sek: sumExact(incidents.map(({ data }) => data.cost_sek)),
    by_category: categoryRows,
    by_month: months.map((month) => ({
      month,
      count: monthCounts.get(month) ?? 0,
      label: wording({ key: 'month', month, year: !oneYear }),
    })),
    by_unit: byUnit,
    by_severity: severities,
    time_unit: timeUnit,
    by_week: timeUnit === 'week' ? weeksOf(period).map((week) => ({ week, count: weekCounts.get(week) ?? 0, label: wording({ key: 'week', week }) })) : [],
    severity_rows: SEVERITIES.map((key) => ({ key, label: valueWording('severity', key), count: severities[key] })),
    by_kia_type: countRows(kiaTypes, (key) => valueWording('kia_type', key ?? '')),
    without_kia: incidents.length - kiaTypes.length,
    cost_by_category: categoryRows.filter((r) => r.cost_sek > 0).sort((a, b) => b.cost_sek - a.cost_sek || compareStrings(a.key ?? '', b.key ?? '')),
    serious_list: serious,
    serious_unlisted: severities.serious - serious.length,
    authority_reports: authorityReports(ctx, incidents),
  };
}

/** Reports made and missed per duty to an authority, for the incidents of the period at the status date. */
function authorityReports(ctx: BuildContext, incidents: readonly LoadedRecord<'incident'>[]): AuthorityReportRow[] {
  const { config, vis, at } = ctx;
  const duties = reportingDuties(config);
  const rows = new Map<string, AuthorityReportRow>();
  for (const duty of duties) {
    rows.set(dutyKey(duty), {
      authority: duty.authority,
      stage: duty.stage ?? null,
      label: wording({ key: 'duty', authority: duty.authority, stage: duty.stage ?? null }),
      citation: duty.citation,
      required: 0,
      made: 0,
      on_time: 0,
      missed: 0,
      pending: 0,
      ...(vis.audience === 'internal' ? { missing: [] } : {}),
    });
  }
  for (const record of incidents) {
    for (const { duty, due, reported } of incidentDuties(record.data, duties, at)) {
      const row = rows.get(dutyKey(duty));
      if (!row) continue;
      row.required += 1;
      if (reported !== null) {
        row.made += 1;
        if (reported <= due) row.on_time += 1;
      } else if (due < at) {
        row.missed += 1;
        if (row.missing && vis.shows(record)) row.missing.push({ id: record.id, date: record.data.date, title: record.data.title, due });
      } else {
        row.pending += 1;
      }
    }
  }
  return [...rows.values()].filter((r) => r.required > 0).map((r) => (r.missing ? { ...r, missing: [...r.missing].sort(byDateThenId) } : r));
}
