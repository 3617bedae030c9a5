// The words of the report model: core builds it with a Wording where a label or a sentence
// goes (src/core/report/wording.ts); this puts each in the language of the output, from the
// catalogues of src/i18n/.
import { Wording, type Worded, type WordingSpec } from '../core/report/wording.js';
import { basisWords, DEADLINE_STATUS_LABELS, demandBasisName, describeDeadline, formatDuration, joinNames, reportWithin, ruleLabel } from '../i18n/check-messages.js';
import { enumLabel, labelOf } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { shortMonthName } from '../i18n/report-format.js';
import {
  coverageLabel,
  DEFAULT_MATRIX_LABELS,
  documentTypeLabel,
  periodLabel,
  reportShortTitle,
  reportText,
  reportTitle,
  reviewLabel,
  SUMMARY_LABELS,
  TREND_LABELS,
  weekLabel,
} from '../i18n/report-texts.js';

type Key = WordingSpec['key'];

/** A title in the quotation marks of a language: ”…” in Swedish, “…” in English. */
function quoted(title: string, lang: Lang): string {
  return lang === 'sv' ? `”${title}”` : `“${title}”`;
}

/** A label that is either a name already (a unit's title) or a Wording. */
function nameText(name: string | Wording, lang: Lang): string {
  return typeof name === 'string' ? name : wordingText(name, lang);
}

/** How each kind of Wording is said. */
const SAY: { [K in Key]: (spec: Extract<WordingSpec, { key: K }>, lang: Lang) => string } = {
  value: (s, lang) => labelOf(s.value, lang),
  text: (s, lang) => reportText(s.text, lang),
  status: (s, lang) => DEADLINE_STATUS_LABELS[s.status][lang],
  rule: (s, lang) => ruleLabel(s.rule, lang),
  trend: (s, lang) => TREND_LABELS[s.trend][lang],
  summary: (s, lang) => SUMMARY_LABELS[s.figure][lang],
  month: (s, lang) => {
    const name = shortMonthName(Number(s.month.slice(5)), lang);
    return s.year ? `${name} ${s.month.slice(0, 4)}` : name;
  },
  week: (s, lang) => weekLabel(s.week, lang),
  axis: (s, lang) => DEFAULT_MATRIX_LABELS[s.axis][lang][s.step - 1] ?? '',
  duration: (s, lang) => formatDuration(s.duration, lang),
  review: (s, lang) => reviewLabel(s.review, lang),
  within: (s, lang) => reportWithin(s.within, lang),
  demand_basis: (s) => demandBasisName(s.basis) ?? '',
  coverage: (s, lang) => coverageLabel(s.covered, s.in_scope, s.noun, lang),
  applies_to: (s, lang) => joinNames([...(s.unit_type !== null ? [enumLabel('unit_type', s.unit_type, lang).toLowerCase()] : []), ...s.units.map((unit) => nameText(unit, lang))], lang),
  exercise_types: (s, lang) =>
    joinNames(
      s.types.map((type) => enumLabel('exercise_type', type, lang).toLowerCase()),
      lang,
      true,
    ),
  duty: (s, lang) => {
    const authority = enumLabel('authority', s.authority, lang);
    return s.stage === null ? authority : `${authority}: ${enumLabel('report_stage', s.stage, lang).toLocaleLowerCase(lang)}`;
  },
  basis: (s, lang) => basisWords(s.basis, lang, s.document === undefined || s.document === null ? s.document : quoted(s.document, lang)),
  deadline: (s, lang) => describeDeadline(s.finding, lang).message,
  period: (s, lang) => periodLabel(s.period, lang),
  title: (s, lang) => reportTitle(s.period.kind, periodLabel(s.period, lang), s.at, s.preliminary, lang),
  short_title: (s, lang) => reportShortTitle(s.period.kind, periodLabel(s.period, lang), s.preliminary, lang),
  document_type: (s, lang) => documentTypeLabel(s.kind, lang),
  lang: (_s, lang) => lang,
};

/** A Wording in a language. */
export function wordingText(wording: Wording, lang: Lang): string {
  // Each spec is said by the entry of its own key, which TypeScript cannot follow through the index.
  return (SAY[wording.spec.key] as (spec: WordingSpec, lang: Lang) => string)(wording.spec, lang);
}

/** A coded model in a language: every Wording in it made a string, everything else (and the key order) kept. */
export function wordModel<T>(value: T, lang: Lang): Worded<T> {
  return put(value, lang) as Worded<T>;
}

function put(value: unknown, lang: Lang): unknown {
  if (value instanceof Wording) return wordingText(value, lang);
  if (Array.isArray(value)) return value.map((item: unknown) => put(item, lang));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, put(item, lang)]));
  return value;
}
