import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

/** Deepest nesting a record may have (register.md, "Files"). */
export const MAX_DEPTH = 64;

/**
 * At most this many YAML issues are reported per file, the first by position: after the
 * first few, the errors of a broken file only echo each other, and a hostile file could
 * otherwise give one per byte (a quarter of a million for 256 KiB).
 */
export const MAX_YAML_ISSUES = 20;

const STANDARD_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Why a YAML source was refused, with its 1-based position. */
export interface YamlIssue {
  code: 'yaml-syntax' | 'yaml-duplicate-key';
  reason: 'syntax' | 'duplicate-key' | 'multiple-documents' | 'tab-indent' | 'alias' | 'anchor' | 'tag' | 'too-deep' | 'conflict-marker' | 'complex-key' | 'not-mapping' | 'control-character';
  line: number;
  column: number;
  /** The parser's own words or the offending text, for the message. */
  detail: string;
}

/** A parsed YAML source: the plain data (when it could be trusted), the document and its positions. */
export interface ParsedYaml {
  data: unknown;
  doc: Document | null;
  lineCounter: LineCounter;
  issues: YamlIssue[];
}

const CONFLICT_MARKER = /^(<{7}|={7}|>{7})(?: |$)/m;

/**
 * Runs the parser with no stack traces: it makes an Error object for every problem, and a
 * broken file can have one per byte. Capturing their stacks, which nothing reads, was three
 * quarters of the work (measured: 250,000 quotes, 125,000 errors, 1.6–1.8 s with them,
 * 0.5–0.6 s without). The limit is the engine's and is put back at once.
 */
function withoutStackTraces<T>(parse: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return parse();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Parses one record's text with every limit of register.md: one document, no anchors,
 * aliases or custom tags, no duplicate keys, no tab indentation, nesting at most 64.
 * Never throws on bad input; the data is only converted when no issue was found.
 */
export function parseYamlSource(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const conflict = CONFLICT_MARKER.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    return { data: undefined, doc: null, lineCounter, issues: [{ code: 'yaml-syntax', reason: 'conflict-marker', line, column: 1, detail: conflict[1] ?? '' }] };
  }
  // YAML allows no control characters but tab and line breaks; a NUL is a sign of a binary or damaged file.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    const column = control.index - before.lastIndexOf('\n');
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return { data: undefined, doc: null, lineCounter, issues: [{ code: 'yaml-syntax', reason: 'control-character', line, column, detail: `U+${code}` }] };
  }
  const deep = findExcessiveNesting(text);
  if (deep) return { data: undefined, doc: null, lineCounter, issues: [{ code: 'yaml-syntax', reason: 'too-deep', ...deep, detail: String(MAX_DEPTH) }] };

  let doc: Document;
  try {
    // Duplicate keys are found below in linear time; the parser's own check compares every
    // pair of keys of a mapping, which takes seconds for a file of many thousand keys.
    doc = withoutStackTraces(() => parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true, merge: false }));
  } catch (error) {
    // The parser gives up on pathological input (deep recursion); refuse the file.
    return { data: undefined, doc: null, lineCounter, issues: [{ code: 'yaml-syntax', reason: 'syntax', line: 1, column: 1, detail: String(error) }] };
  }
  const issues: YamlIssue[] = [];
  for (const error of doc.errors) {
    const pos = at(error.pos[0]);
    const reason = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : error.code === 'MULTIPLE_DOCS' ? 'multiple-documents' : error.code === 'TAB_AS_INDENT' ? 'tab-indent' : 'syntax';
    const detail = reason === 'duplicate-key' ? keyAt(text, error.pos[0]) : firstLine(error.message);
    issues.push({ code: reason === 'duplicate-key' ? 'yaml-duplicate-key' : 'yaml-syntax', reason, ...pos, detail });
  }
  issues.push(...duplicateKeys(doc, text, at));
  if (issues.length === 0) {
    visit(doc, {
      Alias(_key, node) {
        issues.push({ code: 'yaml-syntax', reason: 'alias', ...at(node.range?.[0] ?? 0), detail: `*${node.source}` });
      },
      Node(_key, node) {
        if (node.anchor) {
          // The node's range starts after its properties: point at the `&name` itself.
          const start = node.range?.[0] ?? 0;
          const mark = text.lastIndexOf(`&${node.anchor}`, start);
          issues.push({ code: 'yaml-syntax', reason: 'anchor', ...at(mark === -1 ? start : mark), detail: `&${node.anchor}` });
        }
        if (node.tag && !STANDARD_TAGS.has(node.tag)) issues.push({ code: 'yaml-syntax', reason: 'tag', ...at(node.range?.[0] ?? 0), detail: node.tag });
      },
      Pair(_key, pair) {
        if (pair.key !== null && !isScalar(pair.key)) {
          const keyNode = pair.key as YamlNode;
          issues.push({ code: 'yaml-syntax', reason: 'complex-key', ...at(keyNode.range?.[0] ?? 0), detail: '' });
        }
      },
    });
  }
  if (issues.length > 0) {
    issues.sort((a, b) => a.line - b.line || a.column - b.column);
    return { data: undefined, doc, lineCounter, issues: issues.slice(0, MAX_YAML_ISSUES) };
  }
  return { data: doc.toJS({ maxAliasCount: 0 }), doc, lineCounter, issues };
}

/**
 * The keys that repeat an earlier key of the same mapping (as the `yaml` package compares
 * them: equal scalar values), each positioned at the repetition. One pass per mapping.
 */
function duplicateKeys(doc: Document, text: string, at: (offset: number) => { line: number; column: number }): YamlIssue[] {
  const issues: YamlIssue[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key as unknown;
        if (key !== null && !isScalar(key)) continue;
        const value = key === null ? null : key.value;
        if (!seen.has(value)) {
          seen.add(value);
          continue;
        }
        const offset = (key as YamlNode | null)?.range?.[0] ?? 0;
        issues.push({ code: 'yaml-duplicate-key', reason: 'duplicate-key', ...at(offset), detail: keyAt(text, offset) });
      }
    },
  });
  return issues;
}

/**
 * Estimates nesting before parsing, since the parser itself may exhaust the stack or
 * memory on thousands of levels: flow brackets plus block indentation levels, where
 * every compact `- ` counts as a level. Returns the position of the first excess.
 */
export function findExcessiveNesting(text: string): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineNo = 0;
  for (const rawLine of text.split('\n')) {
    lineNo += 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    let col = 0;
    if (flow === 0) {
      while (col < line.length && line[col] === ' ') col += 1;
      if (col >= line.length || line[col] === '#') continue;
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= col) indents.pop();
      indents.push(col);
      while ((line[col] === '-' || line[col] === '?') && (line[col + 1] === ' ' || col + 1 === line.length)) {
        col += 2;
        while (line[col] === ' ') col += 1;
        indents.push(col);
        if (indents.length + flow > MAX_DEPTH) return { line: lineNo, column: col + 1 };
      }
    }
    let quote: string | null = null;
    for (; col < line.length; col += 1) {
      const ch = line[col];
      if (quote) {
        if (ch === quote) quote = null;
        continue;
      }
      if (ch === '"' || (ch === "'" && (col === 0 || /[\s[{,:]/.test(line[col - 1] ?? ' ')))) quote = ch;
      else if (ch === '#' && (col === 0 || line[col - 1] === ' ')) break;
      else if (ch === '[' || ch === '{') {
        flow += 1;
        if (indents.length + flow > MAX_DEPTH) return { line: lineNo, column: col + 1 };
      } else if ((ch === ']' || ch === '}') && flow > 0) flow -= 1;
    }
    if (indents.length + flow > MAX_DEPTH) return { line: lineNo, column: 1 };
  }
  return undefined;
}

/** The node at a JSON pointer path, or the deepest existing ancestor, with whether it was found whole. */
export function nodeAtPath(doc: Document, path: readonly (string | number)[]): { node: YamlNode | null; keyNode: YamlNode | null; found: boolean } {
  let node: unknown = doc.contents;
  let keyNode: YamlNode | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return { node: node as YamlNode, keyNode, found: false };
      keyNode = pair.key as YamlNode;
      node = pair.value;
      if (node === null) return { node: keyNode, keyNode, found: true };
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return { node: node as YamlNode, keyNode, found: false };
      keyNode = null;
      node = item;
    } else {
      return { node: (node as YamlNode) ?? null, keyNode, found: false };
    }
  }
  return { node: (isCollection(node) || isScalar(node) || isAlias(node) ? node : null) as YamlNode | null, keyNode, found: true };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** The key that starts at an offset: up to the `:` that ends it on that line. */
function keyAt(text: string, offset: number): string {
  const line = text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset));
  const match = /^\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#]*?)\s*:(?:\s|$)/.exec(line);
  return (match?.[1] ?? line).replace(/^["']|["']$/g, '').trim();
}
