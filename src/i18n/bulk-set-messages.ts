import { messageMaker } from './catalogue.js';
import type { MessageTable, Messages, ParamsOfTable } from './catalogue.js';
import { countForm } from './plural.js';

/** The messages of `sak set --where` (bulk changes), in both languages. */
const sv = {
  'usage.id-and-where': (p: { value: string }) => `ange antingen ett id eller --where, inte båda ("${p.value}" är ingen ändring FÄLT=VÄRDE)`,
  'usage.no-id': () => 'ange postens id, eller --where för att ändra flera poster, t.ex. sak set --where kind=incident,status=open status=closed',
  'usage.before-without-where': () => '--before väljer bland posterna som --where ger; ange --where kind=… också',
  'usage.dry-run-without-where': () => '--dry-run gäller ändringar med --where; för en post, se sak show <id>',
  'where.bad-pair': (p: { value: string }) => `--where "${p.value}": skriv FÄLT=VÄRDE, flera med komma emellan, t.ex. kind=incident,status=open`,
  'where.no-kind': () => '--where behöver kind=…, posttypen (fälten och deras värden beror på typen), t.ex. --where kind=incident,status=open',
  'where.two-kinds': (p: { first: string; second: string }) => `--where anger två posttyper (${p.first} och ${p.second}); en ändring gäller en typ i taget`,
  'where.unknown-field': (p: { kind: string; field: string; suggestion?: string }) => `--where: ${p.kind} har inget fält "${p.field}"${p.suggestion ? `; menade du ${p.suggestion}?` : ''}`,
  'where.bad-value': (p: { message: string }) => `--where ${p.message}`,
  'before.no-date': (p: { kind: string; kinds: string }) => `--before: ${p.kind} har inget datum att jämföra med (--before gäller ${p.kinds})`,
  'none': (p: { kind: string; where: string }) => `Ingen ${p.kind}-post matchar ${p.where}; inget ändrades.`,
  'unchanged': (p: { records: string; where: string }) => `${p.records} matchar ${p.where}, men alla är redan så; inget ändrades.`,
  'invalid': (p: { bad: number; records: string; files: string }) => `${p.bad} av ${p.records} skulle bli ${countForm(p.bad, ['ogiltig', 'ogiltiga'])}: ${p.files}. Inget ändrades.`,
  'not-a-record': (p: { file: string }) => `${p.file} kan inte läsas som en post (se ovan); rätta den eller ändra posterna en och en. Inget ändrades.`,
  'dry-run': (p: { records: string; kind: string; unchanged?: string }) => `Skulle ändra ${p.records} (${p.kind})${p.unchanged ? `, ${p.unchanged} redan så` : ''}; inget skrevs (--dry-run).`,
  'changed': (p: { records: string; kind: string; unchanged?: string }) => `Ändrade ${p.records} (${p.kind})${p.unchanged ? `, ${p.unchanged} redan så` : ''}.`,
  'committed': (p: { commit: string }) => `(en commit ${p.commit})`,
  'git.failed': (p: { detail: string }) => `commit misslyckades: ${p.detail}. Ändringarna är borttagna igen; inget ändrades.`,
  'git.missing': (p: { detail: string }) => `git hittades inte (${p.detail}); inget ändrades. Installera git eller använd --no-commit.`,
} satisfies MessageTable;

export type BulkSetMessageKey = keyof typeof sv;

type BulkSetMessageParams = ParamsOfTable<typeof sv>;

const en: Messages<BulkSetMessageParams> = {
  'usage.id-and-where': (p) => `give either an id or --where, not both ("${p.value}" is no change FIELD=VALUE)`,
  'usage.no-id': () => "give the record's id, or --where to change several records, e.g. sak set --where kind=incident,status=open status=closed",
  'usage.before-without-where': () => '--before chooses among the records --where gives; give --where kind=… too',
  'usage.dry-run-without-where': () => '--dry-run is for changes with --where; for one record, see sak show <id>',
  'where.bad-pair': (p) => `--where "${p.value}": write FIELD=VALUE, several separated by commas, e.g. kind=incident,status=open`,
  'where.no-kind': () => '--where needs kind=…, the kind of record (the fields and their values depend on it), e.g. --where kind=incident,status=open',
  'where.two-kinds': (p) => `--where names two kinds (${p.first} and ${p.second}); a change is for one kind at a time`,
  'where.unknown-field': (p) => `--where: ${p.kind} has no field "${p.field}"${p.suggestion ? `; did you mean ${p.suggestion}?` : ''}`,
  'where.bad-value': (p) => `--where ${p.message}`,
  'before.no-date': (p) => `--before: ${p.kind} has no date to compare (--before is for ${p.kinds})`,
  'none': (p) => `No ${p.kind} record matches ${p.where}; nothing changed.`,
  'unchanged': (p) => `${p.records} match ${p.where}, but all are so already; nothing changed.`,
  'invalid': (p) => `${p.bad} of ${p.records} would become invalid: ${p.files}. Nothing changed.`,
  'not-a-record': (p) => `${p.file} cannot be read as a record (see above); fix it or change the records one by one. Nothing changed.`,
  'dry-run': (p) => `Would change ${p.records} (${p.kind})${p.unchanged ? `, ${p.unchanged} so already` : ''}; nothing written (--dry-run).`,
  'changed': (p) => `Changed ${p.records} (${p.kind})${p.unchanged ? `, ${p.unchanged} so already` : ''}.`,
  'committed': (p) => `(one commit ${p.commit})`,
  'git.failed': (p) => `the commit failed: ${p.detail}. The changes are taken back; nothing changed.`,
  'git.missing': (p) => `git was not found (${p.detail}); nothing changed. Install git or use --no-commit.`,
};

/** A message of `sak set --where`. */
export const bulkSetMessage = messageMaker<BulkSetMessageParams>({ sv, en });

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
