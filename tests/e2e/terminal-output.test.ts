// Output that cannot attack its reader (issue "Safe to publish, safe to share", item 8): an
// ANSI or OSC sequence in a record reaches the terminal as visible characters, never as a
// control; `list --format csv` neutralises cells a spreadsheet would run as formulas.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { makeMinimalRegister, sak, writeRecord } from './helpers.js';

const INC = 'incidents/2026/INC-20261101-7QX2K.yaml';
// YAML's "\e" is ESC and "\a" BEL: a screen clear and an OSC 8 hyperlink in the title.
const ATTACK = 'id: INC-20261101-7QX2K\ntitle: "Inbrott \\e[2J\\e]8;;https://evil.invalid\\aklicka\\e]8;;\\a (fiktiv)"\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: burglary\nseverity: low\nstatus: open\n';

describe('strings from records on a terminal', () => {
  it('list, show, check and validate print escape sequences as visible characters', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, INC, ATTACK);
    for (const args of [['list', 'incident'], ['show', 'INC-20261101-7QX2K'], ['check', '--at', '2026-12-31'], ['list', 'incident', '--format', 'csv']]) {
      const run = await sak(root, args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBeLessThan(2);
      // eslint-disable-next-line no-control-regex
      expect(run.stdout + run.stderr, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    }
    expect((await sak(root, ['list', 'incident'])).stdout).toContain('Inbrott ␛[2J␛]8;;https://evil.invalid␇klicka');
    writeRecord(root, INC, ATTACK.replace('severity: low', 'severity: "\\e[2J"'));
    const invalid = await sak(root, ['validate']);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout + invalid.stderr).toContain('␛[2J');
    expect(invalid.stdout + invalid.stderr).not.toContain('\u001b');
  });
});

describe('sak list --format csv', () => {
  it('neutralises cells starting with =, +, -, @ (formula escaping, as csv-stringify does)', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, 'risks/RSK-formel.yaml', 'id: RSK-formel\ntitle: "=HYPERLINK(\\"https://evil.invalid\\",\\"Klicka\\")"\nowner: kommunstyrelsen\narea: fire_safety\n');
    writeRecord(root, 'risks/RSK-plus.yaml', 'id: RSK-plus\ntitle: "+1+1 @SUM(A1) (fiktiv)"\nowner: kommunstyrelsen\narea: fire_safety\n');
    const run = await sak(root, ['list', 'risk', '--format', 'csv']);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout.replace(/^\uFEFF/, ''), { columns: true, delimiter: ';' }) as Record<string, string>[];
    const titles = rows.map((r) => Object.values(r)[1]);
    expect(titles).toEqual(["'=HYPERLINK(\"https://evil.invalid\",\"Klicka\")", "'+1+1 @SUM(A1) (fiktiv)"]);
    // sak import reads the value back without the apostrophe the escaping added.
    writeRecord(root, 'risker.csv', run.stdout);
    const back = await sak(root, ['import', 'risk', 'risker.csv', '--dry-run', '--format', 'json']);
    expect(back.code, back.stderr).toBe(0);
    expect((JSON.parse(back.stdout) as { record: { title: string } }[]).map((r) => r.record.title)).toEqual(['=HYPERLINK("https://evil.invalid","Klicka")', '+1+1 @SUM(A1) (fiktiv)']);
  });
});
