import { describe, expect, it } from 'vitest';
import { coordinatorHtml, coordinatorMarkdown, githubSlug, insertHtmlToc, insertMarkdownToc, TOC_MARKER } from '../../../src/render/markdown-text.js';

describe("the coordinator's Markdown as HTML", () => {
  it('shows raw HTML as text, keeps links with their address and moves headings down two levels', () => {
    const html = coordinatorHtml('# Bedömning\n\n<script>alert(1)</script>\n\nSe [MSB](https://www.msb.se) och <b>fet</b>.\n');
    expect(html).toContain('<h3>Bedömning</h3>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;fet&lt;/b&gt;');
    expect(html).toContain('<a href="https://www.msb.se">MSB</a>');
  });

  it('embeds no image and no javascript: link', () => {
    const html = coordinatorHtml('![karta](https://example.invalid/karta.png) [x](javascript:alert(1))');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript');
  });
});

describe("the coordinator's Markdown in a Markdown report", () => {
  it('escapes raw HTML outside code, keeps code and autolinks, and moves ATX and setext headings down', () => {
    const text = coordinatorMarkdown('# Rubrik\n\n<div>x</div> och `<b>kod</b>` och <https://www.msb.se>\n\nUnder\n-----\n\n```\n<pre> # inte rubrik\n```\n');
    expect(text).toBe('### Rubrik\n\n&lt;div>x&lt;/div> och `<b>kod</b>` och <https://www.msb.se>\n\n#### Under\n\n```\n<pre> # inte rubrik\n```');
  });
});

describe('the table of contents', () => {
  it("lists a Markdown report's level-2 headings after the marker with GitHub's anchors, duplicates numbered", () => {
    const md = `# Titel\n\n## Förslag till beslut\n\n${TOC_MARKER}\n\n## Sammanfattning\n\n### Per enhet\n\n\`\`\`\n## inte en rubrik\n\`\`\`\n\n## Per enhet\n\n## Utbildning och övning\n`;
    const out = insertMarkdownToc(md, 'Innehåll');
    expect(out).toContain('## Innehåll\n\n- [Sammanfattning](#sammanfattning)\n- [Per enhet](#per-enhet-1)\n- [Utbildning och övning](#utbildning-och-övning)\n');
    expect(out).not.toContain('inte-en-rubrik');
    expect(out).not.toContain('[Förslag till beslut]');
  });

  it('gives the HTML headings after the marker ids and links them', () => {
    const out = insertHtmlToc(`<h2>Förslag</h2>${TOC_MARKER}<h2>Risker &amp; hot</h2><h3>x</h3><h2>Övrigt</h2>`, 'Innehåll');
    expect(out).toContain('<li><a href="#sec-1">Risker &amp; hot</a></li>');
    expect(out).toContain('<h2 id="sec-2">Övrigt</h2>');
    expect(out).toContain('<h2>Förslag</h2>');
    expect(out).not.toContain(TOC_MARKER);
  });

  it('makes slugs as GitHub does', () => {
    expect(githubSlug('Åtgärdsplan: 2026 (del 1)')).toBe('åtgärdsplan-2026-del-1');
  });
});
