import { messageMaker } from './catalogue.js';
import type { MessageTable, Messages, ParamsOfTable } from './catalogue.js';
import { countForm, counted } from './plural.js';

// Messages of `sak import`, in Swedish and English.

const sv = {
  'file.unreadable': (p: { path: string; reason: string }) => `kan inte läsa ${p.path}: ${p.reason}`,
  'progress.checking': (p: { count: number; path: string }) => `Läste ${counted('sv', p.count, 'row')} ur ${p.path}; ${countForm(p.count, ['kontrollerar den', 'kontrollerar dem'])} …`,
  'progress.writing': (p: { count: number }) => `${Number(p.count) === 1 ? 'Raden' : `Alla ${p.count} rader`} går att läsa in; ${countForm(p.count, ['skriver filen', 'skriver filerna'])} …`,
  'progress.committing': (p: { count: number }) => `Skrev ${counted('sv', p.count, 'file')}; gör en commit …`,
  'file.too-large': (p: { path: string; limit: number }) => `${p.path} är större än ${p.limit} MB; inget lästes in. Dela filen, eller höj gränsen med --max-size (MB).`,
  'file.too-large.size': (p: { path: string; size: string; limit: number }) => `${p.path} är ${p.size} MB, mer än gränsen ${p.limit} MB; inget lästes in. Dela filen, eller höj gränsen med --max-size (MB).`,
  'file.too-many-rows': (p: { path: string; limit: number }) => `${p.path} har fler än ${counted('sv', p.limit, 'row')}; en import (en commit) tar högst ${p.limit}. Inget lästes in. Dela filen, eller höj gränsen med --max-rows.`,
  'file.not-regular': (p: { path: string; kind?: string }) => `${p.path} är ingen vanlig fil (${p.kind === 'fifo' ? 'en FIFO' : p.kind === 'device' ? 'en enhet' : p.kind === 'folder' ? 'en mapp' : 'en socket'}); sak import läser bara filer. Spara först innehållet som en fil; inget lästes in.`,
  'limit.bad': (p: { option: string; value: string }) => `${p.option} "${p.value}" är inget heltal större än 0`,
  'file.windows-1252': (p: { path: string }) => `${p.path} är inte UTF-8 och lästes som Windows-1252 (Excels "CSV (semikolonavgränsad)"); ange --encoding utf-8 om det är fel.`,
  'map-value.bad': (p: { value: string }) => `--map-value "${p.value}": skriv FÄLT:TEXT=VÄRDE, t.ex. --map-value category:"Onödigt larm"=false_alarm`,
  'summary': (p: { path: string; rows: number; created: number; updated: number; unchanged: number; refused: number }) => `${p.path}: ${counted('sv', p.rows, 'row')}: ${counted('sv', p.created, 'created')}, ${counted('sv', p.updated, 'updated')}, ${counted('sv', p.unchanged, 'unchanged')}, ${counted('sv', p.refused, 'refused')}.`,
  'differ': (p: { count: number; rows: string }) =>
    Number(p.count) === 1
      ? `Rad ${p.rows} skiljer sig från posten den lästes in som; den ändrades inte (uppdatera den med --update).`
      : `Raderna ${p.rows} skiljer sig från posterna de lästes in som; de ändrades inte (uppdatera dem med --update).`,
  'key.unknown-column': (p: { column: string; suggestion?: string; columns: string }) => `--key: ingen kolumn heter "${p.column}"${p.suggestion ? `; menade du "${p.suggestion}"?` : ''}. Kolumnerna: ${p.columns}`,
  'key.empty': () => 'nyckelkolumnen (--key) är tom',
  'key.twice': (p: { key: string; row: number }) => `nyckeln "${p.key}" finns redan på rad ${p.row}; --key måste vara unik`,
  'file.encoding': (p: { path: string; row: number }) => `${p.path} är inte UTF-8 (rad ${p.row}). Spara filen från Excel som "CSV UTF-8 (kommaavgränsad)", eller ange kodningen med --encoding windows-1252, och försök igen; inget lästes in.`,
  'file.syntax': (p: { path: string; row: number; detail: string }) => `${p.path} rad ${p.row}: ${p.detail}; inget lästes in`,
  'file.no-header': (p: { path: string }) => `${p.path} är tom: rad 1 ska ha kolumnernas rubriker`,
  'file.no-rows': (p: { path: string }) => `${p.path} har inga rader under rubrikerna; inget att läsa in.`,
  'map.bad': (p: { value: string }) => `"${p.value}" passar inte --map: skriv "KOLUMN=FÄLT", t.ex. --map "Kostnad (kr)=cost_sek"`,
  'map.unknown-field': (p: { value: string; kind: string; field: string; suggestion?: string; fields: string }) => `--map "${p.value}": ${p.kind} har inget fält "${p.field}" som kan läsas in${p.suggestion ? `; menade du ${p.suggestion}?` : ''}. Fälten: ${p.fields}`,
  'map.unknown-column': (p: { value: string; column: string; columns: string }) => `--map "${p.value}": filen har ingen kolumn "${p.column}". Kolumnerna: ${p.columns}`,
  'column.unknown': (p: { letter: string; column: string; kind: string; suggestion?: string }) => `kolumn ${p.letter} "${p.column}" motsvarar inget fält i ${p.kind}${p.suggestion ? ` (menade du ${p.suggestion}?)` : ''}`,
  'column.unknown.hint': (p: { kind: string; fields: string }) => `Koppla kolumnen till ett fält med --map "KOLUMN=FÄLT" eller hoppa över den med --map "KOLUMN=". Fälten för ${p.kind}: ${p.fields}`,
  'column.unnamed': (p: { letter: string }) => `kolumn ${p.letter} har värden men ingen rubrik`,
  'column.twice': (p: { columns: string; field: string }) => `kolumnerna ${p.columns} anger samma fält ${p.field}`,
  'column.id-skipped': (p: { letter: string; column: string }) => `Obs: kolumn ${p.letter} "${p.column}" hoppas över; varje rad får ett nytt id.`,
  'column.missing-required': (p: { field: string; label: string }) => `ingen kolumn anger det obligatoriska fältet ${p.field} (${p.label}); lägg till en kolumn eller koppla en med --map "KOLUMN=${p.field}"`,
  'row.too-many-cells': (p: { cells: number; columns: number }) => `raden har ${p.cells} celler men rubrikraden ${p.columns}`,
  'row.missing': (p: { label: string; field: string }) => `${p.label} (${p.field}) saknas`,
  'where.cell': (p: { row: number; letter: string; column: string }) => `rad ${p.row}, kolumn ${p.letter} (${p.column})`,
  'where.row': (p: { row: number }) => `rad ${p.row}`,
  'where.file': () => 'filen',
  'warning': () => 'varning',
  'failed': (p: { errors: number; rows: number; total: number; path: string }) => `${p.errors} fel i ${p.rows} av ${counted('sv', p.total, 'row')} i ${p.path}; inget lästes in`,
  'failed.columns': (p: { path: string }) => `kolumnerna i ${p.path} går inte att läsa in; inget lästes in`,
  'imported': (p: { count: number; kind: string; path: string }) => `Läste in ${counted('sv', p.count, 'record')} (${p.kind}) från ${p.path}.`,
  'dry-run': (p: { count: number; kind: string; path: string }) => `Provkörning: ${counted('sv', p.count, 'record')} (${p.kind}) från ${p.path} skulle läsas in; inget skrevs.`,
  'committed': (p: { commit: string }) => `(commit ${p.commit})`,
  'git.failed': (p: { count: number; detail: string }) => `${counted('sv', p.count, 'record')} ${countForm(p.count, ['är sparad', 'är sparade'])}, men commit misslyckades: ${p.detail}`,
  'git.missing': (p: { count: number; detail: string }) => `${counted('sv', p.count, 'record')} ${countForm(p.count, ['är sparad', 'är sparade'])}, men ingen commit gjordes: git hittades inte (${p.detail}). Installera git eller använd --no-commit.`,
} satisfies MessageTable;

/** A message key of `sak import`. */
export type ImportMessageKey = keyof typeof sv;

type ImportMessageParams = ParamsOfTable<typeof sv>;

const en: Messages<ImportMessageParams> = {
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
export const importMessage = messageMaker<ImportMessageParams>({ sv, en });

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
