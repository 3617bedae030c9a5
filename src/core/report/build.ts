import { addDays, compareDates, isValidDate } from '../calendar/date.js';
import { evaluateDeadlines, type DeadlineFinding, type RuleName } from '../check/engine.js';
import { occasionalFacts } from '../check/deadline-item.js';
import { indexById, type RegisterData } from '../model.js';
import { buildActions, countActions } from './actions.js';
import { buildAgreements } from './agreements.js';
import type { BuildContext } from './context.js';
import { sumExact } from './context.js';
import { buildControls, controlsDue } from './controls.js';
import { buildDeadlineSection } from './deadlines.js';
import { buildDocuments, countOverdueDocuments, DOCUMENT_RULES } from './documents.js';
import { buildExercises, exercisesIn, sumParticipants } from './exercises.js';
import { buildIncidents, incidentsIn } from './incidents.js';
import type { Audience, DeadlineRow, ReportCore, ReportSource, SummaryKey, SummaryRow } from './model.js';
import { registerKnownAt } from './known-from.js';
import { previousPeriod, previousStatusDate, type ReportPeriod } from './period.js';
import { buildRisks, countHighRisks } from './risks.js';
import { buildSites } from './sites.js';
import { buildReportDocument, type ReportDocumentInput } from './document.js';
import { createVisibility } from './visibility.js';
import { statusWording, wording } from './wording.js';

/** How far ahead the report's deadlines reach: "due within twelve months after the status date". */
export const REPORT_HORIZON = 'P12M';

/** What a report is built from besides the register. */
export interface ReportOptions {
  period: ReportPeriod;
  /** The status date; default the period's last day. */
  at?: string;
  audience: Audience;
  /** The register's commit and work-tree state, read by the caller. */
  source: ReportSource;
  /** The report folder of the period (reports/<period>/), when the register has one. */
  document?: ReportDocumentInput;
  /** The day each record file was added to Git (register-relative path → YYYY-MM-DD), read by the caller. */
  addedDates?: ReadonlyMap<string, string>;
}

/** The key figures of one period at one status date. */
interface Figures {
  incidents: number;
  serious_incidents: number;
  cost_sek: number;
  open_actions: number;
  overdue_actions: number;
  documents_overdue: number;
  high_risks: number;
  controls: { performed: number; due: number };
  exercises: number;
  participants: number;
}

/** The deadlines at a date: of every rule, or of those a figure needs (each evaluation reads the whole register). */
function deadlinesAt(register: RegisterData, at: string, rules?: readonly RuleName[]): DeadlineFinding[] {
  return evaluateDeadlines(register, { at, horizon: REPORT_HORIZON, ...(rules ? { rules } : {}) });
}

/** What `controlsDue` reads of the deadlines as a period began. */
const CONTROL_RULES: readonly RuleName[] = ['control-due', 'control-demand'];

function figures(register: RegisterData, period: ReportPeriod, at: string, itemsAt: readonly DeadlineFinding[], itemsBefore: readonly DeadlineFinding[]): Figures {
  const incidents = incidentsIn(register, period, at);
  const exercises = exercisesIn(register, period, at);
  const actions = countActions(register, at);
  return {
    incidents: incidents.length,
    serious_incidents: incidents.filter((i) => i.data.severity === 'serious').length,
    cost_sek: sumExact(incidents.map((i) => i.data.cost_sek)),
    open_actions: actions.open,
    overdue_actions: actions.overdue,
    documents_overdue: countOverdueDocuments(itemsAt),
    high_risks: countHighRisks(register, at),
    controls: controlsDue(register, period, at, itemsBefore),
    exercises: exercises.length,
    participants: sumParticipants(exercises),
  };
}

/** The key figures; the previous ones null when the register was not yet kept in the comparison period. */
function summaryRows(current: Figures, previous: Figures | null): SummaryRow[] {
  const row = (key: SummaryKey, kind: SummaryRow['kind'], value: number, prev: number | undefined): SummaryRow => ({ key, label: wording({ key: 'summary', figure: key }), kind, value, previous: prev ?? null });
  return [
    row('incidents', 'count', current.incidents, previous?.incidents),
    row('serious_incidents', 'count', current.serious_incidents, previous?.serious_incidents),
    row('cost_sek', 'sek', current.cost_sek, previous?.cost_sek),
    row('open_actions', 'count', current.open_actions, previous?.open_actions),
    row('overdue_actions', 'count', current.overdue_actions, previous?.overdue_actions),
    row('documents_overdue', 'count', current.documents_overdue, previous?.documents_overdue),
    row('high_risks', 'count', current.high_risks, previous?.high_risks),
    { ...row('controls', 'ratio', current.controls.performed, previous?.controls.performed), of: current.controls.due, previous_of: previous?.controls.due ?? null },
    row('exercises', 'count', current.exercises, previous?.exercises),
    row('participants', 'count', current.participants, previous?.participants),
  ];
}

/**
 * Builds the report model of report.md from a valid register: pure, deterministic, every list
 * sorted, in no language (its labels and sentences are Wordings, put in words by
 * render/report-model.ts). Throws RangeError on an invalid status date (the CLI checks flags first).
 */
export function buildReportCore(register: RegisterData, options: ReportOptions): ReportCore {
  const { period, audience, source } = options;
  const at = options.at ?? period.to;
  if (!isValidDate(at)) throw new RangeError(`not a calendar date: ${JSON.stringify(at)}`);
  const preliminary = compareDates(at, period.to) < 0;
  const previous = previousPeriod(period);
  const previousAt = previousStatusDate(period, previous, at);
  const byId = indexById(register);
  const vis = createVisibility(audience, byId);
  const items = deadlinesAt(register, at);
  const itemsBefore = deadlinesAt(register, addDays(period.from, -1), CONTROL_RULES);
  const ctx: BuildContext = { register, config: register.config, period, at, end: compareDates(period.to, at) <= 0 ? period.to : at, vis, byId, items };

  const current = figures(register, period, at, items, itemsBefore);
  // The comparison period sees only the records known to have existed by its status date.
  const then = registerKnownAt(register, previousAt, options.addedDates);
  const past = then.register;
  const before = figures(past, previous, previousAt, deadlinesAt(past, previousAt, DOCUMENT_RULES), deadlinesAt(past, addDays(previous.from, -1), CONTROL_RULES));

  // Sections run in the order of the report; each asks `vis` before it lists a record.
  const incidents = buildIncidents(ctx, then.kept ? before.incidents : null);
  const risks = buildRisks(ctx);
  const documents = buildDocuments(ctx);
  const controls = buildControls(ctx, itemsBefore);
  const actions = buildActions(ctx);
  const exercises = buildExercises(ctx);
  const sites = buildSites(ctx);
  const agreements = buildAgreements(ctx);
  // A governing document is named by its title, or not at all when the audience may not see it.
  const documentTitle = (id: string): string | null => {
    const record = byId.get(id);
    return record?.kind === 'document' && vis.shows(record) ? record.data.title : null;
  };
  const due = items.filter((item) => item.status !== 'ok');
  // A public report names no unit of a demand on places or people (counted in deadlines_unlisted).
  const countedOnly = new Set(audience === 'public' ? controls.demands.filter((d) => !d.names_shown).map((d) => d.id) : []);
  const listed = due.filter((item) => {
    if (item.demand !== undefined && countedOnly.has(item.demand)) return false;
    const record = byId.get(item.id);
    return record === undefined || vis.shows(record);
  });
  const deadlineSection = buildDeadlineSection(ctx, due, new Set(listed), documentTitle, new Map(exercises.requirements.map((r) => [r.topic, r.topic_label])));
  const deadlines: DeadlineRow[] = listed.map((item) => ({
    status: item.status,
    rule: item.rule,
    id: item.id,
    due: item.due,
    kind: item.kind,
    ...occasionalFacts(item),
    last: item.last,
    basis: item.basis,
    basis_label: wording({ key: 'basis', basis: item.basis, ...(item.basis.type === 'document' ? { document: documentTitle(item.basis.source) } : {}) }),
    message: wording({ key: 'deadline', finding: item }),
    status_label: statusWording(item.status),
    rule_label: wording({ key: 'rule', rule: item.rule }),
  }));
  const title = wording({ key: 'title', period, at, preliminary });

  return {
    format: 1,
    municipality: register.config.municipality,
    period: { from: period.from, to: period.to, kind: period.kind, label: wording({ key: 'period', period }) },
    at,
    audience,
    source: { commit: source.commit, dirty: source.dirty },
    omitted: vis.omitted(),
    incidents,
    risks,
    documents,
    controls,
    actions,
    exercises,
    deadlines,
    lang: wording({ key: 'lang' }),
    previous_period: { from: previous.from, to: previous.to, at: previousAt, label: wording({ key: 'period', period: previous }), kept: then.kept, started_on: then.startedOn },
    summary: summaryRows(current, then.kept ? before : null),
    sites,
    deadlines_unlisted: due.length - deadlines.length,
    preliminary,
    title,
    short_title: wording({ key: 'short_title', period, preliminary }),
    agreements,
    deadline_section: deadlineSection,
    ...(options.document ? { document: buildReportDocument(options.document, period.kind, title) } : {}),
  };
}
