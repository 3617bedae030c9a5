import { addDays, compareDates, formatPartialDate, isValidDate } from '../calendar/date.js';
import { addDuration, parseDuration } from '../calendar/duration.js';
import { recordsOf } from '../model.js';
import { currentRisk, latestAssessment } from '../risk.js';
import type { SiteRecord } from '../record-types.js';
import { labelled } from '../labelled.js';
import { basisFor, lawBasis } from './basis.js';
import { incidentDuties, reportingDuties } from './reporting-duties.js';
import { controlDemand, demandFollowedControls } from './control-demand.js';
import { findingDuty, findingReportDue, missingRecipients, reportComplete } from './finding-duty.js';
import { documentLso, documentReview } from './document-rules.js';
import { agreementEnd, agreementReview, grantReport } from './agreement-rules.js';
import { RULE_NAMES, type RuleName } from './rule-names.js';
import { durationOr, happenedBy, isActive, latestEvent, type RuleContext } from './rule-context.js';
import type { RuleEvaluator, RuleFinding } from './rule-finding.js';

// One evaluator per rule of rules.md. A new rule is its name in rule-names.ts, its message's
// parameters in check-params.ts, its entry in RULES, and its message and label in
// i18n/check-messages.ts: the compiler demands each of them. A rule returns data; the edge
// makes the words.

/** Default risk review interval when neither the risk nor sak.yaml sets one. */
export const DEFAULT_RISK_REVIEW = 'P1Y';
/** Default days an incident may stay open (`incident_open_days`). */
export const DEFAULT_INCIDENT_OPEN_DAYS = 30;
/** How long an adequate site assessment lasts. */
export const SITE_ASSESSMENT_VALIDITY = 'P1Y';

const riskReview: RuleEvaluator<'risk-review'> = (ctx) => {
  const out: RuleFinding<'risk-review'>[] = [];
  for (const record of recordsOf(ctx.register, 'risk')) {
    const assessment = latestAssessment(record.data, ctx.at);
    if (!isActive(record) || !assessment) continue;
    const interval = durationOr(record.data.review, ctx.config.risk_review ?? DEFAULT_RISK_REVIEW, DEFAULT_RISK_REVIEW);
    const due = addDuration(assessment.date, interval);
    out.push({
      id: record.id,
      kind: 'risk',
      due,
      last: assessment.date,
      basis: basisFor(ctx.config, 'risk-review', record.data.basis),
      params: { id: record.id, title: record.data.title, due, interval, last: assessment.date },
    });
  }
  return out;
};

const riskUnassessed: RuleEvaluator<'risk-unassessed'> = (ctx) =>
  recordsOf(ctx.register, 'risk')
    .filter((record) => isActive(record) && !latestAssessment(record.data, ctx.at))
    .map((record) => ({
      id: record.id,
      kind: 'risk',
      due: null,
      last: null,
      basis: basisFor(ctx.config, 'risk-unassessed', record.data.basis),
      params: { id: record.id, title: record.data.title, due: null },
    }));

const riskUntreated: RuleEvaluator<'risk-untreated'> = (ctx) => {
  const isOpenAction = (id: string): boolean => {
    const action = ctx.byId.get(id);
    return action?.kind === 'action' && (action.data.status === 'planned' || action.data.status === 'in_progress');
  };
  // An action is linked to a risk from either side: the risk's `actions`/`links`, or the action's `links`.
  const linkedFromActions = new Map<string, string[]>();
  for (const action of recordsOf(ctx.register, 'action')) {
    for (const target of action.data.links ?? []) linkedFromActions.set(target, [...(linkedFromActions.get(target) ?? []), action.id]);
  }
  const out: RuleFinding<'risk-untreated'>[] = [];
  for (const record of recordsOf(ctx.register, 'risk')) {
    const current = currentRisk(record.data, ctx.config, ctx.at);
    if (!isActive(record) || !current || (current.level !== 'high' && current.level !== 'critical')) continue;
    const linked = [...(record.data.actions ?? []), ...(record.data.links ?? []), ...(linkedFromActions.get(record.id) ?? [])];
    if (linked.some(isOpenAction)) continue;
    const { level, score } = current;
    out.push({
      id: record.id,
      kind: 'risk',
      due: null,
      last: current.assessment.date,
      basis: basisFor(ctx.config, 'risk-untreated', record.data.basis),
      params: { id: record.id, title: record.data.title, due: null, level, score },
    });
  }
  return out;
};

const controlDue: RuleEvaluator<'control-due'> = (ctx) => {
  const out: RuleFinding<'control-due'>[] = [];
  // A control that answers a demand of sak.yaml is followed up per unit by `control-demand`.
  const followed = demandFollowedControls(ctx.register, ctx.config);
  for (const record of recordsOf(ctx.register, 'control')) {
    if (!isActive(record) || followed.has(record.id)) continue;
    const control = record.data;
    const frequency = durationOr(control.frequency, 'P1Y');
    const performed = (control.performed ?? []).filter((p) => p.result !== 'not_performed').map((p) => p.date);
    const latest = latestEvent(performed, ctx.at);
    const last = latest === undefined ? null : formatPartialDate(latest);
    const due = last !== null ? addDuration(last, frequency) : isValidDate(control.start) ? control.start : null;
    out.push({
      id: record.id,
      kind: 'control',
      due,
      last,
      basis: basisFor(ctx.config, 'control-due', control.basis),
      params: { id: record.id, title: control.title, due, frequency, last },
    });
  }
  return out;
};

// Closing or retiring a control does not discharge the duty to report: no isActive() here.
// Who must receive the report and how soon is register data (sak.yaml `findings`).
const findingUnreported: RuleEvaluator<'finding-unreported'> = (ctx) => {
  const out: RuleFinding<'finding-unreported'>[] = [];
  const duty = findingDuty(ctx.config);
  const unitName = (id: string): string => {
    const unit = ctx.byId.get(id);
    return unit?.kind === 'unit' ? unit.data.title : id;
  };
  for (const record of recordsOf(ctx.register, 'control')) {
    (record.data.performed ?? []).forEach((execution, i) => {
      if (!happenedBy(execution.date, ctx.at)) return;
      (execution.findings ?? []).forEach((finding, j) => {
        if (finding.severity !== 'serious') return;
        const report = finding.reported && happenedBy(finding.reported.date, ctx.at) ? finding.reported : undefined;
        const missing = missingRecipients(report?.to, duty).map(unitName);
        const reported = report && reportComplete(report.to, duty) ? report.date : null;
        const due = findingReportDue(execution.date, duty);
        const to = (reported !== null ? (report?.to ?? []) : duty.reportTo).map(unitName);
        out.push({
          id: record.id,
          kind: 'control',
          due,
          last: execution.date,
          ref: `/performed/${i}/findings/${j}`,
          basis: basisFor(ctx.config, 'finding-unreported', record.data.basis),
          settled: reported !== null,
          params: { id: record.id, title: record.data.title, due, executed: execution.date, reported, missing, to, within: duty.within },
        });
      });
    });
  }
  return out;
};

const actionDue: RuleEvaluator<'action-due'> = (ctx) => {
  const out: RuleFinding<'action-due'>[] = [];
  for (const record of recordsOf(ctx.register, 'action')) {
    const action = record.data;
    const actionStatus = action.status;
    if ((actionStatus !== 'planned' && actionStatus !== 'in_progress') || !isValidDate(action.due)) continue;
    const due = action.due;
    out.push({
      id: record.id,
      kind: 'action',
      due,
      last: null,
      basis: basisFor(ctx.config, 'action-due', action.basis),
      params: { id: record.id, title: action.title, due, actionStatus },
    });
  }
  return out;
};

const incidentOpen: RuleEvaluator<'incident-open'> = (ctx) => {
  const days = Number.isInteger(ctx.config.incident_open_days) ? (ctx.config.incident_open_days as number) : DEFAULT_INCIDENT_OPEN_DAYS;
  const out: RuleFinding<'incident-open'>[] = [];
  for (const record of recordsOf(ctx.register, 'incident')) {
    const incident = record.data;
    if (!isActive(record) || !isValidDate(incident.date) || !happenedBy(incident.date, ctx.at)) continue;
    const due = addDays(incident.date, days);
    out.push({
      id: record.id,
      kind: 'incident',
      due,
      last: incident.date,
      basis: basisFor(ctx.config, 'incident-open'),
      params: { id: record.id, title: incident.title, due, date: incident.date, days },
    });
  }
  return out;
};

// A closed incident still had to be reported: no isActive() here. One item per duty of the
// table of reporting-duties.ts (built-in, changed or added by sak.yaml `reporting`).
const incidentAuthority: RuleEvaluator<'incident-authority'> = (ctx) => {
  const duties = reportingDuties(ctx.config);
  const out: RuleFinding<'incident-authority'>[] = [];
  for (const record of recordsOf(ctx.register, 'incident')) {
    const incident = record.data;
    for (const { duty, due, reported } of incidentDuties(incident, duties, ctx.at)) {
      // What happened: the KIA type where the duty rests on it (olycksfall, tillbud), else the category.
      const category =
        duty.when.kiaTypes && incident.kia
          ? labelled('kia_type', incident.kia.type)
          : labelled('category', incident.category, ctx.config.incident_categories ?? []);
      out.push({
        id: record.id,
        kind: 'incident',
        due,
        last: incident.date,
        // A duty of the law rests on its provision; a local one added in sak.yaml on what sak.yaml says.
        basis: duty.citation !== null ? lawBasis(duty.citation) : basisFor(ctx.config, 'incident-authority', duty.basis),
        authority: duty.authority,
        ...(duty.stage !== undefined ? { stage: duty.stage } : {}),
        settled: reported !== null,
        params: {
          id: record.id,
          title: incident.title,
          due,
          date: incident.date,
          category,
          authority: duty.authority,
          ...(duty.stage !== undefined ? { stage: duty.stage } : {}),
          within: duty.within,
          citation: duty.citation,
          reported,
        },
      });
    }
  }
  return out;
};

const training: RuleEvaluator<'training'> = (ctx) => {
  const units = recordsOf(ctx.register, 'unit');
  const parentOf = new Map(units.map((u) => [u.id, u.data.parent]));
  const exercises = recordsOf(ctx.register, 'exercise').filter((e) => isValidDate(e.data.date) && happenedBy(e.data.date, ctx.at));
  const out: RuleFinding<'training'>[] = [];
  for (const requirement of ctx.config.training ?? []) {
    const every = parseDuration(requirement.every) ? requirement.every : null;
    if (!every) continue;
    const firstDue = isValidDate(requirement.first_due) ? requirement.first_due : null;
    const types: readonly string[] | undefined = requirement.types;
    const named = new Set(requirement.units ?? []);
    // The latest exercise of this topic (and of one of `types`, when given) per unit named in it.
    const latestByUnit = new Map<string, string>();
    for (const exercise of exercises) {
      if (exercise.data.topic !== requirement.topic || (types && !types.includes(exercise.data.type))) continue;
      for (const unit of exercise.data.units ?? []) {
        const seen = latestByUnit.get(unit);
        if (seen === undefined || compareDates(exercise.data.date, seen) > 0) latestByUnit.set(unit, exercise.data.date);
      }
    }
    const topic = labelled('topic', requirement.topic, ctx.config.exercise_topics ?? []);
    const typeValues = types?.map((t) => labelled('exercise_type', t)) ?? null;
    // The units of unit_type and the units named in `units` (either or both).
    for (const unit of units) {
      if (!(unit.data.type === requirement.unit_type || named.has(unit.id)) || !isActive(unit)) continue;
      let last: string | null = null;
      // The unit and its ancestors; `visited` guards against a cycle in `parent`.
      const visited = new Set<string>();
      for (let id: string | undefined = unit.id; id !== undefined && !visited.has(id); id = parentOf.get(id)) {
        visited.add(id);
        const date = latestByUnit.get(id);
        if (date !== undefined && (last === null || compareDates(date, last) > 0)) last = date;
      }
      let due = last === null ? firstDue : addDuration(last, every);
      if (due !== null && firstDue !== null && compareDates(due, firstDue) < 0) due = firstDue;
      const finalDue = due;
      out.push({
        id: unit.id,
        kind: 'unit',
        due: finalDue,
        last,
        topic: requirement.topic,
        basis: basisFor(ctx.config, 'training', requirement.basis),
        params: { id: unit.id, title: unit.data.title, due: finalDue, topic, every, last, firstDue, types: typeValues },
      });
    }
  }
  return out;
};

function siteProtection(rule: 'site-fire' | 'site-intrusion', field: 'fire_protection' | 'intrusion_protection'): RuleEvaluator<'site-fire' | 'site-intrusion'> {
  return (ctx) =>
    recordsOf(ctx.register, 'site').map((record) => {
      const site: SiteRecord = record.data;
      // A site without the block is treated as one whose protection is unknown.
      const protection = site[field]?.status ?? 'unknown';
      const assessedAt = site[field]?.assessed;
      const assessed = isValidDate(assessedAt) && happenedBy(assessedAt, ctx.at) ? assessedAt : null;
      const due = protection === 'adequate' && assessed !== null ? addDuration(assessed, SITE_ASSESSMENT_VALIDITY) : null;
      return {
        id: record.id,
        kind: 'site',
        due,
        last: assessed,
        basis: basisFor(ctx.config, rule),
        params: { id: record.id, title: site.title, due, protection, assessed },
      };
    });
}

/** Every rule of rules.md, by name, in the order of its table (rule-names.ts names them). */
export const RULES = {
  'document-review': documentReview,
  'document-lso': documentLso,
  'risk-review': riskReview,
  'risk-unassessed': riskUnassessed,
  'risk-untreated': riskUntreated,
  'control-due': controlDue,
  'finding-unreported': findingUnreported,
  'action-due': actionDue,
  'incident-open': incidentOpen,
  'incident-authority': incidentAuthority,
  training,
  'control-demand': controlDemand,
  'site-fire': siteProtection('site-fire', 'fire_protection'),
  'site-intrusion': siteProtection('site-intrusion', 'intrusion_protection'),
  'agreement-end': agreementEnd,
  'agreement-review': agreementReview,
  'grant-report': grantReport,
} satisfies { [R in RuleName]: RuleEvaluator<R> }; // every rule, each giving its own message's parameters

export { RULE_NAMES };
export type { RuleName };

/** Runs one rule. */
export function runRule<R extends RuleName>(rule: R, ctx: RuleContext): RuleFinding<R>[] {
  // RULES gives each rule the evaluator of its own parameters (checked where RULES is written).
  return (RULES[rule] as RuleEvaluator<RuleName> as RuleEvaluator<R>)(ctx);
}
