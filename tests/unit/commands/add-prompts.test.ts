// `sak add` on a (fake) terminal, with every prompt driven through @inquirer/testing: the
// command runs against a copy of the example register with a fake context.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAdd } from '../../../src/commands/add.js';
import { CancelledError } from '../../../src/errors.js';
import { down, enter, refusedThenAccepted, scriptedPrompter, search, tick, typed } from '../../support/scripted-prompter.js';
import { fakeContextOnExample } from '../../support/fake-context.js';

describe('sak add incident on a terminal (prompts)', () => {
  it('asks for the missing fields with Swedish labels, defaults and validation, then writes the record', async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const screens: Record<string, string> = {};
    const prompter = scriptedPrompter(
      {
        Titel: typed('Nyckel borttappad (fiktiv)'),
        Datum: enter,
        Klockslag: refusedThenAccepted('9.30', 'har fel form', '09:30'),
        Enhet: search('ledningsgr'),
        Plats: enter,
        Kategori: down(2),
        Allvarlighetsgrad: enter,
        Beskrivning: typed('Huvudnyckeln till förrådet saknas.'),
        'KIA-typ': enter,
        'Anmäld till': enter,
      },
      screens,
    );
    const code = await runAdd('incident', { commit: false }, ctx, { prompter, random: () => Uint8Array.from([1, 2, 3, 4, 5]) });
    expect(code).toBe(0);
    expect(out.stdout).toBe('INC-20261126-12345\n');
    expect(screens.Datum).toContain('(2026-11-26)');
    expect(screens.Kategori).toContain('Skadegörelse (vandalism)');
    expect(screens.Kategori).toContain('Informationssäkerhetsincident (information_security)');
    expect(screens.Enhet).toContain('Kommunstyrelsen (kommunstyrelsen)');
    expect(screens['KIA-typ']).toContain('Olycksfall (accident)');
    expect(screens['Anmäld till']).toContain('Arbetsmiljöverket (work_environment_authority)');
    const text = readFileSync(path.join(root, 'incidents', '2026', 'INC-20261126-12345.yaml'), 'utf8');
    expect(parse(text)).toEqual({
      id: 'INC-20261126-12345',
      title: 'Nyckel borttappad (fiktiv)',
      date: '2026-11-26',
      time: '09:30',
      reported: '2026-11-26',
      unit: 'ledningsgruppen',
      category: 'theft',
      severity: 'low',
      status: 'open',
      description: 'Huvudnyckeln till förrådet saknas.',
      created: '2026-11-26',
    });
  });

  it('with some fields given, asks only for the missing required ones', async () => {
    const { ctx, root } = fakeContextOnExample();
    const asked: string[] = [];
    const prompter = scriptedPrompter(
      {
        Allvarlighetsgrad: (e) => {
          asked.push('severity');
          e.keypress('down');
          enter(e);
        },
      },
      {},
    );
    const code = await runAdd('incident', { title: 'Delvis angiven (fiktiv)', date: '2026-11-20', unit: 'nvk', category: 'fire', commit: false }, ctx, { prompter, random: () => new Uint8Array(5) });
    expect(code).toBe(0);
    expect(asked).toEqual(['severity']);
    expect(parse(readFileSync(path.join(root, 'incidents', '2026', 'INC-20261120-00000.yaml'), 'utf8'))).toMatchObject({ severity: 'medium', date: '2026-11-20' });
    const all = await runAdd('incident', { title: 'Helt angiven (fiktiv)', unit: 'nvk', category: 'fire', severity: 'low', commit: false }, ctx, { prompter: scriptedPrompter({}, {}) });
    expect(all).toBe(0);
  });

  it('Ctrl-C in a prompt is CancelledError (exit 130) and nothing is written', async () => {
    const { ctx, root } = fakeContextOnExample();
    const prompter = scriptedPrompter(
      {
        Titel: (e) => {
          e.type('Avbryts (fiktiv)');
          enter(e);
        },
        Datum: (e) => e.keypress({ name: 'c', ctrl: true }),
      },
      {},
    );
    const error = await runAdd('incident', { commit: false }, ctx, { prompter }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(130);
    expect(existsSync(path.join(root, 'incidents'))).toBe(false);
  });

  it('refuses a personnummer while the title is typed', async () => {
    const { ctx, root } = fakeContextOnExample();
    let message = '';
    const prompter = scriptedPrompter(
      {
        Titel: async (e, screen) => {
          e.type('Hot mot 19121212-1212');
          enter(e);
          await tick();
          message = screen();
          e.keypress({ name: 'c', ctrl: true });
        },
      },
      {},
    );
    await expect(runAdd('incident', { commit: false }, ctx, { prompter })).rejects.toBeInstanceOf(CancelledError);
    expect(message).toContain('personnummer');
    expect(readdirSync(root)).not.toContain('incidents');
  });
});
