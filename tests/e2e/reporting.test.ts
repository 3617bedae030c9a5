// End-to-end tests of the duties to report incidents to authorities (rules.md,
// `incident-authority`, amended by the issue "Every municipality, not only Fagersta"): the
// built-in duties, sak.yaml `reporting`, its validation, and the report's counts per
// authority. Fictitious registers; the expected dates are worked out by hand.
import { describe, expect, it } from 'vitest';
import { makeMinimalRegister, runSak, writeRecord } from './support/sak.js';

const INCIDENT = (id: string, fields: string) =>
  `id: ${id}\ntitle: Provincident (fiktiv)\ndate: ${id.slice(4, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}\nunit: kommunstyrelsen\nstatus: open\n${fields}`;

function register(config = ''): string {
  const root = makeMinimalRegister();
  if (config !== '') writeRecord(root, 'sak.yaml', `format: 1\nmunicipality: Testkommun (fiktiv)\n${config}`);
  // A personal-data breach (IMY, 72 hours: due 2026-11-13), reported on time.
  writeRecord(root, 'incidents/2026/INC-20261110-AAAA1.yaml', INCIDENT('INC-20261110-AAAA1', 'category: information_security\nseverity: medium\npersonal_data_breach: true\nreported_to:\n  - authority: imy\n    date: 2026-11-12\n'));
  // A serious information-security incident: CSIRT early warning by 2026-11-21, notification by 2026-11-23, final report by 2026-12-23.
  writeRecord(root, 'incidents/2026/INC-20261120-AAAA2.yaml', INCIDENT('INC-20261120-AAAA2', 'category: information_security\nseverity: serious\nreported_to:\n  - authority: csirt\n    stage: early_warning\n    date: 2026-11-20\n'));
  // A serious fire: no built-in duty; a local one in some tests.
  writeRecord(root, 'incidents/2026/INC-20261101-AAAA3.yaml', INCIDENT('INC-20261101-AAAA3', 'category: fire\nseverity: serious\n'));
  return root;
}

interface Item {
  status: string;
  rule: string;
  id: string;
  due: string | null;
  authority?: string;
  stage?: string;
}

async function authorityItems(root: string): Promise<(string | null)[][]> {
  const run = await runSak(['check', '--register', root, '--format', 'json', '--all', '--at', '2026-11-26']);
  expect(run.stderr).toBe('');
  const items = (JSON.parse(run.stdout) as { items: Item[] }).items.filter((i) => i.rule === 'incident-authority');
  return items.map((i) => [i.status, i.id, i.authority ?? null, i.stage ?? null, i.due]);
}

describe('reporting duties to authorities', () => {
  it('asks IMY and the CSIRT unit by their deadlines', async () => {
    expect(await authorityItems(register())).toEqual([
      ['overdue', 'INC-20261120-AAAA2', 'csirt', 'notification', '2026-11-23'],
      ['due', 'INC-20261120-AAAA2', 'csirt', 'final_report', '2026-12-23'],
      ['ok', 'INC-20261110-AAAA1', 'imy', null, '2026-11-13'],
      ['ok', 'INC-20261120-AAAA2', 'csirt', 'early_warning', '2026-11-21'],
    ]);
  });

  it('switches a duty off and adds a local one from sak.yaml', async () => {
    const config = 'reporting:\n  - authority: csirt\n    off: true\n  - authority: county_board\n    when: { categories: [fire], severities: [serious] }\n    within: P2D\n';
    expect(await authorityItems(register(config))).toEqual([
      ['overdue', 'INC-20261101-AAAA3', 'county_board', null, '2026-11-03'],
      ['ok', 'INC-20261110-AAAA1', 'imy', null, '2026-11-13'],
    ]);
  });

  it('refuses a local duty without `when`, and a category that does not exist, with file, line and column', async () => {
    const root = register('reporting:\n  - authority: county_board\n    within: P1D\n');
    const run = await runSak(['validate', '--register', root]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('sak.yaml:4:5 error config obligatoriskt fält saknas: when');
    expect(run.stdout).not.toContain('if:');
    const typo = register('reporting:\n  - authority: police\n    when: { categories: [brnad] }\n    within: P1D\n');
    const en = await runSak(['validate', '--register', typo, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('sak.yaml:5:26 error config the reporting duty names the category "brnad", which does not exist');
  });

  it('counts reports made and missed per authority in the report, counts only in public', async () => {
    const root = register();
    const pub = await runSak(['report', '--register', root, '--year', '2026', '--at', '2026-11-26', '--format', 'json']);
    expect(pub.code).toBe(0);
    const rows = (JSON.parse(pub.stdout) as { incidents: { authority_reports: Record<string, unknown>[] } }).incidents.authority_reports;
    expect(rows.map((r) => [r.authority, r.stage, r.required, r.made, r.on_time, r.missed, r.pending])).toEqual([
      ['imy', null, 1, 1, 1, 0, 0],
      ['csirt', 'early_warning', 1, 1, 1, 0, 0],
      ['csirt', 'notification', 1, 0, 0, 1, 0],
      ['csirt', 'final_report', 1, 0, 0, 0, 1],
    ]);
    expect(rows.every((r) => !('missing' in r))).toBe(true);
    const internal = await runSak(['report', '--register', root, '--year', '2026', '--at', '2026-11-26', '--audience', 'internal']);
    expect(internal.stdout).toContain('| CSIRT-enheten (cybersäkerhetslagen): incidentanmälan | cybersäkerhetslagen (2025:1506) 2 kap. 6 § | 1 | 0 | 0 | 1 | 0 |');
    expect(internal.stdout).toContain('Saknas, CSIRT-enheten (cybersäkerhetslagen): incidentanmälan: INC-20261120-AAAA2 (20 november 2026, senast 23 november 2026).');
  });
});
