import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, escapeMarkdownInline, escapeMermaidLabel } from '../../../src/render/markdown-escape.js';
import { unescapedPipes } from './markdown-check.js';

describe('Markdown escaping', () => {
  it('makes Markdown and HTML punctuation literal in running text', () => {
    expect(escapeMarkdownInline('a *b* _c_ `d` [e](f) ![x](y) # g ~~h~~ | i \\ j')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\!\\[x\\](y) \\# g \\~\\~h\\~\\~ \\| i \\\\ j');
    expect(escapeMarkdownInline('<script>alert(1)</script> & &amp;')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp;');
    expect(escapeMarkdownInline('Fysisk säkerhet (skalskydd): snake_case SFS 2003:778')).toBe('Fysisk säkerhet (skalskydd): snake_case SFS 2003:778');
  });

  it('stops links, e-mail, mentions, emoji and math from forming', () => {
    expect(escapeMarkdownInline('https://x.example')).toBe('https\\://x.example');
    expect(escapeMarkdownInline('se www.example.com')).toBe('se www\\.example.com');
    expect(escapeMarkdownInline('mailto:a')).toBe('mailto\\:a');
    expect(escapeMarkdownInline(':smile: @user $x$')).toBe('\\:smile: \\@user \\$x\\$');
  });

  it('escapes a block marker at the start and turns line breaks into spaces', () => {
    expect(escapeMarkdownInline('- a')).toBe('\\- a');
    expect(escapeMarkdownInline('+ a')).toBe('\\+ a');
    expect(escapeMarkdownInline('1. a')).toBe('1\\. a');
    expect(escapeMarkdownInline('=== a')).toBe('\\=== a');
    expect(escapeMarkdownInline('a\nb\r\nc\u2028d')).toBe('a b c d');
    expect(escapeMarkdownInline('a\u0000b\u0007c')).toBe('abc');
    expect(escapeMarkdownInline(undefined)).toBe('');
  });

  it('keeps a table row whole whatever the cell holds', () => {
    for (const text of ['a | b', 'a \\| b', 'a \\\\| b', 'x\ny | z', '|', '\\', '||\\|\\\\|']) {
      const cell = escapeMarkdownCell(text);
      expect(unescapedPipes(`| ${cell} |`), JSON.stringify(text)).toBe(2);
      expect(cell).not.toMatch(/[\r\n]/);
    }
    expect(escapeMarkdownCell('rad ett\nrad två')).toBe('rad ett<br>rad två');
    expect(escapeMarkdownCell('')).toBe(' ');
  });

  it('writes Mermaid labels with entity codes for everything that could end or direct the chart', () => {
    expect(escapeMermaidLabel('A "B" %%{init: {"theme":"dark"}}%% ; #quot; [x], <b>&', { inList: true })).toBe(
      'A #34;B#34; #37;#37;#123;init#58; #123;#34;theme#34;#58;#34;dark#34;#125;#125;#37;#37; #59; #35;quot#59; #91;x#93;#44; #60;b#62;#38;',
    );
    expect(escapeMermaidLabel('a, b\nc')).toBe('a, b c');
    expect(escapeMermaidLabel("it's `x` \\")).toBe('it#39;s #96;x#96; #92;');
  });
});
