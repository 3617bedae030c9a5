// What the report model says, as data: core puts a Wording where the JSON and the templates
// have a label or a sentence, and render/report-wording.ts puts it in words in the language of
// the output (#15 item 2, "Text at the edge"). So core never sees a language.
import type { DeadlineBasis } from '../check/basis.js';
import type { DemandBasis } from '../check/demand-types.js';
import type { DeadlineFinding, DeadlineStatus, RuleName } from '../check/engine.js';
import { labelled, type EnumName, type ExtraValue, type LabelledValue } from '../labelled.js';
import type { PeriodKind, ReportPeriod } from './period.js';

/** How a risk moved since its previous assessment. */
export type Trend = 'up' | 'down' | 'same' | 'new';

/** A key figure of the summary. */
export type SummaryKey = 'incidents' | 'serious_incidents' | 'cost_sek' | 'open_actions' | 'overdue_actions' | 'documents_overdue' | 'high_risks' | 'controls' | 'exercises' | 'participants';

/** The fixed words of the model (the report texts catalogue has them in both languages). */
export type ModelTextKey =
  | 'not_public'
  | 'units_not_public'
  | 'review_mandate'
  | 'review_none'
  | 'review_readopt'
  | 'follow_up_draft'
  | 'follow_up_none'
  | 'adoption_not_recorded'
  | 'not_adopted'
  | 'to_be_adopted';

/** An axis of the risk matrix. */
export type MatrixAxis = 'likelihood' | 'consequence';

/** What a label or sentence of the model says: a key and its parameters. */
export type WordingSpec =
  /** The label of an enumeration's value ("Pågående"). */
  | { key: 'value'; value: LabelledValue }
  /** A fixed text of the model. */
  | { key: 'text'; text: ModelTextKey }
  /** The label of a deadline's status ("Försenad"). */
  | { key: 'status'; status: DeadlineStatus }
  /** The label of a rule of `sak check`. */
  | { key: 'rule'; rule: RuleName }
  /** The label of a risk's trend. */
  | { key: 'trend'; trend: Trend }
  /** The label of a key figure. */
  | { key: 'summary'; figure: SummaryKey }
  /** A month (`2026-03`) by its short name, with its year when the period spans years. */
  | { key: 'month'; month: string; year: boolean }
  /** An ISO week (`2026-W05`): "v. 5". */
  | { key: 'week'; week: string }
  /** The default label of a step (1–5) of a risk matrix axis. */
  | { key: 'axis'; axis: MatrixAxis; step: number }
  /** An ISO duration in words ("1 år"). */
  | { key: 'duration'; duration: string }
  /** How a document is followed up: mandate, readopt, none, or an interval. */
  | { key: 'review'; review: string }
  /** How soon a serious finding must be reported ("omgående", "inom 3 dagar"). */
  | { key: 'within'; within: string }
  /** What a control demand rests on: the document's title and id, or the law's citation. */
  | { key: 'demand_basis'; basis: Exclude<DemandBasis, { type: 'default' }> }
  /** A demand's coverage: "1 av 2 förvaltningar" (`noun`: a unit type, or `unit`). */
  | { key: 'coverage'; covered: number; in_scope: number; noun: string }
  /** Whom a training demand applies to: a unit type (lower case) and the units named. */
  | { key: 'applies_to'; unit_type: string | null; units: readonly (string | Wording)[] }
  /** The exercise types a training demand counts: "utbildning eller övning". */
  | { key: 'exercise_types'; types: readonly string[] }
  /** A duty to report to an authority, with its stage where it has one. */
  | { key: 'duty'; authority: string; stage: string | null }
  /** What a deadline rests on; `document`: the governing document's title (null: not shown, absent: its id). */
  | { key: 'basis'; basis: DeadlineBasis; document?: string | null }
  /** The message of a deadline, as `sak check` says it. */
  | { key: 'deadline'; finding: DeadlineFinding }
  /** The name of a period: "2026", "kvartal 4 2026", or its dates. */
  | { key: 'period'; period: ReportPeriod }
  /** The report's title, preliminary when the status date is before the period's end. */
  | { key: 'title'; period: ReportPeriod; at: string; preliminary: boolean }
  /** The report's short title, for a browser tab. */
  | { key: 'short_title'; period: ReportPeriod; preliminary: boolean }
  /** The type of the report as a document: Årsrapport, Kvartalsrapport, Rapport. */
  | { key: 'document_type'; kind: PeriodKind }
  /** The language of the output itself (the model's `lang`). */
  | { key: 'lang' };

/** A label or sentence of the report model before it is put in words. */
export class Wording {
  constructor(readonly spec: WordingSpec) {}
}

/** A Wording of a spec. */
export function wording(spec: WordingSpec): Wording {
  return new Wording(spec);
}

/** The label of an enumeration's value; `extras`: the values sak.yaml adds to it, with their labels. */
export function valueWording(enumName: EnumName, value: string, extras: readonly ExtraValue[] = []): Wording {
  return wording({ key: 'value', value: labelled(enumName, value, extras) });
}

/** The label of a deadline's status. */
export function statusWording(status: DeadlineStatus): Wording {
  return wording({ key: 'status', status });
}

/** A fixed text of the model. */
export function textWording(text: ModelTextKey): Wording {
  return wording({ key: 'text', text });
}

/** The model in words: every Wording a string, the rest as it is (the type of what render/ makes of a coded model). */
export type Worded<T> = T extends Wording
  ? string
  : T extends readonly (infer U)[]
    ? Worded<U>[]
    : T extends object
      ? { [K in keyof T]: Worded<T[K]> }
      : T;
