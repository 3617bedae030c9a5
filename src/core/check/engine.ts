import { isValidDate } from '../calendar/date.js';
import { addDuration, parseDuration } from '../calendar/duration.js';
import { indexById, type RegisterData } from '../model.js';
import { deadlineStatus, occasionalFacts, sortDeadlineItems, type DeadlineFinding } from './deadline-item.js';
import type { RuleContext } from './rule-context.js';
import { RULE_NAMES, runRule } from './rules.js';
import type { RuleName } from './rules.js';

export type { DeadlineFacts, DeadlineFinding, DeadlineItem, DeadlineStatus } from './deadline-item.js';
export type { DeadlineBasis } from './basis.js';
export type { RuleName } from './rules.js';

/** The default horizon of `sak check` (cli.md). */
export const DEFAULT_HORIZON = 'P90D';

/** When and how `sak check` evaluates. */
export interface CheckOptions {
  /** The evaluation date D, `YYYY-MM-DD`. */
  at: string;
  /** ISO duration: items due from D to D + horizon are `due`; default P90D. */
  horizon?: string;
  /** Only these rules (default: every rule), for a caller that needs some of them. */
  rules?: readonly RuleName[];
}

/**
 * Every deadline of the register at `options.at`, ok ones included, sorted as rules.md
 * says, each with its message's parameters (src/i18n/check-messages.ts makes the text).
 * Throws RangeError on an invalid `at` or `horizon` (the CLI validates flags first).
 */
export function evaluateDeadlines(register: RegisterData, options: CheckOptions): DeadlineFinding[] {
  const { at } = options;
  const horizon = options.horizon ?? DEFAULT_HORIZON;
  if (!isValidDate(at)) throw new RangeError(`not a calendar date: ${JSON.stringify(at)}`);
  const parsed = parseDuration(horizon);
  if (!parsed) throw new RangeError(`not an ISO 8601 duration: ${JSON.stringify(horizon)}`);
  const horizonEnd = addDuration(at, parsed);
  const ctx: RuleContext = { register, config: register.config, at, byId: indexById(register) };
  const items: DeadlineFinding[] = [];
  for (const rule of options.rules ?? RULE_NAMES) {
    for (const finding of runRule(rule, ctx)) {
      const status = finding.settled ? 'ok' : deadlineStatus(finding.due, at, horizonEnd);
      // Key order is the order of the JSON output.
      items.push({
        status,
        rule,
        id: finding.id,
        kind: finding.kind,
        due: finding.due,
        ...occasionalFacts(finding),
        last: finding.last,
        basis: finding.basis,
        // The rule's own parameters: RULES pairs each rule with its evaluator (a correlation TypeScript cannot follow).
        params: { ...finding.params, status },
      } as DeadlineFinding);
    }
  }
  return sortDeadlineItems(items);
}

/** The deadlines of one record (for `sak show`), sorted; for a unit, its training items. */
export function deadlinesFor(register: RegisterData, id: string, options: CheckOptions): DeadlineFinding[] {
  return evaluateDeadlines(register, options).filter((item) => item.id === id);
}
