// Every municipality, not only the example one (issue 14): the choices that were written into
// the code are register data. All data here is fictitious.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeMinimalRegister, sak, writeRecord } from './helpers.js';

const RISK = (likelihood: number, consequence: number) => `id: RSK-stopp-i-vattenverket
title: Stopp i vattenverket
owner: kommunstyrelsen
area: crisis_preparedness
assessments:
  - { date: 2026-03-01, likelihood: ${likelihood}, consequence: ${consequence} }
`;

function registerWith(config: string): string {
  const root = makeMinimalRegister();
  writeFileSync(path.join(root, 'sak.yaml'), `format: 1\nmunicipality: Provkommun (fiktiv)\n${config}`);
  return root;
}

describe('risk_matrix N × M', () => {
  const FOUR = 'risk_matrix:\n  likelihood: [Sällsynt, Möjlig, Trolig, Mycket trolig]\n  consequence: 4\n  levels: { medium: 4, high: 8, critical: 12 }\n';

  it('a 4 × 4 register validates and its report shows a 4 × 4 matrix', async () => {
    const root = registerWith(FOUR);
    writeRecord(root, 'risks/RSK-stopp-i-vattenverket.yaml', RISK(4, 4));
    const run = await sak(root, ['validate', '--strict']);
    expect(run.stdout).toContain('inga fel');
    const report = await sak(root, ['report', '--year', '2026', '--at', '2026-11-26']);
    expect(report.code).toBe(0);
    const table = report.stdout.split('\n').filter((line) => line.startsWith('| Sannolikhet') || /^\| [1-6] /.test(line));
    // consequence: 4 has no labels, so its steps show as numbers.
    expect(table[0]?.replace(/ +/g, ' ')).toBe('| Sannolikhet ↓ / konsekvens → | 1 | 2 | 3 | 4 |');
    expect(table.slice(1).map((line) => line.split('|').length - 2)).toEqual([5, 5, 5, 5]);
    expect(table[1]).toMatch(/^\| 4 Mycket trolig \|.*🟥 Kritisk: \*\*1\*\* \|$/);
    const html = await sak(root, ['report', '--year', '2026', '--at', '2026-11-26', '--format', 'html']);
    const matrix = html.stdout.split('<table class="matrix">')[1]?.split('</table>')[0] ?? '';
    const rows = matrix.split('\n').filter((line) => line.startsWith('<tr><th scope="row">'));
    expect(rows.map((row) => (row.match(/<td class="level-/g) ?? []).length)).toEqual([4, 4, 4, 4]);
    expect(rows[0]).toContain('<td class="level-critical">Kritisk: <strong>1</strong></td>');
  });

  it('refuses an assessment outside the matrix, with file, line and column', async () => {
    const root = registerWith(FOUR);
    writeRecord(root, 'risks/RSK-stopp-i-vattenverket.yaml', RISK(5, 2));
    const run = await sak(root, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('risks/RSK-stopp-i-vattenverket.yaml:6:');
    expect(run.stdout).toContain('sannolikheten 5 ligger utanför riskmatrisen 1–4 (risk_matrix i sak.yaml)');
    const en = await sak(root, ['validate', '--lang', 'en']);
    expect(en.stdout).toContain('the likelihood 5 lies outside the risk matrix 1–4');
  });

  it('refuses a matrix larger than 6 and levels beyond its highest score', async () => {
    let run = await sak(registerWith('risk_matrix:\n  likelihood: 7\n'), ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('sak.yaml:4:');
    run = await sak(registerWith('risk_matrix:\n  likelihood: 3\n  consequence: 3\n  levels: { medium: 3, high: 6, critical: 10 }\n'), ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('inom riskmatrisens högsta riskvärde 9');
  });
});

describe('findings: report_to and within', () => {
  const CONTROL = (reported: string) => `id: CTL-larmprov
title: Prov av inbrottslarm
unit: kommunstyrelsen
area: internal_protection
frequency: P1Y
start: 2026-01-01
performed:
  - date: 2026-03-10
    result: deviations
    findings:
      - severity: serious
        description: Larmet var ur funktion
${reported}`;

  it('a serious finding in a register without ledningsgruppen can be marked reported', async () => {
    const root = registerWith('findings:\n  report_to: [sakerhetssamordnare]\n  within: P2D\n');
    writeRecord(root, 'controls/CTL-larmprov.yaml', CONTROL('        reported: { date: 2026-03-12, to: [sakerhetssamordnare] }\n'));
    expect((await sak(root, ['validate', '--strict'])).code).toBe(0);
    const run = await sak(root, ['check', '--at', '2026-11-26', '--all', '--format', 'json']);
    const items = (JSON.parse(run.stdout) as { items: { rule: string; status: string; due: string; message: string }[] }).items.filter((i) => i.rule === 'finding-unreported');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'ok', due: '2026-03-12' });
    expect(items[0]?.message).toContain('rapporterad 2026-03-12 till Säkerhetssamordnare');
    const report = await sak(root, ['report', '--year', '2026', '--at', '2026-11-26']);
    expect(report.stdout).toContain('ska rapporteras inom 2 dagar till Säkerhetssamordnare.');
  });

  it('refuses a report_to unit that is not a unit id', async () => {
    const run = await sak(registerWith('findings:\n  report_to: [Ledningsgruppen]\n'), ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('sak.yaml:4:');
  });
});

describe('training demands with units and types, and the exercise type meeting', () => {
  it('follows up a demand on named units that only meetings meet', async () => {
    const root = registerWith('training:\n  - { topic: security_culture, units: [kommunstyrelsen], types: [meeting], every: P1Y }\n');
    const added = await sak(root, ['add', 'exercise', '--title', 'APT med säkerhet på dagordningen (fiktiv)', '--date', '2026-10-01', '--type', 'meeting', '--topic', 'security_culture', '--units', 'kommunstyrelsen', '--no-input']);
    expect(added.code, added.stderr).toBe(0);
    expect((await sak(root, ['validate', '--strict'])).code).toBe(0);
    const run = await sak(root, ['check', '--at', '2026-11-26', '--all', '--format', 'json']);
    const items = (JSON.parse(run.stdout) as { items: { rule: string; id: string; status: string; due: string }[] }).items.filter((i) => i.rule === 'training');
    expect(items).toEqual([expect.objectContaining({ id: 'kommunstyrelsen', status: 'ok', due: '2027-10-01' })]);
  });

  it('refuses a demand that names no units, and unit ids of sak.yaml that are no unit', async () => {
    let run = await sak(registerWith('training:\n  - { topic: cpr, every: P1Y }\n'), ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('utbildningskravet måste ange unit_type, units eller båda');
    run = await sak(registerWith('training:\n  - { topic: cpr, units: [kommunstyrelsn], every: P1Y }\nfindings:\n  report_to: [ledningsgruppen]\n'), ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('sak.yaml:4:27 error ref-missing hänvisningen "kommunstyrelsn" pekar inte på någon post; menade du "kommunstyrelsen"?');
    expect(run.stdout).toContain('sak.yaml:6:15 error ref-missing hänvisningen "ledningsgruppen" pekar inte på någon post');
  });
});
