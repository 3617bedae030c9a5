import type { Lang } from '../i18n/lang.js';
import { KIND_LABELS, enumLabel } from '../i18n/labels.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { recordMessage } from '../i18n/record-messages.js';
import { IMPORT_SOURCE_FIELD, fieldAt, isScalarField } from './fields.js';
import type { FieldSpec } from './fields.js';
import { getKind } from './kinds.js';
import type { KindName } from './kinds.js';
import type { AnyRecord } from './model.js';
import { valueLabel } from './new-record.js';
import { compareStrings } from './problem.js';
import type { RiskRecord, SakConfig } from './record-types.js';
import { recordInUnits, valueAtPath } from './unit-scope.js';
import { currentRisk } from './risk.js';

/** The filters of `sak list`; values are stored values (labels already resolved). */
export interface ListFilter {
  kind?: KindName;
  status?: string;
  /** A unit and its sub-units (unitSubtree): records that name any of them in a unit field. */
  units?: ReadonlySet<string>;
  area?: string;
  year?: string;
}

/** What listing needs besides the records. */
export interface ListContext {
  fieldsOf: (kind: KindName) => readonly FieldSpec[];
  config: SakConfig;
  lang: Lang;
  /** The date the computed values (risk level) are evaluated at. */
  at: string;
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
export function filterRecords(records: readonly AnyRecord[], filter: ListFilter, fieldsOf: ListContext['fieldsOf']): AnyRecord[] {
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

/** A value as text for people: enum labels, lists joined with ", ", yes/no. */
export function displayValue(value: unknown, field: FieldSpec | undefined, ctx: Pick<ListContext, 'lang' | 'config'>): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => displayValue(item, field?.type === 'list' ? field.item : undefined, ctx)).join(', ');
  if (typeof value === 'boolean') return recordMessage(ctx.lang, value ? 'yes' : 'no');
  if (typeof value === 'object') return JSON.stringify(value);
  if (field?.type === 'enum' && typeof value === 'string') return valueLabel(field, value, ctx.lang, ctx.config);
  return String(value);
}

function riskCell(record: AnyRecord, ctx: ListContext): string {
  const risk = currentRisk(record.data as RiskRecord, ctx.config, ctx.at);
  return risk ? `${risk.score} ${enumLabel('risk_level', risk.level, ctx.lang)}` : '';
}

/** The rows of the `sak list` table: id, title and the kind's key fields (one kind), or kind and status (all kinds). */
export function listTable(records: readonly AnyRecord[], kindName: KindName | undefined, ctx: ListContext): { header: string[]; rows: string[][] } {
  const { lang } = ctx;
  if (!kindName) {
    const header = [fieldLabel(['id'], lang), recordMessage(lang, 'column.kind'), fieldLabel(['title'], lang), fieldLabel(['status'], lang)];
    const rows = records.map((record) => {
      const fields = ctx.fieldsOf(record.kind);
      const status = effectiveStatus(record, fields);
      return [record.id, KIND_LABELS[record.kind][lang], String((record.data as { title?: unknown }).title ?? ''), displayValue(status, fieldAt(fields, ['status']), ctx)];
    });
    return { header, rows };
  }
  const kind = getKind(kindName);
  const fields = ctx.fieldsOf(kindName);
  const header = [fieldLabel(['id'], lang), fieldLabel(['title'], lang), ...kind.columns.map((c) => (c === '@risk' ? recordMessage(lang, 'column.risk') : fieldLabel(c.split('.'), lang)))];
  const rows = records.map((record) => [
    record.id,
    String((record.data as { title?: unknown }).title ?? ''),
    ...kind.columns.map((column) => {
      if (column === '@risk') return riskCell(record, ctx);
      const value = column === 'status' ? effectiveStatus(record, fields) : valueAtPath(record.data, column);
      return displayValue(value, fieldAt(fields, column.split('.')), ctx);
    }),
  ]);
  return { header, rows };
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
