// The Markdown escaper against a real CommonMark parser (markdown-it, with GitHub's tables,
// strikethrough and bare-link detection switched on): whatever a record's text holds, the
// escaped text renders as exactly that text, with no element of its own.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, escapeMarkdownInline } from '../../../src/render/markdown-escape.js';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
// GitHub links bare addresses only from `www.` (and with a scheme, and e-mail addresses);
// markdown-it would also link `example.se`, which GitHub leaves as text.
md.linkify.set({ fuzzyLink: false });
md.linkify.add('www.', {
  validate: (source: string, pos: number) => /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/u.exec(source.slice(pos))?.[0].length ?? 0,
  normalize: (match) => {
    match.url = `http://${match.url}`;
  },
});

/** Pieces that Markdown, GitHub's extensions or HTML give a meaning to, and plain words. */
const PIECES = ['*', '_', '**', '__', '`', '```', '[', ']', '(', ')', '![', '<', '>', '&', '&amp;', '&#35;', '#', '##', '!', '|', '~', '~~', '@', '$', ':', '://', '\\', '-', '+', '=', '1.', '2)', '>', ' ', '  ', '\t', 'www.', 'http', 'https://', 'mailto:', 'a@b.se', 'example.se', '<b>', '</p>', '<!--', 'Brand', 'ö', '7', 'x', '.'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The text the rendered HTML shows, when it is a single paragraph of text and nothing else. */
function paragraphText(html: string): string | undefined {
  const inner = /^<p>([^<]*)<\/p>\n$/.exec(html)?.[1];
  return inner === undefined ? undefined : normal(decode(inner));
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('escaped text rendered by a CommonMark parser', () => {
  it('a sentence renders as its text: no emphasis, link, code, heading, list, HTML or entity', () => {
    fc.assert(
      fc.property(text, (value) => {
        const escaped = escapeMarkdownInline(value);
        const html = md.render(`Före ${escaped} efter`);
        expect(paragraphText(html), `${JSON.stringify(value)} → ${JSON.stringify(escaped)} → ${html}`).toBe(normal(`Före ${value} efter`));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });

  it('text at the start of a line opens no block', () => {
    fc.assert(
      fc.property(text.filter((v) => v.trim() !== ''), (value) => {
        const escaped = escapeMarkdownInline(value);
        const html = md.render(`${escaped}\n`);
        expect(paragraphText(html), `${JSON.stringify(value)} → ${JSON.stringify(escaped)} → ${html}`).toBe(normal(value));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it('a table cell stays one cell and shows its text', () => {
    fc.assert(
      fc.property(text, (value) => {
        const html = md.render(`| A | B |\n|---|---|\n| ${escapeMarkdownCell(value)} | x |\n`);
        const cells = [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => normal(decode(m[1] as string)));
        expect(cells, `${JSON.stringify(value)} → ${html}`).toEqual([normal(value), 'x']);
      }),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  // markdown-it links www. only after a non-word character; GitHub also after `_`, `*`, `~`
  // and `(` (GFM, "Autolinks (extension)"), so these are checked on the escaped text itself.
  it.each(['_www.example.se', '*www.example.se', '~www.example.se', '(www.example.se', 'WWW.example.se'])('%s: the www. of a bare address is escaped', (value) => {
    expect(escapeMarkdownInline(value)).toMatch(/www\\\./i);
  });
});
