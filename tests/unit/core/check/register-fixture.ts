import { expect } from 'vitest';
import { addDays } from '../../../../src/core/calendar/date.js';
import { evaluateDeadlines, type DeadlineItem, type RuleName } from '../../../../src/core/check/engine.js';
import type { KindName, RecordTypes } from '../../../../src/core/kinds.js';
import type { AnyRecord, RegisterData } from '../../../../src/core/model.js';
import type { SakConfig } from '../../../../src/core/record-types.js';
import type { Lang } from '../../../../src/i18n/lang.js';
import { describeDeadlines } from '../../../../src/i18n/check-messages.js';

/** A loaded record built from an object literal. */
function record<K extends KindName>(kind: K, data: RecordTypes[K]): AnyRecord {
  return { kind, id: data.id, file: `${kind}/${data.id}.yaml`, data } as AnyRecord;
}

type Extra<K extends KindName> = Partial<RecordTypes[K]>;

/** A governing document (type policy, owner kommunstyrelsen unless given). */
export const documentRecord = (id: string, extra: Extra<'document'> = {}): AnyRecord =>
  record('document', { id, title: `Titel ${id}`, type: 'policy', owner: 'kommunstyrelsen', ...extra });

/** A requirement (type law). */
export const requirementRecord = (id: string, extra: Extra<'requirement'> = {}): AnyRecord =>
  record('requirement', { id, title: `Titel ${id}`, type: 'law', ...extra });

/** A risk. */
export const riskRecord = (id: string, extra: Extra<'risk'> = {}): AnyRecord =>
  record('risk', { id, title: `Titel ${id}`, owner: 'kommunstyrelsen', area: 'fire_safety', ...extra });

/** A control (frequency P1Y unless given). */
export const controlRecord = (id: string, extra: Extra<'control'> = {}): AnyRecord =>
  record('control', { id, title: `Titel ${id}`, unit: 'kommunstyrelsen', area: 'fire_safety', frequency: 'P1Y', ...extra });

/** An action (planned unless given). */
export const actionRecord = (id: string, extra: Extra<'action'> = {}): AnyRecord =>
  record('action', { id, title: `Titel ${id}`, owner: 'kommunstyrelsen', status: 'planned', ...extra });

/** An incident (low, open unless given). */
export const incidentRecord = (id: string, extra: Extra<'incident'> = {}): AnyRecord =>
  record('incident', { id, title: `Titel ${id}`, date: '2026-01-01', unit: 'kommunstyrelsen', category: 'other', severity: 'low', status: 'open', ...extra });

/** An exercise. */
export const exerciseRecord = (id: string, extra: Extra<'exercise'> & Pick<RecordTypes['exercise'], 'date' | 'topic' | 'units'>): AnyRecord =>
  record('exercise', { id, title: `Titel ${id}`, type: 'drill', ...extra });

/** A unit. */
export const unitRecord = (id: string, type: RecordTypes['unit']['type'], extra: Extra<'unit'> = {}): AnyRecord =>
  record('unit', { id, title: `Titel ${id}`, type, ...extra });

/** A site. */
export const siteRecord = (id: string, extra: Extra<'site'> = {}): AnyRecord => record('site', { id, title: `Titel ${id}`, ...extra });

/** An agreement (supplier, owner kommunstyrelsen, active unless given). */
export const agreementRecord = (id: string, extra: Extra<'agreement'> = {}): AnyRecord =>
  record('agreement', { id, title: `Titel ${id}`, type: 'supplier', owner: 'kommunstyrelsen', status: 'active', ...extra });

/** A register of these records with a minimal sak.yaml plus `config`. */
export function makeRegister(records: AnyRecord[], config: Partial<SakConfig> = {}): RegisterData {
  return { config: { format: 1, municipality: 'Testkommun', ...config }, records };
}

/** Every item at `at` (horizon P90D unless given). */
export function check(register: RegisterData, at: string, options: { horizon?: string; lang?: Lang } = {}): DeadlineItem[] {
  return describeDeadlines(evaluateDeadlines(register, { at, horizon: options.horizon ?? 'P90D' }), options.lang ?? 'sv');
}

/** Which item: rule and id, plus ref, topic or authority (and stage) where the rule has several items per record. */
export interface ItemSelector {
  rule: RuleName;
  id: string;
  ref?: string;
  topic?: string;
  authority?: string;
  stage?: string;
}

/** The items matching a selector. */
export function select(items: readonly DeadlineItem[], s: ItemSelector): DeadlineItem[] {
  return items.filter(
    (i) =>
      i.rule === s.rule &&
      i.id === s.id &&
      (s.ref === undefined || i.ref === s.ref) && (s.topic === undefined || i.topic === s.topic) &&
      (s.authority === undefined || i.authority === s.authority) &&
      (s.stage === undefined || i.stage === s.stage),
  );
}

/** The one item matching a selector at `at`; fails the test if there is not exactly one. */
export function itemAt(register: RegisterData, at: string, s: ItemSelector, options: { horizon?: string; lang?: Lang } = {}): DeadlineItem {
  const found = select(check(register, at, options), s);
  expect(found, `${s.rule} ${s.id} at ${at}`).toHaveLength(1);
  return found[0] as DeadlineItem;
}

/** Asserts that no item matches a selector at `at`. */
export function expectNoItem(register: RegisterData, at: string, s: Partial<ItemSelector> & { rule: RuleName }): void {
  const found = check(register, at).filter((i) => i.rule === s.rule && (s.id === undefined || i.id === s.id));
  expect(found, `${s.rule} ${s.id ?? ''} at ${at}`).toEqual([]);
}

/**
 * Asserts the item's due date and its status the day before (due), on (due) and the day
 * after (overdue) that date: fails if the arithmetic is off by one day either way.
 */
export function expectEdges(register: RegisterData, s: ItemSelector, due: string): void {
  const seen = ([-1, 0, 1] as const).map((offset) => {
    const at = addDays(due, offset);
    const item = itemAt(register, at, s);
    return { at, due: item.due, status: item.status };
  });
  expect(seen).toEqual([
    { at: addDays(due, -1), due, status: 'due' },
    { at: due, due, status: 'due' },
    { at: addDays(due, 1), due, status: 'overdue' },
  ]);
}
