// gitIdentityMissing: whether git would refuse a commit for want of an author or a committer.
// An identity the environment gives whole needs no git run; every other case asks git. Each
// case is checked against git itself (`git var GIT_AUTHOR_IDENT` and `GIT_COMMITTER_IDENT`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitIdentityMissing } from '../../../src/store/git.js';
import type { GitSpawn } from '../../../src/store/git-process.js';
import { spawnTestGit } from '../../support/git-spawner.js';
import { makeTempDir } from '../../e2e/support/sak.js';

const AUTHOR = { GIT_AUTHOR_NAME: 'Anna Author', GIT_AUTHOR_EMAIL: 'anna@example.invalid' };
const COMMITTER = { GIT_COMMITTER_NAME: 'Carl Committer', GIT_COMMITTER_EMAIL: 'carl@example.invalid' };

interface Case {
  what: string;
  env: Record<string, string>;
  /** The global git configuration, beside `useConfigOnly = true` (git guesses nothing). */
  config?: string;
  missing: boolean;
  /** How many gits gitIdentityMissing starts. */
  gits: number;
}

const CASES: Case[] = [
  { what: 'author and committer from the environment', env: { ...AUTHOR, ...COMMITTER }, missing: false, gits: 0 },
  { what: 'the author from the environment, no committer', env: AUTHOR, missing: true, gits: 1 },
  { what: 'the committer from the environment, no author', env: COMMITTER, missing: true, gits: 1 },
  { what: 'an empty author name in the environment', env: { ...AUTHOR, GIT_AUTHOR_NAME: '', ...COMMITTER }, missing: true, gits: 1 },
  { what: 'an empty committer name in the environment', env: { ...AUTHOR, ...COMMITTER, GIT_COMMITTER_NAME: '' }, missing: true, gits: 1 },
  { what: 'an author name but no address in the environment, none configured', env: { GIT_AUTHOR_NAME: 'Anna Author', ...COMMITTER }, missing: true, gits: 1 },
  { what: 'an author name in the environment, the address from author.email', env: { GIT_AUTHOR_NAME: 'Anna Author', ...COMMITTER }, config: '[author]\n\temail = anna@example.invalid\n', missing: false, gits: 1 },
  { what: 'user.name and user.email', env: {}, config: '[user]\n\tname = Ulla User\n\temail = ulla@example.invalid\n', missing: false, gits: 2 },
  { what: 'author.name and author.email only (no committer)', env: {}, config: '[author]\n\tname = Anna Author\n\temail = anna@example.invalid\n', missing: true, gits: 2 },
  { what: 'committer.name and committer.email only (no author)', env: {}, config: '[committer]\n\tname = Carl Committer\n\temail = carl@example.invalid\n', missing: true, gits: 1 },
  { what: 'user.* configured, an empty committer name in the environment', env: { GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: 'carl@example.invalid' }, config: '[user]\n\tname = Ulla User\n\temail = ulla@example.invalid\n', missing: true, gits: 2 },
  { what: 'nothing at all', env: {}, missing: true, gits: 1 },
];

/** What git itself says, asked the way sak asked before it skipped any run. */
async function gitSays(dir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  for (const ident of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
    const exit = await spawnTestGit(dir, ['var', ident], { env: { ...env, LC_ALL: 'C' } });
    if (exit.error) return true;
  }
  return false;
}

describe('gitIdentityMissing', () => {
  it.each(CASES)('$what: missing $missing, $gits git runs', async ({ env, config, missing, gits }) => {
    const dir = makeTempDir('sak-ident-');
    const global = path.join(dir, 'gitconfig');
    writeFileSync(global, `[user]\n\tuseConfigOnly = true\n${config ?? ''}`);
    const full = { PATH: process.env.PATH ?? '', HOME: dir, GIT_CONFIG_GLOBAL: global, GIT_CONFIG_NOSYSTEM: '1', ...env };
    let runs = 0;
    const spawn: GitSpawn = (cwd, args, options) => {
      runs += 1;
      return spawnTestGit(cwd, args, options);
    };
    expect(await gitIdentityMissing(dir, { env: full, spawn })).toBe(missing);
    expect(runs).toBe(gits);
    expect(await gitSays(dir, full)).toBe(missing);
  });
});
