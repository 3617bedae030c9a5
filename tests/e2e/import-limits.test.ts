// Bounded input (issue "Safe to publish, safe to share", item 7): `sak import` streams its
// CSV within a size limit (100 MB, --max-size) and a row limit per commit (10,000,
// --max-rows); a device, a FIFO or a 1 GB file ends in well under a second with a clear
// exit 2 or 3 and nothing written, and memory stays flat. `--input` reads at most a record's
// size from a file, a pipe or standard input.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputLimitError, readFdAtMost, readUserFile } from '../../src/store/user-input.js';
import { GIT_ENV, commitCount, makeGitRegister, makeTempDir, sak } from './helpers.js';
import { expectNoFault, expectUnchanged, runLimited, snapshot } from './support/hardening.js';

const HEADER = 'title;date;unit;category;severity\n';
const row = (i: number) => `Händelse ${i} (fiktiv);2026-03-${String(1 + (i % 28)).padStart(2, '0')};kommunstyrelsen;vandalism;low\n`;

describe('sak import within limits', () => {
  it('a 1 GB (sparse) file is refused by its size at once (exit 2), naming --max-size; memory stays flat', async () => {
    const root = await makeGitRegister('minimal');
    const before = snapshot(root);
    const big = path.join(makeTempDir(), 'stor.csv');
    writeFileSync(big, HEADER);
    truncateSync(big, 1024 ** 3);
    const rss = process.memoryUsage().rss;
    const run = await sak(root, ['import', 'incident', big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('är 1024 MB, mer än gränsen 100 MB');
    expect(run.stderr).toContain('--max-size');
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 ** 2);
    expectNoFault(run);
    expectUnchanged(root, before);
    // Raised, the same file is read as a stream and ends at its first row, which is far too long (exit 1).
    const small = path.join(makeTempDir(), 'nollor.csv');
    writeFileSync(small, '');
    truncateSync(small, 1.5 * 1024 ** 2);
    const raised = await sak(root, ['import', 'incident', small, '--max-size', '1']);
    expect(raised.code).toBe(2);
    const read = await sak(root, ['import', 'incident', small, '--max-size', '2']);
    expect(read.code).toBe(1);
    expect(read.stderr).toMatch(/nollor\.csv rad 1: .*inget lästes in/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 ** 2);
    expectUnchanged(root, before);
  });

  it('/dev/zero and a FIFO nobody writes to end at once with exit 3 (not a regular file)', async () => {
    const root = await makeGitRegister('minimal');
    const before = snapshot(root);
    const zero = await sak(root, ['import', 'incident', '/dev/zero', '--lang', 'en']);
    expect(zero.code).toBe(3);
    expect(zero.stderr).toContain('/dev/zero is not a regular file (a device)');
    const fifo = path.join(makeTempDir(), 'rader.csv');
    execFileSync('mkfifo', [fifo]);
    // In a process of its own: a read that waited for a writer would hold this one up for ever.
    const run = await runLimited(root, ['import', 'incident', fifo], { env: GIT_ENV, timeoutMs: 10_000 });
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('rader.csv är ingen vanlig fil (en FIFO)');
    for (const r of [zero, run]) expectNoFault(r);
    expectUnchanged(root, before);
  });

  it('more rows than one commit may take is refused before anything is written (exit 2, --max-rows); within the limit they are one commit', async () => {
    const root = await makeGitRegister('minimal');
    const csv = path.join(makeTempDir(), 'rader.csv');
    writeFileSync(csv, HEADER + Array.from({ length: 5 }, (_, i) => row(i)).join(''));
    const before = snapshot(root);
    const commits = await commitCount(root);
    const over = await sak(root, ['import', 'incident', csv, '--max-rows', '4']);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('har fler än 4 rader; en import (en commit) tar högst 4');
    expect(over.stderr).toContain('--max-rows');
    expectUnchanged(root, before);
    const bad = await sak(root, ['import', 'incident', csv, '--max-rows', 'många']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-rows "många" är inget heltal större än 0');
    const ok = await sak(root, ['import', 'incident', csv, '--max-rows', '5']);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(5);
    expect(await commitCount(root)).toBe(commits + 1);
  });

  it('a file that is not UTF-8 is named with its line, also far into a streamed file', async () => {
    const root = await makeGitRegister('minimal');
    const csv = path.join(makeTempDir(), 'latin1.csv');
    const rows = Array.from({ length: 30_000 }, (_, i) => row(i)).join('');
    writeFileSync(csv, Buffer.concat([Buffer.from(HEADER + rows), Buffer.from('Skadeg\xf6relse;2026-03-01;kommunstyrelsen;vandalism;low\n', 'latin1')]));
    const run = await sak(root, ['import', 'incident', csv, '--max-rows', '40000']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`latin1.csv är inte UTF-8 (rad ${30_002})`);
  });
});

describe('reads of a path the user names', () => {
  it('read at most their limit: a device stops at the limit, a silent FIFO ends, a large file is refused by its size', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(() => readFdAtMost(zero, 1000)).toThrow(InputLimitError);
    } finally {
      closeSync(zero);
    }
    expect(() => readUserFile('/dev/zero', 256 * 1024)).toThrow(expect.objectContaining({ reason: 'too-large' }));
    const big = path.join(makeTempDir(), 'stor.yaml');
    writeFileSync(big, '');
    truncateSync(big, 1024 ** 3);
    expect(() => readUserFile(big, 256 * 1024)).toThrow(expect.objectContaining({ reason: 'too-large', detail: { limit: 256 * 1024, size: 1024 ** 3 } }));
    expect(() => readUserFile(makeTempDir(), 256 * 1024)).toThrow(expect.objectContaining({ reason: 'not-regular' }));
  });

  it('sak add --input from a FIFO with a silent writer and from an endless standard input ends at once (exit 1)', async () => {
    const root = await makeGitRegister('minimal');
    const before = snapshot(root);
    const flags = ['--no-input', '--title', 'Från rör (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'other', '--severity', 'low'];
    const fifo = path.join(makeTempDir(), 'post.yaml');
    execFileSync('mkfifo', [fifo]);
    // A FIFO without a writer reads as empty at once: sak never waits for one.
    const empty = await runLimited(root, ['add', 'incident', '--input', fifo, ...flags], { env: GIT_ENV, timeoutMs: 10_000 });
    expect(empty.timedOut).toBe(false);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('post.yaml är ingen YAML-mappning');
    // Standard input larger than a record: reading stops at the limit.
    const endless = await runLimited(root, ['add', 'incident', '--input', '-', ...flags], { env: GIT_ENV, stdin: { text: `notes: "${'x'.repeat(400_000)}"\n` }, timeoutMs: 10_000 });
    expect(endless.code).toBe(1);
    expect(endless.stderr).toContain('--input - är större än 256 KiB');
    for (const r of [empty, endless]) expectNoFault(r);
    expectUnchanged(root, before);
  });
});
