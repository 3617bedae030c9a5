import type { Expected, ParamsOf, ProblemKey, ProblemMessageParams, ProblemText } from '../core/validate/problem-text.js';
import { compareProblemPlaces, compareStrings, type Problem } from '../core/problem.js';
import type { Lang } from './lang.js';
import { kindLabel } from './kind-texts.js';
import { countForm, counted } from './plural.js';

/** The messages of `sak validate` in one language: one per key of ProblemMessageParams, each taking its own parameters. */
type Catalogue = { [K in ProblemKey]: (p: ProblemMessageParams[K]) => string };

/** An expected form in words: a message of the catalogue, or the schema's own words as they are. */
function expected(lang: Lang, value: Expected): string {
  return typeof value === 'string' ? value : problemMessage(value, lang);
}

const sv: Catalogue = {
  'yaml.syntax': (p) => `YAML-syntaxfel: ${p.detail}`,
  'yaml.duplicate-key': (p) => `nyckeln "${p.key}" förekommer två gånger i samma mappning`,
  'yaml.multiple-documents': () => 'filen innehåller flera YAML-dokument (---); en post per fil',
  'yaml.tab-indent': () => 'tabb används som indrag; använd mellanslag',
  'yaml.alias': (p) => `alias (${p.detail}) är inte tillåtna i registret; skriv ut värdet`,
  'yaml.anchor': (p) => `ankare (${p.detail}) är inte tillåtna i registret`,
  'yaml.tag': (p) => `taggen ${p.detail} är inte tillåten i registret`,
  'yaml.too-deep': (p) => `strukturen är nästlad djupare än ${p.detail} nivåer`,
  'yaml.conflict-marker': (p) => `filen innehåller en konfliktmarkering från Git (${p.detail}); lös konflikten (behåll rätt version och ta bort markeringarna) och kör sak validate igen`,
  'yaml.complex-key': () => 'nycklar måste vara enkla texter',
  'yaml.control-character': (p) => `otillåtet styrtecken ${p.detail} i filen (skadad eller binär fil?)`,
  'yaml.not-mapping': () => 'en post måste vara en YAML-mappning (nyckel: värde)',
  encoding: () => 'filen är inte giltig UTF-8; spara den som UTF-8',
  'encoding.edited': () => 'filen är inte giltig UTF-8',
  'file-too-large': (p) => `filen är ${p.size} byte, större än gränsen 256 KiB`,
  'not-regular-file': () => 'inte en vanlig fil (symbolisk länk, mapp eller enhet); registret läser bara vanliga filer',
  'file-unreadable': (p) => p.detail,
  'not-a-folder': () => 'ska vara en mapp men är en fil',
  'unknown-file': (p) => `filnamnet passar ingen posttyp i ${p.folder}/ (väntat t.ex. ${p.example})`,
  'unknown-file.yml': () => 'poster ska ha filändelsen .yaml, inte .yml',
  'config.missing': () => 'sak.yaml saknas',
  'schema.required': (p) => `obligatoriskt fält saknas: ${p.name}`,
  'schema.unknown-field': (p) => (p.suggestion ? `okänt fält "${p.name}"; menade du "${p.suggestion}"?` : `okänt fält "${p.name}"`),
  'schema.type': (p) => `fel typ: väntade ${p.types.map((t) => sv[`type.${t}`]({})).join(' / ')}`,
  'schema.enum': (p) => `okänt värde "${p.value}"; tillåtna: ${p.allowed}${p.suggestion ? ` (menade du "${p.suggestion}"?)` : ''}`,
  'schema.pattern': (p) => `"${p.value}" har fel form: väntade ${expected('sv', p.expected)}`,
  'schema.format': (p) => `"${p.value}" är inte ${expected('sv', p.expected)}`,
  'schema.minimum': (p) => `värdet ${p.value} är mindre än ${p.limit}`,
  'schema.maximum': (p) => `värdet ${p.value} är större än ${p.limit}`,
  'schema.minLength': (p) => `texten är för kort (minst ${p.limit} tecken)`,
  'schema.maxLength': (p) => `texten är för lång (högst ${p.limit} tecken)`,
  'schema.minItems': (p) => `listan ska ha minst ${p.limit} element`,
  'schema.maxItems': (p) => `listan får ha högst ${p.limit} element`,
  'schema.uniqueItems': () => 'listan innehåller samma värde två gånger',
  'schema.const': (p) => `värdet ska vara ${p.expected}`,
  'schema.alternatives': (p) => `ogiltigt värde: väntade ${expected('sv', p.expected)}`,
  'schema.reserved-name': (p) => `"${p.value}" är ett namn som Windows reserverar för enheter (con, prn, aux, nul, com0–com9, lpt0–lpt9) och kan inte vara ett filnamn; välj ett annat id`,
  'schema.other': (p) => `ogiltigt värde (${p.detail})`,
  'id-filename': (p) => `id "${p.id}" stämmer inte med filnamnet ${p.name}.yaml`,
  'file-location.folder': (p) => `posten ${p.id} hör hemma i ${p.expected}`,
  'file-location.year': (p) => `posten ${p.id} ska ligga i årsmappen ${p.expected}`,
  'id-duplicate': (p) => `id "${p.id}" finns redan i ${p.other} (id jämförs utan skillnad på versaler och gemener)`,
  'ref-missing': (p) => `hänvisningen "${p.ref}" pekar inte på någon post${p.suggestion ? `; menade du "${p.suggestion}"?` : ''}`,
  'ref-kind': (p) => `"${p.ref}" är ${kindLabel(p.actual, 'sv').toLowerCase()}, men här krävs ${kindLabel(p.expected, 'sv').toLowerCase()}`,
  classification: () => 'klassning 4 (säkerhetsskyddsklassificerad uppgift enligt säkerhetsskyddslagen) får aldrig finnas i registret; ta bort uppgiften och hantera den enligt säkerhetsskyddsrutinen',
  pii: (p) => `texten innehåller ett ${sv[`pii.${p.what}`]({})} (${p.masked}); personnummer ska inte föras in i registret (dataskyddslagen 3 kap. 10 §)`,
  'pii.personnummer': () => 'personnummer',
  'pii.samordningsnummer': () => 'samordningsnummer',
  'consistency.closed-missing': () => 'en avslutad incident (status closed) måste ha datumet closed',
  'consistency.done-missing': () => 'en genomförd åtgärd (status done) måste ha datumet done',
  'consistency.closed-before': (p) => `closed (${p.value}) ligger före incidentens datum ${p.other}`,
  'consistency.done-before': (p) => `done (${p.value}) ligger före start ${p.other}`,
  'consistency.order': (p) => `${p.list} ska stå i datumordning: ${p.value} kommer efter ${p.other}`,
  'future-date': (p) => `datumet ${p.value} ligger efter dagens datum ${p.today}`,
  'report.unknown-section': (p) => `${p.name} är ingen avsnittsfil i en rapportmapp och visas inte i rapporten; avsnitten är ${p.sections}`,
  'report.folder-name': (p) => `rapportmappen ${p.name} hör inte till någon period; namnge den som perioden, t.ex. reports/2026, reports/2026-Q4 eller reports/2026-03-01_2026-05-31`,
  'report.meta-missing': () => 'mappen har avsnittstexter men ingen report.yaml; rapporten visas då utan diarienummer, datum och förslag till beslut',
  'report.not-public': (p) => `texten nämner ${p.id}, ${sv[`report.not-public.${p.what}`]({})} som den offentliga rapporten inte visar; texten publiceras som den är, så ta bort id:t eller sätt classification: 0 på posten om den får visas`,
  'report.not-public.incident': () => 'en incident',
  'report.not-public.risk': () => 'en risk',
  'report.not-public.site': () => 'en fastighet',
  'report.unknown-id': (p) => `texten nämner ${p.id}, som inte finns i registret`,
  'schemas-outdated': () => '.sak/schemas skiljer sig från schemana i den här versionen av sak; kör sak init --update-schemas',
  'summary': (p) => `${counted('sv', p.records, 'record')}, ${counted('sv', p.errors, 'error')}, ${counted('sv', p.warnings, 'warning')}`,
  'summary.ok': (p) => `${counted('sv', p.records, 'record')} ${countForm(p.records, ['kontrollerad', 'kontrollerade'])}: inga fel`,
  'unknown-value.category': () => 'kategori',
  'unknown-value.topic': () => 'ämne',
  'risk.scale': (p) => `${p.axis === 'likelihood' ? 'sannolikheten' : 'konsekvensen'} ${p.value} ligger utanför riskmatrisen 1–${p.limit} (risk_matrix i sak.yaml)`,
  'config.levels': (p) => `nivåerna ska börja i stigande ordning och inom riskmatrisens högsta riskvärde ${p.limit} (medium ≤ high ≤ critical ≤ ${p.limit})`,
  'config.training-units': () => 'utbildningskravet måste ange unit_type, units eller båda',
  'config.topic': (p) => `utbildningskravet anger ämnet "${p.value}" som inte finns (inbyggda ämnen eller exercise_topics)`,
  'config.category': (p) => `rapporteringsplikten anger kategorin "${p.value}" som inte finns (inbyggda kategorier eller incident_categories)`,
  'config.demand-duplicate': (p) => `kravet "${p.value}" finns redan i control_demands; varje krav behöver ett eget id`,
  'config.demand-scope': (p) => `kravet "${p.value}" saknar omfattning: ange unit_type, units eller båda`,
  'config.demand-unit': (p) => (p.suggestion ? `enheten "${p.value}" finns inte i units/; menade du "${p.suggestion}"?` : `enheten "${p.value}" finns inte i units/`),
  'config.demand-months': (p) => `ett krav med compiled_by sammanställs per period och behöver ett intervall i hela månader eller år (P1Y, P6M), inte ${p.value}`,
  'demand-missing': (p) => (p.suggestion ? `kravet "${p.value}" finns inte i sak.yaml (control_demands); menade du "${p.suggestion}"?` : `kravet "${p.value}" finns inte i sak.yaml (control_demands)`),
  'config.basis-document': (p) => `"${p.value}" är inget styrdokument i registret (basis.document ska vara id:t på ett styrdokument under documents/)`,
  'expected.date': () => 'ett datum ÅÅÅÅ-MM-DD',
  'expected.valid-date': () => 'ett datum som finns i kalendern',
  'expected.partial-date': () => 'ett datum ÅÅÅÅ-MM-DD, en månad ÅÅÅÅ-MM eller ett år ÅÅÅÅ',
  'expected.duration': () => 'en ISO 8601-period som P1Y, P6M eller P90D',
  'expected.review': () => 'mandate, none eller en ISO 8601-period som P1Y',
  'expected.time': () => 'ett klockslag TT:MM',
  'expected.slug': () => 'små bokstäver a–z, siffror och bindestreck',
  'expected.unit-id': () => 'ett organisations-id (små bokstäver a–z, siffror och bindestreck, högst 40 tecken)',
  'expected.prefixed-id': (p) => `ett id av formen ${p.prefix}-namn (små bokstäver a–z, siffror och bindestreck)`,
  'expected.dated-id': (p) => `ett id av formen ${p.prefix}-ÅÅÅÅMMDD-XXXXX`,
  'expected.any-id': () => 'id för en post i registret',
  'expected.one-line': () => 'en rad utan radbrytningar',
  'expected.uri': () => 'en webbadress (URI)',
  'type.string': () => 'text',
  'type.integer': () => 'heltal',
  'type.number': () => 'tal',
  'type.boolean': () => 'true eller false',
  'type.array': () => 'lista',
  'type.object': () => 'mappning (nyckel: värde)',
  'type.null': () => 'tomt värde',
};

const en: Catalogue = {
  'yaml.syntax': (p) => `YAML syntax error: ${p.detail}`,
  'yaml.duplicate-key': (p) => `the key "${p.key}" occurs twice in one mapping`,
  'yaml.multiple-documents': () => 'the file holds several YAML documents (---); one record per file',
  'yaml.tab-indent': () => 'a tab is used as indentation; use spaces',
  'yaml.alias': (p) => `aliases (${p.detail}) are not allowed in the register; write the value out`,
  'yaml.anchor': (p) => `anchors (${p.detail}) are not allowed in the register`,
  'yaml.tag': (p) => `the tag ${p.detail} is not allowed in the register`,
  'yaml.too-deep': (p) => `nested deeper than ${p.detail} levels`,
  'yaml.conflict-marker': (p) => `the file holds a Git conflict marker (${p.detail}); resolve the conflict (keep the right version, remove the markers) and run sak validate again`,
  'yaml.complex-key': () => 'keys must be plain strings',
  'yaml.control-character': (p) => `forbidden control character ${p.detail} in the file (damaged or binary file?)`,
  'yaml.not-mapping': () => 'a record must be a YAML mapping (key: value)',
  encoding: () => 'the file is not valid UTF-8; save it as UTF-8',
  'encoding.edited': () => 'the file is not valid UTF-8',
  'file-too-large': (p) => `the file is ${p.size} bytes, over the limit of 256 KiB`,
  'not-regular-file': () => 'not a regular file (symbolic link, folder or device); the register reads regular files only',
  'file-unreadable': (p) => p.detail,
  'not-a-folder': () => 'should be a folder but is a file',
  'unknown-file': (p) => `the file name fits no record kind in ${p.folder}/ (expected e.g. ${p.example})`,
  'unknown-file.yml': () => 'records have the extension .yaml, not .yml',
  'config.missing': () => 'sak.yaml is missing',
  'schema.required': (p) => `required field missing: ${p.name}`,
  'schema.unknown-field': (p) => (p.suggestion ? `unknown field "${p.name}"; did you mean "${p.suggestion}"?` : `unknown field "${p.name}"`),
  'schema.type': (p) => `wrong type: expected ${p.types.map((t) => en[`type.${t}`]({})).join(' / ')}`,
  'schema.enum': (p) => `unknown value "${p.value}"; allowed: ${p.allowed}${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`,
  'schema.pattern': (p) => `"${p.value}" has the wrong form: expected ${expected('en', p.expected)}`,
  'schema.format': (p) => `"${p.value}" is not ${expected('en', p.expected)}`,
  'schema.minimum': (p) => `the value ${p.value} is less than ${p.limit}`,
  'schema.maximum': (p) => `the value ${p.value} is greater than ${p.limit}`,
  'schema.minLength': (p) => `the text is too short (at least ${p.limit} characters)`,
  'schema.maxLength': (p) => `the text is too long (at most ${p.limit} characters)`,
  'schema.minItems': (p) => `the list needs at least ${counted('en', p.limit, 'item')}`,
  'schema.maxItems': (p) => `the list may have at most ${counted('en', p.limit, 'item')}`,
  'schema.uniqueItems': () => 'the list holds the same value twice',
  'schema.const': (p) => `the value must be ${p.expected}`,
  'schema.alternatives': (p) => `invalid value: expected ${expected('en', p.expected)}`,
  'schema.reserved-name': (p) => `"${p.value}" is a name Windows reserves for devices (con, prn, aux, nul, com0–com9, lpt0–lpt9) and cannot be a file name; choose another id`,
  'schema.other': (p) => `invalid value (${p.detail})`,
  'id-filename': (p) => `id "${p.id}" does not match the file name ${p.name}.yaml`,
  'file-location.folder': (p) => `the record ${p.id} belongs in ${p.expected}`,
  'file-location.year': (p) => `the record ${p.id} belongs in the year folder ${p.expected}`,
  'id-duplicate': (p) => `id "${p.id}" is also used in ${p.other} (ids are compared ignoring case)`,
  'ref-missing': (p) => `the reference "${p.ref}" names no record${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
  'ref-kind': (p) => `"${p.ref}" is ${kindLabel(p.actual, 'en').toLowerCase()}, but ${kindLabel(p.expected, 'en').toLowerCase()} is required here`,
  classification: () => 'classification 4 (classified under the Protective Security Act) never belongs in the register; remove the information and handle it under the protective security routine',
  pii: (p) => `the text contains a ${en[`pii.${p.what}`]({})} (${p.masked}); personal identity numbers do not belong in the register (Data Protection Act ch. 3 s. 10)`,
  'pii.personnummer': () => 'personal identity number',
  'pii.samordningsnummer': () => 'coordination number',
  'consistency.closed-missing': () => 'a closed incident (status closed) needs the date closed',
  'consistency.done-missing': () => 'a done action (status done) needs the date done',
  'consistency.closed-before': (p) => `closed (${p.value}) is before the incident's date ${p.other}`,
  'consistency.done-before': (p) => `done (${p.value}) is before start ${p.other}`,
  'consistency.order': (p) => `${p.list} must be in date order: ${p.value} comes after ${p.other}`,
  'future-date': (p) => `the date ${p.value} is after today, ${p.today}`,
  'report.unknown-section': (p) => `${p.name} is not a section file of a report folder and is not shown in the report; the sections are ${p.sections}`,
  'report.folder-name': (p) => `the report folder ${p.name} belongs to no period; name it after its period, e.g. reports/2026, reports/2026-Q4 or reports/2026-03-01_2026-05-31`,
  'report.meta-missing': () => 'the folder has section texts but no report.yaml; the report then has no diarienummer, date or proposed decision',
  'report.not-public': (p) => `the text names ${p.id}, ${en[`report.not-public.${p.what}`]({})} that the public report does not show; the text is published as it is, so remove the id or set classification: 0 on the record if it may be shown`,
  'report.not-public.incident': () => 'an incident',
  'report.not-public.risk': () => 'a risk',
  'report.not-public.site': () => 'a site',
  'report.unknown-id': (p) => `the text names ${p.id}, which is not in the register`,
  'schemas-outdated': () => '.sak/schemas differs from the schemas of this version of sak; run sak init --update-schemas',
  'summary': (p) => `${counted('en', p.records, 'record')}, ${counted('en', p.errors, 'error')}, ${counted('en', p.warnings, 'warning')}`,
  'summary.ok': (p) => `${counted('en', p.records, 'record')} checked: no errors`,
  'unknown-value.category': () => 'category',
  'unknown-value.topic': () => 'topic',
  'risk.scale': (p) => `the ${p.axis} ${p.value} lies outside the risk matrix 1–${p.limit} (risk_matrix in sak.yaml)`,
  'config.levels': (p) => `the levels must start in rising order and within the highest score of the risk matrix, ${p.limit} (medium ≤ high ≤ critical ≤ ${p.limit})`,
  'config.training-units': () => 'the training requirement must give unit_type, units or both',
  'config.topic': (p) => `the training requirement names the topic "${p.value}", which does not exist (built-in topics or exercise_topics)`,
  'config.category': (p) => `the reporting duty names the category "${p.value}", which does not exist (built-in categories or incident_categories)`,
  'config.demand-duplicate': (p) => `the demand "${p.value}" is already in control_demands; each demand needs its own id`,
  'config.demand-scope': (p) => `the demand "${p.value}" has no scope: give unit_type, units or both`,
  'config.demand-unit': (p) => (p.suggestion ? `the unit "${p.value}" does not exist in units/; did you mean "${p.suggestion}"?` : `the unit "${p.value}" does not exist in units/`),
  'config.demand-months': (p) => `a demand with compiled_by is compiled per period and needs an interval of whole months or years (P1Y, P6M), not ${p.value}`,
  'demand-missing': (p) => (p.suggestion ? `the demand "${p.value}" is not in sak.yaml (control_demands); did you mean "${p.suggestion}"?` : `the demand "${p.value}" is not in sak.yaml (control_demands)`),
  'config.basis-document': (p) => `"${p.value}" is not a governing document of the register (basis.document must be the id of a document under documents/)`,
  'expected.date': () => 'a date YYYY-MM-DD',
  'expected.valid-date': () => 'a date that exists in the calendar',
  'expected.partial-date': () => 'a date YYYY-MM-DD, a month YYYY-MM or a year YYYY',
  'expected.duration': () => 'an ISO 8601 duration such as P1Y, P6M or P90D',
  'expected.review': () => 'mandate, none or an ISO 8601 duration such as P1Y',
  'expected.time': () => 'a time of day HH:MM',
  'expected.slug': () => 'lower-case letters a–z, digits and hyphens',
  'expected.unit-id': () => 'a unit id (lower-case letters a–z, digits and hyphens, at most 40 characters)',
  'expected.prefixed-id': (p) => `an id of the form ${p.prefix}-name (lower-case letters a–z, digits and hyphens)`,
  'expected.dated-id': (p) => `an id of the form ${p.prefix}-YYYYMMDD-XXXXX`,
  'expected.any-id': () => 'the id of a record in the register',
  'expected.one-line': () => 'one line without line breaks',
  'expected.uri': () => 'a web address (URI)',
  'type.string': () => 'text',
  'type.integer': () => 'an integer',
  'type.number': () => 'a number',
  'type.boolean': () => 'true or false',
  'type.array': () => 'a list',
  'type.object': () => 'a mapping (key: value)',
  'type.null': () => 'an empty value',
};

const catalogues: Record<Lang, Catalogue> = { sv, en };

/** Every catalogue of validate messages by language (for the test that they have the same keys and parameters). */
export const VALIDATE_CATALOGUES: Readonly<Record<Lang, Readonly<Record<ProblemKey, (p: never) => string>>>> = catalogues;

/** A validation message key. */
export type ValidateMessageKey = ProblemKey;

/** Formats a validation message in the given language. */
export function validateMessage<K extends ProblemKey>(lang: Lang, key: K, ...[params]: ParamsOf<K>): string {
  const entry = catalogues[lang][key] as (p: ProblemMessageParams[K]) => string;
  return entry((params ?? {}) as ProblemMessageParams[K]);
}

/** What a problem says, in words of the language. */
export function problemMessage(text: ProblemText, lang: Lang): string {
  // Each text pairs a key with its own parameters (ProblemText), which TypeScript cannot follow through the index.
  return (catalogues[lang][text.key] as (p: ProblemText['params']) => string)(text.params);
}

/** A problem as the output shows it (cli.md: severity, code, file, line, column, id, field, message): its message in words. */
export type ShownProblem = Omit<Problem, 'message'> & { message: string };

/**
 * The problems as the output shows them, messages in the language. Problems at the same place
 * with the same code (core orders them by what they say as data) are ordered by their message,
 * as `sak validate` always listed them; the order of the rest is kept.
 */
export function describeProblems(problems: readonly Problem[], lang: Lang): ShownProblem[] {
  // The spread keeps each key where it was: the message stays last, as cli.md orders them.
  const shown = problems.map((p): ShownProblem => ({ ...p, message: problemMessage(p.message, lang) }));
  let start = 0;
  for (let i = 1; i <= shown.length; i += 1) {
    if (i < shown.length && compareProblemPlaces(shown[start] as ShownProblem, shown[i] as ShownProblem) === 0) continue;
    if (i - start > 1) shown.splice(start, i - start, ...shown.slice(start, i).sort((a, b) => compareStrings(a.message, b.message)));
    start = i;
  }
  return shown;
}
