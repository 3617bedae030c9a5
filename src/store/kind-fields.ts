import { kindFields } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import { getKind } from '../core/kinds.js';
import type { KindName } from '../core/kinds.js';
import { loadShippedSchemas } from './schemas.js';

const cache = new Map<KindName, FieldSpec[]>();

/** The fields of a kind, derived from the shipped schemas once per process. */
export function fieldsOfKind(kind: KindName): FieldSpec[] {
  let fields = cache.get(kind);
  if (!fields) {
    fields = kindFields(loadShippedSchemas(), getKind(kind));
    cache.set(kind, fields);
  }
  return fields;
}
