import type { KindName, RecordTypes } from './kind-name.js';
import type { EnumName } from './labelled.js';
import { MAX_SLUG_ID, MAX_UNIT_ID, type IdForm } from './ids.js';

export type { IdForm, KindName, RecordTypes };

/**
 * A reference field: a path into the record where `*` stands for every item of a list,
 * and the kind it must name (`any` for `links`).
 */
export interface RefSpec {
  path: readonly string[];
  kind: KindName | 'any';
}

/** Everything sak knows about one kind; the single table that drives the code. */
export interface KindSpec {
  name: KindName;
  /** Folder under the register root. */
  folder: string;
  /** Id prefix (`INC`), or null for units. */
  prefix: string | null;
  idForm: IdForm;
  /** Reference fields, checked by `ref-missing` / `ref-kind`. */
  refs: readonly RefSpec[];
  /** Event dates that may not lie in the future (`future-date`). */
  eventDates: readonly (readonly string[])[];
  /** Status values that end a record's follow-up (rules.md: skipped by most rules). */
  inactiveStatuses: readonly string[];
  /** The label table of each enumerated field, by dotted path (`*` for list items); a new table's values go into ENUM_VALUES (core/labelled.ts). */
  enums: Readonly<Record<string, EnumName>>;
  /**
   * Top-level fields `sak add` asks for on a terminal, in order. Required fields of the
   * schema that are not named here are asked after them; optional ones may be left empty.
   */
  prompts: readonly string[];
  /** Values `sak add` fills in when they are not given: today's date or a fixed value. */
  defaults: Readonly<Record<string, RecordDefault>>;
  /**
   * Prompted fields whose empty answer on a terminal means something, by dotted path: the
   * values it sets (a document "inte antaget än" is a draft, which no deadline is counted for).
   * The prompt says what an empty answer means (i18n/kind-texts.ts, EMPTY_ANSWER_HINTS).
   */
  emptyMeans?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Columns of `sak list` after id and title: dotted paths, or `@risk` for the computed risk level. */
  columns: readonly string[];
  /** Fields naming the responsible or concerned units (`sak list --unit`), as dotted paths. */
  unitFields: readonly string[];
  /** The field naming the unit responsible for a record (`sak check --owner`), one of `unitFields`. */
  ownerField?: string;
  /** Fields naming the säkerhetsområde (`sak list --area`): `area` or the list `areas`. */
  areaFields: readonly string[];
  /** The date that places a record in a year (`sak list --year`), as a dotted path. */
  yearField?: string;
  /** What `sak close` sets: the closing status and the field that takes the closing date. */
  close?: CloseSpec;
  /** What `sak review` records. */
  review?: ReviewSpec;
  /** A list whose entries must stand in date order (`consistency`). */
  datedEntries?: string;
  /**
   * What a public output (the report, `sak list`/`show --audience public`, the site) shows of
   * the kind's records: `listed`, each by id and title (never its free text), or `counts`, only
   * how many (a record classified 0 is listed all the same). A decision every kind must make.
   */
  inPublic: 'listed' | 'counts';
}

/** A default value of `sak add`: the date of today, or a fixed value. */
export type RecordDefault = { today: true } | { value: string };

/** How `sak close` ends a record of a kind. */
export interface CloseSpec {
  status: string;
  /** The field that takes the closing date, if the kind has one: required once closed (`consistency`). */
  dateField?: 'closed' | 'done';
  /** The date the closing date may not precede (`consistency`). */
  after?: string;
}

/**
 * How `sak review` records a follow-up. `entry`: appends an item to `list` (its `date`
 * is the review date) whose fields come from the named options; `assess`: each named
 * option sets `status` of an object field and `assessed` to the review date.
 */
export type ReviewSpec =
  | { type: 'entry'; list: string; options: Readonly<Record<string, string>> }
  | { type: 'assess'; options: Readonly<Record<string, string>> };

const links: RefSpec = { path: ['links', '*'], kind: 'any' };
/** The governing document a deadline rests on (`basis: {document: …}`). */
const basisDocument: RefSpec = { path: ['basis', 'document'], kind: 'document' };

/** The kinds of register.md, in the order the register lists them (agreement: issue 14). */
export const KINDS: readonly KindSpec[] = [
  {
    name: 'unit',
    folder: 'units',
    inPublic: 'listed',
    prefix: null,
    idForm: 'unit',
    refs: [links, { path: ['parent'], kind: 'unit' }],
    eventDates: [],
    inactiveStatuses: ['inactive'],
    enums: { type: 'unit_type', status: 'unit_status' },
    prompts: ['title', 'type', 'short', 'parent'],
    defaults: { created: { today: true } },
    columns: ['type', 'short', 'parent', 'status'],
    unitFields: ['id', 'parent'],
    areaFields: [],
    close: { status: 'inactive' },
  },
  {
    name: 'site',
    folder: 'sites',
    inPublic: 'counts',
    prefix: 'SITE',
    idForm: 'slug',
    refs: [links, { path: ['owner'], kind: 'unit' }, { path: ['used_by', '*'], kind: 'unit' }],
    eventDates: [['fire_protection', 'assessed'], ['intrusion_protection', 'assessed']],
    inactiveStatuses: [],
    enums: { type: 'site_type', 'fire_protection.status': 'protection_status', 'intrusion_protection.status': 'protection_status' },
    prompts: ['title', 'address', 'owner', 'type'],
    defaults: { created: { today: true } },
    columns: ['type', 'owner', 'fire_protection.status', 'intrusion_protection.status'],
    unitFields: ['owner', 'used_by'],
    ownerField: 'owner',
    areaFields: [],
    review: { type: 'assess', options: { fire: 'fire_protection', intrusion: 'intrusion_protection' } },
  },
  {
    name: 'requirement',
    folder: 'requirements',
    inPublic: 'listed',
    prefix: 'REQ',
    idForm: 'slug',
    refs: [links],
    eventDates: [],
    inactiveStatuses: [],
    enums: { type: 'requirement_type', 'areas.*': 'area' },
    prompts: ['title', 'type', 'reference'],
    defaults: { created: { today: true } },
    columns: ['type', 'reference', 'in_force'],
    unitFields: [],
    areaFields: ['areas'],
    yearField: 'in_force',
  },
  {
    name: 'document',
    datedEntries: 'reviews',
    folder: 'documents',
    inPublic: 'listed',
    prefix: 'DOC',
    idForm: 'slug',
    refs: [
      links,
      { path: ['owner'], kind: 'unit' },
      { path: ['adopted', 'body'], kind: 'unit' },
      { path: ['reviews', '*', 'body'], kind: 'unit' },
      { path: ['requirements', '*'], kind: 'requirement' },
      { path: ['applies_to', '*'], kind: 'unit' },
      { path: ['replaces'], kind: 'document' },
      basisDocument,
    ],
    eventDates: [['adopted', 'date'], ['reviews', '*', 'date']],
    inactiveStatuses: ['repealed'],
    enums: { type: 'document_type', status: 'document_status', 'areas.*': 'area', 'reviews.*.outcome': 'review_outcome' },
    // The adoption decides the first follow-up (rules.md, document-review); a draft has none.
    prompts: ['title', 'type', 'owner', 'adopted.date', 'adopted.body', 'adopted.paragraph'],
    defaults: { created: { today: true } },
    emptyMeans: { 'adopted.date': { status: 'draft' } },
    columns: ['type', 'owner', 'adopted.date', 'status'],
    unitFields: ['owner', 'applies_to'],
    ownerField: 'owner',
    areaFields: ['areas'],
    yearField: 'adopted.date',
    review: { type: 'entry', list: 'reviews', options: { outcome: 'outcome', by: 'by', body: 'body', paragraph: 'paragraph', dnr: 'dnr', note: 'note', next: 'next_review' } },
  },
  {
    name: 'risk',
    datedEntries: 'assessments',
    folder: 'risks',
    inPublic: 'counts',
    prefix: 'RSK',
    idForm: 'slug',
    refs: [links, { path: ['owner'], kind: 'unit' }, { path: ['actions', '*'], kind: 'action' }, basisDocument],
    eventDates: [['assessments', '*', 'date']],
    inactiveStatuses: ['closed'],
    enums: { area: 'area', treatment: 'treatment', status: 'risk_status' },
    // An assessment (maybe back-dated) starts risk-review; without one the risk is risk-unassessed.
    prompts: ['title', 'owner', 'area', 'description', 'assessments'],
    defaults: { created: { today: true } },
    columns: ['owner', 'area', '@risk', 'status'],
    unitFields: ['owner'],
    ownerField: 'owner',
    areaFields: ['area'],
    close: { status: 'closed' },
    review: { type: 'entry', list: 'assessments', options: { likelihood: 'likelihood', consequence: 'consequence', by: 'by', note: 'note' } },
  },
  {
    name: 'control',
    folder: 'controls',
    inPublic: 'listed',
    prefix: 'CTL',
    idForm: 'slug',
    refs: [
      links,
      { path: ['unit'], kind: 'unit' },
      { path: ['risks', '*'], kind: 'risk' },
      { path: ['documents', '*'], kind: 'document' },
      { path: ['performed', '*', 'findings', '*', 'reported', 'to', '*'], kind: 'unit' },
      { path: ['performed', '*', 'findings', '*', 'action'], kind: 'action' },
      basisDocument,
    ],
    eventDates: [['performed', '*', 'date'], ['performed', '*', 'findings', '*', 'reported', 'date']],
    inactiveStatuses: ['retired'],
    enums: { area: 'area', status: 'control_status', 'performed.*.result': 'control_result', 'performed.*.findings.*.severity': 'severity' },
    prompts: ['title', 'unit', 'area', 'frequency', 'start'],
    defaults: { start: { today: true }, created: { today: true } },
    columns: ['unit', 'area', 'frequency', 'status'],
    unitFields: ['unit'],
    ownerField: 'unit',
    areaFields: ['area'],
    yearField: 'start',
    close: { status: 'retired' },
    review: { type: 'entry', list: 'performed', options: { result: 'result', by: 'by', note: 'note', finding: 'findings' } },
  },
  {
    name: 'action',
    folder: 'actions',
    inPublic: 'listed',
    prefix: 'ACT',
    idForm: 'slug',
    refs: [links, { path: ['owner'], kind: 'unit' }, basisDocument],
    eventDates: [['done'], ['progress', '*', 'date']],
    inactiveStatuses: ['done', 'cancelled'],
    enums: { status: 'action_status' },
    prompts: ['title', 'owner', 'due'],
    defaults: { status: { value: 'planned' }, created: { today: true } },
    columns: ['owner', 'status', 'due'],
    unitFields: ['owner'],
    ownerField: 'owner',
    areaFields: [],
    yearField: 'due',
    close: { status: 'done', dateField: 'done', after: 'start' },
    review: { type: 'entry', list: 'progress', options: { percent: 'percent', note: 'note' } },
  },
  {
    name: 'incident',
    folder: 'incidents',
    inPublic: 'counts',
    prefix: 'INC',
    idForm: 'dated',
    refs: [
      links,
      { path: ['unit'], kind: 'unit' },
      { path: ['site'], kind: 'site' },
      { path: ['risks', '*'], kind: 'risk' },
      { path: ['actions', '*'], kind: 'action' },
    ],
    eventDates: [['date'], ['reported'], ['reported_to', '*', 'date'], ['closed']],
    inactiveStatuses: ['closed'],
    enums: { category: 'category', severity: 'severity', status: 'incident_status', 'kia.type': 'kia_type', 'reported_to.*.authority': 'authority', 'reported_to.*.stage': 'report_stage' },
    // The KIA type and a report to an authority decide the Arbetsmiljöverket item (AML 3 kap. 3 a §).
    prompts: ['title', 'date', 'time', 'unit', 'site', 'location', 'category', 'severity', 'description', 'kia.type', 'reported_to'],
    defaults: { date: { today: true }, reported: { today: true }, status: { value: 'open' }, created: { today: true } },
    columns: ['date', 'unit', 'category', 'severity', 'status'],
    unitFields: ['unit'],
    ownerField: 'unit',
    areaFields: [],
    yearField: 'date',
    close: { status: 'closed', dateField: 'closed', after: 'date' },
    // `sak review INC-… --reported-to AUTHORITY [--stage S] --date D`: a report to an authority.
    review: { type: 'entry', list: 'reported_to', options: { reportedTo: 'authority', stage: 'stage' } },
  },
  {
    name: 'exercise',
    folder: 'exercises',
    inPublic: 'listed',
    prefix: 'EXR',
    idForm: 'dated',
    refs: [links, { path: ['units', '*'], kind: 'unit' }],
    eventDates: [['date']],
    inactiveStatuses: [],
    enums: { type: 'exercise_type', topic: 'topic' },
    prompts: ['title', 'date', 'type', 'topic', 'units', 'participants'],
    defaults: { date: { today: true }, created: { today: true } },
    columns: ['date', 'type', 'topic', 'units'],
    unitFields: ['units'],
    areaFields: [],
    yearField: 'date',
  },
  {
    name: 'agreement',
    datedEntries: 'followups',
    folder: 'agreements',
    inPublic: 'counts',
    prefix: 'AGR',
    idForm: 'slug',
    refs: [
      links,
      { path: ['owner'], kind: 'unit' },
      { path: ['parties', '*'], kind: 'unit' },
      { path: ['requirements', '*'], kind: 'requirement' },
      basisDocument,
    ],
    eventDates: [['followups', '*', 'date'], ['grant', 'reported']],
    inactiveStatuses: ['ended'],
    enums: { type: 'agreement_type', status: 'agreement_status', 'followups.*.result': 'followup_result', 'followups.*.findings.*.severity': 'severity' },
    prompts: ['title', 'type', 'owner', 'counterparty', 'start', 'end', 'notice'],
    defaults: { status: { value: 'active' } },
    columns: ['type', 'owner', 'counterparty', 'end', 'status'],
    unitFields: ['owner', 'parties'],
    ownerField: 'owner',
    areaFields: [],
    yearField: 'start',
    close: { status: 'ended' },
    review: { type: 'entry', list: 'followups', options: { result: 'result', by: 'by', note: 'note', finding: 'findings' } },
  },
];

const byName = new Map<string, KindSpec>(KINDS.map((k) => [k.name, k]));
const byFolder = new Map<string, KindSpec>(KINDS.map((k) => [k.folder, k]));
const byPrefix = new Map<string, KindSpec>(KINDS.filter((k) => k.prefix).map((k) => [k.prefix as string, k]));

/** The kind of that name, or undefined. */
export function findKind(name: string): KindSpec | undefined {
  return byName.get(name);
}

/** The kind of that name; throws on a name that is not a kind (a bug in the caller). */
export function getKind(name: KindName): KindSpec {
  const kind = byName.get(name);
  if (!kind) throw new Error(`unknown kind ${name}`);
  return kind;
}

/** The kind whose records live in that top-level folder. */
export function kindOfFolder(folder: string): KindSpec | undefined {
  return byFolder.get(folder);
}

/** The names of the kinds, in the order of the table. */
export const KIND_NAMES: readonly KindName[] = KINDS.map((k) => k.name);

/**
 * The kinds that have a date placing a record in a year, each as `kind field` (`incident date,
 * …, document adopted.date`), in table order: what `sak set --before` and `sak list --year` compare.
 */
export function yearFieldsList(): string {
  return KINDS.filter((k) => k.yearField)
    .map((k) => `${k.name} ${k.yearField}`)
    .join(', ');
}

/** The id prefixes of the kinds whose ids have the given form, in table order. */
export function prefixesOf(form: Exclude<IdForm, 'unit'>): string[] {
  return KINDS.filter((k) => k.idForm === form && k.prefix).map((k) => k.prefix as string);
}

/** The id prefixes of dated kinds (`INC`, `EXR`): their ids hold a date that is not a personal number. */
export const DATED_PREFIXES: readonly string[] = prefixesOf('dated');

// The parts of every id pattern (register.md, "Ids"); the patterns of common.schema.json
// are made of the same parts, and a unit test keeps the two the same.
const UNIT_BODY = '[a-z][a-z0-9]*(-[a-z0-9]+)*';
const SLUG_BODY = '[a-z0-9]+(-[a-z0-9]+)*';
const DATED_BODY = '[0-9]{8}-[0-9A-HJKMNP-TV-Z]{5}';

/** The unanchored pattern of a kind's ids, as in JSON Schema. */
function idBody(kind: KindSpec): string {
  if (kind.idForm === 'unit') return UNIT_BODY;
  return `${kind.prefix}-${kind.idForm === 'dated' ? DATED_BODY : SLUG_BODY}`;
}

/** The name of a kind's id definition in common.schema.json (`incidentId`). */
export function idDefinitionName(kind: KindSpec): string {
  return `${kind.name}Id`;
}

/** The unanchored pattern of a kind's ids (`RSK-[a-z0-9]+(-[a-z0-9]+)*`), to find them in a text. */
export function idPatternOf(kind: KindSpec): string {
  return idBody(kind);
}

/** A JSON Schema pattern with every id form of the table (`anyId` in common.schema.json). */
export function anyIdPattern(): string {
  const slug = prefixesOf('slug');
  const dated = prefixesOf('dated');
  return `^(${UNIT_BODY}|(${slug.join('|')})-${SLUG_BODY}|(${dated.join('|')})-${DATED_BODY})$`;
}

/**
 * The id definitions common.schema.json must hold, derived from the table: one per kind
 * (`<kind>Id`) and `anyId`. The unit form adds the Windows device names in the schema.
 */
export function idDefinitions(): Record<string, { type: 'string'; pattern: string; maxLength?: number }> {
  const definitions: Record<string, { type: 'string'; pattern: string; maxLength?: number }> = {};
  for (const kind of KINDS) {
    const maxLength = kind.idForm === 'unit' ? MAX_UNIT_ID : kind.idForm === 'slug' ? MAX_SLUG_ID : undefined;
    definitions[idDefinitionName(kind)] = { type: 'string', pattern: `^${idBody(kind)}$`, ...(maxLength ? { maxLength } : {}) };
  }
  definitions.anyId = { type: 'string', pattern: anyIdPattern(), maxLength: MAX_SLUG_ID };
  return definitions;
}

const byIdDefinition = new Map<string, KindSpec>(KINDS.map((k) => [idDefinitionName(k), k]));

/** The kind whose id a common.schema.json definition describes (`siteId` → site), or undefined. */
export function kindOfIdDefinition(definition: string): KindSpec | undefined {
  return byIdDefinition.get(definition);
}

const UNIT_ID = new RegExp(`^${UNIT_BODY}$`);
const SLUG_ID = new RegExp(`^(${prefixesOf('slug').join('|')})-${SLUG_BODY}$`);
const DATED_ID = new RegExp(`^(${DATED_PREFIXES.join('|')})-(\\d{4})(\\d{2})(\\d{2})-[0-9A-HJKMNP-TV-Z]{5}$`);

/** A well-formed id of any kind, whatever its length (the pattern of `anyId`). */
export const ANY_ID: RegExp = new RegExp(anyIdPattern());

/** The kind an id's form names (by prefix, or unit for a bare slug), or undefined for a malformed id. */
export function kindOfId(id: string): KindSpec | undefined {
  if (UNIT_ID.test(id)) return id.length <= MAX_UNIT_ID ? byName.get('unit') : undefined;
  const slug = SLUG_ID.exec(id);
  if (slug) return id.length <= MAX_SLUG_ID ? byPrefix.get(slug[1] as string) : undefined;
  const dated = DATED_ID.exec(id);
  if (dated) return byPrefix.get(dated[1] as string);
  return undefined;
}

/** The year folder of a dated id (`INC-20261126-7QX2K` → `2026`), else undefined. */
export function yearOfDatedId(id: string): string | undefined {
  return DATED_ID.exec(id)?.[2];
}

/** The path of a record's file relative to the register root, `/`-separated. */
export function recordPath(kind: KindSpec, id: string): string {
  if (kind.idForm === 'dated') return `${kind.folder}/${yearOfDatedId(id) ?? 'unknown'}/${id}.yaml`;
  return `${kind.folder}/${id}.yaml`;
}

/** What the path of a YAML file under a record folder says about it. */
export type PathClass =
  | { status: 'record'; kind: KindSpec; base: string; expected: string }
  | { status: 'unknown'; folder: string; yml: boolean };

/** Classifies a `/`-separated path relative to the register root by its folder and file name. */
export function classifyRecordPath(file: string): PathClass {
  const segments = file.split('/');
  const folder = segments[0] ?? '';
  const name = segments[segments.length - 1] ?? '';
  const folderKind = kindOfFolder(folder);
  if (!name.endsWith('.yaml')) return { status: 'unknown', folder, yml: name.endsWith('.yml') };
  const base = name.slice(0, -'.yaml'.length);
  const nameKind = kindOfId(base);
  if (!nameKind || (nameKind.name === 'unit' && folderKind?.name !== 'unit')) return { status: 'unknown', folder, yml: false };
  return { status: 'record', kind: nameKind, base, expected: recordPath(nameKind, base) };
}
