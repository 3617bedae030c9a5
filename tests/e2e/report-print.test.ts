// The printed report (issue "The annual report as a council document", items 2–4): the Word
// document opened by LibreOffice and the PDF printed by Chromium, read back with poppler's
// pdftotext, pdfinfo and pdffonts. The only report tests that need LibreOffice or a browser
// (.ci/run installs chromium, libreoffice-writer-nogui and poppler-utils).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeTempDir, sak as sakToday } from './helpers.js';
import { demoWithDocument } from './support/report-document.js';

const sak = (root: string, args: readonly string[], env: Record<string, string> = {}) => sakToday(root, args, { env: { SAK_TODAY: '2027-02-20', ...env } });

/** Runs a program (no shell); resolves with its exit code and output. */
function run(file: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, [...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 150_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0, stdout, stderr });
    });
  });
}

/** The text of pages first..last of a PDF, laid out. */
async function pdfText(file: string, first: number, last: number): Promise<string> {
  const out = await run('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-']);
  expect(out.code, out.stderr).toBe(0);
  return out.stdout;
}

/** pdfinfo's fields. */
async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await run('pdfinfo', [file]);
  expect(out.code, out.stderr).toBe(0);
  return Object.fromEntries(out.stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The entries of the contents on a page's text: the lines after "Innehåll" up to the first blank line after them. */
function contentsEntries(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Innehåll');
  const entries: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') {
      if (entries.length > 0) break;
      continue;
    }
    entries.push(line.trim().replace(/^\d+\.\s+/, '').replace(/\.{3,}\s*\d+$/, '').trim());
  }
  return entries;
}

/**
 * A fresh LibreOffice user profile that LibreOffice takes for one it has started before.
 * LibreOffice runs its graphics back-end self-test (GraphicsRenderTests: some sixty drawings
 * on 4096-pixel bitmaps) whenever the profile's recorded version is not its own, and
 * `--convert-to` never records it: measured, that self-test was three quarters of the
 * conversion's CPU time (about 7 of 9 s). With the version recorded, LibreOffice still reads,
 * lays out and exports the document the same way. A version read wrongly only costs the time.
 */
async function libreOfficeProfile(dir: string): Promise<string> {
  const version = /LibreOffice (\d+\.\d+)/.exec((await run('soffice', ['--version'], { HOME: dir })).stdout)?.[1] ?? '';
  const profile = path.join(dir, 'lo-profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>\n</oor:items>\n`,
  );
  return profile;
}

const A4 = /^59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)$/;

describe('the Word document in LibreOffice', () => {
  it('converts to PDF without complaint, A4, with the title block, dnr, date and proposed decision first and a contents list of its headings', async () => {
    const root = demoWithDocument();
    const dir = makeTempDir();
    const docx = path.join(dir, 'rapport.docx');
    expect((await sak(root, ['report', '--year', '2026', '-o', docx])).code).toBe(0);
    const profile = await libreOfficeProfile(dir);
    const converted = await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { HOME: dir });
    expect(converted.code, converted.stderr).toBe(0);
    // LibreOffice names a document it had to repair, or could not read, on stderr; only Java's absence may show.
    expect(converted.stderr.split('\n').filter((l) => l.trim() !== '' && !/javaldx/.test(l))).toEqual([]);
    const pdf = path.join(dir, 'rapport.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect((await pdfInfo(pdf))['Page size']).toMatch(A4);
    const first = await pdfText(pdf, 1, 1);
    for (const text of ['Årsrapport kommunal säkerhet 2026', 'Demokommun (fiktiv) · Årsrapport', 'Diarienummer: KS 2027/12', 'Datum: 15 februari 2027', 'Förslag till beslut', '1. Kommunfullmäktige lägger årsrapporten till handlingarna.', 'Innehåll', 'Sida 1 av']) expect(first).toContain(text);
    const xml = Buffer.from(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml'] as Uint8Array).toString('utf8');
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings.length).toBeGreaterThanOrEqual(10);
    expect(contentsEntries(first)).toEqual(headings);
  }, 180_000);
});

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
