/**
 * A fast reader for the plain subset of YAML that register records are written in:
 * block mappings with simple keys, block sequences, plain, quoted and literal block
 * scalars, and one-line flow lists and mappings of scalars.
 *
 * Whatever it returns is exactly what the `yaml` package gives for that text (a
 * differential property test holds it to that); anything outside the subset —
 * anchors, tags, folded scalars, multi-line quoted or plain scalars, odd indentation,
 * duplicate keys, directives, tabs — returns undefined, and the caller parses the text
 * with `yaml` instead. It gives no positions: when a record has a problem, the caller
 * parses it again with `yaml` to locate it.
 */

/** Returned when the text is outside the subset; the caller falls back to the `yaml` package. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported');

type Value = unknown;

class Unsupported extends Error {}

function bail(): never {
  throw new Unsupported();
}

/**
 * The length of a simple key with its `:` and the spaces after it (`title: `), or 0 when
 * the line does not start with one: letters, digits, `_` and `-`, starting with a letter or
 * `_` (so never a number, nor a sequence item), then `:` and a space or the end of the line.
 * The `-` is for the rule names that sak.yaml has as keys (`risk-review:`). A hand-written
 * scan, since this runs on every line of every record.
 */
function keyLength(text: string): number {
  const first = text.charCodeAt(0);
  if (!(isLetter(first) || first === 95)) return 0;
  let i = 1;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45)) break;
  }
  if (text.charCodeAt(i) !== 58) return 0;
  i += 1;
  if (i === text.length) return i;
  if (text.charCodeAt(i) !== 32) return 0;
  while (text.charCodeAt(i) === 32) i += 1;
  return i;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Where the key of a line that starts with one ends (see keyLength): at its `:`. */
function keyEnd(text: string): number {
  let i = 1;
  while (text.charCodeAt(i) !== 58) i += 1;
  return i;
}
const NULLS = /^(?:~|null|Null|NULL)$/;
const TRUES = /^(?:true|True|TRUE)$/;
const FALSES = /^(?:false|False|FALSE)$/;
const SAFE_INT = /^(?:0|-?[1-9][0-9]{0,14})$/;
const SIMPLE_FLOAT = /^-?(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
// Everything the YAML 1.2 core schema reads as a number (yaml's own tests); forms other than the two above fall back.
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const MAX_DEPTH = 32;

/** A key yaml reads as null or a boolean (`null: x` is the key "", `True: x` the key "true"): the fast reader leaves it to yaml. */
function isSpecialKey(key: string): boolean {
  return NULLS.test(key) || TRUES.test(key) || FALSES.test(key);
}

let fastReaderOn = true;

/**
 * Switches the fast reader on or off. Off, every text goes to `yaml`: CI runs the validate
 * tests once more that way (SAK_FAST_YAML=0, read by the CLI and the test setup), so any
 * disagreement between the two readers fails a test.
 */
export function setFastReader(on: boolean): void {
  fastReaderOn = on;
}

/**
 * Parses a record's text if it lies in the plain subset; otherwise returns UNSUPPORTED.
 * Never throws.
 */
export function fastParseYaml(text: string): Value | typeof UNSUPPORTED {
  if (!fastReaderOn) return UNSUPPORTED;
  try {
    return new FastParser(text).parseDocument();
  } catch (error) {
    if (error instanceof Unsupported) return UNSUPPORTED;
    throw error;
  }
}

/**
 * Reads the text a line at a time, as `text.split('\n')` would give the lines (the last
 * one empty when the text ends with a line break), without making that list: the current
 * line is held in fields. `content` is the line after its indentation.
 */
class FastParser {
  private readonly crlf: boolean;
  /** Where the next line starts; past the end when there is none. */
  private next = 0;
  /** Whether there is a current line (false at the end of the text). */
  private has = false;
  private indent = 0;
  private content = '';
  /** The current line without its line break, for block scalars: text.slice(rawStart, rawEnd). */
  private rawStart = 0;
  private rawEnd = 0;

  constructor(private readonly text: string) {
    // Control characters other than LF and CR, tabs, and a BOM inside the text all fall back.
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F\uFEFF\u0085\u2028\u2029]/.test(text)) bail();
    this.crlf = text.includes('\r');
    this.advance();
  }

  /** Moves to the next line. */
  private advance(): void {
    const { text } = this;
    const start = this.next;
    if (start > text.length) {
      this.has = false;
      return;
    }
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    this.next = end + 1;
    if (this.crlf) {
      // Only a CR before an LF ends a line; yaml keeps a lone CR at the end in the value.
      if (end > start && text.charCodeAt(end - 1) === 13) {
        if (end === text.length) bail();
        end -= 1;
      }
      const cr = text.indexOf('\r', start);
      if (cr !== -1 && cr < end) bail();
    }
    let indent = 0;
    while (start + indent < end && text.charCodeAt(start + indent) === 32) indent += 1;
    this.has = true;
    this.indent = indent;
    this.content = text.slice(start + indent, end);
    this.rawStart = start;
    this.rawEnd = end;
  }

  parseDocument(): Value {
    if (!this.peek() || this.indent !== 0) bail();
    const value = this.parseBlock(0, 1);
    if (this.peek()) bail();
    return value;
  }

  /** Skips empty lines and comment lines; false at the end of the text. */
  private peek(): boolean {
    while (this.has && (this.content === '' || this.content.charCodeAt(0) === 35)) this.advance();
    return this.has;
  }

  /** A block node starting at the current line, whose lines have exactly this indentation. */
  private parseBlock(indent: number, depth: number): Value {
    if (depth > MAX_DEPTH) bail();
    if (!this.peek() || this.indent !== indent) bail();
    if (isSequenceItem(this.content)) return this.parseSequence(indent, depth);
    if (keyLength(this.content) > 0) return this.parseMapping(indent, depth);
    bail();
  }

  private parseMapping(indent: number, depth: number): Record<string, Value> {
    const map: Record<string, Value> = {};
    while (this.peek() && this.indent >= indent) {
      if (this.indent > indent) bail();
      const line = this.content;
      const length = keyLength(line);
      if (length === 0) bail();
      const key = line.slice(0, keyEnd(line));
      if (key === '__proto__' || Object.hasOwn(map, key) || isSpecialKey(key)) bail();
      this.advance();
      map[key] = this.parseValue(line.slice(length), indent, depth, true);
    }
    return map;
  }

  private parseSequence(indent: number, depth: number): Value[] {
    const list: Value[] = [];
    while (this.peek() && this.indent >= indent) {
      if (this.indent > indent) bail();
      if (!isSequenceItem(this.content)) break;
      const rest = this.content.slice(1);
      const content = trimSpacesStart(rest);
      const spaces = rest.length - content.length;
      if (keyLength(content) > 0) {
        // A compact mapping: `- key: value` with its other keys aligned under `key`.
        const inner = indent + 1 + spaces;
        this.indent = inner;
        this.content = content;
        list.push(this.parseMapping(inner, depth + 1));
      } else {
        this.advance();
        if (isSequenceItem(content)) bail();
        list.push(this.parseValue(content, indent, depth, false));
      }
    }
    return list;
  }

  /**
   * The value after `key:` or `- `: an inline scalar or flow collection, a block scalar,
   * or (when nothing follows on the line) a nested block on the next lines.
   */
  private parseValue(rest: string, indent: number, depth: number, isMapValue: boolean): Value {
    const inline = stripComment(rest);
    if (inline === '') {
      const more = this.peek();
      if (more && this.indent > indent) return this.parseBlock(this.indent, depth + 1);
      // YAML lets a sequence under a key start at the key's own indentation.
      if (isMapValue && more && this.indent === indent && isSequenceItem(this.content)) return this.parseSequence(indent, depth + 1);
      return null;
    }
    const first = inline.charCodeAt(0);
    if (first === 124 || first === 62) return this.parseBlockScalar(inline, indent);
    const value = parseInline(inline);
    // A continuation line would make a multi-line scalar (or an error): leave those to yaml.
    if (this.peek() && this.indent > indent) bail();
    return value;
  }

  /**
   * A block scalar: literal `|` or folded `>` with chomping `-`/`+` and no explicit
   * indentation indicator. Folded scalars with more-indented lines fall back.
   */
  private parseBlockScalar(header: string, indent: number): string {
    const folded = header[0] === '>';
    const indicator = header.slice(1);
    const chomp = indicator === '' ? 'clip' : indicator === '-' ? 'strip' : indicator === '+' ? 'keep' : bail();
    const body: string[] = [];
    let contentIndent = -1;
    while (this.has) {
      const raw = this.text.slice(this.rawStart, this.rawEnd);
      if (trimSpaces(raw) === '') {
        if (raw.length > (contentIndent === -1 ? 0 : contentIndent)) bail();
        body.push('');
        this.advance();
        continue;
      }
      if (contentIndent === -1) {
        if (this.indent <= indent) break;
        contentIndent = this.indent;
      }
      if (this.indent < contentIndent) {
        if (this.indent > indent) bail();
        break;
      }
      body.push(raw.slice(contentIndent));
      this.advance();
    }
    if (contentIndent === -1) bail();
    // Trailing empty lines belong to the scalar only for `keep`; give them back otherwise.
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === '') {
      body.pop();
      trailing += 1;
    }
    // The last content line must end with a line break; yaml then keeps (or strips) it.
    if (!this.has && trailing === 0) bail();
    const content = folded ? foldLines(body) : body.join('\n');
    if (chomp === 'strip') return content;
    if (chomp === 'clip') return content + '\n';
    // `keep` at the very end of the text: the final line break is the text's own.
    return content + '\n' + '\n'.repeat(!this.has ? Math.max(0, trailing - 1) : trailing);
  }
}

/** A line of a block sequence: `-` alone or followed by a space. */
function isSequenceItem(content: string): boolean {
  return content.charCodeAt(0) === 45 && (content.length === 1 || content.charCodeAt(1) === 32);
}

/** Folds the lines of a `>` scalar: lines of a paragraph join with a space, each empty line gives a line break. */
function foldLines(lines: readonly string[]): string {
  let out = '';
  let blank = 0;
  lines.forEach((line, i) => {
    if (line.startsWith(' ')) bail();
    if (line === '') {
      blank += 1;
      return;
    }
    if (i > 0) out += blank > 0 ? '\n'.repeat(blank) : ' ';
    blank = 0;
    out += line;
  });
  return out;
}

// YAML's white space is the space and the tab (tabs fall back); String.prototype.trim would
// also take no-break and other Unicode spaces, which are content in YAML.
function trimSpacesStart(text: string): string {
  let i = 0;
  while (text.charCodeAt(i) === 32) i += 1;
  return i === 0 ? text : text.slice(i);
}

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function trimSpaces(text: string): string {
  return trimSpacesEnd(trimSpacesStart(text));
}

/** Removes a trailing comment (` #…`) and surrounding spaces from a plain or flow value. */
function stripComment(rest: string): string {
  if (rest.startsWith('#')) return '';
  if (rest.startsWith('"') || rest.startsWith("'")) return trimSpacesEnd(rest);
  const hash = rest.indexOf(' #');
  return trimSpacesEnd(hash === -1 ? rest : rest.slice(0, hash));
}

/** A scalar or one-line flow collection written on one line. */
function parseInline(text: string): Value {
  const first = text[0];
  if (first === '"') return parseDoubleQuoted(text);
  if (first === "'") return parseSingleQuoted(text);
  if (first === '[') return parseFlowSequence(text);
  if (first === '{') return parseFlowMapping(text);
  return parsePlain(text, false);
}

function afterQuoted(text: string, end: number): void {
  if (end === text.length) return;
  const tail = text.slice(end);
  if (!/^ +(#.*)?$/.test(tail)) bail();
}

/** The one-character escapes of double-quoted YAML. */
const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\'], ['"', '"'], ['/', '/'], ['n', '\n'], ['t', '\t'], ['r', '\r'], ['0', '\0'], ['a', '\x07'], ['b', '\b'],
  ['e', '\x1b'], ['f', '\f'], ['v', '\v'], [' ', ' '], ['N', '\u0085'], ['_', '\u00a0'], ['L', '\u2028'], ['P', '\u2029'],
]);
const HEX_DIGITS = { x: /^[0-9a-fA-F]{2}$/, u: /^[0-9a-fA-F]{4}$/, U: /^[0-9a-fA-F]{8}$/ } as const;

function parseDoubleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    // Copy up to the next quote or backslash in one piece.
    const quote = text.indexOf('"', i);
    if (quote === -1) bail();
    const backslash = text.indexOf('\\', i);
    if (backslash === -1 || backslash > quote) {
      out += text.slice(i, quote);
      i = quote;
      break;
    }
    out += text.slice(i, backslash);
    const esc = text[backslash + 1];
    const simple = esc === undefined ? undefined : SIMPLE_ESCAPES.get(esc);
    if (simple !== undefined) {
      out += simple;
      i = backslash + 2;
      continue;
    }
    const digits = esc === 'x' ? 2 : esc === 'u' ? 4 : esc === 'U' ? 8 : 0;
    const hex = text.slice(backslash + 2, backslash + 2 + digits);
    if (digits === 0 || !HEX_DIGITS[esc as keyof typeof HEX_DIGITS].test(hex)) bail();
    const code = parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) bail();
    out += String.fromCodePoint(code);
    i = backslash + 2 + digits;
  }
  afterQuoted(text, i + 1);
  return out;
}

function parseSingleQuoted(text: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    const quote = text.indexOf("'", i);
    if (quote === -1) bail();
    out += text.slice(i, quote);
    // `''` is a quote inside the scalar.
    if (text.charCodeAt(quote + 1) !== 39) {
      i = quote;
      break;
    }
    out += "'";
    i = quote + 2;
  }
  afterQuoted(text, i + 1);
  return out;
}

/** A plain scalar resolved by the YAML 1.2 core schema, as the `yaml` package does. */
function parsePlain(text: string, inFlow: boolean): Value {
  if (text === '') bail();
  const first = text.charCodeAt(0);
  if (INDICATOR_START.test(text) && !/^-[^\s-]/.test(text)) bail();
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) bail();
  if (inFlow && /[,[\]{}]/.test(text)) bail();
  if (first === 32 || text.charCodeAt(text.length - 1) === 32) bail();
  // Only words starting like null, true and false, and only texts starting like a number,
  // can be anything but a string.
  if (first === 126 || first === 110 || first === 78) {
    if (NULLS.test(text)) return null;
  } else if (first === 116 || first === 84) {
    if (TRUES.test(text)) return true;
  } else if (first === 102 || first === 70) {
    if (FALSES.test(text)) return false;
  } else if ((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46) {
    if (SAFE_INT.test(text) || SIMPLE_FLOAT.test(text)) return Number(text);
    if (CORE_NUMBER.test(text)) bail();
  }
  return text;
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Splits the inside of a one-line flow collection at commas, outside quotes. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  // The current part is inner.slice(start, i): sliced when it ends, not built a character at a time.
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < inner.length; i += 1) {
    const ch = inner[i] as string;
    if (quote) {
      if (ch === quote) {
        if (quote === "'" && inner[i + 1] === "'") i += 1;
        else if (!(quote === '"' && isEscaped(inner, i))) quote = null;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      const before = inner.slice(start, i);
      if (trimSpaces(before) !== '' && !/: +$/.test(before)) bail();
      quote = ch;
    } else if (ch === ',') {
      parts.push(trimSpaces(inner.slice(start, i)));
      start = i + 1;
    } else if (ch === '[' || ch === ']' || ch === '{' || ch === '}' || ch === '#') {
      bail();
    }
  }
  if (quote) bail();
  const last = trimSpaces(inner.slice(start));
  if (last !== '') parts.push(last);
  else if (parts.length > 0) bail();
  for (const part of parts) if (part === '') bail();
  return parts;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

function closeFlow(text: string, open: string, close: string): string {
  const end = text.lastIndexOf(close);
  if (text[0] !== open || end === -1) bail();
  const tail = text.slice(end + 1);
  if (tail !== '' && !/^ +(#.*)?$/.test(tail)) bail();
  return text.slice(1, end);
}

function parseFlowScalar(text: string): Value {
  if (text.startsWith('"')) return parseDoubleQuoted(text);
  if (text.startsWith("'")) return parseSingleQuoted(text);
  return parsePlain(text, true);
}

function parseFlowSequence(text: string): Value[] {
  return splitFlow(closeFlow(text, '[', ']')).map(parseFlowScalar);
}

function parseFlowMapping(text: string): Record<string, Value> {
  const map: Record<string, Value> = {};
  for (const part of splitFlow(closeFlow(text, '{', '}'))) {
    const match = /^([A-Za-z_][A-Za-z0-9_-]*): +(.*)$/.exec(part);
    if (!match) bail();
    const key = match[1] as string;
    if (key === '__proto__' || Object.hasOwn(map, key) || isSpecialKey(key)) bail();
    map[key] = parseFlowScalar(match[2] as string);
  }
  return map;
}
