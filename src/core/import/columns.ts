import type { FieldSpec } from '../fields.js';
import type { KindSpec } from '../kinds.js';
import { IMPORT_SOURCE_FIELD, isScalarField, kebabCase } from '../fields.js';
import { parseFieldValue } from '../field-values.js';
import type { ValueContext, ValueResult } from '../field-values.js';
import { suggestNearest } from '../suggest.js';
import { columnLetter } from './csv-table.js';

/** A field a CSV column can give: a top-level scalar or list of scalars, or such a property of a top-level object (`kia.type`). */
export interface ImportField {
  /** The dotted path, `kia.type`. */
  name: string;
  path: readonly string[];
  field: FieldSpec;
  /** For a list: its item. */
  item?: FieldSpec;
  /** The kind a reference (or each item of a list of references) names, from the kinds table. */
  refKind?: string;
  /** The field's label in every language: a column may be named by any of them. */
  labels: readonly string[];
}

/** The labels of a field at a path in every language: the edge passes the label table in as this function (fieldLabels of src/i18n/field-labels.ts). */
export type FieldLabels = (path: readonly string[]) => readonly string[];

/** The fields of a kind that a CSV column can give, in schema order (the columns of `sak list --format csv` but the id). */
export function importFields(kind: KindSpec, fields: readonly FieldSpec[], labelsOf: FieldLabels): ImportField[] {
  const out: ImportField[] = [];
  const refKind = (path: readonly string[]) => {
    const ref = kind.refs.find((r) => r.path.join('.') === path.join('.'));
    return ref ? { refKind: ref.kind } : {};
  };
  const add = (field: FieldSpec, path: readonly string[]) => {
    const common = { name: path.join('.'), path, field, labels: labelsOf(path) };
    if (isScalarField(field)) out.push({ ...common, ...refKind(path) });
    else if (field.type === 'list' && field.item && isScalarField(field.item)) out.push({ ...common, item: field.item, ...refKind([...path, '*']) });
  };
  for (const field of fields) {
    // Every row gets a new id: an id column is skipped, never imported.
    if (field.type === 'id' || field.name === IMPORT_SOURCE_FIELD) continue;
    if (field.type === 'object') for (const property of field.properties ?? []) add(property, [field.name, property.name]);
    else add(field, [field.name]);
  }
  return out;
}

/** A header or field name compared the way a user means it: trimmed, one space between words, lower case. */
export function foldName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The names a column may have for a field: the dotted path, the flag, and the label in each language. */
export function fieldNames(field: ImportField): string[] {
  return [field.name, field.path.map(kebabCase).join('-'), ...field.labels];
}

/** What a column of the file is: a field, skipped (`--map "X="`, or an empty header with empty cells), or the id (skipped too). */
export type ColumnRole = { type: 'field'; field: ImportField } | { type: 'skip' } | { type: 'id' };

/** A problem with the columns: what is wrong (the message key of src/i18n/import-messages.ts), in which column if one. */
export type ColumnProblem =
  | { key: 'column.unknown'; params: { letter: string; column: string; kind: string; suggestion?: string } }
  | { key: 'column.unnamed'; params: { letter: string } }
  | { key: 'column.twice'; params: { field: string; columns: string } }
  | { key: 'column.missing-required'; params: { field: string; label: string } };

/** The columns matched to fields. `maps`: `--map` as column name → field name ('' = skip), already checked. */
export function matchColumns(header: readonly string[], rows: readonly { cells: readonly string[] }[], fields: readonly ImportField[], maps: ReadonlyMap<string, string>, kind: string): { roles: ColumnRole[]; problems: ColumnProblem[] } {
  const byName = new Map<string, ImportField>();
  for (const field of fields) for (const name of fieldNames(field)) if (!byName.has(foldName(name))) byName.set(foldName(name), field);
  const foldedMaps = new Map([...maps].map(([column, field]) => [foldName(column), field]));
  const problems: ColumnProblem[] = [];
  const roles: ColumnRole[] = header.map((raw, index): ColumnRole => {
    const column = foldName(raw);
    const mapped = foldedMaps.get(column);
    if (mapped !== undefined) {
      if (mapped === '') return { type: 'skip' };
      const field = fields.find((f) => f.name === mapped);
      if (field) return { type: 'field', field };
    }
    if (column === '') {
      if (rows.some((row) => (row.cells[index] ?? '').trim() !== '')) problems.push({ key: 'column.unnamed', params: { letter: columnLetter(index) } });
      return { type: 'skip' };
    }
    if (column === 'id') return { type: 'id' };
    const field = byName.get(column);
    if (field) return { type: 'field', field };
    const suggestion = suggestNearest(column, [...byName.keys()]);
    problems.push({ key: 'column.unknown', params: { letter: columnLetter(index), column: raw.trim(), kind, ...(suggestion ? { suggestion: (byName.get(suggestion) as ImportField).name } : {}) } });
    return { type: 'skip' };
  });
  const seen = new Map<string, number[]>();
  roles.forEach((role, index) => {
    if (role.type !== 'field') return;
    seen.set(role.field.name, [...(seen.get(role.field.name) ?? []), index]);
  });
  for (const [field, indexes] of seen) {
    if (indexes.length > 1) problems.push({ key: 'column.twice', params: { field, columns: indexes.map((i) => `${columnLetter(i)} "${(header[i] ?? '').trim()}"`).join(', ') } });
  }
  return { roles, problems };
}

/** Finds the id of a record of a kind by its title (case-insensitive), for references given by name. */
export type TitleResolver = (kind: string, text: string) => string | undefined;

/** What turning a cell into a value needs: the parser's context (sak.yaml, decimal hint, date order, units) and the register's ids and titles. */
export interface CellContext extends ValueContext {
  /** `--map-value`: by field name, a cell's text (folded) → the value to read instead. */
  valueMaps?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The id that exists for a text, compared case-insensitively (`Kommunstyrelsen` → `kommunstyrelsen`), else undefined. */
  idOf: (text: string) => string | undefined;
  byTitle: TitleResolver;
}

/** Splits a list cell: ids, slugs and coded values by `;` or `,`; free text only by `;` or a line break (a comma belongs to the text). */
export function splitListCell(item: FieldSpec, text: string): string[] {
  const separator = item.type === 'text' || item.type === 'string' ? /[;\n]/ : /[;,\n]/;
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function scalarValue(field: FieldSpec, refKind: string | undefined, text: string, ctx: CellContext): ValueResult {
  if (refKind === 'unit') {
    // A unit by id, short name or title; else as given, so that a unit of the same file
    // (a parent) is found, or the record's check names the nearest unit.
    const unit = parseFieldValue({ ...field, refKind: 'unit' }, text, ctx);
    if (unit.ok) return unit;
  } else if (field.type !== 'ref') return parseFieldValue(field, text, ctx);
  if (!refKind) return { ok: true, value: text };
  const id = ctx.idOf(text);
  if (id === text || refKind === 'any') return { ok: true, value: id ?? text };
  return { ok: true, value: ctx.byTitle(refKind, text) ?? id ?? text };
}

/**
 * The value of a cell for a field, read as every command reads it (parseFieldValue):
 * numbers in Swedish or English form, yes/no, enum values by code or label, dates,
 * units by id, short name or title, other references by id or title, lists split (see
 * splitListCell). Undefined for an empty cell; a value that cannot be read says why.
 */
export function cellValue(target: ImportField, raw: string, ctx: CellContext): ValueResult | undefined {
  // The `'` that formula escaping put before `=`, `+`, `-`, `@` (sak list --format csv) is not part of the value.
  const text = raw.trim().replace(/^'(?=[=+\-@\t\r])/, '');
  if (text === '') return undefined;
  const map = ctx.valueMaps?.get(target.name);
  const mapped = (part: string) => map?.get(foldName(part)) ?? part;
  if (target.item) {
    const items: unknown[] = [];
    for (const part of splitListCell(target.item, text)) {
      const result = scalarValue(target.item, target.refKind, mapped(part), ctx);
      if (!result.ok) return result;
      items.push(result.value);
    }
    return items.length > 0 ? { ok: true, value: items } : undefined;
  }
  return scalarValue(target.field, target.refKind, mapped(text), ctx);
}
