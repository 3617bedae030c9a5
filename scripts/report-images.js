#!/usr/bin/env node
// Regenerates the README's pictures of the printed report (docs/img/rapport-demo-2026-*.png):
// the demo register's annual report 2026 made with --format pdf (printed by Chromium) and with
// --format docx (opened and printed by LibreOffice), first page of each as PNG (poppler's
// pdftoppm). Needs a built sak (npm run build), Chromium, LibreOffice and poppler-utils.
//
//   node scripts/report-images.js
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(tmpdir(), 'sak-images-'));
const env = { ...process.env, SAK_TODAY: '2027-02-20', NO_COLOR: '1' };
const run = (file, args, options = {}) => execFileSync(file, args, { env, stdio: ['ignore', 'ignore', 'inherit'], ...options });

try {
  const sak = path.join(root, 'bin', 'sak.js');
  const register = path.join(root, 'examples', 'demo');
  run(process.execPath, [sak, 'report', '--year', '2026', '--register', register, '-o', path.join(tmp, 'pdf.pdf')]);
  run(process.execPath, [sak, 'report', '--year', '2026', '--register', register, '-o', path.join(tmp, 'word.docx')]);
  const profile = path.join(tmp, 'lo');
  mkdirSync(profile);
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, path.join(tmp, 'word.docx')], { env: { ...env, HOME: tmp } });
  for (const [pdf, name] of [['pdf.pdf', 'rapport-demo-2026-pdf'], ['word.pdf', 'rapport-demo-2026-word']]) {
    // Pages 1 and 2 side by side would be wide: the first page, at a size a README shows whole.
    run('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path.join(tmp, pdf), path.join(tmp, name)]);
    renameSync(path.join(tmp, `${name}.png`), path.join(root, 'docs', 'img', `${name}.png`));
    process.stdout.write(`wrote docs/img/${name}.png\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
