import type { DeadlineItem } from './check/deadline-item.js';
import { getKind } from './kinds.js';
import type { KindSpec } from './kinds.js';
import { recordsOf } from './model.js';
import type { AnyRecord, RegisterData } from './model.js';

/**
 * Which records belong to a unit: `unit` — every record that names the unit or one of its
 * sub-units in any unit field (owner, unit, applies_to, used_by, units, and the unit itself);
 * `owner` — only those whose responsible unit (the kind's `ownerField`) is the unit or a
 * sub-unit. The same selection drives `sak list --unit`, `sak check --unit/--owner` and the
 * unit pages of `sak site`.
 */
export type UnitRelation = 'unit' | 'owner';

/** The value at a dotted path of a record's data. */
export function valueAtPath(data: unknown, dotted: string): unknown {
  let current: unknown = data;
  for (const segment of dotted.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** A unit and every unit below it (by `parent`, any depth), the unit first; safe against a cycle. */
export function unitSubtree(register: RegisterData, unitId: string): string[] {
  const children = new Map<string, string[]>();
  for (const unit of recordsOf(register, 'unit')) {
    const parent = unit.data.parent;
    if (typeof parent !== 'string') continue;
    const list = children.get(parent);
    if (list) list.push(unit.id);
    else children.set(parent, [unit.id]);
  }
  const seen = new Set<string>([unitId]);
  const order = [unitId];
  for (let i = 0; i < order.length; i += 1) {
    for (const child of (children.get(order[i] as string) ?? []).sort()) {
      if (seen.has(child)) continue;
      seen.add(child);
      order.push(child);
    }
  }
  return order;
}

/** The units named in the given dotted fields of a record (`id` is the record's own id for a unit). */
function unitsIn(record: AnyRecord, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const value = path === 'id' ? record.id : valueAtPath(record.data, path);
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.push(v);
  }
  return out;
}

/** The fields of a kind that a relation looks at. */
function relationFields(kind: KindSpec, relation: UnitRelation): readonly string[] {
  if (relation === 'unit') return kind.unitFields;
  return kind.ownerField ? [kind.ownerField] : [];
}

/** True when a record belongs to one of the units under the relation. */
export function recordInUnits(record: AnyRecord, units: ReadonlySet<string>, relation: UnitRelation): boolean {
  return unitsIn(record, relationFields(getKind(record.kind), relation)).some((u) => units.has(u));
}

/** The records of a register that belong to a unit or its sub-units under the relation, in register order. */
export function recordsOfUnit(register: RegisterData, unitId: string, relation: UnitRelation): AnyRecord[] {
  const units = new Set(unitSubtree(register, unitId));
  return register.records.filter((record) => recordInUnits(record, units, relation));
}

/**
 * The deadline items of a unit (with its sub-units): the items about its records under the
 * relation; a training item is about a unit itself, so it belongs to the units it names.
 */
export function deadlinesOfUnit(items: readonly DeadlineItem[], register: RegisterData, unitId: string, relation: UnitRelation): DeadlineItem[] {
  const ids = new Set(recordsOfUnit(register, unitId, relation).map((r) => r.id));
  const units = new Set(unitSubtree(register, unitId));
  return items.filter((item) => ids.has(item.id) || (item.kind === 'unit' && units.has(item.id)));
}

/**
 * The records of every unit at once under the `unit` relation (each unit with its
 * sub-units), for a caller that needs them for many units: one pass over the register,
 * each record added to the units it names and to every unit above them.
 */
export function recordsByUnit(register: RegisterData): Map<string, AnyRecord[]> {
  const parents = new Map<string, string>();
  for (const unit of recordsOf(register, 'unit')) if (typeof unit.data.parent === 'string') parents.set(unit.id, unit.data.parent);
  const above = new Map<string, string[]>();
  const chain = (id: string): string[] => {
    let list = above.get(id);
    if (list) return list;
    list = [];
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined && !seen.has(current); current = parents.get(current)) {
      seen.add(current);
      list.push(current);
    }
    above.set(id, list);
    return list;
  };
  const out = new Map<string, AnyRecord[]>();
  for (const record of register.records) {
    const units = new Set<string>();
    for (const unit of unitsIn(record, getKind(record.kind).unitFields)) for (const u of chain(unit)) units.add(u);
    for (const unit of units) {
      const list = out.get(unit);
      if (list) list.push(record);
      else out.set(unit, [record]);
    }
  }
  return out;
}
