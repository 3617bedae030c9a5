import { addDays, compareDates, formatPartialDate, isValidDate, partialDateEnd } from '../calendar/date.js';
import { addDuration, parseDuration } from '../calendar/duration.js';
import { mandatePeriodOf, nextMandatePeriod, type MandatePeriod } from '../calendar/mandate-period.js';
import { recordsOf, type AnyRecord } from '../model.js';
import type { DocumentRecord } from '../record-types.js';
import { basisFor, lawBasis, type DeadlineBasis } from './basis.js';
import { happenedBy, isActive, latestEvent, type RuleContext } from './rule-context.js';
import type { RuleEvaluator, RuleFinding } from './rule-finding.js';

// Rules `document-review` and `document-lso` (rules.md, amended by the issue "Deadlines
// that are right, and say why"; docs/deadlines.md gives the sources).

/** The date by which a new LSO action programme had to be adopted (MSB: "senast 1 januari 2022"). */
export const LSO_PROGRAMME_DUE = '2022-01-01';
/**
 * The first day a programme can be in the structure of MSBFS 2021:1: the day the regulation
 * was published (decided 2021-06-01, "utkom från trycket den 4 juni 2021"). A programme
 * whose last adoption is before it predates the new rules (SFS 2020:882, in force 2021-01-01).
 */
export const LSO_NEW_RULES_FROM = '2021-06-04';
/** The number of the law on protection against accidents (LSO), as any requirement's `reference` may write it. */
export const LSO_NUMBER = '2003:778';
/** What the LSO transition item rests on: the programme the law and MSB's regulation demanded. */
export const LSO_TRANSITION_BASIS: DeadlineBasis = lawBasis('LSO 3 kap. 3 och 8 §§, SFS 2020:882, MSBFS 2021:1');
/** What an LSO programme's re-adoption each mandate period rests on. */
export const LSO_READOPT_BASIS: DeadlineBasis = lawBasis('LSO 3 kap. 3 och 8 §§');

/** True when a requirement's reference names the LSO in any spelling: `SFS 2003:778`, `2003:778`, `Lag (2003:778) om skydd mot olyckor`. */
export function referencesLso(reference: unknown): boolean {
  return typeof reference === 'string' && /(^|[^0-9])2003\s*:\s*778(?![0-9])/.test(reference);
}

/** True for an action programme that lists a requirement referring to the LSO. */
export function isLsoProgramme(doc: DocumentRecord, byId: ReadonlyMap<string, AnyRecord>): boolean {
  if (doc.type !== 'action_programme') return false;
  return (doc.requirements ?? []).some((id) => {
    const req = byId.get(id);
    return req?.kind === 'requirement' && referencesLso(req.data.reference);
  });
}

/** The last adoption by `at`: `adopted.date` or a review with outcome `readopted` or `revised` (partial dates as written). */
export function lastAdoption(doc: DocumentRecord, at: string): string | number | undefined {
  const adoptions = (doc.reviews ?? []).filter((r) => r.outcome === 'readopted' || r.outcome === 'revised').map((r) => r.date);
  return latestEvent([doc.adopted?.date, ...adoptions], at);
}

/**
 * The one-off `next_review` that still stands at `at`: the one decided with the latest event
 * (a review's own `next_review`, or the document's for its adoption when no follow-up came
 * after it). A later follow-up or adoption discharges it. Undefined when none stands.
 */
export function standingNextReview(doc: DocumentRecord, at: string): string | undefined {
  let latestReview: NonNullable<DocumentRecord['reviews']>[number] | undefined;
  for (const review of doc.reviews ?? []) {
    if (!happenedBy(review.date, at)) continue;
    if (!latestReview || compareDates(partialDateEnd(review.date), partialDateEnd(latestReview.date)) >= 0) latestReview = review;
  }
  const adopted = doc.adopted?.date;
  const adoptionCounts = adopted !== undefined && happenedBy(adopted, at);
  // A review dated the same day as the adoption or later is the latest event.
  const reviewIsLatest = latestReview !== undefined && (!adoptionCounts || compareDates(partialDateEnd(latestReview.date), partialDateEnd(adopted)) >= 0);
  const candidate = reviewIsLatest ? latestReview?.next_review : doc.next_review;
  const anchor = reviewIsLatest ? latestReview?.date : adoptionCounts ? adopted : undefined;
  if (!isValidDate(candidate)) return undefined;
  return anchor === undefined || compareDates(candidate, partialDateEnd(anchor)) > 0 ? candidate : undefined;
}

/** How a document's follow-up is due: its `review` mode, or `readopt` for an LSO programme in the new structure. */
type ReviewMode = 'mandate' | 'readopt' | 'interval';

/** The due date of a re-adoption after an adoption in `period`: the end of the next period, or `within` after its start. */
function readoptDue(period: MandatePeriod, within: string | null): string {
  const next = nextMandatePeriod(period);
  return within && next.start !== null ? addDays(addDuration(next.start, within), -1) : next.end;
}

export const documentReview: RuleEvaluator<'document-review'> = (ctx: RuleContext) => {
  const out: RuleFinding<'document-review'>[] = [];
  for (const record of recordsOf(ctx.register, 'document')) {
    const doc = record.data;
    if (!isActive(record)) continue;
    const base = { id: record.id, title: doc.title };
    const lso = isLsoProgramme(doc, ctx.byId);
    const adoption = lastAdoption(doc, ctx.at);
    // From the new rules on, the law has the programme adopted for each new mandate period.
    const lsoReadopt = lso && adoption !== undefined && compareDates(partialDateEnd(adoption), LSO_NEW_RULES_FROM) >= 0;
    const review = lsoReadopt ? 'readopt' : (doc.review ?? 'mandate');
    const basis = lsoReadopt ? LSO_READOPT_BASIS : basisFor(ctx.config, 'document-review', doc.basis);
    const within = review === 'readopt' && parseDuration(doc.review_within) ? (doc.review_within as string) : null;

    if (doc.status === 'draft') {
      // A draft with review: readopt stands for a document that must be adopted this period and is not yet.
      if (review !== 'readopt') continue;
      const period = mandatePeriodOf(ctx.at);
      const due = within && period.start !== null ? addDays(addDuration(period.start, within), -1) : period.end;
      out.push({ id: record.id, kind: 'document', due, last: null, basis, params: { ...base, due, mode: 'draft_readopt' } });
      continue;
    }
    if (review === 'none') continue;

    const mode: ReviewMode = review === 'readopt' ? 'readopt' : review === 'mandate' ? 'mandate' : parseDuration(review) ? 'interval' : 'mandate';
    const last = mode === 'readopt' ? adoption : latestEvent([doc.adopted?.date, ...(doc.reviews ?? []).map((r) => r.date)], ctx.at);
    if (last === undefined) {
      // Nothing recorded: the adoption is unknown, which is not the same as never adopted.
      out.push({ id: record.id, kind: 'document', due: null, last: null, basis, params: { ...base, due: null, mode: mode === 'readopt' ? 'readopt_unknown' : 'unknown' } });
      continue;
    }
    const lastEnd = partialDateEnd(last);
    const oneOff = standingNextReview(doc, ctx.at);
    let due: string;
    let shown: 'next_review' | ReviewMode = mode;
    if (oneOff !== undefined) {
      due = oneOff;
      shown = 'next_review';
    } else if (mode === 'interval') {
      due = addDuration(lastEnd, review);
    } else if (mode === 'readopt') {
      due = readoptDue(mandatePeriodOf(lastEnd), within);
    } else {
      // "At least once per mandate period": done by the end of the period after the one of the last event.
      due = nextMandatePeriod(mandatePeriodOf(lastEnd)).end;
    }
    const lastShown = formatPartialDate(last);
    out.push({
      id: record.id,
      kind: 'document',
      due,
      last: lastShown,
      basis,
      params: { ...base, due, mode: shown, last: lastShown, readopt: mode === 'readopt', ...(mode === 'interval' ? { interval: review } : {}), ...(within ? { within } : {}) },
    });
  }
  return out;
};

export const documentLso: RuleEvaluator<'document-lso'> = (ctx: RuleContext) => {
  const out: RuleFinding<'document-lso'>[] = [];
  for (const record of recordsOf(ctx.register, 'document')) {
    const doc = record.data;
    if (!isActive(record) || doc.status === 'draft' || !isLsoProgramme(doc, ctx.byId)) continue;
    const last = lastAdoption(doc, ctx.at);
    if (last !== undefined && compareDates(partialDateEnd(last), LSO_NEW_RULES_FROM) >= 0) continue;
    const adopted = last === undefined ? null : formatPartialDate(last);
    out.push({
      id: record.id,
      kind: 'document',
      due: LSO_PROGRAMME_DUE,
      last: adopted,
      basis: LSO_TRANSITION_BASIS,
      params: { id: record.id, title: doc.title, due: LSO_PROGRAMME_DUE, lastAdoption: adopted, newRulesFrom: LSO_NEW_RULES_FROM },
    });
  }
  return out;
};
