import type { Lang } from './lang.js';

// Messages of `sak import`, in Swedish and English.

type Params = Record<string, string | number | undefined>;

const sv = {
  'file.unreadable': (p: Params) => `kan inte läsa ${p.path}: ${p.reason}`,
  'progress.checking': (p: Params) => `Läste ${p.count} rader ur ${p.path}; kontrollerar dem …`,
  'progress.writing': (p: Params) => `Alla ${p.count} rader går att läsa in; skriver filerna …`,
  'progress.committing': (p: Params) => `Skrev ${p.count} filer; gör en commit …`,
  'file.too-large': (p: Params) => `${p.path} är större än ${p.limit} MB; inget lästes in. Dela filen, eller höj gränsen med --max-size (MB).`,
  'file.too-large.size': (p: Params) => `${p.path} är ${p.size} MB, mer än gränsen ${p.limit} MB; inget lästes in. Dela filen, eller höj gränsen med --max-size (MB).`,
  'file.too-many-rows': (p: Params) => `${p.path} har fler än ${p.limit} rader; en import (en commit) tar högst ${p.limit}. Inget lästes in. Dela filen, eller höj gränsen med --max-rows.`,
  'file.not-regular': (p: Params) => `${p.path} är ingen vanlig fil (${p.kind === 'fifo' ? 'en FIFO' : p.kind === 'device' ? 'en enhet' : p.kind === 'folder' ? 'en mapp' : 'en socket'}); sak import läser bara filer. Spara först innehållet som en fil; inget lästes in.`,
  'limit.bad': (p: Params) => `${p.option} "${p.value}" är inget heltal större än 0`,
  'file.windows-1252': (p: Params) => `${p.path} är inte UTF-8 och lästes som Windows-1252 (Excels "CSV (semikolonavgränsad)"); ange --encoding utf-8 om det är fel.`,
  'map-value.bad': (p: Params) => `--map-value "${p.value}": skriv FÄLT:TEXT=VÄRDE, t.ex. --map-value category:"Onödigt larm"=false_alarm`,
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
  'failed': (p: Params) => `${p.errors} fel i ${p.rows} av ${p.total} rader i ${p.path}; inget lästes in`,
  'failed.columns': (p: Params) => `kolumnerna i ${p.path} går inte att läsa in; inget lästes in`,
  'imported': (p: Params) => `Läste in ${p.count} poster (${p.kind}) från ${p.path}.`,
  'dry-run': (p: Params) => `Provkörning: ${p.count} poster (${p.kind}) från ${p.path} skulle läsas in; inget skrevs.`,
  'committed': (p: Params) => `(commit ${p.commit})`,
  'git.failed': (p: Params) => `${p.count} poster är sparade, men commit misslyckades: ${p.detail}`,
  'git.missing': (p: Params) => `${p.count} poster är sparade, men ingen commit gjordes: git hittades inte (${p.detail}). Installera git eller använd --no-commit.`,
};

/** A message key of `sak import`. */
export type ImportMessageKey = keyof typeof sv;

const en: Record<ImportMessageKey, (p: Params) => string> = {
  'file.unreadable': (p) => `cannot read ${p.path}: ${p.reason}`,
  'progress.checking': (p) => `Read ${p.count} rows from ${p.path}; checking them …`,
  'progress.writing': (p) => `All ${p.count} rows can be imported; writing the files …`,
  'progress.committing': (p) => `Wrote ${p.count} files; committing …`,
  'file.too-large': (p) => `${p.path} is larger than ${p.limit} MB; nothing was imported. Split the file, or raise the limit with --max-size (MB).`,
  'file.too-large.size': (p) => `${p.path} is ${p.size} MB, over the limit of ${p.limit} MB; nothing was imported. Split the file, or raise the limit with --max-size (MB).`,
  'file.too-many-rows': (p) => `${p.path} has more than ${p.limit} rows; one import (one commit) takes at most ${p.limit}. Nothing was imported. Split the file, or raise the limit with --max-rows.`,
  'file.not-regular': (p) => `${p.path} is not a regular file (${p.kind === 'fifo' ? 'a FIFO' : p.kind === 'device' ? 'a device' : p.kind === 'folder' ? 'a folder' : 'a socket'}); sak import reads files only. Save the content as a file first; nothing was imported.`,
  'limit.bad': (p) => `${p.option} "${p.value}" is not a whole number above 0`,
  'file.windows-1252': (p) => `${p.path} is not UTF-8 and was read as Windows-1252 (Excel's "CSV (Comma delimited)"); give --encoding utf-8 if that is wrong.`,
  'map-value.bad': (p) => `--map-value "${p.value}": write FIELD:TEXT=VALUE, e.g. --map-value category:"False alarm"=false_alarm`,
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
  'failed': (p) => `${p.errors} errors in ${p.rows} of ${p.total} rows of ${p.path}; nothing was imported`,
  'failed.columns': (p) => `the columns of ${p.path} cannot be imported; nothing was imported`,
  'imported': (p) => `Imported ${p.count} records (${p.kind}) from ${p.path}.`,
  'dry-run': (p) => `Dry run: ${p.count} records (${p.kind}) from ${p.path} would be imported; nothing was written.`,
  'committed': (p) => `(commit ${p.commit})`,
  'git.failed': (p) => `${p.count} records are saved, but the commit failed: ${p.detail}`,
  'git.missing': (p) => `${p.count} records are saved, but no commit was made: git was not found (${p.detail}). Install git or use --no-commit.`,
};

/** A message of `sak import` in the given language. */
export function importMessage(lang: Lang, key: ImportMessageKey, params: Params = {}): string {
  return (lang === 'en' ? en : sv)[key](params);
}
