import { messageMaker } from './catalogue.js';
import type { MessageTable, Messages, ParamsOfTable } from './catalogue.js';
import { countForm, counted } from './plural.js';

const sv = {
  'register.not-found': (p: { path: string }) => `hittar inget register: varken ${p.path} eller någon mapp ovanför innehåller sak.yaml. Ange registret med --register MAPP eller skapa ett med sak init.`,
  'register.not-a-folder': (p: { path: string }) => `registret ${p.path} finns inte eller är ingen mapp`,
  'register.no-config': (p: { path: string }) => `${p.path} är inget register: sak.yaml saknas. Skapa ett med sak init.`,
  'read.failed': (p: { path: string; reason: string }) => `kan inte läsa ${p.path}: ${p.reason}`,
  'bug': () => 'Ett internt fel uppstod i sak. Registret har inte ändrats. Rapportera gärna felet med texten ovan.',
  // Ctrl-C during a write or a prompt; here, not with the records' messages, because every command's start loads this catalogue.
  'cancelled': () => 'avbrutet; inget skrevs',
  'git.no-identity': (p: { escape: string }) => `Git vet inte vem du är, och sak sparar varje ändring i Git i ditt namn. Inget har skrivits. Kör de här två kommandona en gång, med ditt eget namn och din e-postadress, och försök sedan igen:

  git config --global user.name "Förnamn Efternamn"
  git config --global user.email "fornamn.efternamn@kommun.se"

(Vill du skriva utan att spara i Git, använd ${p.escape}.)`,
  'git.no-identity.short': () => 'Git vet inte vem du är; kör git config --global user.name "Förnamn Efternamn" och git config --global user.email "fornamn.efternamn@kommun.se" och checka sedan in filen',
  'usage.bad-lang': (p: { value: string }) => `okänt språk "${p.value}"; välj sv eller en`,
  'usage.bad-format': (p: { value: string; allowed: string }) => `okänt format "${p.value}"; välj ${p.allowed}`,
  'usage.bad-date': (p: { value: string }) => `"${p.value}" är inget giltigt datum (ÅÅÅÅ-MM-DD)`,
  'usage.date-range': (p: { value: string }) => `${p.value} ligger utanför åren 1900–9999 som sak räknar med`,
  'usage.duration-range': (p: { value: string }) => `${p.value} är för lång: högst hundra år (P100Y, P1200M, P5200W eller P36500D)`,
  'usage.bad-duration': (p: { value: string }) => `"${p.value}" är ingen giltig period (ett antal dagar som 90, eller P90D, P6M, P1Y)`,
  'usage.bad-choice': (p: { value: string; option: string; allowed: string }) => `okänt värde "${p.value}" för ${p.option}; välj ${p.allowed}`,
  'usage.did-you-mean': (p: { suggestion: string }) => `Menade du ${p.suggestion}?`,
  'usage.bad-url': (p: { value: string }) => `"${p.value}" är ingen webbadress; ange en adress som börjar med https:// eller http://`,
  'problems.invalid-register': (p: { errors: number }) => `registret har ${p.errors} fel; rätta ${countForm(p.errors, ['det', 'dem'])} först (sak validate visar dem)`,
} satisfies MessageTable;

type CliMessageParams = ParamsOfTable<typeof sv>;

const en: Messages<CliMessageParams> = {
  'register.not-found': (p) => `no register found: neither ${p.path} nor any folder above it holds sak.yaml. Name the register with --register DIR or create one with sak init.`,
  'register.not-a-folder': (p) => `the register ${p.path} does not exist or is not a folder`,
  'register.no-config': (p) => `${p.path} is not a register: sak.yaml is missing. Create one with sak init.`,
  'read.failed': (p) => `cannot read ${p.path}: ${p.reason}`,
  'bug': () => 'An internal error occurred in sak. The register has not been changed. Please report the error with the text above.',
  'cancelled': () => 'cancelled; nothing was written',
  'git.no-identity': (p) => `Git does not know who you are, and sak records every change in Git in your name. Nothing was written. Run these two commands once, with your own name and e-mail address, then try again:

  git config --global user.name "First Last"
  git config --global user.email "first.last@municipality.se"

(To write without recording it in Git, use ${p.escape}.)`,
  'git.no-identity.short': () => 'Git does not know who you are; run git config --global user.name "First Last" and git config --global user.email "first.last@municipality.se", then commit the file',
  'usage.bad-lang': (p) => `unknown language "${p.value}"; choose sv or en`,
  'usage.bad-format': (p) => `unknown format "${p.value}"; choose ${p.allowed}`,
  'usage.bad-date': (p) => `"${p.value}" is not a valid date (YYYY-MM-DD)`,
  'usage.date-range': (p) => `${p.value} is outside the years 1900–9999 that sak works with`,
  'usage.duration-range': (p) => `${p.value} is too long: at most a hundred years (P100Y, P1200M, P5200W or P36500D)`,
  'usage.bad-duration': (p) => `"${p.value}" is not a valid duration (a number of days such as 90, or P90D, P6M, P1Y)`,
  'usage.bad-choice': (p) => `unknown value "${p.value}" for ${p.option}; choose ${p.allowed}`,
  'usage.did-you-mean': (p) => `Did you mean ${p.suggestion}?`,
  'usage.bad-url': (p) => `"${p.value}" is not a web address; give one that starts with https:// or http://`,
  'problems.invalid-register': (p) => `the register has ${counted('en', p.errors, 'error')}; fix ${countForm(p.errors, ['it', 'them'])} first (sak validate shows them)`,
};

/** Formats a command-line message in the given language. */
export const cliMessage = messageMaker<CliMessageParams>({ sv, en });

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
