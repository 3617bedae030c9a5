// Outputs that other tools read, checked with those tools' own rules: GitHub workflow
// commands and GitLab Code Quality paths from the repository's root, Code Quality issues
// against the format GitLab documents, JUnit XML read back by libxml2's xmllint, the HTML
// report's tables, and `-o FILE` choosing the report's format. Fictitious data only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderProblemsJunit } from '../../src/render/problems.js';
import { problemText } from '../../src/core/validate/problem-text.js';
import { copyRegister, makeMinimalRegister, makeTempDir, runSak, writeRecord } from './support/sak.js';

const INC = 'incidents/2026/INC-20261101-7QX2K.yaml';
const incident = (severity: string, lead = '') =>
  `${lead}id: INC-20261101-7QX2K\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: ${severity}\nstatus: open\n`;

/** A register in the folder `register/` of a Git work tree. */
function registerInRepository(): { top: string; root: string } {
  const top = makeTempDir();
  execFileSync('git', ['init', '-q', top]);
  const root = path.join(top, 'register');
  mkdirSync(root);
  makeMinimalRegister(root);
  return { top, root };
}

// The Code Quality report format as GitLab documents it ("Code Quality report format",
// docs.gitlab.com/ci/testing/code_quality/): an array of issues, each with these fields.
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', pattern: '^[^\\n\\r]+$' },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', pattern: '^[^/]' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

describe('CI annotations of a register in a sub-folder of the repository', () => {
  it('GitHub names files from the repository root, in validate and check', async () => {
    const { root } = registerInRepository();
    writeRecord(root, INC, incident('allvarlig'));
    const run = await runSak(['validate', '--register', root, '--format', 'github']);
    expect(run.stdout).toContain(`::error file=register/${INC},line=6,col=11,`);
    writeRecord(root, INC, incident('serious'));
    const check = await runSak(['check', '--register', root, '--format', 'github', '--at', '2026-12-01']);
    expect(check.stdout).toMatch(new RegExp(`^::(error|warning) file=register/${INC.replace(/[./]/g, '\\$&')},`, 'm'));
  });

  it('GitLab: valid Code Quality, paths from the root, one-line descriptions, fingerprints that survive moved lines and another language', async () => {
    const { root } = registerInRepository();
    writeRecord(root, INC, incident('allvarlig'));
    writeRecord(root, 'units/tva.yaml', 'id: tva\ntitle: "Två\\nrader"\ntype: nej\n');
    const sv = JSON.parse((await runSak(['validate', '--register', root, '--format', 'gitlab'])).stdout);
    const ajv = new Ajv({ allErrors: true });
    expect(ajv.validate(CODE_QUALITY_SCHEMA, sv), JSON.stringify(ajv.errors)).toBe(true);
    expect(sv.map((i: { location: { path: string } }) => i.location.path)).toContain(`register/${INC}`);

    const en = JSON.parse((await runSak(['--lang', 'en', 'validate', '--register', root, '--format', 'gitlab'])).stdout);
    writeRecord(root, INC, incident('allvarlig', '# en kommentar\n\n'));
    const moved = JSON.parse((await runSak(['validate', '--register', root, '--format', 'gitlab'])).stdout);
    const prints = (issues: { fingerprint: string }[]) => issues.map((i) => i.fingerprint).sort();
    expect(new Set(prints(sv)).size).toBe(sv.length);
    expect(prints(en)).toEqual(prints(sv));
    expect(prints(moved)).toEqual(prints(sv));
    expect(moved.find((i: { location: { path: string } }) => i.location.path.endsWith(INC)).location.lines.begin).toBe(8);
  });

  it('a register at the top of its repository, or outside one, keeps its own paths', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, incident('allvarlig'));
    expect((await runSak(['validate', '--register', root, '--format', 'github'])).stdout).toContain(`::error file=${INC},`);
    execFileSync('git', ['init', '-q', root]);
    expect(JSON.parse((await runSak(['validate', '--register', root, '--format', 'gitlab'])).stdout)[0].location.path).toBe(INC);
  });
});

describe('JUnit XML', () => {
  it('keeps line breaks of a message in its attribute, as an XML parser reads it back', () => {
    const message = 'första raden\nandra raden\tmed tabb & "citat" <taggar>';
    const xml = renderProblemsJunit({ register: '/r', records: 1, files: ['a.yaml'], problems: [{ severity: 'error', code: 'schema', file: 'a.yaml', line: 1, column: 1, message: problemText('file-unreadable', { detail: message }) }] }, 'sv');
    const file = path.join(makeTempDir(), 'junit.xml');
    writeFileSync(file, xml);
    // xmllint (libxml2, Debian's libxml2-utils) parses the file as any JUnit consumer would and prints the attribute's value.
    const read = execFileSync('xmllint', ['--xpath', 'string(//failure/@message)', file], { encoding: 'utf8' });
    expect(read.replace(/\n$/, '')).toBe(message);
    expect(xml).not.toMatch(/message="[^"]*\n/);
  });

  it('is well-formed XML for a register with problems', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, incident('allvarlig', 'title2: <&>\n'));
    const file = path.join(makeTempDir(), 'junit.xml');
    writeFileSync(file, (await runSak(['validate', '--register', root, '--format', 'junit'])).stdout);
    expect(execFileSync('xmllint', ['--xpath', 'count(//testcase)', file], { encoding: 'utf8' }).trim()).toBe('3');
  });
});

describe('sak report outputs', () => {
  const FIXTURE = 'tests/fixtures/report/basic';

  it('every row of every HTML table has as many cells as the header', async () => {
    const root = copyRegister(FIXTURE);
    const html = (await runSak(['report', '--register', root, '--year', '2026', '--audience', 'internal', '--format', 'html'])).stdout;
    const cells = (row: string) => [...row.matchAll(/<t[hd]\b[^>]*?(?:colspan="(\d+)")?[^>]*>/g)].reduce((n, m) => n + Number(m[1] ?? 1), 0);
    const tables = [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(5);
    expect(html).toContain('<th scope="col">Typ</th><th scope="col">Ämne</th>');
    for (const table of tables) {
      const rows = [...table.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) => m[0]);
      const width = cells(rows[0] as string);
      for (const row of rows) expect(cells(row), row).toBe(width);
    }
  });

  it('a draft document has the status draft in the JSON', async () => {
    const root = copyRegister(FIXTURE);
    const model = JSON.parse((await runSak(['report', '--register', root, '--year', '2026', '--format', 'json'])).stdout);
    const draft = model.documents.find((d: { document_status: string }) => d.document_status === 'draft');
    expect(draft.status).toBe('draft');
  });

  it('-o FILE picks the format from the extension and refuses a --format that contradicts it', async () => {
    const root = copyRegister(FIXTURE);
    const dir = makeTempDir();
    expect((await runSak(['report', '--register', root, '--year', '2026', '-o', path.join(dir, 'r.html')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect((await runSak(['report', '--register', root, '--year', '2026', '-o', path.join(dir, 'r.JSON')])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.JSON'), 'utf8')).format).toBe(1);
    expect((await runSak(['report', '--register', root, '--year', '2026', '-o', path.join(dir, 'r.txt')])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'r.txt'), 'utf8')).toMatch(/^# /);
    expect((await runSak(['report', '--register', root, '--year', '2026', '--format', 'html', '-o', path.join(dir, 'ok.htm')])).code).toBe(0);
    const clash = await runSak(['report', '--register', root, '--year', '2026', '--format', 'md', '-o', path.join(dir, 'x.json')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/--format md stämmer inte med filen .*x\.json/);
    const en = await runSak(['--lang', 'en', 'report', '--register', root, '--year', '2026', '--format', 'json', '-o', path.join(dir, 'x.md')]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/--format json does not match the file/);
  });
});
