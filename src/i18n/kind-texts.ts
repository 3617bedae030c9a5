import type { KindName } from '../core/kinds.js';
import type { Bilingual, Lang } from './lang.js';
import type { CountForms } from './plural.js';

/** What the catalogue says about a kind besides its label: a one-line description (`sak add` lists them) and its counted forms. */
export interface KindTexts {
  /** What a record of the kind is, in a few words after its label ("Incident – inbrott, brand …"), for someone choosing what to add. */
  describe: Bilingual;
  /** "1 incident", "4 incidenter". */
  count: Record<Lang, CountForms>;
}

/** The texts of every kind of the table (a kind without them does not compile). */
export const KIND_TEXTS: Readonly<Record<KindName, KindTexts>> = {
  unit: {
    describe: { sv: 'nämnd, förvaltning, enhet eller roll i organisationen', en: 'committee, department, unit or role of the organisation' },
    count: { sv: ['enhet', 'enheter'], en: ['unit', 'units'] },
  },
  site: {
    describe: { sv: 'byggnad eller lokal, med brand- och inbrottsskydd', en: 'building or premises, with fire and intrusion protection' },
    count: { sv: ['fastighet/lokal', 'fastigheter/lokaler'], en: ['site', 'sites'] },
  },
  requirement: {
    describe: { sv: 'krav i lag, förordning eller föreskrift', en: 'requirement of an act, ordinance or regulation' },
    count: { sv: ['författningskrav', 'författningskrav'], en: ['requirement', 'requirements'] },
  },
  document: {
    describe: { sv: 'policy, plan, riktlinje …, med antagande och uppföljning', en: 'policy, plan, guideline …, with adoption and follow-up' },
    count: { sv: ['styrdokument', 'styrdokument'], en: ['governing document', 'governing documents'] },
  },
  risk: {
    describe: { sv: 'risk i risk- och sårbarhetsanalysen, med bedömningar', en: 'risk of the risk and vulnerability analysis, with assessments' },
    count: { sv: ['risk', 'risker'], en: ['risk', 'risks'] },
  },
  control: {
    describe: { sv: 'kontroll som görs med en viss frekvens, med resultat', en: 'check performed at a set frequency, with its results' },
    count: { sv: ['internkontroll', 'internkontroller'], en: ['internal control', 'internal controls'] },
  },
  action: {
    describe: { sv: 'åtgärd med ansvarig och slutdatum (handlingsplan)', en: 'action with an owner and a due date (action plan)' },
    count: { sv: ['åtgärd', 'åtgärder'], en: ['action', 'actions'] },
  },
  incident: {
    describe: { sv: 'inbrott, brand, hot, olycksfall, tillbud …', en: 'break-in, fire, threat, accident, near miss …' },
    count: { sv: ['incident', 'incidenter'], en: ['incident', 'incidents'] },
  },
  exercise: {
    describe: { sv: 'utbildning eller övning och enheterna som deltog', en: 'training or drill and the units that took part' },
    count: { sv: ['utbildning/övning', 'utbildningar/övningar'], en: ['training/drill', 'trainings/drills'] },
  },
  agreement: {
    describe: { sv: 'leverantör, samverkan, personuppgiftsbiträde, bidrag …', en: 'supplier, cooperation, data processing, grant …' },
    count: { sv: ['avtal', 'avtal'], en: ['agreement', 'agreements'] },
  },
};

/** What an empty answer means, shown with the prompt of a field in a kind's `emptyMeans` (by `kind.path`). */
export const EMPTY_ANSWER_HINTS: Readonly<Record<string, Bilingual>> = {
  'document.adopted.date': { sv: '(ÅÅÅÅ-MM-DD, eller tomt om det inte är antaget än)', en: '(YYYY-MM-DD, or empty if not adopted yet)' },
};
