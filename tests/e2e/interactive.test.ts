// `sak add` and `sak review` on a pseudo-terminal (util-linux `script`): prompts with
// Swedish labels, validation while answering, defaults, Ctrl-C and Esc (exit 130, nothing written).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KEYS, TODAY, commitCount, commitSubject, makeGitRegister, readText, runSakInTerminal, sak } from './helpers.js';

const { enter, down, ctrlC, escape, backspace } = KEYS;

function incidentFiles(root: string): string[] {
  const dir = path.join(root, 'incidents', '2026');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('sak add on a terminal', () => {
  it('asks for every missing field with Swedish labels and lists, validates answers, writes and commits', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['add', 'site', '--title', 'Stadshuset (fiktiv)', '--owner', 'kommunstyrelsen'])).code).toBe(0);
    const run = await runSakInTerminal(root, ['add', 'incident'], [
      { waitFor: /Titel/, send: `Vattenläcka i källaren (fiktiv)${enter}` },
      { waitFor: /Datum \(ÅÅÅÅ-MM-DD\) \(2026-11-26\)/, send: enter },
      { waitFor: /Klockslag \(valfritt\)/, send: `25:61${enter}` },
      { waitFor: /har fel form|TT:MM/, send: `${backspace.repeat(5)}14:30${enter}` },
      { waitFor: /Enhet/, send: 'kommunstyr' },
      { waitFor: /Kommunstyrelsen \(kommunstyrelsen\)/, send: enter },
      { waitFor: /Fastighet\/lokal \(valfritt\)/, send: 'stads' },
      { waitFor: /Stadshuset \(fiktiv\) \(SITE-stadshuset-fiktiv\)/, send: enter },
      { waitFor: /Plats \(valfritt\)/, send: `Källaren${enter}` },
      { waitFor: /Vattenskada \(water_damage\)/, send: `${down.repeat(9)}${enter}` },
      { waitFor: /Allvarlighetsgrad/, send: `${down}${enter}` },
      { waitFor: /Beskrivning \(valfritt\)/, send: `Rör 19121212-1212${enter}` },
      { waitFor: /personnummer/, send: `${backspace.repeat(14)}${enter}` },
      // The KIA type and a report to an authority: what the Arbetsmiljöverket item rests on.
      { waitFor: /KIA-typ \(valfritt\)/, send: `${down}${enter}` },
      { waitFor: /Anmäld till \(valfritt\)/, send: `${down}${enter}` },
      { waitFor: /Anmäld den \(ÅÅÅÅ-MM-DD\) \(2026-11-26\)/, send: `${backspace.repeat(10)}2026-11-25${enter}` },
    ]);
    expect(run.code, run.output).toBe(0);
    const id = /INC-20261126-[0-9A-HJKMNP-TV-Z]{5}/.exec(run.output)?.[0] as string;
    expect(id).toBeDefined();
    const record = parse(readText(root, `incidents/2026/${id}.yaml`)) as Record<string, unknown>;
    expect(record).toEqual({
      id,
      title: 'Vattenläcka i källaren (fiktiv)',
      date: TODAY,
      time: '14:30',
      reported: TODAY,
      unit: 'kommunstyrelsen',
      site: 'SITE-stadshuset-fiktiv',
      location: 'Källaren',
      category: 'water_damage',
      severity: 'medium',
      status: 'open',
      description: 'Rör',
      kia: { type: 'accident' },
      reported_to: [{ authority: 'work_environment_authority', date: '2026-11-25' }],
      created: TODAY,
    });
    expect(await commitSubject(root)).toBe(`sak: add incident ${id}: Vattenläcka i källaren (fiktiv)`);
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('the KIA type and the report to an authority may be left empty', async () => {
    const root = await makeGitRegister();
    const run = await runSakInTerminal(root, ['--lang', 'en', 'add', 'incident'], [
      { waitFor: /Title/, send: `Fallen ladder (fictitious)${enter}` },
      { waitFor: /Date/, send: enter },
      { waitFor: /Time/, send: enter },
      { waitFor: /Unit/, send: enter },
      { waitFor: /Location/, send: enter },
      { waitFor: /Category/, send: enter },
      { waitFor: /Severity/, send: enter },
      { waitFor: /Description/, send: enter },
      { waitFor: /KIA type \(optional\)/, send: enter },
      { waitFor: /Reported to \(optional\)/, send: enter },
    ]);
    expect(run.code, run.output).toBe(0);
    const id = /INC-20261126-[0-9A-HJKMNP-TV-Z]{5}/.exec(run.output)?.[0] as string;
    const record = parse(readText(root, `incidents/2026/${id}.yaml`)) as Record<string, unknown>;
    expect(record.kia).toBeUndefined();
    expect(record.reported_to).toBeUndefined();
  });

  it('Ctrl-C in a prompt exits 130 and writes nothing', async () => {
    const root = await makeGitRegister();
    const before = await commitCount(root);
    const run = await runSakInTerminal(root, ['add', 'incident'], [
      { waitFor: /Titel/, send: `Avbruten (fiktiv)${enter}` },
      { waitFor: /Datum/, send: ctrlC },
    ]);
    expect(run.code).toBe(130);
    expect(run.output).toContain('avbrutet; inget skrevs');
    expect(incidentFiles(root)).toEqual([]);
    expect(await commitCount(root)).toBe(before);
  });

  it('with some flags given asks only for the missing required fields; Esc in a list exits 130 and writes nothing', async () => {
    const root = await makeGitRegister();
    const run = await runSakInTerminal(root, ['add', 'incident', '--title', 'Avbruten med Esc (fiktiv)', '--unit', 'kommunstyrelsen'], [
      { waitFor: /Kategori/, send: escape },
    ]);
    expect(run.code).toBe(130);
    expect(incidentFiles(root)).toEqual([]);
  });

  it('--no-input on a terminal asks nothing: missing flags are exit 2', async () => {
    const root = await makeGitRegister();
    const run = await runSakInTerminal(root, ['add', 'incident', '--no-input', '--title', 'Utan frågor (fiktiv)'], []);
    expect(run.code).toBe(2);
    expect(run.output).toContain('--unit, --category, --severity');
  });

  it('sak review asks for the required values a flag did not give, on the scale with its labels', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['add', 'risk', '--title', 'Elavbrott (fiktiv)', '--owner', 'nvk', '--area', 'crisis_preparedness'])).code).toBe(0);
    const run = await runSakInTerminal(root, ['review', 'RSK-elavbrott-fiktiv', '--likelihood', '2'], [{ waitFor: /5 Katastrofal/, send: `${down.repeat(4)}${enter}` }]);
    expect(run.code, run.output).toBe(0);
    expect(parse(readText(root, 'risks/RSK-elavbrott-fiktiv.yaml'))).toMatchObject({ assessments: [{ date: TODAY, likelihood: 2, consequence: 5 }] });
  });
});
