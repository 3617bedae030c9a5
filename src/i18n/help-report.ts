import type { Lang } from './lang.js';

// Help of `sak report`, in its own catalogue so that it never collides with the
// catalogue of the other commands.

const sv = {
  report: 'skapa års- eller kvartalsrapporten om kommunal säkerhet (Markdown, HTML eller JSON)',
  'opt.help': 'visa hjälp',
  'opt.year': 'rapportera ett kalenderår, t.ex. 2026 (standard: året före i år)',
  'opt.quarter': 'rapportera ett kvartal, t.ex. 2026-Q4',
  'opt.from': 'periodens första dag (ÅÅÅÅ-MM-DD), tillsammans med --to',
  'opt.to': 'periodens sista dag (ÅÅÅÅ-MM-DD), tillsammans med --from',
  'opt.at': 'statusdag för förseningar och öppna åtgärder (standard: periodens sista dag, eller i dag om perioden inte är slut – då är rapporten preliminär)',
  'opt.audience': 'public (standard: inga fritexter, inget med informationsklass 2 eller högre) eller internal',
  'opt.format': 'md, html (utskrivbar A4-fil), json (rapportmodellen), docx (Word) eller pdf (kräver Chrome, Chromium eller Edge; SAK_BROWSER anger vilken); standard: det som filändelsen i --output anger, annars md',
  'opt.template': 'mallens namn (letas i registrets templates/) eller en mallfil (.hbs)',
  'opt.output': 'skriv rapporten till FIL (atomärt) i stället för standard ut; - är standard ut',
  'opt.no-cache': 'läs om alla filer utan cache',
  'report.before': `Exempel:
  sak report --year 2026 -o arsrapport-2026.md      årsrapporten till kommunfullmäktige
  sak report --quarter 2026-Q4 --format html -o q4.html
  sak report --year 2026 -o arsrapport-2026.docx
  sak report --year 2026 --audience internal         med fritexter och sekretessklassade poster
  sak report --from 2026-03-01 --to 2026-05-31 --at 2026-06-15
  sak report --year 2026 --format json | jq .summary
  sak report --year 2026 --template kort             registrets templates/kort.sv.md.hbs
`,
  'report.after': `
Perioden jämförs med lika lång period närmast före (året, kvartalet eller lika många dagar före).
Ett register kan ändra en mening i templates/phrases.sv.yaml, ett avsnitt i
templates/sections/<avsnitt>.md.hbs (eller .html.hbs) eller hela mallen med
templates/report.sv.md.hbs (eller .html.hbs); se docs/report-templates.md.
Offentlig rapport (standard): visar id, titlar, kodvärden, datum och siffror men inga fritexter
och ingen post med informationsklass 2 eller högre; sådana poster räknas ändå i alla siffror.

Slutstatus: 0 rapporten skapades, 1 registret har fel (inget skrivs), 2 felaktigt kommando,
3 registret, mallen eller filen kunde inte läsas eller skrivas (en befintlig fil lämnas orörd).`,
};

const en: Record<keyof typeof sv, string> = {
  report: 'make the annual or quarterly municipal security report (Markdown, HTML or JSON)',
  'opt.help': 'show help',
  'opt.year': 'report a calendar year, e.g. 2026 (default: the year before this one)',
  'opt.quarter': 'report a quarter, e.g. 2026-Q4',
  'opt.from': 'the first day of the period (YYYY-MM-DD), with --to',
  'opt.to': 'the last day of the period (YYYY-MM-DD), with --from',
  'opt.at': 'the status date for overdue items and open actions (default: the last day of the period, or today if the period has not ended – the report is then preliminary)',
  'opt.audience': 'public (default: no free text, nothing classified 2 or higher) or internal',
  'opt.format': 'md, html (a printable A4 file), json (the report model), docx (Word) or pdf (needs Chrome, Chromium or Edge; SAK_BROWSER names one); default: what the extension of --output names, else md',
  'opt.template': "a template's name (looked up in the register's templates/) or a template file (.hbs)",
  'opt.output': 'write the report to FILE (atomically) instead of standard output; - is standard output',
  'opt.no-cache': 'read every file again, without the cache',
  'report.before': `Examples:
  sak report --year 2026 -o annual-report-2026.md    the annual report to the council
  sak report --quarter 2026-Q4 --format html -o q4.html
  sak report --year 2026 --audience internal         with free text and classified records
  sak report --from 2026-03-01 --to 2026-05-31 --at 2026-06-15
  sak report --year 2026 --format json | jq .summary
  sak report --year 2026 --template short            the register's templates/short.en.md.hbs
`,
  'report.after': `
The period is compared with the period of equal length just before it (the year, the quarter or as many days).
A register can change a sentence in templates/phrases.en.yaml, a section in
templates/sections/<section>.md.hbs (or .html.hbs) or the whole template with
templates/report.en.md.hbs (or .html.hbs); see docs/report-templates.md.
Public report (default): shows ids, titles, coded values, dates and figures but no free text
and no record classified at level 2 or higher; such records still count in every figure.

Exit status: 0 the report was made, 1 the register has errors (nothing is written), 2 bad command
line, 3 the register, template or file could not be read or written (an existing file is left as it was).`,
};

/** A help text key of `sak report`. */
export type ReportHelpKey = keyof typeof sv;

/** A help text of `sak report` in the given language. */
export function reportHelp(lang: Lang, key: ReportHelpKey): string {
  return (lang === 'en' ? en : sv)[key];
}

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
