import { Document as YamlDocument, isMap, isNode, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** A path into a record: keys of mappings and indexes of sequences. */
export type EditPath = readonly (string | number)[];

/** One change to a record: set (or replace) a value, delete a field or item, append to a list. */
export type RecordEdit =
  | { op: 'set'; path: EditPath; value: unknown }
  | { op: 'delete'; path: EditPath }
  | { op: 'append'; path: EditPath; value: unknown };

/** Options of an edit. */
export interface EditOptions {
  /** The schema order of the keys of the mapping at a path (list items as `*`), to place new keys. */
  keyOrder?: (path: readonly string[]) => readonly string[] | undefined;
}

/** The outcome of editing a record's text. */
export interface EditResult {
  /** The new text. */
  text: string;
  /** The new data, as the edited YAML document gives it. */
  data: unknown;
  /** False when nothing changed. */
  changed: boolean;
  /**
   * True when only the lines of the changed fields differ from the old text; false when
   * the layout made that impossible and the document was written out whole (comments and
   * key order are still kept, but some untouched lines may be formatted anew).
   */
  minimal: boolean;
}

const PARSE_OPTIONS = { uniqueKeys: true, strict: true, merge: false, keepSourceTokens: false } as const;
const STRINGIFY_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Text that YAML 1.1 tools (js-yaml 3, editors) would read as a base-60 number: `07:45` → 465. */
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$/;

/**
 * Data as YAML the way sak writes records: no line folding, `[a, b]` for flow lists,
 * and times such as `07:45` double-quoted, so that YAML 1.1 tools read them as text too.
 */
export function toRecordYaml(value: unknown): string {
  const doc = new YamlDocument(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && SEXAGESIMAL.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString(STRINGIFY_OPTIONS);
}

/** Thrown when an edit cannot apply to the document (e.g. a key below a scalar); a bug or a bad path. */
export class EditError extends Error {
  constructor(
    message: string,
    /** The path of a single value that stands where the edit needs a mapping or a list, when that is the reason. */
    readonly blocking?: EditPath,
    /** A list and its length, when the edit names an item beyond its end (or a list item by a name). */
    readonly beyond?: { list: EditPath; length: number },
  ) {
    super(message);
  }
}

/**
 * Applies edits to a record's YAML text the way the `yaml` Document API defines them
 * (setIn, deleteIn, adding to a sequence), and writes the result by splicing only the
 * text of the changed nodes into the source, so comments, key order and every untouched
 * line stay byte for byte. The spliced text is checked by parsing it again; if it does
 * not give exactly the edited document's data, the edited document is written whole.
 */
export function editYamlText(text: string, edits: readonly RecordEdit[], options: EditOptions = {}): EditResult {
  const expectedDoc = parse(text);
  for (const edit of edits) applyToDocument(expectedDoc, edit);
  const data = expectedDoc.toJS({ maxAliasCount: 0 }) as unknown;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';

  let spliced: string | undefined = text;
  for (const edit of edits) {
    spliced = spliceEdit(spliced, edit, options, eol);
    if (spliced === undefined) break;
  }
  if (spliced !== undefined && sameData(spliced, data)) return { text: spliced, data, changed: spliced !== text, minimal: true };

  const whole = expectedDoc.toString(STRINGIFY_OPTIONS);
  const written = eol === '\r\n' ? whole.replace(/\r?\n/g, '\r\n') : whole;
  if (!sameData(written, data)) throw new EditError('the edited document does not read back as written');
  return { text: written, data, changed: written !== text, minimal: false };
}

function parse(text: string): Document {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0) throw new EditError(doc.errors[0]?.message ?? 'YAML error');
  return doc;
}

function sameData(text: string, expected: unknown): boolean {
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (doc.errors.length > 0) return false;
  return deepEqual(doc.toJS({ maxAliasCount: 0 }), expected);
}

/** Structural equality of plain data (JSON-like values). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b as object, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Applies one edit with the Document API; a missing or empty parent becomes a mapping. */
function applyToDocument(doc: Document, edit: RecordEdit): void {
  const path = [...edit.path];
  if (path.length === 0) throw new EditError('empty path');
  if (edit.op === 'delete') {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  // `kia:` with no value, or `kia: ~`, is an empty parent: make it a mapping (or list) first.
  for (let i = 1; i < path.length; i += 1) {
    const node = doc.getIn(path.slice(0, i), true);
    if (node === undefined || (isScalar(node) && node.value === null)) {
      doc.setIn(path.slice(0, i), doc.createNode(typeof path[i] === 'number' ? [] : {}));
    } else if (!isMap(node) && !isSeq(node)) {
      throw new EditError(`${path.slice(0, i).join('.')} is not a mapping or list`, path.slice(0, i));
    }
    // A list takes an item at an existing index or one just past its end, never leaving a gap.
    const parent = doc.getIn(path.slice(0, i), true);
    const segment = path[i];
    if (isSeq(parent) && (typeof segment !== 'number' || segment > parent.items.length)) {
      throw new EditError(`${path.slice(0, i + 1).join('.')} is not an item of the list`, undefined, { list: path.slice(0, i), length: parent.items.length });
    }
  }
  if (edit.op === 'set') {
    doc.setIn(path, doc.createNode(edit.value));
    return;
  }
  const target = doc.getIn(path, true);
  if (isSeq(target)) target.add(doc.createNode(edit.value));
  else if (target === undefined || (isScalar(target) && target.value === null)) doc.setIn(path, doc.createNode([edit.value]));
  else throw new EditError(`${path.join('.')} is not a list`, path);
}

// ---------------------------------------------------------------------------------------------
// Splicing

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function indentLines(block: string, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const lines = block.replace(/\n$/, '').split('\n');
  return lines.map((line) => (line.length > 0 ? pad + line : line)).join(eol) + eol;
}

/** `key: value` as YAML, first line unindented, later lines indented to `indent`, ending in a newline. */
function pairText(key: string | number, value: unknown, indent: number, eol: string): string {
  const block = toRecordYaml({ [key]: value });
  const indented = indentLines(block, indent, eol);
  return indented.slice(indent);
}

/** A scalar as it would stand after `key: `, if it fits on one line. */
function inlineScalar(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object') return undefined;
  const text = toRecordYaml(value).replace(/\n$/, '');
  if (text.includes('\n') || /^[|>]/.test(text)) return undefined;
  return text;
}

function nodeAt(doc: Document, path: EditPath): unknown {
  return path.length === 0 ? doc.contents : doc.getIn(path, true);
}

function findPair(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key)) as Pair | undefined;
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return isNode(node) ? ((node as YamlNode).range ?? undefined) : undefined;
}

/** The end of a pair's text: after its value's trailing comment and newline. */
function pairEnd(pair: Pair): number {
  const valueRange = rangeOf(pair.value);
  const keyRange = rangeOf(pair.key) as [number, number, number];
  return Math.max(valueRange?.[2] ?? 0, keyRange[2]);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The start of the next line after `offset` (or `offset` itself at a line start); text.length at the end. */
function nextLineStart(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** Inserts whole lines at the next line start after `offset`, adding a newline to a last line that lacks one. */
function insertLines(text: string, offset: number, lines: string, eol: string): string {
  const at = nextLineStart(text, offset);
  const insert = at > 0 && text[at - 1] !== '\n' ? eol + lines : lines;
  return splice(text, at, at, insert);
}

/** Replaces a whole `key: value` pair with the same key and a new value (or removes it). */
function replacePair(text: string, pair: Pair, value: unknown, eol: string): string | undefined {
  const keyRange = rangeOf(pair.key);
  if (!keyRange || !isScalar(pair.key)) return undefined;
  const start = keyRange[0];
  const end = pairEnd(pair);
  const old = text.slice(start, end);
  let replacement = pairText(pair.key.value as string, value, column(text, start), eol);
  if (!old.endsWith('\n')) replacement = replacement.slice(0, -eol.length);
  return splice(text, start, end, replacement);
}

/** Removes a pair's lines, if the pair stands on lines of its own in a block mapping. */
function removePair(text: string, map: YAMLMap, pair: Pair): string | undefined {
  const keyRange = rangeOf(pair.key);
  if (!keyRange || map.flow) return undefined;
  const start = lineStart(text, keyRange[0]);
  if (text.slice(start, keyRange[0]).trim() !== '') return undefined; // the first key of `- key: value`
  return splice(text, start, nextLineStart(text, pairEnd(pair)), '');
}

/**
 * Where a new key goes in a block mapping: after the existing key nearest before it in
 * schema order (`done` after `start`), else after the last key.
 */
function insertionPair(map: YAMLMap, key: string, order: readonly string[] | undefined): Pair {
  const pairs = map.items as Pair[];
  const position = order?.indexOf(key) ?? -1;
  if (position >= 0) {
    let anchor: Pair | undefined;
    let anchorIndex = -1;
    for (const pair of pairs) {
      const index = order?.indexOf(String((pair.key as { value?: unknown } | null)?.value)) ?? -1;
      if (index >= 0 && index < position && index > anchorIndex) {
        anchor = pair;
        anchorIndex = index;
      }
    }
    if (anchor) return anchor;
  }
  return pairs[pairs.length - 1] as Pair;
}

function schemaPath(path: EditPath): string[] {
  return path.map((s) => (typeof s === 'number' ? '*' : s));
}

/** One edit as a splice of the text, or undefined when the layout needs the whole document written. */
function spliceEdit(text: string, edit: RecordEdit, options: EditOptions, eol: string): string | undefined {
  const doc = parse(text);
  const after = parse(text);
  applyToDocument(after, edit);
  const path = edit.path;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;

  // The deepest existing ancestor that is a mapping or list; below it, the edit creates the rest.
  let depth = parentPath.length;
  while (depth > 0 && !(isMap(nodeAt(doc, parentPath.slice(0, depth))) || isSeq(nodeAt(doc, parentPath.slice(0, depth))))) depth -= 1;
  if (depth < parentPath.length) {
    // Set the first missing (or empty) segment to its whole new value.
    if (edit.op === 'delete') return text;
    const anchorPath = path.slice(0, depth + 1);
    return setValue(text, doc, anchorPath, after.getIn(anchorPath) === undefined ? undefined : toPlain(after, anchorPath), options, eol);
  }

  if (edit.op === 'delete') {
    const parent = nodeAt(doc, parentPath);
    if (isMap(parent)) {
      const pair = findPair(parent, key);
      if (!pair) return text;
      if (parent.items.length === 1 && parentPath.length > 0) return replaceAncestor(text, doc, after, parentPath, eol);
      return removePair(text, parent, pair) ?? replaceAncestor(text, doc, after, parentPath, eol);
    }
    if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (item === undefined) return text;
      if (parent.items.length === 1 || parent.flow) return replaceAncestor(text, doc, after, parentPath, eol);
      return removeItem(text, item) ?? replaceAncestor(text, doc, after, parentPath, eol);
    }
    return text;
  }

  if (edit.op === 'append') {
    const target = nodeAt(doc, path);
    if (isSeq(target) && !target.flow && target.items.length > 0) {
      const range = rangeOf(target) as [number, number, number];
      const indent = column(text, range[0]);
      return insertLines(text, range[2], indentLines(toRecordYaml([edit.value]), indent, eol), eol);
    }
    return setValue(text, doc, path, toPlain(after, path), options, eol);
  }
  return setValue(text, doc, path, edit.value, options, eol);
}

function toPlain(doc: Document, path: EditPath): unknown {
  const node = doc.getIn(path, true);
  return isNode(node) ? (node as YamlNode).toJSON() : node;
}

/** Sets the value at a path whose parent exists as a mapping or list. */
function setValue(text: string, doc: Document, path: EditPath, value: unknown, options: EditOptions, eol: string): string | undefined {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  const parent = nodeAt(doc, parentPath);
  if (isMap(parent)) {
    if (parent.flow) return parentPath.length > 0 ? replaceAncestorWith(text, doc, parentPath, withKey(parent, key, value), eol) : undefined;
    const pair = findPair(parent, key);
    if (pair) {
      const inline = inlineScalar(value);
      const valueRange = rangeOf(pair.value);
      if (inline !== undefined && isScalar(pair.value) && pair.value.value !== null && valueRange) {
        const old = text.slice(valueRange[0], valueRange[1]);
        const replacement = old.endsWith('\n') ? inline + eol : inline;
        return splice(text, valueRange[0], valueRange[1], replacement);
      }
      return replacePair(text, pair, value, eol);
    }
    if (parent.items.length === 0) return parentPath.length > 0 ? replaceAncestorWith(text, doc, parentPath, withKey(parent, key, value), eol) : undefined;
    const anchor = insertionPair(parent, String(key), options.keyOrder?.(schemaPath(parentPath)));
    const firstKey = rangeOf((parent.items[0] as Pair).key) as [number, number, number];
    const indent = column(text, firstKey[0]);
    return insertLines(text, pairEnd(anchor), indentLines(toRecordYaml({ [key]: value }), indent, eol), eol);
  }
  if (isSeq(parent) && typeof key === 'number') {
    const item = parent.items[key];
    if (parent.flow || item === undefined) return replaceAncestorWith(text, doc, parentPath, replacedItem(parent, key, value), eol);
    const inline = inlineScalar(value);
    const range = rangeOf(item);
    if (inline !== undefined && isScalar(item) && range) {
      const old = text.slice(range[0], range[1]);
      return splice(text, range[0], range[1], old.endsWith('\n') ? inline + eol : inline);
    }
    return replaceAncestorWith(text, doc, parentPath, replacedItem(parent, key, value), eol);
  }
  return undefined;
}

function withKey(map: YAMLMap, key: string | number, value: unknown): unknown {
  return { ...(map.toJSON() as Record<string, unknown>), [key]: value };
}

function replacedItem(seq: YAMLSeq, index: number, value: unknown): unknown {
  const items = seq.toJSON() as unknown[];
  items[index] = value;
  return items;
}

/** Removes a block sequence item's lines. */
function removeItem(text: string, item: unknown): string | undefined {
  const range = rangeOf(item);
  if (!range) return undefined;
  const start = lineStart(text, range[0]);
  const prefix = text.slice(start, range[0]);
  if (!/^\s*-\s+$/.test(prefix) && !/^\s*-$/.test(prefix)) return undefined;
  return splice(text, start, nextLineStart(text, range[2]), '');
}

/** Replaces the value at `path` (a mapping's or list's whole text) with its value after the edit. */
function replaceAncestor(text: string, doc: Document, after: Document, path: EditPath, eol: string): string | undefined {
  return replaceAncestorWith(text, doc, path, toPlain(after, path), eol);
}

/** Replaces the value at `path` with `value`, rewriting the nearest enclosing block pair (or list item). */
function replaceAncestorWith(text: string, doc: Document, path: EditPath, value: unknown, eol: string): string | undefined {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] as string | number;
  const parent = nodeAt(doc, parentPath);
  if (isMap(parent) && !parent.flow) {
    const pair = findPair(parent, key);
    return pair ? replacePair(text, pair, value, eol) : undefined;
  }
  if (isMap(parent)) return replaceAncestorWith(text, doc, parentPath, withKey(parent, key, value), eol);
  if (isSeq(parent) && typeof key === 'number') return replaceAncestorWith(text, doc, parentPath, replacedItem(parent, key, value), eol);
  return undefined;
}
