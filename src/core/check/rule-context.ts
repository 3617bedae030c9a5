import type { Lang } from '../../i18n/lang.js';
import { compareDates, isPartialDate, partialDateEnd } from '../calendar/date.js';
import { isValidDuration } from '../calendar/duration.js';
import { getKind, type KindName } from '../kinds.js';
import type { AnyRecord, LoadedRecord, RegisterData } from '../model.js';
import type { SakConfig } from '../record-types.js';
import type { DeadlineBasis } from './basis.js';
import type { DeadlineStatus } from './deadline-status.js';

/** What a rule reads: the register, the evaluation date and the language of messages. */
export interface RuleContext {
  register: RegisterData;
  config: SakConfig;
  /** The evaluation date D; only events on or before it count. */
  at: string;
  lang: Lang;
  byId: ReadonlyMap<string, AnyRecord>;
}

/** What a rule finds about one record (or part of one), before the engine gives it a status. */
export interface RuleFinding {
  id: string;
  kind: KindName;
  due: string | null;
  last: string | null;
  ref?: string;
  topic?: string;
  /** The authority and stage of an `incident-authority` item. */
  authority?: string;
  stage?: string;
  /** The control demand of a `control-demand` item (the id of its entry in sak.yaml). */
  demand?: string;
  /** True on the item of a demand's compiling unit (`compiled_by`). */
  compilation?: boolean;
  /** What the deadline rests on: law, a governing document, or a chosen interval. */
  basis: DeadlineBasis;
  /** The duty has been discharged (e.g. a report was made): ok whatever the due date. */
  settled?: boolean;
  /** The message for the status the engine gives the finding. */
  message(status: DeadlineStatus): string;
}

/** A rule: reads the register, returns its findings. */
export type RuleEvaluator = (ctx: RuleContext) => RuleFinding[];

/** True when an event dated so counts at `at`: a partial date is read as its last day (register.md), so "2026-11" counts from 2026-11-30. */
export function happenedBy(date: unknown, at: string): date is string | number {
  return isPartialDate(date) && compareDates(partialDateEnd(date), at) <= 0;
}

/** The latest of some event dates that count at `at` (partial dates read as their last day); undefined if none. */
export function latestEvent(dates: readonly unknown[], at: string): string | number | undefined {
  let latest: string | number | undefined;
  for (const date of dates) {
    if (!happenedBy(date, at)) continue;
    if (latest === undefined || compareDates(partialDateEnd(date), partialDateEnd(latest)) >= 0) latest = date;
  }
  return latest;
}

/** False for a record whose status ends its follow-up (kinds table: repealed, retired, closed, done, …). */
export function isActive(record: AnyRecord | LoadedRecord): boolean {
  const status = (record.data as { status?: unknown }).status;
  return typeof status !== 'string' || !getKind(record.kind).inactiveStatuses.includes(status);
}

/** The duration if valid, else the first valid fallback. */
export function durationOr(value: unknown, ...fallbacks: string[]): string {
  for (const candidate of [value, ...fallbacks]) if (isValidDuration(candidate)) return candidate;
  throw new RangeError('no valid duration');
}
