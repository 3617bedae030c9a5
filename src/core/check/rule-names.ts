/**
 * Every rule of `sak check` by name, in the order of rules.md's table. `RULES` in rules.ts
 * gives each its evaluator (a name without one, or one without a name, does not compile);
 * the name lives here, apart from the evaluators, so that types and messages can name a rule
 * without importing every rule.
 */
export const RULE_NAMES = [
  'document-review',
  'document-lso',
  'risk-review',
  'risk-unassessed',
  'risk-untreated',
  'control-due',
  'finding-unreported',
  'action-due',
  'incident-open',
  'incident-authority',
  'training',
  'control-demand',
  'site-fire',
  'site-intrusion',
  'agreement-end',
  'agreement-review',
  'grant-report',
] as const;

/** The name of a rule of `sak check`. */
export type RuleName = (typeof RULE_NAMES)[number];
