// The one pattern of a typed message catalogue: the Swedish table's functions declare each
// message's parameters, the English table is held to the same keys and parameter types, and
// a call with a missing or misspelt parameter does not compile. (validate's and check's
// catalogues are typed the same way by an interface in core: problem-text.ts, check-params.ts.)
import type { Lang } from './lang.js';

/** A table of messages in one language: each a function of its parameters. */
export type MessageTable = Readonly<Record<string, (p: never) => string>>;

/** The parameters of a message that takes none. */
export type NoParams = Record<never, never>;

/** The parameters of each message of a table, read from its functions' types (a message without any takes NoParams). */
export type ParamsOfTable<T extends MessageTable> = { [K in keyof T]: T[K] extends () => string ? NoParams : T[K] extends (p: infer P) => string ? P : never };

/** A catalogue's messages in one language, typed by the parameters of each key. */
export type Messages<P> = { readonly [K in keyof P]: (p: P[K]) => string };

/** The keys among K whose message requires parameters. */
type NeedsParams<P, K extends keyof P> = { [Q in K]: NoParams extends P[Q] ? never : Q }[K];

/**
 * The parameters argument of a message: optional where no parameter is required. A key chosen
 * at run time (K a union: a problem's key, `suggestion ? 'x.suggest' : 'x'`) takes the
 * parameters of any of its keys, and is optional only where none of them requires one.
 */
export type ArgsOf<P, K extends keyof P> = [NeedsParams<P, K>] extends [never] ? [params?: P[K]] : [params: P[K]];

/** A function that makes a message of a catalogue in a language from its key and typed parameters. */
export type MessageMaker<P> = <K extends keyof P>(lang: Lang, key: K, ...params: ArgsOf<P, K>) => string;

/** The messages of a catalogue in a language chosen before: `t('list.count', { count })`. */
export type MessagesIn<P> = <K extends keyof P>(key: K, ...params: ArgsOf<P, K>) => string;

/** A text with its `{name}` placeholders filled in: `value(name)`, or the placeholder as it stands where that is undefined. */
export function fillPlaceholders(text: string, value: (name: string) => string | undefined): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => value(name) ?? whole);
}

/** The function that makes a catalogue's messages: `recordMessage(lang, 'added', { file })`. */
export function messageMaker<P>(tables: Readonly<Record<Lang, Messages<P>>>): MessageMaker<P> {
  return <K extends keyof P>(lang: Lang, key: K, ...[params]: ArgsOf<P, K>) => tables[lang][key]((params ?? {}) as P[K]);
}
