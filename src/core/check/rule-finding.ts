import type { KindName } from '../kinds.js';
import type { DeadlineBasis } from './basis.js';
import type { RuleParams } from './check-params.js';
import type { RuleName } from './rule-names.js';
import type { RuleContext } from './rule-context.js';

/** What a rule finds about one record (or part of one), before the engine gives it a status. */
export interface RuleFinding<R extends RuleName> {
  id: string;
  kind: KindName;
  due: string | null;
  last: string | null;
  ref?: string;
  topic?: string;
  /** The authority and stage of an `incident-authority` item. */
  authority?: string;
  stage?: string;
  /** The control demand of a `control-demand` item (the id of its entry in sak.yaml). */
  demand?: string;
  /** True on the item of a demand's compiling unit (`compiled_by`). */
  compilation?: boolean;
  /** What the deadline rests on: law, a governing document, or a chosen interval. */
  basis: DeadlineBasis;
  /** The duty has been discharged (e.g. a report was made): ok whatever the due date. */
  settled?: boolean;
  /** The parameters of the rule's message (src/i18n/check-messages.ts), less the status the engine gives the finding. */
  params: RuleParams<R>;
}

/** A rule: reads the register, returns its findings. */
export type RuleEvaluator<R extends RuleName> = (ctx: RuleContext) => RuleFinding<R>[];
