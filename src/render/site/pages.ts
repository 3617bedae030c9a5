// The pages of `sak site`: start page, a page per unit ("what is ours"), a page per record
// (the record view of `sak show` with its history), lists per kind with one page per sort,
// and the calendars. Pure: the command passes the loaded register, the deadline items, the
// history and the rendered reports; this returns the files.
import type { DeadlineItem } from '../../core/check/deadline-item.js';
import { fieldAt } from '../../core/fields.js';
import type { FieldSpec } from '../../core/fields.js';
import { KINDS, getKind } from '../../core/kinds.js';
import type { KindName } from '../../core/kinds.js';
import { effectiveStatus } from '../../core/listing.js';
import { displayValue, listTable } from '../list-table.js';
import type { ListContext } from '../list-table.js';
import { indexById, recordsOf } from '../../core/model.js';
import type { AnyRecord, RegisterData } from '../../core/model.js';
import { buildRecordView, incomingLinkIndex } from '../../core/record-view.js';
import type { RecordLink, RecordView } from '../../core/record-view.js';
import type { Audience, ReportSource, SummaryRow } from '../../core/report/model.js';
import type { Worded } from '../../core/report/wording.js';
import { createVisibility, publicExclusion, visibleRecords } from '../../core/report/visibility.js';
import type { HistoryEntry } from '../../core/site/history.js';
import { SITE_CALENDAR_PATH, kindListPath, recordPagePath, unitCalendarPath } from '../../core/site/paths.js';
import { recordsByUnit } from '../../core/unit-scope.js';
import { DEADLINE_STATUS_LABELS, basisWords, ruleLabel } from '../../i18n/check-messages.js';
import { fieldLabel } from '../../i18n/field-labels.js';
import { enumLabel } from '../../i18n/labels.js';
import type { Lang } from '../../i18n/lang.js';
import { formatNumber, formatSek } from '../../i18n/report-format.js';
import { siteText } from '../../i18n/site-texts.js';
import { kindLabel, KIND_TEXTS } from '../../i18n/kind-texts.js';
import { counted } from '../../i18n/plural.js';
import type { SiteTextParams } from '../../i18n/site-texts.js';
import type { MessagesIn } from '../../i18n/catalogue.js';
import { countDeadlines, renderDeadlinesIcs } from '../deadlines.js';
import { SITE_CSS, esc, href, renderPage, scrollTable } from './html.js';
import type { PageFrame } from './html.js';

/** One file of the site: its path from the root and its content. */
export interface SiteFile {
  path: string;
  content: string;
}

/** A report of the site, rendered by the command. */
export interface SiteReport {
  path: string;
  label: string;
}

/** Everything the pages are made from. */
export interface SiteInput {
  register: RegisterData;
  /** Every deadline item at `at` (ok ones included), sorted as `sak check` sorts. */
  items: readonly DeadlineItem[];
  at: string;
  horizon: string;
  audience: Audience;
  lang: Lang;
  fieldsOf: (kind: KindName) => readonly FieldSpec[];
  /** Each record file's commits, newest first; null when the register is not under Git. */
  history: ReadonlyMap<string, readonly HistoryEntry[]> | null;
  reports: readonly SiteReport[];
  /** The key figures of the year so far (the report's summary). */
  figures: { year: string; from: string; summary: readonly Worded<SummaryRow>[] };
  source: ReportSource;
  /** The address the site is published at, for the calendars' links. */
  siteBase?: string;
}

/** How many overdue and due items the start page lists before pointing to the full list. */
const START_LIST_LIMIT = 25;

const DEADLINES_PATH = 'deadlines.html';

type T = MessagesIn<SiteTextParams>;

/** The state shared by every page of one build. */
interface Site {
  input: SiteInput;
  t: T;
  lang: Lang;
  internal: boolean;
  municipality: string;
  /** Every record, by id. */
  all: ReadonlyMap<string, AnyRecord>;
  /** The records the audience may see, with the data it may see, by id. */
  shown: ReadonlyMap<string, AnyRecord>;
  shownRegister: RegisterData;
  /** The items about records the audience may see. */
  items: readonly DeadlineItem[];
  itemsById: ReadonlyMap<string, DeadlineItem[]>;
  incoming: ReadonlyMap<string, RecordLink[]>;
  listContext: ListContext;
  collator: Intl.Collator;
  /** Each unit's records with its sub-units' (unit-scope's `unit` relation, as `sak check --unit`). */
  byUnit: ReadonlyMap<string, AnyRecord[]>;
  /** Every item (the audience's or not) by the record it is about. */
  allItemsById: ReadonlyMap<string, DeadlineItem[]>;
  /** The list cells of each record and the header of each kind, made once. */
  cells: Map<AnyRecord, string[]>;
  headers: Map<KindName, string[]>;
}

function frame(site: Site, path: string, title: string, section?: PageFrame['section']): PageFrame {
  return { lang: site.lang, municipality: site.municipality, internal: site.internal, at: site.input.at, path, title, ...(section ? { section } : {}) };
}

function titleOf(record: AnyRecord | undefined): string {
  const title = (record?.data as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : '';
}

/** A link to a record's page, or its neutral label when the audience may not see it. */
function recordLink(site: Site, from: string, id: string): string {
  const record = site.shown.get(id);
  if (!record) return site.all.has(id) ? `<em>${esc(site.t('record.not-public'))}</em>` : `<span class="id">${esc(id)}</span> (${esc(site.t('record.missing'))})`;
  const title = titleOf(record);
  return `<a href="${href(from, recordPagePath(record.kind, record.id))}"><span class="id">${esc(record.id)}</span>${title ? ` ${esc(title)}` : ''}</a>`;
}

/** What a public page says instead of the records it may not list: how many are given as counts only, how many are classified. */
function hiddenNote(site: Site, records: readonly AnyRecord[], kind: KindName): string {
  const hidden = records.filter((r) => !site.shown.has(r.id));
  if (hidden.length === 0) return '';
  const classified = hidden.filter((r) => publicExclusion(r) === 'classified').length;
  const aggregate = hidden.length - classified;
  return [
    ...(aggregate > 0 ? [`<p>${esc(site.t('unit.aggregate', { counted: counted(site.lang, aggregate, KIND_TEXTS[kind].count) }))}</p>`] : []),
    ...(classified > 0 ? [`<p>${esc(site.t('unit.classified', { count: classified }))}</p>`] : []),
  ].join('\n');
}

/** What a deadline rests on, in words; a document the audience may see is linked, one it may not is not named. */
function basisHtml(site: Site, from: string, item: DeadlineItem): string {
  const basis = item.basis;
  if (basis.type !== 'document') return esc(basisWords(basis, site.lang));
  if (!site.shown.has(basis.source)) return esc(basisWords(basis, site.lang, null));
  return `${esc(basisWords(basis, site.lang, null))}: ${recordLink(site, from, basis.source)}`;
}

function deadlineTable(site: Site, from: string, items: readonly DeadlineItem[], caption: string): string {
  if (items.length === 0) return `<p>${esc(site.t('deadlines.none'))}</p>`;
  const { t, lang } = site;
  const head = [t('col.status'), t('col.due-date'), t('col.rule'), t('col.record'), t('col.basis'), ...(site.internal ? [t('col.message')] : [])];
  const rows = items.map((item) => {
    const cells = [
      `<td class="${item.status}">${esc(DEADLINE_STATUS_LABELS[item.status][lang])}</td>`,
      `<td>${esc(item.due ?? t('no-date'))}</td>`,
      `<td>${esc(ruleLabel(item.rule, lang))}${item.topic ? `: ${esc(enumLabel('topic', item.topic, lang, site.input.register.config.exercise_topics ?? []))}` : ''}</td>`,
      `<td class="text">${recordLink(site, from, item.id)}</td>`,
      `<td>${basisHtml(site, from, item)}</td>`,
      ...(site.internal ? [`<td class="text">${esc(item.message)}</td>`] : []),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return scrollTable(caption, `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
}

/** The items of the audience that are overdue or due. */
function pending(items: readonly DeadlineItem[]): DeadlineItem[] {
  return items.filter((item) => item.status !== 'ok');
}

// --- record fields ---------------------------------------------------------------------

function isRefField(field: FieldSpec | undefined): boolean {
  return field?.type === 'ref' || field?.type === 'id' || (field?.type === 'list' && (field.item?.type === 'ref' || field.item?.type === 'id'));
}

function valueHtml(site: Site, from: string, value: unknown, path: (string | number)[], fields: readonly FieldSpec[]): string {
  const field = fieldAt(fields, path);
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    const entries = value.map((item, i) => `<li>${item !== null && typeof item === 'object' && !Array.isArray(item) ? fieldList(site, from, item as Record<string, unknown>, [...path, i], fields) : esc(displayValue(item, field?.item, site.listContext))}</li>`);
    return `<ol class="entries">\n${entries.join('\n')}\n</ol>`;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return fieldList(site, from, value as Record<string, unknown>, path, fields);
  if (value === null && isRefField(field)) return `<em>${esc(site.t('record.not-public'))}</em>`;
  if (isRefField(field) && path.length > 0 && path[path.length - 1] !== 'id') {
    const ids = (Array.isArray(value) ? value : [value]).map((id) => (typeof id === 'string' ? recordLink(site, from, id) : `<em>${esc(site.t('record.not-public'))}</em>`));
    return ids.join(', ');
  }
  const text = displayValue(value, field, site.listContext);
  if (field?.type === 'enum' && typeof value === 'string' && text !== value) return `${esc(text)} <span class="id">(${esc(value)})</span>`;
  return esc(text);
}

function fieldList(site: Site, from: string, data: Record<string, unknown>, path: (string | number)[], fields: readonly FieldSpec[]): string {
  const rows: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (path.length === 0 && (key === 'id' || key === 'title')) continue;
    if (value === undefined) continue;
    rows.push(`<dt>${esc(fieldLabel([...path, key], site.lang))}</dt><dd>${valueHtml(site, from, value, [...path, key], fields)}</dd>`);
  }
  return rows.length === 0 ? '' : `<dl class="fields">\n${rows.join('\n')}\n</dl>`;
}

function linkRows(site: Site, from: string, links: readonly RecordLink[], caption: string): string {
  if (links.length === 0) return `<p>${esc(site.t('none'))}</p>`;
  const rows = links.map((link) => {
    const field = fieldLabel(link.field.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), site.lang);
    const kind = link.kind ? kindLabel(link.kind, site.lang) : '';
    return `<tr><td>${recordLink(site, from, link.id)}</td><td>${esc(kind)}</td><td>${esc(field)}</td></tr>`;
  });
  const head = [site.t('col.record'), site.t('col.kind'), site.t('col.field')];
  return scrollTable(caption, `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`);
}

function historyHtml(site: Site, record: AnyRecord): string {
  const { t } = site;
  const heading = `<h2>${esc(t('record.history'))}</h2>`;
  if (site.input.history === null) return `${heading}\n<p>${esc(t('record.history-no-git'))}</p>`;
  const entries = site.input.history.get(record.file) ?? [];
  if (entries.length === 0) return `${heading}\n<p>${esc(t('record.history-none'))}</p>`;
  const head = [t('col.date'), ...(site.internal ? [t('col.author'), t('col.subject')] : []), t('col.fields')];
  const rows = entries.map((entry) => {
    const fields = entry.created ? t('record.created') : entry.fields.map((f) => fieldLabel([f], site.lang)).join(', ');
    const cells = [entry.date.slice(0, 16).replace('T', ' '), ...(site.internal ? [entry.author, entry.subject] : []), fields];
    return `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  });
  return `${heading}\n${scrollTable(t('record.history'), `<table>\n<caption>${esc(t('record.history'))}</caption>\n<thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`)}`;
}

/** The record view of `sak show` as HTML: fields, computed status, references both ways, history. */
function recordSections(site: Site, from: string, record: AnyRecord, view: RecordView, withDeadlines = true): string {
  const { t, lang } = site;
  const parts: string[] = [];
  parts.push(`<h2>${esc(t('record.fields'))}</h2>`);
  parts.push(fieldList(site, from, view.record, [], site.input.fieldsOf(record.kind)) || `<p>${esc(t('none'))}</p>`);
  if (withDeadlines || view.status.risk !== undefined) parts.push(`<h2>${esc(t('record.status'))}</h2>`);
  if (view.status.risk !== undefined) {
    const risk = view.status.risk;
    parts.push(`<p>${esc(risk ? t('record.risk', { score: risk.score, level: enumLabel('risk_level', risk.level, lang), likelihood: risk.likelihood, consequence: risk.consequence, date: risk.date }) : t('record.risk-none'))}</p>`);
  }
  if (withDeadlines) parts.push(deadlineTable(site, from, view.status.deadlines, t('deadlines')));
  parts.push(`<h2>${esc(t('record.references'))}</h2>`);
  parts.push(linkRows(site, from, view.references, t('record.references')));
  parts.push(`<h2>${esc(t('record.referenced-by'))}</h2>`);
  parts.push(linkRows(site, from, view.referencedBy, t('record.referenced-by')));
  parts.push(historyHtml(site, record));
  return parts.join('\n');
}

function viewOf(site: Site, record: AnyRecord): RecordView {
  return buildRecordView(record, site.shownRegister, site.itemsById.get(record.id) ?? [], site.input.at, site.incoming);
}

function recordPage(site: Site, record: AnyRecord): SiteFile {
  const path = recordPagePath(record.kind, record.id);
  const title = `${record.id} ${titleOf(record)}`.trim();
  const main = [
    `<h1><span class="id">${esc(record.id)}</span> ${esc(titleOf(record))}</h1>`,
    `<p class="meta">${esc(kindLabel(record.kind, site.lang))} · <a href="${href(path, kindListPath(record.kind))}">${esc(site.t('nav.lists'))}</a> · ${esc(site.t('record.file', { file: record.file }))}</p>`,
    recordSections(site, path, record, viewOf(site, record)),
  ].join('\n');
  return { path, content: renderPage(frame(site, path, title), main) };
}

// --- lists -----------------------------------------------------------------------------

/** The sortable columns of a kind's list: id, title and the kind's list columns (kinds table). */
function listColumns(kind: KindName): { key: string; slug: string }[] {
  return ['id', 'title', ...getKind(kind).columns].map((key) => ({ key, slug: key === 'id' ? 'id' : key.replace(/^@/, '').replace(/[^A-Za-z0-9]+/g, '-') }));
}

/** The list cells of records (listTable), made once per record for all the pages that show it. */
function cellsOf(site: Site, kind: KindName, records: readonly AnyRecord[]): string[][] {
  const missing = records.filter((r) => !site.cells.has(r));
  if (missing.length > 0) listTable(missing, kind, site.listContext).rows.forEach((row, i) => site.cells.set(missing[i] as AnyRecord, row));
  return records.map((r) => site.cells.get(r) as string[]);
}

function recordTable(site: Site, from: string, kind: KindName, records: readonly AnyRecord[], caption: string, sort?: { index: number; pages: string[] }): string {
  const header = site.headers.get(kind) ?? listTable([], kind, site.listContext).header;
  site.headers.set(kind, header);
  const rows = cellsOf(site, kind, records);
  const head = header.map((label, i) => {
    if (!sort) return `<th scope="col">${esc(label)}</th>`;
    if (i === sort.index) return `<th scope="col" aria-sort="ascending">${esc(label)}</th>`;
    return `<th scope="col"><a href="${href(from, sort.pages[i] as string)}" title="${esc(site.t('list.sort-by', { column: label }))}">${esc(label)}</a></th>`;
  });
  const body = rows.map((cells, r) => {
    const record = records[r] as AnyRecord;
    const first = `<td><a class="id" href="${href(from, recordPagePath(record.kind, record.id))}">${esc(cells[0])}</a></td>`;
    return `<tr>${first}${cells.slice(1).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  });
  return scrollTable(caption, `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head.join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`);
}

function sortRecords(site: Site, kind: KindName, records: readonly AnyRecord[], column: number): AnyRecord[] {
  if (column === 0) return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = cellsOf(site, kind, records);
  const order = records.map((record, i) => ({ record, key: (rows[i] as string[])[column] ?? '' }));
  order.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || site.collator.compare(a.key, b.key) || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return order.map((o) => o.record);
}

function statusGroups(site: Site, kind: KindName, records: readonly AnyRecord[]): { label: string; records: AnyRecord[] }[] {
  const fields = site.input.fieldsOf(kind);
  const statusField = fieldAt(fields, ['status']);
  if (!statusField) return [{ label: '', records: [...records] }];
  const groups = new Map<string, AnyRecord[]>();
  for (const record of records) {
    const status = effectiveStatus(record, fields) ?? '';
    const list = groups.get(status);
    if (list) list.push(record);
    else groups.set(status, [record]);
  }
  const order = statusField.values ?? [];
  return [...groups.entries()]
    .sort(([a], [b]) => (order.indexOf(a) === -1 ? 99 : order.indexOf(a)) - (order.indexOf(b) === -1 ? 99 : order.indexOf(b)) || (a < b ? -1 : 1))
    .map(([status, list]) => ({ label: status === '' ? '–' : displayValue(status, statusField, site.listContext), records: list }));
}

function listPages(site: Site, kind: KindName): SiteFile[] {
  const { t, lang } = site;
  const all = recordsOf(site.input.register, kind);
  const shown = all.map((r) => site.shown.get(r.id)).filter((r): r is AnyRecord => r !== undefined);
  const heading = kindLabel(kind, lang);
  const columns = listColumns(kind);
  const pages = columns.map((c) => kindListPath(kind, c.slug));
  const header = listTable([], kind, site.listContext).header;
  return columns.map((column, index) => {
    const path = pages[index] as string;
    const parts = [`<h1>${esc(heading)}</h1>`];
    parts.push(`<p>${esc(t('list.count', { count: shown.length }))}</p>`);
    const note = hiddenNote(site, all as readonly AnyRecord[], kind);
    if (note) parts.push(note);
    if (shown.length > 0) {
      parts.push(`<p>${esc(t('list.sorted', { column: header[index] ?? column.key }))}</p>`);
      const sorted = sortRecords(site, kind, shown, index);
      for (const group of statusGroups(site, kind, sorted)) {
        const caption = group.label === '' ? heading : `${heading}: ${group.label}`;
        const table = recordTable(site, path, kind, group.records, caption, { index, pages });
        parts.push(group.label === '' ? table : `<details open>\n<summary>${esc(t('list.group', { label: group.label, count: group.records.length }))}</summary>\n${table}\n</details>`);
      }
    }
    return { path, content: renderPage(frame(site, path, heading, 'lists'), parts.join('\n')) };
  });
}

function listsIndex(site: Site): SiteFile {
  const path = 'lists/index.html';
  const items = KINDS.map((kind) => {
    const count = recordsOf(site.input.register, kind.name).filter((r) => site.shown.has(r.id)).length;
    return `<li><a href="${href(path, kindListPath(kind.name))}">${esc(kindLabel(kind.name, site.lang))}</a> (${formatNumber(count, site.lang)})</li>`;
  });
  return { path, content: renderPage(frame(site, path, site.t('nav.lists'), 'lists'), `<h1>${esc(site.t('nav.lists'))}</h1>\n<ul>\n${items.join('\n')}\n</ul>`) };
}

// --- units -----------------------------------------------------------------------------

/** The units under no other unit (or whose parent is missing), then each one's children: the organisation as a tree. */
function unitChildren(site: Site): Map<string | null, string[]> {
  const units = recordsOf(site.input.register, 'unit').filter((u) => site.shown.has(u.id));
  const children = new Map<string | null, string[]>();
  for (const unit of units) {
    const parent = typeof unit.data.parent === 'string' && site.shown.has(unit.data.parent) && unit.data.parent !== unit.id ? unit.data.parent : null;
    const list = children.get(parent);
    if (list) list.push(unit.id);
    else children.set(parent, [unit.id]);
  }
  for (const list of children.values()) list.sort();
  return children;
}

/** The units in tree order with their depth; each unit once, even in a cycle. */
function unitTree(site: Site): { id: string; depth: number }[] {
  const children = unitChildren(site);
  const out: { id: string; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, depth });
    for (const child of children.get(id) ?? []) walk(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) walk(root, 0);
  // Units caught in a parent cycle have no root: list them at the top level.
  for (const unit of recordsOf(site.input.register, 'unit')) if (site.shown.has(unit.id)) walk(unit.id, 0);
  return out;
}

function unitTreeHtml(site: Site, from: string, children: Map<string | null, string[]>, ids: readonly string[], seen: Set<string>): string {
  const items = ids.filter((id) => !seen.has(id)).map((id) => {
    seen.add(id);
    const sub = children.get(id) ?? [];
    return `<li>${recordLink(site, from, id)}${sub.length > 0 ? `\n${unitTreeHtml(site, from, children, sub, seen)}` : ''}</li>`;
  });
  return items.length === 0 ? '' : `<ul>\n${items.join('\n')}\n</ul>`;
}

function unitsIndex(site: Site): SiteFile {
  const path = 'units/index.html';
  const children = unitChildren(site);
  const seen = new Set<string>();
  const roots = unitTreeHtml(site, path, children, children.get(null) ?? [], seen);
  const rest = unitTreeHtml(site, path, children, unitTree(site).map((u) => u.id), seen);
  return { path, content: renderPage(frame(site, path, site.t('units.heading'), 'units'), `<h1>${esc(site.t('units.heading'))}</h1>\n<div class="tree">\n${roots}${rest}\n</div>`) };
}

function visibleItems(site: Site, items: readonly DeadlineItem[]): DeadlineItem[] {
  return items.filter((item) => site.shown.has(item.id));
}

function unitPage(site: Site, unit: AnyRecord): SiteFile[] {
  const { t, lang } = site;
  const path = recordPagePath('unit', unit.id);
  const parts: string[] = [`<h1>${esc(titleOf(unit))}</h1>`];
  // Its place in the organisation: the chain of parents, and the sub-units.
  const parents: string[] = [];
  const seen = new Set([unit.id]);
  let parent = (unit.data as { parent?: unknown }).parent;
  while (typeof parent === 'string' && !seen.has(parent) && site.all.has(parent)) {
    seen.add(parent);
    parents.unshift(parent);
    parent = (site.all.get(parent)?.data as { parent?: unknown } | undefined)?.parent;
  }
  parts.push(`<p class="meta">${esc(kindLabel('unit', lang))}${parents.length > 0 ? ` · ${esc(t('unit.parents'))}: ${parents.map((p) => recordLink(site, path, p)).join(' › ')}` : ''}</p>`);
  const children = unitChildren(site);
  const sub = children.get(unit.id) ?? [];
  if (sub.length > 0) parts.push(`<h2>${esc(t('unit.sub-units'))}</h2>\n<div class="tree">\n${unitTreeHtml(site, path, children, sub, new Set([unit.id]))}\n</div>`);

  const items = visibleItems(site, unitItems(site, unit.id));
  const open = pending(items);
  parts.push(`<h2>${esc(t('deadlines'))}</h2>`);
  parts.push(`<p>${esc(t('start.summary', { ...countDeadlines(open), horizon: site.input.horizon, at: site.input.at }))} ${esc(t('unit.calendar'))} <a href="${href(path, unitCalendarPath(unit.id))}">${esc(unitCalendarPath(unit.id).slice('units/'.length))}</a></p>`);
  parts.push(deadlineTable(site, path, open, t('deadlines')));

  parts.push(`<h2>${esc(t('unit.ours'))}</h2>\n<p>${esc(t('unit.ours-intro'))}</p>`);
  const ours = (site.byUnit.get(unit.id) ?? []).filter((r) => r.kind !== 'unit');
  for (const kind of KINDS) {
    if (kind.name === 'unit') continue;
    const records = ours.filter((r) => r.kind === kind.name);
    if (records.length === 0) continue;
    const shown = records.map((r) => site.shown.get(r.id)).filter((r): r is AnyRecord => r !== undefined).sort((a, b) => (a.id < b.id ? -1 : 1));
    const label = kindLabel(kind.name, lang);
    parts.push(`<h3>${esc(label)} (${formatNumber(records.length, lang)})</h3>`);
    if (shown.length > 0) parts.push(recordTable(site, path, kind.name, shown, label));
    const note = hiddenNote(site, records, kind.name);
    if (note) parts.push(note);
  }
  // The unit's own deadlines (its training) are among those listed above.
  parts.push(recordSections(site, path, unit, viewOf(site, site.shown.get(unit.id) ?? unit), false));

  const calendar: SiteFile = { path: unitCalendarPath(unit.id), content: calendarOf(site, items) };
  return [{ path, content: renderPage(frame(site, path, titleOf(unit), 'units'), parts.join('\n')) }, calendar];
}

// --- start page and calendars ----------------------------------------------------------

function calendarOf(site: Site, items: readonly DeadlineItem[]): string {
  const { lang } = site;
  // Public: the rule and the record's title only; a message may carry more than a public page shows.
  const texts = site.internal ? undefined : { summary: (item: DeadlineItem) => `${ruleLabel(item.rule, lang)} – ${item.id} ${titleOf(site.shown.get(item.id))}`.trim() };
  return renderDeadlinesIcs({ at: site.input.at, items }, { lang, municipality: site.municipality, ...(site.input.siteBase ? { siteBase: site.input.siteBase } : {}), ...(texts ? { texts } : {}) });
}

function areasOf(record: AnyRecord | undefined): string[] {
  if (!record) return [];
  const out: string[] = [];
  for (const path of getKind(record.kind).areaFields) {
    const value = (record.data as unknown as Record<string, unknown>)[path];
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.push(v);
  }
  return out;
}

function countTable(site: Site, caption: string, firstColumn: string, rows: { label: string; overdue: number; due: number; depth?: number }[]): string {
  const head = `<tr><th scope="col">${esc(firstColumn)}</th><th scope="col" class="num">${esc(site.t('col.overdue'))}</th><th scope="col" class="num">${esc(site.t('col.due'))}</th></tr>`;
  const body = rows.map((row) => `<tr><th scope="row">${'&#160;&#160;'.repeat(row.depth ?? 0)}${row.label}</th><td class="num">${formatNumber(row.overdue, site.lang)}</td><td class="num">${formatNumber(row.due, site.lang)}</td></tr>`);
  return scrollTable(caption, `<table>\n<caption>${esc(caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`);
}

function figureValue(row: Worded<SummaryRow>, which: 'value' | 'previous', lang: Lang): string {
  const value = which === 'value' ? row.value : row.previous;
  // No figure for a year before the register was kept.
  if (value === null) return '–';
  if (row.kind === 'sek') return formatSek(value, lang);
  if (row.kind === 'ratio') return `${formatNumber(value, lang)} ${lang === 'sv' ? 'av' : 'of'} ${formatNumber(which === 'value' ? row.of : row.previous_of, lang)}`;
  return formatNumber(value, lang);
}

function startPage(site: Site): SiteFile[] {
  const { t, lang, input } = site;
  const path = 'index.html';
  const open = pending(site.items);
  const hiddenOpen = pending(input.items).length - open.length;
  const counts = countDeadlines(pending(input.items));
  const parts: string[] = [`<h1>${esc(t('start.heading', { municipality: site.municipality }))}</h1>`];

  parts.push(`<h2>${esc(t('start.follow-up'))}</h2>`);
  parts.push(`<p>${esc(t('start.summary', { ...counts, horizon: input.horizon, at: input.at }))}</p>`);
  const overdue = open.filter((i) => i.status === 'overdue');
  const due = open.filter((i) => i.status === 'due');
  const more = (list: DeadlineItem[]) => (list.length > START_LIST_LIMIT ? `<p><a href="${href(path, DEADLINES_PATH)}">${esc(t('deadlines'))} (${formatNumber(open.length, lang)})</a></p>` : '');
  parts.push(`<h3>${esc(t('start.overdue-list'))}</h3>`, deadlineTable(site, path, overdue.slice(0, START_LIST_LIMIT), t('start.overdue-list')), more(overdue));
  parts.push(`<h3>${esc(t('start.due-list'))}</h3>`, deadlineTable(site, path, due.slice(0, START_LIST_LIMIT), t('start.due-list')), more(due));
  if (!site.internal && hiddenOpen > 0) parts.push(`<p>${esc(t('deadlines.hidden', { count: hiddenOpen }))}</p>`);

  // By area: each pending item under every area its record names (all items count; none is named).
  const byArea = new Map<string, { overdue: number; due: number }>();
  for (const item of pending(input.items)) {
    const areas = areasOf(site.all.get(item.id));
    for (const area of areas.length > 0 ? areas : ['']) {
      const row = byArea.get(area) ?? { overdue: 0, due: 0 };
      row[item.status === 'overdue' ? 'overdue' : 'due'] += 1;
      byArea.set(area, row);
    }
  }
  const areaRows = [...byArea.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || (a < b ? -1 : 1))
    .map(([area, row]) => ({ label: esc(area === '' ? t('start.no-area') : enumLabel('area', area, lang)), ...row }));
  parts.push(`<h3>${esc(t('start.by-area'))}</h3>`, areaRows.length > 0 ? countTable(site, t('start.by-area'), t('col.area'), areaRows) : `<p>${esc(t('none'))}</p>`);

  const unitRows = unitTree(site).map(({ id, depth }) => ({ label: recordLink(site, path, id), depth, ...countDeadlines(pending(unitItems(site, id))) }));
  parts.push(`<h3>${esc(t('start.by-unit'))}</h3>`, countTable(site, t('start.by-unit'), t('col.unit'), unitRows));

  parts.push(`<h2>${esc(t('start.figures', { year: input.figures.year }))}</h2>`);
  parts.push(`<p>${esc(t('start.figures-note', { from: input.figures.from, at: input.at }))}</p>`);
  const figureRows = input.figures.summary.map((row) => `<tr><th scope="row">${esc(row.label)}</th><td class="num">${esc(figureValue(row, 'value', lang))}</td><td class="num">${esc(figureValue(row, 'previous', lang))}</td></tr>`);
  parts.push(scrollTable(t('start.figures', { year: input.figures.year }), `<table>\n<caption>${esc(t('start.figures', { year: input.figures.year }))}</caption>\n<thead><tr><th scope="col">${esc(t('col.figure'))}</th><th scope="col" class="num">${esc(input.figures.year)}</th><th scope="col" class="num">${esc(t('col.previous'))}</th></tr></thead>\n<tbody>\n${figureRows.join('\n')}\n</tbody>\n</table>`));

  parts.push(`<h2>${esc(t('start.reports'))}</h2>`);
  parts.push(input.reports.length > 0 ? `<ul>\n${input.reports.map((r) => `<li><a href="${href(path, r.path)}">${esc(r.label)}</a></li>`).join('\n')}\n</ul>` : `<p>${esc(t('none'))}</p>`);
  parts.push(`<p>${esc(t('start.calendar'))} <a href="${href(path, SITE_CALENDAR_PATH)}">${esc(SITE_CALENDAR_PATH)}</a></p>`);

  const source = input.source.commit === null ? esc(t('footer.no-git')) : esc(t('footer.source', { commit: input.source.commit, dirty: input.source.dirty ? t('footer.dirty') : '' }));
  const start: SiteFile = { path, content: renderPage(frame(site, path, t('nav.start'), 'start'), parts.join('\n'), `${source} `) };
  const all: SiteFile = {
    path: DEADLINES_PATH,
    content: renderPage(frame(site, DEADLINES_PATH, t('deadlines'), 'start'), [`<h1>${esc(t('deadlines'))}</h1>`, `<p>${esc(t('start.summary', { ...counts, horizon: input.horizon, at: input.at }))}</p>`, deadlineTable(site, DEADLINES_PATH, open, t('deadlines')), !site.internal && hiddenOpen > 0 ? `<p>${esc(t('deadlines.hidden', { count: hiddenOpen }))}</p>` : ''].join('\n')),
  };
  return [start, all];
}

function groupById(items: readonly DeadlineItem[]): Map<string, DeadlineItem[]> {
  const byId = new Map<string, DeadlineItem[]>();
  for (const item of items) {
    const list = byId.get(item.id);
    if (list) list.push(item);
    else byId.set(item.id, [item]);
  }
  return byId;
}

/** The deadline items of a unit with its sub-units (every item, in `sak check`'s order): the selection of `sak check --unit`. */
function unitItems(site: Site, unitId: string): DeadlineItem[] {
  const ids = new Set((site.byUnit.get(unitId) ?? []).map((r) => r.id));
  return site.input.items.filter((item) => ids.has(item.id));
}

/** Every file of the site, sorted by path: pages, stylesheet and calendars (the reports are the command's). */
export function buildSitePages(input: SiteInput): SiteFile[] {
  const lang = input.lang;
  const all = indexById(input.register);
  const visibility = createVisibility(input.audience, all);
  const shownRecords = visibleRecords(input.register.records, visibility, input.fieldsOf);
  const shown = new Map(shownRecords.map((r) => [r.id, r]));
  const items = input.items.filter((item) => shown.has(item.id));
  const itemsById = groupById(items);
  const site: Site = {
    input,
    t: (key, ...params) => siteText(lang, key, ...params),
    lang,
    internal: input.audience === 'internal',
    municipality: input.register.config.municipality,
    all,
    shown,
    shownRegister: { config: input.register.config, records: shownRecords },
    items,
    itemsById,
    incoming: incomingLinkIndex(shownRecords),
    listContext: { fieldsOf: input.fieldsOf, config: input.register.config, lang, at: input.at },
    collator: new Intl.Collator(lang, { numeric: true, sensitivity: 'base' }),
    cells: new Map(),
    headers: new Map(),
    byUnit: recordsByUnit(input.register),
    allItemsById: groupById(input.items),
  };
  const files: SiteFile[] = [{ path: 'style.css', content: SITE_CSS }, { path: SITE_CALENDAR_PATH, content: calendarOf(site, items) }];
  files.push(...startPage(site), unitsIndex(site), listsIndex(site));
  for (const kind of KINDS) files.push(...listPages(site, kind.name));
  for (const record of shownRecords) {
    if (record.kind === 'unit') files.push(...unitPage(site, record));
    else files.push(recordPage(site, record));
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
