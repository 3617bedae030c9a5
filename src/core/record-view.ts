import type { Lang } from '../i18n/lang.js';
import { KIND_LABELS, enumLabel } from '../i18n/labels.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { DEADLINE_STATUS_LABELS } from '../i18n/check-messages.js';
import { recordMessage } from '../i18n/record-messages.js';
import type { DeadlineItem } from './check/deadline-item.js';
import { fieldAt } from './fields.js';
import type { FieldSpec } from './fields.js';
import { getKind } from './kinds.js';
import type { KindName } from './kinds.js';
import { displayValue } from './listing.js';
import { indexById } from './model.js';
import type { AnyRecord, RegisterData } from './model.js';
import { toPointer } from './validate/pending.js';
import { compareStrings } from './problem.js';
import type { RiskRecord, SakConfig } from './record-types.js';
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

/** What rendering a view needs. */
export interface ViewContext {
  lang: Lang;
  config: SakConfig;
  fields: readonly FieldSpec[];
  /** Titles of referenced records, to show beside their ids. */
  titleOf: (id: string) => string | null;
  bold: (text: string) => string;
}

function renderValue(value: unknown, path: (string | number)[], ctx: ViewContext, indent: string, lines: string[]): void {
  const field = fieldAt(ctx.fields, path);
  const label = fieldLabel(path, ctx.lang);
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    lines.push(`${indent}${label}:`);
    value.forEach((item, i) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const entries = Object.entries(item as Record<string, unknown>);
        entries.forEach(([key, child], j) => {
          const sub: string[] = [];
          renderValue(child, [...path, i, key], ctx, `${indent}    `, sub);
          const first = sub[0] ?? '';
          if (j === 0) sub[0] = `${indent}  - ${first.slice(indent.length + 4)}`;
          lines.push(...sub);
        });
      } else {
        lines.push(`${indent}  - ${displayValue(item, field?.item, ctx)}`);
      }
    });
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    lines.push(`${indent}${label}:`);
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) renderValue(child, [...path, key], ctx, `${indent}  `, lines);
    return;
  }
  const isRef = field?.type === 'ref' || (field?.type === 'list' && field.item?.type === 'ref');
  let text = displayValue(value, field, ctx);
  if (isRef) {
    const ids = Array.isArray(value) ? value : [value];
    text = ids.map((id) => {
      const title = typeof id === 'string' ? ctx.titleOf(id) : null;
      return title ? `${String(id)} (${title})` : String(id);
    }).join(', ');
  }
  if (field?.type === 'enum' && typeof value === 'string' && text !== value) text = `${text} (${value})`;
  if (text.includes('\n')) {
    lines.push(`${indent}${label}:`);
    for (const line of text.replace(/\n+$/, '').split('\n')) lines.push(`${indent}  ${line}`);
    return;
  }
  lines.push(`${indent}${label}: ${text}`);
}

/** `sak show` as text: the record's fields with labels, its computed status, what it references and what references it. */
export function renderRecordView(view: RecordView, ctx: ViewContext): string {
  const { lang } = ctx;
  const lines: string[] = [];
  lines.push(ctx.bold(`${view.id}  ${String(view.record.title ?? '')}`));
  lines.push(`${KIND_LABELS[view.kind][lang]} · ${view.path}`);
  lines.push('');
  for (const [key, value] of Object.entries(view.record)) {
    if (key === 'id' || key === 'title') continue;
    renderValue(value, [key], ctx, '', lines);
  }
  lines.push('');
  lines.push(ctx.bold(recordMessage(lang, 'show.status')));
  if (view.status.risk !== undefined) {
    const risk = view.status.risk;
    lines.push(
      risk
        ? `  ${recordMessage(lang, 'show.risk', { score: risk.score, level: enumLabel('risk_level', risk.level, lang), date: risk.date, likelihood: risk.likelihood, consequence: risk.consequence })}`
        : `  ${recordMessage(lang, 'show.risk-none')}`,
    );
  }
  if (view.status.deadlines.length === 0) lines.push(`  ${recordMessage(lang, 'show.no-deadlines')}`);
  for (const item of view.status.deadlines) {
    lines.push(`  ${DEADLINE_STATUS_LABELS[item.status][lang]}${item.due ? ` ${item.due}` : ''}: ${item.message}`);
  }
  lines.push('');
  lines.push(ctx.bold(recordMessage(lang, 'show.references')));
  if (view.references.length === 0) lines.push(`  ${recordMessage(lang, 'show.none')}`);
  for (const link of view.references) lines.push(`  ${linkLine(link, lang)}`);
  lines.push('');
  lines.push(ctx.bold(recordMessage(lang, 'show.referenced-by')));
  if (view.referencedBy.length === 0) lines.push(`  ${recordMessage(lang, 'show.none')}`);
  for (const link of view.referencedBy) lines.push(`  ${linkLine(link, lang)}`);
  return lines.join('\n') + '\n';
}

function linkLine(link: RecordLink, lang: Lang): string {
  const kind = link.kind ? (KIND_LABELS[link.kind]?.[lang] ?? link.kind) : recordMessage(lang, 'show.missing');
  const field = fieldLabel(link.field.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), lang);
  return `${link.id}${link.title ? ` – ${link.title}` : ''} (${kind}; ${field})`;
}
