import { isValidDate } from '../calendar/date.js';
import { recordsOf, type LoadedRecord, type RegisterData } from '../model.js';
import { compareStrings } from '../problem.js';
import type { ActionRecord } from '../record-types.js';
import type { BuildContext } from './context.js';
import type { ActionRow, ActionSection } from './model.js';
import { inPeriod } from './period.js';
import { valueWording } from './wording.js';

/** The action statuses in the order of report.md's `by_status`. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** An action status. */
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * An action's status at a date. The register keeps only the current status, so this
 * reads the dates it has: an action done after `at` was still under way then (in
 * progress once started or reported on, else planned). Cancelled has no date and stays.
 */
export function actionStatusAt(action: ActionRecord, at: string): ActionStatus {
  if (action.status !== 'done' || !isValidDate(action.done) || action.done <= at) return action.status;
  const started = (isValidDate(action.start) && action.start <= at) || (action.progress ?? []).some((p) => p.date <= at);
  return started ? 'in_progress' : 'planned';
}

/** True for an action open at `at`: planned or in progress then, and counted from its `start` date if it has one. */
export function isOpenAt(action: ActionRecord, at: string): boolean {
  const status = actionStatusAt(action, at);
  return (status === 'planned' || status === 'in_progress') && !(isValidDate(action.start) && action.start > at);
}

/** True for an action open at `at` whose due date is before it. */
export function isOverdueAt(action: ActionRecord, at: string): boolean {
  return isOpenAt(action, at) && isValidDate(action.due) && action.due < at;
}

/** Open and overdue actions at `at`. */
export function countActions(register: RegisterData, at: string): { open: number; overdue: number } {
  const actions = recordsOf(register, 'action');
  return { open: actions.filter((a) => isOpenAt(a.data, at)).length, overdue: actions.filter((a) => isOverdueAt(a.data, at)).length };
}

/** Section 7: the action plan at the status date. */
export function buildActions(ctx: BuildContext): ActionSection {
  const { vis, at, period } = ctx;
  const actions = recordsOf(ctx.register, 'action');
  const byStatus = { planned: 0, in_progress: 0, done: 0, cancelled: 0 };
  for (const { data } of actions) byStatus[actionStatusAt(data, at)] += 1;
  const row = ({ id, data }: LoadedRecord<'action'>): ActionRow => {
    const status = actionStatusAt(data, at);
    return {
      id,
      title: data.title,
      status,
      status_label: valueWording('action_status', status),
      owner: vis.ref(data.owner),
      due: isValidDate(data.due) ? data.due : null,
      done: status === 'done' && isValidDate(data.done) ? data.done : null,
    };
  };
  const byId = (a: ActionRow, b: ActionRow): number => compareStrings(a.id, b.id);
  const completedRecords = actions.filter((a) => actionStatusAt(a.data, at) === 'done' && inPeriod(a.data.done, period, at));
  const overdue = actions.filter((a) => isOverdueAt(a.data, at) && vis.shows(a)).map(row).sort(byId);
  return {
    by_status: byStatus,
    overdue: overdue.map((a) => a.id),
    done_in_period: completedRecords.length,
    total: actions.length,
    status_rows: ACTION_STATUSES.map((key) => ({ key, label: valueWording('action_status', key), count: byStatus[key] })),
    completed: completedRecords
      .filter((a) => vis.shows(a))
      .map(row)
      .sort((a, b) => compareStrings(a.done ?? '', b.done ?? '') || byId(a, b)),
    overdue_list: overdue,
    open: actions
      .filter((a) => isOpenAt(a.data, at) && vis.shows(a))
      .map(row)
      .sort((a, b) => (a.due === null || b.due === null ? (a.due === b.due ? 0 : a.due === null ? 1 : -1) : compareStrings(a.due, b.due)) || byId(a, b)),
  };
}
