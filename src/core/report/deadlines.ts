import type { DeadlineFinding, RuleName } from '../check/engine.js';
import type { BuildContext } from './context.js';
import { DEADLINE_AREAS, type DeadlineArea, type DeadlineEntry, type DeadlineOwnerGroup, type DeadlineSection, type RecordRef } from './model.js';
import type { Wording } from './wording.js';

// The report's last section as a council member reads it: the deadlines grouped by the area
// of the report they belong to and by the unit responsible, each with the record's title and
// what it rests on. The words ("Följa upp styrdokumentet …") come from the phrase catalogue
// when the report is rendered: the model carries codes, names and dates.

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

/** The unit responsible for an item's record: a unit's own item is its own; else `owner`, or `unit` of incidents and controls. */
function ownerOf(ctx: BuildContext, item: DeadlineFinding): RecordRef | null {
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
 * audience may see (the rest are counted per area). `topicLabels`: the training topics in words, as
 * the training section has them.
 */
export function buildDeadlineSection(
  ctx: BuildContext,
  due: readonly DeadlineFinding[],
  listed: ReadonlySet<DeadlineFinding>,
  documentTitle: (id: string) => string | null,
  topicLabels: ReadonlyMap<string, Wording>,
): DeadlineSection {
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
      ...(item.topic !== undefined ? { topic: item.topic, topic_label: topicLabels.get(item.topic) ?? item.topic } : {}),
      ...(item.authority !== undefined ? { authority: item.authority } : {}),
      ...(item.demand !== undefined ? { demand_title: demands.get(item.demand)?.title ?? item.demand } : {}),
      ...(item.compilation ? { compilation: true } : {}),
      ...(item.rule === 'document-review' ? { mode: item.params.mode } : {}),
      basis: item.basis,
      basis_document: item.basis.type === 'document' ? documentTitle(item.basis.source) : null,
    };
    // One group per unit; the units not shown are one group ("Ej offentlig").
    const key = owner === null ? '' : (owner.id ?? '\u0000');
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
    // In the order found: render/ sorts them by name once the names are in words ("Ej offentlig" among them).
    result.areas.push({ area, overdue: group.overdue, due: group.due, unlisted: group.unlisted, owners: [...group.owners.values()] });
  }
  return result;
}
