// Reading PDFs back with poppler's pdftotext and pdfinfo, and a LibreOffice profile for
// converting with soffice: shared by the printed report's tests (report-print.test.ts, and
// report-docx.test.ts for the Word document opened by LibreOffice). .ci/run installs
// libreoffice-writer-nogui and poppler-utils.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Runs a program (no shell); resolves with its exit code and output. */
export function run(file: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, [...args], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 150_000, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0, stdout, stderr });
    });
  });
}

/** The text of pages first..last of a PDF, laid out. */
export async function pdfText(file: string, first: number, last: number): Promise<string> {
  const out = await run('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-']);
  expect(out.code, out.stderr).toBe(0);
  return out.stdout;
}

/** pdfinfo's fields. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await run('pdfinfo', [file]);
  expect(out.code, out.stderr).toBe(0);
  return Object.fromEntries(out.stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The entries of the contents on a page's text: the lines after "Innehåll" up to the first blank line after them. */
export function contentsEntries(text: string): string[] {
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
export async function libreOfficeProfile(dir: string): Promise<string> {
  const version = /LibreOffice (\d+\.\d+)/.exec((await run('soffice', ['--version'], { HOME: dir })).stdout)?.[1] ?? '';
  const profile = path.join(dir, 'lo-profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>${version}</value></prop></item>\n</oor:items>\n`,
  );
  return profile;
}

/** pdfinfo's page size of A4. */
export const A4 = /^59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)$/;
