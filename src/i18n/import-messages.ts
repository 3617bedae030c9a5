import type { Lang } from './lang.js';
import { countForm, counted } from './plural.js';

// Messages of `sak import`, in Swedish and English.

type Params = Record<string, string | number | undefined>;

const sv = {
  'file.unreadable': (p: Params) => `kan inte läsa ${p.path}: ${p.reason}`,
  'progress.checking': (p: Params) => `Läste ${counted('sv', p.count, 'row')} ur ${p.path}; ${countForm(p.count, ['kontrollerar den', 'kontrollerar dem'])} …`,
  'progress.writing': (p: Params) => `${Number(p.count) === 1 ? 'Raden' : `Alla ${p.count} rader`} går att läsa in; ${countForm(p.count, ['skriver filen', 'skriver filerna'])} …`,
  'progress.committing': (p: Params) => `Skrev ${counted('sv', p.count, 'file')}; gör en commit …`,
  'file.too-large': (p: Params) => `${p.path} är större än ${p.limit} MB; inget lästes in. Dela filen, eller höj gränsen med --max-size (MB).`,
  'file.too-large.size': (p: Params) => `${p.path} är ${p.size} MB, mer än gränsen ${p.limit} MB; inget lästes in. Dela filen, eller höj gränsen med --max-size (MB).`,
  'file.too-many-rows': (p: Params) => `${p.path} har fler än ${counted('sv', p.limit, 'row')}; en import (en commit) tar högst ${p.limit}. Inget lästes in. Dela filen, eller höj gränsen med --max-rows.`,
  'file.not-regular': (p: Params) => `${p.path} är ingen vanlig fil (${p.kind === 'fifo' ? 'en FIFO' : p.kind === 'device' ? 'en enhet' : p.kind === 'folder' ? 'en mapp' : 'en socket'}); sak import läser bara filer. Spara först innehållet som en fil; inget lästes in.`,
  'limit.bad': (p: Params) => `${p.option} "${p.value}" är inget heltal större än 0`,
  'file.windows-1252': (p: Params) => `${p.path} är inte UTF-8 och lästes som Windows-1252 (Excels "CSV (semikolonavgränsad)"); ange --encoding utf-8 om det är fel.`,
  'map-value.bad': (p: Params) => `--map-value "${p.value}": skriv FÄLT:TEXT=VÄRDE, t.ex. --map-value category:"Onödigt larm"=false_alarm`,
  'summary': (p: Params) => `${p.path}: ${counted('sv', p.rows, 'row')}: ${counted('sv', p.created, 'created')}, ${counted('sv', p.updated, 'updated')}, ${counted('sv', p.unchanged, 'unchanged')}, ${counted('sv', p.refused, 'refused')}.`,
  'differ': (p: Params) =>
    Number(p.count) === 1
      ? `Rad ${p.rows} skiljer sig från posten den lästes in som; den ändrades inte (uppdatera den med --update).`
      : `Raderna ${p.rows} skiljer sig från posterna de lästes in som; de ändrades inte (uppdatera dem med --update).`,
  'key.unknown-column': (p: Params) => `--key: ingen kolumn heter "${p.column}"${p.suggestion ? `; menade du "${p.suggestion}"?` : ''}. Kolumnerna: ${p.columns}`,
  'key.empty': () => 'nyckelkolumnen (--key) är tom',
  'key.twice': (p: Params) => `nyckeln "${p.key}" finns redan på rad ${p.row}; --key måste vara unik`,
  'file.encoding': (p: Params) => `${p.path} är inte UTF-8 (rad ${p.row}). Spara filen från Excel som "CSV UTF-8 (kommaavgränsad)", eller ange kodningen med --encoding windows-1252, och försök igen; inget lästes in.`,
  'file.syntax': (p: Params) => `${p.path} rad ${p.row}: ${p.detail}; inget lästes in`,
  'file.no-header': (p: Params) => `${p.path} är tom: rad 1 ska ha kolumnernas rubriker`,
  'file.no-rows': (p: Params) => `${p.path} har inga rader under rubrikerna; inget att läsa in.`,
  'map.bad': (p: Params) => `"${p.value}" passar inte --map: skriv "KOLUMN=FÄLT", t.ex. --map "Kostnad (kr)=cost_sek"`,
  'map.unknown-field': (p: Params) => `--map "${p.value}": ${p.kind} har inget fält "${p.field}" som kan läsas in${p.suggestion ? `; menade du ${p.suggestion}?` : ''}. Fälten: ${p.fields}`,
  'map.unknown-column': (p: Params) => `--map "${p.value}": filen har ingen kolumn "${p.column}". Kolumnerna: ${p.columns}`,
  'column.unknown': (p: Params) => `kolumn ${p.letter} "${p.column}" motsvarar inget fält i ${p.kind}${p.suggestion ? ` (menade du ${p.suggestion}?)` : ''}`,
  'column.unknown.hint': (p: Params) => `Koppla kolumnen till ett fält med --map "KOLUMN=FÄLT" eller hoppa över den med --map "KOLUMN=". Fälten för ${p.kind}: ${p.fields}`,
  'column.unnamed': (p: Params) => `kolumn ${p.letter} har värden men ingen rubrik`,
  'column.twice': (p: Params) => `kolumnerna ${p.columns} anger samma fält ${p.field}`,
  'column.id-skipped': (p: Params) => `Obs: kolumn ${p.letter} "${p.column}" hoppas över; varje rad får ett nytt id.`,
  'column.missing-required': (p: Params) => `ingen kolumn anger det obligatoriska fältet ${p.field} (${p.label}); lägg till en kolumn eller koppla en med --map "KOLUMN=${p.field}"`,
  'row.too-many-cells': (p: Params) => `raden har ${p.cells} celler men rubrikraden ${p.columns}`,
  'row.missing': (p: Params) => `${p.label} (${p.field}) saknas`,
  'where.cell': (p: Params) => `rad ${p.row}, kolumn ${p.letter} (${p.column})`,
  'where.row': (p: Params) => `rad ${p.row}`,
  'where.file': () => 'filen',
  'warning': () => 'varning',
  'failed': (p: Params) => `${p.errors} fel i ${p.rows} av ${counted('sv', p.total, 'row')} i ${p.path}; inget lästes in`,
  'failed.columns': (p: Params) => `kolumnerna i ${p.path} går inte att läsa in; inget lästes in`,
  'imported': (p: Params) => `Läste in ${counted('sv', p.count, 'record')} (${p.kind}) från ${p.path}.`,
  'dry-run': (p: Params) => `Provkörning: ${counted('sv', p.count, 'record')} (${p.kind}) från ${p.path} skulle läsas in; inget skrevs.`,
  'committed': (p: Params) => `(commit ${p.commit})`,
  'git.failed': (p: Params) => `${counted('sv', p.count, 'record')} ${countForm(p.count, ['är sparad', 'är sparade'])}, men commit misslyckades: ${p.detail}`,
  'git.missing': (p: Params) => `${counted('sv', p.count, 'record')} ${countForm(p.count, ['är sparad', 'är sparade'])}, men ingen commit gjordes: git hittades inte (${p.detail}). Installera git eller använd --no-commit.`,
};

/** A message key of `sak import`. */
export type ImportMessageKey = keyof typeof sv;

const en: Record<ImportMessageKey, (p: Params) => string> = {
  'file.unreadable': (p) => `cannot read ${p.path}: ${p.reason}`,
  'progress.checking': (p) => `Read ${counted('en', p.count, 'row')} from ${p.path}; ${countForm(p.count, ['checking it', 'checking them'])} …`,
  'progress.writing': (p) => `${Number(p.count) === 1 ? 'The row' : `All ${p.count} rows`} can be imported; ${countForm(p.count, ['writing the file', 'writing the files'])} …`,
  'progress.committing': (p) => `Wrote ${counted('en', p.count, 'file')}; committing …`,
  'file.too-large': (p) => `${p.path} is larger than ${p.limit} MB; nothing was imported. Split the file, or raise the limit with --max-size (MB).`,
  'file.too-large.size': (p) => `${p.path} is ${p.size} MB, over the limit of ${p.limit} MB; nothing was imported. Split the file, or raise the limit with --max-size (MB).`,
  'file.too-many-rows': (p) => `${p.path} has more than ${counted('en', p.limit, 'row')}; one import (one commit) takes at most ${p.limit}. Nothing was imported. Split the file, or raise the limit with --max-rows.`,
  'file.not-regular': (p) => `${p.path} is not a regular file (${p.kind === 'fifo' ? 'a FIFO' : p.kind === 'device' ? 'a device' : p.kind === 'folder' ? 'a folder' : 'a socket'}); sak import reads files only. Save the content as a file first; nothing was imported.`,
  'limit.bad': (p) => `${p.option} "${p.value}" is not a whole number above 0`,
  'file.windows-1252': (p) => `${p.path} is not UTF-8 and was read as Windows-1252 (Excel's "CSV (Comma delimited)"); give --encoding utf-8 if that is wrong.`,
  'map-value.bad': (p) => `--map-value "${p.value}": write FIELD:TEXT=VALUE, e.g. --map-value category:"False alarm"=false_alarm`,
  'summary': (p) => `${p.path}: ${counted('en', p.rows, 'row')}: ${p.created} created, ${p.updated} updated, ${p.unchanged} unchanged, ${p.refused} refused.`,
  'differ': (p) =>
    Number(p.count) === 1
      ? `Row ${p.rows} differs from the record it was imported as; it was not changed (update it with --update).`
      : `Rows ${p.rows} differ from the records they were imported as; these were not changed (update them with --update).`,
  'key.unknown-column': (p) => `--key: no column is named "${p.column}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}. The columns: ${p.columns}`,
  'key.empty': () => 'the key column (--key) is empty',
  'key.twice': (p) => `the key "${p.key}" is already on row ${p.row}; --key must be unique`,
  'file.encoding': (p) => `${p.path} is not UTF-8 (row ${p.row}). Save the file from Excel as "CSV UTF-8 (Comma delimited)", or give its encoding with --encoding windows-1252, and try again; nothing was imported.`,
  'file.syntax': (p) => `${p.path} row ${p.row}: ${p.detail}; nothing was imported`,
  'file.no-header': (p) => `${p.path} is empty: row 1 must hold the column headers`,
  'file.no-rows': (p) => `${p.path} has no rows below the headers; nothing to import.`,
  'map.bad': (p) => `"${p.value}" does not fit --map: write "COLUMN=FIELD", e.g. --map "Cost=cost_sek"`,
  'map.unknown-field': (p) => `--map "${p.value}": ${p.kind} has no field "${p.field}" that can be imported${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}. The fields: ${p.fields}`,
  'map.unknown-column': (p) => `--map "${p.value}": the file has no column "${p.column}". The columns: ${p.columns}`,
  'column.unknown': (p) => `column ${p.letter} "${p.column}" matches no field of ${p.kind}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ''}`,
  'column.unknown.hint': (p) => `Map the column to a field with --map "COLUMN=FIELD" or skip it with --map "COLUMN=". The fields of ${p.kind}: ${p.fields}`,
  'column.unnamed': (p) => `column ${p.letter} has values but no header`,
  'column.twice': (p) => `the columns ${p.columns} give the same field ${p.field}`,
  'column.id-skipped': (p) => `Note: column ${p.letter} "${p.column}" is skipped; every row gets a new id.`,
  'column.missing-required': (p) => `no column gives the required field ${p.field} (${p.label}); add a column or map one with --map "COLUMN=${p.field}"`,
  'row.too-many-cells': (p) => `the row has ${p.cells} cells but the header row ${p.columns}`,
  'row.missing': (p) => `${p.label} (${p.field}) is missing`,
  'where.cell': (p) => `row ${p.row}, column ${p.letter} (${p.column})`,
  'where.row': (p) => `row ${p.row}`,
  'where.file': () => 'the file',
  'warning': () => 'warning',
  'failed': (p) => `${counted('en', p.errors, 'error')} in ${p.rows} of ${counted('en', p.total, 'row')} of ${p.path}; nothing was imported`,
  'failed.columns': (p) => `the columns of ${p.path} cannot be imported; nothing was imported`,
  'imported': (p) => `Imported ${counted('en', p.count, 'record')} (${p.kind}) from ${p.path}.`,
  'dry-run': (p) => `Dry run: ${counted('en', p.count, 'record')} (${p.kind}) from ${p.path} would be imported; nothing was written.`,
  'committed': (p) => `(commit ${p.commit})`,
  'git.failed': (p) => `${counted('en', p.count, 'record')} ${countForm(p.count, ['is saved', 'are saved'])}, but the commit failed: ${p.detail}`,
  'git.missing': (p) => `${counted('en', p.count, 'record')} ${countForm(p.count, ['is saved', 'are saved'])}, but no commit was made: git was not found (${p.detail}). Install git or use --no-commit.`,
};

/** A message of `sak import` in the given language. */
export function importMessage(lang: Lang, key: ImportMessageKey, params: Params = {}): string {
  return (lang === 'en' ? en : sv)[key](params);
}

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
