// The tests' way of starting git (tests/support/git-spawner.ts: a Python or Node helper
// process) gives sak what starting git itself gives (src/store/git-process.ts): the same
// output, exit code and failure, for output of any length, input, a missing git or folder,
// and many gits at once.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnGit } from '../../../src/store/git-process.js';
import type { GitExit } from '../../../src/store/git-process.js';
import { gitOk, makeGitRegister } from '../../e2e/helpers.js';
import { spawnTestGit } from '../../support/git-spawner.js';

describe('the tests\u2019 git spawner', () => {
  it('gives the output, exit and failure that git started by sak gives', async () => {
    const root = await makeGitRegister('minimal');
    const env = { PATH: process.env.PATH ?? '', HOME: root, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Åsa Östlund (fiktiv)', GIT_AUTHOR_EMAIL: 'asa@example.invalid', GIT_AUTHOR_DATE: '@0 +0000' };
    // Several MB of output (many pipe chunks), with a character of more than one byte at the end.
    const big = `${'rad\n'.repeat(800_000)}åäö\n`;
    writeFileSync(path.join(root, 'stor.txt'), big);
    await gitOk(root, ['add', 'stor.txt']);
    const cases: [string, readonly string[], { env: NodeJS.ProcessEnv; input?: string }][] = [
      [root, ['show', ':stor.txt'], { env }],
      [root, ['hash-object', '--stdin'], { env, input: 'hej åäö\n' }],
      [root, ['var', 'GIT_AUTHOR_IDENT'], { env }],
      [root, ['log', 'finns-inte'], { env }],
      [root, ['status'], { env: { PATH: path.join(root, 'ingen-git-här') } }],
      [path.join(root, 'ingen-mapp'), ['status'], { env }],
    ];
    const comparable = (exit: GitExit) => ({ stdout: exit.stdout.toString('utf8'), stderr: exit.stderr, code: exit.error?.code, message: exit.error?.message });
    for (const [cwd, args, options] of cases) {
      const [ours, sakOwn] = await Promise.all([spawnTestGit(cwd, args, options), spawnGit(cwd, args, options)]);
      expect(comparable(ours), `git ${args.join(' ')}`).toEqual(comparable(sakOwn));
    }
    // Many at once, each answered with its own output.
    const revisions = ['HEAD', 'HEAD:sak.yaml', 'HEAD:units', 'HEAD^{tree}'];
    const many = await Promise.all(Array.from({ length: 24 }, (_, i) => spawnTestGit(root, ['rev-parse', revisions[i % 4] as string], { env })));
    const expected = await Promise.all(revisions.map(async (rev) => (await spawnGit(root, ['rev-parse', rev], { env })).stdout.toString()));
    expect(many.map((exit) => exit.stdout.toString())).toEqual(Array.from({ length: 24 }, (_, i) => expected[i % 4]));
  });
});
