import { fillPlaceholders } from './catalogue.js';
import type { Lang } from './lang.js';

const sv = {
  'opt.help': 'visa hjälp',
  add: 'skapa en ny post (frågar efter det som saknas i en terminal)',
  'add.before': `Exempel:
  sak add incident                                  frågar efter allt som behövs
  sak add incident --title "Inbrott i förrådet" --unit kommunstyrelsen \\
      --category burglary --severity medium --no-input
  sak add risk --title "Brand i skolkök" --owner kommunstyrelsen --area fire_safety
  sak add document --input dokument.yaml --dry-run  visa posten utan att skriva den
  sak add incident --help                           alla flaggor för en posttyp
`,
  'add.kind': 'skapa en ny post av typen',
  'add.kind.before': `Exempel:
  {examples}

Varje fält har en flagga; listor anges med upprepade flaggor (--tags a --tags b),
andra fält med --set FÄLT=VÄRDE (värdet läses som YAML) eller --input FIL|- (en YAML-mappning).
Saknade obligatoriska fält frågas efter i en terminal; med --no-input, eller när stdin eller
stdout inte är en terminal, avslutas sak med status 2 och namnger varje flagga som saknas.
Posten kontrolleras innan något skrivs (schema, hänvisningar, personnummer, informationsklass).
Id:t bildas av titeln (eller datum och slumptecken för incidenter och övningar).
I ett Git-arkiv blir posten en egen commit: sak: add <typ> <id>: <titel>.
Slutstatus: 0 klart, 1 posten skulle bli ogiltig (inget skrivs), 2 felaktigt kommando eller uppgifter saknas,
3 fel vid skrivning eller commit (filen finns kvar), 130 avbrutet.
`,
  'opt.set': 'sätt ett fält, även i djupet: FÄLT=VÄRDE (t.ex. kia.ref=123), kan upprepas',
  'opt.input': 'läs fälten från en YAML-fil (- för stdin)',
  'opt.no-input': 'fråga aldrig; saknade uppgifter ger slutstatus 2',
  'opt.no-commit': 'gör ingen commit',
  'opt.allow-future': 'tillåt ett datum efter i dag för något som har hänt (genomfört, avslutat, rapporterat, uppföljt, bedömt)',
  'opt.dry-run': 'visa posten som YAML utan att skriva något',
  'opt.write-format': 'utformat: text (id:t) eller json ({"id","path","record"})',
  'flag.required': '(obligatorisk)',
  'flag.default-today': '(standard: i dag)',
  'flag.default': '(standard: {value})',
  'flag.repeat': '(upprepa för flera)',
  'flag.not': 'inte: {label}',
  'flag.extra': 'eller egna värden i sak.yaml',
  'flag.generated': 'id (annars bildat av titeln)',
  'placeholder.date': 'ÅÅÅÅ-MM-DD',
  'placeholder.time': 'TT:MM',
  'placeholder.number': 'tal',
  'placeholder.value': 'värde',
  'placeholder.id': 'id',
  'placeholder.text': 'text',
  'placeholder.duration': 'period',
  set: 'ändra fält i en post: FÄLT=VÄRDE (tomt värde tar bort fältet)',
  'set.before': `Exempel:
  sak set INC-20261126-7QX2K status=investigating
  sak set SITE-centralskolan fire_protection.status=adequate fire_protection.assessed=2026-11-26
  sak set ACT-ny-krisplan due=2027-06-30 goal=          (goal tas bort)
  sak set RSK-brand-i-skolkok causes='[Fettbrand, Eftersatt underhåll]'

Flera poster på en gång (--where, ingen id):
  sak set --where kind=incident,status=open --before 2026-01-01 status=closed closed=2025-12-31 --dry-run
  sak set --where kind=incident,status=Öppen --before 2026-01-01 status=closed closed=2025-12-31
  sak set --where kind=action,owner=BUF,status=planned due=2027-06-30
`,
  'set.after': `
Värdet läses som fältets typ (severity=Hög, cost_sek="3 400", ja/nej), annars som YAML: [a, b] en lista.
Bara de ändrade raderna skrivs om; kommentarer och ordning finns kvar. Posten kontrolleras först:
blir den ogiltig ändras ingenting (slutstatus 1). Okänt id ger slutstatus 2.
I ett Git-arkiv blir ändringen en egen commit: sak: set <typ> <id>: <titel>.

--where FÄLT=VÄRDE,… väljer posterna: kind= (posttypen) krävs, övriga fält jämförs med samma
tolkning som vid ändringar (kod eller benämning på svenska eller engelska, enhet som id, kortnamn
eller namn); ett tomt värde betyder att fältet saknas; en lista matchar om något element är värdet.
--where kan ges flera gånger; alla villkor ska gälla. --before DATUM tar bara poster vars datum
ligger före DATUM (andra posttyper har inget datum):
  {dates}.
Alla ändrade poster kontrolleras innan något skrivs; blir någon ogiltig ändras ingen (slutstatus 1,
filen och fältet anges). Sedan skrivs alla och checkas in i en enda commit:
sak: set <antal> <typ> records: <ändringar>. Ctrl-C tar tillbaka allt (slutstatus 130).
--dry-run visar per post vad som skulle ändras och skriver inget.`,
  'set.usage': '[flaggor] <id> FÄLT=VÄRDE...  |  --where kind=TYP[,FÄLT=VÄRDE...] [--before DATUM] [--dry-run] FÄLT=VÄRDE...',
  'opt.where': 'ändra alla poster som matchar: kind=TYP och fler FÄLT=VÄRDE med komma emellan (kan upprepas)',
  'opt.before': 'med --where: bara poster vars datum ligger före DATUM (ÅÅÅÅ-MM-DD)',
  'opt.set-dry-run': 'med --where: visa vad som skulle ändras i varje post, skriv inget',
  'placeholder.where': 'FÄLT=VÄRDE,…',
  'arg.id': 'postens id',
  'arg.assignments': 'ändringar FÄLT=VÄRDE',
  close: 'avsluta en post: incident stängd, åtgärd genomförd, risk avslutad, kontroll avvecklad',
  'close.before': `Exempel:
  sak close INC-20261126-7QX2K                      stängd i dag
  sak close INC-20261126-7QX2K --date 2026-11-30 --note "Låset bytt."
  sak close ACT-ny-krisplan                         status done och done: i dag
  sak close CTL-internkontroll-civilt-forsvar       status retired
`,
  'close.after': `
Incident: status closed och closed: DATUM. Åtgärd: status done och done: DATUM. Risk: status closed.
Internkontroll: status retired. Enhet: status inactive. --note läggs till i anteckningarna (notes).
Slutstatus: 0 klart, 1 ogiltigt resultat (inget ändrat), 2 okänt id, 3 fel vid skrivning eller commit.`,
  'opt.close-date': 'datum för avslutet (standard i dag)',
  'opt.close-note': 'anteckning som läggs till i notes',
  review: 'registrera en uppföljning: styrdokument, riskbedömning, genomförd kontroll, framsteg, skyddsbedömning',
  'review.before': `Exempel:
  sak review DOC-brandskyddspolicy --outcome confirmed --body kommunstyrelsen --paragraph "§ 12" --dnr "KS 2026/45"
  sak review RSK-brand-i-skolkok --likelihood 3 --consequence 4 --by Säkerhetssamordnaren
  sak review CTL-internkontroll-brand-och-olyckor --result deviations \\
      --finding "high:Nödutgången var blockerad" --finding "low:Skylt saknas"
  sak review ACT-ny-krisplan --percent 50 --note "Utkast skickat"
  sak review SITE-centralskolan --fire adequate --intrusion deficient
  sak review INC-20261126-7QX2K --reported-to work_environment_authority --date 2026-11-26
`,
  'review.after': `
Styrdokument: en post i reviews (--outcome krävs). Risk: en post i assessments (--likelihood och
--consequence krävs). Internkontroll: en post i performed (--result krävs, --finding ALLVARLIGHET:TEXT
kan upprepas). Åtgärd: en post i progress. Fastighet/lokal: status och assessed för brandskydd (--fire)
och/eller inbrottsskydd (--intrusion). Incident: en anmälan i reported_to (--reported-to krävs, --stage
för csirt). Ett styrdokuments next_review tas bort av uppföljningen om inte --next anger ett nytt.
Datum med --date, annars i dag.
Saknade obligatoriska värden frågas efter i en terminal, annars slutstatus 2.`,
  'opt.review-date': 'datum för uppföljningen (standard i dag)',
  'opt.outcome': 'styrdokument: utfall (confirmed, revised, readopted)',
  'opt.by': 'vem som gjorde uppföljningen (fritext)',
  'opt.body': 'styrdokument: beslutande organ (enhetens id)',
  'opt.paragraph': 'styrdokument: paragraf, t.ex. "§ 12"',
  'opt.dnr': 'styrdokument: diarienummer',
  'opt.note': 'anteckning',
  'opt.next': 'styrdokument: datum för nästa uppföljning som beslutades nu (annars tas ett tidigare next_review bort)',
  'opt.reported-to': 'incident: myndighet som anmälan gjordes till (work_environment_authority, imy, csirt, …)',
  'opt.stage': 'incident: vilken rapport till csirt (early_warning, notification, final_report)',
  'opt.likelihood': 'risk: sannolikhet 1–N (riskmatrisen i sak.yaml, standard 1–5)',
  'opt.consequence': 'risk: konsekvens 1–M (riskmatrisen i sak.yaml, standard 1–5)',
  'opt.result': 'internkontroll: resultat (ok, deviations, not_performed)',
  'opt.finding': 'internkontroll: avvikelse ALLVARLIGHET:TEXT (low, medium, high, serious), kan upprepas',
  'opt.percent': 'åtgärd: procent klart 0–100',
  'opt.fire': 'fastighet/lokal: brandskydd (adequate, deficient, unknown)',
  'opt.intrusion': 'fastighet/lokal: skydd mot inbrott och skadegörelse (adequate, deficient, unknown)',
  'opt.review-no-input': 'fråga aldrig; saknade värden ger slutstatus 2',
  edit: 'redigera en post i $VISUAL/$EDITOR; sparas bara om den är giltig',
  'edit.before': `Exempel:
  sak edit INC-20261126-7QX2K
  EDITOR="code --wait" sak edit DOC-brandskyddspolicy
`,
  'edit.after': `
En kopia öppnas i redigeraren ($VISUAL, annars $EDITOR, annars vi). När du sparat och stängt
kontrolleras kopian; har den fel visas de och du väljer att redigera igen eller avbryta.
Posten ändras bara när en giltig kopia godtas. Kräver en terminal (annars slutstatus 2).`,
  list: 'lista poster: id, titel och typens viktigaste fält, sorterade på id',
  'list.before': `Exempel:
  sak list                                          alla poster
  sak list incident --year 2026 --status open
  sak list risk --unit kommunstyrelsen --area fire_safety
  sak list document --format csv > styrdokument.csv (öppnas i kolumner i Excel)
  sak list incident -o incidenter.xlsx              arbetsbok för Excel
  sak list incident --format csv --codes            koder (high) i stället för etiketter (Hög)
  sak list action --format json
`,
  'list.after': `
Posterna sorteras på id (teckenkod för teckenkod). --status, --area kan anges som värde eller etikett
("open" eller "Öppen"). --unit: poster där enheten är ansvarig eller berörd. --year: incidenter och
övningar efter datum, åtgärder efter due, styrdokument efter antagandedatum, krav efter in_force,
kontroller efter start.
csv: RFC 4180, UTF-8 med BOM (Excel läser å, ä, ö rätt), CRLF, en rubrikrad. På svenska skiljs
fälten med semikolon, decimaltal har komma och rubriker och värden är etiketter (Allvarlighetsgrad,
Hög, ja), som svenskt Excel läser dem; på engelska komma och punkt. Datum skrivs ÅÅÅÅ-MM-DD.
sak import läser tillbaka filen, med etiketter eller koder.
xlsx: en arbetsbok med fet, låst rubrikrad, kolumnbredder efter innehållet, tal som tal och datum
som datum; -o FIL.xlsx väljer formatet. Skrivs inte till en terminal.`,
  'arg.kind': 'posttyp: {kinds}',
  'opt.status': 'bara poster med denna status',
  'opt.unit': 'bara poster som gäller denna enhet (id)',
  'opt.area': 'bara poster inom detta säkerhetsområde',
  'opt.year': 'bara poster från detta år (ÅÅÅÅ)',
  'opt.list-format': 'utformat: table, json, csv eller xlsx (standard: table, eller efter filändelsen i -o)',
  'opt.list-output': 'skriv till filen (ersätts helt eller inte alls) i stället för till standard ut',
  'opt.csv-separator': 'fältavskiljare i csv: ";" (standard på svenska) eller "," (standard på engelska)',
  'opt.codes': 'koder som de lagras (high, severity) i stället för etiketter (Hög, Allvarlighetsgrad) i csv och xlsx',
  'opt.no-cache': 'läs om alla filer utan cache',
  show: 'visa en post med etiketter, beräknad status och hänvisningar',
  'show.before': `Exempel:
  sak show RSK-brand-i-skolkok                      riskvärde och nivå, tidsfrister
  sak show DOC-brandskyddspolicy --at 2026-11-26
  sak show INC-20261126-7QX2K --format json
  sak show INC-20261126-7QX2K --format yaml         filen som den är
`,
  'opt.show-format': 'utformat: text, json eller yaml',
  'opt.audience': 'internal (standard: allt) eller public (som en offentlig rapport: inga fritexter, inget med informationsklass 2 eller högre)',
  'opt.at': 'datum att bedöma status per (ÅÅÅÅ-MM-DD, standard i dag)',
  log: 'visa en posts historik i Git: datum, författare och ändring, nyast först',
  'log.before': `Exempel:
  sak log INC-20261126-7QX2K
  sak log DOC-brandskyddspolicy --format json
`,
  'opt.log-format': 'utformat: text eller json',
};

/** A help text key of the record commands. */
export type RecordHelpKey = keyof typeof sv;

const en: Record<RecordHelpKey, string> = {
  'opt.help': 'show help',
  add: 'create a new record (asks for what is missing on a terminal)',
  'add.before': `Examples:
  sak add incident                                  asks for everything needed
  sak add incident --title "Burglary in the store room" --unit kommunstyrelsen \\
      --category burglary --severity medium --no-input
  sak add risk --title "Fire in a school kitchen" --owner kommunstyrelsen --area fire_safety
  sak add document --input document.yaml --dry-run  show the record without writing it
  sak add incident --help                           every flag of a kind
`,
  'add.kind': 'create a new record of the kind',
  'add.kind.before': `Examples:
  {examples}

Every field has a flag; lists take repeated flags (--tags a --tags b), other fields
--set FIELD=VALUE (the value is read as YAML) or --input FILE|- (a YAML mapping).
Missing required fields are asked for on a terminal; with --no-input, or when stdin or
stdout is not a terminal, sak exits with status 2 naming every missing flag.
The record is checked before anything is written (schema, references, personal numbers, classification).
The id is made from the title (or the date and random characters for incidents and exercises).
In a Git repository the record becomes a commit of its own: sak: add <kind> <id>: <title>.
Exit status: 0 done, 1 the record would be invalid (nothing written), 2 bad command line or missing values,
3 write or commit failure (the file stays), 130 cancelled.
`,
  'opt.set': 'set a field, also nested: FIELD=VALUE (e.g. kia.ref=123), repeatable',
  'opt.input': 'read the fields from a YAML file (- for stdin)',
  'opt.no-input': 'never ask; missing values give exit status 2',
  'opt.no-commit': 'make no commit',
  'opt.allow-future': 'allow a date after today for something that has happened (done, closed, reported, followed up, assessed)',
  'opt.dry-run': 'show the record as YAML without writing anything',
  'opt.write-format': 'output format: text (the id) or json ({"id","path","record"})',
  'flag.required': '(required)',
  'flag.default-today': '(default: today)',
  'flag.default': '(default: {value})',
  'flag.repeat': '(repeat for several)',
  'flag.not': 'not: {label}',
  'flag.extra': 'or own values in sak.yaml',
  'flag.generated': 'id (else made from the title)',
  'placeholder.date': 'YYYY-MM-DD',
  'placeholder.time': 'HH:MM',
  'placeholder.number': 'n',
  'placeholder.value': 'value',
  'placeholder.id': 'id',
  'placeholder.text': 'text',
  'placeholder.duration': 'duration',
  set: 'change fields of a record: FIELD=VALUE (an empty value removes the field)',
  'set.before': `Examples:
  sak set INC-20261126-7QX2K status=investigating
  sak set SITE-centralskolan fire_protection.status=adequate fire_protection.assessed=2026-11-26
  sak set ACT-ny-krisplan due=2027-06-30 goal=          (goal is removed)
  sak set RSK-brand-i-skolkok causes='[Grease fire, Poor maintenance]'

Several records at once (--where, no id):
  sak set --where kind=incident,status=open --before 2026-01-01 status=closed closed=2025-12-31 --dry-run
  sak set --where kind=incident,status=Open --before 2026-01-01 status=closed closed=2025-12-31
  sak set --where kind=action,owner=BUF,status=planned due=2027-06-30
`,
  'set.after': `
The value is read as the field's type (severity=High, cost_sek="3 400", yes/no), else as YAML: [a, b] a list.
Only the changed lines are written; comments and order stay. The record is checked first:
if it would become invalid nothing changes (exit status 1). An unknown id is exit status 2.
In a Git repository the change becomes a commit of its own: sak: set <kind> <id>: <title>.

--where FIELD=VALUE,… chooses the records: kind= (the kind of record) is required, other fields
are compared as changes read them (the code or its label in Swedish or English, a unit by id,
short name or title); an empty value means the field is missing; a list matches when one of its
items is the value. --where may be repeated; every condition must hold. --before DATE takes only
records whose date is before DATE (other kinds have no date):
  {dates}.
Every changed record is checked before anything is written; if any would become invalid none
changes (exit status 1, naming the file and field). Then all are written and committed in one
commit: sak: set <count> <kind> records: <changes>. Ctrl-C takes it all back (exit status 130).
--dry-run shows per record what would change and writes nothing.`,
  'set.usage': '[options] <id> FIELD=VALUE...  |  --where kind=KIND[,FIELD=VALUE...] [--before DATE] [--dry-run] FIELD=VALUE...',
  'opt.where': 'change every record that matches: kind=KIND and more FIELD=VALUE separated by commas (repeatable)',
  'opt.before': 'with --where: only records whose date is before DATE (YYYY-MM-DD)',
  'opt.set-dry-run': 'with --where: show what would change in each record, write nothing',
  'placeholder.where': 'FIELD=VALUE,…',
  'arg.id': 'the id of the record',
  'arg.assignments': 'changes FIELD=VALUE',
  close: 'close a record: incident closed, action done, risk closed, control retired',
  'close.before': `Examples:
  sak close INC-20261126-7QX2K                      closed today
  sak close INC-20261126-7QX2K --date 2026-11-30 --note "Lock replaced."
  sak close ACT-ny-krisplan                         status done and done: today
  sak close CTL-internkontroll-civilt-forsvar       status retired
`,
  'close.after': `
Incident: status closed and closed: DATE. Action: status done and done: DATE. Risk: status closed.
Control: status retired. Unit: status inactive. --note is added to the notes.
Exit status: 0 done, 1 invalid result (nothing changed), 2 unknown id, 3 write or commit failure.`,
  'opt.close-date': 'date of closing (default today)',
  'opt.close-note': 'note added to notes',
  review: 'record a follow-up: document review, risk assessment, performed control, progress, protection assessment',
  'review.before': `Examples:
  sak review DOC-brandskyddspolicy --outcome confirmed --body kommunstyrelsen --paragraph "§ 12" --dnr "KS 2026/45"
  sak review RSK-brand-i-skolkok --likelihood 3 --consequence 4 --by "Security coordinator"
  sak review CTL-internkontroll-brand-och-olyckor --result deviations \\
      --finding "high:The emergency exit was blocked" --finding "low:Sign missing"
  sak review ACT-ny-krisplan --percent 50 --note "Draft sent"
  sak review SITE-centralskolan --fire adequate --intrusion deficient
  sak review INC-20261126-7QX2K --reported-to work_environment_authority --date 2026-11-26
`,
  'review.after': `
Document: an entry in reviews (--outcome required). Risk: an entry in assessments (--likelihood and
--consequence required). Control: an entry in performed (--result required, --finding SEVERITY:TEXT
repeatable). Action: an entry in progress. Site: status and assessed of fire protection (--fire)
and/or intrusion protection (--intrusion). Incident: a report in reported_to (--reported-to required,
--stage for csirt). A document's next_review is removed by the follow-up unless --next gives a new one.
Date with --date, else today.
Missing required values are asked for on a terminal, else exit status 2.`,
  'opt.review-date': 'date of the follow-up (default today)',
  'opt.outcome': 'document: outcome (confirmed, revised, readopted)',
  'opt.by': 'who did the follow-up (free text)',
  'opt.body': 'document: decision body (a unit id)',
  'opt.paragraph': 'document: paragraph, e.g. "§ 12"',
  'opt.dnr': 'document: reference number (diarienummer)',
  'opt.note': 'note',
  'opt.next': 'document: the date of the next follow-up decided now (otherwise an earlier next_review is removed)',
  'opt.reported-to': 'incident: the authority the report was made to (work_environment_authority, imy, csirt, …)',
  'opt.stage': 'incident: which report to csirt (early_warning, notification, final_report)',
  'opt.likelihood': 'risk: likelihood 1–N (the risk matrix of sak.yaml, default 1–5)',
  'opt.consequence': 'risk: consequence 1–M (the risk matrix of sak.yaml, default 1–5)',
  'opt.result': 'control: result (ok, deviations, not_performed)',
  'opt.finding': 'control: finding SEVERITY:TEXT (low, medium, high, serious), repeatable',
  'opt.percent': 'action: percent done 0–100',
  'opt.fire': 'site: fire protection (adequate, deficient, unknown)',
  'opt.intrusion': 'site: intrusion protection (adequate, deficient, unknown)',
  'opt.review-no-input': 'never ask; missing values give exit status 2',
  edit: 'edit a record in $VISUAL/$EDITOR; saved only when valid',
  'edit.before': `Examples:
  sak edit INC-20261126-7QX2K
  EDITOR="code --wait" sak edit DOC-brandskyddspolicy
`,
  'edit.after': `
A copy opens in the editor ($VISUAL, else $EDITOR, else vi). When you have saved and closed it
the copy is checked; if it has errors they are shown and you choose to edit again or give up.
The record changes only when a valid copy is accepted. Needs a terminal (else exit status 2).`,
  list: 'list records: id, title and the key fields of the kind, sorted by id',
  'list.before': `Examples:
  sak list                                          every record
  sak list incident --year 2026 --status open
  sak list risk --unit kommunstyrelsen --area fire_safety
  sak list document --format csv > documents.csv    (opens in columns in Excel)
  sak list incident -o incidents.xlsx               a workbook for Excel
  sak list incident --format csv --codes            codes (high) rather than labels (High)
  sak list action --format json
`,
  'list.after': `
Records are sorted by id (code unit by code unit). --status and --area take a value or a label
("open" or "Open"). --unit: records the unit is responsible for or concerned by. --year: incidents
and exercises by date, actions by due, documents by adoption date, requirements by in_force,
controls by start.
csv: RFC 4180, UTF-8 with BOM (so Excel reads å, ä, ö right), CRLF, one header row. In English
fields are separated by commas with a decimal point; in Swedish by semicolons with a decimal
comma, as Swedish Excel reads them. Headers and values are labels (Severity, High, yes). Dates
are written YYYY-MM-DD. sak import reads the file back, with labels or codes.
xlsx: a workbook with a bold, frozen header row, column widths from the contents, numbers as
numbers and dates as dates; -o FILE.xlsx picks the format. Never written to a terminal.`,
  'arg.kind': 'kind: {kinds}',
  'opt.status': 'only records with this status',
  'opt.unit': 'only records concerning this unit (id)',
  'opt.area': 'only records in this area',
  'opt.year': 'only records of this year (YYYY)',
  'opt.list-format': 'output format: table, json, csv or xlsx (default: table, or by the extension of -o)',
  'opt.list-output': 'write to the file (replaced whole or not at all) rather than to standard output',
  'opt.csv-separator': 'field separator of csv: ";" (the default in Swedish) or "," (the default in English)',
  'opt.codes': 'codes as stored (high, severity) rather than labels (High, Severity) in csv and xlsx',
  'opt.no-cache': 'read every file again, without the cache',
  show: 'show a record with labels, computed status and references',
  'show.before': `Examples:
  sak show RSK-brand-i-skolkok                      risk score and level, deadlines
  sak show DOC-brandskyddspolicy --at 2026-11-26
  sak show INC-20261126-7QX2K --format json
  sak show INC-20261126-7QX2K --format yaml         the file as it is
`,
  'opt.show-format': 'output format: text, json or yaml',
  'opt.audience': 'internal (default: everything) or public (as a public report: no free text, nothing classified 2 or higher)',
  'opt.at': 'date to evaluate the status at (YYYY-MM-DD, default today)',
  log: "show a record's history in Git: date, author and change, newest first",
  'log.before': `Examples:
  sak log INC-20261126-7QX2K
  sak log DOC-brandskyddspolicy --format json
`,
  'opt.log-format': 'output format: text or json',
};

/** A help text of the record commands in a language; `{name}` placeholders are filled from params. */
export function recordHelp(lang: Lang, key: RecordHelpKey, params: Record<string, string> = {}): string {
  const text = (lang === 'en' ? en : sv)[key];
  return fillPlaceholders(text, (name) => params[name]);
}

/** The catalogue in each language, for the test that both have the same keys and parameters (tests/unit/i18n/catalogues.test.ts). */
export const CATALOGUE = { sv, en } as const;
