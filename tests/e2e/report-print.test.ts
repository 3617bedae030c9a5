// The printed report (issue "The annual report as a council document", items 2–4): the PDF
// printed by Chromium, read back with poppler's pdftotext, pdfinfo and pdffonts (.ci/run
// installs chromium and poppler-utils). The Word document opened by LibreOffice is in
// report-docx.test.ts, which makes that document already.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, sak as sakToday } from './helpers.js';
import { A4, contentsEntries, pdfInfo, pdfText, run } from './support/pdf-tools.js';
import { demoWithDocument } from './support/report-document.js';

const sak = (root: string, args: readonly string[], env: Record<string, string> = {}) => sakToday(root, args, { env: { SAK_TODAY: '2027-02-20', ...env } });

describe('sak report --format pdf', () => {
  it('prints a tagged A4 PDF with its fonts embedded, the title block and contents first and page numbers in the footer', async () => {
    const root = demoWithDocument();
    const pdf = path.join(makeTempDir(), 'rapport.pdf');
    const made = await sak(root, ['report', '--year', '2026', '-o', pdf]);
    expect(made.code, made.stderr).toBe(0);
    const info = await pdfInfo(pdf);
    expect(info['Page size']).toMatch(A4);
    expect(info.Tagged).toBe('yes');
    expect(info.CreationDate).toMatch(/Feb 15 00:00:00 2027/);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    const fonts = await run('pdffonts', [pdf]);
    const rows = fonts.stdout.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // The "emb" column: every font is embedded.
    for (const row of rows) expect(row, row).toMatch(/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
    const first = await pdfText(pdf, 1, 1);
    for (const text of ['Demokommun (fiktiv)', 'Årsrapport kommunal säkerhet 2026', 'KS 2027/12', '15 februari 2027', 'Förslag till beslut', 'Innehåll', `Sida 1 av ${pages}`]) expect(first).toContain(text);
    const html = (await sak(root, ['report', '--year', '2026', '--format', 'html'])).stdout;
    const headings = [...html.matchAll(/<h2 id="sec-\d+">([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(contentsEntries(first)).toEqual(headings);
    expect(await pdfText(pdf, pages, pages)).toContain(`Sida ${pages} av ${pages}`);
  }, 180_000);

  it('exits 3 and says what to do when no browser is found', async () => {
    const root = demoWithDocument();
    const pdf = path.join(makeTempDir(), 'rapport.pdf');
    const none = await sak(root, ['report', '--year', '2026', '-o', pdf], { PATH: makeTempDir() });
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/ingen hittades\. Installera en .* SAK_BROWSER; eller gör rapporten med --format docx/);
    expect(existsSync(pdf)).toBe(false);
  });
});
