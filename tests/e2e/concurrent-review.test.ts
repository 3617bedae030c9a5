// Work is never thrown away (issue "Safe to publish, safe to share", item 6): several
// `sak review` of one record at once, each its own process (the built bin/sak.js; 4 by
// default, 12 with `npm run test:slow`). Each either records its follow-up in a commit of
// its own, holding only its own change, or is refused with a clear message (exit 3,
// nothing written): a commit never holds another process's change, and no change is lost.
import { describe, expect, it } from 'vitest';
import { filesOfCommit, gitOk, makeMinimalRegister, readText, sak, sakBinary, testRuns, writeRecord } from './helpers.js';
import { expectNoFault } from './support/hardening.js';

const ACTION = 'ACT-samtidig-uppfoljning';
const FILE = `actions/${ACTION}.yaml`;
const PROCESSES = testRuns(4, 12);

describe(`${PROCESSES} sak review of one record at once`, () => {
  it('each change in a commit of its own with only its own change, or a clear refusal; none lost', async () => {
    const root = makeMinimalRegister();
    writeRecord(root, FILE, `id: ${ACTION}\ntitle: Samtidig uppföljning (fiktiv)\nowner: kommunstyrelsen\nstatus: in_progress\n`);
    await gitOk(root, ['init', '-q', '-b', 'main']);
    await gitOk(root, ['add', '-A']);
    await gitOk(root, ['commit', '-q', '-m', 'init']);
    const base = (await gitOk(root, ['rev-parse', 'HEAD'])).trim();
    const note = (i: number) => `Uppföljning nummer ${i} (fiktiv)`;
    const runs = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => sakBinary(root, ['review', ACTION, '--percent', String(10 + i), '--note', note(i), '--date', '2026-11-20'])));
    const done: { i: number; commit: string }[] = [];
    runs.forEach((run, i) => {
      expectNoFault(run);
      if (run.code === 0) {
        const commit = /\(commit ([0-9a-f]{7})\)/.exec(run.stderr)?.[1];
        expect(commit, `process ${i} said it committed: ${run.stderr}`).toBeDefined();
        done.push({ i, commit: commit as string });
      } else {
        expect(run.code, run.stderr).toBe(3);
        expect(run.stderr).toContain('ändrades av någon annan medan sak arbetade; inget skrevs. Försök igen.');
      }
    });
    expect(done.length).toBeGreaterThan(0);
    const commits = (await gitOk(root, ['rev-list', '--reverse', `${base}..HEAD`])).trim().split('\n');
    expect(commits).toHaveLength(done.length);
    for (const { i, commit } of done) {
      const hash = commits.find((c) => c.startsWith(commit));
      expect(hash, `the commit process ${i} named`).toBeDefined();
      expect(await filesOfCommit(root, hash)).toEqual([FILE]);
      // The commit adds this process's follow-up and nothing of another's.
      const added = (await gitOk(root, ['show', '--format=', '--unified=0', hash as string]))
        .split('\n')
        .filter((line) => line.startsWith('+') && !line.startsWith('+++'));
      const notes = added.filter((line) => line.includes('Uppföljning nummer'));
      expect(notes, `commit of process ${i}`).toHaveLength(1);
      expect(notes[0]).toContain(note(i));
    }
    const text = readText(root, FILE);
    for (let i = 0; i < PROCESSES; i += 1) expect(text.includes(note(i)), `note ${i} in the record`).toBe(done.some((d) => d.i === i));
    expect(await gitOk(root, ['status', '--porcelain'])).toBe('');
    expect((await sak(root, ['validate', '--no-cache'])).code).toBe(0);
  });
});
