// readGitSource: a report's provenance (HEAD's short hash, and whether the register has
// changes not committed) in every state a folder can be in: outside Git, in a repository
// without commits, with commits, inside the git folder itself.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitSource } from '../../../src/store/git.js';
import type { GitSpawn } from '../../../src/store/git-process.js';
import { spawnTestGit } from '../../support/git-spawner.js';
import { GIT_ENV, gitOk } from '../../e2e/helpers.js';
import { makeTempDir } from '../../e2e/support/sak.js';

function counted(): { spawn: GitSpawn; runs: string[][] } {
  const runs: string[][] = [];
  return {
    runs,
    spawn: (cwd, args, options) => {
      runs.push([...args]);
      return spawnTestGit(cwd, args, options);
    },
  };
}

describe('readGitSource', () => {
  it('outside Git, without commits, with a commit, changed, and in the git folder', async () => {
    const dir = makeTempDir('sak-source-');
    const env = { PATH: process.env.PATH ?? '', HOME: dir, ...GIT_ENV };
    const none = counted();
    expect(await readGitSource(dir, { env, spawn: none.spawn })).toEqual({ commit: null, dirty: false });
    expect(none.runs).toEqual([]);

    await gitOk(dir, ['init', '-q']);
    writeFileSync(path.join(dir, 'sak.yaml'), 'municipality: Testby (fiktiv)\n');
    const unborn = counted();
    expect(await readGitSource(dir, { env, spawn: unborn.spawn })).toEqual({ commit: null, dirty: true });
    expect(unborn.runs).toHaveLength(2);

    await gitOk(dir, ['add', '-A']);
    await gitOk(dir, ['commit', '-q', '-m', 'init']);
    const head = (await gitOk(dir, ['rev-parse', '--short=7', 'HEAD'])).trim();
    expect(await readGitSource(dir, { env, spawn: spawnTestGit })).toEqual({ commit: head, dirty: false });
    mkdirSync(path.join(dir, 'risks'));
    writeFileSync(path.join(dir, 'risks', 'RISK-x.yaml'), 'id: RISK-x\n');
    expect(await readGitSource(dir, { env, spawn: spawnTestGit })).toEqual({ commit: head, dirty: true });
    // The report's own file is left out.
    expect(await readGitSource(dir, { env, spawn: spawnTestGit }, ['risks/RISK-x.yaml'])).toEqual({ commit: head, dirty: false });

    expect(await readGitSource(path.join(dir, '.git'), { env, spawn: spawnTestGit })).toEqual({ commit: null, dirty: false });
  });
});
