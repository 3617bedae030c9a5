// Escaping of record text for the contexts a Markdown report puts it in. Everything here
// makes text render literally; nothing a record says can become Markdown, HTML or a
// Mermaid directive.

// ASCII punctuation that starts or ends inline Markdown or GitHub extensions: emphasis,
// code, links and images, tables, strikethrough, mentions (`@`), math (`$`). CommonMark
// lets a backslash escape any ASCII punctuation. HTML's own characters become entities
// instead, so no tag can open.
const INLINE_SPECIAL = new Set(['\\', '`', '*', '[', ']', '#', '!', '|', '~', '@', '$']);
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

// A colon matters only where GitHub would make a link (`https://`, `mailto:`) or an emoji
// (`:smile:`); "Internkontroll: brand" and "SFS 2003:778" stay as they are.
function colonNeedsEscape(chars: readonly string[], i: number): boolean {
  const after = chars.slice(i + 1, i + 3).join('');
  if (after.startsWith('//')) return true;
  const before = chars.slice(Math.max(0, i - 6), i).join('').toLowerCase();
  if (/(mailto|xmpp)$/.test(before)) return true;
  return /^:[A-Za-z0-9_+-]+:/.test(chars.slice(i, i + 64).join(''));
}

function escapeChars(text: string): string {
  const chars = [...text];
  let out = '';
  chars.forEach((ch, i) => {
    if (Object.hasOwn(ENTITIES, ch)) out += ENTITIES[ch];
    else if (INLINE_SPECIAL.has(ch)) out += `\\${ch}`;
    // An underscore between two letters or digits cannot open or close emphasis.
    else if (ch === '_') out += isWordChar(chars[i - 1]) && isWordChar(chars[i + 1]) ? ch : '\\_';
    else if (ch === ':') out += colonNeedsEscape(chars, i) ? '\\:' : ch;
    else out += ch;
  });
  return out;
}

/** Characters that would end a line in Markdown or in a Mermaid source. */
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\v\f]/g;

/** Other control characters, dropped: they have no place in a report. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function clean(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(CONTROL, '');
}

/**
 * Escapes text for inline Markdown (a heading, a list item, a sentence): `<`, `>` and `&`
 * become entities, Markdown punctuation gets a backslash, a line break becomes a
 * space, white space at the ends goes, and a line-start marker (`-`, `+`, `=`, `1.`) at
 * the start is escaped too.
 */
export function escapeMarkdownInline(value: unknown): string {
  // Leading white space would open an indented code block at the start of a line, and two
  // trailing spaces a hard line break; neither shows in the text anyway.
  const text = clean(value).replace(LINE_BREAKS, ' ').trim();
  let out = escapeChars(text);
  // Only the start of the text can open a block (a list item, a setext underline, an ordered list).
  out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  // GitHub links bare www. addresses even without a scheme, also after `_`, `*`, `~` or `(`
  // (GFM, "Autolinks (extension)"): any www. that no letter or digit precedes.
  out = out.replace(/(?<![\p{L}\p{N}])(www)\./giu, '$1\\.');
  return out;
}

/**
 * Escapes text for a cell of a GitHub/GitLab Markdown table: as inline text, with `|`
 * escaped (so the row keeps its columns) and line breaks as `<br>`, which both render.
 */
export function escapeMarkdownCell(value: unknown): string {
  const lines = clean(value).split(LINE_BREAKS).map((line) => escapeMarkdownInline(line).trim());
  const text = lines.filter((line, i) => line !== '' || (i > 0 && i < lines.length - 1)).join('<br>');
  return text === '' ? ' ' : text;
}

/** Characters a Mermaid label carries as entity codes. */
const MERMAID_CODED = new Set([...'"\'#%;:<>&[]{}`\\']);

/**
 * Escapes text for a Mermaid label (quoted pie slices and axis ticks, titles, accTitle and
 * accDescr): Mermaid decodes `#123;` entity codes in any diagram, so quotes, `#`, `%`
 * (which could start a `%%` comment or a `%%{init}%%` directive), `:` and `;` (which its
 * `style…:…#…;` clean-up would cut), brackets, braces, `<`, `>`, `&`, backslash and
 * backticks are written as codes, and commas too in a list (`x-axis [...]`); line breaks
 * become spaces.
 */
export function escapeMermaidLabel(value: unknown, options: { inList?: boolean } = {}): string {
  const text = clean(value).replace(LINE_BREAKS, ' ').trim();
  let out = '';
  for (const ch of text) out += MERMAID_CODED.has(ch) || (options.inList === true && ch === ',') ? `#${ch.codePointAt(0)};` : ch;
  return out;
}
