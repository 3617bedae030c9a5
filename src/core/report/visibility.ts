import type { FieldSpec } from '../fields.js';
import { KINDS, type KindName } from '../kinds.js';
import type { AnyRecord } from '../model.js';
import type { Audience, RecordRef } from './model.js';
import { EXPLICITLY_PUBLIC } from './classification.js';
import { textWording } from './wording.js';

/** The KLASSA level from which a record is left out of a public report. */
export const PUBLIC_CLASSIFICATION_LIMIT = 2;

/**
 * What the audience lets the report show. The builder asks it for every record it lists,
 * every reference it labels and every free text it copies, so a public model is built
 * without that text rather than stripped of it afterwards.
 */
export interface Visibility {
  readonly audience: Audience;
  /**
   * True when the record may appear in a list; in public, false for a record classified 2 or
   * higher (noted as omitted) and for an incident, risk or site not classified 0 (counted only).
   */
  shows(record: AnyRecord | { id: string; kind?: KindName; data: { classification?: number } }): boolean;
  /** The id and label of a referenced record (a unit's `short`, else its title); id null and the words "not public" when it may not be shown. */
  ref(id: string): RecordRef;
  /** A free-text field as `{ [key]: text }` for the internal audience; `{}` in public or when empty. */
  text<K extends string>(key: K, value: unknown): Partial<Record<K, string>>;
  /** How many records were left out so far. */
  omitted(): number;
}

/** The classification of a record (default 1, register.md). */
export function classificationOf(record: { data: { classification?: number } }): number {
  const c = record.data.classification;
  return typeof c === 'number' ? c : 1;
}

/**
 * Kinds a public output gives only as counts and sums (report.md, Audience, as amended by
 * "Safe to publish, safe to share"): an incident's title is free text about people, the RSA's
 * risks are often secret (OSL 18 kap. 13 §, 15 kap. 2 §), and a list of sites, deficient or
 * not, points at the deficient ones (OSL 18 kap. 8 §). A record of these kinds classified 0
 * (explicitly public) is listed. Each kind's row in the kinds table says which it is (`inPublic`).
 */
export const AGGREGATE_ONLY_KINDS: ReadonlySet<KindName> = new Set(KINDS.filter((kind) => kind.inPublic === 'counts').map((kind) => kind.name));

/**
 * A record of an aggregate-only kind that a public output may list all the same: one
 * classified 0, and an agreement whose counterparty is a public body (`counterparty_public:
 * true`): issue "Every municipality" lets a public report name only agreements with public
 * bodies and give the others as counts by type.
 */
function listedAnyway(record: { kind?: KindName; data: { classification?: number } }): boolean {
  if (classificationOf(record) === EXPLICITLY_PUBLIC) return true;
  return record.kind === 'agreement' && (record.data as { counterparty_public?: unknown }).counterparty_public === true;
}

export { EXPLICITLY_PUBLIC };

/** Why a public output does not list a record: its classification, or its kind (counts only); null when it may be listed. */
export type PublicExclusion = 'classified' | 'aggregate' | null;

/**
 * The one decision "may a public output show this record (its id, title, its row)?",
 * shared by the report, `sak list`/`sak show --audience public` and the published site.
 */
export function publicExclusion(record: { kind?: KindName; data: { classification?: number } }): PublicExclusion {
  const classification = classificationOf(record);
  if (classification >= PUBLIC_CLASSIFICATION_LIMIT) return 'classified';
  if (record.kind !== undefined && AGGREGATE_ONLY_KINDS.has(record.kind) && !listedAnyway(record)) return 'aggregate';
  return null;
}

/** True when a public output may list the record (publicExclusion is null). */
export function isPublicRecord(record: { kind?: KindName; data: { classification?: number } }): boolean {
  return publicExclusion(record) === null;
}

/** The visibility rules of an audience over a register's records. */
export function createVisibility(audience: Audience, byId: ReadonlyMap<string, AnyRecord>): Visibility {
  const left = new Set<string>();
  // Only a record left out for its classification counts as omitted; the kinds given as
  // counts are said so once in the report.
  const hidden = (record: { id: string; kind?: KindName; data: { classification?: number } }): boolean => {
    if (audience !== 'public') return false;
    const exclusion = publicExclusion(record);
    if (exclusion === 'classified') left.add(record.id);
    return exclusion !== null;
  };
  return {
    audience,
    shows: (record) => !hidden(record),
    ref(id) {
      const record = byId.get(id);
      if (!record) return { id, label: id };
      if (hidden(record)) return { id: null, label: textWording('not_public') };
      const short = record.kind === 'unit' ? record.data.short : undefined;
      return { id, label: typeof short === 'string' && short !== '' ? short : record.data.title };
    },
    text<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
      if (audience !== 'internal' || typeof value !== 'string' || value.trim() === '') return {};
      return { [key]: value } as Partial<Record<K, string>>;
    },
    omitted: () => left.size,
  };
}

/**
 * String fields that an audience sees as anything else but free text: the title, a unit's
 * short name (its label in reports), and the § and diarienummer of a decision (report.md,
 * content 5), the citation of a deadline's legal basis (`basis.law`), and the authority that
 * grants an agreement's grant (`grant.authority`, a public body that the `grant-report` message
 * names). Every other string field — text, notes, `by`, the counterparty, tags, … — is free text.
 */
export const LABEL_STRING_FIELDS: ReadonlySet<string> = new Set(['title', 'short', 'paragraph', 'dnr', 'law', 'authority']);

/** True for a field the public audience never sees (report.md, "Audience"): a string that is no id, enum, date, time, duration or reference. */
export function isFreeTextField(field: FieldSpec): boolean {
  return (field.type === 'string' || field.type === 'text' || field.type === 'slug') && !LABEL_STRING_FIELDS.has(field.name);
}

/**
 * A record's data as an audience may see it, for `sak list` and `sak show`: internal sees
 * it whole; public sees no free text (nor fields the schema does not know), and a
 * reference to a record it may not see becomes null, as in the report.
 */
export function visibleData(data: Record<string, unknown>, fields: readonly FieldSpec[], visibility: Visibility): Record<string, unknown> {
  if (visibility.audience === 'internal') return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((f) => f.name === key);
    if (!field) continue;
    const visible = visibleValue(value, field, visibility);
    if (visible !== undefined) out[key] = visible;
  }
  return out;
}

function visibleValue(value: unknown, field: FieldSpec, visibility: Visibility): unknown {
  if (isFreeTextField(field)) return undefined;
  if (field.type === 'ref') return typeof value === 'string' ? visibility.ref(value).id : value;
  if (field.type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value) ? visibleData(value as Record<string, unknown>, field.properties ?? [], visibility) : value;
  if (field.type === 'list') {
    const item = field.item;
    if (!Array.isArray(value) || !item) return value;
    if (isFreeTextField(item)) return undefined;
    return value.map((entry) => visibleValue(entry, item, visibility));
  }
  return value;
}

/**
 * The records an audience may see, each with its visible data (visibleData); in public, the
 * records classified 2 or higher are left out (and counted by the visibility).
 */
export function visibleRecords(records: readonly AnyRecord[], visibility: Visibility, fieldsOf: (kind: AnyRecord['kind']) => readonly FieldSpec[]): AnyRecord[] {
  if (visibility.audience === 'internal') return [...records];
  return records
    .filter((record) => visibility.shows(record))
    .map((record) => ({ ...record, data: visibleData(record.data as unknown as Record<string, unknown>, fieldsOf(record.kind), visibility) }) as unknown as AnyRecord);
}
