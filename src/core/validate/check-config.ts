import { problemText } from './problem-text.js';
import type { SakConfig } from '../record-types.js';
import { wholeMonths } from '../check/control-demand.js';
import { suggestNearest } from '../suggest.js';
import { matrixSize } from '../risk.js';
import { allowedValues } from './check-file.js';
import type { PendingProblem } from './pending.js';
import { schemaProblems } from './schema-check.js';
import type { SchemaValidators } from './schema-check.js';

/** Checks sak.yaml: its schema, that training demands name known topics and reporting duties known categories, and that control demands have unique ids and a scope. */
export function checkConfig(data: unknown, validators: SchemaValidators): PendingProblem[] {
  const problems = schemaProblems(validators, 'config', data, { file: 'sak.yaml', code: 'config' });
  if (problems.length > 0) return problems;
  const config = data as SakConfig;
  const levels = config.risk_matrix?.levels;
  if (levels) {
    const size = matrixSize(config);
    const limit = size.likelihood * size.consequence;
    if (!(levels.medium <= levels.high && levels.high <= levels.critical && levels.critical <= limit)) {
      problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['risk_matrix', 'levels'], anchor: 'value', message: problemText('config.levels', { limit }) });
    }
  }
  const topics = allowedValues('topic', config);
  (config.training ?? []).forEach((entry, i) => {
    if (entry.unit_type === undefined && entry.units === undefined) {
      problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['training', i], anchor: 'key', message: problemText('config.training-units') });
    }
    if (!topics.includes(entry.topic)) {
      problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['training', i, 'topic'], anchor: 'value', message: problemText('config.topic', { value: entry.topic }) });
    }
  });
  const categories = allowedValues('category', config);
  (config.reporting ?? []).forEach((entry, i) => {
    (entry.when?.categories ?? []).forEach((category, j) => {
      if (!categories.includes(category)) {
        problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['reporting', i, 'when', 'categories', j], anchor: 'value', message: problemText('config.category', { value: category }) });
      }
    });
  });
  const seen = new Set<string>();
  (config.control_demands ?? []).forEach((demand, i) => {
    if (seen.has(demand.id)) problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['control_demands', i, 'id'], anchor: 'value', message: problemText('config.demand-duplicate', { value: demand.id }) });
    seen.add(demand.id);
    if (demand.unit_type === undefined && demand.units === undefined) {
      problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['control_demands', i], anchor: 'value', message: problemText('config.demand-scope', { value: demand.id }) });
    }
    // A compilation is due after each period of the interval, so the interval must be whole months (P1Y, P6M).
    if (demand.compiled_by !== undefined && wholeMonths(demand.every) === null) {
      problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['control_demands', i, 'every'], anchor: 'value', message: problemText('config.demand-months', { value: demand.every }) });
    }
  });
  return problems;
}

/** A record as the check of sak.yaml's references needs it: its id and kind. */
export interface NamedRecord {
  id: string;
  kind: string;
}

/**
 * The references of sak.yaml's control demands to records: `units` and `compiled_by` must
 * name units (`ref-missing`); their `basis` is checked with the others (checkConfigReferences).
 */
export function checkConfigRefs(config: SakConfig | null, records: readonly NamedRecord[]): PendingProblem[] {
  const demands = config?.control_demands ?? [];
  const kinds = new Map(records.map((r) => [r.id, r.kind]));
  const idsOf = (kind: string) => records.filter((r) => r.kind === kind).map((r) => r.id);
  const problems: PendingProblem[] = [];
  const expect = (value: string, path: (string | number)[]) => {
    if (kinds.get(value) === 'unit') return;
    problems.push({ severity: 'error', code: 'ref-missing', file: 'sak.yaml', path, anchor: 'value', message: problemText('config.demand-unit', { value, suggestion: suggestNearest(value, idsOf('unit')) }) });
  };
  demands.forEach((demand, i) => {
    (demand.units ?? []).forEach((unit, j) => expect(unit, ['control_demands', i, 'units', j]));
    if (demand.compiled_by !== undefined) expect(demand.compiled_by, ['control_demands', i, 'compiled_by']);
  });
  // The units of findings.report_to and training[].units.
  const unit = (value: string, path: (string | number)[]) => {
    if (kinds.get(value) === 'unit') return;
    problems.push({ severity: 'error', code: 'ref-missing', file: 'sak.yaml', path, anchor: 'value', message: problemText('ref-missing', { ref: value, suggestion: suggestNearest(value, idsOf('unit')) }) });
  };
  (config?.findings?.report_to ?? []).forEach((id, i) => unit(id, ['findings', 'report_to', i]));
  (config?.training ?? []).forEach((entry, i) => (entry.units ?? []).forEach((id, j) => unit(id, ['training', i, 'units', j])));
  return problems;
}

/**
 * Checks the governing documents that `sak.yaml` names as the basis of deadlines
 * (`basis.<rule>.document`, `training[].basis.document`, `reporting[].basis.document`,
 * `control_demands[].basis.document`): each must be a document of the
 * register. Needs the register's ids, so it runs after the records are read.
 */
export function checkConfigReferences(config: SakConfig, kindOf: (id: string) => string | undefined): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const check = (basis: unknown, path: (string | number)[]): void => {
    const document = typeof basis === 'object' && basis !== null ? (basis as { document?: unknown }).document : undefined;
    if (typeof document !== 'string' || kindOf(document) === 'document') return;
    problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: [...path, 'document'], anchor: 'value', message: problemText('config.basis-document', { value: document }) });
  };
  for (const [rule, basis] of Object.entries(config.basis ?? {})) check(basis, ['basis', rule]);
  (config.training ?? []).forEach((entry, i) => check(entry.basis, ['training', i, 'basis']));
  (config.reporting ?? []).forEach((entry, i) => check(entry.basis, ['reporting', i, 'basis']));
  (config.control_demands ?? []).forEach((entry, i) => check(entry.basis, ['control_demands', i, 'basis']));
  return problems;
}
