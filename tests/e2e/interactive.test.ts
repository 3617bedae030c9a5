// `sak add` and `sak review` on a terminal: the whole dialogue of `sak add incident` on a
// pseudo-terminal (util-linux `script`): Swedish labels, validation while answering, defaults;
// the other cases in-process, their prompts driven through @inquirer/testing (a terminal run
// costs a process and a pseudo-terminal each). Ctrl-C and Esc in every question of `sak add`,
// on a pseudo-terminal and in-process: hardening-terminal.test.ts (Esc only on the
// pseudo-terminal: sak reads it from the terminal, not through the prompt library).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAdd } from '../../src/commands/add.js';
import { runReview } from '../../src/commands/review.js';
import { CancelledError } from '../../src/errors.js';
import { fakeContext } from '../support/fake-context.js';
import { ctrlC, down as pressDown, enter as pressEnter, scriptedPrompter, typed } from '../support/scripted-prompter.js';
import { GIT_ENV, KEYS, TODAY, commitCount, commitSubject, makeGitRegister, readText, runSak, runSakInTerminal, sak } from './helpers.js';

const { enter, down, backspace } = KEYS;

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
});

describe('sak add and sak review on a terminal (in process: prompts through @inquirer/testing)', () => {
  it('the KIA type and the report to an authority may be left empty', async () => {
    const root = await makeGitRegister();
    const { ctx, out } = fakeContext(root);
    const script = { Titel: typed('Fallen stege (fiktiv)'), ...Object.fromEntries(['Datum', 'Klockslag', 'Enhet', 'Fastighet/lokal', 'Plats', 'Kategori', 'Allvarlighetsgrad', 'Beskrivning', 'KIA-typ', 'Anmäld till'].map((key) => [key, pressEnter])) };
    expect(await runAdd('incident', { commit: false }, ctx, { prompter: scriptedPrompter(script, {}) })).toBe(0);
    const [file] = incidentFiles(root);
    const record = parse(readText(root, `incidents/2026/${file}`)) as Record<string, unknown>;
    expect(out.stdout).toContain(String(record.id));
    expect(record).toMatchObject({ title: 'Fallen stege (fiktiv)', date: TODAY });
    expect(record.kia).toBeUndefined();
    expect(record.reported_to).toBeUndefined();
  });

  it('with some flags given asks only for the missing required fields; Ctrl-C there is exit 130 and writes nothing', async () => {
    const root = await makeGitRegister();
    const before = await commitCount(root);
    const asked: string[] = [];
    // Committing, as a user's run does (the identity is checked before the first question).
    const { ctx } = fakeContext(root, { gitEnv: GIT_ENV });
    const error = await runAdd('incident', { title: 'Avbruten (fiktiv)', unit: 'kommunstyrelsen' }, ctx, { prompter: scriptedPrompter({ Kategori: ctrlC }, {}, asked) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(130);
    expect(asked).toEqual(['Kategori']);
    expect(incidentFiles(root)).toEqual([]);
    expect(await commitCount(root)).toBe(before);
  });

  it('--no-input on a terminal asks nothing: missing flags are exit 2', async () => {
    const root = await makeGitRegister();
    const run = await runSak(['add', 'incident', '--no-input', '--title', 'Utan frågor (fiktiv)'], { cwd: root, env: GIT_ENV, terminal: true });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--unit, --category, --severity');
    expect(incidentFiles(root)).toEqual([]);
  });

  it('sak review asks for the required values a flag did not give, on the scale with its labels', async () => {
    const root = await makeGitRegister();
    expect((await sak(root, ['add', 'risk', '--title', 'Elavbrott (fiktiv)', '--owner', 'nvk', '--area', 'crisis_preparedness'])).code).toBe(0);
    const screens: Record<string, string> = {};
    const asked: string[] = [];
    const { ctx } = fakeContext(root);
    expect(await runReview('RSK-elavbrott-fiktiv', { likelihood: '2', commit: false }, ctx, { prompter: scriptedPrompter({ Konsekvens: pressDown(4) }, screens, asked) })).toBe(0);
    expect(asked).toEqual(['Konsekvens']);
    expect(screens.Konsekvens).toMatch(/5 Katastrofal/);
    expect(parse(readText(root, 'risks/RSK-elavbrott-fiktiv.yaml'))).toMatchObject({ assessments: [{ date: TODAY, likelihood: 2, consequence: 5 }] });
  });
});
