import type { DeadlineItem } from './check/deadline-item.js';
import { getKind } from './kinds.js';
import type { KindName } from './kinds.js';
import { indexById } from './model.js';
import type { AnyRecord, RegisterData } from './model.js';
import { toPointer } from './validate/pending.js';
import { compareStrings } from './problem.js';
import type { RiskRecord } from './record-types.js';
import { currentRisk } from './risk.js';
import type { RiskLevel } from './risk.js';
import { valuesAt } from './validate/check-file.js';

/** A reference between two records: the field (JSON pointer) and the record at the other end. */
export interface RecordLink {
  field: string;
  id: string;
  /** The other record's kind and title; null when it is not in the register. */
  kind: KindName | null;
  title: string | null;
}

/** Everything `sak show` tells about a record (the json format). */
export interface RecordView {
  id: string;
  kind: KindName;
  path: string;
  record: Record<string, unknown>;
  status: {
    /** For a risk: the latest assessment on or before the evaluation date, its score and level. */
    risk?: { score: number; level: RiskLevel; date: string; likelihood: number; consequence: number } | null;
    /** The record's deadlines (the items of `sak check` about it), most urgent first. */
    deadlines: DeadlineItem[];
  };
  references: RecordLink[];
  referencedBy: RecordLink[];
}

function titleOf(record: AnyRecord | undefined): string | null {
  const title = (record?.data as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : null;
}

/** The records a record names in its reference fields, in the kinds table's order. */
export function outgoingLinks(record: AnyRecord, byId: ReadonlyMap<string, AnyRecord>): RecordLink[] {
  const links: RecordLink[] = [];
  for (const ref of getKind(record.kind).refs) {
    for (const { path, value } of valuesAt(record.data, ref.path)) {
      if (typeof value !== 'string') continue;
      const target = byId.get(value);
      links.push({ field: toPointer(path), id: value, kind: target?.kind ?? null, title: titleOf(target) });
    }
  }
  return links;
}

/** The records that name a record in one of their reference fields, sorted by id and field. */
export function incomingLinks(id: string, records: readonly AnyRecord[]): RecordLink[] {
  const links: RecordLink[] = [];
  for (const other of records) {
    if (other.id === id) continue;
    for (const ref of getKind(other.kind).refs) {
      for (const { path, value } of valuesAt(other.data, ref.path)) {
        if (value === id) links.push({ field: toPointer(path), id: other.id, kind: other.kind, title: titleOf(other) });
      }
    }
  }
  return links.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.field, b.field));
}

/**
 * The incoming links of every record at once (id → links, sorted as incomingLinks sorts), for
 * a caller that builds the views of many records: one pass instead of one per record.
 */
export function incomingLinkIndex(records: readonly AnyRecord[]): Map<string, RecordLink[]> {
  const index = new Map<string, RecordLink[]>();
  for (const other of records) {
    for (const ref of getKind(other.kind).refs) {
      for (const { path, value } of valuesAt(other.data, ref.path)) {
        if (typeof value !== 'string' || value === other.id) continue;
        const link: RecordLink = { field: toPointer(path), id: other.id, kind: other.kind, title: titleOf(other) };
        const list = index.get(value);
        if (list) list.push(link);
        else index.set(value, [link]);
      }
    }
  }
  for (const links of index.values()) links.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.field, b.field));
  return index;
}

/** Builds the view of one record of a loaded register (deadlines are computed by the caller; `incoming` from incomingLinkIndex, when built once for many). */
export function buildRecordView(record: AnyRecord, register: RegisterData, deadlines: DeadlineItem[], at: string, incoming?: ReadonlyMap<string, RecordLink[]>): RecordView {
  const byId = indexById(register);
  const status: RecordView['status'] = { deadlines };
  if (record.kind === 'risk') {
    const risk = currentRisk(record.data as RiskRecord, register.config, at);
    status.risk = risk ? { score: risk.score, level: risk.level, date: risk.assessment.date, likelihood: risk.assessment.likelihood, consequence: risk.assessment.consequence } : null;
  }
  return {
    id: record.id,
    kind: record.kind,
    path: record.file,
    record: record.data as unknown as Record<string, unknown>,
    status,
    references: outgoingLinks(record, byId),
    referencedBy: incoming ? (incoming.get(record.id) ?? []) : incomingLinks(record.id, register.records),
  };
}
