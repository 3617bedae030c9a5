import { fillPlaceholders, messageMaker } from './catalogue.js';
import type { ArgsOf, MessageTable, Messages, NoParams, ParamsOfTable } from './catalogue.js';
import type { Lang } from './lang.js';
import { counted } from './plural.js';

// The texts of the files `sak init` writes into a new register (sak.yaml comments, the
// README for the register's users, CI files, the pre-commit hook) and the messages of
// `sak init`, in Swedish and English.

const sv = {
  // sak.yaml
  'config.head': `# Säkerhetsregistrets inställningar. Fälten beskrivs i sak schema config.
# Raderna som börjar med # är sak:s standardvärden; ta bort # för att ändra dem.`,
  'config.risk_matrix': `# Riskmatrisen: sannolikhet och konsekvens med 3–6 steg vardera, som antal (likelihood: 4) eller
# en etikett per steg, och var nivåerna börjar (riskvärde = sannolikhet × konsekvens).`,
  'config.risk_review': '# Hur ofta en risk ska bedömas på nytt (ISO 8601, P1Y = ett år).',
  'config.incident_open_days': '# En öppen incident som är äldre än så här många dagar visas av sak check.',
  'config.categories': '# Egna incidentkategorier och utbildningsämnen utöver de inbyggda (sak schema incident).',
  'config.training': `# Utbildningskrav som sak check följer upp: ämne, vilka enheter (unit_type, units eller båda),
# vilka slag som räknas (types: training, drill, meeting; utan types räknas alla) och hur ofta.
# Exempel: alla skolor övar utrymning varje år, förvaltningarna utbildas i brandskydd varje år,
# kommunstyrelsens möten har säkerhet på dagordningen varje kvartal.`,
  'config.reporting': `# Anmälan till myndigheter. Inbyggt: Arbetsmiljöverket (AML 3 kap. 3 a §), IMY för
# personuppgiftsincidenter (GDPR art. 33) och CSIRT-enheten (cybersäkerhetslagen 2025:1506).
# off: true stänger av en plikt; en annan myndighet med when och within lägger till en egen.`,
  'config.findings': `# Allvarliga avvikelser vid internkontroll: enheterna som alltid ska få rapporten
# (reported.to) och inom hur lång tid (P1D = omgående). Utan report_to räcker en enhet.`,
  'config.git': '# Varje ändring som sak gör blir en egen commit; false stänger av det.',
  'readme.units': `Registret börjar med enheterna kommunfullmäktige och kommunstyrelsen. Lägg in
förvaltningar, bolag, skolor och funktioner (till exempel en säkerhetssamordnare,
\`sak add unit --type role\`) med \`sak add unit\`; \`sak init --roles\` skapar
funktionerna säkerhetssamordnare och ledningsgrupp från början.`,
  'readme.units.roles': `Registret börjar med enheterna kommunfullmäktige och kommunstyrelsen och
funktionerna säkerhetssamordnare och ledningsgrupp (\`sak init --roles\`). Lägg in
förvaltningar, bolag och skolor med \`sak add unit\`.`,
  'risk.likelihood': '[Mycket låg, Låg, Medel, Hög, Mycket hög]',
  'risk.consequence': '[Mycket begränsad, Begränsad, Betydande, Allvarlig, Katastrofal]',
  'category.example': '{ id: graffiti, label: Klotter, label_en: Graffiti }',
  // README
  readme: `# Säkerhetsregistret för {municipality}

Det här är kommunens register för kommunal säkerhet: styrdokument, risker (RSA),
internkontroll, incidenter (KIA), åtgärder, utbildning och övning, fastigheter och
organisation. Varje post är en YAML-fil i en mapp per slag, och Git håller historiken:
vem som ändrade vad och när. Verktyget \`sak\` skapar, kontrollerar, följer upp och
rapporterar registret.

## Mapparna

| mapp | innehåll |
|---|---|
{folders}

{units}

\`sak.yaml\` har registrets inställningar. \`.sak/schemas/\` har JSON-scheman som ger
kontroll och komplettering i editorn (Visual Studio Code med tillägget YAML föreslås
när mappen öppnas).

## Det dagliga arbetet

\`\`\`sh
sak add incident                     # registrera en incident (frågar efter det som behövs)
sak list incident --status open      # öppna incidenter
sak close INC-20261126-7QX2K         # stäng en incident
sak review DOC-sakerhetspolicy --outcome confirmed   # följ upp ett styrdokument
sak check                            # vad är försenat eller snart dags?
sak validate                         # kontrollera hela registret
sak report --year 2026 -o rapport.md # årsrapporten till kommunfullmäktige
sak import incident lista.csv        # läs in en befintlig lista (CSV från Excel)
\`\`\`

Varje ändring som sak gör kontrolleras först och blir en egen commit. Personnummer
och uppgifter som omfattas av säkerhetsskydd hör inte hemma i registret; sak vägrar
personnummer och informationsklass 4.

## Läs mer

- \`sak --help\` och \`sak <kommando> --help\` visar alla kommandon med exempel.
- \`sak schema\` visar posttyperna, \`sak schema incident\` fälten för en incident.
- Användarguiden (\`docs/anvandarguide.md\`) och registerformatet
  (\`docs/register-format.md\`) finns i sak:s källkod.
`,
  // CI
  'ci.gitlab': `# GitLab CI för säkerhetsregistret (skapad av sak init).
# sak validate kontrollerar registret vid varje push; fel syns i kodgranskningen
# (Code Quality) och stoppar pipelinen. sak check visar försenade uppföljningar
# som information utan att stoppa något.

variables:
  # Så körs sak. sak finns ännu inte i npm-registret, och ett paket med samma namn från
  # någon annan ska aldrig köras: peka på en version ni litar på (här eller som CI-variabel), t.ex.
  # "npx --yes --package https://gitlab.exempel.se/it/sak/-/raw/v0.1.0/sak-0.1.0.tgz sak"
  # eller "npx --yes --package git+https://gitlab.exempel.se/it/sak.git#v0.1.0 sak".
  SAK: ""
`,
  'ci.github': `# GitHub Actions för säkerhetsregistret (skapad av sak init).
# sak validate kontrollerar registret vid varje push och pull request; fel visas som
# anteckningar i koden och stoppar flödet. sak check visar försenade uppföljningar
# som information utan att stoppa något.
`,
  'ci.github.sak': `  # Så körs sak. sak finns ännu inte i npm-registret, och ett paket med samma namn från
  # någon annan ska aldrig köras: peka på en version ni litar på, t.ex.
  # "npx --yes --package git+https://github.com/exempel/sak.git#v0.1.0 sak".`,
  'ci.missing-sak': 'Ange i variabeln SAK hur sak ska köras (se kommentaren överst i filen).',
  'ci.gitlab.pages': `# Webbplatsen (sak site) för dem som inte använder Git: byggs från huvudgrenen och
# publiceras med GitLab Pages. Den är INTERN (allt i registret): slå på åtkomstkontroll för
# Pages (Inställningar > Allmänt > Synlighet > Pages: endast projektmedlemmar) innan den
# publiceras, eller byt till --audience public. Hela historiken hämtas (GIT_DEPTH 0) så att
# varje post visar sin historik.`,
  'ci.github.pages': `  # Webbplatsen (sak site) för dem som inte använder Git: byggs från huvudgrenen och
  # publiceras med GitHub Pages (Inställningar > Pages > Källa: GitHub Actions). Den är INTERN
  # (allt i registret), och GitHub Pages är öppen för alla utom med åtkomstkontroll (privata
  # Pages i GitHub Enterprise Cloud): byt annars till --audience public. Hela historiken
  # hämtas (fetch-depth 0) så att varje post visar sin historik.`,
  'hook.missing-sak': 'sak hittades inte: installera sak eller ange det i variabeln SAK. Hoppa över kontrollen en gång med git commit --no-verify.',
  // Hook
  hook: `# sak: pre-commit-krok, installerad av sak init --hooks. Stoppar en commit när
# sak validate hittar fel i registret (mappen nedan, räknat från arkivets topp).
# Kontrollen gäller arbetskopian. Hoppa över en gång: git commit --no-verify.
# sak körs som $SAK, annars sak i PATH, annars node_modules/.bin/sak.`,
};

type InitTextKey = keyof typeof sv;

const en: Record<InitTextKey, string> = {
  'config.head': `# The settings of the security register. The fields are described by sak schema config.
# The lines starting with # are sak's defaults; remove the # to change them.`,
  'config.risk_matrix': `# The risk matrix: likelihood and consequence with 3–6 steps each, as a number (likelihood: 4) or
# a label for each step, and where the levels start (score = likelihood × consequence).`,
  'config.risk_review': '# How often a risk is assessed again (ISO 8601, P1Y = one year).',
  'config.incident_open_days': '# An open incident older than this many days is shown by sak check.',
  'config.categories': '# Own incident categories and training topics besides the built-in ones (sak schema incident).',
  'config.training': `# Training demands that sak check follows up: topic, which units (unit_type, units or both),
# which types count (types: training, drill, meeting; without types all do) and how often.
# Example: every school drills evacuation every year, the departments are trained in fire safety
# every year, the executive board's meetings have security on the agenda every quarter.`,
  'config.reporting': `# Reports to authorities. Built in: the Work Environment Authority (AML 3 kap. 3 a §), IMY for
# personal-data breaches (GDPR art. 33) and the CSIRT unit (Cybersecurity Act, SFS 2025:1506).
# off: true switches a duty off; another authority with when and within adds one of your own.`,
  'config.findings': `# Serious findings of internal control: the units that must always receive the report
# (reported.to) and how soon (P1D = immediately). Without report_to one unit will do.`,
  'config.git': '# Every change sak makes becomes a commit of its own; false turns that off.',
  'readme.units': `The register starts with the units kommunfullmaktige (the council) and
kommunstyrelsen (the executive board). Add departments, companies, schools and roles
(a security coordinator, for example: \`sak add unit --type role\`) with \`sak add unit\`;
\`sak init --roles\` makes the roles security coordinator and management team from the start.`,
  'readme.units.roles': `The register starts with the units kommunfullmaktige (the council) and
kommunstyrelsen (the executive board) and the roles security coordinator and management
team (\`sak init --roles\`). Add departments, companies and schools with \`sak add unit\`.`,
  'risk.likelihood': '[Very low, Low, Medium, High, Very high]',
  'risk.consequence': '[Very limited, Limited, Considerable, Serious, Catastrophic]',
  'category.example': '{ id: graffiti, label: Klotter, label_en: Graffiti }',
  readme: `# The security register of {municipality}

This is the municipality's register of municipal security: governing documents, risks
(the risk and vulnerability analysis), internal control, incidents (KIA), actions,
training and drills, sites and the organisation. Every record is a YAML file in a
folder per kind, and Git keeps the history: who changed what and when. The tool \`sak\`
creates, checks, follows up and reports the register.

## The folders

| folder | contents |
|---|---|
{folders}

{units}

\`sak.yaml\` holds the register's settings. \`.sak/schemas/\` holds JSON Schemas that give
checks and completion in the editor (Visual Studio Code suggests its YAML extension when
the folder is opened).

## Daily work

\`\`\`sh
sak add incident                     # record an incident (asks for what is needed)
sak list incident --status open      # open incidents
sak close INC-20261126-7QX2K         # close an incident
sak review DOC-security-policy --outcome confirmed   # review a governing document
sak check                            # what is overdue or due soon?
sak validate                         # check the whole register
sak report --year 2026 -o report.md  # the annual report to the council
sak import incident list.csv         # bring in an existing list (CSV from Excel)
\`\`\`

Every change sak makes is checked first and becomes a commit of its own. Personal
identity numbers and information under protective security do not belong in the
register; sak refuses personnummer and classification 4.

## Read more

- \`sak --help\` and \`sak <command> --help\` show every command with examples.
- \`sak schema\` lists the kinds of records, \`sak schema incident\` the fields of an incident.
- The user guide (\`docs/user-guide.md\`) and the register format
  (\`docs/register-format.md\`) are in sak's source code.
`,
  'ci.gitlab': `# GitLab CI for the security register (made by sak init).
# sak validate checks the register on every push; errors show in the merge request
# (Code Quality) and stop the pipeline. sak check shows overdue follow-ups as
# information without stopping anything.

variables:
  # How sak is run. sak is not yet on the npm registry, and a package of that name from
  # someone else must never run: point to a version you trust (here or as a CI variable), e.g.
  # "npx --yes --package https://gitlab.example.org/it/sak/-/raw/v0.1.0/sak-0.1.0.tgz sak"
  # or "npx --yes --package git+https://gitlab.example.org/it/sak.git#v0.1.0 sak".
  SAK: ""
`,
  'ci.github': `# GitHub Actions for the security register (made by sak init).
# sak validate checks the register on every push and pull request; errors show as
# annotations in the code and fail the workflow. sak check shows overdue follow-ups
# as information without failing anything.
`,
  'ci.github.sak': `  # How sak is run. sak is not yet on the npm registry, and a package of that name from
  # someone else must never run: point to a version you trust, e.g.
  # "npx --yes --package git+https://github.com/example/sak.git#v0.1.0 sak".`,
  'ci.missing-sak': 'Set in the variable SAK how sak is run (see the comment at the top of the file).',
  'ci.gitlab.pages': `# The site (sak site) for those who do not use Git: built from the default branch and
# published with GitLab Pages. It is INTERNAL (everything in the register): turn on access
# control for Pages (Settings > General > Visibility > Pages: only project members) before
# it is published, or change to --audience public. The whole history is fetched
# (GIT_DEPTH 0) so that each record shows its history.`,
  'ci.github.pages': `  # The site (sak site) for those who do not use Git: built from the default branch and
  # published with GitHub Pages (Settings > Pages > Source: GitHub Actions). It is INTERNAL
  # (everything in the register), and GitHub Pages is open to anyone unless access control
  # applies (private Pages in GitHub Enterprise Cloud): otherwise change to --audience public.
  # The whole history is fetched (fetch-depth 0) so that each record shows its history.`,
  'hook.missing-sak': 'sak was not found: install sak or name it in the variable SAK. Skip the check once with git commit --no-verify.',
  hook: `# sak: pre-commit hook, installed by sak init --hooks. Stops a commit when
# sak validate finds errors in the register (the folder below, from the top of the repository).
# It checks the work tree. Skip it once: git commit --no-verify.
# sak runs as $SAK, else sak on the PATH, else node_modules/.bin/sak.`,
};

/** The `{name}` parameters of the texts that have any (the test of the catalogues checks that both languages use the same). */
interface InitTextParamsOf {
  readme: { municipality: string; units: string; folders: string };
}

/** The parameters of each text of the files: none but where InitTextParamsOf says. */
export type InitTextParams = { [K in InitTextKey]: K extends keyof InitTextParamsOf ? InitTextParamsOf[K] : NoParams };

/** A text of the files `sak init` writes, with `{name}` parameters filled in. */
export function initText<K extends InitTextKey>(lang: Lang, key: K, ...[params]: ArgsOf<InitTextParams, K>): string {
  const text = (lang === 'en' ? en : sv)[key];
  const values: Readonly<Record<string, string>> = params ?? {};
  return fillPlaceholders(text, (name) => values[name]);
}

const messagesSv = {
  'exists': (p: { path: string }) => `${p.path} har redan ett register (sak.yaml). Välj en annan mapp, eller uppdatera registret med sak init --update-schemas eller --hooks.`,
  'not-a-folder': (p: { path: string }) => `${p.path} är ingen mapp`,
  'missing-municipality': () => 'ange kommunens namn med --municipality NAMN (här går det inte att fråga)',
  'bad-municipality': (p: { value: string }) => `"${p.value}" passar inte --municipality: 2–200 tecken på en rad`,
  'municipality-pii': (p: { what: string; masked: string }) => `--municipality innehåller ett ${p.what} (${p.masked}); sak skriver inga personnummer i registret`,
  'prompt.municipality': () => 'Kommunens namn',
  'created': (p: { municipality: string; path: string; count: number }) => `Skapade registret för ${p.municipality} i ${p.path} (${counted('sv', p.count, 'file')}).`,
  'kept': (p: { files: string }) => `Fanns redan och lämnades orörda: ${p.files}.`,
  'appended': (p: { files: string }) => `Kompletterade: ${p.files}.`,
  'git.new': (p: { commit: string; subject: string }) => `Git: nytt arkiv, commit ${p.commit} "${p.subject}".`,
  'git.existing': (p: { commit: string; subject: string; top: string }) => `Git: commit ${p.commit} "${p.subject}" i arkivet ${p.top} (bara de nya filerna).`,
  'git.none': () => 'Git: inget arkiv (--no-git).',
  'git.failed': (p: { detail: string }) => `filerna är skrivna, men git misslyckades: ${p.detail}`,
  'git.missing': (p: { detail: string }) => `filerna är skrivna, men git hittades inte (${p.detail}). Installera git eller använd --no-git.`,
  'ci.gitlab': () => 'CI: .gitlab-ci.yml kör sak validate vid varje push; ange i variabeln SAK varifrån sak hämtas.',
  'ci.github': () => 'CI: .github/workflows/sak.yml kör sak validate vid varje push; ange i variabeln SAK varifrån sak hämtas.',
  'ci.subfolder': (p: { top: string; file: string }) => `Obs: GitLab och GitHub läser CI-filen bara i arkivets topp (${p.top}); flytta ${p.file} dit eller ta med den därifrån (GitLab: include: local).`,
  'next': () => `Nästa steg:
  sak add unit                   lägg in förvaltningar, skolor och bolag
  sak add incident               registrera en incident
  sak import incident FIL.csv    läs in en befintlig lista (CSV från Excel)
  sak check                      vad ska följas upp?`,
  'schemas.updated': (p: { version: string; count: number }) => `Uppdaterade .sak/schemas till sak ${p.version} (${counted('sv', p.count, 'file')}).`,
  'schemas.current': (p: { version: string }) => `.sak/schemas är redan aktuella för sak ${p.version}.`,
  'schemas.commit': (p: { commit: string; subject: string }) => `Git: commit ${p.commit} "${p.subject}".`,
  'hook.installed': (p: { path: string }) => `Installerade pre-commit-kroken ${p.path}: en commit stoppas när sak validate hittar fel.`,
  'hook.foreign': (p: { path: string; register: string }) => `${p.path} finns redan och är inte sak:s; den lämnades orörd. Lägg till raden "sak validate --register ${p.register}" i den kroken, eller använd ramverket pre-commit (se docs/ci.md).`,
  'hook.no-git': (p: { path: string }) => `${p.path} ligger inte i ett Git-arkiv; ingen krok installerades`,
} satisfies MessageTable;

type InitMessageParams = ParamsOfTable<typeof messagesSv>;

const messagesEn: Messages<InitMessageParams> = {
  'exists': (p) => `${p.path} already holds a register (sak.yaml). Choose another folder, or update the register with sak init --update-schemas or --hooks.`,
  'not-a-folder': (p) => `${p.path} is not a folder`,
  'missing-municipality': () => "name the municipality with --municipality NAME (prompts are impossible here)",
  'bad-municipality': (p) => `"${p.value}" does not fit --municipality: 2–200 characters on one line`,
  'municipality-pii': (p) => `--municipality holds a ${p.what} (${p.masked}); sak writes no personal identity numbers into the register`,
  'prompt.municipality': () => "The municipality's name",
  'created': (p) => `Created the register of ${p.municipality} in ${p.path} (${counted('en', p.count, 'file')}).`,
  'kept': (p) => `Already there and left as they were: ${p.files}.`,
  'appended': (p) => `Completed: ${p.files}.`,
  'git.new': (p) => `Git: new repository, commit ${p.commit} "${p.subject}".`,
  'git.existing': (p) => `Git: commit ${p.commit} "${p.subject}" in the repository ${p.top} (the new files only).`,
  'git.none': () => 'Git: no repository (--no-git).',
  'git.failed': (p) => `the files are written, but git failed: ${p.detail}`,
  'git.missing': (p) => `the files are written, but git was not found (${p.detail}). Install git or use --no-git.`,
  'ci.gitlab': () => 'CI: .gitlab-ci.yml runs sak validate on every push; set where sak comes from in the variable SAK.',
  'ci.github': () => 'CI: .github/workflows/sak.yml runs sak validate on every push; set where sak comes from in the variable SAK.',
  'ci.subfolder': (p) => `Note: GitLab and GitHub read CI files only at the top of the repository (${p.top}); move ${p.file} there or include it from there (GitLab: include: local).`,
  'next': () => `Next steps:
  sak add unit                   add departments, schools and companies
  sak add incident               record an incident
  sak import incident FILE.csv   bring in an existing list (CSV from Excel)
  sak check                      what needs following up?`,
  'schemas.updated': (p) => `Updated .sak/schemas to sak ${p.version} (${counted('en', p.count, 'file')}).`,
  'schemas.current': (p) => `.sak/schemas are already current for sak ${p.version}.`,
  'schemas.commit': (p) => `Git: commit ${p.commit} "${p.subject}".`,
  'hook.installed': (p) => `Installed the pre-commit hook ${p.path}: a commit stops when sak validate finds errors.`,
  'hook.foreign': (p) => `${p.path} exists and is not sak's; it was left as it was. Add the line "sak validate --register ${p.register}" to that hook, or use the pre-commit framework (see docs/ci.md).`,
  'hook.no-git': (p) => `${p.path} is not in a Git repository; no hook was installed`,
};

/** A message of `sak init`. */
export const initMessage = messageMaker<InitMessageParams>({ sv: messagesSv, en: messagesEn });

/** The catalogues in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
export const MESSAGE_CATALOGUE = { sv: messagesSv, en: messagesEn } as const;
