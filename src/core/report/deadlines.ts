import type { DeadlineBasis, DeadlineItem, DeadlineStatus, RuleName } from '../check/engine.js';
import { enumLabel } from '../../i18n/labels.js';
import { compareStrings } from '../problem.js';
import type { BuildContext } from './context.js';
import type { RecordRef } from './model.js';

// The report's last section as a council member reads it: the deadlines grouped by the area
// of the report they belong to and by the unit responsible, each with the record's title and
// what it rests on. The words ("Följa upp styrdokumentet …") come from the phrase catalogue
// when the report is rendered: the model carries codes, names and dates.

/** The areas of the report a deadline belongs to, in the report's order. */
export const DEADLINE_AREAS = ['incidents', 'risks', 'documents', 'controls', 'actions', 'exercises', 'sites', 'agreements'] as const;

/** An area of the report. */
export type DeadlineArea = (typeof DEADLINE_AREAS)[number];

/** The area of each rule. */
export const RULE_AREAS: Record<RuleName, DeadlineArea> = {
  'document-review': 'documents',
  'document-lso': 'documents',
  'risk-review': 'risks',
  'risk-unassessed': 'risks',
  'risk-untreated': 'risks',
  'control-due': 'controls',
  'finding-unreported': 'controls',
  'control-demand': 'controls',
  'action-due': 'actions',
  'incident-open': 'incidents',
  'incident-authority': 'incidents',
  training: 'exercises',
  'site-fire': 'sites',
  'site-intrusion': 'sites',
  'agreement-end': 'agreements',
  'agreement-review': 'agreements',
  'grant-report': 'agreements',
};

/** One deadline as the report's last section shows it. */
export interface DeadlineEntry {
  status: DeadlineStatus;
  rule: RuleName;
  due: string | null;
  /** The record's title; for a unit's own item (training, control demands) the unit's name. */
  title: string;
  /** The exercise topic of a training item, in words. */
  topic_label?: string;
  /** The authority of an incident's report, in words. */
  authority_label?: string;
  /** The control demand's title, and whether the item is its compilation. */
  demand_title?: string;
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
  /** By the unit's name (none last). */
  owners: DeadlineOwnerGroup[];
}

/** The whole section: totals and the areas that have a deadline. */
export interface DeadlineSection {
  overdue: number;
  due: number;
  unlisted: number;
  areas: DeadlineAreaGroup[];
}

/** The unit responsible for an item's record: a unit's own item is its own; else `owner`, or `unit` of incidents and controls. */
function ownerOf(ctx: BuildContext, item: DeadlineItem): RecordRef | null {
  const record = ctx.byId.get(item.id);
  if (!record) return null;
  const data = record.data as { owner?: unknown; unit?: unknown };
  const id = record.kind === 'unit' ? record.id : typeof data.owner === 'string' ? data.owner : typeof data.unit === 'string' ? data.unit : null;
  if (id === null) return null;
  const ref = ctx.vis.ref(id);
  const unit = ctx.byId.get(id);
  // The unit's full name, not its short form: the section is read outside the organisation too.
  return ref.id === null || !unit ? ref : { id: ref.id, label: String(unit.data.title) };
}

/**
 * The deadline section of the report from the overdue and due items: `listed` are those the
 * audience may see (the rest are counted per area).
 */
export function buildDeadlineSection(ctx: BuildContext, due: readonly DeadlineItem[], listed: ReadonlySet<DeadlineItem>, documentTitle: (id: string) => string | null): DeadlineSection {
  const demands = new Map((ctx.config.control_demands ?? []).map((d) => [d.id, d]));
  const areas = new Map<DeadlineArea, { overdue: number; due: number; unlisted: number; owners: Map<string, DeadlineOwnerGroup> }>();
  for (const item of due) {
    const area = RULE_AREAS[item.rule];
    let group = areas.get(area);
    if (!group) {
      group = { overdue: 0, due: 0, unlisted: 0, owners: new Map() };
      areas.set(area, group);
    }
    if (item.status === 'overdue') group.overdue += 1;
    else group.due += 1;
    if (!listed.has(item)) {
      group.unlisted += 1;
      continue;
    }
    const record = ctx.byId.get(item.id);
    const owner = ownerOf(ctx, item);
    const entry: DeadlineEntry = {
      status: item.status,
      rule: item.rule,
      due: item.due,
      title: record ? String(record.data.title) : item.id,
      ...(item.topic !== undefined ? { topic_label: enumLabel('topic', item.topic, ctx.lang, ctx.config.exercise_topics ?? []) } : {}),
      ...(item.authority !== undefined ? { authority_label: enumLabel('authority', item.authority, ctx.lang) } : {}),
      ...(item.demand !== undefined ? { demand_title: demands.get(item.demand)?.title ?? item.demand } : {}),
      ...(item.compilation ? { compilation: true } : {}),
      basis: item.basis,
      basis_document: item.basis.type === 'document' ? documentTitle(item.basis.source) : null,
    };
    const key = owner === null ? '' : `${owner.label}\u0000${owner.id ?? ''}`;
    const ownerGroup = group.owners.get(key) ?? { owner, entries: [] };
    ownerGroup.entries.push(entry);
    group.owners.set(key, ownerGroup);
  }
  const result: DeadlineSection = { overdue: 0, due: 0, unlisted: 0, areas: [] };
  for (const area of DEADLINE_AREAS) {
    const group = areas.get(area);
    if (!group) continue;
    result.overdue += group.overdue;
    result.due += group.due;
    result.unlisted += group.unlisted;
    // Units by name (a locale's order would differ between machines: code units), no unit last.
    const owners = [...group.owners.entries()].sort(([a], [b]) => (a === '' || b === '' ? Number(a === '') - Number(b === '') : compareStrings(a, b))).map(([, g]) => g);
    result.areas.push({ area, overdue: group.overdue, due: group.due, unlisted: group.unlisted, owners });
  }
  return result;
}
