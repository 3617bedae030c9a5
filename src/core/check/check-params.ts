// The parameters of each rule's message: what a rule finds, as data. The words are made at
// the edge (src/i18n/check-messages.ts), in the language of the output; a rule never sees it.
import type { RiskLevel } from '../risk.js';
import type { LabelledValue } from '../labelled.js';
import type { DemandBasis, DemandPeriod } from './demand-types.js';
import type { Authority, ReportStage } from './reporting-duties.js';
import type { DeadlineStatus } from './deadline-status.js';
import type { RuleName } from './rule-names.js';

/** What every check message names: the record, its status and due date. */
export interface CheckSubject {
  id: string;
  title: string;
  status: DeadlineStatus;
  due: string | null;
}

/**
 * document-review: how the due date was found. `unknown`: neither adoption nor follow-up is
 * recorded; `readopt_unknown`: no adoption of a `readopt` document; `draft_readopt`: a draft
 * that must be adopted this period.
 */
export interface DocumentReviewParams extends CheckSubject {
  mode: 'mandate' | 'interval' | 'next_review' | 'readopt' | 'unknown' | 'readopt_unknown' | 'draft_readopt';
  /** The last event (readopt: the last adoption), as written. */
  last?: string;
  /** True when the document is adopted anew each period (`review: readopt`, or an LSO programme). */
  readopt?: boolean;
  /** `review_within` of a readopt document. */
  within?: string;
  /** The review interval (ISO duration) when mode is `interval`. */
  interval?: string;
}

/** document-lso: the last adoption as written, or null if unknown. */
export interface DocumentLsoParams extends CheckSubject {
  lastAdoption: string | null;
  /** The first day a programme could follow the new rules. */
  newRulesFrom: string;
}

/** risk-review: the interval and the latest assessment. */
export interface RiskReviewParams extends CheckSubject {
  interval: string;
  last: string;
}

/** risk-untreated: the current level and score. */
export interface RiskUntreatedParams extends CheckSubject {
  level: RiskLevel;
  score: number;
}

/** control-due: the frequency and the latest execution (null: never performed). */
export interface ControlDueParams extends CheckSubject {
  frequency: string;
  last: string | null;
}

/**
 * finding-unreported: the execution date, the report date if made, the names of the units
 * still missing (of sak.yaml `findings.report_to`), the names reported to (once reported)
 * or to report to, and how soon (`findings.within`).
 */
export interface FindingUnreportedParams extends CheckSubject {
  executed: string;
  reported: string | null;
  missing: readonly string[];
  to: readonly string[];
  within: string;
}

/** action-due: the action's status. */
export interface ActionDueParams extends CheckSubject {
  actionStatus: 'planned' | 'in_progress';
}

/** incident-open: the incident date and the configured number of days. */
export interface IncidentOpenParams extends CheckSubject {
  date: string;
  days: number;
}

/** incident-authority: the incident, the duty (authority, stage, time, source) and the report date if made. */
export interface IncidentAuthorityParams extends CheckSubject {
  date: string;
  /** What happened: the incident's category, or its KIA type where the duty rests on it. */
  category: LabelledValue;
  authority: Authority;
  stage?: ReportStage;
  /** How long after the incident (or the earlier report) the report is due, an ISO duration. */
  within: string;
  /** The law it rests on, or null for a local duty of sak.yaml. */
  citation: string | null;
  reported: string | null;
}

/** training: the topic, the interval, the latest exercise, first_due, and the exercise types that count (null: all). */
export interface TrainingParams extends CheckSubject {
  topic: LabelledValue;
  every: string;
  last: string | null;
  firstDue: string | null;
  types: readonly LabelledValue[] | null;
}

/** control-demand: the demand, the unit's controls and latest execution, or the compilation's period. */
export interface ControlDemandParams extends CheckSubject {
  demand: string;
  demandTitle: string;
  every: string;
  firstDue: string | null;
  last: string | null;
  basis: DemandBasis;
  /** `unit`: a unit in the demand's scope; `compilation`: the demand's compiling unit. */
  part: 'unit' | 'compilation';
  /** The active controls answering the demand for the unit (for a compilation: the compiling unit's). */
  controls: readonly string[];
  /** For a compilation: the period it is about, and whether its units' results still wait for it. */
  period?: DemandPeriod;
  pending?: boolean;
}

/** site-fire / site-intrusion: the protection status and its assessment date (null: never assessed). */
export interface SiteProtectionParams extends CheckSubject {
  protection: 'adequate' | 'deficient' | 'unknown';
  assessed: string | null;
}

/** agreement-end: the end, the notice period (null: none recorded) and whether the end has passed. */
export interface AgreementEndParams extends CheckSubject {
  end: string;
  notice: string | null;
  ended: boolean;
}

/** agreement-review: the follow-up interval and the latest follow-up (null: never followed up). */
export interface AgreementReviewParams extends CheckSubject {
  interval: string;
  last: string | null;
}

/** grant-report: the granting authority (null: not recorded) and the day the report was made (null: not yet). */
export interface GrantReportParams extends CheckSubject {
  authority: string | null;
  reported: string | null;
}

/** The parameters of each rule's message. */
export interface CheckMessageParams {
  'document-review': DocumentReviewParams;
  'document-lso': DocumentLsoParams;
  'risk-review': RiskReviewParams;
  'risk-unassessed': CheckSubject;
  'risk-untreated': RiskUntreatedParams;
  'control-due': ControlDueParams;
  'finding-unreported': FindingUnreportedParams;
  'action-due': ActionDueParams;
  'incident-open': IncidentOpenParams;
  'incident-authority': IncidentAuthorityParams;
  training: TrainingParams;
  'control-demand': ControlDemandParams;
  'site-fire': SiteProtectionParams;
  'site-intrusion': SiteProtectionParams;
  'agreement-end': AgreementEndParams;
  'agreement-review': AgreementReviewParams;
  'grant-report': GrantReportParams;
}

/** What a rule gives for one finding: its message's parameters less the status, which the engine decides. */
export type RuleParams<R extends RuleName> = Omit<CheckMessageParams[R], 'status'>;
