/** How a deadline stands at the evaluation date. */
export type DeadlineStatus = 'overdue' | 'due' | 'ok';

/** The statuses in sort order: most urgent first. */
export const DEADLINE_STATUSES: readonly DeadlineStatus[] = ['overdue', 'due', 'ok'];
