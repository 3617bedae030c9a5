import { DEFAULT_BASIS, lawBasis, parseBasis, type DeadlineBasis } from './basis.js';
import { addDays, compareDates, formatDate, isValidDate, parseDate } from '../calendar/date.js';
import { addDuration, addMonths, parseDuration } from '../calendar/duration.js';
import { recordsOf, type LoadedRecord, type RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import type { SakConfig } from '../record-types.js';
import type { DemandBasis, DemandPeriod } from './demand-types.js';
import { happenedBy, isActive, type RuleContext } from './rule-context.js';
import type { RuleEvaluator, RuleFinding } from './rule-finding.js';

export type { DemandBasis, DemandPeriod } from './demand-types.js';

// Rule `control-demand` (docs/register-format.md, "Control demands"): what sak.yaml
// demands of every unit in a scope, answered by controls that name the demand.

/** One entry of `control_demands` in sak.yaml. */
export type ControlDemand = NonNullable<SakConfig['control_demands']>[number];


/** The units a demand applies to: the active units of its `unit_type` and those it lists, sorted by id. */
export function demandScope(register: RegisterData, demand: ControlDemand): LoadedRecord<'unit'>[] {
  const listed = new Set(demand.units ?? []);
  return recordsOf(register, 'unit')
    .filter((unit) => isActive(unit) && ((demand.unit_type !== undefined && unit.data.type === demand.unit_type) || listed.has(unit.id)))
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** The unit and, when the demand inherits, its ancestors (parent, its parent, …); a cycle in `parent` ends the walk. */
export function answeringUnits(unitId: string, demand: ControlDemand, parentOf: ReadonlyMap<string, string | undefined>): string[] {
  if (demand.inherit !== true) return [unitId];
  const chain: string[] = [];
  for (let id: string | undefined = unitId; id !== undefined && !chain.includes(id); id = parentOf.get(id)) chain.push(id);
  return chain;
}

/** The number of whole months of a duration with no weeks or days (P1Y → 12), else null: only such a demand can be compiled by period. */
export function wholeMonths(duration: string): number | null {
  const d = parseDuration(duration);
  if (!d || d.weeks !== 0 || d.days !== 0) return null;
  const months = d.years * 12 + d.months;
  return months > 0 ? months : null;
}

/**
 * The period of `months` months that holds `date`. Periods are counted from January of
 * year 0, so P1Y gives calendar years, P6M half-years, P3M quarters and P2Y pairs of
 * years that start in even years.
 */
export function periodOf(date: string, months: number): DemandPeriod {
  const { year, month } = parseDate(date);
  const index = year * 12 + (month - 1);
  const start = index - (((index % months) + months) % months);
  const from = formatDate({ year: Math.floor(start / 12), month: (start % 12) + 1, day: 1 });
  return { from, to: addDays(addMonths(from, months), -1) };
}

/** The period just before one. */
export function previousPeriod(period: DemandPeriod, months: number): DemandPeriod {
  return periodOf(addMonths(period.from, -months), months);
}

/** The compilation of a period is due by the last day of the month after the period's last month. */
export function compilationDue(period: DemandPeriod): string {
  const nextMonth = addDays(period.to, 1);
  return addDays(addMonths(nextMonth, 1), -1);
}

/** The latest of some dates (full dates), or null. */
function latest(dates: readonly string[]): string | null {
  let best: string | null = null;
  for (const date of dates) if (best === null || compareDates(date, best) > 0) best = date;
  return best;
}

/** The dates of a control's executions that count at `at`: performed (result not `not_performed`) and dated by then. */
function performedDates(control: LoadedRecord<'control'>, at: string): string[] {
  return (control.data.performed ?? []).filter((p) => p.result !== 'not_performed' && isValidDate(p.date) && happenedBy(p.date, at)).map((p) => p.date);
}

/** What a demand's follow-up rests on: the active controls that answer it, by the unit they cover. */
function controlsByUnit(register: RegisterData, demand: ControlDemand): Map<string, LoadedRecord<'control'>[]> {
  const byUnit = new Map<string, LoadedRecord<'control'>[]>();
  for (const control of recordsOf(register, 'control')) {
    if (!isActive(control) || control.data.demand !== demand.id) continue;
    byUnit.set(control.data.unit, [...(byUnit.get(control.data.unit) ?? []), control]);
  }
  return byUnit;
}

/** The active controls answering a demand for a unit: its own, and with `inherit` its ancestors'. */
export function answeringControls(register: RegisterData, demand: ControlDemand, unitId: string): LoadedRecord<'control'>[] {
  const parentOf = new Map(recordsOf(register, 'unit').map((u) => [u.id, u.data.parent]));
  const byUnit = controlsByUnit(register, demand);
  return answeringUnits(unitId, demand, parentOf).flatMap((id) => byUnit.get(id) ?? []);
}

/**
 * The ids of the active controls that rule `control-demand` follows up: those answering a
 * demand of sak.yaml for a unit in its scope (or an ancestor of one, when the demand
 * inherits) or for its compiling unit. Rule `control-due` leaves these to it.
 */
export function demandFollowedControls(register: RegisterData, config: SakConfig): Set<string> {
  const followed = new Set<string>();
  const parentOf = new Map(recordsOf(register, 'unit').map((u) => [u.id, u.data.parent]));
  for (const demand of config.control_demands ?? []) {
    const byUnit = controlsByUnit(register, demand);
    const covering = new Set(demandScope(register, demand).flatMap((unit) => answeringUnits(unit.id, demand, parentOf)));
    if (demand.compiled_by !== undefined) covering.add(demand.compiled_by);
    for (const [unit, controls] of byUnit) if (covering.has(unit)) for (const c of controls) followed.add(c.id);
  }
  return followed;
}


/** A demand's `basis` (`{document}`, `{law}` or `default`, as elsewhere in sak.yaml), with the document's title. */
export function demandBasis(demand: ControlDemand, titleOf: (id: string) => string | null): DemandBasis {
  const basis = parseBasis(demand.basis);
  if (basis === undefined || basis.type === 'default') return { type: 'default' };
  if (basis.type === 'document') return { type: 'document', id: basis.source, title: titleOf(basis.source) };
  return { type: 'law', citation: basis.source };
}

/** Rule `control-demand`: one item per unit in each demand's scope, and one for its compiling unit. */
export const controlDemand: RuleEvaluator<'control-demand'> = (ctx: RuleContext) => {
  const out: RuleFinding<'control-demand'>[] = [];
  const units = recordsOf(ctx.register, 'unit');
  const unitById = new Map(units.map((u) => [u.id, u]));
  const parentOf = new Map(units.map((u) => [u.id, u.data.parent]));
  const titleOf = (id: string): string | null => {
    const record = ctx.byId.get(id);
    return record ? String((record.data as { title?: unknown }).title ?? '') : null;
  };
  for (const demand of ctx.config.control_demands ?? []) {
    const every = parseDuration(demand.every) ? demand.every : null;
    if (!every) continue;
    const firstDue = isValidDate(demand.first_due) ? demand.first_due : null;
    const basis = demandBasis(demand, titleOf);
    const byUnit = controlsByUnit(ctx.register, demand);
    const common = { demand: demand.id, demandTitle: demand.title, every, firstDue, basis };
    // The item's basis (rules.md "basis"): the demand's document or citation, else default.
    const itemBasis: DeadlineBasis = basis.type === 'document' ? { type: 'document', source: basis.id } : basis.type === 'law' ? lawBasis(basis.citation) : DEFAULT_BASIS;
    // Executions of the units in scope, for the compilation below.
    const unitExecutions: string[] = [];
    for (const unit of demandScope(ctx.register, demand)) {
      const answering = answeringUnits(unit.id, demand, parentOf).flatMap((id) => byUnit.get(id) ?? []);
      const dates = answering.flatMap((control) => performedDates(control, ctx.at));
      unitExecutions.push(...dates);
      const last = latest(dates);
      let due = last === null ? firstDue : addDuration(last, every);
      if (due !== null && firstDue !== null && compareDates(due, firstDue) < 0) due = firstDue;
      const finalDue = due;
      const controls = answering.map((c) => c.id).sort(compareStrings);
      out.push({
        id: unit.id,
        kind: 'unit',
        due: finalDue,
        last,
        basis: itemBasis,
        demand: demand.id,
        params: { ...common, id: unit.id, title: unit.data.title, due: finalDue, last, part: 'unit', controls },
      });
    }
    const compiler = demand.compiled_by === undefined ? undefined : unitById.get(demand.compiled_by);
    const months = wholeMonths(every);
    if (!compiler || months === null) continue;
    const compilations = (byUnit.get(compiler.id) ?? []).flatMap((control) => performedDates(control, ctx.at));
    const lastCompiled = latest(compilations);
    const current = periodOf(ctx.at, months);
    const previous = previousPeriod(current, months);
    const lastInPrevious = latest(unitExecutions.filter((d) => compareDates(d, previous.from) >= 0 && compareDates(d, previous.to) <= 0));
    // The previous period's results must be compiled after its last execution; until they are, that is the item.
    const pending = lastInPrevious !== null && !compilations.some((d) => compareDates(d, lastInPrevious) >= 0);
    const period = pending ? previous : current;
    const due = compilationDue(period);
    out.push({
      id: compiler.id,
      kind: 'unit',
      due,
      last: lastCompiled,
      basis: itemBasis,
      demand: demand.id,
      compilation: true,
      params: { ...common, id: compiler.id, title: compiler.data.title, due, last: lastCompiled, part: 'compilation', controls: (byUnit.get(compiler.id) ?? []).map((c) => c.id).sort(compareStrings), period, pending },
    });
  }
  return out;
};
