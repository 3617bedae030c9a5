import type { KindName } from '../core/kinds.js';
import { fillPlaceholders } from './catalogue.js';
import type { Bilingual, Lang } from './lang.js';
import type { CountForms } from './plural.js';

/**
 * Everything the catalogue says about a kind, in one row per kind: a new kind of the table
 * does not compile until it has its row here (docs/CONTRIBUTING.md, "Adding a kind").
 */
export interface KindTexts {
  /** The kind's name ("Styrdokument"): headings, lists, `sak schema`, `sak add`'s help. */
  label: Bilingual;
  /** What a record of the kind is, in a few words after its label ("Incident – inbrott, brand …"), for someone choosing what to add. */
  describe: Bilingual;
  /** "1 incident", "4 incidenter". */
  count: Record<Lang, CountForms>;
  /** What the kind's folder holds, for the table of folders in the README `sak init` writes. */
  folder: Bilingual;
  /**
   * An example of `sak add <kind>` with flags, for its help: the flags, where `{name}` stands
   * for a text of `words` in the help's language (a title, a cause); the rest is the same in both.
   */
  example: { flags: string; words: Readonly<Record<string, Bilingual>> };
}

/** The texts of every kind of the table (a kind without them does not compile). */
export const KIND_TEXTS: Readonly<Record<KindName, KindTexts>> = {
  unit: {
    label: { sv: 'Organisation', en: 'Unit' },
    describe: { sv: 'nämnd, förvaltning, enhet eller roll i organisationen', en: 'committee, department, unit or role of the organisation' },
    count: { sv: ['enhet', 'enheter'], en: ['unit', 'units'] },
    folder: { sv: 'organisationen: nämnder, förvaltningar, bolag, skolor och funktioner', en: 'the organisation: committees, departments, companies, schools and roles' },
    example: { flags: '--title "{title}" --type school --parent kommunstyrelsen', words: { title: { sv: 'Centralskolan', en: 'Central school' } } },
  },
  site: {
    label: { sv: 'Fastighet/lokal', en: 'Site' },
    describe: { sv: 'byggnad eller lokal, med brand- och inbrottsskydd', en: 'building or premises, with fire and intrusion protection' },
    count: { sv: ['fastighet/lokal', 'fastigheter/lokaler'], en: ['site', 'sites'] },
    folder: { sv: 'fastigheter och lokaler med brand- och inbrottsskydd', en: 'buildings and premises with their fire and intrusion protection' },
    example: { flags: '--title "{title}" --owner kommunstyrelsen --type school --fire-protection-status unknown', words: { title: { sv: 'Centralskolan', en: 'Central school' } } },
  },
  requirement: {
    label: { sv: 'Författningskrav', en: 'Requirement' },
    describe: { sv: 'krav i lag, förordning eller föreskrift', en: 'requirement of an act, ordinance or regulation' },
    count: { sv: ['författningskrav', 'författningskrav'], en: ['requirement', 'requirements'] },
    folder: { sv: 'lagar, förordningar och föreskrifter', en: 'laws, ordinances and regulations' },
    example: { flags: '--title "{title}" --type law --reference "SFS 2003:778"', words: { title: { sv: 'Lag om skydd mot olyckor', en: 'Civil Protection Act' } } },
  },
  document: {
    label: { sv: 'Styrdokument', en: 'Governing document' },
    describe: { sv: 'policy, plan, riktlinje …, med antagande och uppföljning', en: 'policy, plan, guideline …, with adoption and follow-up' },
    count: { sv: ['styrdokument', 'styrdokument'], en: ['governing document', 'governing documents'] },
    folder: { sv: 'styrdokument och när de ska följas upp', en: 'governing documents and when they are due for review' },
    example: { flags: '--title "{title}" --type plan --owner kommunstyrelsen --adopted-date 2026-03-15', words: { title: { sv: 'Krisledningsplan', en: 'Crisis management plan' } } },
  },
  risk: {
    label: { sv: 'Risk', en: 'Risk' },
    describe: { sv: 'risk i risk- och sårbarhetsanalysen, med bedömningar', en: 'risk of the risk and vulnerability analysis, with assessments' },
    count: { sv: ['risk', 'risker'], en: ['risk', 'risks'] },
    folder: { sv: 'risk- och sårbarhetsanalysens risker', en: 'the risks of the risk and vulnerability analysis' },
    example: {
      flags: '--title "{title}" --owner kommunstyrelsen --area fire_safety --causes "{causes}"',
      words: { title: { sv: 'Brand i skolkök', en: 'Fire in a school kitchen' }, causes: { sv: 'Fettbrand', en: 'Grease fire' } },
    },
  },
  control: {
    label: { sv: 'Internkontroll', en: 'Internal control' },
    describe: { sv: 'kontroll som görs med en viss frekvens, med resultat', en: 'check performed at a set frequency, with its results' },
    count: { sv: ['internkontroll', 'internkontroller'], en: ['internal control', 'internal controls'] },
    folder: { sv: 'internkontroller och deras genomföranden', en: 'internal controls and when they were performed' },
    example: { flags: '--title "{title}" --unit kommunstyrelsen --area fire_safety --frequency P6M', words: { title: { sv: 'Kontroll av utrymningsvägar', en: 'Check of escape routes' } } },
  },
  action: {
    label: { sv: 'Åtgärd', en: 'Action' },
    describe: { sv: 'åtgärd med ansvarig och slutdatum (handlingsplan)', en: 'action with an owner and a due date (action plan)' },
    count: { sv: ['åtgärd', 'åtgärder'], en: ['action', 'actions'] },
    folder: { sv: 'åtgärdsplanen', en: 'the action plan' },
    example: { flags: '--title "{title}" --owner kommunledningsforvaltningen --due 2026-12-31', words: { title: { sv: 'Byta lås i förrådet', en: 'Replace the store room lock' } } },
  },
  incident: {
    label: { sv: 'Incident', en: 'Incident' },
    describe: { sv: 'inbrott, brand, hot, olycksfall, tillbud …', en: 'break-in, fire, threat, accident, near miss …' },
    count: { sv: ['incident', 'incidenter'], en: ['incident', 'incidents'] },
    folder: { sv: 'incidenter och skador', en: 'incidents and damage' },
    example: {
      flags: '--title "{title}" --date 2026-11-20 --unit kommunstyrelsen \\\n      --category vandalism --severity low --cost-sek 4500 --police-report --no-input',
      words: { title: { sv: 'Klotter på Centralskolan', en: 'Graffiti at the central school' } },
    },
  },
  exercise: {
    label: { sv: 'Utbildning/övning', en: 'Training/drill' },
    describe: { sv: 'utbildning eller övning och enheterna som deltog', en: 'training or drill and the units that took part' },
    count: { sv: ['utbildning/övning', 'utbildningar/övningar'], en: ['training/drill', 'trainings/drills'] },
    folder: { sv: 'utbildningar och övningar', en: 'training and drills' },
    example: { flags: '--title "{title}" --type drill --topic evacuation --units kommunstyrelsen --participants 25', words: { title: { sv: 'Utrymningsövning', en: 'Evacuation drill' } } },
  },
  agreement: {
    label: { sv: 'Avtal', en: 'Agreement' },
    describe: { sv: 'leverantör, samverkan, personuppgiftsbiträde, bidrag …', en: 'supplier, cooperation, data processing, grant …' },
    count: { sv: ['avtal', 'avtal'], en: ['agreement', 'agreements'] },
    folder: { sv: 'avtal: leverantörer, samverkan, personuppgiftsbiträden, säkerhetsskydd och bidrag', en: 'agreements: suppliers, cooperation, data processing, security protection and grants' },
    example: {
      flags: '--title "{title}" --type supplier --owner kommunstyrelsen --counterparty "{counterparty}" \\\n      --start 2026-01-01 --end 2028-12-31 --notice P6M --review P1Y --no-input',
      words: { title: { sv: 'Avtal om bevakning', en: 'Security guarding agreement' }, counterparty: { sv: 'Bevakningsbolaget AB', en: 'Guarding Ltd' } },
    },
  },
};

/** The label of a kind in a language ("Styrdokument" / "Governing document"). */
export function kindLabel(kind: KindName, lang: Lang): string {
  return KIND_TEXTS[kind].label[lang];
}

/** Examples of `sak add <kind>` for its help: the command alone, then with flags. */
export function addExamples(kind: KindName, lang: Lang): string {
  const { flags, words } = KIND_TEXTS[kind].example;
  return [`sak add ${kind}`, `sak add ${kind} ${fillPlaceholders(flags, (name) => words[name]?.[lang])}`].join('\n  ');
}

/** What an empty answer means, shown with the prompt of a field in a kind's `emptyMeans` (by `kind.path`). */
export const EMPTY_ANSWER_HINTS: Readonly<Record<string, Bilingual>> = {
  'document.adopted.date': { sv: '(ÅÅÅÅ-MM-DD, eller tomt om det inte är antaget än)', en: '(YYYY-MM-DD, or empty if not adopted yet)' },
};
