import type { KindName } from '../kinds.js';
import { compareStrings } from '../problem.js';
import type { DeadlineBasis } from './basis.js';
import { dutyKey, type Authority, type ReportStage } from './reporting-duties.js';
import { DEADLINE_STATUSES, type DeadlineStatus } from './deadline-status.js';
import type { RuleName } from './rule-names.js';
import type { CheckMessageParams } from './check-params.js';

export { DEADLINE_STATUSES, type DeadlineStatus };

/** What every deadline of `sak check` says besides its text (cli.md, json shape), with the event it was computed from. */
export interface DeadlineFacts {
  status: DeadlineStatus;
  rule: RuleName;
  /** The record the item is about (for `training`, the unit). */
  id: string;
  kind: KindName;
  /** The due date, or null when the thing was never done and has no date to be done by. */
  due: string | null;
  /** A JSON pointer into the record when the item is about a part of it (`/performed/0/findings/1`). */
  ref?: string;
  /** The exercise topic of a `training` item. */
  topic?: string;
  /** The authority of an `incident-authority` item (`sak.yaml` `reporting`). */
  authority?: string;
  /** The report of a staged duty (early_warning, notification, final_report). */
  stage?: string;
  /** The control demand of a `control-demand` item (its id in sak.yaml's `control_demands`). */
  demand?: string;
  /** True on a `control-demand` item about the compilation by the demand's `compiled_by` unit. */
  compilation?: boolean;
  /** The last event the due date was computed from, as written (partial dates stay "2005"); null if none. */
  last: string | null;
  /** What the deadline rests on: `law` (with the citation), `document` (the governing document's id) or `default` (a chosen interval). */
  basis: DeadlineBasis;
}

/** The facts only some rules give an item. */
export type OccasionalFacts = Pick<DeadlineFacts, 'ref' | 'topic' | 'authority' | 'stage' | 'demand' | 'compilation'>;

/** The occasional facts an item has, in the order of the JSON output (a `compilation` only when true). */
export function occasionalFacts(item: OccasionalFacts): OccasionalFacts {
  return {
    ...(item.ref !== undefined ? { ref: item.ref } : {}),
    ...(item.topic !== undefined ? { topic: item.topic } : {}),
    ...(item.authority !== undefined ? { authority: item.authority } : {}),
    ...(item.stage !== undefined ? { stage: item.stage } : {}),
    ...(item.demand !== undefined ? { demand: item.demand } : {}),
    ...(item.compilation ? { compilation: true } : {}),
  };
}

/** One deadline as core finds it: its facts and the typed parameters of its rule's message (no text, no language). */
export type DeadlineFinding = { [R in RuleName]: Omit<DeadlineFacts, 'rule'> & { rule: R; params: CheckMessageParams[R] } }[RuleName];

/** One deadline as `sak check` shows it (cli.md, json shape): its facts and its message in the output's language. */
export interface DeadlineItem extends DeadlineFacts {
  /** What is expected, in the chosen language. */
  message: string;
}

/** The status of a due date at `at`: overdue before `at` or null, due up to `horizonEnd` inclusive, else ok. */
export function deadlineStatus(due: string | null, at: string, horizonEnd: string): DeadlineStatus {
  if (due === null || due < at) return 'overdue';
  return due <= horizonEnd ? 'due' : 'ok';
}

/** rules.md order: status (overdue, due, ok), due (null first), id, rule, then ref/topic/authority (stages in order)/demand (a unit's own item before its compilation); strings by code unit. */
export function compareDeadlineItems(a: DeadlineFacts, b: DeadlineFacts): number {
  return (
    DEADLINE_STATUSES.indexOf(a.status) - DEADLINE_STATUSES.indexOf(b.status) ||
    compareDue(a.due, b.due) ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(lastKey(a), lastKey(b)) ||
    Number(a.compilation ?? false) - Number(b.compilation ?? false)
  );
}

/** The last sort key: the part of the record, the topic, or the duty (its stages in the order they are due). */
function lastKey(item: DeadlineFacts): string {
  if (item.ref !== undefined || item.topic !== undefined) return item.ref ?? item.topic ?? '';
  if (item.demand !== undefined) return item.demand;
  if (item.authority === undefined) return '';
  return item.stage === undefined ? item.authority : dutyKey({ authority: item.authority as Authority, stage: item.stage as ReportStage });
}

function compareDue(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareStrings(a, b);
}

/** A sorted copy of the items (compareDeadlineItems). */
export function sortDeadlineItems<T extends DeadlineFacts>(items: readonly T[]): T[] {
  return [...items].sort(compareDeadlineItems);
}
