import { compareDates } from './calendar/date.js';
import type { RiskRecord, SakConfig } from './record-types.js';

/** One assessment of a risk (likelihood 1–N and consequence 1–M of the risk matrix). */
export type RiskAssessment = NonNullable<RiskRecord['assessments']>[number];

/** A risk level: score ≥ the configured threshold of medium, high, critical; below medium is low. */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** The thresholds of register.md's default risk matrix. */
export const DEFAULT_RISK_LEVELS: Readonly<{ medium: number; high: number; critical: number }> = { medium: 5, high: 10, critical: 15 };

/** The number of steps of each axis of register.md's default matrix (5 × 5). */
export const DEFAULT_MATRIX_STEPS = 5;

/** An axis of `risk_matrix` in sak.yaml: its number of steps, or a label for each step. */
type MatrixAxis = number | readonly string[] | undefined;

function stepsOf(axis: MatrixAxis): number {
  if (typeof axis === 'number') return axis;
  return Array.isArray(axis) ? axis.length : DEFAULT_MATRIX_STEPS;
}

/** The size of the risk matrix (sak.yaml `risk_matrix`, N and M from 3 to 6; default 5 × 5). */
export function matrixSize(config: Pick<SakConfig, 'risk_matrix'> | null | undefined): { likelihood: number; consequence: number } {
  return { likelihood: stepsOf(config?.risk_matrix?.likelihood), consequence: stepsOf(config?.risk_matrix?.consequence) };
}

/**
 * The labels of an axis, lowest step first: those of sak.yaml, else the default labels when
 * the axis has their number of steps, else none (empty strings: the steps show as numbers).
 */
export function axisLabels<T>(axis: MatrixAxis, defaults: readonly T[]): (string | T)[] {
  if (Array.isArray(axis)) return [...(axis as readonly string[])];
  const steps = stepsOf(axis);
  return steps === defaults.length ? [...defaults] : Array.from({ length: steps }, () => '');
}

/** The score of an assessment: likelihood × consequence. */
export function riskScore(assessment: Pick<RiskAssessment, 'likelihood' | 'consequence'>): number {
  return assessment.likelihood * assessment.consequence;
}

/** The largest value of a risk assessment's `likelihood` or `consequence` (by the field's path) under the register's matrix; undefined for any other field. */
export function assessmentAxisLimit(path: readonly string[], config: Pick<SakConfig, 'risk_matrix'> | null | undefined): number | undefined {
  const axis = path[path.length - 1];
  if (path[0] !== 'assessments' || (axis !== 'likelihood' && axis !== 'consequence')) return undefined;
  return matrixSize(config)[axis];
}

/** The level of a score under `risk_matrix.levels` of sak.yaml (default medium 5, high 10, critical 15). */
export function riskLevel(score: number, config?: Pick<SakConfig, 'risk_matrix'>): RiskLevel {
  const levels = config?.risk_matrix?.levels ?? DEFAULT_RISK_LEVELS;
  if (score >= levels.critical) return 'critical';
  if (score >= levels.high) return 'high';
  if (score >= levels.medium) return 'medium';
  return 'low';
}

/** The latest assessment dated on or before `at` (all of them without `at`); on equal dates the one listed last. */
export function latestAssessment(risk: Pick<RiskRecord, 'assessments'>, at?: string): RiskAssessment | undefined {
  let latest: RiskAssessment | undefined;
  for (const a of risk.assessments ?? []) {
    if (at !== undefined && compareDates(a.date, at) > 0) continue;
    if (!latest || compareDates(a.date, latest.date) >= 0) latest = a;
  }
  return latest;
}

/** A risk's standing at a date: its latest assessment, score and level; undefined if not assessed by then. */
export interface CurrentRisk {
  assessment: RiskAssessment;
  score: number;
  level: RiskLevel;
}

/** The latest assessment on or before `at` with its score and level, or undefined. */
export function currentRisk(risk: Pick<RiskRecord, 'assessments'>, config: Pick<SakConfig, 'risk_matrix'>, at?: string): CurrentRisk | undefined {
  const assessment = latestAssessment(risk, at);
  if (!assessment) return undefined;
  const score = riskScore(assessment);
  return { assessment, score, level: riskLevel(score, config) };
}
