// End-to-end tests of `sak validate`: one case per problem code of register.md, each on a
// fresh temporary register (fictitious data), asserting exit code, code, file and position.
import { existsSync, mkdirSync, symlinkSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExampleRegister, makeMinimalRegister, runSak, writeRecord } from './support/sak.js';

const INC = 'incidents/2026/INC-20261101-7QX2K.yaml';
const incident = (extra = '', base: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    id: 'INC-20261101-7QX2K',
    title: 'Krossad ruta (fiktiv)',
    date: '2026-11-01',
    unit: 'kommunstyrelsen',
    category: 'vandalism',
    severity: 'low',
    status: 'open',
    ...base,
  };
  return Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n' + extra;
};

interface Case {
  name: string;
  code: string;
  files: Record<string, string | Buffer>;
  file: string;
  line: number;
  column?: number;
  field?: string;
  severity?: 'error' | 'warning';
  setup?: (root: string) => void;
  message?: RegExp;
}

const deep = 'id: INC-20261101-7QX2K\nx: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n';
const deepBlock = 'x:\n' + '- '.repeat(20000) + 'y\n';

const cases: Case[] = [
  { name: 'syntax error', code: 'yaml-syntax', files: { [INC]: 'id: INC-20261101-7QX2K\ntitle: [oavslutad\n' }, file: INC, line: 3 },
  { name: 'several documents', code: 'yaml-syntax', files: { [INC]: incident('---\nid: x\n') }, file: INC, line: 8 },
  { name: 'an alias', code: 'yaml-syntax', files: { [INC]: incident('notes: &a text\ndescription: *a\n') }, file: INC, line: 8, message: /ankare|alias/ },
  { name: 'a custom tag', code: 'yaml-syntax', files: { [INC]: incident('notes: !js/function "x"\n') }, file: INC, line: 8, message: /taggen/ },
  { name: 'tab indentation', code: 'yaml-syntax', files: { [INC]: incident('kia:\n\ttype: near_miss\n') }, file: INC, line: 9 },
  { name: 'a 20,000-deep flow nesting', code: 'yaml-syntax', files: { [INC]: deep }, file: INC, line: 2, message: /64/ },
  { name: 'a 20,000-deep block nesting', code: 'yaml-syntax', files: { [INC]: deepBlock }, file: INC, line: 2, message: /64/ },
  { name: 'merge-conflict markers', code: 'yaml-syntax', files: { [INC]: incident('<<<<<<< HEAD\nnotes: a\n=======\nnotes: b\n>>>>>>> gren\n') }, file: INC, line: 8, message: /konflikt/ },
  { name: 'a duplicate key', code: 'yaml-duplicate-key', files: { [INC]: incident('title: Igen\n') }, file: INC, line: 8, column: 1, message: /"title"/ },
  { name: 'invalid UTF-8', code: 'encoding', files: { [INC]: Buffer.concat([Buffer.from(incident('notes: "')), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]) }, file: INC, line: 8, column: 9 },
  { name: 'UTF-16', code: 'encoding', files: { [INC]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(incident(), 'utf16le')]) }, file: INC, line: 1 },
  { name: 'a file over 256 KiB', code: 'file-too-large', files: { [INC]: incident(`notes: "${'x'.repeat(270_000)}"\n`) }, file: INC, line: 1 },
  {
    name: 'a symbolic link',
    code: 'not-regular-file',
    files: {},
    setup: (root) => {
      writeRecord(root, 'elsewhere.txt', incident());
      mkdirSync(path.join(root, 'incidents', '2026'), { recursive: true });
      symlinkSync(path.join(root, 'elsewhere.txt'), path.join(root, ...INC.split('/')));
    },
    file: INC,
    line: 1,
  },
  { name: 'a folder named like a record', code: 'not-regular-file', files: {}, setup: (root) => mkdirSync(path.join(root, 'units', 'skola.yaml'), { recursive: true }), file: 'units/skola.yaml', line: 1 },
  { name: 'a record folder that is a file', code: 'not-regular-file', files: { risks: 'inte en mapp\n' }, file: 'risks', line: 1, message: /mapp/ },
  // yaml keeps a lone CR at the end in the value ("open\r"), which is no status; the fast reader used to drop it.
  { name: 'a value ending in a lone CR', code: 'schema', files: { [INC]: incident().replace(/\n$/, '\r') }, file: INC, line: 7, field: '/status' },
  { name: 'a key yaml reads as null', code: 'schema', files: { [INC]: incident('null: x\n') }, file: INC, line: 1 },
  { name: 'a YAML file in a hidden folder', code: 'unknown-file', files: { 'actions/.arkiv/anteckningar.yaml': 'a: 1\n' }, file: 'actions/.arkiv/anteckningar.yaml', line: 1 },
  {
    name: 'a record in a hidden folder',
    code: 'file-location',
    files: { 'actions/.arkiv/ACT-gammal.yaml': 'id: ACT-gammal\ntitle: Gammal åtgärd (fiktiv)\nowner: kommunstyrelsen\nstatus: planned\n' },
    file: 'actions/.arkiv/ACT-gammal.yaml',
    line: 1,
  },
  {
    name: 'a symbolic link to a folder',
    code: 'not-regular-file',
    files: {},
    setup: (root) => {
      writeRecord(root, 'elsewhere/ACT-annan.yaml', 'id: ACT-annan\ntitle: Annan (fiktiv)\nowner: kommunstyrelsen\nstatus: planned\n');
      mkdirSync(path.join(root, 'actions'), { recursive: true });
      symlinkSync(path.join(root, 'elsewhere'), path.join(root, 'actions', 'arkiv'), 'dir');
    },
    file: 'actions/arkiv',
    line: 1,
  },
  { name: 'a YAML file that fits no kind', code: 'unknown-file', files: { 'documents/anteckningar.yaml': 'a: 1\n' }, file: 'documents/anteckningar.yaml', line: 1 },
  { name: 'a .yml file', code: 'unknown-file', files: { 'units/skola.yml': 'a: 1\n' }, file: 'units/skola.yml', line: 1 },
  { name: 'an invalid sak.yaml', code: 'config', files: { 'sak.yaml': 'format: 1\nmunicipality: Testkommun\nlocale: fi\n' }, file: 'sak.yaml', line: 3, column: 9, field: '/locale' },
  { name: 'sak.yaml without municipality', code: 'config', files: { 'sak.yaml': 'format: 1\n' }, file: 'sak.yaml', line: 1, field: '/municipality' },
  { name: 'a wrong type', code: 'schema', files: { [INC]: incident('cost_sek: "mycket"\n') }, file: INC, line: 8, column: 11, field: '/cost_sek' },
  { name: 'an unknown enum value', code: 'schema', files: { [INC]: incident('', { severity: 'allvarlig' }) }, file: INC, line: 6, column: 11, field: '/severity' },
  { name: 'an unknown category', code: 'schema', files: { [INC]: incident('', { category: 'vandalsim' }) }, file: INC, line: 5, field: '/category', message: /vandalism/ },
  { name: 'a missing required field', code: 'schema', files: { [INC]: incident().replace('severity: low\n', '') }, file: INC, line: 1, column: 1, field: '/severity' },
  { name: 'an unknown field with a suggestion', code: 'schema', files: { [INC]: incident('descripton: x\n') }, file: INC, line: 8, column: 1, field: '/descripton', message: /description/ },
  { name: 'a date that does not exist', code: 'schema', files: { [INC]: incident('reported: 2026-02-30\n') }, file: INC, line: 8, column: 11, field: '/reported' },
  { name: 'a number out of range', code: 'schema', files: { [INC]: incident('injured: -1\n') }, file: INC, line: 8, field: '/injured' },
  { name: 'an id that differs from the file name', code: 'id-filename', files: { [INC]: incident('', { id: 'INC-20261101-7QX2M' }) }, file: INC, line: 1, column: 5, field: '/id' },
  { name: 'a record in the wrong year folder', code: 'file-location', files: { 'incidents/2025/INC-20261101-7QX2K.yaml': incident() }, file: 'incidents/2025/INC-20261101-7QX2K.yaml', line: 1, message: /incidents\/2026/ },
  { name: 'a record in the wrong folder', code: 'file-location', files: { 'documents/RSK-brand.yaml': 'id: RSK-brand\ntitle: Brand i skola\nowner: kommunstyrelsen\narea: fire_safety\n' }, file: 'documents/RSK-brand.yaml', line: 1, message: /risks\/RSK-brand\.yaml/ },
  {
    name: 'ids that differ only in case',
    code: 'id-duplicate',
    files: { 'units/skola.yaml': 'id: skola\ntitle: Skolan\ntype: school\n', 'units/skola-2.yaml': 'id: Skola\ntitle: Skolan 2\ntype: school\n' },
    file: 'units/skola-2.yaml',
    line: 1,
    message: /units\/skola\.yaml/,
  },
  { name: 'a reference to nothing', code: 'ref-missing', files: { [INC]: incident('', { unit: 'kommunstyrelsn' }) }, file: INC, line: 4, column: 7, field: '/unit', message: /kommunstyrelsen/ },
  { name: 'a reference to the wrong kind', code: 'ref-kind', files: { [INC]: incident('', { unit: 'DOC-policy' }), 'documents/DOC-policy.yaml': 'id: DOC-policy\ntitle: En policy\ntype: policy\nowner: kommunstyrelsen\n' }, file: INC, line: 4, field: '/unit' },
  { name: 'classification 4', code: 'classification', files: { [INC]: incident('classification: 4\n') }, file: INC, line: 8, column: 17, field: '/classification' },
  { name: 'a personnummer', code: 'pii', files: { [INC]: incident('description: |\n  Anmält av 19850709-9805 i receptionen.\n') }, file: INC, line: 8, field: '/description' },
  { name: 'a samordningsnummer without dash', code: 'pii', files: { [INC]: incident('notes: "Ref 7010632391"\n') }, file: INC, line: 8, field: '/notes' },
  { name: 'a closed incident without closed', code: 'consistency', files: { [INC]: incident('', { status: 'closed' }) }, file: INC, line: 1, field: '/closed' },
  { name: 'closed before the date', code: 'consistency', files: { [INC]: incident('closed: 2026-10-01\n', { status: 'closed' }) }, file: INC, line: 8, field: '/closed' },
  {
    name: 'assessments out of date order',
    code: 'consistency',
    files: { 'risks/RSK-brand.yaml': 'id: RSK-brand\ntitle: Brand i skola\nowner: kommunstyrelsen\narea: fire_safety\nassessments:\n  - { date: 2026-05-01, likelihood: 2, consequence: 3 }\n  - { date: 2026-01-01, likelihood: 3, consequence: 3 }\n' },
    file: 'risks/RSK-brand.yaml',
    line: 7,
    field: '/assessments/1/date',
  },
  { name: 'an event in the future', code: 'future-date', severity: 'warning', files: { 'incidents/2026/INC-20261201-7QX2K.yaml': incident('', { id: 'INC-20261201-7QX2K', date: '2026-12-01' }) }, file: 'incidents/2026/INC-20261201-7QX2K.yaml', line: 3, column: 7, field: '/date' },
  { name: 'outdated editor schemas', code: 'schemas-outdated', severity: 'warning', files: { '.sak/schemas/incident.schema.json': '{}\n' }, file: '.sak/schemas/action.schema.json', line: 1 },
];

describe('sak validate reports every problem code with file and position', () => {
  it.each(cases)('$code: $name', async (c) => {
    const root = makeMinimalRegister();
    for (const [rel, content] of Object.entries(c.files)) writeRecord(root, rel, content);
    c.setup?.(root);
    const run = await runSak(['validate', '--register', root, '--format', 'json']);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { errors: number; warnings: number; problems: { code: string; file: string; line: number; column: number; field?: string; message: string; severity: string }[] };
    const match = result.problems.find((p) => p.code === c.code && p.file === c.file);
    expect(match, JSON.stringify(result.problems, null, 2)).toBeDefined();
    expect(match?.line).toBe(c.line);
    if (c.column !== undefined) expect(match?.column).toBe(c.column);
    if (c.field !== undefined) expect(match?.field).toBe(c.field);
    if (c.message) expect(match?.message).toMatch(c.message);
    expect(match?.severity).toBe(c.severity ?? 'error');
    expect(run.code).toBe((c.severity ?? 'error') === 'error' ? 1 : 0);
  });
});

describe('sak validate', () => {
  it('accepts the example register', async () => {
    const run = await runSak(['validate', '--register', copyExampleRegister()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/poster kontrollerade: inga fel/);
  });

  it('tolerates a BOM and CRLF line endings, and does not flag numbers that fail the date or Luhn test', async () => {
    const root = makeMinimalRegister();
    const text = incident('notes: "Faktura 1234567890, order 19850709-9806, tel 0701234567"\n').replace(/\n/g, '\r\n');
    writeRecord(root, INC, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const run = await runSak(['validate', '--register', root, '--format', 'json']);
    expect(JSON.parse(run.stdout).problems).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('keeps checking other files after a broken one and counts every record file', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, 'id: [\n');
    writeRecord(root, 'incidents/2026/INC-20261102-7QX2K.yaml', incident('', { id: 'INC-20261102-7QX2K', date: '2026-11-02', severity: 'fel' }));
    const run = await runSak(['validate', '--register', root, '--format', 'json']);
    const result = JSON.parse(run.stdout);
    expect(result.records).toBe(4);
    expect(result.problems.map((p: { file: string }) => p.file)).toEqual([INC, 'incidents/2026/INC-20261102-7QX2K.yaml']);
  });

  it('refuses a basis in sak.yaml that names no governing document, with line and column', async () => {
    const root = copyExampleRegister();
    const config = path.join(root, 'sak.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('risk-review: { document: DOC-styrdokument-kommunal-sakerhet }', 'risk-review: { document: DOC-saknas }'));
    const run = await runSak(['validate', '--register', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^sak\.yaml:\d+:28 error config "DOC-saknas" är inget styrdokument i registret/m);
  });

  it('fails warnings with --strict', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, 'incidents/2026/INC-20261201-7QX2K.yaml', incident('', { id: 'INC-20261201-7QX2K', date: '2026-12-01' }));
    expect((await runSak(['validate', '--register', root])).code).toBe(0);
    expect((await runSak(['validate', '--register', root, '--strict'])).code).toBe(1);
    expect((await runSak(['validate', '--register', root, '--at', '2026-12-24'])).code).toBe(0);
  });

  it('speaks English with --lang en and prints text grouped per file', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, incident('', { severity: 'allvarlig' }));
    const run = await runSak(['--lang', 'en', 'validate', '--register', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${INC}:6:11 error schema unknown value "allvarlig"`);
    expect(run.stdout).toMatch(/3 records, 1 error, 0 warnings/);
  });

  it('writes escaped GitHub workflow commands, by default inside GitHub Actions', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, 'units/a,b.yaml', 'x: 1\n');
    writeRecord(root, INC, incident('', { severity: 'allvarlig' }));
    const run = await runSak(['validate', '--register', root], { env: { GITHUB_ACTIONS: 'true' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error file=${INC},line=6,col=11,title=sak schema::okänt värde "allvarlig"`);
    expect(run.stdout).toContain('::error file=units/a%2Cb.yaml,line=1,col=1,title=sak unknown-file::');
  });

  it('writes a GitLab Code Quality report', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, incident('', { severity: 'allvarlig' }));
    const run = await runSak(['validate', '--register', root, '--format', 'gitlab']);
    const issues = JSON.parse(run.stdout);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ check_name: 'schema', severity: 'major', location: { path: INC, lines: { begin: 6 } } });
    expect(issues[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes JUnit XML with one test case per file', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, incident('title: <&>\n'));
    const run = await runSak(['validate', '--register', root, '--format', 'junit']);
    expect(run.stdout).toContain('<testsuite name="sak validate" tests="3" failures="1"');
    expect(run.stdout).toContain(`<testcase classname="sak.validate" name="${INC}">`);
    expect(run.stdout).toContain('<testcase classname="sak.validate" name="units/kommunstyrelsen.yaml"/>');
    expect(run.stdout).toContain('&quot;title&quot;');
  });

  it('answers a bad option value with exit 2 and a missing register with exit 3', async () => {
    const root = makeMinimalRegister();
    const bad = await runSak(['validate', '--register', root, '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/okänt format "xml"/);
    const badDate = await runSak(['validate', '--register', root, '--at', '2026-02-30']);
    expect(badDate.code).toBe(2);
    const missing = await runSak(['validate', '--register', path.join(root, 'finns-inte')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/finns inte/);
    expect(missing.stderr).not.toMatch(/at .*\.js/);
  });

  it('leaves the register byte-identical', async () => {
    const root = copyExampleRegister();
    const file = path.join(root, 'documents', 'DOC-brandskyddspolicy.yaml');
    const before = readFileSync(file);
    writeFileSync(path.join(root, 'units', 'trasig.yaml'), 'id: [\n');
    await runSak(['validate', '--register', root]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('sak validate with its cache', () => {
  it('gives the same output with and without the cache, and notices edits', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, incident('', { severity: 'mediux' }));
    writeRecord(root, 'incidents/2026/INC-20261201-7QX2K.yaml', incident('', { id: 'INC-20261201-7QX2K', date: '2026-12-01' }));
    // Files last changed an hour ago: old enough for the cache to trust their stamps
    // (files changed within two seconds of a run are always read again).
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const rel of ['sak.yaml', 'units/kommunstyrelsen.yaml', 'units/sakerhetssamordnare.yaml', INC, 'incidents/2026/INC-20261201-7QX2K.yaml']) utimesSync(path.join(root, ...rel.split('/')), anHourAgo, anHourAgo);
    const cold = await runSak(['validate', '--register', root, '--format', 'json', '--no-cache']);
    expect(existsSync(path.join(root, '.sak', 'cache'))).toBe(false);
    const first = await runSak(['validate', '--register', root, '--format', 'json']);
    const warm = await runSak(['validate', '--register', root, '--format', 'json']);
    expect(existsSync(path.join(root, '.sak', 'cache', 'validate.json'))).toBe(true);
    expect(first.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(cold.stdout);
    expect(readFileSync(path.join(root, '.sak', 'cache', '.gitignore'), 'utf8')).toBe('*\n');
    // The date of evaluation is not cached: the future-date warning goes away with --at,
    // and comes back, in the same place, at an earlier date than any run before.
    const later = await runSak(['validate', '--register', root, '--format', 'json', '--at', '2026-12-24']);
    expect(JSON.parse(later.stdout).warnings).toBe(0);
    for (const at of ['2026-12-24', '2026-11-20', '2026-11-20']) {
      const cached = await runSak(['validate', '--register', root, '--format', 'json', '--at', at]);
      const fresh = await runSak(['validate', '--register', root, '--format', 'json', '--at', at, '--no-cache']);
      expect(cached.stdout).toBe(fresh.stdout);
    }
    // An edit of the same size within the same second is still seen (content, not time, is the key).
    writeRecord(root, INC, incident('', { severity: 'medium' }));
    const edited = await runSak(['validate', '--register', root, '--format', 'json']);
    expect(JSON.parse(edited.stdout).errors).toBe(0);
    // The language is part of the key.
    const english = await runSak(['--lang', 'en', 'validate', '--register', root]);
    expect(english.stdout).toMatch(/is after today/);
  });
});
