// Agreements end to end (issue "Every municipality", item 3, "Done when"): `sak add agreement`
// on a (fake) terminal and with flags, `sak check` listing an agreement that ends within the
// horizon, `sak review`/`close` discharging it, and the report's agreements section, internal
// and public. In-process: the CLI through runCli, the prompts through @inquirer/testing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAdd } from '../../src/commands/add.js';
import { down, scriptedPrompter, search, typed } from '../support/scripted-prompter.js';
import { TODAY, commitSubject, copyExampleRegister, makeGitRegister, readText, sak } from './helpers.js';
import { fakeContext } from '../support/fake-context.js';

interface JsonItem {
  status: string;
  rule: string;
  id: string;
  due: string | null;
  message: string;
}

async function checkItems(root: string, args: readonly string[] = []): Promise<JsonItem[]> {
  const run = await sak(root, ['check', '--format', 'json', '--at', TODAY, ...args]);
  return (JSON.parse(run.stdout) as { items: JsonItem[] }).items;
}

const FLAGS = [
  'add', 'agreement', '--title', 'Avtal om bevakning (fiktivt)', '--type', 'supplier', '--owner', 'kommunstyrelsen',
  '--counterparty', 'Bevakningsbolaget AB (fiktivt)', '--start', '2024-02-01', '--end', '2027-01-31', '--notice', 'P2M',
  '--review', 'P1Y', '--procurement-dnr', 'KS 2023/99', '--procurement-security-requirements', '--no-input',
];

describe('sak add agreement', () => {
  it('asks for the agreement on a terminal: title, type, owner, counterparty, start, end and notice', async () => {
    const root = copyExampleRegister();
    const { ctx, out } = fakeContext(root, { today: TODAY });
    const asked: string[] = [];
    const screens: Record<string, string> = {};
    const prompter = scriptedPrompter(
      {
        Titel: typed('Samverkansavtal om larmcentral (fiktivt)'),
        Typ: down(1),
        Ägare: search('kommunstyr'),
        Motpart: typed('Grannkommunen (fiktiv)'),
        Start: typed('2026-01-01'),
        Slutdatum: typed('2027-12-31'),
        Uppsägningstid: typed('P6M'),
      },
      screens,
      asked,
    );
    const code = await runAdd('agreement', { commit: false }, ctx, { prompter, random: () => new Uint8Array(5) });
    expect(code, out.stderr).toBe(0);
    expect(out.stdout).toBe('AGR-samverkansavtal-om-larmcentral-fiktivt\n');
    expect(asked).toEqual(['Titel', 'Typ', 'Ägare', 'Motpart', 'Start', 'Slutdatum', 'Uppsägningstid']);
    expect(screens.Typ).toContain('Leverantörsavtal (supplier)');
    expect(screens.Typ).toContain('Säkerhetsskyddsavtal (security_protection)');
    const record = parse(readFileSync(path.join(root, 'agreements', 'AGR-samverkansavtal-om-larmcentral-fiktivt.yaml'), 'utf8')) as Record<string, unknown>;
    expect(record).toEqual({
      id: 'AGR-samverkansavtal-om-larmcentral-fiktivt',
      title: 'Samverkansavtal om larmcentral (fiktivt)',
      type: 'cooperation',
      owner: 'kommunstyrelsen',
      counterparty: 'Grannkommunen (fiktiv)',
      status: 'active',
      start: '2026-01-01',
      end: '2027-12-31',
      notice: 'P6M',
    });
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('takes every field as a flag, writes and commits, and names what is missing with --no-input', async () => {
    const root = await makeGitRegister();
    const run = await sak(root, FLAGS);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('AGR-avtal-om-bevakning-fiktivt\n');
    expect(parse(readText(root, 'agreements/AGR-avtal-om-bevakning-fiktivt.yaml'))).toMatchObject({
      type: 'supplier',
      counterparty: 'Bevakningsbolaget AB (fiktivt)',
      status: 'active',
      notice: 'P2M',
      review: 'P1Y',
      procurement: { dnr: 'KS 2023/99', security_requirements: true },
    });
    expect(await commitSubject(root)).toBe('sak: add agreement AGR-avtal-om-bevakning-fiktivt: Avtal om bevakning (fiktivt)');
    const missing = await sak(root, ['add', 'agreement', '--title', 'Utan typ', '--no-input']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--type/);
    expect(missing.stderr).toMatch(/--owner/);
    const bad = await sak(root, ['add', 'agreement', '--title', 'Fel typ', '--type', 'leverantor', '--owner', 'kommunstyrelsen', '--no-input']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/supplier/);
  });
});

describe('agreements in sak check and sak report', () => {
  it('lists an agreement ending within the horizon, its follow-up, and discharges them by review and close', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, FLAGS)).code).toBe(0);
    const id = 'AGR-avtal-om-bevakning-fiktivt';
    // Ends 2027-01-31 with two months' notice: the decision is due 2026-11-30, within 90 days of 2026-11-26.
    // The follow-up (review P1Y from the start 2024-02-01, never done) is overdue since 2025-02-01.
    const items = (await checkItems(root)).filter((i) => i.id === id);
    expect(items.map((i) => [i.status, i.rule, i.due])).toEqual([
      ['overdue', 'agreement-review', '2025-02-01'],
      ['due', 'agreement-end', '2026-11-30'],
    ]);
    expect(items[1]?.message).toContain('avtalet löper ut 2027-01-31: beslut om förlängning, ny upphandling eller avslut senast 2026-11-30 (uppsägningstid 2 månader)');
    // A horizon that ends before 2026-11-30 leaves the decision out.
    expect((await checkItems(root, ['--horizon', 'P3D'])).filter((i) => i.id === id).map((i) => i.rule)).toEqual(['agreement-review']);
    // The text output and --owner find it too.
    const text = await sak(root, ['check', '--at', TODAY, '--owner', 'kommunstyrelsen']);
    expect(text.stdout).toContain(`${id}: avtalet löper ut 2027-01-31`);

    const review = await sak(root, ['review', id, '--result', 'deviations', '--finding', 'medium: Ronderingen uteblev (fiktivt)', '--date', '2026-11-20']);
    expect(review.code, review.stderr).toBe(0);
    expect((await checkItems(root, ['--all'])).filter((i) => i.id === id).map((i) => [i.status, i.rule, i.due])).toEqual([
      ['due', 'agreement-end', '2026-11-30'],
      ['ok', 'agreement-review', '2027-11-20'],
    ]);

    // Prolonged: a new end; then ended: nothing left to follow up.
    expect((await sak(root, ['set', id, 'end=2029-01-31'])).code).toBe(0);
    expect((await checkItems(root)).some((i) => i.id === id)).toBe(false);
    expect((await sak(root, ['close', id])).code).toBe(0);
    expect((await checkItems(root, ['--all'])).some((i) => i.id === id)).toBe(false);
  });

  it('reports agreements: counts by type, ending soon, follow-ups and deviations; public names only those with a public body', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, FLAGS)).code).toBe(0);
    expect((await sak(root, ['review', 'AGR-avtal-om-bevakning-fiktivt', '--result', 'deviations', '--finding', 'medium: Ronderingen uteblev (fiktivt)', '--date', '2026-11-20'])).code).toBe(0);

    const internal = await sak(root, ['report', '--year', '2026', '--at', TODAY, '--audience', 'internal']);
    expect(internal.code, internal.stderr).toBe(0);
    const section = internal.stdout.slice(internal.stdout.indexOf('## Avtal'), internal.stdout.indexOf('## Kommande tidsfrister'));
    expect(section).toContain('Registret har 1 gällande avtal, 1 planerat och 0 upphörda.');
    expect(section).toContain('| Leverantörsavtal | 1 |');
    expect(section).toContain('| Samverkansavtal | 1 |');
    // Fagersta's planned agreement with NVK and the new supplier agreement, with the counterparty.
    expect(section).toContain('| AGR-samverkan-nvk | Avtal mellan NVK och kommunen om riktlinjer och ansvar inom säkerhetsområdet | Samverkansavtal | Kommunstyrelsen | Norra Västmanlands Kommunalteknikförbund (NVK) | Planerat | – |');
    expect(section).toContain('| AGR-avtal-om-bevakning-fiktivt | Avtal om bevakning (fiktivt) | Leverantörsavtal | Kommunstyrelsen | Bevakningsbolaget AB (fiktivt) | Gällande | 31 januari 2027 |');
    expect(section).toContain('| AGR-avtal-om-bevakning-fiktivt | Avtal om bevakning (fiktivt) | Leverantörsavtal | 31 januari 2027 | 30 november 2026 | Förfaller snart |');
    expect(section).toContain('Under perioden följdes avtalens krav upp 1 gång; 1 uppföljning visade avvikelser (låg 0, medel 1, hög 0, allvarlig 0).');

    const pub = await sak(root, ['report', '--year', '2026', '--at', TODAY, '--audience', 'public']);
    expect(pub.code, pub.stderr).toBe(0);
    expect(pub.stdout).toContain('## Avtal');
    expect(pub.stdout).toContain('| Leverantörsavtal | 1 |');
    expect(pub.stdout).toContain('AGR-samverkan-nvk');
    expect(pub.stdout).not.toContain('Bevakning');
    expect(pub.stdout).not.toContain('AGR-avtal-om-bevakning');
    expect(pub.stdout).not.toContain('Norra Västmanlands Kommunalteknikförbund (NVK)');
    expect(pub.stdout).toContain('1 avtal ingår bara i antalen');

    const en = await sak(root, ['report', '--year', '2026', '--at', TODAY, '--lang', 'en', '--format', 'html']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/<h2[^>]*>Agreements<\/h2>/);
    expect(en.stdout).toContain('<h3>Agreements ending</h3>');
  });
});
