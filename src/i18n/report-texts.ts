import type { Bilingual, Lang } from './lang.js';
import { formatLongDate } from './report-format.js';
import type { SummaryKey, Trend } from '../core/report/wording.js';
import { formatDuration } from './check-messages.js';

// Texts that the report model carries (labels of rows, periods, trends) and the
// messages of `sak report`. The prose of the report itself is in its templates.

/** The key figures of the summary, in the order the report shows them. */
export const SUMMARY_LABELS: Record<SummaryKey, Bilingual> = {
  incidents: { sv: 'Incidenter', en: 'Incidents' },
  serious_incidents: { sv: 'Allvarliga incidenter', en: 'Serious incidents' },
  cost_sek: { sv: 'Kostnad för incidenter', en: 'Cost of incidents' },
  open_actions: { sv: 'Öppna åtgärder', en: 'Open actions' },
  overdue_actions: { sv: 'Försenade åtgärder', en: 'Overdue actions' },
  documents_overdue: { sv: 'Styrdokument med försenad uppföljning', en: 'Governing documents overdue for follow-up' },
  high_risks: { sv: 'Höga och kritiska risker', en: 'High and critical risks' },
  controls: { sv: 'Internkontroller genomförda av förfallna', en: 'Internal controls performed of those due' },
  exercises: { sv: 'Utbildningar och övningar', en: 'Training sessions and drills' },
  participants: { sv: 'Deltagare i utbildningar och övningar', en: 'Participants in training and drills' },
};

/** Labels of trends. */
export const TREND_LABELS: Record<Trend, Bilingual> = {
  up: { sv: 'Ökad', en: 'Increased' },
  down: { sv: 'Minskad', en: 'Decreased' },
  same: { sv: 'Oförändrad', en: 'Unchanged' },
  new: { sv: 'Ny', en: 'New' },
};

/** Texts of single words and phrases that the model uses. */
export const REPORT_TEXTS = {
  not_public: { sv: 'Ej offentlig', en: 'Not public' },
  units_not_public: { sv: 'Enheter som inte redovisas offentligt', en: 'Units not shown publicly' },
  review_mandate: { sv: 'Minst en gång per mandatperiod', en: 'At least once per term of office' },
  review_none: { sv: 'Ingen uppföljning', en: 'No follow-up' },
  follow_up_draft: { sv: 'Utkast, följs inte upp', en: 'Draft, not followed up' },
  follow_up_none: { sv: 'Följs inte upp', en: 'Not followed up' },
  review_readopt: { sv: 'Nytt beslut varje mandatperiod', en: 'Adopted anew each term of office' },
  adoption_not_recorded: { sv: 'Antagande ej registrerat', en: 'Adoption not recorded' },
  not_adopted: { sv: 'Inte antaget (utkast)', en: 'Not adopted (draft)' },
  to_be_adopted: { sv: 'Ska antas', en: 'To be adopted' },
  met: { sv: 'Uppfyllt', en: 'Met' },
  unmet: { sv: 'Ej uppfyllt', en: 'Not met' },
  public: { sv: 'Offentlig', en: 'Public' },
  internal: { sv: 'Intern', en: 'Internal' },
  contents: { sv: 'Innehåll', en: 'Contents' },
  page: { sv: 'Sida', en: 'Page' },
  page_of: { sv: 'av', en: 'of' },
  keywords: { sv: 'kommunal säkerhet, säkerhetsregister, årsrapport', en: 'municipal security, security register, annual report' },
} satisfies Record<string, Bilingual>;

/** The noun for units of a type, singular and plural, for a demand's coverage ("1 av 2 förvaltningar"); `unit` for a mixed scope. */
export const UNIT_NOUNS: Record<string, Record<Lang, readonly [string, string]>> = {
  council: { sv: ['fullmäktige', 'fullmäktige'], en: ['council', 'councils'] },
  executive_board: { sv: ['kommunstyrelse', 'kommunstyrelser'], en: ['executive board', 'executive boards'] },
  committee: { sv: ['nämnd', 'nämnder'], en: ['committee', 'committees'] },
  department: { sv: ['förvaltning', 'förvaltningar'], en: ['department', 'departments'] },
  federation: { sv: ['kommunalförbund', 'kommunalförbund'], en: ['municipal federation', 'municipal federations'] },
  company: { sv: ['bolag', 'bolag'], en: ['company', 'companies'] },
  joint_committee: { sv: ['gemensam nämnd', 'gemensamma nämnder'], en: ['joint committee', 'joint committees'] },
  school: { sv: ['skolenhet', 'skolenheter'], en: ['school unit', 'school units'] },
  team: { sv: ['enhet', 'enheter'], en: ['team', 'teams'] },
  role: { sv: ['funktion', 'funktioner'], en: ['role', 'roles'] },
  unit: { sv: ['enhet', 'enheter'], en: ['unit', 'units'] },
};

/** A demand's coverage in words: "1 av 2 förvaltningar", "1 of 2 departments"; the noun agrees with the scope's size. */
export function coverageLabel(covered: number, inScope: number, noun: string, lang: Lang): string {
  const forms = (UNIT_NOUNS[noun] ?? UNIT_NOUNS.unit) as Record<Lang, readonly [string, string]>;
  const word = forms[lang][inScope === 1 ? 0 : 1];
  return lang === 'sv' ? `${covered} av ${inScope} ${word}` : `${covered} of ${inScope} ${word}`;
}

/** A key of REPORT_TEXTS. */
export type ReportTextKey = keyof typeof REPORT_TEXTS;

/** A text of the report model in a language. */
export function reportText(key: ReportTextKey, lang: Lang): string {
  return REPORT_TEXTS[key][lang];
}

/** How a document is followed up, in words: "Minst en gång per mandatperiod", "Intervall 2 år" (`review`: mandate, readopt, none or an ISO duration). */
export function reviewLabel(review: string, lang: Lang): string {
  if (review === 'mandate') return reportText('review_mandate', lang);
  if (review === 'readopt') return reportText('review_readopt', lang);
  if (review === 'none') return reportText('review_none', lang);
  return lang === 'sv' ? `Intervall ${formatDuration(review, 'sv')}` : `Every ${formatDuration(review, 'en')}`;
}

/** The default labels of the risk matrix axes (register.md; `risk_matrix` in sak.yaml overrides them). */
export const DEFAULT_MATRIX_LABELS: Record<'likelihood' | 'consequence', Record<Lang, readonly string[]>> = {
  likelihood: {
    sv: ['Mycket låg', 'Låg', 'Medel', 'Hög', 'Mycket hög'],
    en: ['Very low', 'Low', 'Medium', 'High', 'Very high'],
  },
  consequence: {
    sv: ['Mycket begränsad', 'Begränsad', 'Betydande', 'Allvarlig', 'Katastrofal'],
    en: ['Very limited', 'Limited', 'Significant', 'Serious', 'Catastrophic'],
  },
};

/** The name of a period: "2026", "kvartal 4 2026" / "Q4 2026", or its dates. */
export function periodLabel(period: { kind: string; from: string; to: string; year?: number; quarter?: number }, lang: Lang): string {
  if (period.kind === 'year' && period.year !== undefined) return String(period.year);
  if (period.kind === 'quarter' && period.year !== undefined && period.quarter !== undefined) {
    return lang === 'sv' ? `kvartal ${period.quarter} ${period.year}` : `Q${period.quarter} ${period.year}`;
  }
  return `${formatLongDate(period.from, lang)} – ${formatLongDate(period.to, lang)}`;
}

const REPORT_NOUNS: Record<string, Bilingual> = {
  year: { sv: 'årsrapport', en: 'annual report' },
  quarter: { sv: 'kvartalsrapport', en: 'quarterly report' },
  range: { sv: 'rapport', en: 'report' },
};

/**
 * The report's title: "Årsrapport kommunal säkerhet 2026", or for a report whose status date
 * is before the period's end "Preliminär årsrapport kommunal säkerhet 2026 per 3 december 2026".
 */
export function reportTitle(kind: string, label: string, at: string, preliminary: boolean, lang: Lang): string {
  const noun = (REPORT_NOUNS[kind] ?? (REPORT_NOUNS.range as Bilingual))[lang];
  const date = formatLongDate(at, lang);
  if (lang === 'sv') return preliminary ? `Preliminär ${noun} kommunal säkerhet ${label} per ${date}` : `${noun.charAt(0).toUpperCase()}${noun.slice(1)} kommunal säkerhet ${label}`;
  return preliminary ? `Preliminary municipal security ${noun} ${label} as of ${date}` : `Municipal security ${noun} ${label}`;
}

/** The report's short title, for a browser tab: "Årsrapport 2026", "Preliminär kvartalsrapport Q4 2026". */
export function reportShortTitle(kind: string, label: string, preliminary: boolean, lang: Lang): string {
  const noun = (REPORT_NOUNS[kind] ?? (REPORT_NOUNS.range as Bilingual))[lang];
  const named = preliminary ? `${lang === 'sv' ? 'Preliminär' : 'Preliminary'} ${noun}` : `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  return `${named} ${label}`;
}

/** The type of a report as a document: Årsrapport, Kvartalsrapport or Rapport. */
export function documentTypeLabel(kind: string, lang: Lang): string {
  if (kind === 'year') return lang === 'sv' ? 'Årsrapport' : 'Annual report';
  if (kind === 'quarter') return lang === 'sv' ? 'Kvartalsrapport' : 'Quarterly report';
  return lang === 'sv' ? 'Rapport' : 'Report';
}

/** The label of an ISO week (`2026-W05` → "v. 5" / "W5"). */
export function weekLabel(key: string, lang: Lang): string {
  const week = Number(key.slice(6));
  return lang === 'sv' ? `v. ${week}` : `W${week}`;
}

const sv = {
  'usage.bad-year': (p: Params) => `"${p.value}" är inget år mellan 1900 och 9999; ange t.ex. --year 2026`,
  'usage.bad-quarter': (p: Params) => `"${p.value}" är inget kvartal åren 1900–9999; ange t.ex. --quarter 2026-Q4`,
  'usage.period-conflict': () => 'ange perioden på ett sätt: --year, --quarter eller --from och --to',
  'usage.from-to': () => '--from och --to måste anges tillsammans',
  'usage.from-after-to': (p: Params) => `--from ${p.from} är senare än --to ${p.to}`,
  'usage.at-before-period': (p: Params) => `--at ${p.at} är före periodens början ${p.from}`,
  'usage.template-json': () => '--template gäller inte --format json (mallar finns för md och html; docx görs av md-mallen, pdf av html-mallen)',
  'usage.binary-output': (p: Params) => `--format ${p.format} skriver en fil: ange -o FIL (t.ex. -o rapport.${p.format})`,
  'usage.format-extension': (p: Params) => `--format ${p.format} stämmer inte med filen ${p.file}, vars ändelse ${p.ext} betyder formatet ${p.named}: ändra filnamnet eller utelämna --format`,
  'template.not-found': (p: Params) => `mallen ${p.name} finns inte (sökte ${p.searched})`,
  'template.unreadable': (p: Params) => `kan inte läsa mallen ${p.path}: ${p.reason}`,
  'template.error': (p: Params) => `fel i mallen ${p.path}: ${p.reason}. Ingen rapport skrevs.`,
  'template.phrase': (p: Params) => `${p.file}:${p.line}:${p.column}: ${p.reason}. Ingen rapport skrevs.`,
  'phrase.yaml': (p: Params) => `frasfilen är ingen giltig YAML: ${p.reason}`,
  'phrase.not-map': () => 'en frasfil är en karta av frasnycklar (t.ex. "deadlines:" med fraser under)',
  'phrase.bad-key': (p: Params) => `"${p.key}" är ingen frasnyckel (bokstäver, siffror, _ och -)`,
  'phrase.bad-value': (p: Params) => `frasen ${p.key} ska vara en text eller en karta av fraser`,
  'phrase.unknown-key': (p: Params) => `okänd frasnyckel ${p.key}${p.near ? ` (närliggande nycklar: ${p.near})` : ''}; se sak:s templates/phrases.sv.yaml`,
  'phrase.renamed-key': (p: Params) => `frasnyckeln ${p.key} heter nu ${p.now} (se sak:s templates/phrases.sv.yaml för dess text och parametrar); byt nyckeln i frasfilen`,
  'phrase.unknown-param': (p: Params) => `frasen ${p.key} har ingen parameter {${p.param}}${p.known ? ` (den har ${p.known})` : ' (den har inga)'}`,
  'phrase.unclosed': (p: Params) => `frasen ${p.key}: en "{" saknar sin "}"`,
  'phrase.unopened': (p: Params) => `frasen ${p.key}: en "}" saknar sin "{"`,
  'phrase.bad-name': (p: Params) => `frasen ${p.key}: "${p.name}" är inget parameternamn`,
  'phrase.bad-format': (p: Params) => `frasen ${p.key}: "${p.format}" är inget format (number, date, sek, plural eller select)`,
  'phrase.no-cases': (p: Params) => `frasen ${p.key}: ${p.format} behöver sina fall, t.ex. {antal, plural, one {…} other {…}}`,
  'phrase.bad-case': (p: Params) => `frasen ${p.key}: "${p.case}" är inget fall (one, other eller =N)`,
  'phrase.case-text': (p: Params) => `frasen ${p.key}: fallet "${p.case}" behöver sin text inom { }`,
  'phrase.no-other': (p: Params) => `frasen ${p.key}: ${p.format} behöver fallet "other"`,
  'write.failed': (p: Params) => `kan inte skriva ${p.path}: ${p.reason}. En befintlig fil är orörd.`,
  'write.not-regular': (p: Params) => `${p.path} är ingen vanlig fil (en enhet, en FIFO eller en symbolisk länk); sak skriver inte rapporten dit och ersätter den inte`,
  'git.failed': (p: Params) => `git misslyckades i ${p.path}: ${p.reason}`,
  'git.missing': (p: Params) => `registret ${p.path} ligger i ett Git-arkiv, men git hittades inte: rapporten kan inte ange sin källa (commit). Installera git; ingen rapport skrevs.`,
  'invalid-register': (p: Params) => `registret har ${p.errors} fel; ingen rapport skapades. Rätta felen ovan först.`,
  'logo.missing': (p: Params) => `logotypen ${p.path} (report.logo i sak.yaml) finns inte eller är ingen vanlig fil i registret; ingen rapport skrevs`,
  'logo.too-large': (p: Params) => `logotypen ${p.path} (report.logo i sak.yaml) är större än 1 MiB; förminska den. Ingen rapport skrevs.`,
  'logo.not-image': (p: Params) => `logotypen ${p.path} (report.logo i sak.yaml) är ingen PNG- eller JPEG-bild; ingen rapport skrevs`,
  'pdf.no-browser': () =>
    '--format pdf skriver ut HTML-rapporten med en webbläsare av Chromium-familjen (Chrome, Chromium eller Edge), men ingen hittades. Installera en (t.ex. apt install chromium, eller Chrome eller Edge från tillverkaren) eller ange dess sökväg i SAK_BROWSER; eller gör rapporten med --format docx (Word) eller --format html och skriv ut den därifrån. Ingen fil skrevs.',
  'pdf.browser-named': (p: Params) => `SAK_BROWSER anger ${p.path}, men där finns ingen körbar fil; ange sökvägen till Chrome, Chromium eller Edge, eller gör rapporten med --format docx eller html. Ingen fil skrevs.`,
  'pdf.failed': (p: Params) => `webbläsaren ${p.browser} kunde inte skriva ut rapporten: ${p.reason}. Ingen fil skrevs; prova --format docx eller html.`,
  'invalid-report-folder': (p: Params) => `rapportmappen ${p.folder} har ${p.errors} fel; ingen rapport skapades. Rätta felen ovan först.`,
};

type Params = Record<string, string | number | undefined>;

const en: Record<keyof typeof sv, (p: Params) => string> = {
  'usage.bad-year': (p) => `"${p.value}" is not a year from 1900 to 9999; give e.g. --year 2026`,
  'usage.bad-quarter': (p) => `"${p.value}" is not a quarter of the years 1900–9999; give e.g. --quarter 2026-Q4`,
  'usage.period-conflict': () => 'give the period one way: --year, --quarter, or --from and --to',
  'usage.from-to': () => '--from and --to must be given together',
  'usage.from-after-to': (p) => `--from ${p.from} is after --to ${p.to}`,
  'usage.at-before-period': (p) => `--at ${p.at} is before the start of the period ${p.from}`,
  'usage.template-json': () => '--template does not apply to --format json (templates are md or html; docx is made from the md template, pdf from the html one)',
  'usage.binary-output': (p) => `--format ${p.format} writes a file: give -o FILE (e.g. -o report.${p.format})`,
  'usage.format-extension': (p) => `--format ${p.format} does not match the file ${p.file}, whose extension ${p.ext} means the format ${p.named}: rename the file or leave out --format`,
  'template.not-found': (p) => `template ${p.name} not found (looked for ${p.searched})`,
  'template.unreadable': (p) => `cannot read the template ${p.path}: ${p.reason}`,
  'template.error': (p) => `error in the template ${p.path}: ${p.reason}. No report was written.`,
  'template.phrase': (p) => `${p.file}:${p.line}:${p.column}: ${p.reason}. No report was written.`,
  'phrase.yaml': (p) => `the phrase file is not valid YAML: ${p.reason}`,
  'phrase.not-map': () => 'a phrase file is a map of phrase keys (e.g. "deadlines:" with phrases under it)',
  'phrase.bad-key': (p) => `"${p.key}" is not a phrase key (letters, digits, _ and -)`,
  'phrase.bad-value': (p) => `the phrase ${p.key} must be a text or a map of phrases`,
  'phrase.unknown-key': (p) => `unknown phrase key ${p.key}${p.near ? ` (keys near it: ${p.near})` : ''}; see sak's templates/phrases.en.yaml`,
  'phrase.renamed-key': (p) => `the phrase key ${p.key} is now ${p.now} (see sak's templates/phrases.en.yaml for its text and parameters); change the key in the phrase file`,
  'phrase.unknown-param': (p) => `the phrase ${p.key} has no parameter {${p.param}}${p.known ? ` (it has ${p.known})` : ' (it has none)'}`,
  'phrase.unclosed': (p) => `phrase ${p.key}: a "{" without its "}"`,
  'phrase.unopened': (p) => `phrase ${p.key}: a "}" without its "{"`,
  'phrase.bad-name': (p) => `phrase ${p.key}: "${p.name}" is not a parameter name`,
  'phrase.bad-format': (p) => `phrase ${p.key}: "${p.format}" is not a format (number, date, sek, plural or select)`,
  'phrase.no-cases': (p) => `phrase ${p.key}: ${p.format} needs its cases, e.g. {count, plural, one {…} other {…}}`,
  'phrase.bad-case': (p) => `phrase ${p.key}: "${p.case}" is not a case (one, other or =N)`,
  'phrase.case-text': (p) => `phrase ${p.key}: the case "${p.case}" needs its text in { }`,
  'phrase.no-other': (p) => `phrase ${p.key}: ${p.format} needs the case "other"`,
  'write.failed': (p) => `cannot write ${p.path}: ${p.reason}. An existing file is untouched.`,
  'write.not-regular': (p) => `${p.path} is not a regular file (a device, a FIFO or a symbolic link); sak neither writes the report there nor replaces it`,
  'git.failed': (p) => `git failed in ${p.path}: ${p.reason}`,
  'git.missing': (p) => `the register ${p.path} is in a Git repository, but git was not found: the report cannot name its source (commit). Install git; no report was written.`,
  'invalid-register': (p) => `the register has ${p.errors} errors; no report was made. Fix the errors above first.`,
  'logo.missing': (p) => `the logo ${p.path} (report.logo in sak.yaml) does not exist or is not a regular file of the register; no report was written`,
  'logo.too-large': (p) => `the logo ${p.path} (report.logo in sak.yaml) is larger than 1 MiB; make it smaller. No report was written.`,
  'logo.not-image': (p) => `the logo ${p.path} (report.logo in sak.yaml) is not a PNG or JPEG image; no report was written`,
  'pdf.no-browser': () =>
    '--format pdf prints the HTML report with a Chromium-family browser (Chrome, Chromium or Edge), but none was found. Install one (e.g. apt install chromium, or Chrome or Edge from their makers) or give its path in SAK_BROWSER; or make the report with --format docx (Word) or --format html and print it from there. No file was written.',
  'pdf.browser-named': (p) => `SAK_BROWSER names ${p.path}, but there is no executable file there; give the path of Chrome, Chromium or Edge, or make the report with --format docx or html. No file was written.`,
  'pdf.failed': (p) => `the browser ${p.browser} could not print the report: ${p.reason}. No file was written; try --format docx or html.`,
  'invalid-report-folder': (p) => `the report folder ${p.folder} has ${p.errors} errors; no report was made. Fix the errors above first.`,
};

/** A message key of `sak report`. */
export type ReportMessageKey = keyof typeof sv;

/** A fault of a phrase file in words: "templates/phrases.sv.yaml:3:5: okänd frasnyckel …". */
export function phraseErrorMessage(lang: Lang, error: { file: string; line: number; column: number; code: string; params: Record<string, string> }): string {
  const reason = reportMessage(lang, `phrase.${error.code}` as ReportMessageKey, error.params);
  return reportMessage(lang, 'template.phrase', { file: error.file, line: error.line, column: error.column, reason });
}

/** A message of `sak report` in a language. */
export function reportMessage(lang: Lang, key: ReportMessageKey, params: Params = {}): string {
  return (lang === 'en' ? en : sv)[key](params);
}
