import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { WriteInterrupted } from './write-undo.js';
import type { GitSpawn } from './git-process.js';
import type { StopAt, WriteStage } from './write-undo.js';

/** The environment git runs with (passed down from cli/, never read here). */
export type GitEnv = Readonly<Record<string, string | undefined>>;

/** How sak runs git: the user's environment and the way git processes are started (tests pass their own). */
export interface Git {
  readonly env: GitEnv;
  readonly spawn: GitSpawn;
}


/** The outcome of running git: its output, or why it failed. */
type GitRun = { ok: true; stdout: string } | { ok: false; missing: boolean; stdout: string; stderr: string; code: number | string | null };

/** A git failure: git is not installed, or a git command failed (its stderr). */
export class GitError extends Error {
  constructor(
    message: string,
    readonly missing: boolean,
    /** Why sak itself refused to commit: a merge or the like in progress, or a hook that staged other files. */
    readonly refusal?: { reason: 'in-progress'; operation: string } | { reason: 'other-files'; files: string[] } | { reason: 'no-identity' },
  ) {
    super(message);
  }
}

/** What git leaves in its folder while an operation that a partial commit would disturb is under way. */
const IN_PROGRESS = [
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
] as const;

/** Refuses to commit while a merge, cherry-pick, revert or rebase is in progress: sak commits only what it wrote. */
function refuseInProgress(gitDir: string): void {
  for (const [name, operation] of IN_PROGRESS) {
    if (existsSync(path.join(gitDir, name))) throw new GitError(`${operation} in progress`, false, { reason: 'in-progress', operation });
  }
}

/**
 * Checks that the commit just made holds exactly the files sak wrote; a pre-commit hook that
 * staged others makes it undo the commit (the branch goes back to the commit's parent, the
 * commit HEAD named before it: sak holds its lock; the files stay as they are, staged) and refuse.
 */
async function keepOnlyOwnCommit(repository: GitRepository, root: string, rels: readonly string[], git: Git): Promise<string> {
  // In one run: the commit's hash and its parent (none for a first commit), NUL-ended, git's
  // newline between a commit's text and its files, then the files it changed, named from the
  // top of the work tree (the register may be a folder in it).
  const changed = await runGit(root, ['diff-tree', '--format=%H %P', '--name-only', '-r', '-z', '--root', 'HEAD'], git);
  if (!changed.ok) fail(changed);
  const [header = '', ...names] = changed.stdout.split('\0');
  if (names[0]?.startsWith('\n')) names[0] = names[0].slice(1);
  const [head = '', before] = header.trim().split(' ');
  const own = new Set(rels.map((rel) => repository.prefix + rel));
  const others = names.filter((name) => name !== '' && !own.has(name));
  if (others.length === 0) return head;
  const undo = await runGit(root, before ? ['update-ref', '-m', 'sak: undo a commit with files sak did not write', 'HEAD', before, head] : ['update-ref', '-d', 'HEAD', head], git);
  if (!undo.ok) fail(undo);
  throw new GitError(`the commit held other files: ${others.join(', ')}`, false, { reason: 'other-files', files: others });
}

/** What git held for some files before a write: HEAD, and the index entries (`ls-files -s`, paths from the top). */
interface GitBefore {
  head: string | null;
  entries: Map<string, string>;
  /** The paths from the top of the work tree, in the order of the files. */
  full: string[];
}

/**
 * Reads HEAD and the index entries of the files, so that an interrupted write can put them
 * back. A repository sak has just made (`fresh`) has neither, and needs no git to say so.
 */
async function readGitBefore(repository: GitRepository, root: string, rels: readonly string[], git: Git, fresh: boolean): Promise<GitBefore> {
  const full = rels.map((rel) => repository.prefix + rel);
  if (fresh) return { head: null, entries: new Map(), full };
  const head = await headCommit(root, git);
  // ls-files takes no pathspec file: it lists the few folders the files are in.
  const folders = [...new Set(rels.map((rel) => path.posix.dirname(rel)))];
  const listed = await runGit(root, ['--literal-pathspecs', 'ls-files', '-s', '-z', '--full-name', '--', ...folders], git);
  if (!listed.ok) fail(listed);
  const wanted = new Set(full);
  const entries = new Map<string, string>();
  for (const entry of listed.stdout.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab > 0 && wanted.has(entry.slice(tab + 1))) entries.set(entry.slice(tab + 1), entry.slice(0, tab));
  }
  return { head, entries, full };
}

/**
 * Takes back what a write did in git: the branch goes back to the commit it named before
 * (if the write's commit was made), and the files' index entries are what they were (a new
 * file leaves the index again). The work tree is the caller's (FileUndo).
 */
async function undoGit(repository: GitRepository, root: string, before: GitBefore, git: Git): Promise<void> {
  const now = await headCommit(root, git);
  if (now !== null && now !== before.head) {
    const undo = await runGit(root, before.head ? ['update-ref', '-m', 'sak: interrupted', 'HEAD', before.head, now] : ['update-ref', '-d', 'HEAD', now], git);
    if (!undo.ok) fail(undo);
  }
  const cwd = repository.top;
  const added = before.full.filter((name) => !before.entries.has(name));
  if (added.length > 0) {
    const list = path.join(repository.gitDir, `sak-pathspec-undo-${process.pid}-${Date.now()}`);
    writeFileSync(list, added.map((name) => `${name}\0`).join(''));
    try {
      const removed = await runGitPatiently(cwd, ['--literal-pathspecs', 'rm', '--cached', '--quiet', '--ignore-unmatch', `--pathspec-from-file=${list}`, '--pathspec-file-nul'], git);
      if (!removed.ok) fail(removed);
    } finally {
      try {
        unlinkSync(list);
      } catch {
        // Already gone.
      }
    }
  }
  const kept = before.full.filter((name) => before.entries.has(name));
  if (kept.length > 0) {
    const restored = await runGit(cwd, ['update-index', '-z', '--index-info'], git, kept.map((name) => `${before.entries.get(name)}\t${name}\0`).join(''));
    if (!restored.ok) fail(restored);
  }
}

/**
 * Runs the git part of a write (add, commit) so that it can be stopped: at each stage, and
 * when git fails, `stopAt` is asked; if it says stop, everything git did is taken back and
 * WriteInterrupted is thrown. `work` gets the stages to report and a way to ask for HEAD
 * before the commit (read once it is asked for, when a commit failed: a failed commit leaves HEAD where it was).
 */
async function stoppable<T>(repository: GitRepository, root: string, rels: readonly string[], git: Git, options: { stopAt?: StopAt | undefined; fresh?: boolean | undefined }, work: (stage: (name: WriteStage) => Promise<void>, head: () => Promise<string | null>) => Promise<T>): Promise<T> {
  const { stopAt } = options;
  if (!stopAt) return work(async () => undefined, () => (options.fresh ? Promise.resolve(null) : headCommit(root, git)));
  const before = await readGitBefore(repository, root, rels, git, options.fresh === true);
  const stop = async (stage: WriteStage) => {
    await undoGit(repository, root, before, git);
    throw new WriteInterrupted(stage);
  };
  try {
    // HEAD as read before: the commit lock is held, and nothing before the commit moves it.
    return await work(async (stage) => {
      if (stopAt(stage)) await stop(stage);
    }, async () => before.head);
  } catch (error) {
    if (!(error instanceof WriteInterrupted) && stopAt('failed')) await stop('failed');
    throw error;
  }
}

/** The commit HEAD names, or null in a repository without commits. */
async function headCommit(root: string, git: Git): Promise<string | null> {
  const head = await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD'], git);
  return head.ok ? head.stdout.trim() : null;
}

/**
 * The environment of a git run: the user's, in the C locale. sak reads git's messages (a
 * lock held, no commits yet), which a translated git words differently; LANGUAGE would still
 * pick a translation in a UTF-8 locale, so it goes too.
 */
function gitProcessEnv(env: GitEnv): NodeJS.ProcessEnv {
  const { LANGUAGE: _language, ...rest } = env;
  return { ...rest, LC_ALL: 'C' } as NodeJS.ProcessEnv;
}

async function runGit(cwd: string, args: readonly string[], git: Git, input?: string): Promise<GitRun> {
  const exit = await git.spawn(cwd, args, { env: gitProcessEnv(git.env), ...(input !== undefined ? { input } : {}) });
  if (!exit.error) return { ok: true, stdout: exit.stdout.toString('utf8') };
  const { code } = exit.error;
  return { ok: false, missing: code === 'ENOENT', stdout: exit.stdout.toString('utf8'), stderr: (exit.stderr || exit.error.message).trim(), code };
}

const LOCKED = /index\.lock|cannot lock ref|Unable to create '.*\.lock'|could not lock/i;

/** Runs git, retrying for a while when another git process holds the index or a ref (concurrent `sak add`). */
async function runGitPatiently(cwd: string, args: readonly string[], git: Git): Promise<GitRun> {
  let delay = 20;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const result = await runGit(cwd, args, git);
    if (result.ok || result.missing || !LOCKED.test(result.stderr) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, delay + Math.floor(Math.random() * delay)));
    delay = Math.min(delay * 2, 500);
  }
}

function fail(result: Exclude<GitRun, { ok: true }>): never {
  if (IDENTITY_UNKNOWN.test(result.stderr)) throw new GitError(result.stderr, false, { reason: 'no-identity' });
  throw new GitError(result.stderr, result.missing);
}

/** What git says when it does not know the author or committer (no user.name / user.email). */
const IDENTITY_UNKNOWN = /identity unknown|tell me who you are|unable to auto-detect email|no email was given|empty ident name/i;

/**
 * True when git would refuse to commit for want of a name or an e-mail address
 * (`git var GIT_AUTHOR_IDENT` and `GIT_COMMITTER_IDENT` fail). False when git is missing
 * (that is said where git is run). An identity the environment gives whole (a non-empty
 * GIT_AUTHOR_NAME and a GIT_AUTHOR_EMAIL, the same for the committer) needs no git run: git
 * takes both from the environment before any configuration and never asks for more (ident.c,
 * fmt_ident: an explicit name is only checked for characters other than punctuation, an
 * explicit address not at all, and neither failure is one of a missing identity).
 */
export async function gitIdentityMissing(dir: string, git: Git): Promise<boolean> {
  for (const who of ['AUTHOR', 'COMMITTER'] as const) {
    if (identityFromEnv(git.env, who)) continue;
    const result = await runGit(dir, ['var', `GIT_${who}_IDENT`], git);
    if (!result.ok && !result.missing && IDENTITY_UNKNOWN.test(result.stderr)) return true;
  }
  return false;
}

/** True when the environment names the author (or committer) whole: git reads nothing else for it. */
function identityFromEnv(env: GitEnv, who: 'AUTHOR' | 'COMMITTER'): boolean {
  const name = env[`GIT_${who}_NAME`];
  return name !== undefined && name !== '' && env[`GIT_${who}_EMAIL`] !== undefined;
}

/** Takes files out of the index again after a commit failed, so that a failed commit leaves nothing staged. */
async function unstage(root: string, rels: readonly string[], before: string | null, git: Git, from?: readonly string[]): Promise<void> {
  const files = from ?? ['--', ...rels];
  await runGit(root, before ? ['--literal-pathspecs', 'reset', '--quiet', ...files] : ['--literal-pathspecs', 'rm', '--cached', '--quiet', '-r', '--ignore-unmatch', ...files], git);
}

/** A Git work tree a folder lies in. */
export interface GitRepository {
  /** The repository's git folder, absolute. */
  gitDir: string;
  /** The top folder of the work tree, absolute. */
  top: string;
  /** The folder's path from the top, `/`-separated with a trailing slash ('' at the top): git names files from the top. */
  prefix: string;
}

/**
 * The Git work tree the folder lies in, or undefined. Looks for `.git` first, so a
 * register outside Git needs no git at all; throws GitError when there is a `.git` but
 * no git to use it (missing), or git cannot use it (a damaged repository, a folder git
 * does not trust): a commit must never be skipped without a word.
 */
export async function gitWorkTree(dir: string, git: Git): Promise<GitRepository | undefined> {
  const known = workTreesFound.get(git)?.get(dir);
  if (known) return known;
  if (!git.env.GIT_DIR && !hasGitAncestor(dir)) return undefined;
  // One git run for all a write needs to know of the work tree (each run costs a process).
  const result = await runGit(dir, ['rev-parse', '--is-inside-work-tree', '--absolute-git-dir', '--show-prefix', '--show-cdup'], git);
  if (!result.ok) fail(result);
  const [inside, gitDir, prefix = '', cdup = ''] = result.stdout.split('\n');
  if (inside !== 'true' || !gitDir) return undefined;
  const repository = { gitDir, top: path.resolve(dir, cdup), prefix };
  const found = workTreesFound.get(git) ?? new Map<string, GitRepository>();
  workTreesFound.set(git, found.set(dir, repository));
  return repository;
}

/**
 * The work trees gitWorkTree found, per `Git` (one command's run): a write asks for its
 * work tree at each step (identity, lock, commit), and a folder found in a work tree stays
 * in it while the command runs. A folder found outside is asked again (`sak init` makes one).
 */
const workTreesFound = new WeakMap<Git, Map<string, GitRepository>>();

/** True when the folder lies in a Git work tree (see gitWorkTree). */
export async function inGitWorkTree(dir: string, git: Git): Promise<boolean> {
  return (await gitWorkTree(dir, git)) !== undefined;
}

const LOCK_NAME = 'sak-commit.lock';
const STALE_LOCK_MS = 60_000;

/** What a commit lock says about its holder: `<pid> <host>`. */
function lockOwner(): string {
  return `${process.pid} ${hostname()}\n`;
}

/** How long a lock whose holder is gone is still respected: the git the holder started may just be starting. */
const ORPHAN_GRACE_MS = 2000;

/**
 * True when a lock was left by a process that is gone, or any lock older than a minute.
 * A sak killed with SIGKILL leaves its lock, and perhaps a git it started that runs on
 * (a commit, its hooks): its lock is stale once that process is gone from this host, the
 * lock is a moment old and git's own index.lock is free. A lock whose holder cannot be
 * told (still being written, another host) waits for the minute.
 */
function lockIsStale(lock: string, content: string, gitDir: string): boolean {
  const age = Date.now() - statSync(lock).mtimeMs;
  const [pid, host] = content.trim().split(' ');
  if (age > ORPHAN_GRACE_MS && host === hostname() && pid && /^[1-9][0-9]*$/.test(pid) && !existsSync(path.join(gitDir, 'index.lock'))) {
    try {
      process.kill(Number(pid), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
    }
  }
  return age > STALE_LOCK_MS;
}

/**
 * Runs `work` holding sak's commit lock in the git folder (pass `locked` to commitFile
 * inside). A change of a record holds it from the check that the file is unchanged to its commit.
 */
export function withSakLock<T>(gitDir: string, work: () => Promise<T>): Promise<T> {
  return withCommitLock(gitDir, work);
}

/**
 * Runs `work` holding sak's own lock in the git folder, so that the `git add` and
 * `git commit` of concurrent sak processes never interleave (a commit of one would
 * otherwise write back an index without the other's added file). A lock whose process
 * is gone, or older than a minute, is taken to be left by a crashed process.
 */
async function withCommitLock<T>(gitDir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(gitDir, LOCK_NAME);
  const deadline = Date.now() + 120_000;
  let delay = 10;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, lockOwner());
      } catch (error) {
        // A full disk: the lock is not left behind half-written.
        closeSync(fd);
        unlinkSync(lock);
        throw new GitError((error as Error).message, false);
      }
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new GitError((error as Error).message, false);
      try {
        const content = readFileSync(lock, 'utf8');
        // Read again just before removing, so a lock taken meanwhile by a live process stays.
        if (lockIsStale(lock, content, gitDir) && readFileSync(lock, 'utf8') === content) unlinkSync(lock);
      } catch {
        // Released meanwhile.
      }
      if (Date.now() > deadline) throw new GitError(`${lock} is held by another process`, false);
      await new Promise((resolve) => setTimeout(resolve, delay + Math.floor(Math.random() * delay)));
      delay = Math.min(delay * 2, 200);
    }
  }
  try {
    return await work();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // Already gone.
    }
  }
}

/**
 * The register's folder within its Git work tree, `/`-separated with a trailing slash
 * (`register/`), or '' when the register is the top of the work tree or not in one. Found
 * by looking for `.git` upwards, without running git: CI annotations name files from the
 * repository's root.
 */
export function repositoryPrefix(dir: string): string {
  const start = path.resolve(dir);
  let current = start;
  for (;;) {
    if (existsSync(path.join(current, '.git'))) {
      const rel = path.relative(current, start);
      return rel === '' ? '' : `${rel.split(path.sep).join('/')}/`;
    }
    const parent = path.dirname(current);
    if (parent === current) return '';
    current = parent;
  }
}

function hasGitAncestor(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return true;
    const parent = path.dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

/**
 * Commits exactly one file: `git add -- FILE` and `git commit -m MESSAGE -- FILE`, so
 * whatever else the user has staged or changed stays as it was. Hooks run (never
 * --no-verify); nothing is pushed. Returns the new commit's hash, or '' when the file
 * already is as HEAD has it.
 */
export async function commitFile(repository: GitRepository, root: string, rel: string, message: string, git: Git, options: { stopAt?: StopAt; locked?: boolean } = {}): Promise<string> {
  const { stopAt } = options;
  const lock = options.locked ? <T>(_dir: string, work: () => Promise<T>) => work() : withCommitLock;
  return lock(repository.gitDir, async () => {
    refuseInProgress(repository.gitDir);
    return stoppable(repository, root, [rel], git, { stopAt }, async (stage, headBefore) => {
      const added = await runGitPatiently(root, ['add', '--', rel], git);
      if (!added.ok) fail(added);
      await stage('staged');
      // A change back to the committed version (after an uncommitted one) leaves nothing to
      // commit, which git calls a failure: the file is as HEAD has it, so there is no commit.
      const same = await runGit(root, ['diff', '--cached', '--quiet', 'HEAD', '--', rel], git);
      if (same.ok) return '';
      const committed = await runGitPatiently(root, ['commit', '--quiet', '-m', message, '--', rel], git);
      if (!committed.ok) {
        await unstage(root, [rel], await headBefore(), git);
        fail(committed);
      }
      const head = await keepOnlyOwnCommit(repository, root, [rel], git);
      await stage('committed');
      return head;
    });
  });
}

/** Runs `work` with the paths written NUL-separated to a file in the git folder (for `--pathspec-from-file`), removed afterwards. */
async function withPathspecFile<T>(gitDir: string, rels: readonly string[], work: (list: string) => Promise<T>): Promise<T> {
  const list = path.join(gitDir, `sak-pathspec-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(list, rels.map((rel) => `${rel}\0`).join(''));
  try {
    return await work(list);
  } finally {
    try {
      unlinkSync(list);
    } catch {
      // Already gone.
    }
  }
}

/** One commit of a file's history. */
export interface FileCommit {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  author: string;
  email: string;
  subject: string;
  /** The file's path in that commit, relative to the top of the work tree (it may have been moved since). */
  path: string;
}

/** The commits that changed a file, newest first, following renames (`git log --follow`). */
export async function fileHistory(root: string, rel: string, git: Git): Promise<FileCommit[]> {
  const result = await runGit(root, ['-c', 'core.quotepath=off', 'log', '--follow', '--name-only', '--format=%x1e%H%x1f%aI%x1f%an%x1f%ae%x1f%s', '--', rel], git);
  if (!result.ok) {
    // A repository without commits has no history yet.
    if (/does not have any commits|bad default revision/i.test(result.stderr)) return [];
    fail(result);
  }
  return result.stdout
    .split('\x1e')
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const [header = '', ...names] = entry.split('\n');
      const [commit = '', date = '', author = '', email = '', subject = ''] = header.split('\x1f');
      return { commit, date, author, email, subject, path: names.find((n) => n.trim() !== '') ?? '' };
    });
}

/**
 * The text of a file in each of a list of commits (`<commit>:<path>`, the path from the top
 * of the work tree), in one `git cat-file --batch`; undefined where the commit has no such file.
 */
export async function fileVersions(root: string, versions: readonly { commit: string; path: string }[], git: Git): Promise<(string | undefined)[]> {
  if (versions.length === 0) return [];
  const input = versions.map((v) => `${v.commit}:${v.path}\n`).join('');
  const exit = await git.spawn(root, ['cat-file', '--batch'], { env: gitProcessEnv(git.env), input });
  if (exit.error) throw new GitError((exit.stderr || exit.error.message).trim(), exit.error.code === 'ENOENT');
  const output = exit.stdout;
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < versions.length; i += 1) {
    const newline = output.indexOf(10, at);
    if (newline < 0) break;
    const header = output.subarray(at, newline).toString('utf8');
    at = newline + 1;
    const match = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!match) {
      texts.push(undefined);
      continue;
    }
    const size = Number(match[1]);
    texts.push(output.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return texts;
}

/**
 * The history of every file under a folder in one git run: `git log -p --unified=0` with
 * paths relative to it (parse with core/site/history.ts). Not in a work tree, or no commit
 * yet: null. Throws GitError when git fails inside a work tree, or is missing there.
 */
export async function registerHistoryText(root: string, git: Git, format: string): Promise<string | null> {
  if (!git.env.GIT_DIR && !hasGitAncestor(root)) return null;
  const read = (args: readonly string[]) => runGit(root, ['--no-optional-locks', ...args], git);
  const inside = await read(['rev-parse', '--is-inside-work-tree']);
  if (!inside.ok && inside.missing) fail(inside);
  if (!inside.ok || inside.stdout.trim() !== 'true') return null;
  const result = await read(['-c', 'core.quotepath=off', 'log', '-p', '--unified=0', '--no-renames', '--no-color', '--no-ext-diff', '--relative', `--format=${format}`, '--', '.']);
  if (!result.ok) {
    if (/does not have any commits|bad default revision/i.test(result.stderr)) return null;
    fail(result);
  }
  return result.stdout;
}

/**
 * The register's provenance for a report: the short hash of HEAD and whether
 * `git status --porcelain` (untracked files included) lists anything under the register
 * folder, leaving out `exclude` (the report's own output file, so writing it never makes
 * the next run "dirty"). Not in a work tree, no git installed, or no commit yet: commit
 * null. Throws GitError when git fails inside a work tree, or is missing there.
 */
export async function readGitSource(root: string, git: Git, exclude: readonly string[] = []): Promise<{ commit: string | null; dirty: boolean }> {
  const none = { commit: null, dirty: false };
  if (!git.env.GIT_DIR && !hasGitAncestor(root)) return none;
  // --no-optional-locks: a read must not take the index lock that a concurrent `sak add` may need.
  const read = (args: readonly string[]) => runGit(root, ['--no-optional-locks', ...args], git);
  // In one run: whether the folder is in a work tree, then the short hash of HEAD; with no
  // commit yet (or a HEAD it cannot read) git prints the first and exits 1 (--verify --quiet).
  const inside = await read(['rev-parse', '--is-inside-work-tree', '--short=7', '--verify', '--quiet', 'HEAD']);
  // A register in a work tree but no git to read it: saying "not under version control" would be untrue.
  if (!inside.ok && inside.missing) fail(inside);
  const [where = '', hash = ''] = inside.stdout.split('\n');
  if (where !== 'true') return none;
  const commit = inside.ok && /^[0-9a-f]{7,64}$/.test(hash.trim()) ? hash.trim() : null;
  const pathspecs = ['.', ...exclude.map((rel) => `:(exclude,literal)${rel}`)];
  const status = await read(['status', '--porcelain', '--untracked-files=all', '--', ...pathspecs]);
  if (!status.ok) fail(status);
  return { commit, dirty: status.stdout.trim() !== '' };
}

/**
 * The day each file of the register was first added to Git (`git log --diff-filter=A`, one
 * process), by path relative to the register: what the report takes as the day a record
 * without dates of its own is known from. Empty outside Git or when git cannot tell.
 */
export async function readAddedDates(root: string, git: Git): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  if (!git.env.GIT_DIR && !hasGitAncestor(root)) return dates;
  const result = await runGit(root, ['--no-optional-locks', '-c', 'core.quotepath=off', 'log', '--diff-filter=A', '--no-renames', '--relative', '--name-only', '--format=%x1e%as', '--', '.'], git);
  if (!result.ok) return dates;
  // Newest first: the last date seen for a file is the day it was first added.
  for (const entry of result.stdout.split('\x1e')) {
    const [date = '', ...names] = entry.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const name of names) if (name !== '') dates.set(name, date);
  }
  return dates;
}

/**
 * Commits exactly the named files in one commit, like commitFile (`locked`: the caller holds
 * the commit lock already, see withSakLock; `fresh`: the repository was just made by
 * initRepository, so it has no commit and nothing staged): what else the user has
 * staged or changed stays as it was. The paths go to git through a file in the git folder
 * (`--pathspec-from-file`), so thousands of them fit on no command line. Works in a
 * repository without commits too. Returns the new commit's hash.
 */
export async function commitFiles(repository: GitRepository, root: string, rels: readonly string[], message: string, git: Git, options: { stopAt?: StopAt | undefined; locked?: boolean; fresh?: boolean } = {}): Promise<string> {
  const { stopAt, fresh } = options;
  const lock = options.locked ? <T>(_dir: string, work: () => Promise<T>) => work() : withCommitLock;
  return lock(repository.gitDir, async () => {
    refuseInProgress(repository.gitDir);
    return withPathspecFile(repository.gitDir, rels, (list) =>
      stoppable(repository, root, rels, git, { stopAt, fresh }, async (stage, headBefore) => {
        const from = [`--pathspec-from-file=${list}`, '--pathspec-file-nul'];
        const added = await runGitPatiently(root, ['--literal-pathspecs', 'add', ...from], git);
        if (!added.ok) fail(added);
        await stage('staged');
        const committed = await runGitPatiently(root, ['--literal-pathspecs', 'commit', '--quiet', '-m', message, ...from], git);
        if (!committed.ok) {
          await unstage(root, rels, await headBefore(), git, from);
          fail(committed);
        }
        const head = await keepOnlyOwnCommit(repository, root, rels, git);
        await stage('committed');
        return head;
      }),
    );
  });
}

/**
 * Makes a folder a new Git repository (`git init`, the user's default branch name); returns
 * its work tree, `fresh` when git says it made an empty repository (not one it found and
 * initialised again): no commit, nothing staged (see commitFiles).
 */
export async function initRepository(dir: string, git: Git): Promise<GitRepository & { fresh: boolean }> {
  const result = await runGit(dir, ['init'], git);
  if (!result.ok) fail(result);
  const repository = await gitWorkTree(dir, git);
  if (!repository) throw new GitError(`git init did not make ${dir} a work tree`, false);
  return { ...repository, fresh: result.stdout.startsWith('Initialized empty Git repository') };
}

/** The absolute path git uses for a path in the git folder (`hooks` honours core.hooksPath). */
export async function gitPath(dir: string, name: string, git: Git): Promise<string> {
  const result = await runGit(dir, ['rev-parse', '--path-format=absolute', '--git-path', name], git);
  if (!result.ok) fail(result);
  return result.stdout.trim();
}
