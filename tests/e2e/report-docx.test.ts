// `sak report --format docx` (issue "The annual report as a council document", item 3): the Word
// document's parts read from the package, in-process, and the same document opened by
// LibreOffice and read back with poppler (.ci/run installs libreoffice-writer-nogui and
// poppler-utils). The PDF printed by Chromium is in report-print.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, sak as sakToday } from './helpers.js';
import { A4, contentsEntries, libreOfficeProfile, pdfInfo, pdfText, run } from './support/pdf-tools.js';
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
  let docx: string;
  let markdown: string;
  const text = (name: string) => Buffer.from(files[name] as Uint8Array).toString('utf8');

  beforeAll(async () => {
    const root = demoWithDocument();
    docx = path.join(makeTempDir(), 'rapport.docx');
    const made = await sak(root, ['report', '--year', '2026', '-o', docx]);
    expect(made.code, made.stderr).toBe(0);
    bytes = readFileSync(docx);
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

  // LibreOffice reads the file as a Word user's office suite would.
  it('LibreOffice converts it to PDF without complaint, A4, with the title block, dnr, date and proposed decision first and a contents list of its headings', async () => {
    // The document of beforeAll: sak report --year 2026 -o rapport.docx on the demo register with its report folder.
    const dir = makeTempDir();
    const profile = await libreOfficeProfile(dir);
    const converted = await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { HOME: dir });
    expect(converted.code, converted.stderr).toBe(0);
    // LibreOffice names a document it had to repair, or could not read, on stderr; only Java's absence may show.
    expect(converted.stderr.split('\n').filter((l) => l.trim() !== '' && !/javaldx/.test(l))).toEqual([]);
    const pdf = path.join(dir, 'rapport.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect((await pdfInfo(pdf))['Page size']).toMatch(A4);
    const first = await pdfText(pdf, 1, 1);
    for (const shown of ['Årsrapport kommunal säkerhet 2026', 'Demokommun (fiktiv) · Årsrapport', 'Diarienummer: KS 2027/12', 'Datum: 15 februari 2027', 'Förslag till beslut', '1. Kommunfullmäktige lägger årsrapporten till handlingarna.', 'Innehåll', 'Sida 1 av']) expect(first).toContain(shown);
    const xml = text('word/document.xml');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings.length).toBeGreaterThanOrEqual(10);
    expect(contentsEntries(first)).toEqual(headings);
  }, 180_000);

  it('asks for -o, since a Word file is no text for a terminal', async () => {
    const run = await sak(demoWithDocument(), ['report', '--year', '2026', '--format', 'docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format docx skriver en fil: ange -o FIL/);
  });
});
