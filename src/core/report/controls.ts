import { addDuration, parseDuration } from '../calendar/duration.js';
import { answeringControls, demandBasis, demandScope, type ControlDemand } from '../check/control-demand.js';
import { compareDates, isValidDate } from '../calendar/date.js';
import { findingDuty, findingReportDue, reportComplete } from '../check/finding-duty.js';
import type { DeadlineFinding } from '../check/engine.js';
import { recordsOf, type LoadedRecord, type RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import type { ControlRecord } from '../record-types.js';
import type { BuildContext } from './context.js';
import { compareKeys } from './context.js';
import { SEVERITIES, severityCounts } from './incidents.js';
import type { ControlSection, DemandCoverage, ExecutionRow, SeriousFinding } from './model.js';
import { inPeriod, type ReportPeriod } from './period.js';
import { statusWording, valueWording, wording } from './wording.js';

/** One execution of a control dated in a period, with where it is in the record. */
interface Execution {
  control: LoadedRecord<'control'>;
  index: number;
  execution: NonNullable<ControlRecord['performed']>[number];
}

/** Every execution dated in the period and by the status date. */
export function executionsIn(register: RegisterData, period: Pick<ReportPeriod, 'from' | 'to'>, at: string): Execution[] {
  return recordsOf(register, 'control').flatMap((control) =>
    (control.data.performed ?? []).flatMap((execution, index) => (inPeriod(execution.date, period, at) ? [{ control, index, execution }] : [])),
  );
}

/**
 * Controls due in a period and how many of them were performed in it: an active control is
 * due when its `control-due` date as the period began (items evaluated the day before its
 * start) is null or by the end; it was performed when it has an execution, not
 * `not_performed`, dated in the period by the status date. A unit's control demanded by
 * sak.yaml (`control-demand`) counts the same way: due by its item, performed when a control
 * answering the demand for the unit was.
 */
export function controlsDue(register: RegisterData, period: Pick<ReportPeriod, 'from' | 'to'>, at: string, itemsBefore: readonly DeadlineFinding[]): { due: number; performed: number } {
  const end = period.to < at ? period.to : at;
  const isDue = (i: DeadlineFinding) => i.due === null || i.due <= end;
  const due = new Set(itemsBefore.filter((i) => i.rule === 'control-due' && isDue(i)).map((i) => i.id));
  const performed = new Set(executionsIn(register, period, at).filter((e) => e.execution.result !== 'not_performed').map((e) => e.control.id));
  const demands = new Map((register.config.control_demands ?? []).map((d) => [d.id, d]));
  const demanded = itemsBefore.filter((i) => i.rule === 'control-demand' && !i.compilation && isDue(i));
  const demandedPerformed = demanded.filter((i) => {
    const demand = i.demand === undefined ? undefined : demands.get(i.demand);
    return demand !== undefined && answeringControls(register, demand, i.id).some((c) => performed.has(c.id));
  });
  return { due: due.size + demanded.length, performed: [...due].filter((id) => performed.has(id)).length + demandedPerformed.length };
}

/** Section 6: internal control in the period. */
export function buildControls(ctx: BuildContext, itemsBefore: readonly DeadlineFinding[]): ControlSection {
  const { vis, period, at } = ctx;
  const executions = executionsIn(ctx.register, period, at);
  const performed = executions.filter((e) => e.execution.result !== 'not_performed');
  const findings = severityCounts(executions.flatMap((e) => (e.execution.findings ?? []).map((f) => f.severity)));
  const { due, performed: duePerformed } = controlsDue(ctx.register, period, at, itemsBefore);

  const groups = new Map<string, ControlSection['by_unit_area'][number]>();
  for (const { control, execution } of performed) {
    const unit = vis.ref(control.data.unit);
    const key = `${unit.id ?? ''}\u0000${control.data.area}`;
    const group = groups.get(key) ?? { unit, area: control.data.area, area_label: valueWording('area', control.data.area), count: 0, findings: 0 };
    group.count += 1;
    group.findings += execution.findings?.length ?? 0;
    groups.set(key, group);
  }
  const byUnitArea = [...groups.values()].sort((a, b) => b.count - a.count || compareKeys(a.unit.id, b.unit.id) || compareStrings(a.area, b.area));

  const visible = executions.filter((e) => vis.shows(e.control));
  const rows: ExecutionRow[] = [...visible]
    .sort((a, b) => compareStrings(a.execution.date, b.execution.date) || compareStrings(a.control.id, b.control.id) || a.index - b.index)
    .map(({ control, execution }) => ({
      id: control.id,
      title: control.data.title,
      date: execution.date,
      unit: vis.ref(control.data.unit),
      area: control.data.area,
      area_label: valueWording('area', control.data.area),
      result: execution.result,
      result_label: valueWording('control_result', execution.result),
      findings: execution.findings?.length ?? 0,
    }));

  const duty = findingDuty(ctx.config);
  const findingItems = new Map(ctx.items.filter((i) => i.rule === 'finding-unreported').map((i) => [`${i.id}${i.ref ?? ''}`, i]));
  const serious: SeriousFinding[] = visible
    .flatMap(({ control, index, execution }) =>
      (execution.findings ?? []).flatMap((finding, j) => {
        if (finding.severity !== 'serious') return [];
        const ref = `/performed/${index}/findings/${j}`;
        const report = finding.reported && finding.reported.date <= at ? finding.reported : undefined;
        const complete = report !== undefined && reportComplete(report.to, duty);
        const item = findingItems.get(`${control.id}${ref}`);
        const status = item?.status ?? (complete ? 'ok' : 'overdue');
        return [
          {
            id: control.id,
            title: control.data.title,
            ref,
            date: execution.date,
            reported: report?.date ?? null,
            reported_to: (report?.to ?? []).map((unit) => vis.ref(unit)),
            on_time: complete && report !== undefined && compareDates(report.date, findingReportDue(execution.date, duty)) <= 0,
            status,
            status_label: statusWording(status),
            ...vis.text('description', finding.description),
          },
        ];
      }),
    )
    .sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.id, b.id) || compareStrings(a.ref, b.ref));

  return {
    active: recordsOf(ctx.register, 'control').filter((c) => c.data.status !== 'retired').length,
    performed: performed.length,
    findings,
    not_performed: executions.length - performed.length,
    due,
    due_performed: duePerformed,
    findings_rows: SEVERITIES.map((key) => ({ key, label: valueWording('severity', key), count: findings[key] })),
    by_unit_area: byUnitArea,
    executions: rows,
    serious_findings: serious,
    demands: buildDemandCoverage(ctx),
    finding_report_to: duty.reportTo.map((unit) => vis.ref(unit)),
    finding_within: wording({ key: 'within', within: duty.within }),
  };
}

/**
 * The unit types whose units a public report names in a demand's coverage: the organisation
 * itself. Schools are places, teams small workplaces and roles people: for a demand whose
 * scope holds any of them, a public report gives counts only.
 */
export const PUBLICLY_NAMED_UNIT_TYPES: ReadonlySet<string> = new Set(['council', 'executive_board', 'committee', 'department', 'federation', 'company', 'joint_committee']);

/** True when a public output may name the units of a demand's scope (every unit of it organisational). */
export function demandNamesUnits(scope: readonly LoadedRecord<'unit'>[], demand: ControlDemand): boolean {
  if (scope.length === 0) return demand.unit_type === undefined || PUBLICLY_NAMED_UNIT_TYPES.has(demand.unit_type);
  return scope.every((unit) => PUBLICLY_NAMED_UNIT_TYPES.has(unit.data.type));
}

/** The control demands of sak.yaml at the status date: coverage, overdue units and the compilation. */
export function buildDemandCoverage(ctx: BuildContext): DemandCoverage[] {
  const { vis, at } = ctx;
  const titleOf = (id: string): string | null => {
    const record = ctx.byId.get(id);
    return record ? String((record.data as { title?: unknown }).title ?? '') : null;
  };
  return (ctx.config.control_demands ?? []).flatMap((demand) => {
    if (!parseDuration(demand.every)) return [];
    const scope = demandScope(ctx.register, demand);
    const items = ctx.items.filter((i) => i.rule === 'control-demand' && i.demand === demand.id);
    const unitItems = items.filter((i) => !i.compilation);
    const compilation = items.find((i) => i.compilation);
    const covered = unitItems.filter((i) => i.last !== null && compareDates(addDuration(i.last, demand.every), at) >= 0).length;
    const overdue = unitItems.filter((i) => i.status === 'overdue');
    const namesShown = vis.audience === 'internal' || demandNamesUnits(scope, demand);
    const types = new Set(scope.map((u) => u.data.type));
    const noun = types.size === 1 ? ([...types][0] as string) : types.size === 0 ? (demand.unit_type ?? 'unit') : 'unit';
    const basis = demandBasis(demand, titleOf);
    return [
      {
        id: demand.id,
        title: demand.title,
        area: demand.area,
        area_label: valueWording('area', demand.area),
        method: demand.method,
        method_label: valueWording('demand_method', demand.method),
        every: demand.every,
        every_label: wording({ key: 'duration', duration: demand.every }),
        first_due: isValidDate(demand.first_due) ? demand.first_due : null,
        basis_label: basis.type === 'default' ? null : wording({ key: 'demand_basis', basis }),
        covered,
        in_scope: unitItems.length,
        coverage_label: wording({ key: 'coverage', covered, in_scope: unitItems.length, noun }),
        overdue_count: overdue.length,
        overdue: namesShown ? overdue.map((i) => vis.ref(i.id)).filter((ref) => ref.id !== null).sort((a, b) => compareKeys(a.id, b.id)) : [],
        names_shown: namesShown,
        compilation: compilation
          ? { unit: vis.ref(compilation.id), due: compilation.due, status: compilation.status, status_label: statusWording(compilation.status), last: compilation.last }
          : null,
      },
    ];
  });
}
