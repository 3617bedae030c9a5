import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { Lang } from '../i18n/lang.js';

// The report's phrase catalogue: whole sentences per language, with named parameters and
// plural forms, in a small subset of ICU MessageFormat:
//   {name}                          a parameter: text is escaped for the output, numbers formatted
//   {name, number} {name, date} {name, sek}
//   {name, plural, one {…} other {…}}   `#` inside stands for the number; `=0 {…}` an exact case
//   {name, select, a {…} other {…}}     a choice by a code
// Literal text is Markdown inline (`*…*`, `**…**`, `` `…` ``); HTML gets the same as tags.
// A catalogue is YAML: nested maps whose leaves are phrases, addressed by their dotted path.

/** A part of a parsed phrase. */
export type PhrasePart =
  | { type: 'text'; text: string }
  | { type: 'arg'; name: string; format: 'auto' | 'number' | 'date' | 'sek' | 'raw' }
  | { type: 'count' }
  | { type: 'plural' | 'select'; name: string; cases: Map<string, PhrasePart[]> };

/** Where a phrase was written. */
export interface PhraseOrigin {
  file: string;
  line: number;
  column: number;
}

/** One phrase of a catalogue. */
export interface Phrase {
  key: string;
  parts: PhrasePart[];
  /** The parameters it names (top-level names of dotted paths included as written). */
  params: Set<string>;
  origin: PhraseOrigin;
}

/** A catalogue: phrases by key. */
export type PhraseCatalogue = ReadonlyMap<string, Phrase>;

/** A phrase file read by the caller: its name as shown in errors and its text. */
export interface PhraseSource {
  file: string;
  text: string;
}

/** What is wrong in a phrase file (the words are the message catalogue's: `reportMessage('phrase.<code>')`). */
export type PhraseFaultCode =
  | 'yaml'
  | 'not-map'
  | 'bad-key'
  | 'bad-value'
  | 'unknown-key'
  | 'renamed-key'
  | 'unknown-param'
  | 'unclosed'
  | 'unopened'
  | 'bad-name'
  | 'bad-format'
  | 'no-cases'
  | 'bad-case'
  | 'case-text'
  | 'no-other';

/** A fault in a phrase file: a YAML error, a phrase that does not parse, an unknown key or parameter. */
export class PhraseError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly code: PhraseFaultCode,
    readonly params: Record<string, string> = {},
  ) {
    super(`${file}:${line}:${column}: ${code} ${JSON.stringify(params)}`);
    this.name = 'PhraseError';
  }
}

class SyntaxFault extends Error {
  constructor(
    readonly offset: number,
    readonly code: PhraseFaultCode,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const FORMATS = new Set(['number', 'date', 'sek', 'raw']);

/** Parses a phrase's text; throws SyntaxFault with the offset of the fault. */
function parseParts(text: string, start: number, inPlural: boolean, nested: boolean): { parts: PhrasePart[]; end: number } {
  const parts: PhrasePart[] = [];
  let literal = '';
  let i = start;
  const flush = (): void => {
    if (literal !== '') parts.push({ type: 'text', text: literal });
    literal = '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '}') {
      if (!nested) throw new SyntaxFault(i, 'unopened');
      flush();
      return { parts, end: i };
    }
    if (c === '#' && inPlural) {
      flush();
      parts.push({ type: 'count' });
      i += 1;
      continue;
    }
    if (c !== '{') {
      literal += c;
      i += 1;
      continue;
    }
    flush();
    const open = i;
    const close = text.indexOf('}', i);
    const comma = text.indexOf(',', i);
    const headEnd = close === -1 ? -1 : comma !== -1 && comma < close ? comma : close;
    if (headEnd === -1) throw new SyntaxFault(open, 'unclosed');
    const name = text.slice(i + 1, headEnd).trim();
    if (!NAME.test(name)) throw new SyntaxFault(open + 1, 'bad-name', { name: text.slice(i + 1, headEnd) });
    if (headEnd === close) {
      parts.push({ type: 'arg', name, format: 'auto' });
      i = close + 1;
      continue;
    }
    const typeEnd = (() => {
      const nextComma = text.indexOf(',', comma + 1);
      return nextComma !== -1 && nextComma < close ? nextComma : close;
    })();
    const type = text.slice(comma + 1, typeEnd).trim();
    if (FORMATS.has(type) && typeEnd === close) {
      parts.push({ type: 'arg', name, format: type as 'number' | 'date' | 'sek' | 'raw' });
      i = close + 1;
      continue;
    }
    if (type !== 'plural' && type !== 'select') throw new SyntaxFault(comma + 1, 'bad-format', { format: type });
    if (typeEnd === close) throw new SyntaxFault(close, 'no-cases', { format: type });
    // The cases: key {text} …, then the closing brace.
    const cases = new Map<string, PhrasePart[]>();
    let j = typeEnd + 1;
    for (;;) {
      while (j < text.length && /\s/.test(text[j] as string)) j += 1;
      if (j >= text.length) throw new SyntaxFault(open, 'unclosed');
      if (text[j] === '}') break;
      const keyStart = j;
      while (j < text.length && !/[\s{}]/.test(text[j] as string)) j += 1;
      const key = text.slice(keyStart, j);
      if (key === '') throw new SyntaxFault(keyStart, 'bad-case', { case: '' });
      if (type === 'plural' && !/^(=\d+|zero|one|two|few|many|other)$/.test(key)) throw new SyntaxFault(keyStart, 'bad-case', { case: key });
      while (j < text.length && /\s/.test(text[j] as string)) j += 1;
      if (text[j] !== '{') throw new SyntaxFault(j, 'case-text', { case: key });
      const inner = parseParts(text, j + 1, type === 'plural' || inPlural, true);
      if (text[inner.end] !== '}') throw new SyntaxFault(j, 'unclosed');
      cases.set(key, inner.parts);
      j = inner.end + 1;
    }
    if (!cases.has('other')) throw new SyntaxFault(open, 'no-other', { format: type });
    parts.push({ type, name, cases });
    i = j + 1;
  }
  if (nested) throw new SyntaxFault(start - 1, 'unclosed');
  flush();
  return { parts, end: i };
}

function collectParams(parts: readonly PhrasePart[], into: Set<string>): Set<string> {
  for (const part of parts) {
    if (part.type === 'arg' || part.type === 'plural' || part.type === 'select') into.add(part.name);
    if (part.type === 'plural' || part.type === 'select') for (const inner of part.cases.values()) collectParams(inner, into);
  }
  return into;
}

/** Parses one phrase; throws PhraseError at the fault's position (`origin` is where its text starts). */
export function parsePhrase(key: string, text: string, origin: PhraseOrigin): Phrase {
  try {
    const { parts } = parseParts(text, 0, false, false);
    return { key, parts, params: collectParams(parts, new Set()), origin };
  } catch (error) {
    if (!(error instanceof SyntaxFault)) throw error;
    // The fault's place: lines and columns counted inside the phrase from where it starts.
    const before = text.slice(0, error.offset).split('\n');
    const line = origin.line + before.length - 1;
    const column = before.length === 1 ? origin.column + error.offset : (before[before.length - 1] as string).length + 1;
    throw new PhraseError(origin.file, line, column, error.code, { key, ...error.params });
  }
}

/** Reads a catalogue file: nested maps of phrases. Throws PhraseError with the file, line and column of a fault. */
export function parsePhraseFile(source: PhraseSource): Map<string, Phrase> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, column } = at(firstError.pos[0]);
    throw new PhraseError(source.file, line, column, 'yaml', { reason: firstError.message.split('\n')[0] as string });
  }
  const phrases = new Map<string, Phrase>();
  const walk = (node: YamlNode | null | undefined, prefix: string, pair?: Pair): void => {
    const offset = (node?.range?.[0] ?? (pair?.key as YamlNode | undefined)?.range?.[0] ?? 0) as number;
    if (isMap(node)) {
      for (const item of node.items) {
        const keyNode = item.key as YamlNode;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        if (!/^[A-Za-z0-9_-]+$/.test(key)) {
          const { line, column } = at(keyNode?.range?.[0] ?? offset);
          throw new PhraseError(source.file, line, column, 'bad-key', { key });
        }
        walk(item.value as YamlNode, prefix === '' ? key : `${prefix}.${key}`, item);
      }
      return;
    }
    if (isScalar(node) && typeof node.value === 'string' && prefix !== '') {
      // Where the phrase's text starts: after the quote of a quoted scalar.
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const { line, column } = at(offset);
      phrases.set(prefix, parsePhrase(prefix, node.value, { file: source.file, line, column: column + (quoted ? 1 : 0) }));
      return;
    }
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      if (prefix === '') return;
    }
    const { line, column } = at(offset);
    throw new PhraseError(source.file, line, column, prefix === '' ? 'not-map' : 'bad-value', { key: prefix });
  };
  walk(doc.contents as YamlNode | null, '');
  return phrases;
}

/**
 * Phrase files read, by their name and text: the same text gives the same phrases (nothing
 * changes a parsed phrase), so a site's several reports, and a test's many runs, parse sak's
 * catalogue once (measured: parsing it was a fifth of a `sak report`'s own CPU time). A faulty
 * file is not kept: it throws again, with the same position, each time.
 */
const parsedPhraseFiles = new Map<string, ReadonlyMap<string, Phrase>>();
const PARSED_KEPT = 20;

function parsedPhraseFile(source: PhraseSource): ReadonlyMap<string, Phrase> {
  const key = `${source.file}\n${source.text}`;
  let phrases = parsedPhraseFiles.get(key);
  if (phrases === undefined) {
    phrases = parsePhraseFile(source);
    if (parsedPhraseFiles.size >= PARSED_KEPT) parsedPhraseFiles.clear();
    parsedPhraseFiles.set(key, phrases);
  }
  return phrases;
}

/**
 * Keys the built-in catalogue had before and the key that says the same now (a phrase renamed,
 * or two phrases of one sentence made one): an override of an old key is told its new one.
 */
export const RENAMED_PHRASE_KEYS: ReadonlyMap<string, string> = new Map([
  ['front.reference_number_dnr_2', 'front.dnr_term'],
  ['front.author_2', 'front.author_term'],
  ['front.status_as_2', 'front.status_as_term'],
  ['front.status_as_3', 'front.comparison_period_dates'],
  ['front.source_2', 'front.source_term'],
  ['front.audience_2', 'front.audience_term'],
  ['front.this_report_is_public', 'front.public_notice'],
  ['front.left_out', 'front.public_notice'],
  ['incidents.incidents_2', 'incidents.count_column'],
  ['incidents.missing_2', 'incidents.missing_reports'],
  ['incidents.none_period_incidents_has', 'incidents.no_kia_types'],
  ['incidents.none_period_incidents_has_2', 'incidents.no_reporting_duty'],
  ['incidents.bar_chart_number_incidents', 'incidents.week_chart_description'],
  ['incidents.bar_chart_number_incidents_2', 'incidents.month_chart_description'],
  ['incidents.no_kia_type_2', 'incidents.without_kia_row'],
  ['risks.number_active_assessed_risks', 'risks.matrix_note_markers'],
  ['risks.number_active_assessed_risks_2', 'risks.matrix_note_colours'],
  ['risks.risk_level_by_score_2', 'risks.risk_level_legend_intro'],
  ['agreements.ends_2', 'agreements.expires'],
  ['agreements.register_has_active_planned_2', 'agreements.counts_by_status'],
  ['agreements.included_only_in_figures_2', 'agreements.unlisted_count'],
  ['agreements.them_included_only_in_2', 'agreements.ending_unlisted_count'],
  ['outlook.this_report_was_made_2', 'outlook.colophon'],
]);

/**
 * The built-in catalogue with a register's phrases over it. A key the built-in catalogue
 * does not have (a renamed one: with its new key), or a parameter its phrase does not get, is
 * a PhraseError at the override.
 */
export function buildPhraseCatalogue(builtIn: PhraseSource, overrides: readonly PhraseSource[] = []): PhraseCatalogue {
  const catalogue = new Map(parsedPhraseFile(builtIn));
  for (const source of overrides) {
    for (const [key, phrase] of parsedPhraseFile(source)) {
      const base = catalogue.get(key);
      const now = RENAMED_PHRASE_KEYS.get(key);
      if (base === undefined && now !== undefined) throw new PhraseError(phrase.origin.file, phrase.origin.line, phrase.origin.column, 'renamed-key', { key, now });
      if (base === undefined) {
        const near = [...catalogue.keys()].filter((k) => k.split('.')[0] === key.split('.')[0]).slice(0, 5);
        throw new PhraseError(phrase.origin.file, phrase.origin.line, phrase.origin.column, 'unknown-key', { key, near: near.join(', ') });
      }
      for (const param of phrase.params) {
        if (!base.params.has(param)) {
          const known = [...base.params].sort();
          throw new PhraseError(phrase.origin.file, phrase.origin.line, phrase.origin.column, 'unknown-param', { key, param, known: known.map((p) => `{${p}}`).join(', ') });
        }
      }
      catalogue.set(key, phrase);
    }
  }
  return catalogue;
}

/** How a phrase's parts become output text. */
export interface PhraseFormatter {
  lang: Lang;
  /** A parameter's text, escaped for the output. */
  text(value: string): string;
  /** Literal text of the phrase (Markdown inline), made right for the output. */
  literal(value: string): string;
  number(value: unknown): string;
  /** A value as the template would print `{{value}}`: unescaped in Markdown, escaped in HTML. */
  raw(value: unknown): string;
  date(value: unknown): string;
  sek(value: unknown): string;
}

function lookup(params: Record<string, unknown>, name: string): unknown {
  let value: unknown = params;
  for (const part of name.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralCase(count: number, lang: Lang, cases: ReadonlyMap<string, PhrasePart[]>): PhrasePart[] {
  const exact = cases.get(`=${count}`);
  if (exact) return exact;
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return cases.get(rules.select(count)) ?? (cases.get('other') as PhrasePart[]);
}

/** The mark around a value's number in literal text while markup is made (no YAML text holds it). */
const MARK = String.fromCharCode(0);
const VALUE_MARK = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');

/** The parts as text: values are formatted and escaped; literal text (with a placeholder for each value) goes through `literal` whole, so markup may span a value. */
function formatParts(parts: readonly PhrasePart[], params: Record<string, unknown>, f: PhraseFormatter, count: number | undefined): string {
  const values: string[] = [];
  let text = '';
  const value = (formatted: string): void => {
    text += `${MARK}${values.length}${MARK}`;
    values.push(formatted);
  };
  for (const part of parts) {
    if (part.type === 'text') {
      // A NUL cannot come from YAML text; it marks the values.
      text += part.text.split(MARK).join('');
      continue;
    }
    if (part.type === 'count') {
      value(f.number(count));
      continue;
    }
    const given = lookup(params, part.name);
    if (part.type === 'arg') {
      if (given === undefined || given === null || given === '') value('–');
      else if (part.format === 'date') value(f.date(given));
      else if (part.format === 'sek') value(f.sek(given));
      else if (part.format === 'raw') value(f.raw(given));
      else if (part.format === 'number' || typeof given === 'number') value(f.number(given));
      else value(f.text(String(given)));
      continue;
    }
    if (part.type === 'plural') {
      const n = typeof given === 'number' ? given : Number(given ?? 0);
      value(formatParts(pluralCase(n, f.lang, part.cases), params, f, n));
      continue;
    }
    value(formatParts(part.cases.get(String(given)) ?? (part.cases.get('other') as PhrasePart[]), params, f, count));
  }
  return f.literal(text).replace(VALUE_MARK, (_, i: string) => values[Number(i)] as string);
}

/** A phrase of the catalogue with its parameters; throws Error for an unknown key (a template's fault). */
export function formatPhrase(catalogue: PhraseCatalogue, key: string, params: Record<string, unknown>, formatter: PhraseFormatter): string {
  const phrase = catalogue.get(key);
  if (phrase === undefined) throw new Error(`unknown phrase "${key}"`);
  return formatParts(phrase.parts, params, formatter, undefined);
}

/** Markdown inline markup of a phrase's literal text as HTML: the text escaped, `**…**`, `*…*` and `` `…` `` as tags. */
export function phraseLiteralHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}
