// End-to-end tests of `sak add`: the built bin/sak.js in fresh temporary registers under
// Git (copies of the example register or a minimal fictitious one).
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TODAY, commitCount, commitSubject, filesOfCommit, git, gitOk, makeGitRegister, makeMinimalRegister, makeTempDir, readText, sak, writeRecord } from './helpers.js';

const INCIDENT_FLAGS = ['--title', 'Krossad ruta i entrén (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'vandalism', '--severity', 'low'];

function incidentFiles(root: string): string[] {
  const dir = path.join(root, 'incidents', '2026');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

describe('sak add incident with flags', () => {
  it('writes a valid record with defaults, the modeline and fields in schema order, commits it, prints the id', async () => {
    const root = await makeGitRegister();
    const before = await commitCount(root);
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--cost-sek', '12 500', '--police-report', '--kia-type', 'Tillbud', '--time', '14:30', '--no-input']);
    expect(run.stderr).toContain('Skapade incidents/2026/');
    expect(run.code).toBe(0);
    const id = run.stdout.trim();
    expect(id).toMatch(/^INC-20261126-[0-9A-HJKMNP-TV-Z]{5}$/);
    const file = `incidents/2026/${id}.yaml`;
    const text = readText(root, file);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json');
    const record = parse(text) as Record<string, unknown>;
    expect(record).toEqual({
      id,
      title: 'Krossad ruta i entrén (fiktiv)',
      date: TODAY,
      time: '14:30',
      reported: TODAY,
      unit: 'kommunstyrelsen',
      category: 'vandalism',
      severity: 'low',
      status: 'open',
      cost_sek: 12500,
      police_report: true,
      kia: { type: 'near_miss' },
      created: TODAY,
    });
    // Schema order: id, title, date, time, reported, unit, category, severity, status, …
    expect(Object.keys(record)).toEqual(['id', 'title', 'date', 'time', 'reported', 'unit', 'category', 'severity', 'status', 'cost_sek', 'police_report', 'kia', 'created']);
    expect(await commitCount(root)).toBe(before + 1);
    expect(await filesOfCommit(root)).toEqual([file]);
    expect(await commitSubject(root)).toBe(`sak: add incident ${id}: Krossad ruta i entrén (fiktiv)`);
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('takes the id from the record date (--date), not from today', async () => {
    const root = await makeGitRegister('minimal');
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--date', '2025-03-04']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^INC-20250304-/);
    expect(existsSync(path.join(root, 'incidents', '2025', `${run.stdout.trim()}.yaml`))).toBe(true);
  });

  it('without a terminal names every missing required flag (exit 2) and writes nothing', async () => {
    const root = await makeGitRegister();
    const run = await sak(root, ['add', 'incident', '--title', 'Något hände (fiktivt)']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--unit');
    expect(run.stderr).toContain('--category');
    expect(run.stderr).toContain('--severity');
    expect(run.stderr).not.toContain('--date');
    expect(incidentFiles(root)).toEqual([]);
    const exercise = await sak(root, ['add', 'exercise', '--no-input']);
    expect(exercise.code).toBe(2);
    for (const flag of ['--title', '--type', '--topic', '--units']) expect(exercise.stderr).toContain(flag);
    const nested = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--kia-ref', 'KIA-1']);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toContain('--kia-type');
  });

  it('refuses a personnummer in the title (exit 1) and writes nothing', async () => {
    const root = await makeGitRegister();
    const before = await commitCount(root);
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS.slice(2), '--title', 'Hot mot 19121212-1212 (fiktivt)']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pii');
    expect(run.stderr).toContain('19121212-XXXX');
    expect(run.stderr).not.toContain('1212-1212');
    expect(incidentFiles(root)).toEqual([]);
    expect(await commitCount(root)).toBe(before);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('');
  });

  it('refuses wrong values and missing references with exit 1, with suggestions', async () => {
    const root = await makeGitRegister();
    // Values the field parser cannot read: all of them named at once, with "menade du …?".
    const run = await sak(root, ['add', 'incident', '--title', 'Fel värden (fiktivt)', '--unit', 'kommunstyrelse', '--category', 'burglar', '--severity', 'hgö', '--cost-sek', 'mycket']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--unit: okänd enhet "kommunstyrelse"; menade du kommunstyrelsen?');
    expect(run.stderr).toContain('--severity: okänt värde "hgö"; menade du high (Hög)?');
    expect(run.stderr).toContain('--cost-sek: "mycket" är inget tal');
    const ambiguous = await sak(root, ['add', 'incident', '--title', 'Tvetydigt (fiktivt)', '--unit', 'kommunstyrelsen', '--category', 'burglary', '--severity', 'low', '--cost-sek', '12.500']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('"12.500" är tvetydigt');
    // What the parser passes (an open category) is checked as a record, with the register's suggestions.
    const schema = await sak(root, ['add', 'incident', '--title', 'Fel värden (fiktivt)', '--unit', 'kommunstyrelsen', '--category', 'burglar', '--severity', 'low']);
    expect(schema.code).toBe(1);
    expect(schema.stderr).toContain('"burglary"');
    const kind = await sak(root, ['add', 'risk', '--title', 'Fel sorts ägare (fiktivt)', '--owner', 'DOC-brandskyddspolicy', '--area', 'fire_safety']);
    expect(kind.code).toBe(1);
    expect(kind.stderr).toContain('--owner: okänd enhet "DOC-brandskyddspolicy"');
    const classification = await sak(root, ['add', 'risk', '--title', 'Hemlig (fiktivt)', '--owner', 'kommunstyrelsen', '--area', 'fire_safety', '--classification', '4']);
    expect(classification.code).toBe(1);
    expect(classification.stderr).toContain('classification');
    expect(existsSync(path.join(root, 'risks'))).toBe(false);
  });

  it('--dry-run prints the YAML and writes nothing; --format json prints id, path and record', async () => {
    const root = await makeGitRegister();
    const dry = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout.startsWith('# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json\nid: INC-20261126-')).toBe(true);
    expect(incidentFiles(root)).toEqual([]);
    const json = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--format', 'json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { id: string; path: string; record: Record<string, unknown> };
    expect(Object.keys(out)).toEqual(['id', 'path', 'record']);
    expect(out.path).toBe(`incidents/2026/${out.id}.yaml`);
    expect(out.record.status).toBe('open');
    expect(parse(readText(root, out.path))).toEqual(out.record);
    const bad = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--format', 'xml']);
    expect(bad.code).toBe(2);
  });

  it('--set sets nested and list fields (values as YAML); --input reads a mapping from a file or stdin', async () => {
    const root = await makeGitRegister();
    const set = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--set', 'reported_to=[{authority: police, date: 2026-11-26}]', '--set', 'injured=2', '--set', 'kia.ref=KIA 12', '--kia-type', 'accident']);
    expect(set.code).toBe(0);
    const record = parse(readText(root, `incidents/2026/${set.stdout.trim()}.yaml`)) as Record<string, unknown>;
    expect(record.reported_to).toEqual([{ authority: 'police', date: '2026-11-26' }]);
    expect(record.injured).toBe(2);
    expect(record.kia).toEqual({ type: 'accident', ref: 'KIA 12' });

    writeFileSync(path.join(root, 'in.yaml'), 'title: Från fil (fiktiv)\nunit: kommunstyrelsen\ncategory: theft\nseverity: medium\ndescription: |\n  Två rader\n  text.\n');
    const file = await sak(root, ['add', 'incident', '--input', 'in.yaml', '--severity', 'high']);
    expect(file.code).toBe(0);
    const fromFile = parse(readText(root, `incidents/2026/${file.stdout.trim()}.yaml`)) as Record<string, unknown>;
    expect(fromFile).toMatchObject({ title: 'Från fil (fiktiv)', category: 'theft', severity: 'high', description: 'Två rader\ntext.\n' });

    const stdin = await sak(root, ['add', 'risk', '--input', '-'], { input: 'title: Från stdin (fiktiv)\nowner: kommunstyrelsen\narea: fire_safety\n' });
    expect(stdin.code).toBe(0);
    expect(stdin.stdout.trim()).toBe('RSK-fran-stdin-fiktiv');

    const notMapping = await sak(root, ['add', 'risk', '--input', '-'], { input: '- a\n- b\n' });
    expect(notMapping.code).toBe(1);
    const badSet = await sak(root, ['add', 'risk', '--set', 'utan-likhetstecken']);
    expect(badSet.code).toBe(2);
  });

  it('makes slugs from titles, with -2 on a clash (case-insensitive), and unit ids of at most 40 characters', async () => {
    const root = await makeGitRegister();
    const args = ['--owner', 'kommunstyrelsen', '--area', 'fire_safety'];
    const first = await sak(root, ['add', 'risk', '--title', 'Brand i Skolkök – Åbo/Örebro (fiktiv)', ...args]);
    expect(first.stdout.trim()).toBe('RSK-brand-i-skolkok-abo-orebro-fiktiv');
    const second = await sak(root, ['add', 'risk', '--title', 'BRAND I SKOLKÖK — åbo örebro, fiktiv!', ...args]);
    expect(second.stdout.trim()).toBe('RSK-brand-i-skolkok-abo-orebro-fiktiv-2');
    const long = await sak(root, ['add', 'unit', '--title', 'Barn- och utbildningsförvaltningens särskilda enhet för elevhälsa (fiktiv)', '--type', 'team']);
    expect(long.code).toBe(0);
    const unitId = long.stdout.trim();
    expect(unitId.length).toBeLessThanOrEqual(40);
    expect(unitId).toMatch(/^barn-och-utbildningsforvaltningens/);
    expect(existsSync(path.join(root, 'units', `${unitId}.yaml`))).toBe(true);
    const doc = await sak(root, ['add', 'document', '--title', 'Brandskyddspolicy', '--type', 'policy', '--owner', 'kommunstyrelsen']);
    expect(doc.stdout.trim()).toBe('DOC-brandskyddspolicy-2');
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('adds every kind with its flags, leaving the register valid', async () => {
    const root = await makeGitRegister();
    const runs = [
      ['site', '--title', 'Centralskolan (fiktiv)', '--owner', 'kommunstyrelsen', '--used-by', 'kommunledningsforvaltningen', '--used-by', 'nvk', '--type', 'school', '--fire-protection-status', 'unknown', '--intrusion-protection-alarm', '--intrusion-protection-status', 'adequate'],
      ['requirement', '--title', 'Förordning om krisberedskap (fiktiv post)', '--type', 'ordinance', '--reference', 'SFS 2022:524', '--areas', 'crisis_preparedness'],
      ['document', '--title', 'Krisledningsplan (fiktiv)', '--type', 'plan', '--owner', 'kommunstyrelsen', '--adopted-date', '2026-03', '--adopted-body', 'kommunfullmaktige', '--review', 'P2Y'],
      ['risk', '--title', 'Långvarigt elavbrott (fiktiv)', '--owner', 'kommunstyrelsen', '--area', 'crisis_preparedness', '--causes', 'Storm', '--causes', 'Sabotage'],
      ['control', '--title', 'Kontroll av reservkraft (fiktiv)', '--unit', 'nvk', '--area', 'crisis_preparedness', '--frequency', 'P6M'],
      ['action', '--title', 'Köpa reservkraftverk (fiktiv)', '--owner', 'nvk', '--due', '2027-06-30'],
      ['exercise', '--title', 'Utrymningsövning (fiktiv)', '--type', 'drill', '--topic', 'evacuation', '--units', 'kommunledningsforvaltningen', '--participants', '25', '--hours', '1,5'],
      ['unit', '--title', 'Centralskolan (fiktiv enhet)', '--type', 'school', '--parent', 'kommunstyrelsen', '--short', 'CS'],
    ];
    for (const args of runs) {
      const run = await sak(root, ['add', ...args, '--no-input']);
      expect(run.stderr + run.stdout, args[0]).not.toContain('error');
      expect(run.code, args[0]).toBe(0);
    }
    const control = parse(readText(root, 'controls/CTL-kontroll-av-reservkraft-fiktiv.yaml')) as Record<string, unknown>;
    expect(control.start).toBe(TODAY);
    expect(parse(readText(root, 'actions/ACT-kopa-reservkraftverk-fiktiv.yaml'))).toMatchObject({ status: 'planned' });
    expect(parse(readText(root, 'documents/DOC-krisledningsplan-fiktiv.yaml'))).toMatchObject({ adopted: { date: '2026-03', body: 'kommunfullmaktige' }, review: 'P2Y' });
    const exercises = readdirSync(path.join(root, 'exercises', '2026'));
    expect(parse(readText(root, `exercises/2026/${exercises[0]}`))).toMatchObject({ participants: 25, hours: 1.5, units: ['kommunledningsforvaltningen'] });
    expect(parse(readText(root, 'sites/SITE-centralskolan-fiktiv.yaml'))).toMatchObject({ used_by: ['kommunledningsforvaltningen', 'nvk'], intrusion_protection: { status: 'adequate', alarm: true }, fire_protection: { status: 'unknown' } });
    const validate = await sak(root, ['validate']);
    expect(validate.stdout).toContain('inga fel');
    expect(validate.code).toBe(0);
    expect(await commitCount(root)).toBe(1 + runs.length);
  });

  it('a dozen concurrent adds give a dozen distinct valid files and a dozen one-file commits', async () => {
    const root = await makeGitRegister();
    const runs = await Promise.all(Array.from({ length: 12 }, (_, i) => sak(root, ['add', 'incident', '--no-input', '--title', `Samtidig incident ${i} (fiktiv)`, '--unit', 'kommunstyrelsen', '--category', 'other', '--severity', 'low'])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const ids = runs.map((r) => r.stdout.trim());
    expect(new Set(ids).size).toBe(12);
    expect(incidentFiles(root)).toEqual(ids.map((id) => `${id}.yaml`).sort());
    expect(await commitCount(root)).toBe(13);
    const log = await gitOk(root, ['log', '--format=%H', '-12']);
    for (const hash of log.trim().split('\n')) expect(await filesOfCommit(root, hash)).toHaveLength(1);
    expect(readdirSync(path.join(root, 'incidents', '2026')).filter((f) => f.includes('sak-tmp'))).toEqual([]);
    expect((await sak(root, ['validate'])).code).toBe(0);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('');
  });
});

describe('sak add and Git', () => {
  it("leaves the user's staged and unstaged work alone", async () => {
    const root = await makeGitRegister();
    writeFileSync(path.join(root, 'README.md'), 'Ändrad och köad (fiktiv)\n');
    await gitOk(root, ['add', 'README.md']);
    const doc = 'documents/DOC-brandskyddspolicy.yaml';
    writeFileSync(path.join(root, doc), readText(root, doc) + '# en ändring som inte är köad\n');
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS]);
    expect(run.code).toBe(0);
    expect(await filesOfCommit(root)).toEqual([`incidents/2026/${run.stdout.trim()}.yaml`]);
    const status = (await git(root, ['status', '--porcelain'])).stdout;
    expect(status).toContain('M  README.md');
    expect(status).toContain(` M ${doc}`);
  });

  it('a failing pre-commit hook keeps the file and exits 3 saying only the commit failed', async () => {
    const root = await makeGitRegister();
    const hook = path.join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "hook says no" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS]);
    expect(run.code).toBe(3);
    const id = run.stdout.trim();
    expect(id).toMatch(/^INC-/);
    expect(run.stderr).toContain('är sparad, men commit misslyckades');
    expect(run.stderr).toContain('hook says no');
    expect(existsSync(path.join(root, 'incidents', '2026', `${id}.yaml`))).toBe(true);
    expect(await commitCount(root)).toBe(1);
  });

  it('--no-commit and git.commit: false write without committing; outside Git there is no commit', async () => {
    const root = await makeGitRegister();
    const noCommit = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS, '--no-commit']);
    expect(noCommit.code).toBe(0);
    expect(await commitCount(root)).toBe(1);
    writeFileSync(path.join(root, 'sak.yaml'), readText(root, 'sak.yaml').replace('commit: true', 'commit: false'));
    const configured = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS]);
    expect(configured.code).toBe(0);
    expect(await commitCount(root)).toBe(1);
    expect(incidentFiles(root)).toHaveLength(2);

    const plain = makeMinimalRegister();
    const outside = await sak(plain, ['add', 'incident', ...INCIDENT_FLAGS]);
    expect(outside.code).toBe(0);
    expect(existsSync(path.join(plain, '.git'))).toBe(false);
  });

  it('without git installed keeps the file and exits 3 with a clear message', async () => {
    const root = await makeGitRegister();
    const emptyPath = makeTempDir('sak-nopath-');
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS], { env: { PATH: emptyPath } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('git hittades inte');
    expect(incidentFiles(root)).toHaveLength(1);
  });

  it('a commit in a register below the repository root commits only the record', async () => {
    const top = makeTempDir();
    const root = path.join(top, 'sakerhet');
    mkdirSync(root);
    makeMinimalRegister(root);
    writeRecord(top, 'annat.txt', 'fiktivt\n');
    await gitOk(top, ['init', '-q']);
    await gitOk(top, ['add', '-A']);
    await gitOk(top, ['commit', '-q', '-m', 'init']);
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS]);
    expect(run.code).toBe(0);
    expect(await filesOfCommit(top)).toEqual([`sakerhet/incidents/2026/${run.stdout.trim()}.yaml`]);
  });
});

describe('sak add --help', () => {
  it('is Swedish with examples first, English with --lang en', async () => {
    const root = makeMinimalRegister();
    const sv = await sak(root, ['add', 'incident', '--help']);
    expect(sv.code).toBe(0);
    expect(sv.stdout.startsWith('Exempel:')).toBe(true);
    expect(sv.stdout).toContain('--cost-sek <tal>');
    expect(sv.stdout).toContain('--kia-type <värde>');
    expect(sv.stdout).toContain('Användning:');
    const en = await sak(root, ['--lang', 'en', 'add', 'incident', '--help']);
    expect(en.stdout.startsWith('Examples:')).toBe(true);
    expect(en.stdout).toContain('Usage:');
    const unknownKind = await sak(root, ['add', 'incidnet']);
    expect(unknownKind.code).toBe(2);
  });
});
