// The annual report as a council document (issue "The annual report as a council document",
// items 1 and 2): reports/<period>/report.yaml and the coordinator's Markdown in the register,
// checked by `sak validate` and placed in the report with its front matter. In-process.
import { describe, expect, it } from 'vitest';
import { copyRegister, readText, sak as sakToday, writeRecord } from './helpers.js';

/** sak on a day after the period: the report of 2026 is written in February 2027, not preliminary. */
const sak = (root: string, args: readonly string[], options: { env?: Record<string, string> } = {}) => sakToday(root, args, { env: { SAK_TODAY: '2027-02-20', ...options.env } });

const META = `dnr: KS 2027/12
date: 2027-02-15
author: Säkerhetssamordnaren
recipient: Kommunfullmäktige
proposal:
  - Kommunfullmäktige lägger årsrapporten till handlingarna.
  - Kommunstyrelsen får i uppdrag att följa upp de försenade åtgärderna.
`;

/** The fictitious demo register with a report folder for 2026. */
function demoWithReport(files: Record<string, string> = {}): string {
  const root = copyRegister('examples/demo');
  writeRecord(root, 'reports/2026/report.yaml', META);
  writeRecord(root, 'reports/2026/summary.md', 'Året gav *färre* incidenter. Se [MSB](https://www.msb.se).\n\n# Bedömning\n\n<script>x</script>\n');
  writeRecord(root, 'reports/2026/outlook.md', 'Nästa år övar vi krisledning.\n');
  for (const [rel, text] of Object.entries(files)) writeRecord(root, rel, text);
  return root;
}

describe('sak validate and reports/<period>/', () => {
  it('accepts a valid report folder', async () => {
    const run = await sak(demoWithReport(), ['validate']);
    expect(run.stdout).not.toMatch(/reports\//);
    expect(run.code).toBe(0);
  });

  it('reports schema errors of report.yaml with line and column, and personal numbers in the Markdown', async () => {
    const root = demoWithReport({
      'reports/2026/report.yaml': `${META}datum: 2027-02-15\n`,
      'reports/2026/risks.md': 'Bra.\n\nRing 19121212-1212 vid frågor.\n',
    });
    const run = await sak(root, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/reports\/2026\/report\.yaml:8:1 error schema .*datum/);
    expect(run.stdout).toMatch(/reports\/2026\/risks\.md:3:6 error pii .*personnummer/);
  });

  it('warns when the text names a risk the public report does not show, and about files that are no section', async () => {
    const root = demoWithReport({ 'reports/2026/incidents.md': 'Risken RSK-brand-i-skola har ökat.\n', 'reports/2026/anteckningar.md': 'x\n', 'reports/utkast/summary.md': 'x\n' });
    const run = await sak(root, ['validate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/reports\/2026\/incidents\.md:1:8 warning report-public .*RSK-brand-i-skola/);
    expect(run.stdout).toMatch(/reports\/2026\/anteckningar\.md:1:1 warning report-file/);
    expect(run.stdout).toMatch(/reports\/utkast:1:1 warning report-file/);
    expect((await sak(root, ['validate', '--strict'])).code).toBe(1);
  });
});

describe('sak report with a report folder', () => {
  it('gives the title block, the proposed decision, the contents and the coordinator text in Markdown (public)', async () => {
    const run = await sak(demoWithReport(), ['report', '--year', '2026']);
    expect(run.code, run.stderr).toBe(0);
    const md = run.stdout;
    expect(md).toMatch(/^# Årsrapport kommunal säkerhet 2026\n\n\*\*Demokommun \(fiktiv\)\*\* · Årsrapport\n\n- \*\*Diarienummer:\*\* KS 2027\/12\n- \*\*Datum:\*\* 15 februari 2027\n- \*\*Författare:\*\* Säkerhetssamordnaren\n- \*\*Till:\*\* Kommunfullmäktige\n/);
    expect(md).toContain('## Förslag till beslut\n\n1. Kommunfullmäktige lägger årsrapporten till handlingarna.\n2. Kommunstyrelsen får i uppdrag att följa upp de försenade åtgärderna.\n');
    expect(md).toContain('## Innehåll\n\n- [Sammanfattning](#sammanfattning)\n- [Incidenter](#incidenter)\n');
    expect(md).toContain('- [Inför nästa år](#inför-nästa-år)\n');
    expect(md).toContain('## Sammanfattning\n\n### Sammanfattande bedömning\n\nÅret gav *färre* incidenter. Se [MSB](https://www.msb.se).\n\n### Bedömning\n\n&lt;script>x&lt;/script>\n\n| Nyckeltal');
    expect(md).toContain('## Inför nästa år\n\nNästa år övar vi krisledning.\n');
    // Every level-2 heading after the contents is listed in it, in order.
    const after = md.slice(md.indexOf('## Innehåll'));
    const headings = [...after.matchAll(/^## (.+)$/gm)].map((m) => m[1]).slice(1);
    const listed = [...after.matchAll(/^- \[(.+?)\]\(#/gm)].map((m) => m[1]);
    expect(listed).toEqual(headings);
  });

  it('gives the same front matter in HTML, with page numbers and the title in the print footer', async () => {
    const run = await sak(demoWithReport({ 'reports/2026/report.yaml': `${META}title: 'Säkerhetsarbetet 2026 "och framåt"'\n` }), ['report', '--year', '2026', '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    const html = run.stdout;
    expect(html).toContain('<p class="doctype">Årsrapport</p>\n<h1>Säkerhetsarbetet 2026 &quot;och framåt&quot;</h1>');
    expect(html).toContain('<dt>Diarienummer</dt><dd>KS 2027/12</dd>');
    expect(html).toContain('<dt>Datum</dt><dd>15 februari 2027</dd>');
    expect(html).toContain('@bottom-left { content: "Säkerhetsarbetet 2026 \\22 och framåt\\22 "');
    expect(html).toContain('@bottom-right { content: "Sida " counter(page) " av " counter(pages)');
    expect(html).toContain('<li><a href="#sec-1">Sammanfattning</a></li>');
    expect(html).toContain('<h2 id="sec-1">Sammanfattning</h2>');
    expect(html).toContain('<a href="https://www.msb.se">MSB</a>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<section class="proposal">\n<h2>Förslag till beslut</h2>');
  });

  it('stops with exit 1 and writes nothing when the folder has an error', async () => {
    const root = demoWithReport({ 'reports/2026/summary.md': 'Kontakt: 19121212-1212\n' });
    const run = await sak(root, ['report', '--year', '2026', '-o', 'rapport.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/reports\/2026\/summary\.md:1:10 error pii/);
    expect(run.stderr).toMatch(/rapportmappen reports\/2026 har 1 fel/);
    expect(run.stdout).toBe('');
  });

  it('is the same document whatever the day it is made (the date is the document\'s own)', async () => {
    const root = demoWithReport();
    const a = await sak(root, ['report', '--year', '2026'], { env: { SAK_TODAY: '2027-02-20' } });
    const b = await sak(root, ['report', '--year', '2026'], { env: { SAK_TODAY: '2027-06-01' } });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('15 februari 2027');
  });

  it('uses the folder of the quarter for --quarter, and none for another period', async () => {
    const root = demoWithReport({ 'reports/2026-Q4/report.yaml': 'dnr: KS 2027/3\n' });
    const quarter = await sak(root, ['report', '--quarter', '2026-Q4']);
    expect(quarter.stdout).toMatch(/^# Kvartalsrapport kommunal säkerhet kvartal 4 2026\n\n\*\*Demokommun \(fiktiv\)\*\* · Kvartalsrapport\n\n- \*\*Diarienummer:\*\* KS 2027\/3\n/);
    const other = await sak(root, ['report', '--year', '2025']);
    expect(other.stdout).not.toMatch(/Diarienummer|Innehåll/);
  });
});

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('the look of the municipality (sak.yaml report)', () => {
  it('puts the logo, the colour and the font into the HTML; the default stays neutral', async () => {
    const root = demoWithReport();
    const neutral = await sak(root, ['report', '--year', '2026', '--format', 'html']);
    expect(neutral.stdout).not.toContain('<img');
    expect(neutral.stdout).toContain('border-bottom: 1.5pt solid #1f5f9e');
    writeRecord(root, 'bilder/logo.png', PNG);
    const config = readText(root, 'sak.yaml');
    writeRecord(root, 'sak.yaml', `${config}\nreport:\n  logo: bilder/logo.png\n  colour: "#7a1f3d"\n  font: Arial\n`);
    expect((await sak(root, ['validate'])).code).toBe(0);
    const html = (await sak(root, ['report', '--year', '2026', '--format', 'html'])).stdout;
    expect(html).toContain(`<img class="logo" src="data:image/png;base64,${PNG.toString('base64')}" alt="Demokommun (fiktiv)">`);
    expect(html).toContain('border-bottom: 1.5pt solid #7a1f3d');
    expect(html).toContain('body { font-family: "Arial", "Liberation Sans"');
  });

  it('refuses a logo that is missing or no image (exit 3), and a colour that is no #hex (validate)', async () => {
    const root = demoWithReport();
    const config = readText(root, 'sak.yaml');
    writeRecord(root, 'sak.yaml', `${config}\nreport:\n  logo: logo.png\n`);
    const missing = await sak(root, ['report', '--year', '2026', '-o', 'r.html', '--format', 'html']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/logotypen logo\.png .*finns inte/);
    writeRecord(root, 'logo.png', 'inte en bild');
    expect((await sak(root, ['report', '--year', '2026'])).stderr).toMatch(/ingen PNG- eller JPEG-bild/);
    writeRecord(root, 'sak.yaml', `${config}\nreport:\n  colour: röd\n`);
    const run = await sak(root, ['validate']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/sak\.yaml:\d+:\d+ error config "röd"/);
  });
});
