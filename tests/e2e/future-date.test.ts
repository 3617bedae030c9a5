// Dates that record an event (closed, done, reported, a follow-up, an execution, an
// assessment) are checked against today: `sak validate` warns, and add, set, close and review
// refuse a date after today unless --allow-future. The tests' today is 2026-11-26 (TODAY).
// Fictitious data in a copy of the example register.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TODAY, commitCount, makeGitRegister, makeTempDir, sak, writeRecord } from './helpers.js';
import { makeMinimalRegister, runSak } from './support/sak.js';

const ACTION = 'actions/ACT-avtal-med-nvk.yaml';
const DOCUMENT = 'documents/DOC-brandskyddspolicy.yaml';

describe('future-date in sak validate', () => {
  it('warns for every kind of event date after the date of evaluation, with its position', async () => {
    const root = makeMinimalRegister(makeTempDir());
    writeRecord(root, 'incidents/2026/INC-20261101-7QX2K.yaml', 'id: INC-20261101-7QX2K\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: closed\nclosed: 2026-12-24\n');
    writeRecord(root, 'actions/ACT-klar.yaml', 'id: ACT-klar\ntitle: Klar åtgärd (fiktiv)\nstatus: done\nowner: kommunstyrelsen\ndone: 2027-01-02\n');
    writeRecord(root, 'documents/DOC-ny.yaml', 'id: DOC-ny\ntitle: Ny policy (fiktiv)\ntype: policy\nowner: kommunstyrelsen\nadopted:\n  date: 2027-03-01\n');
    const run = await runSak(['validate', '--register', root, '--format', 'json']);
    const problems = (JSON.parse(run.stdout) as { problems: { code: string; file: string; line: number; field: string }[] }).problems.filter((p) => p.code === 'future-date');
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['actions/ACT-klar.yaml', 5, '/done'],
      ['documents/DOC-ny.yaml', 6, '/adopted/date'],
      ['incidents/2026/INC-20261101-7QX2K.yaml', 8, '/closed'],
    ]);
    expect(run.code).toBe(0);
    expect((await runSak(['validate', '--register', root, '--at', '2027-03-01'])).stdout).not.toContain('future-date');
  });
});

describe('writing a date after today', () => {
  it('close, set and review refuse it with exit 2 and write nothing; --allow-future writes it', async () => {
    const root = await makeGitRegister();
    const before = readFileSync(path.join(root, ACTION), 'utf8');
    const commits = await commitCount(root);

    const close = await sak(root, ['close', 'ACT-avtal-med-nvk', '--date', '2026-11-27']);
    expect(close.code).toBe(2);
    expect(close.stderr).toContain(`done: 2026-11-27 är efter dagens datum ${TODAY}`);
    expect(close.stderr).toContain('--allow-future');
    const set = await sak(root, ['--lang', 'en', 'set', 'ACT-avtal-med-nvk', 'status=done', 'done=2027-01-01']);
    expect(set.code).toBe(2);
    expect(set.stderr).toContain(`done: 2027-01-01 is after today, ${TODAY}`);
    const review = await sak(root, ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed', '--date', '2026-12-01']);
    expect(review.code).toBe(2);
    expect(review.stderr).toContain('reviews.');
    expect(readFileSync(path.join(root, ACTION), 'utf8')).toBe(before);
    expect(await commitCount(root)).toBe(commits);

    // A date of today is not in the future.
    expect((await sak(root, ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed', '--date', TODAY])).code).toBe(0);
    const allowed = await sak(root, ['close', 'ACT-avtal-med-nvk', '--date', '2026-11-27', '--allow-future']);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('future-date');
    expect(readFileSync(path.join(root, ACTION), 'utf8')).toContain('done: 2026-11-27');
    // A change that leaves the future date as it was is not refused.
    expect((await sak(root, ['set', 'ACT-avtal-med-nvk', 'title=Avtal med NVK (ändrad titel)'])).code).toBe(0);
    expect(readFileSync(path.join(root, DOCUMENT), 'utf8')).toContain(`date: ${TODAY}`);
  });

  it('add refuses an incident closed after today, and takes it with --allow-future', async () => {
    const root = await makeGitRegister();
    const args = ['add', 'incident', '--no-input', '--title', 'Stulen cykel (fiktiv)', '--date', '2026-11-20', '--unit', 'kommunstyrelsen', '--category', 'theft', '--severity', 'low', '--set', 'status=closed', '--set', 'closed=2026-12-01'];
    const refused = await sak(root, args);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('closed: 2026-12-01 är efter dagens datum');
    const future = await sak(root, ['add', 'incident', '--no-input', '--title', 'Framtida (fiktiv)', '--date', '2026-12-24', '--unit', 'kommunstyrelsen', '--category', 'theft', '--severity', 'low']);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('date: 2026-12-24');
    const allowed = await sak(root, [...args, '--allow-future']);
    expect(allowed.code).toBe(0);
  });
});
