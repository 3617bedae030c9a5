// Ctrl-C and Esc in every prompt of `sak add incident`, on a pseudo-terminal (util-linux
// `script`, as interactive.test.ts): exit 130, "nothing written", no stack trace, the
// register byte for byte as it was, whichever question was being asked.
import { describe, expect, it } from 'vitest';
import { KEYS, makeMinimalRegister, runSakInTerminal, writeRecord } from './helpers.js';
import type { TerminalStep } from './helpers.js';
import { expectNoFault, expectUnchanged, snapshot } from './support/hardening.js';

const { enter, ctrlC, escape } = KEYS;

/** The questions of `sak add incident` in order, each with the keys that answer it. */
const PROMPTS: { label: RegExp; answer: TerminalStep[] }[] = [
  { label: /Titel/, answer: [{ waitFor: /Titel/, send: `Avbruten (fiktiv)${enter}` }] },
  { label: /Datum \(ÅÅÅÅ-MM-DD\)/, answer: [{ waitFor: /Datum/, send: enter }] },
  { label: /Klockslag \(valfritt\)/, answer: [{ waitFor: /Klockslag/, send: enter }] },
  { label: /Enhet/, answer: [{ waitFor: /Enhet/, send: 'kommunstyr' }, { waitFor: /Kommunstyrelsen \(kommunstyrelsen\)/, send: enter }] },
  { label: /Fastighet\/lokal \(valfritt\)/, answer: [{ waitFor: /Fastighet\/lokal/, send: 'stads' }, { waitFor: /\(SITE-stadshuset-fiktiv\)/, send: enter }] },
  { label: /Plats \(valfritt\)/, answer: [{ waitFor: /Plats/, send: enter }] },
  { label: /Kategori/, answer: [{ waitFor: /Kategori/, send: enter }] },
  { label: /Allvarlighetsgrad/, answer: [{ waitFor: /Allvarlighetsgrad/, send: enter }] },
  { label: /Beskrivning \(valfritt\)/, answer: [{ waitFor: /Beskrivning/, send: enter }] },
  { label: /KIA-typ \(valfritt\)/, answer: [{ waitFor: /KIA-typ/, send: enter }] },
  { label: /Anmäld till \(valfritt\)/, answer: [{ waitFor: /Anmäld till/, send: enter }] },
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
  it('the questions are these, in this order (so the cases below reach each one)', async () => {
    const root = registerWithSite();
    const run = await runSakInTerminal(root, ['add', 'incident', '--no-commit'], PROMPTS.flatMap((p) => p.answer));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/Skapade incidents\/2026\/INC-20261126-/);
  });

  const cases = [
    ...PROMPTS.map((prompt, index) => ({ key: 'Ctrl-C', send: ctrlC, index, prompt })),
    // Esc in one prompt of each sort: text, search list, pick list.
    ...[0, 3, 6].map((index) => ({ key: 'Esc', send: escape, index, prompt: PROMPTS[index] as (typeof PROMPTS)[number] })),
  ];

  it(`Ctrl-C in each of the ${PROMPTS.length} questions, Esc in a text, a search and a pick question: exit 130, nothing written`, async () => {
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
