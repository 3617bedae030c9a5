import { isValidDate } from '../core/calendar/date.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import { parseFieldValue } from '../core/field-values.js';
import { assessmentAxisLimit, axisLabels } from '../core/risk.js';
import { recordPath } from '../core/kinds.js';
import type { KindSpec } from '../core/kinds.js';
import { coerceFieldValue, enumChoices, renderNewRecord } from '../core/new-record.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import { checkRecordFile } from '../core/validate/check-file-full.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { valueLabel } from '../i18n/labels.js';
import { recordMessage } from '../i18n/record-messages.js';
import { problemMessage } from '../i18n/validate-messages.js';
import { EMPTY_ANSWER_HINTS } from '../i18n/kind-texts.js';
import { DEFAULT_MATRIX_LABELS } from '../i18n/report-texts.js';
import { readTitles } from '../store/record-index.js';
import type { Choice, Prompter } from '../ui/prompts.js';
import type { SakConfig } from '../core/record-types.js';
import type { Context } from './context.js';
import type { WriteSetup } from './record-write.js';
import { configValueContext, valueProblemText } from './field-input.js';

/** What asking for a record's fields needs. */
export interface AskContext {
  prompter: Prompter;
  kind: KindSpec;
  fields: readonly FieldSpec[];
  /** The fields given so far; answers are added to it. */
  data: Record<string, unknown>;
  setup: WriteSetup;
  ctx: Context;
}

/** The fields `sak add` asks for: the kind's prompt list (dotted names reach into an object: `kia.type`), then every other required field in schema order. */
export function promptedFields(kind: KindSpec, fields: readonly FieldSpec[]): FieldSpec[] {
  const named = kind.prompts.map((name) => fieldAt(fields, name.split('.'))).filter((f): f is FieldSpec => f !== undefined);
  // A required field with a default (incident status) takes the default without asking.
  const rest = fields.filter((f) => f.required && f.type !== 'id' && !kind.prompts.includes(f.name) && !kind.defaults[f.name]);
  return [...named, ...rest];
}

function placeholderId(kind: KindSpec, date: unknown): string {
  if (kind.idForm === 'dated') return `${kind.prefix}-${typeof date === 'string' && isValidDate(date) ? date.replace(/-/g, '') : '20000101'}-00000`;
  return kind.prefix ? `${kind.prefix}-x` : 'x';
}

/**
 * The first error the register's own checks find in one field's answer (schema, pii,
 * classification): the answer is put in a trial record and checked like a file.
 */
export function fieldError(ask: AskContext, field: FieldSpec, value: unknown): string | undefined {
  const { kind, fields, data, setup, ctx } = ask;
  const id = placeholderId(kind, field.name === 'date' ? value : data.date);
  const file = recordPath(kind, id);
  const trial: Record<string, unknown> = structuredClone({ ...data, id });
  setAtPath(trial, field.path, value);
  const text = renderNewRecord(kind, fields, file, trial);
  const result = checkRecordFile(file, kind, file, parseYamlSource(text), { validators: setup.validators, config: setup.config }, text);
  const pointer = `/${field.path.join('/')}`;
  const problem = result.problems.find((p) => p.severity === 'error' && (p.field === pointer || p.field?.startsWith(`${pointer}/`)));
  return problem && problemMessage(problem.message, ctx.lang);
}

/**
 * Asks, on a terminal, for the prompted fields that were not given. With nothing given
 * (`sak add incident`) that is the whole form, optional fields included (they may be left
 * empty); when some fields came as flags, --set or --input, only the missing required
 * ones that have no default.
 */
export async function askForFields(ask: AskContext): Promise<void> {
  const { kind, fields, data } = ask;
  const wholeForm = Object.keys(data).length === 0;
  // Objects whose required part was left empty (a document not adopted yet): the rest of them is not asked.
  const skipped: string[] = [];
  for (const field of promptedFields(kind, fields)) {
    const nested = field.path.length > 1;
    if (valueAtPath(data, field.path) !== undefined || (!wholeForm && (nested || !field.required || kind.defaults[field.name]))) continue;
    const parent = field.path.slice(0, -1).join('.');
    if (nested && skipped.includes(parent)) continue;
    const answer = field.type === 'list' && field.item?.type === 'object' ? await askEntry(ask, field) : await askField(ask, field);
    if (answer !== undefined) {
      setAtPath(data, field.path, answer);
      continue;
    }
    if (nested && field.required) skipped.push(parent);
    // What the empty answer means (a document "inte antaget än" is a draft), unless given otherwise.
    for (const [path, value] of Object.entries(kind.emptyMeans?.[field.path.join('.')] ?? {})) {
      if (valueAtPath(data, path.split('.')) === undefined) setAtPath(data, path.split('.'), value);
    }
  }
}

function valueAtPath(data: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = data;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

function setAtPath(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = data;
  for (const key of path.slice(0, -1)) {
    const next = current[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) current[key] = {};
    current = current[key] as Record<string, unknown>;
  }
  current[path[path.length - 1] as string] = value;
}

/**
 * Asks for one entry of a list of objects (an incident's report to an authority, a risk's
 * assessment): its first required property as a choice that may be left empty ("no report",
 * "not assessed yet"), then the other required ones, dates last (today by default, or an
 * earlier day: a back-dated assessment; never a day after today). Returns the list of that
 * one entry, or undefined.
 */
async function askEntry(ask: AskContext, field: FieldSpec): Promise<unknown> {
  const { prompter, setup, ctx } = ask;
  const isDate = (p: FieldSpec) => p.type === 'date' || p.type === 'partial-date';
  const required = (field.item?.properties ?? []).filter((p) => p.required);
  const [first, ...rest] = [...required.filter((p) => !isDate(p)), ...required.filter(isDate)];
  if (!first) return undefined;
  const entry: Record<string, unknown> = {};
  // A choice of whom (an authority) reads as the list ("Anmäld till"); a step of a scale as itself ("Sannolikhet").
  const label = first.type === 'integer' ? first.path : [field.name];
  const value = await askValue(prompter, first, ctx, setup.config, { optional: true, label, ...(first.type === 'integer' ? { none: recordMessage(ctx.lang, 'prompt.not-assessed') } : {}) });
  if (value === undefined) return undefined;
  entry[first.name] = value;
  for (const property of rest) {
    const answer = await askValue(prompter, property, ctx, setup.config, {
      ...(isDate(property) ? { default: ctx.today, check: (date) => (typeof date === 'string' && date > ctx.today ? recordMessage(ctx.lang, 'prompt.future', { today: ctx.today }) : undefined) } : {}),
    });
    if (answer !== undefined) entry[property.name] = answer;
  }
  return [entry];
}

async function askField(ask: AskContext, field: FieldSpec): Promise<unknown> {
  const { prompter, kind, setup, ctx } = ask;
  const { lang } = ctx;
  // A field inside an optional object (an incident's `kia.type`) may be left empty.
  const required = field.required && field.path.length === 1;
  const fallback = kind.defaults[field.name];
  const defaultValue = fallback ? ('today' in fallback ? ctx.today : fallback.value) : undefined;
  const emptyHint = kind.emptyMeans?.[field.path.join('.')] ? EMPTY_ANSWER_HINTS[`${kind.name}.${field.path.join('.')}`]?.[lang] : undefined;
  const message = emptyHint ? `${fieldLabel(field.path, lang)} ${emptyHint}` : promptMessage(field, field.path, lang, !required);
  const none: Choice = { value: '', name: recordMessage(lang, 'prompt.none') };

  if (field.type === 'ref' && field.refKind && field.refKind !== 'any') {
    const choices = readTitles(setup.index, field.refKind).map((r) => ({ value: r.id, name: `${r.title} (${r.id})` }));
    if (choices.length > 0) {
      const answer = await prompter.search({ message, choices: required ? choices : [none, ...choices] });
      return answer === '' ? undefined : answer;
    }
    if (!required) return undefined;
  }
  if (field.type === 'list' && field.item?.type === 'ref' && field.item.refKind && field.item.refKind !== 'any') {
    const choices = readTitles(setup.index, field.item.refKind).map((r) => ({ value: r.id, name: `${r.title} (${r.id})` }));
    if (choices.length > 0) {
      const minimum = field.minItems ?? (required ? 1 : 0);
      const answer = await prompter.checkbox({ message, choices, validate: (values) => (values.length >= minimum ? true : recordMessage(lang, 'prompt.pick-one')) });
      return answer.length > 0 ? answer : undefined;
    }
  }
  return askValue(prompter, field, ctx, setup.config, {
    optional: !required,
    ...(emptyHint ? { message } : {}),
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    check: (value) => fieldError(ask, field, value),
  });
}

/** The labels of the steps of a risk assessment's axis (sak.yaml `risk_matrix`, else the default labels), or undefined for any other field. */
export function scaleSteps(path: readonly string[], config: SakConfig | null, lang: Context['lang']): string[] | undefined {
  const axis = path[path.length - 1];
  if (assessmentAxisLimit(path, config) === undefined || (axis !== 'likelihood' && axis !== 'consequence')) return undefined;
  return axisLabels(config?.risk_matrix?.[axis], DEFAULT_MATRIX_LABELS[axis][lang]);
}

function promptMessage(field: FieldSpec, label: readonly string[], lang: Context['lang'], optional: boolean): string {
  const text = fieldLabel(label, lang);
  const hint = field.type === 'date' ? recordMessage(lang, 'prompt.date-hint') : field.type === 'time' ? recordMessage(lang, 'prompt.time-hint') : field.type === 'duration' ? recordMessage(lang, 'prompt.duration-hint') : '';
  return [text, optional ? recordMessage(lang, 'prompt.optional') : '', hint].filter(Boolean).join(' ');
}

/** How to ask for one value. */
export interface AskValueOptions {
  /** May be left empty (then undefined is returned). */
  optional?: boolean;
  /** The path whose label is shown (default: the field's own). */
  label?: readonly string[];
  default?: string;
  /** A further check of a typed value: a message, or undefined when it is fine. */
  check?: (value: unknown) => string | undefined;
  /** The question, when not the field's label and hints. */
  message?: string;
  /** What the empty choice of an optional list says (default "(ingen)"). */
  none?: string;
}

/**
 * Asks for one value by its field's type: a list of labelled choices for an enum, yes/no
 * for a boolean, else text checked while answering (required, date, duration, number
 * and range, then `check`). Returns the value as stored.
 */
export async function askValue(prompter: Prompter, field: FieldSpec, ctx: Context, config: SakConfig | null, options: AskValueOptions): Promise<unknown> {
  const { lang } = ctx;
  const optional = options.optional ?? false;
  const message = options.message ?? promptMessage(field, options.label ?? field.path, lang, optional);
  if (field.type === 'enum') {
    const choices = enumChoices(field, config).map((value) => ({ value, name: `${valueLabel(field, value, lang, config)} (${value})` }));
    const none: Choice = { value: '', name: recordMessage(lang, 'prompt.none') };
    const answer = await prompter.select({ message, choices: optional ? [none, ...choices] : choices, ...(options.default !== undefined ? { default: options.default } : {}) });
    return answer === '' ? undefined : answer;
  }
  if (field.type === 'boolean') return prompter.confirm({ message, default: false });
  const scale = scaleSteps(field.path, config, lang);
  if (scale) {
    // A risk's likelihood or consequence: the steps of the register's matrix with their labels ("1 Mycket låg").
    const choices = scale.map((label, i) => ({ value: String(i + 1), name: label ? `${i + 1} ${label}` : String(i + 1) }));
    const none: Choice = { value: '', name: options.none ?? recordMessage(lang, 'prompt.none') };
    const answer = await prompter.select({ message, choices: optional ? [none, ...choices] : choices });
    return answer === '' ? undefined : Number(answer);
  }
  const answer = await prompter.input({
    message,
    ...(options.default !== undefined ? { default: options.default } : {}),
    validate: (text) => {
      const trimmed = text.trim();
      if (trimmed === '') return optional ? true : recordMessage(lang, 'prompt.required');
      const parsed = parseFieldValue(field, trimmed, configValueContext(config));
      if (!parsed.ok) {
        if (field.type === 'date' && parsed.problem.key === 'date') return recordMessage(lang, 'prompt.bad-date');
        if (field.type === 'duration') return recordMessage(lang, 'prompt.bad-duration');
        if (parsed.problem.key === 'number') return recordMessage(lang, 'prompt.bad-number');
        return valueProblemText(lang, parsed.problem, fieldLabel(options.label ?? field.path, lang), trimmed);
      }
      const value = parsed.value;
      if (field.type === 'integer' || field.type === 'number') {
        if (typeof value !== 'number' || (field.type === 'integer' && !Number.isInteger(value))) return recordMessage(lang, 'prompt.bad-number');
        // A risk's scales follow the register's matrix; the schema allows the largest one.
        const maximum = assessmentAxisLimit(field.path, config) ?? field.maximum;
        if ((field.minimum !== undefined && value < field.minimum) || (maximum !== undefined && value > maximum)) {
          return recordMessage(lang, 'prompt.range', { min: field.minimum ?? '', max: maximum ?? '' });
        }
      }
      return options.check?.(value) ?? true;
    },
  });
  const trimmed = answer.trim();
  return trimmed === '' ? undefined : coerceFieldValue(field, trimmed, configValueContext(config));
}
