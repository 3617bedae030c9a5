import { fillPlaceholders } from './catalogue.js';
import type { Lang } from './lang.js';

// Help of the onboarding commands (init, import, completion, schema) and the short
// overview that `sak` without arguments prints, in their own catalogue.

const sv = {
  'opt.help': 'visa hjälp',
  overview: `sak – kommunens säkerhetsregister i Git: styrdokument, risker, internkontroll,
incidenter, åtgärder, utbildning och övning.

De viktigaste kommandona:
  init       skapa ett nytt register
  add        registrera en incident, risk, åtgärd, övning …
  import     läs in en befintlig lista (CSV från Excel)
  list       lista poster            show     visa en post
  check      vad är försenat eller snart dags?
  validate   kontrollera hela registret
  report     års- eller kvartalsrapporten

Exempel:
  sak init --municipality "Exempelkommun"
  sak add incident
  sak report --year 2026 -o rapport.md

Alla kommandon: sak --help. Hjälp och exempel för ett kommando: sak <kommando> --help.
`,
  init: 'skapa ett nytt register (sak.yaml, mappar, organisation, scheman, README, CI och Git)',
  'init.before': `Exempel:
  sak init --municipality "Exempelkommun"            registret i den här mappen, CI för GitLab
  sak init sakerhet --municipality "Exempelkommun" --ci github
  sak init --municipality "Example Municipality" --lang en --no-git
  sak init --hooks                                   i ett befintligt register: stoppa commits med fel
  sak init --update-schemas                          i ett befintligt register: scheman från den här sak
`,
  'init.after': `
Skapar sak.yaml (med sak:s standardvärden som kommentarer), mapparna för varje posttyp,
enheterna kommunfullmaktige och kommunstyrelsen (med --roles även funktionerna
säkerhetssamordnare och ledningsgrupp),
.sak/schemas (JSON-scheman för editorn), .vscode/, .gitattributes, .gitignore, en README för
registrets användare och en CI-fil som kör sak validate vid varje push (--ci gitlab är
standard; github eller none). Sedan git init och en första commit, om mappen inte redan
ligger i ett Git-arkiv: då blir de nya filerna en commit där.
--hooks installerar en pre-commit-krok som kör sak validate (en annan krok skrivs aldrig över).
Slutstatus: 0 klart, 2 mappen har redan ett register eller felaktigt kommando, 3 skriv- eller git-fel.`,
  'arg.dir': 'mappen för registret (standard: den här mappen)',
  'opt.municipality': 'kommunens namn (frågas efter i en terminal)',
  'opt.no-git': 'ingen git init och ingen commit',
  'opt.ci': 'CI-fil: gitlab (standard), github eller none',
  'opt.hooks': 'installera en pre-commit-krok som stoppar commits när sak validate hittar fel',
  'opt.roles': 'skapa även funktionerna säkerhetssamordnare och ledningsgrupp (enheter av typen role)',
  'opt.update-schemas': 'i ett befintligt register: skriv om .sak/schemas från den här versionen av sak',
  'opt.init-no-input': 'fråga aldrig; saknat --municipality ger slutstatus 2',
  import: 'läs in en lista (CSV från Excel eller KIA) som nya poster, alla eller ingen',
  'import.before': `Exempel:
  sak import incident incidenter.csv                 kolumnerna heter som fälten eller deras etiketter
  sak import incident kia-export.csv --map "Händelsedatum=date" --map "Ärendenr=kia.ref"
  sak import site fastigheter.csv --map "Anteckning=" --dry-run    hoppa över en kolumn, skriv inget
  sak import incident incidenter.csv --format json   [{"id", "path"}, …]
`,
  'import.after': `
Filen: CSV i UTF-8 (med eller utan BOM) eller Windows-1252/ISO-8859-1 (Excels "CSV
(semikolonavgränsad)"; det upptäcks, eller ange --encoding), avgränsad med , eller ; (det
upptäcks; svenska Excel skriver ;), citattecken enligt RFC 4180, CRLF eller LF.
Rubrikraden hittas bland de första raderna (en titelrad ovanför hoppas över), eller ange
--skip-rows N. En kolumn heter som fältet (cost_sek, kia.type), som flaggan (cost-sek) eller
som fältets etikett på svenska eller engelska ("Kostnad (kr)", "Cost (SEK)"), oavsett versaler;
annars --map "KOLUMN=FÄLT", eller --map "KOLUMN=" för att hoppa över den. Okända kolumner
är ett fel (inget läses in). En kolumn id hoppas över: varje rad får ett nytt id.
Värden: kodvärde eller etikett på svenska eller engelska ("Skadegörelse" → vandalism), eller
egna texter med --map-value category:"Onödigt larm"=false_alarm; datum ÅÅÅÅ-MM-DD eller
5/3/2026 (dag först med --date-format D/M/YYYY, månad först med M/D/YYYY), tal som "12 000", "1 500,50" eller "1,500.50", ja/nej eller true/false, hänvisningar
som id eller postens titel ("Kommunstyrelsen"). Listor: värdena skiljs med ; eller , i cellen
(fritextlistor som causes bara med ; eller radbrytning). Tomma celler och tomma rader hoppas över.
sak add:s standardvärden gäller (status open/planned), men reported blir radens datum, aldrig i dag.
Alla rader kontrolleras innan något skrivs; varje fel anges med rad (som i kalkylbladet,
rubriken är rad 1) och kolumn. Annars skrivs alla poster och blir en enda commit:
sak: import N <typ> records from FIL. Standard ut: de nya id:na, ett per rad.
Gränser: filen högst 100 MB (--max-size MB) och 10 000 rader (--max-rows), alla i en commit; bara
vanliga filer läses (ingen FIFO eller enhet). Ctrl-C när som helst: inget skrivs, slutstatus 130.
Slutstatus: 0 inläst, 1 fel i filen (inget skrevs), 2 felaktigt kommando, 3 filen kunde inte läsas
eller skrivfel.`,
  'arg.import-kind': 'posttyp: {kinds}',
  'arg.file': 'CSV-filen',
  'opt.map': 'koppla en kolumn till ett fält: "KOLUMN=FÄLT" (tomt FÄLT hoppar över kolumnen), kan upprepas',
  'opt.map-value': 'läs en text i ett fält som ett värde: FÄLT:TEXT=VÄRDE, t.ex. category:"Onödigt larm"=false_alarm; kan upprepas',
  'opt.encoding': 'filens teckenkodning: auto (standard: UTF-8, annars Windows-1252), utf-8, windows-1252 eller iso-8859-1',
  'opt.skip-rows': 'antal rader ovanför rubrikraden (en titel i Excel); utan flaggan hittas rubrikraden bland de första raderna',
  'opt.date-format': 'hur datum som 5/3/2026 läses: D/M/YYYY (dag först), M/D/YYYY eller YYYY-MM-DD',
  'opt.key': 'kolumnen som känner igen en rad när filen läses in igen (t.ex. ett ärendenummer); utan den en kontrollsumma av raden',
  'opt.update': 'uppdatera de poster vars rader har ändrats sedan förra inläsningen',
  'opt.no-commit': 'gör ingen commit',
  'opt.import-dry-run': 'kontrollera och visa de nya id:na utan att skriva något',
  'opt.import-max-size': 'största fil som läses, i MB (standard 100)',
  'opt.import-max-rows': 'flest rader i en import, som blir en commit (standard 10000)',
  'opt.import-format': 'utformat: text (id:na) eller json ([{"id","path"}])',
  completion: 'skriv ut ett skript för kommandokomplettering (bash, zsh, fish eller powershell)',
  'completion.before': `Exempel:
  source <(sak completion bash)                      bash, i ~/.bashrc
  source <(sak completion zsh)                       zsh, i ~/.zshrc
  sak completion fish > ~/.config/fish/completions/sak.fish
  sak completion powershell | Out-String | Invoke-Expression    i $PROFILE
`,
  'completion.after': `
Kompletterar kommandon, flaggor, posttyper (efter add, list, schema, import) och id:n i
registret (efter show, set, close, review, edit, log; läses från filnamnen).`,
  'arg.shell': 'skalet: bash, zsh, fish eller powershell',
  schema: 'visa posttyperna, eller JSON-schemat för en posttyp',
  'schema.before': `Exempel:
  sak schema                                         posttyperna med svenska och engelska namn
  sak schema incident                                JSON-schemat för en incident
  sak schema config                                  schemat för sak.yaml
  sak schema --format json
`,
  'arg.schema-kind': 'posttyp (eller config, common)',
  'opt.schema-format': 'utformat för listan: text eller json',
  'schema.header': 'posttyp\tsvenska\tengelska\tmapp',
  'schema.extra': 'Även: sak schema config (sak.yaml) och sak schema common (gemensamma definitioner).',
};

/** A help text key of the onboarding commands. */
export type OnboardingHelpKey = keyof typeof sv;

const en: Record<OnboardingHelpKey, string> = {
  'opt.help': 'show help',
  overview: `sak – the municipality's security register in Git: governing documents, risks,
internal control, incidents, actions, training and drills.

The main commands:
  init       create a new register
  add        record an incident, risk, action, drill …
  import     bring in an existing list (CSV from Excel)
  list       list records             show     show a record
  check      what is overdue or due soon?
  validate   check the whole register
  report     the annual or quarterly report

Examples:
  sak init --municipality "Example Municipality" --lang en
  sak add incident
  sak report --year 2026 -o report.md

Every command: sak --help. Help and examples for a command: sak <command> --help.
`,
  init: 'create a new register (sak.yaml, folders, organisation, schemas, README, CI and Git)',
  'init.before': `Examples:
  sak init --municipality "Exempelkommun"            the register in this folder, CI for GitLab
  sak init security --municipality "Exempelkommun" --ci github
  sak init --municipality "Example Municipality" --lang en --no-git
  sak init --hooks                                   in an existing register: stop commits with errors
  sak init --update-schemas                          in an existing register: schemas of this sak
`,
  'init.after': `
Creates sak.yaml (with sak's defaults as comments), the folder of every kind, the units
kommunfullmaktige and kommunstyrelsen (with --roles also the roles of security
coordinator and management team), .sak/schemas
(JSON Schemas for the editor), .vscode/, .gitattributes, .gitignore, a README for the
register's users and a CI file that runs sak validate on every push (--ci gitlab is the
default; github or none). Then git init and a first commit, unless the folder already lies
in a Git repository: then the new files become a commit there.
--hooks installs a pre-commit hook that runs sak validate (another hook is never overwritten).
Exit status: 0 done, 2 the folder already holds a register or bad command line, 3 write or git failure.`,
  'arg.dir': 'the folder of the register (default: this folder)',
  'opt.municipality': "the municipality's name (asked for on a terminal)",
  'opt.no-git': 'no git init and no commit',
  'opt.ci': 'CI file: gitlab (default), github or none',
  'opt.hooks': 'install a pre-commit hook that stops commits when sak validate finds errors',
  'opt.roles': 'also make the roles of security coordinator and management team (units of type role)',
  'opt.update-schemas': 'in an existing register: rewrite .sak/schemas from this version of sak',
  'opt.init-no-input': 'never ask; a missing --municipality is exit status 2',
  import: 'bring in a list (CSV from Excel or KIA) as new records, all or none',
  'import.before': `Examples:
  sak import incident incidents.csv                  the columns are named like the fields or their labels
  sak import incident kia-export.csv --map "Event date=date" --map "Case no=kia.ref"
  sak import site sites.csv --map "Remark=" --dry-run       skip a column, write nothing
  sak import incident incidents.csv --format json    [{"id", "path"}, …]
`,
  'import.after': `
The file: CSV in UTF-8 (with or without BOM) or Windows-1252/ISO-8859-1 (Excel's "CSV
(Comma delimited)"; detected, or give --encoding), separated by , or ; (detected; Swedish
Excel writes ;), quotes per RFC 4180, CRLF or LF. The header row is found among the first
rows (a title row above it is skipped), or give --skip-rows N. A column is named like the field (cost_sek, kia.type), like its flag
(cost-sek) or like the field's label in Swedish or English ("Kostnad (kr)", "Cost (SEK)"),
in any case; else --map "COLUMN=FIELD", or --map "COLUMN=" to skip it. Unknown columns are an
error (nothing is imported). A column id is skipped: every row gets a new id.
Values: the stored value or its label in Swedish or English ("Skadegörelse" → vandalism),
or your own texts with --map-value category:"False alarm"=false_alarm; dates YYYY-MM-DD or
5/3/2026 (day first with --date-format D/M/YYYY, month first with M/D/YYYY), numbers like "12 000", "1 500,50" or "1,500.50", ja/nej or true/false,
references as an id or the record's title ("Kommunstyrelsen"). Lists: values separated by ;
or , in the cell (free-text lists such as causes only by ; or a line break). Empty cells and
empty rows are skipped. The defaults of sak add apply (status open/planned), but reported is the row's date, never today.
Every row is checked before anything is written; each problem is named by row (as the
spreadsheet shows it, the header is row 1) and column. Otherwise all records are written
in one commit: sak: import N <kind> records from FILE. Standard output: the new ids, one a line.
Limits: the file at most 100 MB (--max-size MB) and 10,000 rows (--max-rows), all in one commit;
regular files only (no FIFO or device). Ctrl-C at any moment: nothing is written, exit status 130.
Exit status: 0 imported, 1 problems in the file (nothing written), 2 bad command line, 3 the
file could not be read or a write failed.`,
  'arg.import-kind': 'kind: {kinds}',
  'arg.file': 'the CSV file',
  'opt.map': 'map a column to a field: "COLUMN=FIELD" (an empty FIELD skips the column), repeatable',
  'opt.map-value': 'read a text of a field as a value: FIELD:TEXT=VALUE, e.g. category:"False alarm"=false_alarm; repeatable',
  'opt.encoding': 'the file\'s encoding: auto (default: UTF-8, else Windows-1252), utf-8, windows-1252 or iso-8859-1',
  'opt.skip-rows': 'rows above the header (a title in Excel); without it the header is found among the first rows',
  'opt.date-format': 'how dates such as 5/3/2026 are read: D/M/YYYY (day first), M/D/YYYY or YYYY-MM-DD',
  'opt.key': 'the column that recognises a row when the file is imported again (e.g. a case number); without it a checksum of the row',
  'opt.update': 'update the records whose rows changed since the last import',
  'opt.no-commit': 'make no commit',
  'opt.import-dry-run': 'check and show the new ids without writing anything',
  'opt.import-max-size': 'largest file read, in MB (default 100)',
  'opt.import-max-rows': 'most rows in one import, which becomes one commit (default 10000)',
  'opt.import-format': 'output format: text (the ids) or json ([{"id","path"}])',
  completion: 'print a command-line completion script (bash, zsh, fish or powershell)',
  'completion.before': `Examples:
  source <(sak completion bash)                      bash, in ~/.bashrc
  source <(sak completion zsh)                       zsh, in ~/.zshrc
  sak completion fish > ~/.config/fish/completions/sak.fish
  sak completion powershell | Out-String | Invoke-Expression    in $PROFILE
`,
  'completion.after': `
Completes commands, options, kinds (after add, list, schema, import) and the ids of the
register (after show, set, close, review, edit, log; read from the file names).`,
  'arg.shell': 'the shell: bash, zsh, fish or powershell',
  schema: "list the kinds of records, or print a kind's JSON Schema",
  'schema.before': `Examples:
  sak schema                                         the kinds with Swedish and English names
  sak schema incident                                the JSON Schema of an incident
  sak schema config                                  the schema of sak.yaml
  sak schema --format json
`,
  'arg.schema-kind': 'kind (or config, common)',
  'opt.schema-format': 'output format of the list: text or json',
  'schema.header': 'kind\tSwedish\tEnglish\tfolder',
  'schema.extra': 'Also: sak schema config (sak.yaml) and sak schema common (shared definitions).',
};

/** A help text of the onboarding commands in the given language; `{name}` placeholders are filled from params. */
export function onboardingHelp(lang: Lang, key: OnboardingHelpKey, params: Record<string, string> = {}): string {
  return fillPlaceholders((lang === 'en' ? en : sv)[key], (name) => params[name]);
}

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
