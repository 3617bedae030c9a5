import { compareDates, isValidDate } from '../calendar/date.js';
import { addDuration } from '../calendar/duration.js';
import type { IncidentRecord, SakConfig } from '../record-types.js';
import { happenedBy } from './rule-context.js';

// The duties to report an incident to an authority (rules.md, `incident-authority`): one table,
// built-in duties with their legal source, changed, switched off or added to by `sak.yaml`
// `reporting:`. The rule and the report both read it, so that they never disagree.

/** An authority an incident can be reported to (`reported_to[].authority`). */
export type Authority = NonNullable<IncidentRecord['reported_to']>[number]['authority'];
/** One report of a staged duty (the cybersecurity act: early warning, notification, final report). */
export type ReportStage = NonNullable<NonNullable<IncidentRecord['reported_to']>[number]['stage']>;
/** The stages in the order they are due. */
export const REPORT_STAGES: readonly ReportStage[] = ['early_warning', 'notification', 'final_report'];

/** Which incidents a duty applies to: every condition given must hold (`sak.yaml` `when`). */
export interface DutyCondition {
  categories?: readonly string[];
  severities?: readonly IncidentRecord['severity'][];
  /** A yes/no field of the incident that must be true. */
  flag?: 'personal_data_breach' | 'police_report';
  /** Built-in only: the KIA types of which one must be recorded (work-related injury or near miss). */
  kiaTypes?: readonly NonNullable<IncidentRecord['kia']>['type'][];
  /** Built-in only: without a KIA type, the categories that stand for one of `kiaTypes` (an accident, threats and violence, a near miss). */
  kiaCategories?: readonly string[];
}

/** One duty to report: to whom, which incidents, by when, and on what it rests. */
export interface ReportingDuty {
  authority: Authority;
  stage?: ReportStage;
  when: DutyCondition;
  /** ISO duration from the incident's date (or, with `after`, from that earlier report). */
  within: string;
  /** The due date counts from the report of this stage (made, or else due). */
  after?: ReportStage;
  /** The law and provision it rests on; null for a local duty without one. */
  citation: string | null;
  /** The day the law came into force: an incident dated before it has no such duty. */
  inForce?: string;
  /** What a local duty rests on, as sak.yaml writes it (`{law}`, `{document}`, `default`). */
  basis?: unknown;
  /** True when sak.yaml added or changed it. */
  configured: boolean;
}

/** The citation of the Work Environment Act's duty (AML 3 kap. 3 a §, "utan dröjsmål"). */
export const AML_CITATION = 'AML 3 kap. 3 a §';
/** The incident categories that, without a KIA type, count as a work injury or serious near miss for the AML duty. */
export const AML_CATEGORIES: readonly string[] = ['accident', 'threat_violence', 'near_miss'];
/** The citation of the GDPR's duty to notify the supervisory authority (72 hours). */
export const GDPR_CITATION = 'GDPR art. 33';
/** The citation of the cybersecurity act's incident reporting (SFS 2025:1506, in force 2026-01-15). */
export const CYBERSECURITY_ACT_CITATION = 'cybersäkerhetslagen (2025:1506) 2 kap.';

/** The GDPR applies from 2018-05-25 (art. 99.2). */
export const GDPR_IN_FORCE = '2018-05-25';
/** The cybersecurity act came into force on 2026-01-15 (SFS 2025:1506). */
export const CYBERSECURITY_ACT_IN_FORCE = '2026-01-15';
/** The incidents sak asks the CSIRT reports of: serious information-security incidents. */
const CSIRT_WHEN: DutyCondition = { categories: ['information_security'], severities: ['serious'] };

/**
 * The built-in duties. Dates only, so "without delay" is the day after, 24 hours a day and
 * 72 hours three days; the clock runs from the incident's `date` (the law's from when the
 * municipality became aware of it, never earlier).
 */
export const BUILT_IN_DUTIES: readonly ReportingDuty[] = [
  // AML 3 kap. 3 a §: the employer reports a death, serious injury or serious near miss without delay.
  // Without a KIA type, a serious accident, threat or violence, or near miss (the categories
  // of personal injury and serious danger) is taken to be one: the duty needs no hidden field.
  {
    authority: 'work_environment_authority',
    when: { severities: ['serious'], kiaTypes: ['accident', 'near_miss'], kiaCategories: AML_CATEGORIES },
    within: 'P1D',
    citation: AML_CITATION,
    configured: false,
  },
  // GDPR art. 33.1: a personal-data breach to the supervisory authority (IMY) within 72 hours.
  // Applies from 2018-05-25 (GDPR art. 99.2).
  { authority: 'imy', when: { flag: 'personal_data_breach' }, within: 'P3D', citation: GDPR_CITATION, inForce: GDPR_IN_FORCE, configured: false },
  // Cybersäkerhetslagen (2025:1506) 2 kap. 5–8 §§ (NIS 2 art. 23.4), reported to the CSIRT unit
  // (cybersäkerhetsförordningen (2025:1507) 6 §): early warning within 24 hours, incident
  // notification within 72 hours, final report one month after the notification. Whether an
  // incident is "betydande" is the municipality's judgement; sak asks it of every serious
  // information-security incident (change `when` in sak.yaml to ask it of others).
  { authority: 'csirt', stage: 'early_warning', when: CSIRT_WHEN, within: 'P1D', citation: `${CYBERSECURITY_ACT_CITATION} 5 §`, inForce: CYBERSECURITY_ACT_IN_FORCE, configured: false },
  { authority: 'csirt', stage: 'notification', when: CSIRT_WHEN, within: 'P3D', citation: `${CYBERSECURITY_ACT_CITATION} 6 §`, inForce: CYBERSECURITY_ACT_IN_FORCE, configured: false },
  {
    authority: 'csirt',
    stage: 'final_report',
    when: CSIRT_WHEN,
    within: 'P1M',
    after: 'notification',
    citation: `${CYBERSECURITY_ACT_CITATION} 8 §`,
    inForce: CYBERSECURITY_ACT_IN_FORCE,
    configured: false,
  },
];

/** The authorities that have a built-in duty. */
export const BUILT_IN_AUTHORITIES: readonly Authority[] = [...new Set(BUILT_IN_DUTIES.map((d) => d.authority))];

type ReportingEntry = NonNullable<SakConfig['reporting']>[number];

function conditionOf(when: NonNullable<ReportingEntry['when']>): DutyCondition {
  return {
    ...(when.categories ? { categories: [...when.categories] } : {}),
    ...(when.severities ? { severities: [...when.severities] } : {}),
    ...(when.flag ? { flag: when.flag } : {}),
  };
}

/**
 * The duties of a register: the built-in ones, with each `sak.yaml` `reporting` entry applied
 * in order. An entry naming an authority (and stage, if given) that has built-in duties
 * switches them off (`off: true`) or replaces their `when`/`within`; an entry for any other
 * authority adds a local duty (it has `when` and `within`: the schema demands them).
 */
export function reportingDuties(config: SakConfig): ReportingDuty[] {
  let duties: ReportingDuty[] = BUILT_IN_DUTIES.map((d) => ({ ...d }));
  for (const entry of config.reporting ?? []) {
    const matches = (d: ReportingDuty) => d.authority === entry.authority && (entry.stage === undefined || d.stage === entry.stage);
    if (entry.off === true) {
      duties = duties.filter((d) => !matches(d));
      continue;
    }
    const existing = duties.filter(matches);
    if (existing.length > 0) {
      duties = duties.map((d) =>
        matches(d) ? { ...d, ...(entry.when ? { when: conditionOf(entry.when) } : {}), ...(entry.within ? { within: entry.within } : {}), configured: true } : d,
      );
    } else if (entry.when && entry.within) {
      // A local duty shows the law it rests on where its basis names one.
      const law = typeof entry.basis === 'object' && entry.basis !== null && typeof entry.basis.law === 'string' ? entry.basis.law : null;
      duties.push({
        authority: entry.authority,
        ...(entry.stage ? { stage: entry.stage } : {}),
        when: conditionOf(entry.when),
        within: entry.within,
        citation: law,
        ...(entry.basis !== undefined ? { basis: entry.basis } : {}),
        configured: true,
      });
    }
  }
  return duties;
}

/** True when the duty applies to the incident. */
export function dutyApplies(duty: ReportingDuty, incident: IncidentRecord): boolean {
  if (duty.inForce !== undefined && compareDates(incident.date, duty.inForce) < 0) return false;
  const { categories, severities, flag, kiaTypes, kiaCategories } = duty.when;
  if (categories && !categories.includes(incident.category)) return false;
  if (severities && !severities.includes(incident.severity)) return false;
  if (flag && incident[flag] !== true) return false;
  if (kiaTypes) {
    // A recorded KIA type decides; without one, the category stands for it (kiaCategories).
    const kiaType = incident.kia?.type;
    if (kiaType !== undefined ? !kiaTypes.includes(kiaType) : !(kiaCategories ?? []).includes(incident.category)) return false;
  }
  return true;
}

/** True when a report in `reported_to` counts for the duty: same authority, and the duty's stage (a report without a stage is the first one, the early warning). */
function countsFor(duty: ReportingDuty, report: NonNullable<IncidentRecord['reported_to']>[number]): boolean {
  if (report.authority !== duty.authority) return false;
  if (duty.stage === undefined) return true;
  return (report.stage ?? 'early_warning') === duty.stage;
}

/** The earliest report counting for the duty made by `at`, or null. */
export function reportMade(duty: ReportingDuty, incident: IncidentRecord, at: string): string | null {
  const dates = (incident.reported_to ?? []).filter((r) => countsFor(duty, r) && happenedBy(r.date, at)).map((r) => r.date);
  return dates.length > 0 ? ([...dates].sort(compareDates)[0] ?? null) : null;
}

/** The due date of the duty for the incident at `at` (with `after`: from that report, made or due). */
export function dutyDue(duty: ReportingDuty, incident: IncidentRecord, duties: readonly ReportingDuty[], at: string): string {
  if (duty.after !== undefined) {
    const earlier = duties.find((d) => d.authority === duty.authority && d.stage === duty.after);
    if (earlier) {
      const from = reportMade(earlier, incident, at) ?? dutyDue(earlier, incident, duties, at);
      return addDuration(from, duty.within);
    }
  }
  return addDuration(incident.date, duty.within);
}

/** One duty of one incident as it stands at `at`. */
export interface IncidentDuty {
  duty: ReportingDuty;
  due: string;
  /** The date of the report that discharged it, or null. */
  reported: string | null;
}

/** The duties that apply to an incident that happened by `at`, in table order. */
export function incidentDuties(incident: IncidentRecord, duties: readonly ReportingDuty[], at: string): IncidentDuty[] {
  if (!isValidDate(incident.date) || !happenedBy(incident.date, at)) return [];
  return duties.filter((d) => dutyApplies(d, incident)).map((duty) => ({ duty, due: dutyDue(duty, incident, duties, at), reported: reportMade(duty, incident, at) }));
}

/** A stable key of a duty: its authority, and its stage where it has one (`csirt/early_warning`). */
export function dutyKey(duty: Pick<ReportingDuty, 'authority' | 'stage'>): string {
  return duty.stage === undefined ? duty.authority : `${duty.authority}/${REPORT_STAGES.indexOf(duty.stage)}-${duty.stage}`;
}
