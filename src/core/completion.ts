// Command-line completion: what the word under the cursor can become, from a description of
// the commands (taken from the commander program, so it never drifts from the real options)
// and the words typed so far. The shells' scripts are thin shims that call
// `sak __complete -- WORDS…` and show what this returns.
import type { KindName } from './kinds.js';

/** What a value completes to: fixed choices, ids of the register, or a path (the shell's own completion). */
export type ValueSource = { choices: readonly string[] } | { ids: KindName | 'any' } | { path: 'file' | 'dir' } | 'free';

/** An option: its names (`-o`, `--output`) and, when it takes a value, what the value completes to. */
export interface CompletionOption {
  names: readonly string[];
  value?: ValueSource;
}

/** A command: its options, positional arguments and (for `add`) subcommands. */
export interface CompletionCommand {
  name: string;
  options: readonly CompletionOption[];
  args: readonly ValueSource[];
  subcommands?: readonly CompletionCommand[];
}

/** The program as completion sees it. */
export interface CompletionModel {
  globalOptions: readonly CompletionOption[];
  commands: readonly CompletionCommand[];
}

/** The answer: candidate words, or "let the shell complete a path". */
export type Completion = { words: string[] } | { path: 'file' | 'dir' };

/** What the words before the cursor have set: the command, its subcommand, the option awaiting a value, the positional index. */
interface Position {
  command?: CompletionCommand;
  subcommand?: CompletionCommand;
  pending?: CompletionOption;
  index: number;
  afterDashes: boolean;
  /** A word that names no command or subcommand: nothing can be offered after it. */
  unknown: boolean;
}

function optionsInScope(model: CompletionModel, at: Position): CompletionOption[] {
  return [...model.globalOptions, ...(at.command?.options ?? []), ...(at.subcommand?.options ?? [])];
}

function findOption(options: readonly CompletionOption[], word: string): CompletionOption | undefined {
  const name = word.includes('=') ? word.slice(0, word.indexOf('=')) : word;
  return options.find((o) => o.names.includes(name));
}

/** Reads the complete words (all but the one under the cursor) the way the program parses them. */
function positionAfter(model: CompletionModel, words: readonly string[]): Position {
  const at: Position = { index: 0, afterDashes: false, unknown: false };
  for (const word of words) {
    if (at.pending) {
      at.pending = undefined;
      continue;
    }
    if (!at.afterDashes && word === '--') at.afterDashes = true;
    else if (!at.afterDashes && word.startsWith('-') && word !== '-') {
      const option = findOption(optionsInScope(model, at), word);
      if (option?.value !== undefined && !word.includes('=')) at.pending = option;
    } else if (!at.command) {
      at.command = model.commands.find((c) => c.name === word);
      at.unknown ||= !at.command;
    } else if (at.command.subcommands && !at.subcommand) {
      at.subcommand = at.command.subcommands.find((c) => c.name === word);
      at.unknown ||= !at.subcommand;
    } else at.index += 1;
  }
  return at;
}

/**
 * The completions of the last word of `words` (the words after the program's name; the
 * last is the one under the cursor, empty when a new word starts). `ids(kind)` lists the
 * register's ids of a kind (or all); it is asked only when ids are wanted.
 */
export function completeWords(model: CompletionModel, words: readonly string[], ids: (kind: KindName | 'any') => readonly string[]): Completion {
  const current = words[words.length - 1] ?? '';
  const at = positionAfter(model, words.slice(0, -1));
  const matching = (candidates: readonly string[], prefix = current): Completion => ({ words: [...new Set(candidates)].filter((c) => c.startsWith(prefix)) });
  const fromSource = (source: ValueSource | undefined, prefix = current, before = ''): Completion => {
    if (source === undefined || source === 'free') return { words: [] };
    if ('path' in source) return { path: source.path };
    const candidates = 'choices' in source ? source.choices : ids(source.ids);
    const found = matching(candidates, prefix);
    return 'words' in found ? { words: found.words.map((w) => `${before}${w}`) } : found;
  };
  if (at.unknown) return { words: [] };
  if (at.pending) return fromSource(at.pending.value);
  if (!at.afterDashes && current.startsWith('-')) {
    const option = current.includes('=') ? findOption(optionsInScope(model, at), current) : undefined;
    if (option) return fromSource(option.value, current.slice(current.indexOf('=') + 1), current.slice(0, current.indexOf('=') + 1));
    return matching(optionsInScope(model, at).flatMap((o) => o.names));
  }
  if (!at.command) return matching(model.commands.map((c) => c.name));
  if (at.command.subcommands && !at.subcommand) return matching(at.command.subcommands.map((c) => c.name));
  return fromSource((at.subcommand ?? at.command).args[at.index]);
}

/** The `--register DIR` given among the words, if any (completion looks up ids in that register). */
export function registerOption(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length - 1; i += 1) {
    const word = words[i] as string;
    if (word === '--register') return words[i + 1];
    if (word.startsWith('--register=')) return word.slice('--register='.length);
  }
  return undefined;
}
