import type { KindName } from '../core/kinds.js';
import type { Bilingual, Lang } from './lang.js';
import type { CountForms } from './plural.js';

/** What the catalogue says about a kind besides its label: a one-line description (`sak add` lists them) and its counted forms. */
export interface KindTexts {
  /** One line: what a record of the kind is, for someone choosing what to add. */
  describe: Bilingual;
  /** "1 incident", "4 incidenter". */
  count: Record<Lang, CountForms>;
}

/** The texts of every kind of the table (a kind without them does not compile). */
export const KIND_TEXTS: Readonly<Record<KindName, KindTexts>> = {
  unit: {
    describe: { sv: 'en nämnd, förvaltning, enhet eller roll i organisationen', en: 'a committee, department, unit or role of the organisation' },
    count: { sv: ['enhet', 'enheter'], en: ['unit', 'units'] },
  },
  site: {
    describe: { sv: 'en fastighet eller lokal och dess brand- och inbrottsskydd', en: 'a building or premises and its fire and intrusion protection' },
    count: { sv: ['fastighet/lokal', 'fastigheter/lokaler'], en: ['site', 'sites'] },
  },
  requirement: {
    describe: { sv: 'ett krav i lag, förordning eller föreskrift som registret följer', en: 'a requirement of an act, ordinance or regulation the register follows' },
    count: { sv: ['författningskrav', 'författningskrav'], en: ['requirement', 'requirements'] },
  },
  document: {
    describe: { sv: 'ett styrdokument (policy, plan, riktlinje …): antagande och uppföljning', en: 'a governing document (policy, plan, guideline …): adoption and follow-up' },
    count: { sv: ['styrdokument', 'styrdokument'], en: ['governing document', 'governing documents'] },
  },
  risk: {
    describe: { sv: 'en risk i risk- och sårbarhetsanalysen, med sina bedömningar', en: 'a risk of the risk and vulnerability analysis, with its assessments' },
    count: { sv: ['risk', 'risker'], en: ['risk', 'risks'] },
  },
  control: {
    describe: { sv: 'en internkontroll som ska genomföras med en viss frekvens', en: 'an internal control to be performed at a set frequency' },
    count: { sv: ['internkontroll', 'internkontroller'], en: ['internal control', 'internal controls'] },
  },
  action: {
    describe: { sv: 'en åtgärd med ansvarig och slutdatum (handlingsplan)', en: 'an action with an owner and a due date (action plan)' },
    count: { sv: ['åtgärd', 'åtgärder'], en: ['action', 'actions'] },
  },
  incident: {
    describe: { sv: 'en händelse: inbrott, brand, hot, olycksfall, tillbud …', en: 'an incident: break-in, fire, threat, accident, near miss …' },
    count: { sv: ['incident', 'incidenter'], en: ['incident', 'incidents'] },
  },
  exercise: {
    describe: { sv: 'en utbildning eller övning och vilka enheter som deltog', en: 'a training or drill and the units that took part' },
    count: { sv: ['utbildning/övning', 'utbildningar/övningar'], en: ['training/drill', 'trainings/drills'] },
  },
  agreement: {
    describe: { sv: 'ett avtal: leverantör, samverkan, personuppgiftsbiträde, bidrag …', en: 'an agreement: supplier, cooperation, data processing, grant …' },
    count: { sv: ['avtal', 'avtal'], en: ['agreement', 'agreements'] },
  },
};
