// No invented history (#12 item 6): `sak add` writes `created`, and the report's comparison
// period counts a record only from the day it is known to have existed. A register started
// in 2026 shows "–" for 2025, with a sentence saying why. Fictitious data only.
import { describe, expect, it } from 'vitest';
import { TODAY, makeGitRegister, sak } from './helpers.js';

describe('the comparison period of a register started this year', () => {
  it('shows – instead of zeros, and says that the register was started later', async () => {
    const root = await makeGitRegister('minimal');
    const add = await sak(root, ['add', 'incident', '--no-input', '--title', 'Stulen cykel (fiktiv)', '--date', '2026-03-02', '--unit', 'kommunstyrelsen', '--category', 'theft', '--severity', 'low']);
    expect(add.code, add.stderr).toBe(0);
    expect((await sak(root, ['add', 'action', '--no-input', '--title', 'Lås cykelstället (fiktiv)', '--owner', 'kommunstyrelsen', '--due', '2027-01-31'])).code).toBe(0);
    const model = JSON.parse((await sak(root, ['report', '--year', '2026', '--format', 'json'])).stdout);
    expect(model.previous_period).toMatchObject({ label: '2025', kept: false, started_on: '2026-03-02' });
    expect(model.summary.every((row: { previous: unknown }) => row.previous === null)).toBe(true);
    expect(model.incidents.previous_total).toBeNull();
    const md = (await sak(root, ['report', '--year', '2026'])).stdout;
    expect(md).toContain('| Incidenter | 1 | – |');
    expect(md).toContain('| Öppna åtgärder | 1 | – |');
    expect(md).toContain('Registret började föras senare än 2025 (den tidigaste uppgiften är från 2 mars 2026), så för jämförelseperioden står – i stället för siffror.');
    expect(md).toContain('(2025: –)');
    const en = (await sak(root, ['--lang', 'en', 'report', '--year', '2026', '--format', 'html'])).stdout;
    expect(en).toContain('The register was started after 2025 (its earliest entry is from 2 March 2026)');
    // The next year's report compares with 2026, when the register was kept.
    const next = JSON.parse((await sak(root, ['report', '--year', '2027', '--at', '2027-12-31', '--format', 'json'])).stdout);
    expect(next.previous_period.kept).toBe(true);
    expect(next.summary.find((r: { key: string }) => r.key === 'incidents').previous).toBe(1);
  });

  it('a record counts only from the day it is known: an action entered today is not open in last year\'s figures', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['add', 'action', '--no-input', '--title', 'Ny åtgärd (fiktiv)', '--owner', 'kommunstyrelsen'])).code).toBe(0);
    const model = JSON.parse((await sak(root, ['report', '--year', '2026', '--format', 'json'])).stdout);
    // The example register's documents were adopted long before: it was kept in 2025.
    expect(model.previous_period.kept).toBe(true);
    const open = model.summary.find((r: { key: string }) => r.key === 'open_actions');
    expect(open.value - open.previous).toBeGreaterThanOrEqual(1);
    expect(TODAY).toBe('2026-11-26');
  });
});
