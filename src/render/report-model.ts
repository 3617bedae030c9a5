import { buildReportCore, type ReportOptions } from '../core/report/build.js';
import type { DeadlineOwnerGroup, ReportCore, ReportModel } from '../core/report/model.js';
import type { RegisterData } from '../core/model.js';
import { compareStrings } from '../core/problem.js';
import type { Worded } from '../core/report/wording.js';
import type { Lang } from '../i18n/lang.js';
import { wordModel } from './report-wording.js';

/** The order of the units in the deadline section: by name, then id (code units: a locale's order would differ between machines), no unit last. */
function byOwnerName(a: Worded<DeadlineOwnerGroup>, b: Worded<DeadlineOwnerGroup>): number {
  if (a.owner === null || b.owner === null) return Number(a.owner === null) - Number(b.owner === null);
  return compareStrings(`${a.owner.label}\u0000${a.owner.id ?? ''}`, `${b.owner.label}\u0000${b.owner.id ?? ''}`);
}

/**
 * The report model in a language from the model core built: every label and sentence in words
 * (render/report-wording.ts), the deadline section's units in the order of their names.
 * Key order is the order of the JSON (report.md's keys first).
 */
export function describeReport(core: ReportCore, lang: Lang): ReportModel {
  const model = wordModel(core, lang);
  for (const area of model.deadline_section.areas) area.owners.sort(byOwnerName);
  return model;
}

/** The report model of report.md from a valid register in a language (core's model, render's words). */
export function buildReportModel(register: RegisterData, options: ReportOptions & { lang: Lang }): ReportModel {
  return describeReport(buildReportCore(register, options), options.lang);
}
