import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

// The coordinator's own text (reports/<period>/*.md) in a report: CommonMark read by
// markdown-it, raw HTML off, images off (a report embeds nothing from the network), and
// its headings placed below the heading of the section the text opens.

/** How many levels a heading of the coordinator's text moves down: `#` becomes `###`, under the section's `##`. */
export const HEADING_SHIFT = 2;

/** The CommonMark parser of coordinators' texts: no raw HTML, no images, no typographic replacements. */
export function coordinatorParser(): MarkdownIt {
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.disable('image');
  return md;
}

let parser: MarkdownIt | undefined;

function shared(): MarkdownIt {
  parser ??= coordinatorParser();
  return parser;
}

function shiftHeadings(tokens: Token[]): void {
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT)}`;
  }
}

/**
 * The coordinator's Markdown as HTML: raw HTML in it is shown as text, links keep their
 * address (print CSS writes it after the link text), headings move down two levels.
 */
export function coordinatorHtml(markdown: string): string {
  const md = shared();
  const tokens = md.parse(markdown, {});
  shiftHeadings(tokens);
  return md.renderer.render(tokens, md.options, {});
}

/** `<` that could open raw HTML in Markdown (a tag, a comment, a declaration), not an autolink. */
const HTML_OPENER = /<(?=[A-Za-z/!?])(?!(?:https?|mailto):[^\s<>]*>)/g;

/** A line with its code spans left as they are and `<` that could open HTML escaped elsewhere. */
function escapeHtmlOpeners(line: string): string {
  let out = '';
  let rest = line;
  // Code spans (`x`, ``x``) show their text literally: an entity there would be shown as typed.
  for (;;) {
    const open = /`+/.exec(rest);
    if (!open) break;
    const close = rest.indexOf(open[0], open.index + open[0].length);
    if (close < 0) break;
    out += rest.slice(0, open.index).replace(HTML_OPENER, '&lt;') + rest.slice(open.index, close + open[0].length);
    rest = rest.slice(close + open[0].length);
  }
  return out + rest.replace(HTML_OPENER, '&lt;');
}

/**
 * The coordinator's Markdown for a Markdown report: as written, except that its headings move
 * down two levels (a setext heading becomes an ATX one) and raw HTML is escaped so a reader
 * of the report sees it as text (code blocks and code spans are left as they are).
 */
export function coordinatorMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const tokens = shared().parse(lines.join('\n'), {});
  const code = new Set<number>();
  const replace = new Map<number, string | null>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const map = token.map;
    if (!map) continue;
    if (token.type === 'fence' || token.type === 'code_block') for (let l = map[0]; l < map[1]; l += 1) code.add(l);
    if (token.type === 'heading_open') {
      const level = Math.min(6, Number(token.tag.slice(1)) + HEADING_SHIFT);
      const inline = tokens[i + 1];
      const first = lines[map[0]] ?? '';
      if (token.markup.startsWith('#')) {
        replace.set(map[0], `${'#'.repeat(level)} ${escapeHtmlOpeners(first.replace(/^ {0,3}#{1,6}(?=\s|$)\s*/, ''))}`);
      } else {
        // A setext heading: its text (one or more lines) on one ATX line, the underline dropped.
        replace.set(map[0], `${'#'.repeat(level)} ${escapeHtmlOpeners((inline?.content ?? '').replace(/\n/g, ' '))}`);
        for (let l = map[0] + 1; l < map[1]; l += 1) replace.set(l, null);
      }
    }
  }
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (code.has(index)) {
      out.push(line);
      return;
    }
    const replaced = replace.get(index);
    if (replaced === null) return;
    out.push(replaced ?? escapeHtmlOpeners(line));
  });
  return out.join('\n').trim();
}

/** A heading found in a rendered report, for its table of contents. */
export interface TocEntry {
  /** The anchor the heading has (HTML: the id given to it; Markdown: GitHub's). */
  anchor: string;
  /** The heading's text (HTML: its inner HTML without tags, still escaped). */
  text: string;
}

/** The placeholder a template's `{{toc}}` leaves, replaced by the contents once the report is rendered. */
export const TOC_MARKER = '<!-- sak:toc -->';

/** GitHub's anchor of a heading: lower case, only letters, digits, spaces, `-` and `_`, spaces as `-`. */
export function githubSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The plain text of a Markdown heading line's content (emphasis, code and link markup removed, escapes resolved). */
function headingText(content: string): string {
  return content
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .trim();
}

/**
 * Replaces the TOC marker of a rendered Markdown report by a list of its level-2 headings
 * after the marker, linked by GitHub's anchors (duplicates numbered as GitHub does).
 */
export function insertMarkdownToc(text: string, title: string): string {
  const at = text.indexOf(TOC_MARKER);
  if (at < 0) return text;
  const seen = new Map<string, number>();
  const entries: string[] = [];
  let fence: string | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const plain = headingText(heading[2] as string);
    const base = githubSlug(plain);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    if ((heading[1] as string).length === 2 && start > at) entries.push(`- [${(heading[2] as string).replace(/\[|\]/g, '\\$&')}](#${count === 0 ? base : `${base}-${count}`})`);
  }
  const toc = entries.length === 0 ? '' : `## ${title}\n\n${entries.join('\n')}`;
  return text.replace(TOC_MARKER, toc);
}

/**
 * Replaces the TOC marker of a rendered HTML report by a `<nav>` listing its `<h2>` headings
 * after the marker; each gets an id (`sec-1`, …) to link to.
 */
export function insertHtmlToc(html: string, title: string): string {
  const at = html.indexOf(TOC_MARKER);
  if (at < 0) return html;
  const entries: TocEntry[] = [];
  const after = html.slice(at + TOC_MARKER.length).replace(/<h2>([\s\S]*?)<\/h2>/g, (_, inner: string) => {
    const anchor = `sec-${entries.length + 1}`;
    entries.push({ anchor, text: inner.replace(/<[^>]*>/g, '').trim() });
    return `<h2 id="${anchor}">${inner}</h2>`;
  });
  const nav = entries.length === 0 ? '' : `<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">${title}</h2>\n<ol>\n${entries.map((e) => `<li><a href="#${e.anchor}">${e.text}</a></li>`).join('\n')}\n</ol>\n</nav>`;
  return html.slice(0, at) + nav + after;
}
