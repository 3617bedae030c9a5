// The prompts of `sak add` that ask what the deadlines need (issue 18 item 6): a document's
// adoption (or "inte antaget än"), a risk's assessment on the register's scale with its date,
// and `sak add` alone. Driven in-process through @inquirer/testing on a copy of the example register.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runAdd } from '../../../src/commands/add.js';
import { runAddWithoutKind } from '../../../src/commands/add-kind-choice.js';
import { KINDS } from '../../../src/core/kinds.js';
import { UsageError } from '../../../src/errors.js';
import { EMPTY_ANSWER_HINTS } from '../../../src/i18n/kind-texts.js';
import { fakeContextOnExample } from '../../support/fake-context.js';
import { down, enter, refusedThenAccepted, scriptedPrompter, search, typed, type Answer } from '../../support/scripted-prompter.js';

const REPO = path.resolve(import.meta.dirname, '..', '..', '..');


describe('sak add document on a terminal', () => {
  it('asks for the adoption: date, body and paragraph', async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const screens: Record<string, string> = {};
    const asked: string[] = [];
    const prompter = scriptedPrompter(
      {
        Titel: typed('Säkerhetspolicy (fiktiv)'),
        Typ: enter,
        Ägare: search('kommunstyrelsen'),
        'Antagen (datum)': typed('2025-02-17'),
        'Antagen av': search('fullmäktige'),
        'Antagen (paragraf)': typed('§ 12'),
      },
      screens,
      asked,
    );
    // The screen is cut at its width; the whole question is what the prompt was given.
    const questions: string[] = [];
    const recording = { ...prompter, input: (o: Parameters<typeof prompter.input>[0]) => (questions.push(o.message), prompter.input(o)) };
    expect(await runAdd('document', { commit: false }, ctx, { prompter: recording })).toBe(0);
    expect(asked).toEqual(['Titel', 'Typ', 'Ägare', 'Antagen (datum)', 'Antagen av', 'Antagen (paragraf)']);
    expect(questions).toContain('Antagen (datum) (ÅÅÅÅ-MM-DD, eller tomt om det inte är antaget än)');
    const id = out.stdout.trim();
    const record = parse(readFileSync(path.join(root, 'documents', `${id}.yaml`), 'utf8'));
    expect(record.adopted).toEqual({ date: '2025-02-17', body: 'kommunfullmaktige', paragraph: '§ 12' });
    expect(record.status).toBeUndefined();
  });

  it('"inte antaget än" (an empty date) asks nothing more of the adoption and makes a draft', async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const asked: string[] = [];
    const prompter = scriptedPrompter({ Titel: typed('Utkast till plan (fiktiv)'), Typ: enter, Ägare: search('kommunstyrelsen'), 'Antagen (datum)': enter }, {}, asked);
    expect(await runAdd('document', { commit: false }, ctx, { prompter })).toBe(0);
    expect(asked).toEqual(['Titel', 'Typ', 'Ägare', 'Antagen (datum)']);
    const record = parse(readFileSync(path.join(root, 'documents', `${out.stdout.trim()}.yaml`), 'utf8'));
    expect(record.adopted).toBeUndefined();
    expect(record.status).toBe('draft');
  });

  it('has a hint for every empty answer the kinds table gives a meaning', () => {
    for (const kind of KINDS) for (const field of Object.keys(kind.emptyMeans ?? {})) expect(EMPTY_ANSWER_HINTS[`${kind.name}.${field}`]).toBeDefined();
  });
});

describe('sak add risk on a terminal', () => {
  const form = (assessment: Record<string, Answer>) => ({
    Titel: typed('Brand i kök (fiktiv)'),
    Ägare: search('kommunstyrelsen'),
    Säkerhetsområde: enter,
    Beskrivning: enter,
    ...assessment,
  });

  it("shows the scale's labels and takes a back-dated assessment with its date", async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const screens: Record<string, string> = {};
    const prompter = scriptedPrompter(
      form({
        Sannolikhet: down(3),
        Konsekvens: down(3),
        Datum: refusedThenAccepted('2026-12-24', 'efter i dag', '2025-03-01'),
      }),
      screens,
    );
    expect(await runAdd('risk', { commit: false }, ctx, { prompter })).toBe(0);
    expect(screens.Sannolikhet).toContain('1 Mycket låg');
    expect(screens.Sannolikhet).toContain('5 Mycket hög');
    expect(screens.Sannolikhet).toContain('(ingen bedömning än)');
    expect(screens.Konsekvens).toContain('5 Katastrofal');
    expect(screens.Datum).toContain('(2026-11-26)');
    const record = parse(readFileSync(path.join(root, 'risks', `${out.stdout.trim()}.yaml`), 'utf8'));
    expect(record.assessments).toEqual([{ date: '2025-03-01', likelihood: 3, consequence: 4 }]);
  });

  it("takes the steps and labels of the register's own scale (sak.yaml risk_matrix)", async () => {
    const { ctx, out, root } = fakeContextOnExample();
    appendFileSync(path.join(root, 'sak.yaml'), '\nrisk_matrix:\n  likelihood: [Sällan, Ibland, Ofta, Mycket ofta]\n  consequence: 3\n');
    const screens: Record<string, string> = {};
    const prompter = scriptedPrompter(form({ Sannolikhet: down(4), Konsekvens: down(2), Datum: enter }), screens);
    expect(await runAdd('risk', { commit: false }, ctx, { prompter })).toBe(0);
    expect(screens.Sannolikhet).toContain('4 Mycket ofta');
    expect(screens.Sannolikhet).not.toContain('Mycket låg');
    expect(screens.Sannolikhet).not.toMatch(/^\s*5\b/m);
    expect(screens.Konsekvens).toMatch(/\b3\s*$/m);
    expect(screens.Konsekvens).not.toContain('Katastrofal');
    const record = parse(readFileSync(path.join(root, 'risks', `${out.stdout.trim()}.yaml`), 'utf8'));
    expect(record.assessments).toEqual([{ date: '2026-11-26', likelihood: 4, consequence: 3 }]);
  });

  it('"ingen bedömning än" leaves the risk without assessments', async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const asked: string[] = [];
    const prompter = scriptedPrompter(form({ Sannolikhet: enter }), {}, asked);
    expect(await runAdd('risk', { commit: false }, ctx, { prompter })).toBe(0);
    expect(asked).not.toContain('Konsekvens');
    expect(parse(readFileSync(path.join(root, 'risks', `${out.stdout.trim()}.yaml`), 'utf8')).assessments).toBeUndefined();
  });
});

describe('sak add incident on a terminal: what the reporting duty needs', () => {
  it('asks the KIA type and whether an authority was told, with the day it was', async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const screens: Record<string, string> = {};
    const prompter = scriptedPrompter(
      {
        Titel: typed('Halkolycka vid entrén (fiktiv)'),
        Datum: typed(''),
        Klockslag: enter,
        Enhet: search('ledningsgr'),
        Plats: enter,
        Kategori: enter,
        Allvarlighetsgrad: enter,
        Beskrivning: enter,
        'KIA-typ': down(1),
        'Anmäld till': search('Arbetsmiljöverket'),
        'Anmäld den': typed(''),
      },
      screens,
    );
    expect(await runAdd('incident', { commit: false }, ctx, { prompter, random: () => new Uint8Array(5) })).toBe(0);
    const record = parse(readFileSync(path.join(root, 'incidents', '2026', `${out.stdout.trim()}.yaml`), 'utf8'));
    expect(record.kia).toEqual({ type: 'accident' });
    expect(record.reported_to).toEqual([{ authority: 'work_environment_authority', date: '2026-11-26' }]);
  });
});

describe('sak add without a kind', () => {
  it('is exit 2 with one line per kind of the table when it cannot ask (--no-input, or not a terminal)', async () => {
    for (const [interactive, options] of [
      [false, {}],
      [true, { prompts: false }],
    ] as const) {
      const { ctx } = fakeContextOnExample({ interactive });
      const error = await runAddWithoutKind(undefined, options, ctx).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).exitCode).toBe(2);
      const lines = (error as UsageError).message.split('\n').slice(1);
      expect(lines.map((l) => l.trim().split(/\s+/)[0])).toEqual(KINDS.map((k) => k.name));
      expect(lines.find((l) => l.trim().startsWith('incident'))).toMatch(/Incident – inbrott, brand/);
    }
  });

  it('on a terminal lets a kind be picked from the same lines, then asks for its fields', async () => {
    const { ctx, out, root } = fakeContextOnExample();
    const screens: Record<string, string> = {};
    const prompter = scriptedPrompter(
      {
        'Vilken sorts post': down(6),
        Titel: typed('Byt lås (fiktiv)'),
        Ägare: search('kommunstyrelsen'),
        'Klart senast': typed('2027-01-31'),
      },
      screens,
    );
    expect(await runAddWithoutKind(undefined, { commit: false }, ctx, { prompter })).toBe(0);
    expect(screens['Vilken sorts post']).toContain('document     Styrdokument – policy, plan, riktlinje');
    expect(parse(readFileSync(path.join(root, 'actions', `${out.stdout.trim()}.yaml`), 'utf8'))).toMatchObject({ title: 'Byt lås (fiktiv)', due: '2027-01-31', status: 'planned' });
  });

  it('a word that is not a kind is exit 2 with a suggestion', async () => {
    const { ctx, root } = fakeContextOnExample();
    await expect(runAddWithoutKind('incdent', {}, ctx)).rejects.toThrow(/Menade du incident\?/);
    expect(existsSync(path.join(root, 'incidents', '2026'))).toBe(existsSync(path.join(REPO, 'register', 'incidents', '2026')));
  });
});
