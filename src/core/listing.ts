import { IMPORT_SOURCE_FIELD, isScalarField } from './fields.js';
import type { FieldSpec } from './fields.js';
import { getKind } from './kinds.js';
import type { KindName } from './kinds.js';
import type { AnyRecord } from './model.js';
import { compareStrings } from './problem.js';
import { recordInUnits, valueAtPath } from './unit-scope.js';

/** The filters of `sak list`; values are stored values (labels already resolved). */
export interface ListFilter {
  kind?: KindName;
  status?: string;
  /** A unit and its sub-units (unitSubtree): records that name any of them in a unit field. */
  units?: ReadonlySet<string>;
  area?: string;
  year?: string;
}

/** A record's status, or the schema's default status when the field is left out. */
export function effectiveStatus(record: AnyRecord, fields: readonly FieldSpec[]): string | undefined {
  const value = (record.data as unknown as Record<string, unknown>).status;
  if (typeof value === 'string') return value;
  const spec = fields.find((f) => f.name === 'status');
  return typeof spec?.default === 'string' ? spec.default : undefined;
}

function yearOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && /^\d{4}/.test(value) ? value.slice(0, 4) : undefined;
}

/** The records that pass the filters, sorted by id (UTF-16 code units). */
export function filterRecords(records: readonly AnyRecord[], filter: ListFilter, fieldsOf: (kind: KindName) => readonly FieldSpec[]): AnyRecord[] {
  return records
    .filter((record) => {
      const kind = getKind(record.kind);
      const data = record.data as unknown as Record<string, unknown>;
      if (filter.kind && record.kind !== filter.kind) return false;
      if (filter.status !== undefined && effectiveStatus(record, fieldsOf(record.kind)) !== filter.status) return false;
      if (filter.units !== undefined && !recordInUnits(record, filter.units, 'unit')) return false;
      if (filter.area !== undefined) {
        const areas = kind.areaFields.flatMap((path) => {
          const value = valueAtPath(data, path);
          return Array.isArray(value) ? value : [value];
        });
        if (!areas.includes(filter.area)) return false;
      }
      if (filter.year !== undefined && (!kind.yearField || yearOf(valueAtPath(data, kind.yearField)) !== filter.year)) return false;
      return true;
    })
    .sort((a, b) => compareStrings(a.id, b.id));
}

/** The CSV columns of a kind: every scalar field and list of scalars, objects one level deep (`kia.type`), as stored. */
export function csvColumns(fields: readonly FieldSpec[]): string[] {
  const columns: string[] = [];
  for (const field of fields) {
    // Where an import found the record is sak's own bookkeeping, not a column to edit and import again.
    if (field.name === IMPORT_SOURCE_FIELD) continue;
    if (isScalarField(field) || (field.type === 'list' && field.item && isScalarField(field.item))) columns.push(field.name);
    else if (field.type === 'object') for (const property of field.properties ?? []) if (isScalarField(property)) columns.push(`${field.name}.${property.name}`);
  }
  return columns;
}

/** The JSON of `sak list`: each record with id, kind and path, then its fields as stored. */
export function listJson(records: readonly AnyRecord[]): Record<string, unknown>[] {
  return records.map((r) => {
    const { id: _id, ...fields } = r.data as unknown as Record<string, unknown>;
    return { id: r.id, kind: r.kind, path: r.file, ...fields };
  });
}
