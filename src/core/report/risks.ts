import { compareDates } from '../calendar/date.js';
import { recordsOf, type LoadedRecord, type RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import { DEFAULT_MATRIX_STEPS, DEFAULT_RISK_LEVELS, axisLabels, matrixSize, riskLevel, riskScore, type RiskAssessment, type RiskLevel } from '../risk.js';
import type { BuildContext } from './context.js';
import type { RankedRisk, RiskSection } from './model.js';
import { valueWording, wording, type MatrixAxis, type Trend, type Wording } from './wording.js';

/** The risk levels, lowest first. */
export const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];

/** True for a risk that is part of the analysis (status not closed). */
export function isActiveRisk(risk: LoadedRecord<'risk'>): boolean {
  return risk.data.status !== 'closed';
}

/** The assessments dated by `at`, oldest first (equal dates keep the order listed, as latestAssessment reads them). */
export function assessmentsBy(risk: LoadedRecord<'risk'>, at: string): RiskAssessment[] {
  return (risk.data.assessments ?? [])
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => compareDates(a.date, at) <= 0)
    .sort((x, y) => compareDates(x.a.date, y.a.date) || x.i - y.i)
    .map(({ a }) => a);
}

/** Active risks at level high or critical by `at`. */
export function countHighRisks(register: RegisterData, at: string): number {
  return recordsOf(register, 'risk').filter((risk) => {
    const latest = assessmentsBy(risk, at).at(-1);
    if (!isActiveRisk(risk) || !latest) return false;
    const level = riskLevel(riskScore(latest), register.config);
    return level === 'high' || level === 'critical';
  }).length;
}

function trendOf(score: number, previous: number | null): Trend {
  if (previous === null) return 'new';
  return score > previous ? 'up' : score < previous ? 'down' : 'same';
}

/** Section 4: the risks at the status date. */
export function buildRisks(ctx: BuildContext): RiskSection {
  const { config, vis, at } = ctx;
  const levels = config.risk_matrix?.levels ?? DEFAULT_RISK_LEVELS;
  const levelLabel = (level: RiskLevel): Wording => valueWording('risk_level', level);
  const risks = recordsOf(ctx.register, 'risk');
  const active = risks.filter(isActiveRisk);
  const size = matrixSize(config);
  const matrix = Array.from({ length: size.likelihood }, () => Array.from({ length: size.consequence }, () => 0));
  const levelCounts: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const ranked: RankedRisk[] = [];
  const unassessed: RiskSection['unassessed_list'] = [];
  let unassessedCount = 0;

  for (const risk of active) {
    const history = assessmentsBy(risk, at);
    const latest = history.at(-1);
    if (!latest) {
      unassessedCount += 1;
      if (vis.shows(risk)) unassessed.push({ id: risk.id, title: risk.data.title, owner: vis.ref(risk.data.owner) });
      continue;
    }
    const row = matrix[latest.likelihood - 1];
    if (row && latest.consequence >= 1 && latest.consequence <= size.consequence) row[latest.consequence - 1] = (row[latest.consequence - 1] ?? 0) + 1;
    const score = riskScore(latest);
    const level = riskLevel(score, config);
    levelCounts[level] += 1;
    if (!vis.shows(risk)) continue;
    const before = history.at(-2);
    const previousScore = before ? riskScore(before) : null;
    const trend = trendOf(score, previousScore);
    ranked.push({
      id: risk.id,
      title: risk.data.title,
      likelihood: latest.likelihood,
      consequence: latest.consequence,
      score,
      level,
      trend,
      level_label: levelLabel(level),
      trend_label: wording({ key: 'trend', trend }),
      previous_score: previousScore,
      assessed: latest.date,
      area: risk.data.area,
      area_label: valueWording('area', risk.data.area),
      owner: vis.ref(risk.data.owner),
    });
  }
  ranked.sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
  unassessed.sort((a, b) => compareStrings(a.id, b.id));

  const untreatedIds = new Set(ctx.items.filter((i) => i.rule === 'risk-untreated').map((i) => i.id));
  const untreated = active
    .filter((risk) => untreatedIds.has(risk.id) && vis.shows(risk))
    .flatMap((risk) => {
      const latest = assessmentsBy(risk, at).at(-1);
      if (!latest) return [];
      const score = riskScore(latest);
      const level = riskLevel(score, config);
      return [{ id: risk.id, title: risk.data.title, score, level, level_label: levelLabel(level) }];
    })
    .sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));

  // The default labels of an axis (five steps), put in words by render/.
  const defaults = (axis: MatrixAxis): Wording[] => Array.from({ length: DEFAULT_MATRIX_STEPS }, (_, i) => wording({ key: 'axis', axis, step: i + 1 }));
  const likelihoodLabels = axisLabels(config.risk_matrix?.likelihood, defaults('likelihood'));
  const consequenceLabels = axisLabels(config.risk_matrix?.consequence, defaults('consequence'));
  const steps = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  const grid = steps(size.likelihood).reverse().map((likelihood) => ({
    likelihood,
    label: likelihoodLabels[likelihood - 1] ?? '',
    cells: steps(size.consequence).map((consequence) => {
      const score = likelihood * consequence;
      const level = riskLevel(score, config);
      return { consequence, count: matrix[likelihood - 1]?.[consequence - 1] ?? 0, score, level, level_label: levelLabel(level) };
    }),
  }));

  return {
    total: active.length,
    unassessed: unassessedCount,
    matrix,
    ranked,
    closed: risks.length - active.length,
    levels: { medium: levels.medium, high: levels.high, critical: levels.critical },
    likelihood_labels: likelihoodLabels,
    consequence_labels: consequenceLabels,
    grid,
    by_level: RISK_LEVELS.map((key) => ({ key, label: levelLabel(key), count: levelCounts[key] })),
    unassessed_list: unassessed,
    untreated,
    untreated_count: active.filter((risk) => untreatedIds.has(risk.id)).length,
  };
}
