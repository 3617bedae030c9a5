// Ctrl-C and Esc in the prompts of `sak add incident`: exit 130, "nothing written", no stack
// trace, the register byte for byte as it was, whichever question was being asked. On a
// pseudo-terminal (util-linux `script`, as interactive.test.ts): Esc in a question of each sort
// (text, search list, pick list) and Ctrl-C in the first and the last question. Ctrl-C in each
// of the questions runs in-process, its prompts driven through @inquirer/testing (a terminal
// run costs a process and a pseudo-terminal each).
import { describe, expect, it } from 'vitest';
import { runAdd } from '../../src/commands/add.js';
import { CancelledError } from '../../src/errors.js';
import { fakeContext } from '../support/fake-context.js';
import { ctrlC as pressCtrlC, enter as pressEnter, scriptedPrompter, search, typed } from '../support/scripted-prompter.js';
import type { Answer } from '../support/scripted-prompter.js';
import { KEYS, makeMinimalRegister, runSakInTerminal, writeRecord } from './helpers.js';
import type { TerminalStep } from './helpers.js';
import { expectNoFault, expectUnchanged, snapshot } from './support/hardening.js';

const { enter, ctrlC, escape } = KEYS;

/**
 * The questions of `sak add incident` in order, each with the keys that answer it on a
 * terminal (`answer`) and through @inquirer/testing (`key`, the start of its message, and
 * `inProcess`).
 */
const PROMPTS: { label: RegExp; answer: TerminalStep[]; key: string; inProcess: Answer }[] = [
  { label: /Titel/, answer: [{ waitFor: /Titel/, send: `Avbruten (fiktiv)${enter}` }], key: 'Titel', inProcess: typed('Avbruten (fiktiv)') },
  { label: /Datum \(ÅÅÅÅ-MM-DD\)/, answer: [{ waitFor: /Datum/, send: enter }], key: 'Datum', inProcess: pressEnter },
  { label: /Klockslag \(valfritt\)/, answer: [{ waitFor: /Klockslag/, send: enter }], key: 'Klockslag', inProcess: pressEnter },
  { label: /Enhet/, answer: [{ waitFor: /Enhet/, send: 'kommunstyr' }, { waitFor: /Kommunstyrelsen \(kommunstyrelsen\)/, send: enter }], key: 'Enhet', inProcess: search('kommunstyr') },
  { label: /Fastighet\/lokal \(valfritt\)/, answer: [{ waitFor: /Fastighet\/lokal/, send: 'stads' }, { waitFor: /\(SITE-stadshuset-fiktiv\)/, send: enter }], key: 'Fastighet/lokal', inProcess: search('stads') },
  { label: /Plats \(valfritt\)/, answer: [{ waitFor: /Plats/, send: enter }], key: 'Plats', inProcess: pressEnter },
  { label: /Kategori/, answer: [{ waitFor: /Kategori/, send: enter }], key: 'Kategori', inProcess: pressEnter },
  { label: /Allvarlighetsgrad/, answer: [{ waitFor: /Allvarlighetsgrad/, send: enter }], key: 'Allvarlighetsgrad', inProcess: pressEnter },
  { label: /Beskrivning \(valfritt\)/, answer: [{ waitFor: /Beskrivning/, send: enter }], key: 'Beskrivning', inProcess: pressEnter },
  { label: /KIA-typ \(valfritt\)/, answer: [{ waitFor: /KIA-typ/, send: enter }], key: 'KIA-typ', inProcess: pressEnter },
  { label: /Anmäld till \(valfritt\)/, answer: [{ waitFor: /Anmäld till/, send: enter }], key: 'Anmäld till', inProcess: pressEnter },
];

/** Runs tasks with at most `limit` at a time (the terminals mostly wait, so a few at once save time). */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next;
        next += 1;
        results[index] = await (tasks[index] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

function registerWithSite(): string {
  const root = makeMinimalRegister();
  writeRecord(root, 'sites/SITE-stadshuset-fiktiv.yaml', 'id: SITE-stadshuset-fiktiv\ntitle: Stadshuset (fiktiv)\nowner: kommunstyrelsen\n');
  return root;
}

describe('cancelling sak add incident on a terminal', () => {
  const at = (key: string, send: string, index: number) => ({ key, send, index, prompt: PROMPTS[index] as (typeof PROMPTS)[number] });
  const cases = [
    // Ctrl-C in the first and the last question (in each of them: in-process, below). The run
    // to the last question answers every other one on the way, so it also shows that the
    // terminal asks them in this order (the whole dialogue with a record written: interactive.test.ts).
    ...[0, PROMPTS.length - 1].map((index) => at('Ctrl-C', ctrlC, index)),
    // Esc in one prompt of each sort: text, search list, pick list.
    ...[0, 3, 6].map((index) => at('Esc', escape, index)),
  ];

  it('Ctrl-C in the first and the last question, Esc in a text, a search and a pick question: exit 130, nothing written', async () => {
    const outcomes = await pool(
      cases.map((c) => async () => {
        const root = registerWithSite();
        const before = snapshot(root);
        const steps = [...PROMPTS.slice(0, c.index).flatMap((p) => p.answer), { waitFor: c.prompt.label, send: c.send }];
        const run = await runSakInTerminal(root, ['add', 'incident'], steps);
        return { c, root, before, run };
      }),
      4,
    );
    for (const { c, root, before, run } of outcomes) {
      const name = `${c.key} at prompt ${c.index + 1}`;
      expect(run.code, `${name}:\n${run.output}`).toBe(130);
      expect(run.output, name).toContain('avbrutet; inget skrevs');
      expectNoFault({ stderr: run.output });
      expectUnchanged(root, before);
    }
  });
});

describe('cancelling sak add incident in each question (in process)', () => {
  // Each case has its register and its prompter, so they run side by side (they mostly wait).
  // The questions asked are checked up to the cancelled one: in the last case, all of them in order.
  it.concurrent.for(PROMPTS.map((p, index) => ({ n: index + 1, key: p.key, index })))('Ctrl-C in question $n ($key): CancelledError (exit 130), nothing written', async ({ key, index }, { expect }) => {
    const root = registerWithSite();
    const before = snapshot(root);
    const asked: string[] = [];
    const script: Record<string, Answer> = Object.fromEntries(PROMPTS.slice(0, index).map((p) => [p.key, p.inProcess]));
    script[key] = pressCtrlC;
    const { ctx, out } = fakeContext(root);
    const error = await runAdd('incident', {}, ctx, { prompter: scriptedPrompter(script, {}, asked) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(130);
    expect(asked).toEqual(PROMPTS.slice(0, index + 1).map((p) => p.key));
    expect(out.stdout).toBe('');
    expectUnchanged(root, before);
  });
});
