import type { Lang } from './lang.js';
import { argumentName, helpTerm } from './help-terms.js';

const sv = {
  program: 'sak – kommunens säkerhetsregister i Git: styrdokument, risker, internkontroll, incidenter, åtgärder, utbildning och övning.',
  'program.after': `
Exempel:
  sak validate                         kontrollera hela registret
  sak check --at 2026-11-26            vad är försenat eller snart dags?
  sak report --year 2026 -o rapport.md årsrapporten till kommunfullmäktige

Registret hittas med --register MAPP, miljövariabeln SAK_REGISTER eller närmaste mapp uppåt som har sak.yaml.
Språk: --lang sv|en, SAK_LANG eller locale i sak.yaml. Hjälp för ett kommando: sak <kommando> --help`,
  'opt.version': 'visa versionen',
  'opt.help': 'visa hjälp',
  'help-command': 'visa hjälp för ett kommando',
  'opt.register': 'registrets mapp (annars SAK_REGISTER eller närmaste mapp med sak.yaml)',
  'opt.lang': 'språk för meddelanden och rapporter: sv eller en',
  'opt.no-color': 'ingen färg i utskriften',
  validate: 'kontrollera hela registret mot scheman och regler',
  'validate.before': `Exempel:
  sak validate
  sak validate --format json > problem.json
  sak validate --format github         (standard i GitHub Actions)
  sak validate --format gitlab > gl-code-quality-report.json
  sak validate --strict                varningar räknas som fel
`,
  'validate.after': `
Slutstatus: 0 inga fel, 1 fel hittades, 2 felaktigt kommando, 3 registret kunde inte läsas.`,
  'opt.validate-format': 'utformat: text, json, github, gitlab eller junit',
  'opt.strict': 'låt även varningar ge slutstatus 1',
  'opt.at': 'datum att bedöma registret per (ÅÅÅÅ-MM-DD, standard i dag)',
  'opt.no-cache': 'läs om alla filer utan cache',
  check: 'visa försenade och kommande uppföljningar, tidsfrister och krav',
  'check.before': `Exempel:
  sak check                            vad är försenat i dag?
  sak check --at 2026-11-26 --all      hela läget per ett datum, även det som är i ordning
  sak check --horizon P6M              visa det som förfaller inom sex månader
  sak check --fail-on never --format github   i CI: anteckningar utan att stoppa bygget
  sak check --unit bun                 det som gäller en förvaltning och dess enheter
  sak check --all --format ics > tidsfrister.ics   kalender för Outlook eller Google
`,
  'check.after': `
Reglerna: styrdokument minst en gång per mandatperiod, LSO-handlingsprogram enligt MSBFS 2021:1,
risker, internkontroller, allvarliga avvikelser, åtgärder, öppna incidenter, anmälan till
myndigheter (Arbetsmiljöverket, IMY, CSIRT-enheten och reporting i sak.yaml), utbildningskrav i
sak.yaml, brand- och inbrottsskydd för fastigheter.
Slutstatus: 0 inget når --fail-on, 1 något gör det (eller registret har fel), 2 felaktigt kommando.`,
  'opt.check-at': 'datum att bedöma per (ÅÅÅÅ-MM-DD, standard i dag)',
  'opt.horizon': 'hur långt fram "förfaller snart" räcker: antal dagar (90) eller ISO 8601 (P6M); standard P90D',
  'opt.fail-on': 'slutstatus 1 vid: overdue (standard), due eller never',
  'opt.check-format': 'utformat: text, json, github eller ics (kalender)',
  'opt.all': 'visa även det som är i ordning',
  'opt.check-unit': 'bara det som gäller enheten och dess underenheter',
  'opt.check-owner': 'bara det som enheten eller en underenhet ansvarar för',
  'opt.site-url': 'webbplatsens adress (sak site): kalenderhändelserna länkar till postens sida',
  site: 'skriv registret som en statisk webbplats: startsida, enheter, poster, listor, rapporter och kalendrar',
  'site.before': `Exempel:
  sak site -o public                           offentlig version (standard)
  sak site -o public --audience internal       allt, för intranätet bakom inloggning
  sak site -o public --site-url https://intranat.example/sak   kalendrarna länkar till sidorna
`,
  'site.after': `
Webbplatsen är HTML och CSS utan skript och utan externa anrop: den fungerar från en fil, från en
undermapp och med skript avstängda. Vid en ny körning skrivs bara filer som ändrats.
Slutstatus: 0 klart, 1 registret har fel (inget skrivs), 2 felaktigt kommando eller mapp, 3 skrivfel.`,
  'opt.site-output': 'mappen att skriva webbplatsen till (tom, eller en tidigare utmapp)',
  'opt.site-audience': 'public (standard: som den offentliga rapporten) eller internal (allt)',
};

const en: Record<keyof typeof sv, string> = {
  program: 'sak – the municipality\'s security register in Git: governing documents, risks, internal control, incidents, actions, training and drills.',
  'program.after': `
Examples:
  sak validate                         check the whole register
  sak check --at 2026-11-26            what is overdue or due soon?
  sak report --year 2026 -o report.md  the annual report to the council

The register is found from --register DIR, the SAK_REGISTER variable or the nearest folder upwards that holds sak.yaml.
Language: --lang sv|en, SAK_LANG or locale in sak.yaml. Help on a command: sak <command> --help`,
  'opt.version': 'show the version',
  'opt.help': 'show help',
  'help-command': 'show help for a command',
  'opt.register': 'the register folder (else SAK_REGISTER or the nearest folder with sak.yaml)',
  'opt.lang': 'language of messages and reports: sv or en',
  'opt.no-color': 'no colour in the output',
  validate: 'check the whole register against its schemas and rules',
  'validate.before': `Examples:
  sak validate
  sak validate --format json > problems.json
  sak validate --format github         (the default in GitHub Actions)
  sak validate --format gitlab > gl-code-quality-report.json
  sak validate --strict                warnings count as errors
`,
  'validate.after': `
Exit status: 0 no errors, 1 errors found, 2 bad command line, 3 the register could not be read.`,
  'opt.validate-format': 'output format: text, json, github, gitlab or junit',
  'opt.strict': 'let warnings give exit status 1 too',
  'opt.at': 'date to evaluate the register at (YYYY-MM-DD, default today)',
  'opt.no-cache': 'read every file again, without the cache',
  check: 'show overdue and coming follow-ups, deadlines and demands',
  'check.before': `Examples:
  sak check                            what is overdue today?
  sak check --at 2026-11-26 --all      the whole picture at a date, including what is fine
  sak check --horizon P6M              show what falls due within six months
  sak check --fail-on never --format github   in CI: annotations without failing the build
  sak check --unit bun                 what concerns a department and its units
  sak check --all --format ics > deadlines.ics     a calendar for Outlook or Google
`,
  'check.after': `
The rules: governing documents at least once per term of office, LSO action programme per
MSBFS 2021:1, risks, internal controls, serious findings, actions, open incidents, reports to
authorities (Work Environment Authority, IMY, the CSIRT unit and reporting in sak.yaml), training
demands in sak.yaml, fire and intrusion protection of sites.
Exit status: 0 nothing reaches --fail-on, 1 something does (or the register has errors), 2 bad command line.`,
  'opt.check-at': 'date to evaluate at (YYYY-MM-DD, default today)',
  'opt.horizon': 'how far ahead "due soon" reaches: a number of days (90) or ISO 8601 (P6M); default P90D',
  'opt.fail-on': 'exit status 1 on: overdue (default), due or never',
  'opt.check-format': 'output format: text, json, github or ics (calendar)',
  'opt.all': 'also show what is fine',
  'opt.check-unit': 'only what concerns the unit and its sub-units',
  'opt.check-owner': 'only what the unit or a sub-unit is responsible for',
  'opt.site-url': 'the site\'s address (sak site): calendar events link to the record\'s page',
  site: 'write the register as a static site: start page, units, records, lists, reports and calendars',
  'site.before': `Examples:
  sak site -o public                           the public version (default)
  sak site -o public --audience internal       everything, for the intranet behind a login
  sak site -o public --site-url https://intranet.example/sak   the calendars link to the pages
`,
  'site.after': `
The site is HTML and CSS without scripts or external requests: it works from a file, from a
sub-path and with scripts off. A re-run writes only the files that changed.
Exit status: 0 done, 1 the register has errors (nothing written), 2 bad command line or folder, 3 write error.`,
  'opt.site-output': 'the folder to write the site to (empty, or an earlier output folder)',
  'opt.site-audience': 'public (default: like the public report) or internal (everything)',
};

/** A help text key. */
export type HelpKey = keyof typeof sv;

/** A help text in the given language. */
export function helpText(lang: Lang, key: HelpKey): string {
  return (lang === 'en' ? en : sv)[key];
}

/**
 * Commander's own error messages (exit 2) in the user's language: commander writes them in
 * English, so each one is recognised by its code and rebuilt from the names it quotes.
 */
export function translateCommanderError(lang: Lang, code: string, message: string): string {
  const text = message.replace(/^error: /, '');
  if (lang === 'en') return text;
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1] as string);
  const first = quoted[0] ?? '';
  const suggestion = /Did you mean (.*)\?/.exec(text)?.[1];
  const hint = suggestion ? ` Menade du ${suggestion.replace(/'/g, '')}?` : '';
  const option = (flags: string) => helpTerm(lang, flags);
  switch (code) {
    case 'commander.unknownOption':
      return `okänt alternativ ${first}.${hint} Se sak --help.`;
    case 'commander.unknownCommand':
      return `okänt kommando ${first}.${hint} Se sak --help.`;
    case 'commander.missingArgument':
      return `argumentet <${argumentName(lang, first)}> saknas. Se sak --help.`;
    case 'commander.optionMissingArgument':
      return `alternativet ${option(first)} behöver ett värde`;
    case 'commander.missingMandatoryOptionValue':
      return `alternativet ${option(first)} måste anges`;
    case 'commander.excessArguments':
      return `för många argument. Se sak --help.`;
    case 'commander.conflictingOption':
      return `${option(first)} kan inte anges tillsammans med ${option(quoted[1] ?? '')}`;
    case 'commander.invalidArgument': {
      // `option '--x <v>' argument 'y' is invalid. Allowed choices are a, b.` or `… is invalid. <the parser's own message>`.
      const choices = /Allowed choices are (.*)\.$/.exec(text)?.[1];
      const detail = choices !== undefined ? `tillåtna värden: ${choices}` : text.replace(/^.*? is invalid(?: for argument '[^']*')?\.\s*/, '');
      const target = text.startsWith('command-argument') ? `argumentet <${argumentName(lang, quoted[1] ?? '')}>` : option(first);
      const value = text.startsWith('command-argument') ? first : (quoted[1] ?? '');
      return `ogiltigt värde "${value}" för ${target}${detail ? `: ${detail}` : ''}`;
    }
    default:
      return text;
  }
}

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
