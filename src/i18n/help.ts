import type { Lang } from './lang.js';

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
  'opt.register': 'registrets mapp (annars SAK_REGISTER eller närmaste mapp med sak.yaml)',
  'opt.lang': 'språk för meddelanden och rapporter: sv eller en',
  'opt.no-color': 'ingen färg i utskriften',
  validate: 'kontrollera hela registret mot scheman och regler',
  'validate.after': `
Exempel:
  sak validate
  sak validate --format json > problem.json
  sak validate --format github         (standard i GitHub Actions)
  sak validate --format gitlab > gl-code-quality-report.json
  sak validate --strict                varningar räknas som fel

Slutstatus: 0 inga fel, 1 fel hittades, 2 felaktigt kommando, 3 registret kunde inte läsas.`,
  'opt.validate-format': 'utformat: text, json, github, gitlab eller junit',
  'opt.strict': 'låt även varningar ge slutstatus 1',
  'opt.at': 'datum att bedöma registret per (ÅÅÅÅ-MM-DD, standard i dag)',
  'opt.no-cache': 'läs om alla filer utan cache',
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
  'opt.register': 'the register folder (else SAK_REGISTER or the nearest folder with sak.yaml)',
  'opt.lang': 'language of messages and reports: sv or en',
  'opt.no-color': 'no colour in the output',
  validate: 'check the whole register against its schemas and rules',
  'validate.after': `
Examples:
  sak validate
  sak validate --format json > problems.json
  sak validate --format github         (the default in GitHub Actions)
  sak validate --format gitlab > gl-code-quality-report.json
  sak validate --strict                warnings count as errors

Exit status: 0 no errors, 1 errors found, 2 bad command line, 3 the register could not be read.`,
  'opt.validate-format': 'output format: text, json, github, gitlab or junit',
  'opt.strict': 'let warnings give exit status 1 too',
  'opt.at': 'date to evaluate the register at (YYYY-MM-DD, default today)',
  'opt.no-cache': 'read every file again, without the cache',
};

/** A help text key. */
export type HelpKey = keyof typeof sv;

/** A help text in the given language. */
export function helpText(lang: Lang, key: HelpKey): string {
  return (lang === 'en' ? en : sv)[key];
}

/** Commander's own error messages, in the user's language (exit 2). */
export function translateCommanderError(lang: Lang, code: string, message: string): string {
  const text = message.replace(/^error: /, '');
  if (lang === 'en') return text;
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? '';
  const suggestion = /Did you mean (.*)\?/.exec(text)?.[1];
  const hint = suggestion ? ` Menade du ${suggestion.replace(/'/g, '')}?` : '';
  switch (code) {
    case 'commander.unknownOption':
      return `okänt alternativ ${quoted}.${hint} Se sak --help.`;
    case 'commander.unknownCommand':
      return `okänt kommando ${quoted}.${hint} Se sak --help.`;
    case 'commander.missingArgument':
      return `argument saknas: ${quoted}`;
    case 'commander.optionMissingArgument':
      return `alternativet ${quoted} behöver ett värde`;
    case 'commander.missingMandatoryOptionValue':
      return `alternativet ${quoted} måste anges`;
    case 'commander.excessArguments':
      return `för många argument. Se sak --help.`;
    case 'commander.invalidArgument':
      return `ogiltigt värde: ${text}`;
    default:
      return text;
  }
}
