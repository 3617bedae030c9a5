import { isValidDate } from '../calendar/date.js';
import { recordsOf, type LoadedRecord } from '../model.js';
import { compareStrings } from '../problem.js';
import type { BuildContext } from './context.js';
import { byDateThenId, countRows } from './context.js';
import type { AgreementDeadlineRow, AgreementFollowupRow, AgreementRow, AgreementSection, SeverityCounts } from './model.js';
import { inPeriod } from './period.js';
import { ENUM_VALUES } from '../labelled.js';
import { statusWording, valueWording } from './wording.js';

/** The agreement types in the order of the schema (and of `by_type` rows with equal counts, by key). */
const AGREEMENT_TYPES: readonly string[] = ENUM_VALUES.agreement_type;

/**
 * The agreements section (issue "Every municipality", item 3): the agreements by type and
 * status, those whose end needs a decision (rule agreement-end, overdue or due within the
 * report's twelve months), the follow-ups of the period with their deviations, and the grant
 * reports due. A public report counts every agreement and lists only those it may show
 * (`counterparty_public: true`, or classified 0); it never shows a counterparty's name,
 * a follow-up's note or a finding's text.
 */
export function buildAgreements(ctx: BuildContext): AgreementSection {
  const { vis, period, at } = ctx;
  const agreements = recordsOf(ctx.register, 'agreement');
  const current = agreements.filter((a) => a.data.status !== 'ended');
  const byStatus = { planned: 0, active: 0, ended: 0 };
  for (const { data } of agreements) byStatus[data.status ?? 'active'] += 1;

  const row = ({ id, data }: LoadedRecord<'agreement'>): AgreementRow => ({
    id,
    title: data.title,
    type: data.type,
    type_label: valueWording('agreement_type', data.type),
    status: data.status ?? 'active',
    status_label: valueWording('agreement_status', data.status ?? 'active'),
    owner: vis.ref(data.owner),
    public_body: data.counterparty_public === true,
    start: isValidDate(data.start) ? data.start : null,
    end: isValidDate(data.end) ? data.end : null,
    ...vis.text('counterparty', data.counterparty),
  });
  const list = current.filter((a) => vis.shows(a)).sort((a, b) => compareStrings(a.id, b.id)).map(row);

  // The deadlines of agreement-end and grant-report that are not ok, as `sak check` gave them.
  const deadlineRows = (rule: 'agreement-end' | 'grant-report') => {
    const items = ctx.items.filter((i) => i.rule === rule && i.status !== 'ok');
    const shown: AgreementDeadlineRow[] = [];
    for (const item of items) {
      const record = ctx.byId.get(item.id);
      if (record?.kind !== 'agreement' || !vis.shows(record)) continue;
      shown.push({
        id: item.id,
        title: record.data.title,
        type_label: valueWording('agreement_type', record.data.type),
        end: isValidDate(record.data.end) ? record.data.end : null,
        due: item.due,
        status: item.status,
        status_label: statusWording(item.status),
      });
    }
    return { rows: shown, count: items.length };
  };
  const ending = deadlineRows('agreement-end');
  const grants = deadlineRows('grant-report');

  // Follow-ups dated in the period (and by the status date).
  const followups = agreements.flatMap((record) => (record.data.followups ?? []).map((f, index) => ({ record, f, index }))).filter(({ f }) => inPeriod(f.date, period, at));
  const findings: SeverityCounts = { low: 0, medium: 0, high: 0, serious: 0 };
  for (const { f } of followups) for (const finding of f.findings ?? []) findings[finding.severity] += 1;
  const followupRows: AgreementFollowupRow[] = followups
    .filter(({ record }) => vis.shows(record))
    .map(({ record, f, index }) => ({
      id: record.id,
      title: record.data.title,
      date: f.date,
      index,
      result: f.result,
      result_label: valueWording('followup_result', f.result),
      findings: f.findings?.length ?? 0,
      ...vis.text('note', f.note),
    }))
    .sort((a, b) => byDateThenId(a, b) || a.index - b.index)
    .map(({ index: _index, ...rest }) => rest);

  return {
    total: agreements.length,
    current: current.length,
    by_status: byStatus,
    by_type: countRows(
      current.map((a) => a.data.type),
      (key) => valueWording('agreement_type', key ?? ''),
    ).sort((a, b) => b.count - a.count || AGREEMENT_TYPES.indexOf(a.key ?? '') - AGREEMENT_TYPES.indexOf(b.key ?? '')),
    list,
    unlisted: current.length - list.length,
    ending: ending.rows,
    ending_count: ending.count,
    ending_unlisted: ending.count - ending.rows.length,
    followups: followupRows,
    followups_count: followups.length,
    followups_unlisted: followups.length - followupRows.length,
    deviations: followups.filter(({ f }) => f.result === 'deviations').length,
    findings,
    grant_reports: grants.rows,
    grant_reports_count: grants.count,
    grant_reports_unlisted: grants.count - grants.rows.length,
  };
}
