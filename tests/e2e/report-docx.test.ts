// `sak report --format docx` (issue "The annual report as a council document", item 3): the Word
// document's parts read from the package, in-process. LibreOffice opening it is in report-print.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, sak as sakToday } from './helpers.js';
import { demoWithDocument } from './support/report-document.js';

const sak = (root: string, args: readonly string[]) => sakToday(root, args, { env: { SAK_TODAY: '2027-02-20' } });

/** The text of each paragraph of word/document.xml, with its style. */
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

describe('sak report --format docx', () => {
  let files: Record<string, Uint8Array>;
  let bytes: Buffer;
  let markdown: string;
  const text = (name: string) => Buffer.from(files[name] as Uint8Array).toString('utf8');

  beforeAll(async () => {
    const root = demoWithDocument();
    const out = path.join(makeTempDir(), 'rapport.docx');
    const run = await sak(root, ['report', '--year', '2026', '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    bytes = readFileSync(out);
    files = unzipSync(new Uint8Array(bytes));
    markdown = (await sak(root, ['report', '--year', '2026'])).stdout;
  }, 120_000);

  it('has Word heading styles, the contents field, Swedish as its language and A4 pages', () => {
    const xml = text('word/document.xml');
    const styles = paragraphs(xml).map((p) => p.style);
    expect(styles).toContain('Title');
    expect(styles.filter((s) => s === 'Heading1').length).toBeGreaterThanOrEqual(10);
    expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText>');
    expect(text('word/styles.xml')).toContain('<w:lang w:val="sv-SE"/>');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('repeats the header row of every table on each page, and only it', () => {
    const xml = text('word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      for (const row of rows.slice(1)) expect(row).not.toContain('<w:tblHeader');
    }
  });

  it('draws the charts as native Word charts with their alt text', () => {
    const charts = Object.keys(files).filter((n) => /^word\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    expect(text('word/document.xml')).toContain('descr="Antal incidenter under perioden per kategori');
    expect(text(charts[0] as string)).toContain('Skadegörelse');
  });

  it('carries the document properties, dated by the document, not the clock', () => {
    const core = text('docProps/core.xml');
    expect(core).toContain('<dc:title>Årsrapport kommunal säkerhet 2026</dc:title>');
    expect(core).toContain('<dc:creator>Säkerhetssamordnaren</dc:creator>');
    expect(core).toContain('<dc:description>Dnr KS 2027/12</dc:description>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-02-15T00:00:00Z</dcterms:created>');
  });

  it('is the same bytes when made again another day', async () => {
    const root = demoWithDocument();
    const out = path.join(makeTempDir(), 'igen.docx');
    expect((await sakToday(root, ['report', '--year', '2026', '-o', out], { env: { SAK_TODAY: '2027-03-01' } })).code).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('has the text of the Markdown report, section by section', () => {
    const docx = paragraphs(text('word/document.xml'));
    // Sections of the Word document: the text after each level-1 heading.
    const docxSections = new Map<string, string>();
    let current = '';
    for (const p of docx) {
      if (p.style === 'Heading1') current = p.text;
      else if (current) docxSections.set(current, `${docxSections.get(current) ?? ''} ${p.text}`);
    }
    // The same of the Markdown report: every text of its paragraphs, lists and table cells.
    const md = new MarkdownIt();
    let section = '';
    const checked: string[] = [];
    for (const token of md.parse(markdown, {})) {
      if (token.type === 'inline' && token.map && /^## /.test(markdown.split('\n')[token.map[0]] ?? '')) {
        section = token.content;
        continue;
      }
      if (token.type !== 'inline' || !section || section === 'Innehåll') continue;
      // A link is printed with its address after it, as in print.
      let plain = '';
      let href = '';
      for (const c of token.children ?? []) {
        if (c.type === 'text' || c.type === 'code_inline') plain += c.content;
        else if (c.type === 'link_open') href = c.attrGet('href') ?? '';
        else if (c.type === 'link_close' && !href.startsWith('#')) plain += ` (${href})`;
      }
      plain = plain.trim();
      if (plain === '') continue;
      expect(docxSections.get(section) ?? '', `${section}: ${plain}`).toContain(plain);
      checked.push(section);
    }
    expect(new Set(checked).size).toBeGreaterThanOrEqual(9);
  });

  it('asks for -o, since a Word file is no text for a terminal', async () => {
    const run = await sak(demoWithDocument(), ['report', '--year', '2026', '--format', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format docx skriver en fil: ange -o FIL/);
  });
});
