import { buildReportCore, type ReportOptions } from '../core/report/build.js';
import { buildReportDocument } from '../core/report/document.js';
import type { ReportCore, ReportModel } from '../core/report/model.js';
import type { RegisterData } from '../core/model.js';
import { basisWords, DEADLINE_STATUS_LABELS, describeDeadlines, ruleLabel } from '../i18n/check-messages.js';
import type { Lang } from '../i18n/lang.js';
import { periodLabel, reportShortTitle, reportTitle, SUMMARY_LABELS } from '../i18n/report-texts.js';

/**
 * The report model in a language from the facts core built: the title, the periods' names,
 * the key figures' labels and each deadline's message, status, rule and basis in words.
 * Key order is the order of the JSON (report.md's keys first).
 */
export function describeReport(core: ReportCore, lang: Lang): ReportModel {
  const { base, period, previous } = core;
  const label = periodLabel(period, lang);
  const title = reportTitle(period.kind, label, base.at, base.preliminary, lang);
  const quoted = (title: string): string => (lang === 'sv' ? `”${title}”` : `“${title}”`);
  return {
    format: base.format,
    municipality: base.municipality,
    period: { from: period.from, to: period.to, kind: period.kind, label },
    at: base.at,
    audience: base.audience,
    source: base.source,
    omitted: base.omitted,
    incidents: base.incidents,
    risks: base.risks,
    documents: base.documents,
    controls: base.controls,
    actions: base.actions,
    exercises: base.exercises,
    deadlines: core.deadlines.map(({ finding, basis_document, ...facts }) => ({
      ...facts,
      basis_label: basisWords(facts.basis, lang, facts.basis.type === 'document' ? (basis_document === null ? null : quoted(basis_document)) : undefined),
      message: (describeDeadlines([finding], lang)[0] as { message: string }).message,
      status_label: DEADLINE_STATUS_LABELS[facts.status][lang],
      rule_label: ruleLabel(facts.rule, lang),
    })),
    lang: base.lang,
    previous_period: { from: previous.period.from, to: previous.period.to, at: previous.at, label: periodLabel(previous.period, lang), kept: previous.kept, started_on: previous.started_on },
    summary: core.summary.map(({ key, ...figure }) => ({ key, label: SUMMARY_LABELS[key][lang], ...figure })),
    sites: base.sites,
    deadlines_unlisted: base.deadlines_unlisted,
    preliminary: base.preliminary,
    title,
    short_title: reportShortTitle(period.kind, label, base.preliminary, lang),
    agreements: base.agreements,
    deadline_section: base.deadline_section,
    ...(core.document ? { document: buildReportDocument(core.document, { kind: period.kind, title }, lang) } : {}),
  };
}

/** The report model of report.md from a valid register in the options' language (core's facts, render's words). */
export function buildReportModel(register: RegisterData, options: ReportOptions): ReportModel {
  return describeReport(buildReportCore(register, options), options.lang);
}
