import { addDays, formatPartialDate, isValidDate } from '../calendar/date.js';
import { addDuration, addMonths, parseDuration } from '../calendar/duration.js';
import { recordsOf, type LoadedRecord } from '../model.js';
import { basisFor } from './basis.js';
import { happenedBy, isActive, latestEvent } from './rule-context.js';
import type { RuleEvaluator, RuleFinding } from './rule-finding.js';

// The rules on agreements (issue "Every municipality", item 3): agreement-end,
// agreement-review and grant-report. An agreement that is only `planned` is not in force:
// it neither ends nor is followed up (the action that plans it carries the deadline).

/** The date a duration before a date: months (years as twelve) first, clamped to the month's end, then weeks and days. */
export function subtractDuration(date: string, duration: string): string | null {
  const d = parseDuration(duration);
  if (!d) return null;
  return addDays(addMonths(date, -(d.years * 12 + d.months)), -(d.weeks * 7 + d.days));
}

/** True for an agreement in force or ending: not planned, not ended. */
function inForce(record: LoadedRecord<'agreement'>): boolean {
  return isActive(record) && record.data.status !== 'planned';
}

/**
 * agreement-end: an agreement that ends needs a decision (prolong, procure anew or let it
 * end) by its end minus its notice period (`notice`); without `notice`, by its end. The
 * item is due once that day is within the horizon and overdue after it. Closing the
 * agreement (`sak close`, status ended) or setting a later `end` discharges it.
 */
export const agreementEnd: RuleEvaluator<'agreement-end'> = (ctx) => {
  const out: RuleFinding<'agreement-end'>[] = [];
  for (const record of recordsOf(ctx.register, 'agreement')) {
    const agreement = record.data;
    if (!inForce(record) || !isValidDate(agreement.end)) continue;
    const end = agreement.end;
    const notice = parseDuration(agreement.notice) ? (agreement.notice as string) : null;
    const due = notice === null ? end : (subtractDuration(end, notice) ?? end);
    const ended = end < ctx.at;
    out.push({
      id: record.id,
      kind: 'agreement',
      due,
      last: isValidDate(agreement.start) ? agreement.start : null,
      basis: basisFor(ctx.config, 'agreement-end', agreement.basis),
      params: { id: record.id, title: agreement.title, due, end, notice, ended },
    });
  }
  return out;
};

/**
 * agreement-review: the follow-up of the requirements in an agreement, `review` after the
 * last follow-up (`followups`, on or before the evaluation date), the first one `review`
 * after `start`. Only agreements whose `review` is a duration are followed up.
 */
export const agreementReview: RuleEvaluator<'agreement-review'> = (ctx) => {
  const out: RuleFinding<'agreement-review'>[] = [];
  for (const record of recordsOf(ctx.register, 'agreement')) {
    const agreement = record.data;
    if (!inForce(record) || !parseDuration(agreement.review)) continue;
    const interval = agreement.review as string;
    const latest = latestEvent((agreement.followups ?? []).map((f) => f.date), ctx.at);
    const last = latest === undefined ? null : formatPartialDate(latest);
    const due = last !== null ? addDuration(last, interval) : isValidDate(agreement.start) ? addDuration(agreement.start, interval) : null;
    out.push({
      id: record.id,
      kind: 'agreement',
      due,
      last,
      basis: basisFor(ctx.config, 'agreement-review', agreement.basis),
      params: { id: record.id, title: agreement.title, due, interval, last },
    });
  }
  return out;
};

/**
 * grant-report: the report on a grant's use is due on `grant.report_due`; `grant.reported`
 * (on or before the evaluation date) discharges it. An ended agreement still owes its report.
 */
export const grantReport: RuleEvaluator<'grant-report'> = (ctx) => {
  const out: RuleFinding<'grant-report'>[] = [];
  for (const record of recordsOf(ctx.register, 'agreement')) {
    const agreement = record.data;
    const grant = agreement.grant;
    if (!grant || !isValidDate(grant.report_due) || agreement.status === 'planned') continue;
    const due = grant.report_due;
    const reported = isValidDate(grant.reported) && happenedBy(grant.reported, ctx.at) ? grant.reported : null;
    const authority = typeof grant.authority === 'string' && grant.authority.trim() !== '' ? grant.authority : null;
    out.push({
      id: record.id,
      kind: 'agreement',
      due,
      last: reported,
      basis: basisFor(ctx.config, 'grant-report', agreement.basis),
      settled: reported !== null,
      params: { id: record.id, title: agreement.title, due, authority, reported },
    });
  }
  return out;
};
