import type { DeadlineFinding } from '../check/engine.js';
import type { AnyRecord, RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import type { SakConfig } from '../record-types.js';
import type { CountRow } from './model.js';
import type { ReportPeriod } from './period.js';
import type { Visibility } from './visibility.js';
import type { Wording } from './wording.js';

/** What every section builder reads. */
export interface BuildContext {
  register: RegisterData;
  config: SakConfig;
  period: ReportPeriod;
  /** The status date. */
  at: string;
  /** The last day that counts: the earlier of the period's end and the status date. */
  end: string;
  vis: Visibility;
  byId: ReadonlyMap<string, AnyRecord>;
  /** Every item of `sak check` at the status date, horizon twelve months. */
  items: readonly DeadlineFinding[];
}

/** Orders keys by code unit with null (records not shown) last. */
export function compareKeys(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareStrings(a, b);
}

/** report.md's order of count lists: count descending, then key. */
export function byCountThenKey<T extends { key: string | null; count: number }>(a: T, b: T): number {
  return b.count - a.count || compareKeys(a.key, b.key);
}

/** Orders by date, then id. */
export function byDateThenId<T extends { date: string; id: string }>(a: T, b: T): number {
  return compareStrings(a.date, b.date) || compareStrings(a.id, b.id);
}

/** Counts values into rows labelled by `label`, sorted by count descending, then key. */
export function countRows(keys: readonly (string | null)[], label: (key: string | null) => string | Wording): CountRow[] {
  const counts = new Map<string | null, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, label: label(key), count })).sort(byCountThenKey);
}

/** Adds amounts exactly to two decimals (money in öre, hours), so sums never show float noise. */
export function sumExact(values: readonly (number | undefined)[]): number {
  let cents = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) cents += Math.round(v * 100);
  return cents / 100;
}
