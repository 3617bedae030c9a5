import { parseDuration } from '../core/calendar/duration.js';
import type { DeadlineBasis } from '../core/check/basis.js';
import type { DeadlineStatus } from '../core/check/deadline-status.js';
import type { DeadlineFinding, DeadlineItem } from '../core/check/deadline-item.js';
import type { RuleName } from '../core/check/rule-names.js';
import type { DemandBasis, DemandPeriod } from '../core/check/demand-types.js';
import type {
  CheckMessageParams,
  ControlDemandParams,
  DocumentReviewParams,
  IncidentAuthorityParams,
  SiteProtectionParams,
  TrainingParams,
  CheckSubject,
} from '../core/check/check-params.js';
import type { Bilingual, Lang, Message } from './lang.js';
import { ENUM_LABELS, labelOf } from './labels.js';
import { counted } from './plural.js';

export type * from '../core/check/check-params.js';

/** The Swedish and English name of each rule of `sak check` (report tables, text output). */
export const RULE_LABELS: Record<RuleName, Bilingual> = {
  'document-review': { sv: 'Uppföljning av styrdokument', en: 'Follow-up of governing document' },
  'document-lso': { sv: 'Handlingsprogram enligt LSO', en: 'LSO action programme' },
  'risk-review': { sv: 'Omprövning av risk', en: 'Risk reassessment' },
  'risk-unassessed': { sv: 'Obedömd risk', en: 'Unassessed risk' },
  'risk-untreated': { sv: 'Hög risk utan åtgärd', en: 'High risk without action' },
  'control-due': { sv: 'Internkontroll', en: 'Internal control' },
  'finding-unreported': { sv: 'Allvarlig avvikelse ej rapporterad', en: 'Serious finding not reported' },
  'action-due': { sv: 'Åtgärd', en: 'Action' },
  'incident-open': { sv: 'Öppen incident', en: 'Open incident' },
  'incident-authority': { sv: 'Anmälan till myndighet', en: 'Report to an authority' },
  training: { sv: 'Utbildning och övning', en: 'Training and drills' },
  'control-demand': { sv: 'Kontrollkrav per enhet', en: 'Control demanded of each unit' },
  'site-fire': { sv: 'Brandskydd', en: 'Fire protection' },
  'site-intrusion': { sv: 'Skydd mot inbrott och skadegörelse', en: 'Protection against burglary and vandalism' },
  'agreement-end': { sv: 'Avtal som löper ut', en: 'Agreement ending' },
  'agreement-review': { sv: 'Avtalsuppföljning', en: 'Agreement follow-up' },
  'grant-report': { sv: 'Redovisning av bidrag', en: 'Grant report' },
};

/** The label of a rule name in a language. */
export function ruleLabel(rule: RuleName, lang: Lang): string {
  return RULE_LABELS[rule][lang];
}

/** The Swedish and English label of each deadline status. */
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, Bilingual> = {
  overdue: { sv: 'Försenad', en: 'Overdue' },
  due: { sv: 'Förfaller snart', en: 'Due soon' },
  ok: { sv: 'I tid', en: 'OK' },
};

/**
 * What a deadline rests on, in words: "enligt lag (AML 3 kap. 3 a §)", "enligt styrdokument
 * (DOC-…)", "valt intervall". `documentName` replaces the id of a governing document (the
 * report names it by title; null leaves the source out, for a document the reader may not see).
 */
export function basisWords(basis: DeadlineBasis, lang: Lang, documentName?: string | null): string {
  if (basis.type === 'law') return lang === 'sv' ? `enligt lag (${basis.source})` : `by law (${basis.source})`;
  if (basis.type === 'document') {
    const name = documentName === undefined ? basis.source : documentName;
    const words = lang === 'sv' ? 'enligt styrdokument' : 'by governing document';
    return name === null ? words : `${words} (${name})`;
  }
  return lang === 'sv' ? 'valt intervall' : 'chosen interval';
}

/** What a training demand asks for: "utbildning eller övning", or the types that count ("möte"). */
function trainingWhat(p: TrainingParams, lang: Lang): string {
  if (p.types === null) return lang === 'sv' ? 'utbildning eller övning' : 'training or drill';
  return joinNames(
    p.types.map((type) => labelOf(type, lang).toLowerCase()),
    lang,
    true,
  );
}

const UNITS: Record<Lang, Record<'years' | 'months' | 'weeks' | 'days', [string, string]>> = {
  sv: { years: ['år', 'år'], months: ['månad', 'månader'], weeks: ['vecka', 'veckor'], days: ['dag', 'dagar'] },
  en: { years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'] },
};

/** An ISO duration in words: `P1Y` → "1 år" / "1 year", `P1Y6M` → "1 år och 6 månader"; other strings as given. */
export function formatDuration(duration: string, lang: Lang): string {
  const d = parseDuration(duration);
  if (!d) return duration;
  const parts = (['years', 'months', 'weeks', 'days'] as const)
    .filter((unit) => d[unit] !== 0)
    .map((unit) => `${d[unit]} ${UNITS[lang][unit][d[unit] === 1 ? 0 : 1]}`);
  if (parts.length === 0) return `0 ${UNITS[lang].days[1]}`;
  const and = lang === 'sv' ? ' och ' : ' and ';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}

/** "every year", "every 2 years", "every 1 year and 6 months": the English interval phrase. */
function every(duration: string): string {
  const words = formatDuration(duration, 'en');
  return /^1 [a-z]+$/.test(words) ? `every ${words.slice(2)}` : `every ${words}`;
}

/** "anmälan till Arbetsmiljöverket", "tidig varning till CSIRT-enheten (cybersäkerhetslagen)". */
function reportTo(p: IncidentAuthorityParams, lang: Lang): string {
  const authority = ENUM_LABELS.authority[p.authority][lang];
  if (p.stage === undefined) return lang === 'sv' ? `anmälan till ${authority}` : `report to ${authority}`;
  const stage = ENUM_LABELS.report_stage[p.stage][lang];
  return lang === 'sv' ? `${stage.toLocaleLowerCase('sv')} till ${authority}` : `${stage.toLocaleLowerCase('en')} to ${authority}`;
}

/** When the report is due, in the words of its source: "utan dröjsmål", "inom 72 timmar", "inom 1 månad efter incidentanmälan". */
function withinWords(p: IncidentAuthorityParams, lang: Lang): string {
  if (p.citation !== null && p.within === 'P1D' && p.stage === undefined) return lang === 'sv' ? 'utan dröjsmål' : 'without delay';
  const hours = p.citation !== null && (p.within === 'P1D' || p.within === 'P3D') ? (p.within === 'P1D' ? 24 : 72) : null;
  const span = hours !== null ? (lang === 'sv' ? `${hours} timmar` : `${hours} hours`) : formatDuration(p.within, lang);
  if (p.stage === 'final_report') return lang === 'sv' ? `inom ${span} efter incidentanmälan` : `within ${span} of the incident notification`;
  return lang === 'sv' ? `inom ${span}` : `within ${span}`;
}

function sv(p: CheckSubject, body: string): string {
  return p.title ? `${p.id}: ${body} – ”${p.title}”` : `${p.id}: ${body}`;
}

function en(p: CheckSubject, body: string): string {
  return p.title ? `${p.id}: ${body} – “${p.title}”` : `${p.id}: ${body}`;
}

function lower(label: string): string {
  return label.toLowerCase();
}

/** Names joined as in a sentence: "A, B och C", or with `or`: "A, B eller C". */
export function joinNames(list: readonly string[], lang: Lang, or = false): string {
  if (list.length <= 1) return list.join('');
  const word = or ? (lang === 'sv' ? ' eller ' : ' or ') : lang === 'sv' ? ' och ' : ' and ';
  return `${list.slice(0, -1).join(', ')}${word}${list[list.length - 1]}`;
}

/** How soon a finding must be reported: "omgående"/"immediately" for one day (the default), else "inom 3 dagar"/"within 3 days". */
export function reportWithin(within: string, lang: Lang): string {
  if (within === 'P1D') return lang === 'sv' ? 'omgående' : 'immediately';
  return `${lang === 'sv' ? 'inom' : 'within'} ${formatDuration(within, lang)}`;
}

/** Who a finding goes to: the named units, or "minst en enhet"/"at least one unit" when sak.yaml names none. */
function recipients(list: readonly string[], lang: Lang): string {
  if (list.length === 0) return lang === 'sv' ? 'minst en enhet' : 'at least one unit';
  return joinNames(list, lang);
}

function documentBasis(p: DocumentReviewParams, lang: Lang): string {
  if (p.mode === 'interval') return lang === 'sv' ? `intervall ${formatDuration(p.interval ?? '', 'sv')}` : every(p.interval ?? '');
  if (p.mode === 'next_review') return lang === 'sv' ? 'fastställt datum för nästa uppföljning' : 'scheduled next review';
  return lang === 'sv' ? 'minst en gång per mandatperiod' : 'at least once per term of office';
}

function lastOrNever(last: string | null, lang: Lang, svVerb: string, enVerb: string): string {
  if (last === null) return lang === 'sv' ? `aldrig ${svVerb}` : `never ${enVerb}`;
  return lang === 'sv' ? `senast ${svVerb} ${last}` : `last ${enVerb} ${last}`;
}

const SITE_SV = {
  'site-fire': { the: 'brandskyddet', source: 'systematiskt brandskyddsarbete, LSO 2 kap. 2 §' },
  'site-intrusion': { the: 'skyddet mot inbrott och skadegörelse', source: 'fullgott skydd för kommunens fastigheter' },
};
const SITE_EN = {
  'site-fire': { the: 'fire protection', source: 'systematic fire-safety work, LSO ch. 2 s. 2' },
  'site-intrusion': { the: 'protection against burglary and vandalism', source: 'adequate protection of municipal property' },
};

function siteMessage(rule: 'site-fire' | 'site-intrusion', lang: Lang): (p: SiteProtectionParams) => string {
  if (lang === 'sv') {
    const t = SITE_SV[rule];
    return (p) => {
      const since = p.assessed ? ` (bedömt ${p.assessed})` : '';
      if (p.protection === 'deficient') return sv(p, `${t.the} är bristfälligt${since}; åtgärda bristerna och bedöm på nytt (${t.source})`);
      if (p.protection === 'unknown') return sv(p, `status för ${t.the} är okänd${since}; bedöm och ange status och datum (${t.source})`);
      if (p.due === null) return sv(p, `${t.the} har aldrig bedömts; bedöm och ange datum (assessed) (${t.source})`);
      if (p.status === 'overdue') return sv(p, `ny bedömning av ${t.the} saknas sedan ${p.due} (årligen; senast bedömt ${p.assessed})`);
      if (p.status === 'due') return sv(p, `ny bedömning av ${t.the} senast ${p.due} (årligen; senast bedömt ${p.assessed})`);
      return sv(p, `nästa bedömning av ${t.the} senast ${p.due} (årligen)`);
    };
  }
  const t = SITE_EN[rule];
  return (p) => {
    const since = p.assessed ? ` (assessed ${p.assessed})` : '';
    if (p.protection === 'deficient') return en(p, `${t.the} is deficient${since}; remedy the deficiencies and assess again (${t.source})`);
    if (p.protection === 'unknown') return en(p, `status of ${t.the} is unknown${since}; assess it and record status and date (${t.source})`);
    if (p.due === null) return en(p, `${t.the} has never been assessed; assess it and record the date (assessed) (${t.source})`);
    if (p.status === 'overdue') return en(p, `new assessment of ${t.the} overdue since ${p.due} (yearly; last assessed ${p.assessed})`);
    if (p.status === 'due') return en(p, `new assessment of ${t.the} due by ${p.due} (yearly; last assessed ${p.assessed})`);
    return en(p, `next assessment of ${t.the} by ${p.due} (yearly)`);
  };
}

/** What a demand rests on: the document's title and id, or the law citation; null for the default. */
export function demandBasisName(basis: DemandBasis): string | null {
  if (basis.type === 'default') return null;
  return basis.type === 'document' ? (basis.title ? `${basis.title} (${basis.id})` : basis.id) : basis.citation;
}

/** The basis of a demand in a message: "grund: …" / "basis: …"; nothing for the default. */
export function demandBasisText(basis: DemandBasis, lang: Lang): string | null {
  const what = demandBasisName(basis);
  if (what === null) return null;
  return lang === 'sv' ? `grund: ${what}` : `basis: ${what}`;
}

/** A period in words: a calendar year as the year, else its first and last day. */
export function periodText(period: DemandPeriod): string {
  return period.from.endsWith('-01-01') && period.to === `${period.from.slice(0, 4)}-12-31` ? period.from.slice(0, 4) : `${period.from} – ${period.to}`;
}

function controlDemandMessage(lang: Lang): (p: ControlDemandParams) => string {
  const isSv = lang === 'sv';
  const wrap = (p: ControlDemandParams, body: string) => (isSv ? sv(p, `${p.demandTitle}: ${body}`) : en(p, `${p.demandTitle}: ${body}`));
  return (p) => {
    const basis = demandBasisText(p.basis, lang);
    if (p.part === 'compilation') {
      const period = p.period ? periodText(p.period) : '';
      const rule = isSv
        ? `sammanställs centralt efter enheternas sista kontroll under perioden, senast sista dagen i månaden efter periodens slut; ${p.last === null ? 'aldrig sammanställt' : `senast sammanställt ${p.last}`}`
        : `compiled centrally after the units' last control in the period, by the last day of the month after the period ends; ${p.last === null ? 'never compiled' : `last compiled ${p.last}`}`;
      const why = `(${[rule, basis].filter((x) => x !== null).join('; ')})`;
      if (!p.pending) return wrap(p, isSv ? `nästa sammanställning, för perioden ${period}, senast ${p.due} ${why}` : `next compilation, for the period ${period}, by ${p.due} ${why}`);
      if (p.status === 'overdue') return wrap(p, isSv ? `sammanställning av perioden ${period} saknas sedan ${p.due} ${why}` : `compilation of the period ${period} overdue since ${p.due} ${why}`);
      return wrap(p, isSv ? `sammanställ perioden ${period} senast ${p.due} ${why}` : `compile the period ${period} by ${p.due} ${why}`);
    }
    const first = p.firstDue ? (isSv ? `, första gången senast ${p.firstDue}` : `, first by ${p.firstDue}`) : '';
    const interval = isSv ? `krav ${p.demand} i sak.yaml: intervall ${formatDuration(p.every, 'sv')}${first}` : `demand ${p.demand} in sak.yaml: ${every(p.every)}${first}`;
    const never = p.controls.length === 0 ? null : isSv ? `${p.controls.join(', ')} aldrig genomförd` : `${p.controls.join(', ')} never performed`;
    const last = p.last !== null ? (isSv ? `senast genomförd ${p.last}` : `last performed ${p.last}`) : never;
    const why = `(${[interval, basis, last].filter((x) => x !== null).join('; ')})`;
    if (p.due === null) {
      if (p.controls.length === 0) return wrap(p, isSv ? `ingen kontroll registrerad ${why}` : `no control recorded ${why}`);
      return wrap(p, isSv ? `ingen genomförd kontroll ${why}` : `no control performed ${why}`);
    }
    if (p.status === 'overdue') return wrap(p, isSv ? `kontroll saknas sedan ${p.due} ${why}` : `control overdue since ${p.due} ${why}`);
    if (p.status === 'due') return wrap(p, isSv ? `genomför kontrollen senast ${p.due} ${why}` : `perform the control by ${p.due} ${why}`);
    return wrap(p, isSv ? `nästa kontroll senast ${p.due} ${why}` : `next control by ${p.due} ${why}`);
  };
}

/** The message of each rule in Swedish and English; each takes its rule's parameters. */
export const CHECK_MESSAGES: { [R in RuleName]: Message<CheckMessageParams[R]> } = {
  'document-review': {
    sv: (p) => {
      const last = p.last ? `; senast ${p.readopt ? 'antaget' : 'antaget eller uppföljt'} ${p.last}` : '';
      if (p.mode === 'unknown') return sv(p, 'antagande ej registrerat: ange beslutet om antagande (adopted) eller den senaste uppföljningen, så kan nästa uppföljning beräknas');
      if (p.mode === 'readopt_unknown') return sv(p, 'antagande ej registrerat: nytt beslut krävs varje mandatperiod; ange det senaste beslutet (adopted, eller en uppföljning med utfallet readopted eller revised)');
      if (p.mode === 'draft_readopt') {
        if (p.status === 'overdue') return sv(p, `inte antaget (utkast): nytt beslut krävs varje mandatperiod och skulle ha fattats senast ${p.due}`);
        return sv(p, `inte antaget (utkast): nytt beslut krävs varje mandatperiod, senast ${p.due}`);
      }
      if (p.mode === 'readopt' || (p.mode === 'next_review' && p.readopt)) {
        const rule = p.mode === 'next_review' ? 'fastställt datum; nytt beslut krävs varje mandatperiod' : 'nytt beslut krävs varje mandatperiod';
        if (p.status === 'overdue') return sv(p, `nytt beslut om antagande saknas sedan ${p.due} (${rule}${last})`);
        if (p.status === 'due') return sv(p, `anta på nytt senast ${p.due} (${rule}${last})`);
        return sv(p, `nästa antagande senast ${p.due} (${rule}${last})`);
      }
      const basis = documentBasis(p, 'sv');
      if (p.status === 'overdue') return sv(p, `uppföljning saknas sedan ${p.due} (${basis})`);
      if (p.status === 'due') return sv(p, `uppföljning senast ${p.due} (${basis})`);
      return sv(p, `nästa uppföljning senast ${p.due} (${basis})`);
    },
    en: (p) => {
      const last = p.last ? `; last ${p.readopt ? 'adopted' : 'adopted or followed up'} ${p.last}` : '';
      if (p.mode === 'unknown') return en(p, 'adoption not recorded: record the adoption decision (adopted) or the latest follow-up, so that the next follow-up can be worked out');
      if (p.mode === 'readopt_unknown') return en(p, 'adoption not recorded: a new decision is required each term of office; record the latest decision (adopted, or a follow-up with outcome readopted or revised)');
      if (p.mode === 'draft_readopt') {
        if (p.status === 'overdue') return en(p, `not adopted (draft): a new decision is required each term of office and was due by ${p.due}`);
        return en(p, `not adopted (draft): a new decision is required each term of office, by ${p.due}`);
      }
      if (p.mode === 'readopt' || (p.mode === 'next_review' && p.readopt)) {
        const rule = p.mode === 'next_review' ? 'scheduled date; a new decision is required each term of office' : 'a new decision is required each term of office';
        if (p.status === 'overdue') return en(p, `new adoption decision overdue since ${p.due} (${rule}${last})`);
        if (p.status === 'due') return en(p, `adopt anew by ${p.due} (${rule}${last})`);
        return en(p, `next adoption by ${p.due} (${rule}${last})`);
      }
      const basis = documentBasis(p, 'en');
      if (p.status === 'overdue') return en(p, `follow-up overdue since ${p.due} (${basis})`);
      if (p.status === 'due') return en(p, `follow-up due by ${p.due} (${basis})`);
      return en(p, `next follow-up by ${p.due} (${basis})`);
    },
  },
  'document-lso': {
    sv: (p) => {
      const adopted = p.lastAdoption === null ? 'antagande ej registrerat' : `senast antaget ${p.lastAdoption}`;
      const what = `LSO: inget handlingsprogram antaget efter de nya reglerna (SFS 2020:882, MSBFS 2021:1 från ${p.newRulesFrom}) är registrerat; ${adopted}`;
      if (p.status === 'overdue') return sv(p, `${what}; ett program i den nya strukturen skulle ha antagits före ${p.due}`);
      return sv(p, `${what}; anta ett program i den nya strukturen före ${p.due}`);
    },
    en: (p) => {
      const adopted = p.lastAdoption === null ? 'adoption not recorded' : `last adopted ${p.lastAdoption}`;
      const what = `LSO: no action programme adopted under the new rules (SFS 2020:882, MSBFS 2021:1 from ${p.newRulesFrom}) is recorded; ${adopted}`;
      if (p.status === 'overdue') return en(p, `${what}; a programme in the new structure was due before ${p.due}`);
      return en(p, `${what}; adopt a programme in the new structure before ${p.due}`);
    },
  },
  'risk-review': {
    sv: (p) => {
      const basis = `RSA: omprövas med intervall ${formatDuration(p.interval, 'sv')}; senast bedömd ${p.last}`;
      if (p.status === 'overdue') return sv(p, `ny riskbedömning saknas sedan ${p.due} (${basis})`);
      if (p.status === 'due') return sv(p, `ny riskbedömning senast ${p.due} (${basis})`);
      return sv(p, `nästa riskbedömning senast ${p.due} (${basis})`);
    },
    en: (p) => {
      const basis = `risk analysis: reassessed ${every(p.interval)}; last assessed ${p.last}`;
      if (p.status === 'overdue') return en(p, `reassessment overdue since ${p.due} (${basis})`);
      if (p.status === 'due') return en(p, `reassessment due by ${p.due} (${basis})`);
      return en(p, `next reassessment by ${p.due} (${basis})`);
    },
  },
  'risk-unassessed': {
    sv: (p) => sv(p, 'risken har aldrig bedömts; bedöm sannolikhet och konsekvens (RSA, levande dokument)'),
    en: (p) => en(p, 'never assessed; assess likelihood and consequence (risk and vulnerability analysis)'),
  },
  'risk-untreated': {
    sv: (p) => sv(p, `risknivå ${lower(ENUM_LABELS.risk_level[p.level].sv)} (${p.score}) utan planerad eller pågående åtgärd; koppla en åtgärd till risken (RSA)`),
    en: (p) => en(p, `risk level ${lower(ENUM_LABELS.risk_level[p.level].en)} (score ${p.score}) without a planned or ongoing action; link an action to the risk (risk analysis)`),
  },
  'control-due': {
    sv: (p) => {
      const basis = `internkontroll med intervall ${formatDuration(p.frequency, 'sv')}; ${lastOrNever(p.last, 'sv', 'genomförd', 'performed')}`;
      if (p.due === null) return sv(p, `internkontrollen har aldrig genomförts och saknar startdatum (start); genomför den (intervall ${formatDuration(p.frequency, 'sv')})`);
      if (p.status === 'overdue') return sv(p, `kontroll saknas sedan ${p.due} (${basis})`);
      if (p.status === 'due') return sv(p, `genomför kontrollen senast ${p.due} (${basis})`);
      return sv(p, `nästa kontroll senast ${p.due} (${basis})`);
    },
    en: (p) => {
      const basis = `internal control ${every(p.frequency)}; ${lastOrNever(p.last, 'en', 'genomförd', 'performed')}`;
      if (p.due === null) return en(p, `the control has never been performed and has no start date (start); perform it (${every(p.frequency)})`);
      if (p.status === 'overdue') return en(p, `control overdue since ${p.due} (${basis})`);
      if (p.status === 'due') return en(p, `perform the control by ${p.due} (${basis})`);
      return en(p, `next control by ${p.due} (${basis})`);
    },
  },
  'finding-unreported': {
    sv: (p) => {
      if (p.status === 'ok') return sv(p, `allvarlig avvikelse vid kontrollen ${p.executed} rapporterad ${p.reported} till ${recipients(p.to, 'sv')}`);
      const what = `allvarlig avvikelse vid kontrollen ${p.executed}: rapport till ${recipients(p.missing, 'sv')}`;
      if (p.status === 'overdue') return sv(p, `${what} saknas sedan ${p.due} (ska rapporteras ${reportWithin(p.within, 'sv')} till ${recipients(p.to, 'sv')})`);
      return sv(p, `${what} senast ${p.due} (ska rapporteras ${reportWithin(p.within, 'sv')})`);
    },
    en: (p) => {
      if (p.status === 'ok') return en(p, `serious finding of the control on ${p.executed} reported ${p.reported} to ${recipients(p.to, 'en')}`);
      const what = `serious finding of the control on ${p.executed}: report to ${recipients(p.missing, 'en')}`;
      if (p.status === 'overdue') return en(p, `${what} missing since ${p.due} (to be reported ${reportWithin(p.within, 'en')} to ${recipients(p.to, 'en')})`);
      return en(p, `${what} due by ${p.due} (to be reported ${reportWithin(p.within, 'en')})`);
    },
  },
  'action-due': {
    sv: (p) => {
      const state = lower(ENUM_LABELS.action_status[p.actionStatus].sv);
      if (p.status === 'overdue') return sv(p, `åtgärden skulle ha varit klar ${p.due} men är ${state}; slutför eller ange nytt datum (handlingsplan)`);
      return sv(p, `åtgärden ska vara klar senast ${p.due} (${state})`);
    },
    en: (p) => {
      const state = lower(ENUM_LABELS.action_status[p.actionStatus].en);
      if (p.status === 'overdue') return en(p, `the action was due ${p.due} but is ${state}; complete it or set a new date (action plan)`);
      return en(p, `the action is due by ${p.due} (${state})`);
    },
  },
  'incident-open': {
    sv: (p) => {
      if (p.status === 'overdue') return sv(p, `incidenten från ${p.date} är fortfarande öppen sedan ${p.due}, mer än ${counted('sv', p.days, 'day')}; utred och avsluta (incident_open_days)`);
      return sv(p, `incidenten från ${p.date} är öppen; utred och avsluta senast ${p.due} (${counted('sv', p.days, 'day')})`);
    },
    en: (p) => {
      if (p.status === 'overdue') return en(p, `the incident of ${p.date} has been open past ${p.due}, over ${counted('en', p.days, 'day')}; investigate and close it (incident_open_days)`);
      return en(p, `the incident of ${p.date} is open; investigate and close it by ${p.due} (${counted('en', p.days, 'day')})`);
    },
  },
  'incident-authority': {
    sv: (p) => {
      const to = reportTo(p, 'sv');
      const source = p.citation ? ` (${p.citation})` : ' (krav i sak.yaml)';
      const what = `${labelOf(p.category, 'sv').toLocaleLowerCase('sv')} ${p.date}`;
      if (p.status === 'ok') return sv(p, `${what}: ${to} gjord ${p.reported}${source}`);
      if (p.status === 'overdue') return sv(p, `${to} saknas sedan ${p.due}: ${what}, ska göras ${withinWords(p, 'sv')}${source}`);
      return sv(p, `${to} senast ${p.due}: ${what}, ska göras ${withinWords(p, 'sv')}${source}`);
    },
    en: (p) => {
      const to = reportTo(p, 'en');
      const source = p.citation ? ` (${p.citation})` : ' (required in sak.yaml)';
      const what = `${labelOf(p.category, 'en').toLocaleLowerCase('en')} on ${p.date}`;
      if (p.status === 'ok') return en(p, `${what}: ${to} made ${p.reported}${source}`);
      if (p.status === 'overdue') return en(p, `${to} missing since ${p.due}: ${what}, due ${withinWords(p, 'en')}${source}`);
      return en(p, `${to} due by ${p.due}: ${what}, due ${withinWords(p, 'en')}${source}`);
    },
  },
  training: {
    sv: (p) => {
      const first = p.firstDue ? `, första gången senast ${p.firstDue}` : '';
      const basis = `krav i sak.yaml: intervall ${formatDuration(p.every, 'sv')}${first}; ${lastOrNever(p.last, 'sv', 'genomförd', 'held')}`;
      const what = trainingWhat(p, 'sv');
      const topicLabel = labelOf(p.topic, 'sv');
      if (p.due === null) return sv(p, p.types === null ? `${topicLabel}: ingen ${what} registrerad (${basis})` : `${topicLabel}: ${what} har inte registrerats (${basis})`);
      if (p.status === 'overdue') return sv(p, `${topicLabel}: ${what} saknas sedan ${p.due} (${basis})`);
      if (p.status === 'due') return sv(p, `${topicLabel}: ${what} senast ${p.due} (${basis})`);
      return sv(p, `${topicLabel}: nästa ${what} senast ${p.due} (${basis})`);
    },
    en: (p) => {
      const first = p.firstDue ? `, first by ${p.firstDue}` : '';
      const basis = `required in sak.yaml: ${every(p.every)}${first}; ${lastOrNever(p.last, 'en', 'genomförd', 'held')}`;
      const what = trainingWhat(p, 'en');
      const topicLabel = labelOf(p.topic, 'en');
      if (p.due === null) return en(p, `${topicLabel}: no ${what} recorded (${basis})`);
      if (p.status === 'overdue') return en(p, `${topicLabel}: ${what} overdue since ${p.due} (${basis})`);
      if (p.status === 'due') return en(p, `${topicLabel}: ${what} due by ${p.due} (${basis})`);
      return en(p, `${topicLabel}: next ${what} by ${p.due} (${basis})`);
    },
  },
  'control-demand': { sv: controlDemandMessage('sv'), en: controlDemandMessage('en') },
  'site-fire': { sv: siteMessage('site-fire', 'sv'), en: siteMessage('site-fire', 'en') },
  'site-intrusion': { sv: siteMessage('site-intrusion', 'sv'), en: siteMessage('site-intrusion', 'en') },
  'agreement-end': {
    sv: (p) => {
      const notice = p.notice === null ? 'ingen uppsägningstid registrerad' : `uppsägningstid ${formatDuration(p.notice, 'sv')}`;
      if (p.ended) return sv(p, `avtalet löpte ut ${p.end} men är registrerat som gällande (beslut senast ${p.due}, ${notice}); avsluta det (sak close) eller ange det nya slutdatumet (end)`);
      const decide = 'beslut om förlängning, ny upphandling eller avslut';
      if (p.status === 'overdue') return sv(p, `avtalet löper ut ${p.end}: ${decide} skulle ha fattats senast ${p.due} (${notice})`);
      if (p.status === 'due') return sv(p, `avtalet löper ut ${p.end}: ${decide} senast ${p.due} (${notice})`);
      return sv(p, `avtalet löper ut ${p.end}; beslut senast ${p.due} (${notice})`);
    },
    en: (p) => {
      const notice = p.notice === null ? 'no notice period recorded' : `notice period ${formatDuration(p.notice, 'en')}`;
      if (p.ended) return en(p, `the agreement ended ${p.end} but is recorded as active (decision due by ${p.due}, ${notice}); close it (sak close) or record its new end (end)`);
      const decide = 'decision to prolong, procure anew or let it end';
      if (p.status === 'overdue') return en(p, `the agreement ends ${p.end}: the ${decide} was due by ${p.due} (${notice})`);
      if (p.status === 'due') return en(p, `the agreement ends ${p.end}: ${decide} by ${p.due} (${notice})`);
      return en(p, `the agreement ends ${p.end}; decision by ${p.due} (${notice})`);
    },
  },
  'agreement-review': {
    sv: (p) => {
      const basis = `avtalsuppföljning med intervall ${formatDuration(p.interval, 'sv')}; ${lastOrNever(p.last, 'sv', 'uppföljd', 'followed up')}`;
      if (p.due === null) return sv(p, `avtalets krav har aldrig följts upp och avtalet saknar startdatum (start); följ upp kraven (intervall ${formatDuration(p.interval, 'sv')})`);
      if (p.status === 'overdue') return sv(p, `uppföljning av avtalets krav saknas sedan ${p.due} (${basis})`);
      if (p.status === 'due') return sv(p, `följ upp avtalets krav senast ${p.due} (${basis})`);
      return sv(p, `nästa uppföljning av avtalets krav senast ${p.due} (${basis})`);
    },
    en: (p) => {
      const basis = `agreement follow-up ${every(p.interval)}; ${lastOrNever(p.last, 'en', 'uppföljd', 'followed up')}`;
      if (p.due === null) return en(p, `the requirements of the agreement have never been followed up and it has no start date (start); follow them up (${every(p.interval)})`);
      if (p.status === 'overdue') return en(p, `follow-up of the agreement's requirements overdue since ${p.due} (${basis})`);
      if (p.status === 'due') return en(p, `follow up the agreement's requirements by ${p.due} (${basis})`);
      return en(p, `next follow-up of the agreement's requirements by ${p.due} (${basis})`);
    },
  },
  'grant-report': {
    sv: (p) => {
      const to = p.authority === null ? 'till bidragsgivaren' : `till ${p.authority}`;
      if (p.reported !== null) return sv(p, `bidraget redovisat ${to} ${p.reported} (senast ${p.due})`);
      if (p.status === 'overdue') return sv(p, `redovisning av bidraget ${to} saknas sedan ${p.due}`);
      if (p.status === 'due') return sv(p, `redovisa bidraget ${to} senast ${p.due}`);
      return sv(p, `redovisning av bidraget ${to} senast ${p.due}`);
    },
    en: (p) => {
      const to = p.authority === null ? 'to the grantor' : `to ${p.authority}`;
      if (p.reported !== null) return en(p, `grant reported ${to} on ${p.reported} (due ${p.due})`);
      if (p.status === 'overdue') return en(p, `report on the grant ${to} overdue since ${p.due}`);
      if (p.status === 'due') return en(p, `report on the grant ${to} due by ${p.due}`);
      return en(p, `report on the grant ${to} by ${p.due}`);
    },
  },
};

/** The message of a rule in a language. */
export function checkMessage<R extends RuleName>(rule: R, lang: Lang, params: CheckMessageParams[R]): string {
  const message: Message<CheckMessageParams[R]> = CHECK_MESSAGES[rule];
  return message[lang](params);
}

/** A deadline as the output shows it (cli.md, json shape): its facts, then its message in a language. */
export function describeDeadline(finding: DeadlineFinding, lang: Lang): DeadlineItem {
  const { params, ...facts } = finding;
  // Each finding carries its own rule's parameters (DeadlineFinding pairs them), which TypeScript cannot follow through the index.
  const message = (CHECK_MESSAGES[finding.rule] as Message<CheckSubject>)[lang](params);
  return { ...facts, message };
}

/** The deadlines as the output shows them, in the same order. */
export function describeDeadlines(findings: readonly DeadlineFinding[], lang: Lang): DeadlineItem[] {
  return findings.map((finding) => describeDeadline(finding, lang));
}
