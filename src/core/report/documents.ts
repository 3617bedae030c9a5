import { compareDates, formatPartialDate, partialDateEnd } from '../calendar/date.js';
import type { DeadlineFinding, RuleName } from '../check/engine.js';
import { happenedBy, latestEvent } from '../check/rule-context.js';
import { isLsoProgramme, lastAdoption, LSO_NEW_RULES_FROM } from '../check/document-rules.js';
import { recordsOf } from '../model.js';
import { compareStrings } from '../problem.js';
import type { DocumentRecord } from '../record-types.js';
import type { BuildContext } from './context.js';
import type { Decision, DocumentRow } from './model.js';
import type { Visibility } from './visibility.js';
import { statusWording, textWording, valueWording, wording } from './wording.js';

/** The rules about governing documents. */
/** The rules of a document's follow-up. */
export const DOCUMENT_RULES: readonly RuleName[] = ['document-review', 'document-lso'];

/** How many documents have an overdue follow-up or LSO item among these items. */
export function countOverdueDocuments(items: readonly DeadlineFinding[]): number {
  return new Set(items.filter((i) => DOCUMENT_RULES.includes(i.rule) && i.status === 'overdue').map((i) => i.id)).size;
}

function decision(d: { date: string | number; body?: string; paragraph?: string; dnr?: string }, vis: Visibility): Decision {
  return {
    date: formatPartialDate(d.date),
    body: typeof d.body === 'string' ? vis.ref(d.body) : null,
    paragraph: typeof d.paragraph === 'string' ? d.paragraph : null,
    dnr: typeof d.dnr === 'string' ? d.dnr : null,
  };
}

/** The latest follow-up by `at` (partial dates read as their last day; equal dates: the one listed last). */
function lastReview(doc: DocumentRecord, at: string): NonNullable<DocumentRecord['reviews']>[number] | undefined {
  let latest: NonNullable<DocumentRecord['reviews']>[number] | undefined;
  for (const review of doc.reviews ?? []) {
    if (!happenedBy(review.date, at)) continue;
    if (!latest || compareDates(partialDateEnd(review.date), partialDateEnd(latest.date)) >= 0) latest = review;
  }
  return latest;
}

/** Section 5: every governing document that is not repealed, by id. */
export function buildDocuments(ctx: BuildContext): DocumentRow[] {
  const { vis, at } = ctx;
  const reviewItems = new Map(ctx.items.filter((i) => i.rule === 'document-review').map((i) => [i.id, i]));
  const lsoItems = new Map(ctx.items.filter((i) => i.rule === 'document-lso').map((i) => [i.id, i]));
  return recordsOf(ctx.register, 'document')
    .filter((record) => record.data.status !== 'repealed' && vis.shows(record))
    .sort((a, b) => compareStrings(a.id, b.id))
    .map(({ id, data }) => {
      const item = reviewItems.get(id);
      const lso = lsoItems.get(id);
      const status = data.status ?? 'active';
      // An LSO programme adopted under the new rules is adopted anew each period by law.
      const adoption = lastAdoption(data, at);
      const lsoReadopt = isLsoProgramme(data, ctx.byId) && adoption !== undefined && compareDates(partialDateEnd(adoption), LSO_NEW_RULES_FROM) >= 0;
      const review = lsoReadopt ? 'readopt' : (data.review ?? 'mandate');
      // A draft is the only document that is "not adopted"; it never stands beside "I tid".
      const draftLabel = item && item.status !== 'overdue' ? textWording('to_be_adopted') : undefined;
      const last = latestEvent([data.adopted?.date, ...(data.reviews ?? []).map((r) => r.date)], at);
      const latestReview = lastReview(data, at);
      return {
        id,
        title: data.title,
        last_event: item ? item.last : last === undefined ? null : formatPartialDate(last),
        due: item ? item.due : null,
        // A draft is `draft` unless its adoption is overdue (a required document not adopted in time).
        status: status === 'draft' && item?.status !== 'overdue' ? 'draft' : item ? item.status : null,
        type: data.type,
        type_label: valueWording('document_type', data.type),
        document_status: status,
        document_status_label: valueWording('document_status', status),
        status_label: status === 'draft' && draftLabel ? draftLabel : item ? statusWording(item.status) : textWording(status === 'draft' ? 'follow_up_draft' : 'follow_up_none'),
        adoption_missing_label: textWording(status === 'draft' ? 'not_adopted' : 'adoption_not_recorded'),
        review,
        review_label: wording({ key: 'review', review }),
        adopted: data.adopted ? decision(data.adopted, vis) : null,
        last_review: latestReview
          ? { ...decision(latestReview, vis), outcome: latestReview.outcome, outcome_label: valueWording('review_outcome', latestReview.outcome) }
          : null,
        lso: lso && lso.due !== null ? { due: lso.due, status: lso.status, status_label: statusWording(lso.status), last_adoption: lso.last } : null,
      };
    });
}
