// `report -o` refuses a device, a FIFO or a symbolic link as its target (exit 3) and never
// replaces it (issue "Safe to publish, safe to share", item 7).
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeGitRegister, makeTempDir, sak } from './helpers.js';

describe('sak report -o to something that is not a regular file', () => {
  it('refuses a symbolic link, a FIFO and a device (exit 3) and leaves each as it was', async () => {
    const root = await makeGitRegister();
    const dir = makeTempDir();
    const elsewhere = path.join(dir, 'annan.txt');
    writeFileSync(elsewhere, 'orörd\n');
    const link = path.join(dir, 'rapport.md');
    symlinkSync(elsewhere, link);
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const target of [link, fifo, '/dev/null']) {
      const run = await sak(root, ['report', '--year', '2026', '-o', target]);
      expect(run.code, `${target}: ${run.stderr}`).toBe(3);
      expect(run.stderr).toMatch(/ingen vanlig fil/);
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(elsewhere, 'utf8')).toBe('orörd\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
