import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ReportSource } from '../core/report/model.js';

/** The environment git runs with (passed down from cli/, never read here). */
export type GitSourceEnv = Readonly<Record<string, string | undefined>>;

/** git failed in a way that is not "no repository" or "no git" (exit 3 for the caller). */
export class GitSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitSourceError';
  }
}

type Run = { ok: true; stdout: string } | { ok: false; missing: boolean; message: string };

function git(cwd: string, args: readonly string[], env: GitSourceEnv): Promise<Run> {
  // execFile, no shell: arguments are never interpreted. --no-optional-locks: a read must
  // not take the index lock that a concurrent `sak add` may need.
  return new Promise((resolve) => {
    execFile('git', ['--no-optional-locks', ...args], { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, stdout });
      resolve({ ok: false, missing: (error as NodeJS.ErrnoException).code === 'ENOENT', message: (stderr || error.message).trim() });
    });
  });
}

function hasGitAncestor(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return true;
    if (path.dirname(current) === current) return false;
  }
}

/**
 * The register's provenance for a report: the short hash of HEAD and whether
 * `git status --porcelain` (untracked files included) lists anything under the register
 * folder, leaving out `exclude` (the report's own output file, so writing it never makes
 * the next run "dirty"). Not in a work tree, no git installed, or no commit yet: commit
 * null. Throws GitSourceError when git fails inside a work tree.
 */
export async function readGitSource(root: string, env: GitSourceEnv, exclude: readonly string[] = []): Promise<ReportSource> {
  const none: ReportSource = { commit: null, dirty: false };
  if (!env.GIT_DIR && !hasGitAncestor(root)) return none;
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree'], env);
  if (!inside.ok || inside.stdout.trim() !== 'true') return none;
  const head = await git(root, ['rev-parse', '--short=7', '--verify', '--quiet', 'HEAD'], env);
  const commit = head.ok && /^[0-9a-f]{7,64}$/.test(head.stdout.trim()) ? head.stdout.trim() : null;
  const pathspecs = ['.', ...exclude.map((rel) => `:(exclude,literal)${rel}`)];
  const status = await git(root, ['status', '--porcelain', '--untracked-files=all', '--', ...pathspecs], env);
  if (!status.ok) throw new GitSourceError(status.message);
  return { commit, dirty: status.stdout.trim() !== '' };
}
