import { messageMaker } from './catalogue.js';
import type { MessageTable, Messages, ParamsOfTable } from './catalogue.js';

/** What every message names: the field or flag (none where the place is said otherwise, a CSV cell) and the text given. */
type Given = { field?: string; value: string };

/** `--flag: ` before a message, nothing where the place is said otherwise (a CSV cell). */
const at = (p: Given) => (p.field ? `${p.field}: ` : '');

/** Why a value could not be read (src/core/field-values.ts), in both languages. `field` is the field or flag, `value` the text given. */
const sv = {
  'number': (p: Given) => `${at(p)}"${p.value}" är inget tal (skriv t.ex. 3400, 3 400 eller 12 500,50)`,
  'number.ambiguous': (p: Given) => `${at(p)}"${p.value}" är tvetydigt (tolv och en halv eller tolvtusen femhundra?); skriv ${String(p.value).replace('.', ',')} för ett decimaltal eller ${String(p.value).replace('.', ' ')} för tusental`,
  'boolean': (p: Given) => `${at(p)}"${p.value}" är varken ja eller nej (ja, nej, yes, no, true, false)`,
  'enum': (p: Given & { suggestion?: string; allowed: string }) => `${at(p)}okänt värde "${p.value}"${p.suggestion ? `; menade du ${p.suggestion}?` : '.'} Tillåtna: ${p.allowed}`,
  'duration': (p: Given) => `${at(p)}"${p.value}" är ingen tidsrymd (skriv ett antal dagar, t.ex. 90, eller P90D, P6M, P1Y)`,
  'date': (p: Given) => `${at(p)}"${p.value}" är inget datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-05)`,
  'date.ambiguous': (p: Given) => `${at(p)}"${p.value}" kan vara både dag/månad och månad/dag; skriv ÅÅÅÅ-MM-DD eller ange --date-format D/M/YYYY eller M/D/YYYY`,
  'unit': (p: Given & { suggestion?: string }) => `${at(p)}okänd enhet "${p.value}"${p.suggestion ? `; menade du ${p.suggestion}?` : ''} (ange id, kortnamn eller exakt namn)`,
} satisfies MessageTable;

type ValueMessageParams = ParamsOfTable<typeof sv>;

/** A key of the value messages. */
export type ValueMessageKey = keyof typeof sv;

const en: Messages<ValueMessageParams> = {
  'number': (p) => `${at(p)}"${p.value}" is not a number (write e.g. 3400, 3 400 or 12 500,50)`,
  'number.ambiguous': (p) => `${at(p)}"${p.value}" is ambiguous (twelve and a half or twelve thousand five hundred?); write ${String(p.value).replace('.', ',')} for a decimal or ${String(p.value).replace('.', ' ')} for thousands`,
  'boolean': (p) => `${at(p)}"${p.value}" is neither yes nor no (ja, nej, yes, no, true, false)`,
  'enum': (p) => `${at(p)}unknown value "${p.value}"${p.suggestion ? `; did you mean ${p.suggestion}?` : '.'} Allowed: ${p.allowed}`,
  'duration': (p) => `${at(p)}"${p.value}" is not a duration (write a number of days, e.g. 90, or P90D, P6M, P1Y)`,
  'date': (p) => `${at(p)}"${p.value}" is not a date (write YYYY-MM-DD, e.g. 2026-03-05)`,
  'date.ambiguous': (p) => `${at(p)}"${p.value}" may be day/month or month/day; write YYYY-MM-DD or give --date-format D/M/YYYY or M/D/YYYY`,
  'unit': (p) => `${at(p)}unknown unit "${p.value}"${p.suggestion ? `; did you mean ${p.suggestion}?` : ''} (give the id, short name or exact title)`,
};

/** The message of a value that could not be read. */
export const valueMessage = messageMaker<ValueMessageParams>({ sv, en });

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
