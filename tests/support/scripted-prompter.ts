// Prompts answered by a script, for in-process tests of `sak add` and the other prompting
// commands: each prompt renders through @inquirer/testing and is answered by the entry of
// the script whose key its message starts with.
import { render } from '@inquirer/testing';
import { expect } from 'vitest';
import { createPrompter, type PromptFunction } from '../../src/ui/prompts.js';

export type PromptEvents = Awaited<ReturnType<typeof render>>['events'];
export type Answer = (events: PromptEvents, screen: () => string) => Promise<void> | void;

/** Lets a prompt render (and a list filter settle) before the next key. */
export const tick = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 20));

/** Presses Enter (takes the default or the highlighted choice). */
export const enter = (e: PromptEvents): void => e.keypress('enter');

/** An answer that moves `times` down a list and presses Enter. */
export const down =
  (times: number): Answer =>
  (e) => {
    for (let i = 0; i < times; i += 1) e.keypress('down');
    enter(e);
  };

/** Presses Ctrl-C (the prompt is cancelled). */
export const ctrlC = (e: PromptEvents): void => e.keypress({ name: 'c', ctrl: true });

/** An answer that types `text` and presses Enter. */
export const typed =
  (text: string): Answer =>
  (e) => {
    e.type(text);
    enter(e);
  };

/** An answer that types `text` into a search list, lets it filter, and takes the first match. */
export const search =
  (text: string): Answer =>
  async (e) => {
    e.type(text);
    await tick();
    enter(e);
  };

/** An answer that types `refused`, checks that the prompt says `message`, erases it and types `accepted`. */
export function refusedThenAccepted(refused: string, message: string, accepted: string): Answer {
  return async (e, screen) => {
    e.type(refused);
    enter(e);
    await tick();
    expect(screen()).toContain(message);
    for (let i = 0; i < refused.length; i += 1) e.keypress('backspace');
    e.type(accepted);
    enter(e);
  };
}

/**
 * A Swedish prompter that answers by the script; `screens` gets what each prompt showed and
 * `asked`, when given, the keys in the order they were asked. A prompt with no entry throws.
 */
export function scriptedPrompter(script: Record<string, Answer>, screens: Record<string, string>, asked?: string[]) {
  return createPrompter({
    lang: 'sv',
    runner: async (prompt: PromptFunction, config: object) => {
      const { answer, events, getScreen } = await render(prompt as unknown as Parameters<typeof render>[0], config as never);
      const message = (config as { message: string }).message;
      const key = Object.keys(script).find((k) => message.startsWith(k));
      if (!key) throw new Error(`unexpected prompt: ${message}`);
      asked?.push(key);
      await tick();
      screens[key] = getScreen();
      await (script[key] as Answer)(events, getScreen);
      return answer;
    },
  });
}
