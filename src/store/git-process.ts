// Starting git: the one place a git process is made (store/git.ts says what to run). Kept
// apart so that the command context can hold it without loading the git code itself.
import { execFile } from 'node:child_process';

/** How a git process ended: its output, and why it failed (the code is the exit code, or an errno name such as ENOENT). */
export interface GitExit {
  stdout: Buffer;
  stderr: string;
  error?: { code: number | string | null; message: string };
}

/** Starts `git` with the arguments in a folder, feeds it `input`, and collects its output; never throws. */
export type GitSpawn = (cwd: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; input?: string }) => Promise<GitExit>;

/** Starts git as a child process of this one (no shell). */
export const spawnGit: GitSpawn = (cwd, args, options) =>
  new Promise((resolve) => {
    const child = execFile('git', [...args], { cwd, env: options.env, maxBuffer: 1024 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
      const code = error ? ((error as NodeJS.ErrnoException).code ?? (error as { code?: number | null }).code ?? null) : null;
      resolve({ stdout, stderr: stderr.toString('utf8'), ...(error ? { error: { code, message: error.message } } : {}) });
    });
    if (options.input !== undefined) {
      // git gone before it read everything: its exit says why.
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(options.input);
    }
  });
