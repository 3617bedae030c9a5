// End-to-end tests of `sak import`: CSV files (fictitious data) into fresh registers made
// by `sak init`, with real git.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitCount, commitSubject, filesOfCommit, gitOk, makeTempDir, readText, sak, testRuns } from './helpers.js';

async function newRegister(name = 'register'): Promise<string> {
  const dir = makeTempDir();
  const run = await sak(dir, ['init', name, '--municipality', 'Provkommun (fiktiv)', '--ci', 'none']);
  expect(run.code).toBe(0);
  return path.join(dir, name);
}

function incidents(root: string): string[] {
  const dir = path.join(root, 'incidents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `incidents/${f.split(path.sep).join('/')}`)
    .sort();
}

function records(root: string, files: readonly string[]): Record<string, unknown>[] {
  return files.map((file) => parse(readText(root, file)) as Record<string, unknown>);
}

/** A CSV as Swedish Excel saves it: BOM, `;`, CRLF, Swedish labels and number formats. */
const EXCEL_CSV =
  '\uFEFFTitel;Datum;Enhet;Kategori;Allvarlighetsgrad;Kostnad (kr);Polisanmäld;KIA-typ;Beskrivning\r\n' +
  'Krossad ruta i entrén (fiktiv);2026-03-14;Kommunstyrelsen;Skadegörelse;Låg;12 000;ja;Tillbud;"Rutan krossad under natten; polisanmält.\r\nGlasmästare beställd."\r\n' +
  'Inbrott i förrådet (fiktivt);2026-04-02;kommunstyrelsen;inbrott;Medel;"1 500,50";nej;;\r\n' +
  ';;;;;;;;\r\n';

describe('sak import', () => {
  it('imports a Swedish Excel CSV (BOM, ;, CRLF, labels, "12 000", "1 500,50", ja/nej) in one commit', async () => {
    const root = await newRegister();
    writeFileSync(path.join(root, 'incidenter.csv'), EXCEL_CSV);
    const before = await commitCount(root);
    const run = await sak(root, ['import', 'incident', 'incidenter.csv']);
    expect(run.stderr).toContain('Läste in 2 poster');
    expect(run.code).toBe(0);
    const ids = run.stdout.trim().split('\n');
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^INC-20260314-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(ids[1]).toMatch(/^INC-20260402-/);
    const files = ids.map((id) => `incidents/2026/${id}.yaml`);
    expect(readText(root, files[0] as string).split('\n')[0]).toBe('# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json');
    expect(records(root, files)).toEqual([
      {
        id: ids[0],
        title: 'Krossad ruta i entrén (fiktiv)',
        date: '2026-03-14',
        // An old incident is not "reported today": reported takes the row's date.
        reported: '2026-03-14',
        unit: 'kommunstyrelsen',
        category: 'vandalism',
        severity: 'low',
        status: 'open',
        description: 'Rutan krossad under natten; polisanmält.\nGlasmästare beställd.',
        cost_sek: 12000,
        police_report: true,
        kia: { type: 'near_miss' },
        // Like reported, created takes the row's date: the import's defaults of "today" do.
        created: '2026-03-14',
        source: { file: 'incidenter.csv', key: expect.stringMatching(/^[0-9a-f]{16}$/), row: 2 },
      },
      { id: ids[1], title: 'Inbrott i förrådet (fiktivt)', date: '2026-04-02', reported: '2026-04-02', unit: 'kommunstyrelsen', category: 'burglary', severity: 'medium', status: 'open', cost_sek: 1500.5, police_report: false, created: '2026-04-02', source: { file: 'incidenter.csv', key: expect.stringMatching(/^[0-9a-f]{16}$/), row: 3 } },
    ]);
    expect(await commitCount(root)).toBe(before + 1);
    expect(await commitSubject(root)).toBe('sak: import 2 incident records from incidenter.csv');
    expect((await filesOfCommit(root)).sort()).toEqual([...files].sort());
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('a bad row: exit 1 naming row and column of each problem, nothing written, no commit', async () => {
    const root = await newRegister();
    const csv = 'title,date,unit,category,severity,cost_sek\nGod rad (fiktiv),2026-01-02,kommunstyrelsen,theft,low,"1,500.50"\nDålig rad (fiktiv),2026-02-30,kommunstyrelsn,vandalsm,low,-5\nPersonnummer 19121212-1212,2026-01-03,kommunstyrelsen,theft,low,\n';
    writeFileSync(path.join(root, 'lista.csv'), csv);
    const before = await commitCount(root);
    const run = await sak(root, ['import', 'incident', 'lista.csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rad 3, kolumn B (date): "2026-02-30"');
    expect(run.stderr).toContain('rad 3, kolumn C (unit):');
    expect(run.stderr).toContain('menade du "kommunstyrelsen"?');
    expect(run.stderr).toContain('rad 3, kolumn D (category): okänt värde "vandalsm"');
    expect(run.stderr).toContain('rad 3, kolumn F (cost_sek)');
    expect(run.stderr).toContain('rad 4, kolumn A (title):');
    expect(run.stderr).toContain('personnummer');
    expect(run.stderr).not.toContain('rad 2');
    expect(run.stdout).toBe('');
    expect(incidents(root)).toEqual([]);
    expect(await commitCount(root)).toBe(before);
    expect((await gitOk(root, ['status', '--porcelain', '--untracked-files=no'])).trim()).toBe('');
  });

  it('unknown columns are an error naming them and suggesting --map; --map maps or skips them', async () => {
    const root = await newRegister();
    writeFileSync(path.join(root, 'kia.csv'), 'Rubrik,Händelsedatum,Enhet,Kategori,Allvarlighetsgrad,Handläggare\nHalka vid entrén (fiktiv),2026-02-01,Kommunstyrelsen,Olycksfall,Låg,Anna\n');
    const unknown = await sak(root, ['import', 'incident', 'kia.csv']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('kolumn A "Rubrik"');
    expect(unknown.stderr).toContain('kolumn B "Händelsedatum"');
    expect(unknown.stderr).toContain('kolumn F "Handläggare"');
    expect(unknown.stderr).toContain('--map');
    expect(incidents(root)).toEqual([]);
    const badMap = await sak(root, ['import', 'incident', 'kia.csv', '--map', 'Rubrik=titl']);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toContain('menade du title?');
    const mapped = await sak(root, ['import', 'incident', 'kia.csv', '--map', 'Rubrik=title', '--map', 'händelsedatum=date', '--map', 'Handläggare=', '--format', 'json']);
    expect(mapped.code).toBe(0);
    const out = JSON.parse(mapped.stdout) as { id: string; path: string }[];
    expect(out).toHaveLength(1);
    expect(out[0]?.path).toBe(`incidents/2026/${out[0]?.id}.yaml`);
    expect(parse(readText(root, out[0]?.path as string))).toMatchObject({ title: 'Halka vid entrén (fiktiv)', date: '2026-02-01', category: 'accident' });
  });

  it('round trip: sak list incident --format csv, imported into another register, gives the same records but new ids', async () => {
    const source = await newRegister('source');
    const add = (args: string[]) => sak(source, ['add', 'incident', '--unit', 'kommunstyrelsen', '--no-input', ...args]);
    expect((await sak(source, ['add', 'site', '--title', 'Centralskolan (fiktiv)', '--owner', 'kommunstyrelsen', '--type', 'school'])).code).toBe(0);
    expect((await add(['--title', 'Klotter på fasaden, norra sidan', '--date', '2026-05-04', '--time', '07:30', '--site', 'SITE-centralskolan-fiktiv', '--category', 'vandalism', '--severity', 'low', '--cost-sek', '4800', '--location', 'Norra fasaden', '--tags', 'klotter', '--tags', 'fasad'])).code).toBe(0);
    expect((await add(['--title', 'Hot mot personal i receptionen', '--date', '2026-06-11', '--category', 'threat_violence', '--severity', 'high', '--injured', '0', '--police-report', '--kia-type', 'near_miss', '--kia-ref', 'KIA-2026-0042', '--description', 'En besökare hotade personalen; "väktare" tillkallades.', '--classification', '2'])).code).toBe(0);
    expect((await add(['--title', 'Vattenläcka i källaren', '--date', '2026-07-01', '--category', 'water_damage', '--severity', 'medium', '--cost-sek', '1250.75', '--status', 'closed', '--closed', '2026-07-03', '--no-police-report'])).code).toBe(0);
    const listed = await sak(source, ['list', 'incident', '--format', 'csv']);
    expect(listed.code).toBe(0);

    const target = await newRegister('target');
    expect((await sak(target, ['add', 'site', '--title', 'Centralskolan (fiktiv)', '--owner', 'kommunstyrelsen', '--type', 'school'])).code).toBe(0);
    writeFileSync(path.join(target, 'export.csv'), listed.stdout);
    const run = await sak(target, ['import', 'incident', 'export.csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('kolumn A "Id" hoppas över');
    const withoutId = (root: string) =>
      records(root, incidents(root))
        .map(({ id: _id, source: _source, ...rest }) => rest)
        .sort((a, b) => String(a.date).localeCompare(String(b.date)));
    expect(withoutId(target)).toEqual(withoutId(source));
    expect(withoutId(target)).toHaveLength(3);
    const newIds = run.stdout.trim().split('\n');
    expect(incidents(target).map((f) => path.basename(f, '.yaml')).sort()).toEqual([...newIds].sort());
  });

  it('--dry-run checks and prints the ids but writes nothing', async () => {
    const root = await newRegister();
    writeFileSync(path.join(root, 'lista.csv'), EXCEL_CSV);
    const run = await sak(root, ['import', 'incident', 'lista.csv', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(incidents(root)).toEqual([]);
  });

  it('units may name each other (parent) within the file; references by title resolve', async () => {
    const root = await newRegister();
    writeFileSync(path.join(root, 'org.csv'), 'Titel;Typ;Överordnad\nBarn- och utbildningsförvaltningen;Förvaltning;Kommunstyrelsen\nNorrskolan (fiktiv);Skolenhet/förskola;barn-och-utbildningsforvaltningen\n');
    const run = await sak(root, ['import', 'unit', 'org.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['barn-och-utbildningsforvaltningen', 'norrskolan-fiktiv']);
    expect(parse(readText(root, 'units/norrskolan-fiktiv.yaml'))).toMatchObject({ type: 'school', parent: 'barn-och-utbildningsforvaltningen' });
    expect(parse(readText(root, 'units/barn-och-utbildningsforvaltningen.yaml'))).toMatchObject({ type: 'department', parent: 'kommunstyrelsen' });
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('reads a file that is not UTF-8 as Windows-1252; refuses it with --encoding utf-8 (exit 1, naming the row) and an unreadable one (exit 3)', async () => {
    const root = await newRegister();
    writeFileSync(path.join(root, 'ansi.csv'), Buffer.concat([Buffer.from('Titel;Datum;Enhet;Kategori;Allvarlighetsgrad\nSkadeg'), Buffer.from([0xf6]), Buffer.from('relse (fiktiv);2026-01-01;kommunstyrelsen;Skadeg'), Buffer.from([0xf6]), Buffer.from('relse;L'), Buffer.from([0xe5]), Buffer.from('g\n')]));
    const detected = await sak(root, ['import', 'incident', 'ansi.csv', '--dry-run', '--format', 'json']);
    expect(detected.code, detected.stderr).toBe(0);
    expect(detected.stderr).toContain('lästes som Windows-1252');
    expect((JSON.parse(detected.stdout) as { record: Record<string, unknown> }[])[0]?.record).toMatchObject({ title: 'Skadegörelse (fiktiv)', category: 'vandalism', severity: 'low' });
    const ansi = await sak(root, ['import', 'incident', 'ansi.csv', '--encoding', 'utf-8']);
    expect(ansi.code).toBe(1);
    expect(ansi.stderr).toContain('rad 2');
    expect(ansi.stderr).toContain('CSV UTF-8');
    expect((await sak(root, ['import', 'incident', 'ansi.csv', '--encoding', 'ISO-8859-1', '--dry-run'])).code).toBe(0);
    expect((await sak(root, ['import', 'incident', 'ansi.csv', '--encoding', 'latin9'])).code).toBe(2);
    // UTF-8 first, then a byte that is not: a broken file, not a guess.
    writeFileSync(path.join(root, 'mixed.csv'), Buffer.concat([Buffer.from('Titel;Datum\nÅ;2026-01-01\nSkadeg'), Buffer.from([0xf6]), Buffer.from('relse;2026-01-01\n')]));
    expect((await sak(root, ['import', 'incident', 'mixed.csv'])).code).toBe(1);
    expect((await sak(root, ['import', 'incident', 'saknas.csv'])).code).toBe(3);
    expect((await sak(root, ['import', 'incident', 'saknas.csv'])).code).toBe(3);
    expect((await sak(root, ['import', 'incidnt', 'ansi.csv'])).stderr).toContain('Menade du incident?');
  });

  it('an Excel list: a title row above the header, own texts mapped, dates day first, status and closed from columns', async () => {
    const root = await newRegister();
    const csv = [
      'Incidentlista 2025 (fiktiv);;;;;;',
      ';;;;;;',
      'Titel;Datum;Enhet;Kategori;Allvarlighetsgrad;Status;Avslutad',
      'Larm i idrottshallen (fiktiv);5/3/2025;kommunstyrelsen;Onödigt larm;Låg;Avslutad;6/3/2025',
      'Vattenläcka (fiktiv);14/3/2025;kommunstyrelsen;Vattenskada;Medel;Öppen;',
    ].join('\r\n');
    writeFileSync(path.join(root, 'lista.csv'), Buffer.from(csv, 'latin1'));
    const ambiguous = await sak(root, ['import', 'incident', 'lista.csv', '--map-value', 'category:"Onödigt larm"=false_alarm']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('rad 4, kolumn B (Datum): "5/3/2025" kan vara både dag/månad och månad/dag');
    const run = await sak(root, ['import', 'incident', 'lista.csv', '--map-value', 'Kategori:"Onödigt larm"=false_alarm', '--date-format', 'D/M/YYYY', '--format', 'json', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    const records = (JSON.parse(run.stdout) as { record: Record<string, unknown> }[]).map((r) => r.record);
    expect(records[0]).toMatchObject({ date: '2025-03-05', reported: '2025-03-05', category: 'false_alarm', status: 'closed', closed: '2025-03-06' });
    expect(records[1]).toMatchObject({ date: '2025-03-14', reported: '2025-03-14', category: 'water_damage', status: 'open' });
    // --skip-rows says where the header is; a wrong one finds no header.
    expect((await sak(root, ['import', 'incident', 'lista.csv', '--skip-rows', '2', '--map-value', 'category:Onödigt larm=false_alarm', '--date-format', 'd/m/yyyy', '--dry-run'])).code).toBe(0);
    expect((await sak(root, ['import', 'incident', 'lista.csv', '--skip-rows', '1', '--dry-run'])).code).toBe(1);
    expect((await sak(root, ['import', 'incident', 'lista.csv', '--map-value', 'kategori=false_alarm'])).code).toBe(2);
  });

  it('can be repeated: the same file creates nothing, --update updates the changed row, --key finds rows by a column', async () => {
    const root = await newRegister();
    const rows = (cost: string) => ['Titel;Datum;Enhet;Kategori;Allvarlighetsgrad;Kostnad (kr)', 'Krossad ruta (fiktiv);2026-03-14;kommunstyrelsen;Skadegörelse;Låg;1 200', `Inbrott (fiktivt);2026-04-02;kommunstyrelsen;Inbrott;Medel;${cost}`].join('\r\n');
    writeFileSync(path.join(root, 'lista.csv'), rows('3 400'));
    const first = await sak(root, ['import', 'incident', 'lista.csv']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('lista.csv: 2 rader: 2 nya, 0 uppdaterade, 0 oförändrade, 0 avvisade.');
    const ids = first.stdout.trim().split('\n');
    expect(parse(readText(root, `incidents/2026/${ids[1]}.yaml`)).source).toEqual({ file: 'lista.csv', key: expect.stringMatching(/^[0-9a-f]{16}$/), row: 3 });
    const commits = await commitCount(root);
    const again = await sak(root, ['import', 'incident', 'lista.csv']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('2 rader: 0 nya, 0 uppdaterade, 2 oförändrade, 0 avvisade.');
    expect(await commitCount(root)).toBe(commits);
    // One row changed: without --update it is said and left; with it, one record is updated in one commit.
    writeFileSync(path.join(root, 'lista.csv'), rows('4 100'));
    const told = await sak(root, ['import', 'incident', 'lista.csv']);
    expect(told.stderr).toContain('Rad 3 skiljer sig');
    expect(await commitCount(root)).toBe(commits);
    const updated = await sak(root, ['import', 'incident', 'lista.csv', '--update']);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout.trim()).toBe(ids[1]);
    expect(updated.stderr).toContain('2 rader: 0 nya, 1 uppdaterad, 1 oförändrad, 0 avvisade.');
    expect(parse(readText(root, `incidents/2026/${ids[1]}.yaml`))).toMatchObject({ cost_sek: 4100, status: 'open' });
    expect(await commitCount(root)).toBe(commits + 1);
    expect(await commitSubject(root)).toBe('sak: import incident records from lista.csv: 0 created, 1 updated');
    expect(await filesOfCommit(root)).toEqual([`incidents/2026/${ids[1]}.yaml`]);
    // --key: a case number recognises a row whatever else changed; an empty or repeated key refuses the row.
    writeFileSync(path.join(root, 'kia.csv'), 'Ärendenr;Titel;Datum;Enhet;Kategori;Allvarlighetsgrad\nK-1;Fall i trappa (fiktivt);2026-05-02;kommunstyrelsen;Övrigt;Låg\n');
    expect((await sak(root, ['import', 'incident', 'kia.csv', '--key', 'ärendenr', '--map', 'Ärendenr='])).code).toBe(0);
    writeFileSync(path.join(root, 'kia.csv'), 'Ärendenr;Titel;Datum;Enhet;Kategori;Allvarlighetsgrad\nK-1;Fall i trappan (fiktivt);2026-05-02;kommunstyrelsen;Övrigt;Hög\nK-1;Annat (fiktivt);2026-05-03;kommunstyrelsen;Övrigt;Låg\n');
    const twice = await sak(root, ['import', 'incident', 'kia.csv', '--key', 'Ärendenr', '--map', 'Ärendenr=', '--update']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('nyckeln "K-1" finns redan på rad 2');
    expect((await sak(root, ['import', 'incident', 'kia.csv', '--key', 'Ärendenummer', '--map', 'Ärendenr='])).code).toBe(2);
  });

  // SAK_TEST_RUNS rows (1,000; 5,000 with `npm run test:slow`). No time limit is asserted:
  // a test's time says more about the machine's load than about sak.
  const ROWS = testRuns(1000, 5000);
  it(`imports ${ROWS} rows in one commit`, async () => {
    const root = await newRegister();
    const lines = ['title;date;unit;category;severity;cost_sek'];
    for (let i = 0; i < ROWS; i += 1) lines.push(`Händelse ${i} (fiktiv);2026-${String((i % 9) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')};kommunstyrelsen;Skadegörelse;Låg;${i} 000`);
    writeFileSync(path.join(root, 'stor.csv'), `${lines.join('\r\n')}\r\n`);
    const run = await sak(root, ['import', 'incident', 'stor.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(ROWS);
    expect(await commitSubject(root)).toBe(`sak: import ${ROWS} incident records from stor.csv`);
    expect(incidents(root)).toHaveLength(ROWS);
  }, 120_000);
});
