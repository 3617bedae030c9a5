import type { DeadlineBasis, DeadlineStatus, RuleName } from '../check/engine.js';
import type { KindName } from '../kinds.js';
import type { RiskLevel } from '../risk.js';
import type { PeriodKind } from './period.js';
import type { ReportDocument } from './document.js';
import type { SummaryKey, Trend, Wording, Worded } from './wording.js';

export type { SummaryKey, Trend } from './wording.js';

// The report model: core builds it with codes, numbers, names and dates, and a Wording where a
// label or sentence goes (ReportCore); render/report-wording.ts puts those in the language of the
// output (ReportModel), which `sak report --format json` prints as it is and templates get.
// Key order here is the order of the JSON. The keys of report.md come first in each
// object, additions after them. Every list is sorted (see each field). In the public audience no string of a record appears except
// its id and title, enum values and their labels, dates and references (builder.ts).

/** Who the report is for: `public` (no free text, nothing classified 2 or higher) or `internal`. */
export type Audience = 'public' | 'internal';

/** The audiences, default first. */
export const AUDIENCES: readonly Audience[] = ['public', 'internal'];

/** A count of records under a key (an enum value or a unit id; null for units not shown publicly). */
export interface CountRow {
  key: string | null;
  label: string | Wording;
  count: number;
}

/** A reference to another record: its id and label; id null when the record is not shown. */
export interface RecordRef {
  id: string | null;
  label: string | Wording;
}

/** Counts by severity (low, medium, high, serious). */
export interface SeverityCounts {
  low: number;
  medium: number;
  high: number;
  serious: number;
}

/** A key figure with the previous period beside it; `ratio` figures are `value` of `of`. */
export interface SummaryRow {
  key: SummaryKey;
  label: Wording;
  kind: 'count' | 'sek' | 'ratio';
  value: number;
  /** Null when the register was not yet kept in the comparison period (shown as "–"). */
  previous: number | null;
  of?: number;
  previous_of?: number | null;
}

/** Incidents of a category with their cost. */
export interface CategoryRow extends CountRow {
  cost_sek: number;
}

/** A serious incident of the period. */
export interface SeriousIncident {
  id: string;
  date: string;
  title: string;
  status: string;
  status_label: Wording;
  category: string;
  category_label: Wording;
  unit: RecordRef;
  kia_type: string | null;
  kia_type_label: Wording | null;
  cost_sek: number | null;
  injured: number | null;
  /** The first report to the Work Environment Authority dated by the status date, or null (every duty: `authority_reports`). */
  reported_to_authority: string | null;
  /** Internal audience only. */
  description?: string;
}

/** The reports one duty to an authority asked of the period's incidents (rules.md, `incident-authority`): counts only. */
export interface AuthorityReportRow {
  authority: string;
  /** The report of a staged duty (early_warning, notification, final_report), or null. */
  stage: string | null;
  /** The authority, and the stage where there is one: "CSIRT-enheten (cybersäkerhetslagen): tidig varning". */
  label: Wording;
  /** The law it rests on ("AML 3 kap. 3 a §"), or null for a duty of sak.yaml without one. */
  citation: string | null;
  /** Incidents of the period the duty applies to. */
  required: number;
  /** Reports made by the status date. */
  made: number;
  /** Of those, made by the due date. */
  on_time: number;
  /** Not made and past the due date at the status date. */
  missed: number;
  /** Not made and not yet due. */
  pending: number;
  /** Internal audience only: the incidents whose report is missed, by date then id. */
  missing?: { id: string; date: string; title: string; due: string }[];
}

/** Section 3: incidents dated in the period (and by the status date). */
export interface IncidentSection {
  total: number;
  /** Null when the register was not yet kept in the comparison period. */
  previous_total: number | null;
  serious: number;
  cost_sek: number;
  /** Count descending, then key. */
  by_category: CategoryRow[];
  /** Every month of the period in calendar order, zeros included. */
  by_month: { month: string; count: number; label: Wording }[];
  /** Count descending, then key. */
  by_unit: CountRow[];
  by_severity: SeverityCounts;
  /** `week` for a quarter or a range of at most 92 days, else `month`. */
  time_unit: 'month' | 'week';
  /** Every ISO week of the period in calendar order, zeros included; empty when time_unit is month. */
  by_week: { week: string; count: number; label: Wording }[];
  /** low, medium, high, serious in that order. */
  severity_rows: CountRow[];
  /** Count descending, then key; incidents without a KIA type are in `without_kia`. */
  by_kia_type: CountRow[];
  without_kia: number;
  /** Categories with a cost, cost descending, then key. */
  cost_by_category: CategoryRow[];
  /** By date, then id. */
  serious_list: SeriousIncident[];
  /** Serious incidents of the period not in `serious_list` (public: classified, or not classified 0). */
  serious_unlisted: number;
  /** One row per duty to report that applies to an incident of the period, in the order of the duties table. */
  authority_reports: AuthorityReportRow[];
}

/** A risk in the ranking. */
export interface RankedRisk {
  id: string;
  title: string;
  likelihood: number;
  consequence: number;
  score: number;
  level: RiskLevel;
  trend: Trend;
  level_label: Wording;
  trend_label: Wording;
  previous_score: number | null;
  assessed: string;
  area: string;
  area_label: Wording;
  owner: RecordRef;
}

/** One cell of the risk matrix as shown. */
export interface MatrixCell {
  consequence: number;
  count: number;
  score: number;
  level: RiskLevel;
  level_label: Wording;
}

/** Section 4: the active risks at the status date. */
export interface RiskSection {
  /** Active risks. */
  total: number;
  /** Active risks without an assessment by the status date. */
  unassessed: number;
  /** matrix[l-1][c-1]: active assessed risks whose latest assessment is (l, c). */
  matrix: number[][];
  /** Score descending, then id. */
  ranked: RankedRisk[];
  /** Risks with status closed. */
  closed: number;
  levels: { medium: number; high: number; critical: number };
  likelihood_labels: (string | Wording)[];
  consequence_labels: (string | Wording)[];
  /** The matrix as shown: likelihood N at the top down to 1, consequence 1 to M (sak.yaml `risk_matrix`). */
  grid: { likelihood: number; label: string | Wording; cells: MatrixCell[] }[];
  /** low, medium, high, critical in that order. */
  by_level: CountRow[];
  /** By id. */
  unassessed_list: { id: string; title: string; owner: RecordRef }[];
  /** High or critical without a planned or ongoing action, score descending, then id. */
  untreated: { id: string; title: string; score: number; level: RiskLevel; level_label: Wording }[];
  /** How many active risks are high or critical without an action, listed or not. */
  untreated_count: number;
}

/** An adoption or follow-up decision of a document. */
export interface Decision {
  /** As written: partial dates stay "2005". */
  date: string;
  body: RecordRef | null;
  paragraph: string | null;
  dnr: string | null;
}

/** Section 5: one governing document. */
export interface DocumentRow {
  id: string;
  title: string;
  /** The latest of adoption and follow-ups by the status date, as written; null if none. */
  last_event: string | null;
  /** The follow-up due date (null: adoption not recorded, or not followed up). */
  due: string | null;
  /** Follow-up status; `draft` for a draft (unless its adoption is overdue), null for `review: none`. */
  status: DeadlineStatus | 'draft' | null;
  type: string;
  type_label: Wording;
  document_status: string;
  document_status_label: Wording;
  status_label: Wording;
  review: string;
  review_label: Wording;
  adopted: Decision | null;
  /** What the adoption column says without `adopted`: "Inte antaget (utkast)" for a draft, else "Antagande ej registrerat". */
  adoption_missing_label: Wording;
  last_review: (Decision & { outcome: string; outcome_label: Wording }) | null;
  /** The `document-lso` rule where it applies. */
  lso: { due: string; status: DeadlineStatus; status_label: Wording; last_adoption: string | null } | null;
}

/** One execution of an internal control. */
export interface ExecutionRow {
  id: string;
  title: string;
  date: string;
  unit: RecordRef;
  area: string;
  area_label: Wording;
  result: string;
  result_label: Wording;
  findings: number;
}

/** A serious finding and its report. */
export interface SeriousFinding {
  id: string;
  title: string;
  /** JSON pointer to the finding in the control. */
  ref: string;
  date: string;
  reported: string | null;
  reported_to: RecordRef[];
  /** Reported to every unit of `findings.report_to` (or one unit) within `findings.within` of the execution. */
  on_time: boolean;
  status: DeadlineStatus;
  status_label: Wording;
  /** Internal audience only. */
  description?: string;
}

/** Section 6: internal control. */
export interface ControlSection {
  /** Active controls. */
  active: number;
  /** Executions dated in the period, result not `not_performed`. */
  performed: number;
  /** Findings of the executions in the period. */
  findings: SeverityCounts;
  /** Executions in the period recorded as not performed. */
  not_performed: number;
  /** Active controls due in the period: due at its start (or never done) with the due date by its end. */
  due: number;
  /** Of those, how many were performed in the period. */
  due_performed: number;
  findings_rows: CountRow[];
  /** Executions count descending, then unit, then area. */
  by_unit_area: { unit: RecordRef; area: string; area_label: Wording; count: number; findings: number }[];
  /** By date, then id. */
  executions: ExecutionRow[];
  /** By date, then id, then ref. */
  serious_findings: SeriousFinding[];
  /** Each control demand of sak.yaml at the status date, in the order of sak.yaml. */
  demands: DemandCoverage[];
  /** The units every serious finding must be reported to (sak.yaml `findings.report_to`); empty: any one unit. */
  finding_report_to: RecordRef[];
  /** How soon, in words: "omgående" for P1D, else "inom 3 dagar" (sak.yaml `findings.within`). */
  finding_within: Wording;
}

/** A control demand of sak.yaml: how many units in its scope are covered, which are overdue. */
export interface DemandCoverage {
  id: string;
  title: string;
  area: string;
  area_label: Wording;
  method: string;
  method_label: Wording;
  every: string;
  every_label: Wording;
  first_due: string | null;
  /** What the demand rests on: the document's title and id, or the law citation; null when none is given. */
  basis_label: Wording | null;
  /** Units in scope with an execution whose interval still runs at the status date. */
  covered: number;
  in_scope: number;
  /** "1 av 2 förvaltningar". */
  coverage_label: Wording;
  /** Units in scope whose item is overdue at the status date. */
  overdue_count: number;
  /** The overdue units by id, when the audience may see their names (public: demands on organisational units only). */
  overdue: RecordRef[];
  /** False when a public report gives counts only: the scope holds schools, teams or roles (places and people). */
  names_shown: boolean;
  /** The compilation by the demand's `compiled_by`, if any. */
  compilation: { unit: RecordRef; due: string | null; status: DeadlineStatus; status_label: Wording; last: string | null } | null;
}

/** An action in a list. */
export interface ActionRow {
  id: string;
  title: string;
  status: string;
  status_label: Wording;
  owner: RecordRef;
  due: string | null;
  done: string | null;
}

/** Section 7: the action plan at the status date. */
export interface ActionSection {
  by_status: { planned: number; in_progress: number; done: number; cancelled: number };
  /** Open actions whose due date is before the status date, by id. */
  overdue: string[];
  done_in_period: number;
  total: number;
  status_rows: CountRow[];
  /** Done in the period, by done date, then id. */
  completed: ActionRow[];
  /** By id. */
  overdue_list: ActionRow[];
  /** Planned and in progress: by due date (none last), then id. */
  open: ActionRow[];
}

/** One training or drill. */
export interface ExerciseRow {
  id: string;
  date: string;
  title: string;
  type: string;
  type_label: Wording;
  topic: string;
  topic_label: Wording;
  units: RecordRef[];
  participants: number | null;
  hours: number | null;
  /** Internal audience only. */
  evaluation?: string;
}

/** A unit's standing against a training requirement. */
export interface TrainingUnit {
  id: string;
  title: string;
  /** The latest exercise of the topic by the status date for the unit or an ancestor. */
  last: string | null;
  due: string | null;
  status: DeadlineStatus;
  status_label: Wording;
}

/** One `training` entry of sak.yaml and the units it applies to. */
export interface TrainingRequirement {
  topic: string;
  topic_label: Wording;
  /** The unit type the demand applies to, if it names one. */
  unit_type: string | null;
  /** Whom it applies to, in words: the unit type (lower case) and the units named in `units`. */
  applies_to_label: Wording;
  /** The exercise types that count, in words ("övning eller möte"); null: all. */
  types_label: Wording | null;
  every: string;
  every_label: Wording;
  first_due: string | null;
  /** Units with an exercise whose interval still runs at the status date, by id. */
  met: TrainingUnit[];
  /** The other units, by id. */
  unmet: TrainingUnit[];
  met_count: number;
  unmet_count: number;
}

/** Section 8: training and drills dated in the period. */
export interface ExerciseSection {
  total: number;
  participants: number;
  /** Count descending, then key. */
  by_topic: { key: string; label: Wording; count: number; participants: number }[];
  hours: number;
  /** training, drill in that order. */
  by_type: CountRow[];
  /** By date, then id. */
  list: ExerciseRow[];
  /** In the order of sak.yaml. */
  requirements: TrainingRequirement[];
}

/** The fire or intrusion protection of a site. */
export interface Protection {
  status: string;
  status_label: Wording;
  assessed: string | null;
  /** Internal audience only. */
  note?: string;
}

/** One site. */
export interface SiteRow {
  id: string;
  title: string;
  type: string | null;
  type_label: Wording | null;
  fire: Protection;
  intrusion: Protection & { alarm: boolean | null };
  /** Fire or intrusion protection deficient. */
  deficient: boolean;
  /** Internal audience only. */
  address?: string;
}

/** Section 9: sites. */
export interface SiteSection {
  total: number;
  fire: { adequate: number; deficient: number; unknown: number };
  intrusion: { adequate: number; deficient: number; unknown: number };
  deficient_count: number;
  /** By id. */
  list: SiteRow[];
  /** Deficient sites in `list`, and those left out of it (public: classified, or not classified 0). */
  deficient_listed: number;
  deficient_unlisted: number;
}

/** An agreement in the agreements section's list. */
export interface AgreementRow {
  id: string;
  title: string;
  type: string;
  type_label: Wording;
  status: string;
  status_label: Wording;
  owner: RecordRef;
  /** The counterparty is a public body (`counterparty_public: true`). */
  public_body: boolean;
  start: string | null;
  end: string | null;
  /** Internal audience only: the counterparty's name. */
  counterparty?: string;
}

/** An agreement-end or grant-report item of an agreement, overdue or due within twelve months. */
export interface AgreementDeadlineRow {
  id: string;
  title: string;
  type_label: Wording;
  end: string | null;
  due: string | null;
  status: DeadlineStatus;
  status_label: Wording;
}

/** A follow-up of an agreement's requirements dated in the period. */
export interface AgreementFollowupRow {
  id: string;
  title: string;
  date: string;
  result: string;
  result_label: Wording;
  findings: number;
  /** Internal audience only. */
  note?: string;
}

/** The agreements section (issue "Every municipality", item 3). */
export interface AgreementSection {
  /** Every agreement, ended ones included. */
  total: number;
  /** Planned and active agreements (not ended). */
  current: number;
  by_status: { planned: number; active: number; ended: number };
  /** Planned and active agreements by type: count descending, then the schema's order. */
  by_type: CountRow[];
  /** Planned and active agreements the audience may see, by id (public: those with a public body). */
  list: AgreementRow[];
  /** Planned and active agreements not in `list`. */
  unlisted: number;
  /** agreement-end items not ok, as `sak check` sorts them, of agreements in `list`. */
  ending: AgreementDeadlineRow[];
  ending_count: number;
  ending_unlisted: number;
  /** Follow-ups dated in the period, by date, then id. */
  followups: AgreementFollowupRow[];
  followups_count: number;
  followups_unlisted: number;
  /** Follow-ups of the period with the result `deviations`. */
  deviations: number;
  /** The findings of the period's follow-ups by severity. */
  findings: SeverityCounts;
  /** grant-report items not ok, as `sak check` sorts them. */
  grant_reports: AgreementDeadlineRow[];
  grant_reports_count: number;
  grant_reports_unlisted: number;
}

/** Section 10: an item of `sak check`, overdue or due within twelve months of the status date. */
export interface DeadlineRow {
  status: DeadlineStatus;
  rule: RuleName;
  id: string;
  due: string | null;
  kind: KindName;
  ref?: string;
  topic?: string;
  /** The authority and stage of an `incident-authority` item. */
  authority?: string;
  stage?: string;
  /** The control demand of a `control-demand` item, and whether the item is its compilation. */
  demand?: string;
  compilation?: boolean;
  last: string | null;
  /** What the deadline rests on (law, governing document, chosen interval). */
  basis: DeadlineBasis;
  /** The basis in words for a council member: "enligt lag (…)", "enligt styrdokument (title)", "valt intervall". */
  basis_label: Wording;
  message: Wording;
  status_label: Wording;
  rule_label: Wording;
}

/** The areas of the report a deadline belongs to, in the report's order. */
export const DEADLINE_AREAS = ['incidents', 'risks', 'documents', 'controls', 'actions', 'exercises', 'sites', 'agreements'] as const;

/** An area of the report. */
export type DeadlineArea = (typeof DEADLINE_AREAS)[number];

/** One deadline as the report's last section shows it. */
export interface DeadlineEntry {
  status: DeadlineStatus;
  rule: RuleName;
  due: string | null;
  /** The record's title; for a unit's own item (training, control demands) the unit's name. */
  title: string;
  /** The exercise topic of a training item, and its label as the training section gives it. */
  topic?: string;
  topic_label?: string | Wording;
  /** The authority of an incident's report (its code: the template names it). */
  authority?: string;
  /** The control demand's title, and whether the item is its compilation. */
  demand_title?: string;
  /** A document's follow-up: how its due date was found (adoption not recorded, a new adoption due …), which names the task. */
  mode?: string;
  compilation?: boolean;
  basis: DeadlineBasis;
  /** The governing document a `document` basis names, by its title; null when the audience may not see it. */
  basis_document: string | null;
}

/** The deadlines of one unit within an area. */
export interface DeadlineOwnerGroup {
  /** The unit responsible (by its name), null when the record names none. */
  owner: RecordRef | null;
  /** Most urgent first, as `sak check` sorts. */
  entries: DeadlineEntry[];
}

/** The deadlines of one area: counts of all, the listed ones by unit. */
export interface DeadlineAreaGroup {
  area: DeadlineArea;
  overdue: number;
  due: number;
  /** Of those, how many the audience sees only as a count. */
  unlisted: number;
  /** By the unit's name (none last): in the words of the output, so render/ sorts them. */
  owners: DeadlineOwnerGroup[];
}

/** The whole section: totals and the areas that have a deadline. */
export interface DeadlineSection {
  overdue: number;
  due: number;
  unlisted: number;
  areas: DeadlineAreaGroup[];
}

/** The whole report as core builds it, its words as Wordings (key order: the JSON's). */
export interface ReportCore {
  format: 1;
  municipality: string;
  period: { from: string; to: string; kind: PeriodKind; label: Wording };
  at: string;
  audience: Audience;
  source: ReportSource;
  /** Records left out of every list (public: classification 2 or higher). */
  omitted: number;
  incidents: IncidentSection;
  risks: RiskSection;
  /** By id. */
  documents: DocumentRow[];
  controls: ControlSection;
  actions: ActionSection;
  exercises: ExerciseSection;
  /** As `sak check` sorts. */
  deadlines: DeadlineRow[];
  /** The language of the output. */
  lang: Wording;
  /**
   * The comparison period. `kept` is false when no record (units and requirements aside) is
   * known to have existed by its status date: its figures are then null, not zeros.
   * `started_on`: the earliest day a record is known from.
   */
  previous_period: { from: string; to: string; at: string; label: Wording; kept: boolean; started_on: string | null };
  summary: SummaryRow[];
  sites: SiteSection;
  /** Overdue and due items of records a public report does not list (classified, or incidents, risks, sites and agreements not listed publicly). */
  deadlines_unlisted: number;
  /** True when the status date is before the period's end: the report is preliminary. */
  preliminary: boolean;
  /** The report's title in its language, "Preliminär årsrapport … per 3 december 2026" when preliminary. */
  title: Wording;
  /** The title without the subject and the date, for a browser tab: "Preliminär årsrapport 2026". */
  short_title: Wording;
  agreements: AgreementSection;
  /** Section 10 as a council member reads it: the overdue and due deadlines by area and unit (the words are the phrase catalogue's). */
  deadline_section: DeadlineSection;
  /**
   * The report as a municipal document (reports/<period>/ of the register): metadata and the
   * coordinator's own text per section; absent when the register has no folder for the period.
   */
  document?: ReportDocument;
}

/** Where the register came from: its commit (short hash, null when not under version control) and whether the work tree differed. */
export interface ReportSource {
  commit: string | null;
  dirty: boolean;
}

/** The whole report in the words of its language: what `sak report --format json` prints and the templates get. */
export type ReportModel = Worded<ReportCore>;
