import type { EnumName } from './labelled.js';
import { kindOfIdDefinition } from './kinds.js';
import type { KindName, KindSpec } from './kinds.js';
import type { SchemaSet } from './validate/schema-check.js';

/** What kind of value a field holds, as the schemas say. */
export type FieldType =
  | 'id'
  | 'string'
  | 'text'
  | 'date'
  | 'partial-date'
  | 'time'
  | 'duration'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'ref'
  | 'slug'
  | 'object'
  | 'list';

/** One field of a kind, derived from its JSON Schema; nested for objects and lists. */
export interface FieldSpec {
  /** Path from the record root; list items are `*`. */
  path: readonly string[];
  /** The last segment of the path (the property name, `*` for a list item). */
  name: string;
  type: FieldType;
  /** Required within its parent object. */
  required: boolean;
  /** Allowed values of an enum; for `open` enums the built-in ones (sak.yaml may add more). */
  values?: readonly string[];
  /** True for incident `category` and exercise `topic`, which sak.yaml may extend. */
  open?: boolean;
  /** The label table of an enum's values. */
  enumName?: EnumName;
  /** The kind a reference must name. */
  refKind?: KindName | 'any';
  /** A list's item. */
  item?: FieldSpec;
  /** An object's properties, in schema order. */
  properties?: readonly FieldSpec[];
  /** The schema's default, if any. */
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

type JsonSchema = Record<string, unknown>;

const DEFINITION_TYPES: Record<string, FieldType> = {
  date: 'date',
  partialDate: 'partial-date',
  time: 'time',
  duration: 'duration',
  slug: 'slug',
  title: 'string',
  text: 'text',
  notes: 'text',
  ref: 'ref',
  anyId: 'ref',
  // The id definition of every kind (`siteId`, …) is an 'id' too: see definitionType.
};

/** The field type of a common.schema.json definition: a kind's id definition is an id. */
function definitionType(definition: string): FieldType | undefined {
  return kindOfIdDefinition(definition) ? 'id' : DEFINITION_TYPES[definition];
}

/**
 * The fields of a kind in schema order, derived from its JSON Schema (`<kind>.schema.json`
 * and the shared `common.schema.json` definitions) plus the kinds table (reference kinds,
 * enum label tables). Pure: the schemas are passed in.
 */
export function kindFields(schemas: SchemaSet, kind: KindSpec): FieldSpec[] {
  const schema = schemas[`${kind.name}.schema.json`] as JsonSchema | undefined;
  if (!schema) throw new Error(`no schema for ${kind.name}`);
  const root = describe(schemas, kind, schema, [], true);
  return [...(root.properties ?? [])];
}

function resolveRef(schemas: SchemaSet, ref: string): { schema: JsonSchema; definition: string } {
  const match = /^(?:([^#]*))?#\/definitions\/(.+)$/.exec(ref);
  if (!match) throw new Error(`unsupported $ref ${ref}`);
  const file = match[1] || 'common.schema.json';
  const definition = match[2] as string;
  const definitions = (schemas[file] as { definitions?: Record<string, JsonSchema> } | undefined)?.definitions;
  const schema = definitions?.[definition];
  if (!schema) throw new Error(`unresolved $ref ${ref}`);
  return { schema, definition };
}

function describe(schemas: SchemaSet, kind: KindSpec, input: JsonSchema, path: string[], required: boolean): FieldSpec {
  let schema = input;
  let definition: string | undefined;
  // Follow $ref chains (notes → text), keeping the first definition name and merging local keywords.
  while (typeof schema.$ref === 'string') {
    const resolved = resolveRef(schemas, schema.$ref);
    definition ??= resolved.definition;
    const { $ref: _ref, ...local } = schema;
    schema = { ...resolved.schema, ...local };
  }
  const name = path[path.length - 1] ?? '';
  const spec: FieldSpec = { path, name, type: 'string', required };
  const dotted = path.join('.');
  const enumName = kind.enums[dotted];
  if (enumName) spec.enumName = enumName;
  if (schema.default !== undefined) spec.default = schema.default;
  if (typeof schema.minimum === 'number') spec.minimum = schema.minimum;
  if (typeof schema.maximum === 'number') spec.maximum = schema.maximum;
  if (typeof schema.minItems === 'number') spec.minItems = schema.minItems;

  const byDefinition = definition ? definitionType(definition) : undefined;
  if (byDefinition) {
    spec.type = byDefinition;
  } else if (Array.isArray(schema.enum)) {
    spec.type = 'enum';
    spec.values = schema.enum.map(String);
  } else if (Array.isArray(schema.examples) && schema.type === 'string') {
    spec.type = 'enum';
    spec.open = true;
    spec.values = schema.examples.map(String);
  } else if (schema.type === 'object' || schema.properties) {
    spec.type = 'object';
    const requiredNames = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    spec.properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([key, child]) => describe(schemas, kind, child, [...path, key], requiredNames.has(key)));
  } else if (schema.type === 'array') {
    spec.type = 'list';
    spec.item = describe(schemas, kind, (schema.items ?? {}) as JsonSchema, [...path, '*'], true);
  } else if (schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean') {
    spec.type = schema.type;
  } else if (schema.anyOf || schema.oneOf) {
    // document.review: mandate | none | a duration — entered as text.
    spec.type = 'string';
  }
  if (spec.type === 'ref' || spec.type === 'id') {
    const ref = kind.refs.find((r) => r.path.join('.') === dotted);
    if (spec.type === 'ref') spec.refKind = ref?.kind ?? 'any';
  }
  return spec;
}

/** The field at a dotted or array path (list items as `*`), searching nested objects and lists. */
export function fieldAt(fields: readonly FieldSpec[], path: readonly (string | number)[]): FieldSpec | undefined {
  let current: readonly FieldSpec[] = fields;
  let found: FieldSpec | undefined;
  for (const raw of path) {
    const segment = typeof raw === 'number' ? '*' : raw;
    if (found?.type === 'list') {
      if (segment !== '*' && !/^\d+$/.test(segment)) return undefined;
      found = found.item;
      current = found?.properties ?? [];
      continue;
    }
    found = current.find((f) => f.name === segment);
    if (!found) return undefined;
    current = found.properties ?? [];
  }
  return found;
}

/** The field where sak import notes a record's source row; set by the import only (no flag, no column). */
export const IMPORT_SOURCE_FIELD = 'source';

/** True for a field whose value is a single scalar (not an object or list). */
export function isScalarField(field: FieldSpec): boolean {
  return field.type !== 'object' && field.type !== 'list';
}

/** A command-line flag for a field of `sak add`: kebab-case, nested one level (`--kia-type`). */
export interface FieldFlag {
  /** The flag without dashes: `cost-sek`, `kia-type`. */
  flag: string;
  field: FieldSpec;
  /** True for a list of scalars: the flag is repeated, one value each. */
  repeat: boolean;
}

/** kebab-case of a field name (`cost_sek` → `cost-sek`). */
export function kebabCase(name: string): string {
  return name.replace(/_/g, '-');
}

/**
 * The field flags of a kind: every top-level scalar field and list of scalars, and the
 * scalar properties of top-level objects (`kia.type` → `--kia-type`). Lists of objects
 * are given with `--set` or `--input`. The id is a flag only where it is not generated
 * from a date and random characters.
 */
export function fieldFlags(kind: KindSpec, fields: readonly FieldSpec[]): FieldFlag[] {
  const flags: FieldFlag[] = [];
  for (const field of fields) {
    if (field.type === 'id' && kind.idForm === 'dated') continue;
    if (field.name === IMPORT_SOURCE_FIELD) continue;
    if (isScalarField(field)) flags.push({ flag: kebabCase(field.name), field, repeat: false });
    else if (field.type === 'list' && field.item && isScalarField(field.item)) flags.push({ flag: kebabCase(field.name), field, repeat: true });
    else if (field.type === 'object') {
      for (const property of field.properties ?? []) {
        if (isScalarField(property)) flags.push({ flag: `${kebabCase(field.name)}-${kebabCase(property.name)}`, field: property, repeat: false });
        else if (property.type === 'list' && property.item && isScalarField(property.item)) flags.push({ flag: `${kebabCase(field.name)}-${kebabCase(property.name)}`, field: property, repeat: true });
      }
    }
  }
  return flags;
}
