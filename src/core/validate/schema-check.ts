import type { ErrorObject, ValidateFunction } from 'ajv';
import { expectedText, problemText, type Expected, type ExpectedKey, type JsonType } from './problem-text.js';
import { kindOfIdDefinition } from '../kinds.js';
import { suggestNearest } from '../suggest.js';
import type { PendingProblem } from './pending.js';

/** The JSON Schemas of sak by file name (`incident.schema.json`, `common.schema.json`, …). */
export type SchemaSet = Record<string, object>;

/** Compiled validators, one per schema name without `.schema.json` (`incident`, `config`). */
export type SchemaValidators = Map<string, ValidateFunction>;

/**
 * Wraps validators compiled ahead of time (scripts/compile-schemas.js, same options as
 * compileSchemas in compile-schemas.ts) as a validator map.
 */
export function precompiledValidators(module: Record<string, unknown>): SchemaValidators {
  const validators: SchemaValidators = new Map();
  for (const [name, validate] of Object.entries(module)) if (typeof validate === 'function') validators.set(name, validate as ValidateFunction);
  return validators;
}

const DEFINITION_EXPECTATIONS: Record<string, Exclude<ExpectedKey, 'expected.prefixed-id' | 'expected.dated-id'>> = {
  date: 'expected.date',
  time: 'expected.time',
  duration: 'expected.duration',
  slug: 'expected.slug',
  unitId: 'expected.unit-id',
  anyId: 'expected.any-id',
  ref: 'expected.any-id',
  title: 'expected.one-line',
  partialDate: 'expected.partial-date',
};

function parsePath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

function definitionOf(schemaPath: string): string | undefined {
  return /#\/definitions\/([A-Za-z]+)\//.exec(schemaPath)?.[1];
}

function describeExpected(schemaPath: string): Expected | undefined {
  const definition = definitionOf(schemaPath);
  if (!definition) return /\/review\/anyOf$/.test(schemaPath) ? expectedText('expected.review') : undefined;
  const idKind = kindOfIdDefinition(definition);
  if (idKind?.prefix) return expectedText(idKind.idForm === 'dated' ? 'expected.dated-id' : 'expected.prefixed-id', { prefix: idKind.prefix });
  const key = DEFINITION_EXPECTATIONS[definition];
  return key ? expectedText(key) : undefined;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Validates data against the named schema and turns Ajv's errors into problems:
 * one per failing field, alternatives collapsed, unknown fields with a suggestion.
 */
export function schemaProblems(
  validators: SchemaValidators,
  schemaName: string,
  data: unknown,
  context: { file: string; id?: string; code?: 'schema' | 'config' },
): PendingProblem[] {
  const validate = validators.get(schemaName);
  if (!validate) throw new Error(`no schema ${schemaName}`);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.schemaPath);
  const inBranch = (e: ErrorObject) => alternatives.some((alt) => e.schemaPath.startsWith(alt + '/'));
  const problems: PendingProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // An `if` only says that its `then`/`else` failed; that failure is reported itself.
    if (inBranch(error) || error.keyword === 'if') continue;
    const path = parsePath(error.instancePath);
    const problem = describeError(error, path, data);
    if (!problem) continue;
    const key = `${problem.path.join('/')}|${JSON.stringify(problem.message)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pending: PendingProblem = { severity: 'error', code: context.code ?? 'schema', file: context.file, ...problem };
    if (context.id !== undefined) pending.id = context.id;
    problems.push(pending);
  }
  return problems;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function describeError(
  error: ErrorObject,
  path: (string | number)[],
  data: unknown,
): Pick<PendingProblem, 'path' | 'anchor' | 'message'> | undefined {
  const params = error.params as Record<string, unknown>;
  const value = valueAt(data, path);
  switch (error.keyword) {
    case 'required': {
      const name = String(params.missingProperty);
      return { path: [...path, name], anchor: 'parent', message: problemText('schema.required', { name }) };
    }
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { path: [...path, name], anchor: 'key', message: problemText('schema.unknown-field', { name, suggestion: suggestNearest(name, known) }) };
    }
    case 'type': {
      const types = String(params.type).split(',') as JsonType[];
      return { path, anchor: 'value', message: problemText('schema.type', { types }) };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return {
        path,
        anchor: 'value',
        message: problemText('schema.enum', { value: show(value), allowed: allowed.join(', '), suggestion: suggestNearest(String(value), allowed) }),
      };
    }
    case 'const':
      return { path, anchor: 'value', message: problemText('schema.const', { expected: JSON.stringify(params.allowedValue) }) };
    case 'pattern':
      return {
        path,
        anchor: 'value',
        message: problemText('schema.pattern', { value: show(value), expected: describeExpected(error.schemaPath) ?? String(params.pattern) }),
      };
    case 'format': {
      const expected = params.format === 'date' ? expectedText('expected.valid-date') : params.format === 'uri' ? expectedText('expected.uri') : String(params.format);
      return { path, anchor: 'value', message: problemText('schema.format', { value: show(value), expected }) };
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, anchor: 'value', message: problemText('schema.minimum', { value: show(value), limit: String(params.limit) }) };
    case 'maximum':
    case 'exclusiveMaximum':
      // Classification 4 has a code of its own (register.md); the record check reports it.
      if (path.length === 1 && path[0] === 'classification' && value === 4) return undefined;
      return { path, anchor: 'value', message: problemText('schema.maximum', { value: show(value), limit: String(params.limit) }) };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { path, anchor: 'value', message: problemText(`schema.${error.keyword}`, { limit: String(params.limit) }) };
    case 'uniqueItems':
      return { path: [...path, Number(params.i)], anchor: 'value', message: problemText('schema.uniqueItems') };
    case 'not':
      // The only `not` of the schemas: unit ids that Windows reserves for devices (common.schema.json).
      return { path, anchor: 'value', message: problemText('schema.reserved-name', { value: show(value) }) };
    case 'oneOf':
    case 'anyOf':
      return { path, anchor: 'value', message: problemText('schema.alternatives', { expected: describeExpected(error.schemaPath) ?? error.keyword }) };
    default:
      return { path, anchor: 'value', message: problemText('schema.other', { detail: `${error.keyword}: ${error.message ?? ''}` }) };
  }
}
