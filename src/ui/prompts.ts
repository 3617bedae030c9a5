import { emitKeypressEvents } from 'node:readline';
import { styleText } from 'node:util';
import type * as InquirerPrompts from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { promptAction, promptError, promptKey, promptWord } from '../i18n/prompt-library.js';
import { parseBoolean } from '../core/field-values.js';

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
 * The prompt library's own words in the language, through its theme: the key help under a
 * list (`↑↓ flytta • ⏎ välj`) and its validation messages (`Inga träffar`). The look is the
 * library's (bold keys, dim actions, red errors).
 */
export function promptTheme(lang: Lang): object {
  if (lang === 'en') return {};
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${styleText('bold', promptKey(lang, key))} ${styleText('dim', promptAction(lang, action))}`).join(styleText('dim', ' • ')),
      error: (text: string) => styleText('red', `> ${promptError(lang, text)}`),
    },
  };
}

/**
 * A prompter on @inquirer/prompts (loaded on first use). Ctrl-C and Esc cancel: the
 * prompt's promise rejects with CancelledError (exit 130), before anything is written.
 */
export function createPrompter(options: PrompterOptions): Prompter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const runner: PromptRunner = options.runner ?? ((prompt, config, context) => prompt(config, context));
  const cancelled = () => new CancelledError(cliMessage(options.lang, 'cancelled'));

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
  const { lang } = options;
  const theme = promptTheme(lang);
  /**
   * Yes or no. In English the library's confirm (`(Y/n)`); in Swedish, where its confirm
   * knows only y/yes and writes "Yes" on Tab, a text question that reads ja/nej/j/n (and
   * yes/no) as every command does, shows the default as `(ja)` and the answer as Ja or Nej.
   */
  const confirm = async (o: { message: string; default?: boolean }): Promise<boolean> => {
    if (lang === 'en') return ask((p) => p.confirm, { message: o.message, ...optional('default', o.default) });
    const yes = (value: string) => {
      const result = parseBoolean(value);
      return result.ok ? (result.value as boolean) : undefined;
    };
    const answer = await ask<string>((p) => p.input, {
      message: o.message,
      theme,
      default: promptWord(lang, o.default === false ? 'no' : 'yes').toLowerCase(),
      validate: (value: string) => (yes(value) !== undefined ? true : promptWord(lang, 'answer-yes-no')),
      transformer: (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? promptWord(lang, yes(value) ? 'yes' : 'no') : value),
    });
    return yes(answer) === true;
  };
  return {
    input: (o) => ask((p) => p.input, { message: o.message, theme, ...optional('default', o.default), ...optional('validate', o.validate) }),
    select: (o) => ask((p) => p.select, { message: o.message, theme, choices: o.choices.map((c) => ({ ...c })), pageSize: 12, ...optional('default', o.default) }),
    search: (o) =>
      ask((p) => p.search, { message: o.message, theme, pageSize: 12, source: (term: string | undefined) => filterChoices(o.choices, term).map((c) => ({ ...c })) }),
    checkbox: (o) =>
      ask((p) => p.checkbox, {
        message: o.message,
        theme,
        pageSize: 12,
        choices: o.choices.map((c) => ({ ...c })),
        ...optional('validate', o.validate ? (items: readonly { value: string }[]) => o.validate?.(items.map((i) => i.value)) ?? true : undefined),
      }),
    confirm,
  };
}
