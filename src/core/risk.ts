import { compareDates } from './calendar/date.js';
import type { RiskRecord, SakConfig } from './record-types.js';

/** One assessment of a risk (likelihood and consequence on 1–5). */
export type RiskAssessment = NonNullable<RiskRecord['assessments']>[number];

/** A risk level: score ≥ the configured threshold of medium, high, critical; below medium is low. */
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';

/** The thresholds of register.md's default risk matrix. */
export const DEFAULT_RISK_LEVELS: Readonly<{ medium: number; high: number; critical: number }> = { medium: 5, high: 10, critical: 15 };

/** The score of an assessment: likelihood × consequence. */
export function riskScore(assessment: Pick<RiskAssessment, 'likelihood' | 'consequence'>): number {
  return assessment.likelihood * assessment.consequence;
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
