// Records generated from the schemas: for every kind, one valid record with every field
// filled (every list with one item, every object with all its properties), and the list
// of its string values by JSON pointer. Tests of privacy use it so that a field added to
// a schema is covered without anyone listing it.
import type { FieldSpec } from '../../../src/core/fields.js';
import { KINDS } from '../../../src/core/kinds.js';
import type { KindName, KindSpec } from '../../../src/core/kinds.js';
import type { AnyRecord } from '../../../src/core/model.js';
import { recordPath } from '../../../src/core/kinds.js';
import { RANDOM_ID_LENGTH, datedId, slugIdFromTitle } from '../../../src/core/ids.js';
import { toPointer } from '../../../src/core/validate/pending.js';
import { fieldsOfKind } from '../../../src/store/kind-fields.js';

/** The sample record's id of a kind, made as sak makes ids (from its row's prefix and id form); references point at these. */
function sampleId(kind: KindSpec): string {
  // Random bytes of 10 give the suffix AAAAA: INC-20260301-AAAAA.
  if (kind.idForm === 'dated') return datedId(kind.prefix as string, '2026-03-01', new Uint8Array(RANDOM_ID_LENGTH).fill(10));
  return slugIdFromTitle(kind, kind.idForm === 'unit' ? 'enhet prov' : 'prov', () => false);
}

/** The id of the sample record of each kind, by kind: a new kind of the table has one at once. */
export const SAMPLE_IDS = Object.fromEntries(KINDS.map((kind) => [kind.name, sampleId(kind)])) as Record<KindName, string>;

/** One string value of a sample record: where it is, its field, and whether the schema makes it free text. */
export interface StringSlot {
  path: (string | number)[];
  pointer: string;
  field: FieldSpec;
}

/** A value the schema accepts for a field; `text` gives the value of plain string fields. */
function sampleValue(field: FieldSpec, text: (path: (string | number)[], field: FieldSpec) => string, path: (string | number)[], kind: KindSpec): unknown {
  switch (field.type) {
    case 'id':
      return SAMPLE_IDS[kind.name];
    case 'ref':
      return SAMPLE_IDS[field.refKind === 'any' || field.refKind === undefined ? 'unit' : field.refKind];
    case 'date':
      return '2026-03-01';
    case 'partial-date':
      return '2026-03-01';
    case 'time':
      return '12:00';
    case 'duration':
      return 'P1Y';
    case 'integer':
      return field.minimum ?? 1;
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return field.values?.[0];
    case 'slug':
      return text(path, field).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'prov';
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const property of field.properties ?? []) out[property.name] = sampleValue(property, text, [...path, property.name], kind);
      return out;
    }
    case 'list':
      return field.item ? [sampleValue(field.item, text, [...path, 0], kind)] : [];
    default:
      // `review` of a document is "mandate", "none" or a duration (of an agreement a duration or "none"); `url` a URI; the rest free.
      if (field.name === 'review') return kind.name === 'agreement' ? 'P1Y' : 'mandate';
      if (field.name === 'url') return `https://example.invalid/${encodeURIComponent(text(path, field))}`;
      return text(path, field);
  }
}

/** A sample record of a kind, its data in schema order. */
export function sampleRecord(kind: KindSpec, text: (path: (string | number)[], field: FieldSpec) => string = () => 'Provtext (fiktiv)'): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fieldsOfKind(kind.name)) data[field.name] = sampleValue(field, text, [field.name], kind);
  return data;
}

/** Every string value of a sample record with its field (lists of strings item by item). */
export function stringSlots(kind: KindSpec): StringSlot[] {
  const slots: StringSlot[] = [];
  const walk = (fields: readonly FieldSpec[], path: (string | number)[]) => {
    for (const field of fields) visit(field, [...path, field.name]);
  };
  const visit = (field: FieldSpec, path: (string | number)[]) => {
    if (field.type === 'object') walk(field.properties ?? [], path);
    else if (field.type === 'list' && field.item) visit(field.item, [...path, 0]);
    else if (['string', 'text', 'slug', 'ref', 'id', 'enum', 'date', 'partial-date', 'time', 'duration'].includes(field.type)) slots.push({ path, pointer: toPointer(path), field });
  };
  walk(fieldsOfKind(kind.name), []);
  return slots;
}

/** The sample records of all kinds as register records (files where sak would write them). */
export function sampleRegister(text?: (kind: KindSpec, path: (string | number)[], field: FieldSpec) => string): AnyRecord[] {
  return KINDS.map((kind) => {
    const data = sampleRecord(kind, text ? (path, field) => text(kind, path, field) : undefined);
    return { kind: kind.name, id: SAMPLE_IDS[kind.name], file: recordPath(kind, SAMPLE_IDS[kind.name]), data } as unknown as AnyRecord;
  });
}
