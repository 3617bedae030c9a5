// Concurrency, end to end: many `sak add` processes at once on one register (the built
// bin/sak.js, each its own process; SAK_TEST_RUNS of them, 4 by default (two incidents, and two
// documents of one title racing for its slug), 20 with `npm run test:slow`), and two branches that add records and are merged with real Git.
//
// The decision on slugs: an id made from a title is the same on every branch (register.md
// wants `DOC-krisplan`, not `DOC-krisplan-7QX2K`). Two branches that record the same
// document under the same title therefore make the same file. If both wrote the same
// content, Git merges them into one; if not, Git reports an add/add conflict in that one
// file, and every sak command that meets the conflict markers names the file and line and
// says how to resolve it. Dated ids (incidents, exercises) carry a random part and never meet.
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testRuns, commitCount, filesOfCommit, git, gitOk, makeGitRegister, makeTempDir, readText, sak, sakBinary } from './helpers.js';
import { expectNoFault, expectUnchanged, snapshot } from './support/hardening.js';

const INCIDENT = ['--no-input', '--title', 'Samtidig incident (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'other', '--severity', 'low'];
const DOCUMENT = ['--no-input', '--title', 'Krisplan (fiktiv)', '--type', 'plan', '--owner', 'kommunstyrelsen'];

function yamlFiles(root: string, folder: string): string[] {
  return readdirSync(path.join(root, ...folder.split('/'))).filter((f) => f.endsWith('.yaml')).sort();
}

const PROCESSES = 2 * Math.ceil(testRuns(4, 20) / 2);
const HALF = PROCESSES / 2;

describe(`${PROCESSES} sak add at once`, () => {
  it(`${HALF} incidents and ${HALF} documents of one title: ${PROCESSES} distinct whole records, ${PROCESSES} one-file commits, a clean tree`, async () => {
    const root = await makeGitRegister('minimal');
    const runs = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => sakBinary(root, i % 2 === 0 ? ['add', 'incident', ...INCIDENT] : ['add', 'document', ...DOCUMENT])));
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expectNoFault(run);
    }
    const ids = runs.map((r) => r.stdout.trim());
    expect(new Set(ids).size).toBe(PROCESSES);
    // HALF processes raced for DOC-krisplan-fiktiv: one got it, the others the next free -2, -3, …
    expect(ids.filter((id) => id.startsWith('DOC-')).sort()).toEqual(['DOC-krisplan-fiktiv', ...Array.from({ length: HALF - 1 }, (_, i) => `DOC-krisplan-fiktiv-${i + 2}`)].sort());
    expect(yamlFiles(root, 'documents')).toHaveLength(HALF);
    expect(yamlFiles(root, 'incidents/2026')).toHaveLength(HALF);
    expect(await commitCount(root)).toBe(PROCESSES + 1);
    const log = (await gitOk(root, ['log', '--format=%H', `-${PROCESSES}`])).trim().split('\n');
    for (const hash of log) expect(await filesOfCommit(root, hash)).toHaveLength(1);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('');
    expect(readdirSync(path.join(root, 'documents')).filter((f) => !f.endsWith('.yaml'))).toEqual([]);
    const validate = await sak(root, ['validate', '--no-cache']);
    expect(validate.code, validate.stdout).toBe(0);
  });
});

describe('two branches that add records, merged', () => {
  async function branches(ownerOnB: string): Promise<{ root: string; merge: Awaited<ReturnType<typeof git>>; incidents: string[] }> {
    const root = await makeGitRegister('minimal');
    const incidents: string[] = [];
    for (const [branch, owner] of [['gren-a', 'kommunstyrelsen'], ['gren-b', ownerOnB]] as const) {
      await gitOk(root, ['checkout', '-q', '-b', branch, 'main']);
      const doc = await sak(root, ['add', 'document', ...DOCUMENT.slice(0, -1), owner]);
      expect(doc.stdout.trim()).toBe('DOC-krisplan-fiktiv');
      const inc = await sak(root, ['add', 'incident', ...INCIDENT]);
      expect(inc.code).toBe(0);
      incidents.push(inc.stdout.trim());
    }
    await gitOk(root, ['checkout', '-q', 'gren-a']);
    const merge = await git(root, ['merge', '--no-edit', 'gren-b']);
    return { root, merge, incidents };
  }

  // The two tests of the conflicting merge each get a copy (with its .git) of one merge made once.
  let conflicted: Awaited<ReturnType<typeof branches>>;
  beforeAll(async () => {
    conflicted = await branches('sakerhetssamordnare');
  });
  function copyOfConflicted(): Awaited<ReturnType<typeof branches>> {
    const root = makeTempDir();
    cpSync(conflicted.root, root, { recursive: true });
    return { ...conflicted, root };
  }

  it('the same record on both branches merges into one; the incidents never meet', async () => {
    const { root, merge, incidents } = await branches('kommunstyrelsen');
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    expect(new Set(incidents).size).toBe(2);
    expect(yamlFiles(root, 'incidents/2026')).toEqual(incidents.map((id) => `${id}.yaml`).sort());
    expect(yamlFiles(root, 'documents')).toEqual(['DOC-krisplan-fiktiv.yaml']);
    const validate = await sak(root, ['validate', '--no-cache']);
    expect(validate.code, validate.stdout).toBe(0);
  });

  it('the same title with different content: one add/add conflict that sak explains, and nothing else breaks', async () => {
    const { root, merge, incidents } = copyOfConflicted();
    expect(merge.code).not.toBe(0);
    expect(merge.stdout).toMatch(/CONFLICT \(add\/add\).*documents\/DOC-krisplan-fiktiv\.yaml/);
    // The incidents of both branches merged without a word.
    expect(yamlFiles(root, 'incidents/2026')).toEqual(incidents.map((id) => `${id}.yaml`).sort());
    const text = readText(root, 'documents/DOC-krisplan-fiktiv.yaml');
    const markerLine = text.split('\n').findIndex((l) => l.startsWith('<<<<<<<')) + 1;
    expect(markerLine).toBeGreaterThan(0);

    const validate = await sak(root, ['validate', '--format', 'json', '--no-cache']);
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).problems).toEqual([
      expect.objectContaining({ code: 'yaml-syntax', file: 'documents/DOC-krisplan-fiktiv.yaml', line: markerLine, column: 1, message: expect.stringMatching(/konfliktmarkering från Git .*lös konflikten/) }),
    ]);
    const before = snapshot(root);
    const set = await sak(root, ['set', 'DOC-krisplan-fiktiv', 'status=draft']);
    expect(set.code).toBe(1);
    expect(set.stderr).toContain(`documents/DOC-krisplan-fiktiv.yaml:${markerLine}:1 error yaml-syntax`);
    expectNoFault(set);
    expectUnchanged(root, before);

    // Resolved the Git way, the register is valid again.
    await gitOk(root, ['checkout', '--theirs', '--', 'documents/DOC-krisplan-fiktiv.yaml']);
    await gitOk(root, ['add', 'documents/DOC-krisplan-fiktiv.yaml']);
    await gitOk(root, ['commit', '-q', '--no-edit']);
    expect(readText(root, 'documents/DOC-krisplan-fiktiv.yaml')).toMatch(/^owner: sakerhetssamordnare$/m);
    expect((await sak(root, ['validate', '--no-cache'])).code).toBe(0);
  });

  it('sak add in the middle of an unresolved merge keeps the new record and says that only the commit failed', async () => {
    const { root, merge } = copyOfConflicted();
    expect(merge.code).not.toBe(0);
    const commits = await commitCount(root);
    const run = await sak(root, ['add', 'incident', ...INCIDENT]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/är sparad, men commit misslyckades/);
    expect(yamlFiles(root, 'incidents/2026')).toContain(`${run.stdout.trim()}.yaml`);
    expect(await commitCount(root)).toBe(commits);
    expectNoFault(run);
  });
});
