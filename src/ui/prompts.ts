import { emitKeypressEvents } from 'node:readline';
import type * as InquirerPrompts from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';

/** One choice of a list to pick from: the stored value and what the user sees. */
export interface Choice {
  value: string;
  name: string;
  description?: string;
}

/** The questions sak asks on a terminal; commands get one in their dependencies, tests pass a fake. */
export interface Prompter {
  /** Free text; `validate` returns a message to show, or true. */
  input(options: { message: string; default?: string; validate?: (value: string) => string | true }): Promise<string>;
  /** One of a short list (enumerations). */
  select(options: { message: string; choices: readonly Choice[]; default?: string }): Promise<string>;
  /** One of a long list, filtered by typing (references). */
  search(options: { message: string; choices: readonly Choice[] }): Promise<string>;
  /** Several of a list. */
  checkbox(options: { message: string; choices: readonly Choice[]; validate?: (values: readonly string[]) => string | true }): Promise<string[]>;
  /** Yes or no. */
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
}

/** An @inquirer/prompts prompt function (`select`, `input`, …). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PromptFunction = (config: any, context?: any) => Promise<any>;

/** What a prompt runs with: the streams and the signal that Esc aborts. */
export interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal: AbortSignal;
}

/** Runs one prompt; tests replace it to drive prompts through @inquirer/testing. */
export type PromptRunner = (prompt: PromptFunction, config: object, context: PromptContext) => Promise<unknown>;

/** Language, streams and runner of an inquirer-based prompter. */
export interface PrompterOptions {
  lang: Lang;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  runner?: PromptRunner;
}

interface KeyEvent {
  name?: string;
}

/** Case- and accent-insensitive search text. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The choices whose name or value contains every word of the term. */
export function filterChoices(choices: readonly Choice[], term: string | undefined): Choice[] {
  const words = fold(term ?? '').split(/\s+/).filter(Boolean);
  return choices.filter((c) => {
    const text = fold(`${c.name} ${c.value}`);
    return words.every((w) => text.includes(w));
  });
}

/**
 * A prompter on @inquirer/prompts (loaded on first use). Ctrl-C and Esc cancel: the
 * prompt's promise rejects with CancelledError (exit 130), before anything is written.
 */
export function createPrompter(options: PrompterOptions): Prompter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const runner: PromptRunner = options.runner ?? ((prompt, config, context) => prompt(config, context));
  const cancelled = () => new CancelledError(recordMessage(options.lang, 'cancelled'));

  async function ask<T>(pick: (prompts: typeof InquirerPrompts) => PromptFunction, config: object): Promise<T> {
    const prompts = await import('@inquirer/prompts');
    const controller = new AbortController();
    const onKey = (_text: unknown, key: KeyEvent | undefined) => {
      if (key?.name === 'escape') controller.abort();
    };
    if (input === process.stdin) emitKeypressEvents(input);
    input.on('keypress', onKey);
    try {
      return (await runner(pick(prompts), config, { input, output, signal: controller.signal })) as T;
    } catch (error) {
      const name = (error as Error | undefined)?.name;
      if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') throw cancelled();
      throw error;
    } finally {
      input.removeListener('keypress', onKey);
    }
  }

  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    input: (o) => ask((p) => p.input, { message: o.message, ...optional('default', o.default), ...optional('validate', o.validate) }),
    select: (o) => ask((p) => p.select, { message: o.message, choices: o.choices.map((c) => ({ ...c })), pageSize: 12, ...optional('default', o.default) }),
    search: (o) =>
      ask((p) => p.search, { message: o.message, pageSize: 12, source: (term: string | undefined) => filterChoices(o.choices, term).map((c) => ({ ...c })) }),
    checkbox: (o) =>
      ask((p) => p.checkbox, {
        message: o.message,
        pageSize: 12,
        choices: o.choices.map((c) => ({ ...c })),
        ...optional('validate', o.validate ? (items: readonly { value: string }[]) => o.validate?.(items.map((i) => i.value)) ?? true : undefined),
      }),
    confirm: (o) => ask((p) => p.confirm, { message: o.message, ...optional('default', o.default) }),
  };
}
