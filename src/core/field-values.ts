// One parser per field type: how a value typed on the command line, at a prompt or in a
// CSV cell becomes the value a record holds. Used by add, set, review, close, import and
// the prompts, so that every command takes the same forms for the same field.
import { isValidDate } from './calendar/date.js';
import { isValidDuration } from './calendar/duration.js';
import type { FieldSpec } from './fields.js';
import { parseLocaleNumber } from './format/number.js';
import type { DecimalHint } from './format/number.js';
import { ENUM_VALUES, labelled } from './labelled.js';
import type { EnumName, ExtraValue, LabelledValue } from './labelled.js';
import type { SakConfig } from './record-types.js';
import { suggestNearest } from './suggest.js';

/** How a date with slashes or dots is read: day first (Swedish and European), month first (American), or ISO only. */
export type DateOrder = 'dmy' | 'mdy' | 'iso';

/** The `--date-format` values and the order each names. */
export const DATE_FORMATS: Record<string, DateOrder> = {
  'YYYY-MM-DD': 'iso',
  'D/M/YYYY': 'dmy',
  'DD/MM/YYYY': 'dmy',
  'D.M.YYYY': 'dmy',
  'DD.MM.YYYY': 'dmy',
  'M/D/YYYY': 'mdy',
  'MM/DD/YYYY': 'mdy',
};

/** The values configured in sak.yaml for an open enumeration (incident categories, exercise topics). */
export function configuredValues(field: FieldSpec, config: SakConfig | null): readonly ExtraValue[] {
  if (!field.open) return [];
  if (field.enumName === 'category') return config?.incident_categories ?? [];
  if (field.enumName === 'topic') return config?.exercise_topics ?? [];
  return [];
}

/** Every value an enum field allows: the schema's (or the built-in ones) plus configured ones. */
export function enumChoices(field: FieldSpec, config: SakConfig | null): string[] {
  const builtIn: string[] = field.enumName ? [...ENUM_VALUES[field.enumName]] : [...(field.values ?? [])];
  const values = field.values && !field.open ? [...field.values] : builtIn;
  for (const extra of configuredValues(field, config)) if (!values.includes(extra.id)) values.push(extra.id);
  return values;
}

/**
 * The names a value of an enumeration may be given by besides its code: its label in each
 * language, sak.yaml's labels included. The edge passes the label tables in as this function
 * (enumLabels of src/i18n/labels.ts), so that core reads labels without making text.
 */
export type ValueNames = (enumName: EnumName, value: string, extras: readonly ExtraValue[]) => readonly string[];

/** A value a problem names: as stored, or (a value of an enumeration) with the reference to its label. */
export type NamedValue = string | LabelledValue;

/** A unit as a value may name it: its id, its short name (`BUF`) or its exact title. */
export interface UnitName {
  id: string;
  title?: string;
  short?: string;
}

/** What parsing a value may need besides the field. */
export interface ValueContext {
  config: SakConfig | null;
  /** How a lone separator in a number reads (see parseLocaleNumber); a lone point before three digits is ambiguous unless 'point'. */
  decimal?: DecimalHint;
  /** How `5/3/2026` reads; without it such a date is read only when the day is over 12. */
  dateOrder?: DateOrder;
  /** The units of the register, for unit references; without them a unit is taken as given. */
  units?: () => readonly UnitName[];
  /** The labels an enumeration's value may be given by, in every language. */
  names: ValueNames;
}

/** Why a value could not be read: the message key and what it shows. */
export interface ValueProblem {
  key: 'number' | 'number.ambiguous' | 'boolean' | 'enum' | 'duration' | 'date' | 'date.ambiguous' | 'unit';
  /** The nearest allowed value, for "menade du …?": a unit's id, or a value of an enumeration. */
  suggestion?: NamedValue;
  /** The allowed values, for an enum. */
  allowed?: readonly NamedValue[];
}

export type ValueResult = { ok: true; value: unknown } | { ok: false; problem: ValueProblem };

const TRUE = ['ja', 'j', 'yes', 'y', 'true', 'sant', '1'];
const FALSE = ['nej', 'n', 'no', 'false', 'falskt', '0'];

function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function ok(value: unknown): ValueResult {
  return { ok: true, value };
}

function fail(key: ValueProblem['key'], extra: Omit<ValueProblem, 'key'> = {}): ValueResult {
  return { ok: false, problem: { key, ...extra } };
}

/**
 * A number in Swedish or English form: `3 400`, `12 500,50`, `1,500.50`, `12 000 kr`.
 * `12.500` is refused as ambiguous (twelve and a half, or twelve thousand five hundred)
 * unless the text is known to be English (`decimal: 'point'`, a comma-separated CSV file).
 */
export function parseNumber(raw: string, decimal: DecimalHint = 'unknown'): ValueResult {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (decimal !== 'point' && /^[-\u2212]?\d{1,3}\.\d{3}$/.test(compact)) return fail('number.ambiguous');
  const value = parseLocaleNumber(raw, decimal);
  return value === undefined ? fail('number') : ok(value);
}

/** yes/no: `ja/nej/yes/no/true/false` (and j/n/y/1/0), any case. */
export function parseBoolean(raw: string): ValueResult {
  const value = fold(raw);
  if (TRUE.includes(value)) return ok(true);
  if (FALSE.includes(value)) return ok(false);
  return fail('boolean');
}

/** A duration: ISO 8601 (`P90D`, `p1y`) or a plain number of days (`90`, `90 dagar`). */
export function parseDurationValue(raw: string): ValueResult {
  const text = raw.trim().toUpperCase();
  if (isValidDuration(text)) return ok(text);
  const days = /^(\d+)(\s*(dag|dagar|day|days))?$/i.exec(raw.trim());
  if (days && isValidDuration(`P${Number(days[1])}D`)) return ok(`P${Number(days[1])}D`);
  return fail('duration');
}

/** A date: `2026-03-05`, or `5/3/2026`, `05.03.2026` in the given order; a time after the date is dropped (Excel's `2026-03-05 14:30`). */
export function parseDateValue(raw: string, order: DateOrder = 'iso'): ValueResult {
  const text = raw.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2})?$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const date = `${iso[1]}-${(iso[2] as string).padStart(2, '0')}-${(iso[3] as string).padStart(2, '0')}`;
    return isValidDate(date) ? ok(date) : fail('date');
  }
  const local = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (!local) return fail('date');
  const a = Number(local[1]);
  const b = Number(local[2]);
  let dayFirst: boolean;
  if (order === 'dmy') dayFirst = true;
  else if (order === 'mdy') dayFirst = false;
  else if (a > 12 && b <= 12) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  else if (a === b) dayFirst = true;
  else return fail('date.ambiguous');
  const [day, month] = dayFirst ? [a, b] : [b, a];
  const date = `${local[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(date) ? ok(date) : fail('date');
}

/** An enum value by its code or its label in either language, any case (`high`, `Hög`, `hög`); sak.yaml's values included. */
export function parseEnumValue(field: FieldSpec, raw: string, config: SakConfig | null, labelNames: ValueNames): ValueResult {
  const values = enumChoices(field, config);
  if (values.includes(raw)) return ok(raw);
  const wanted = fold(raw);
  const names = new Map<string, string>();
  const extras = configuredValues(field, config);
  for (const value of values) {
    names.set(fold(value), value);
    names.set(fold(value.replace(/_/g, ' ')), value);
    if (field.enumName) for (const name of labelNames(field.enumName, value, extras)) names.set(fold(name), value);
  }
  const found = names.get(wanted);
  if (found !== undefined) return ok(found);
  // An open enumeration (incident category, exercise topic) takes any value sak.yaml may add.
  if (field.open) return ok(raw.trim());
  const named = (value: string): NamedValue => (field.enumName ? labelled(field.enumName, value, extras) : value);
  const suggested = suggestNearest(wanted, names.keys());
  return fail('enum', { allowed: values.map(named), ...(suggested === undefined ? {} : { suggestion: named(names.get(suggested) as string) }) });
}

/** A unit by id, short name (`BUF`) or exact title, any case. */
export function parseUnitValue(raw: string, units: readonly UnitName[]): ValueResult {
  const text = raw.trim();
  if (units.some((u) => u.id === text)) return ok(text);
  const wanted = fold(text);
  for (const key of ['id', 'short', 'title'] as const) {
    const found = units.filter((u) => u[key] !== undefined && fold(u[key] as string) === wanted);
    if (found.length === 1) return ok((found[0] as UnitName).id);
  }
  const names = new Map<string, string>();
  for (const unit of units) for (const name of [unit.id, unit.short, unit.title]) if (name) names.set(name, unit.id);
  const suggested = suggestNearest(text, names.keys());
  return fail('unit', suggested ? { suggestion: names.get(suggested) as string } : {});
}

/**
 * The value of a field from text, by the field's type. Text fields are taken as they are;
 * an empty text is undefined (no value). A value that cannot be read says why, with the
 * nearest allowed value where there is one.
 */
export function parseFieldValue(field: FieldSpec, raw: string, ctx: ValueContext): ValueResult {
  const text = raw.trim();
  switch (field.type) {
    case 'integer':
    case 'number':
      return parseNumber(text, ctx.decimal);
    case 'boolean':
      return parseBoolean(text);
    case 'enum':
      return parseEnumValue(field, text, ctx.config, ctx.names);
    case 'duration':
      return parseDurationValue(text);
    case 'date':
      return parseDateValue(text, ctx.dateOrder);
    case 'partial-date':
      if (/^\d{4}$/.test(text)) return ok(Number(text));
      if (/^\d{4}-\d{2}$/.test(text)) return ok(text);
      return parseDateValue(text, ctx.dateOrder);
    case 'ref':
      if (field.refKind === 'unit' && ctx.units) return parseUnitValue(text, ctx.units());
      return ok(text);
    default:
      return ok(raw);
  }
}

/** True for a field whose text parseFieldValue reads (not free text). */
export function isParsedField(field: FieldSpec): boolean {
  return ['integer', 'number', 'boolean', 'enum', 'duration', 'date', 'partial-date'].includes(field.type) || (field.type === 'ref' && field.refKind === 'unit');
}
