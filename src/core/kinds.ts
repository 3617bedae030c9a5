import type {
  ActionRecord,
  ControlRecord,
  DocumentRecord,
  ExerciseRecord,
  IncidentRecord,
  RequirementRecord,
  RiskRecord,
  SiteRecord,
  UnitRecord,
} from './record-types.js';

/** The record type of each kind, as generated from its schema. */
export interface RecordTypes {
  unit: UnitRecord;
  site: SiteRecord;
  requirement: RequirementRecord;
  document: DocumentRecord;
  risk: RiskRecord;
  control: ControlRecord;
  action: ActionRecord;
  incident: IncidentRecord;
  exercise: ExerciseRecord;
}

/** The name of a record kind. */
export type KindName = keyof RecordTypes;

/** How a kind's ids are formed (register.md, "Ids"). */
export type IdForm = 'unit' | 'slug' | 'dated';

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
}

const links: RefSpec = { path: ['links', '*'], kind: 'any' };

/** The nine kinds of register.md, in the order the register lists them. */
export const KINDS: readonly KindSpec[] = [
  {
    name: 'unit',
    folder: 'units',
    prefix: null,
    idForm: 'unit',
    refs: [links, { path: ['parent'], kind: 'unit' }],
    eventDates: [],
    inactiveStatuses: ['inactive'],
  },
  {
    name: 'site',
    folder: 'sites',
    prefix: 'SITE',
    idForm: 'slug',
    refs: [links, { path: ['owner'], kind: 'unit' }, { path: ['used_by', '*'], kind: 'unit' }],
    eventDates: [],
    inactiveStatuses: [],
  },
  {
    name: 'requirement',
    folder: 'requirements',
    prefix: 'REQ',
    idForm: 'slug',
    refs: [links],
    eventDates: [],
    inactiveStatuses: [],
  },
  {
    name: 'document',
    folder: 'documents',
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
    ],
    eventDates: [['reviews', '*', 'date']],
    inactiveStatuses: ['repealed'],
  },
  {
    name: 'risk',
    folder: 'risks',
    prefix: 'RSK',
    idForm: 'slug',
    refs: [links, { path: ['owner'], kind: 'unit' }, { path: ['actions', '*'], kind: 'action' }],
    eventDates: [['assessments', '*', 'date']],
    inactiveStatuses: ['closed'],
  },
  {
    name: 'control',
    folder: 'controls',
    prefix: 'CTL',
    idForm: 'slug',
    refs: [
      links,
      { path: ['unit'], kind: 'unit' },
      { path: ['risks', '*'], kind: 'risk' },
      { path: ['documents', '*'], kind: 'document' },
      { path: ['performed', '*', 'findings', '*', 'reported', 'to', '*'], kind: 'unit' },
      { path: ['performed', '*', 'findings', '*', 'action'], kind: 'action' },
    ],
    eventDates: [['performed', '*', 'date']],
    inactiveStatuses: ['retired'],
  },
  {
    name: 'action',
    folder: 'actions',
    prefix: 'ACT',
    idForm: 'slug',
    refs: [links, { path: ['owner'], kind: 'unit' }],
    eventDates: [],
    inactiveStatuses: ['done', 'cancelled'],
  },
  {
    name: 'incident',
    folder: 'incidents',
    prefix: 'INC',
    idForm: 'dated',
    refs: [
      links,
      { path: ['unit'], kind: 'unit' },
      { path: ['site'], kind: 'site' },
      { path: ['risks', '*'], kind: 'risk' },
      { path: ['actions', '*'], kind: 'action' },
    ],
    eventDates: [['date']],
    inactiveStatuses: ['closed'],
  },
  {
    name: 'exercise',
    folder: 'exercises',
    prefix: 'EXR',
    idForm: 'dated',
    refs: [links, { path: ['units', '*'], kind: 'unit' }],
    eventDates: [['date']],
    inactiveStatuses: [],
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

const UNIT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SLUG_ID = /^(SITE|REQ|DOC|RSK|CTL|ACT)-[a-z0-9]+(-[a-z0-9]+)*$/;
const DATED_ID = /^(INC|EXR)-(\d{4})(\d{2})(\d{2})-[0-9A-HJKMNP-TV-Z]{5}$/;

/** The kind an id's form names (by prefix, or unit for a bare slug), or undefined for a malformed id. */
export function kindOfId(id: string): KindSpec | undefined {
  if (UNIT_ID.test(id)) return id.length <= 40 ? byName.get('unit') : undefined;
  const slug = SLUG_ID.exec(id);
  if (slug) return id.length <= 64 ? byPrefix.get(slug[1] as string) : undefined;
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
