import { addDuration } from '../calendar/duration.js';
import type { SakConfig } from '../record-types.js';

/** How fast a serious finding must be reported when sak.yaml does not say: "omgående", the next day. */
export const DEFAULT_FINDING_WITHIN = 'P1D';

/** Who must receive a serious finding of internal control, and how fast (sak.yaml `findings`). */
export interface FindingDuty {
  /** Unit ids that must all be named in `reported.to`; empty: any one unit will do. */
  reportTo: readonly string[];
  /** ISO 8601 duration from the execution date. */
  within: string;
}

/** The reporting duty of serious findings as sak.yaml sets it, with sak's neutral defaults. */
export function findingDuty(config: Pick<SakConfig, 'findings'> | null | undefined): FindingDuty {
  return { reportTo: config?.findings?.report_to ?? [], within: config?.findings?.within ?? DEFAULT_FINDING_WITHIN };
}

/** The date by which a finding of an execution on `executed` must be reported. */
export function findingReportDue(executed: string, duty: FindingDuty): string {
  return addDuration(executed, duty.within);
}

/** The units of `report_to` not named in a report's `to` (all of them without a report); none when sak.yaml names none. */
export function missingRecipients(to: readonly string[] | undefined, duty: FindingDuty): string[] {
  return duty.reportTo.filter((unit) => !to?.includes(unit));
}

/** True when a report's `to` discharges the duty: every unit of `report_to`, or at least one unit when sak.yaml names none. */
export function reportComplete(to: readonly string[] | undefined, duty: FindingDuty): boolean {
  if (duty.reportTo.length === 0) return (to?.length ?? 0) > 0;
  return duty.reportTo.every((unit) => to?.includes(unit));
}
