// End-to-end tests of list, show and log on copies of the example register (with a few
// fictitious records added through sak itself).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY, gitOk, makeGitRegister, makeMinimalRegister, readText, sak, writeRecord } from './helpers.js';

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF rows), to read back what sak wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

let root: string;
let incident: string;

beforeAll(async () => {
  root = await makeGitRegister();
  const add = await sak(root, ['add', 'incident', '--title', 'Klotter, "tagg" på väggen (fiktiv)', '--unit', 'kommunledningsforvaltningen', '--category', 'vandalism', '--severity', 'low', '--date', '2026-10-01', '--no-input']);
  incident = add.stdout.trim();
  await sak(root, ['add', 'incident', '--title', 'Inbrott i förrådet 2025 (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'burglary', '--severity', 'high', '--date', '2025-05-05', '--no-input']);
  await sak(root, ['add', 'risk', '--title', 'Brand i skolkök (fiktiv)', '--owner', 'kommunstyrelsen', '--area', 'fire_safety', '--actions', 'ACT-fullgott-brandskydd-i-alla-fastigheter']);
  await sak(root, ['review', 'RSK-brand-i-skolkok-fiktiv', '--likelihood', '4', '--consequence', '4', '--date', '2026-01-15']);
  await sak(root, ['set', incident, 'risks=[RSK-brand-i-skolkok-fiktiv]']);
  await sak(root, ['close', incident, '--date', '2026-10-02']);
});

describe('sak list', () => {
  it('lists every record sorted by id, with kind and status', async () => {
    const run = await sak(root, ['list']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Id\s+Posttyp\s+Titel\s+Status$/);
    const ids = lines.slice(1).map((l) => l.split(/\s+/)[0] as string);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(ids).toContain('DOC-brandskyddspolicy');
    expect(run.stderr).toContain('sorterade på id');
  });

  it('a kind shows its key fields with Swedish labels; filters by status, unit, area and year', async () => {
    const incidents = await sak(root, ['list', 'incident']);
    expect(incidents.stdout.split('\n')[0]).toMatch(/^Id\s+Titel\s+Datum\s+Enhet\s+Kategori\s+Allvarlighetsgrad\s+Status$/);
    expect(incidents.stdout).toContain('Skadegörelse');
    expect(incidents.stdout).toContain('Avslutad');
    const open = await sak(root, ['list', 'incident', '--status', 'Öppen']);
    expect(open.stdout).toContain('Inbrott i förrådet 2025');
    expect(open.stdout).not.toContain(incident);
    const year = await sak(root, ['list', 'incident', '--year', '2026']);
    expect(year.stdout).toContain(incident);
    expect(year.stdout).not.toContain('2025 (fiktiv)');
    const unit = await sak(root, ['list', '--unit', 'kommunledningsforvaltningen', '--format', 'json']);
    const ids = (JSON.parse(unit.stdout) as { id: string }[]).map((r) => r.id);
    expect(ids).toContain(incident);
    expect(ids).not.toContain('DOC-brandskyddspolicy');
    const area = await sak(root, ['list', 'risk', '--area', 'Brandskydd']);
    expect(area.stdout).toContain('RSK-brand-i-skolkok-fiktiv');
    expect(area.stdout).toMatch(/RSK-brand-i-skolkok-fiktiv\s+Brand i skolkök \(fiktiv\)\s+kommunstyrelsen\s+Brandskydd\s+16 Kritisk\s+Aktiv/);
  });

  it('json: an array of records with id, kind, path and their fields', async () => {
    const run = await sak(root, ['list', 'incident', '--format', 'json']);
    const records = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(2);
    const first = records.find((r) => r.id === incident) as Record<string, unknown>;
    expect(Object.keys(first).slice(0, 4)).toEqual(['id', 'kind', 'path', 'title']);
    expect(first).toMatchObject({ kind: 'incident', path: `incidents/2026/${incident}.yaml`, status: 'closed', closed: '2026-10-02', risks: ['RSK-brand-i-skolkok-fiktiv'] });
  });

  it('csv: RFC 4180 with a header, UTF-8 with BOM, CRLF (codes, commas)', async () => {
    const run = await sak(root, ['list', 'incident', '--format', 'csv', '--codes', '--csv-separator', ',']);
    expect(run.stdout.startsWith('\uFEFFid,title,')).toBe(true);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    expect(run.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = parseCsv(run.stdout.slice(1));
    const header = rows[0] as string[];
    const row = rows.find((r) => r[0] === incident) as string[];
    expect(row[header.indexOf('title')]).toBe('Klotter, "tagg" på väggen (fiktiv)');
    expect(run.stdout).toContain('"Klotter, ""tagg"" på väggen (fiktiv)"');
    expect(row[header.indexOf('category')]).toBe('vandalism');
  });

  it('values outside an option\'s domain are exit 2', async () => {
    expect((await sak(root, ['list', 'incidents'])).code).toBe(2);
    expect((await sak(root, ['list', '--year', '26'])).code).toBe(2);
    expect((await sak(root, ['list', '--format', 'xml'])).code).toBe(2);
    expect((await sak(root, ['list', 'incident', '--status', 'öppna'])).code).toBe(2);
    const unit = await sak(root, ['list', '--unit', 'kommunstyrelse']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('kommunstyrelsen');
  });

  it('help says the sort order, in Swedish or English', async () => {
    expect((await sak(root, ['list', '--help'])).stdout).toContain('sorterade på id');
    expect((await sak(root, ['--lang', 'en', 'list', '--help'])).stdout).toContain('sorted by id');
  });
});

describe('sak show', () => {
  it('a risk: fields with labels, score and level, deadlines, references both ways', async () => {
    const run = await sak(root, ['show', 'RSK-brand-i-skolkok-fiktiv']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('RSK-brand-i-skolkok-fiktiv  Brand i skolkök (fiktiv)');
    expect(run.stdout).toContain('Ägare: kommunstyrelsen (Kommunstyrelsen)');
    expect(run.stdout).toContain('Säkerhetsområde: Brandskydd (fire_safety)');
    expect(run.stdout).toContain('Riskvärde 16 (Kritisk): sannolikhet 4 × konsekvens 4, bedömd 2026-01-15');
    expect(run.stdout).toMatch(/Förfaller snart 2027-01-15: .*riskbedömning/);
    expect(run.stdout).toContain('ACT-fullgott-brandskydd-i-alla-fastigheter – ');
    expect(run.stdout).toContain(`${incident} – Klotter, "tagg" på väggen (fiktiv) (Incident; Risker)`);
  });

  it('json has the record, status and references; yaml prints the file as it is', async () => {
    const json = JSON.parse((await sak(root, ['show', 'DOC-brandskyddspolicy', '--format', 'json', '--at', TODAY])).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['id', 'kind', 'path', 'record', 'status', 'references', 'referencedBy']);
    expect(json.references).toContainEqual({ field: '/owner', id: 'kommunstyrelsen', kind: 'unit', title: 'Kommunstyrelsen' });
    expect((json.referencedBy as { id: string }[]).map((r) => r.id)).toContain('CTL-internkontroll-brand-och-olyckor');
    const deadlines = (json.status as { deadlines: { rule: string; status: string }[] }).deadlines;
    expect(deadlines.map((d) => d.rule)).toContain('document-review');
    const yaml = await sak(root, ['show', 'DOC-brandskyddspolicy', '--format', 'yaml']);
    expect(yaml.stdout).toBe(readText(root, 'documents/DOC-brandskyddspolicy.yaml'));
  });

  it('an unknown id is exit 2 with a suggestion; a bad --at or --format is exit 2', async () => {
    const run = await sak(root, ['show', 'DOC-brandskydspolicy']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Menade du DOC-brandskyddspolicy?');
    expect((await sak(root, ['show', 'DOC-brandskyddspolicy', '--at', '2026-02-30'])).code).toBe(2);
    expect((await sak(root, ['show', 'DOC-brandskyddspolicy', '--format', 'html'])).code).toBe(2);
  });
});

describe('sak log', () => {
  it('lists the commits of a record newest first (text and json)', async () => {
    const json = JSON.parse((await sak(root, ['log', incident, '--format', 'json'])).stdout) as { subject: string; author: string; date: string }[];
    expect(json.map((c) => c.subject.split(':')[1]?.trim())).toEqual(['close incident ' + incident, 'set incident ' + incident, 'add incident ' + incident]);
    expect(json[0]?.author).toBe('Test Testsson');
    expect(json[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const text = await sak(root, ['log', incident]);
    expect(text.stdout.split('\n')[0]).toMatch(/^Datum\s+Författare\s+Ändring$/);
    expect(text.stdout.split('\n')[1]).toContain(`sak: close incident ${incident}`);
    // Each commit with the fields it changed, labels in the chosen language.
    const lines = text.stdout.split('\n');
    expect(lines[2]).toBe('    Status: Öppen → Avslutad');
    expect(lines).toContain('    Risker: – → RSK-brand-i-skolkok-fiktiv');
    expect(lines[lines.length - 2]).toBe('    ny post');
    const english = await sak(root, ['--lang', 'en', 'log', incident]);
    expect(english.stdout.split('\n')[2]).toBe('    Status: Open → Closed');
    const changes = JSON.parse((await sak(root, ['log', incident, '--format', 'json'])).stdout) as { created: boolean; changes: { field: string; before: unknown; after: unknown }[] }[];
    expect(changes[0]?.changes).toContainEqual({ field: 'status', before: 'open', after: 'closed' });
    expect(changes[2]?.created).toBe(true);
  });

  it('follows a moved file; an unknown id is exit 2; outside Git is exit 3', async () => {
    const unknown = await sak(root, ['log', 'INC-20261001-00000']);
    expect(unknown.code).toBe(2);
    const plain = makeMinimalRegister();
    const outside = await sak(plain, ['log', 'kommunstyrelsen']);
    expect(outside.code).toBe(3);
    const moved = await makeGitRegister('minimal');
    const id = 'INC-20261001-AAAAA';
    writeRecord(moved, `incidents/2025/${id}.yaml`, `id: ${id}\ntitle: I fel mapp (fiktiv)\ndate: 2026-10-01\nunit: kommunstyrelsen\ncategory: other\nseverity: low\nstatus: open\n`);
    await gitOk(moved, ['add', '-A']);
    await gitOk(moved, ['commit', '-q', '-m', 'in the wrong year folder']);
    mkdirSync(path.join(moved, 'incidents', '2026'));
    await gitOk(moved, ['mv', `incidents/2025/${id}.yaml`, `incidents/2026/${id}.yaml`]);
    await gitOk(moved, ['commit', '-q', '-m', 'moved to its year']);
    const history = JSON.parse((await sak(moved, ['log', id, '--format', 'json'])).stdout) as { subject: string }[];
    expect(history.map((c) => c.subject)).toEqual(['moved to its year', 'in the wrong year folder']);
  });

  it('reads git the same when git speaks Swedish: a repository without commits is an empty history, not exit 3', async () => {
    const empty = makeMinimalRegister();
    await gitOk(empty, ['init', '-q', '-b', 'main']);
    const swedish = { LANGUAGE: 'sv', LC_ALL: 'C.UTF-8', LANG: 'sv_SE.UTF-8' };
    const run = await sak(empty, ['log', 'kommunstyrelsen', '--format', 'json'], { env: swedish });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});
