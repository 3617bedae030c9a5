import { toRecordYaml } from './edit/yaml-edit.js';
import { parseFieldValue } from './field-values.js';
import type { ValueContext } from './field-values.js';
import type { FieldSpec } from './fields.js';
import type { KindSpec } from './kinds.js';
import { parseYamlSource } from './parse/yaml-source.js';

export { configuredValues, enumChoices } from './field-values.js';

/** A path into a record: keys and list indexes. */
export type FieldPath = (string | number)[];

/** The modeline sak writes on a record's first line, relative to the record's own folder. */
export function schemaModeline(kindName: string, recordFile: string): string {
  const depth = recordFile.split('/').length - 1;
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}.sak/schemas/${kindName}.schema.json`;
}

/** A copy of the data with the keys of every mapping in schema order; unknown keys keep their place at the end. */
export function orderBySchema(fields: readonly FieldSpec[], data: unknown): unknown {
  if (Array.isArray(data)) return data;
  if (data === null || typeof data !== 'object') return data;
  const source = data as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const field of fields) {
    if (!Object.hasOwn(source, field.name)) continue;
    const value = source[field.name];
    if (field.type === 'object') ordered[field.name] = orderBySchema(field.properties ?? [], value);
    else if (field.type === 'list' && Array.isArray(value) && field.item?.type === 'object') ordered[field.name] = value.map((item) => orderBySchema(field.item?.properties ?? [], item));
    else ordered[field.name] = value;
  }
  for (const [key, value] of Object.entries(source)) if (!Object.hasOwn(ordered, key)) setOwn(ordered, key, value);
  return ordered;
}

/** The text of a new record file: the schema modeline, then the fields in schema order. */
export function renderNewRecord(kind: KindSpec, fields: readonly FieldSpec[], recordFile: string, data: Record<string, unknown>): string {
  return `${schemaModeline(kind.name, recordFile)}\n${toRecordYaml(orderBySchema(fields, data))}`;
}

/** Fills in the defaults of `sak add` (register.md: date and reported today, open, planned, start today) where a field is missing. */
export function applyDefaults(kind: KindSpec, data: Record<string, unknown>, today: string): Record<string, unknown> {
  const result = { ...data };
  for (const [field, value] of Object.entries(kind.defaults)) {
    if (result[field] === undefined) result[field] = 'today' in value ? today : value.value;
  }
  return result;
}

/**
 * The required fields still missing: top-level ones, and the required properties of
 * objects that were started (`--kia-ref` without `--kia-type`). The id is never missing:
 * sak makes it.
 */
export function missingRequired(fields: readonly FieldSpec[], data: Record<string, unknown>): FieldSpec[] {
  const missing: FieldSpec[] = [];
  for (const field of fields) {
    if (field.type === 'id') continue;
    const value = data[field.name];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0 && (field.minItems ?? 0) > 0)) {
      if (field.required) missing.push(field);
      continue;
    }
    if (field.type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
      for (const property of field.properties ?? []) {
        if (property.required && (value as Record<string, unknown>)[property.name] === undefined) missing.push(property);
      }
    }
  }
  return missing;
}

/** Parses `a.b.0.c` or `a.b[0].c` into a path; undefined for a malformed path. */
export function parseFieldPath(text: string): FieldPath | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_]+|\[\d+\])*$/.test(text)) return undefined;
  const path: FieldPath = [];
  for (const match of text.matchAll(/([A-Za-z0-9_]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) path.push(Number(match[2]));
    else if (/^\d+$/.test(match[1] as string) && path.length > 0) path.push(Number(match[1]));
    else path.push(match[1] as string);
  }
  return path;
}

/** Splits `PATH=VALUE`; undefined without `=` or with a malformed path. */
export function parseAssignment(text: string): { path: FieldPath; raw: string } | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const path = parseFieldPath(text.slice(0, eq).trim());
  return path ? { path, raw: text.slice(eq + 1) } : undefined;
}

/**
 * A value given as YAML (`--set`, `PATH=VALUE`): `1200` is a number, `[a, b]` a list,
 * `{a: 1}` a mapping, `2026-01-10` stays a string (YAML 1.2). What YAML refuses or the
 * register forbids (anchors, tags) is taken as plain text, and so is one line that YAML
 * would read as a block mapping or list (`title=Inbrott: förrådet`, `note=- se bilaga`):
 * on a command line that is meant as text.
 */
export function parseYamlValue(raw: string): unknown {
  const parsed = parseYamlSource(raw);
  if (parsed.issues.length > 0 || parsed.data === undefined) return raw;
  const data = parsed.data;
  if (data !== null && typeof data === 'object' && !raw.includes('\n') && !/^\s*[[{]/.test(raw)) return raw;
  return data;
}

/** Sets a value in plain data at a path, creating mappings (and lists for numeric keys) on the way. */
export function setPath(data: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let current: Record<string | number, unknown> = data;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      setOwn(current, segment, value);
      return;
    }
    const next = ownValue(current, segment);
    if (next === null || typeof next !== 'object') setOwn(current, segment, typeof path[i + 1] === 'number' ? [] : {});
    current = ownValue(current, segment) as Record<string | number, unknown>;
  });
}

/**
 * Sets an own property, whatever its name: `--set __proto__.x=1` makes a field named
 * `__proto__` (which the schema then refuses) and never touches a prototype.
 */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** An own property's value, never an inherited one (`constructor`, `__proto__`). */
function ownValue(target: object, key: string | number): unknown {
  return Object.hasOwn(target, key) ? (target as Record<string | number, unknown>)[key] : undefined;
}

/** Removes a value from plain data at a path (and nothing else). */
export function deletePath(data: Record<string, unknown>, path: readonly (string | number)[]): void {
  let current: unknown = data;
  for (const segment of path.slice(0, -1)) {
    if (current === null || typeof current !== 'object') return;
    current = ownValue(current, segment);
  }
  if (current !== null && typeof current === 'object') {
    const last = path[path.length - 1] as string | number;
    if (Array.isArray(current) && typeof last === 'number') current.splice(last, 1);
    else if (Object.hasOwn(current, last)) delete (current as Record<string | number, unknown>)[last];
  }
}

/**
 * A field's value from command-line text, read as parseFieldValue reads it (numbers in
 * Swedish or English form, yes/no, an enum's code or label, durations, dates). Text that
 * does not fit stays as given, so the schema check names the problem (exit 1).
 */
export function coerceFieldValue(field: FieldSpec, raw: string, ctx: ValueContext): unknown {
  const result = parseFieldValue(field, raw, ctx);
  return result.ok ? result.value : raw;
}
