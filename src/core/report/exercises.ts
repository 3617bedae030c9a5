import { addDuration, parseDuration } from '../calendar/duration.js';
import { isValidDate } from '../calendar/date.js';
import { recordsOf, type LoadedRecord, type RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import type { BuildContext } from './context.js';
import { byCountThenKey, byDateThenId, sumExact } from './context.js';
import type { ExerciseSection, TrainingRequirement, TrainingUnit } from './model.js';
import { inPeriod, type ReportPeriod } from './period.js';
import { statusWording, valueWording, wording, type Wording } from './wording.js';

/** The exercise types in order. */
const EXERCISE_TYPES = ['training', 'drill'] as const;

/** Exercises dated in the period and by the status date. */
export function exercisesIn(register: RegisterData, period: Pick<ReportPeriod, 'from' | 'to'>, at: string): LoadedRecord<'exercise'>[] {
  return recordsOf(register, 'exercise').filter((e) => inPeriod(e.data.date, period, at));
}

/** The sum of participants (none given counts as 0). */
export function sumParticipants(exercises: readonly LoadedRecord<'exercise'>[]): number {
  return exercises.reduce((sum, e) => sum + (typeof e.data.participants === 'number' ? e.data.participants : 0), 0);
}

/** Section 8: training and drills of the period, and each `training` requirement at the status date. */
export function buildExercises(ctx: BuildContext): ExerciseSection {
  const { vis, config, period, at } = ctx;
  const topics = config.exercise_topics ?? [];
  const topicLabel = (key: string): Wording => valueWording('topic', key, topics);
  const exercises = exercisesIn(ctx.register, period, at);

  const byTopic = new Map<string, { count: number; participants: number }>();
  for (const { data } of exercises) {
    const entry = byTopic.get(data.topic) ?? { count: 0, participants: 0 };
    entry.count += 1;
    entry.participants += typeof data.participants === 'number' ? data.participants : 0;
    byTopic.set(data.topic, entry);
  }

  const units = new Map(recordsOf(ctx.register, 'unit').map((u) => [u.id, u]));
  const requirements: TrainingRequirement[] = (config.training ?? []).flatMap((req) => {
    if (!parseDuration(req.every)) return [];
    const met: TrainingUnit[] = [];
    const unmet: TrainingUnit[] = [];
    let metCount = 0;
    let unmetCount = 0;
    for (const item of ctx.items) {
      if (item.rule !== 'training' || item.topic !== req.topic) continue;
      const unit = units.get(item.id);
      if (!unit || !(unit.data.type === req.unit_type || req.units?.includes(unit.id))) continue;
      const isMet = item.last !== null && addDuration(item.last, req.every) >= at;
      if (isMet) metCount += 1;
      else unmetCount += 1;
      if (!vis.shows(unit)) continue;
      const row: TrainingUnit = { id: unit.id, title: unit.data.title, last: item.last, due: item.due, status: item.status, status_label: statusWording(item.status) };
      (isMet ? met : unmet).push(row);
    }
    const byId = (a: TrainingUnit, b: TrainingUnit): number => compareStrings(a.id, b.id);
    return [
      {
        topic: req.topic,
        topic_label: topicLabel(req.topic),
        unit_type: req.unit_type ?? null,
        applies_to_label: wording({ key: 'applies_to', unit_type: req.unit_type ?? null, units: (req.units ?? []).map((id) => vis.ref(id).label) }),
        types_label: req.types ? wording({ key: 'exercise_types', types: req.types }) : null,
        every: req.every,
        every_label: wording({ key: 'duration', duration: req.every }),
        first_due: isValidDate(req.first_due) ? req.first_due : null,
        met: met.sort(byId),
        unmet: unmet.sort(byId),
        met_count: metCount,
        unmet_count: unmetCount,
      },
    ];
  });

  return {
    total: exercises.length,
    participants: sumParticipants(exercises),
    by_topic: [...byTopic].map(([key, e]) => ({ key, label: topicLabel(key), count: e.count, participants: e.participants })).sort(byCountThenKey),
    hours: sumExact(exercises.map((e) => e.data.hours)),
    by_type: EXERCISE_TYPES.map((key) => ({ key, label: valueWording('exercise_type', key), count: exercises.filter((e) => e.data.type === key).length })),
    list: exercises
      .filter((e) => vis.shows(e))
      .map(({ id, data }) => ({
        id,
        date: data.date,
        title: data.title,
        type: data.type,
        type_label: valueWording('exercise_type', data.type),
        topic: data.topic,
        topic_label: topicLabel(data.topic),
        units: [...data.units].sort(compareStrings).map((u) => vis.ref(u)),
        participants: typeof data.participants === 'number' ? data.participants : null,
        hours: typeof data.hours === 'number' ? data.hours : null,
        ...vis.text('evaluation', data.evaluation),
      }))
      .sort(byDateThenId),
    requirements,
  };
}
