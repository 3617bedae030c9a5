import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeQuietly, tempPathFor } from './atomic-file.js';
import { WriteInterrupted, checkStop } from './write-undo.js';
import type { StopAt } from './write-undo.js';

/** The file in a site's folder that lists what `sak site` wrote there, so a re-run can tell its own files. */
export const SITE_MANIFEST = '.sak-site.json';

/** What writing a site did. */
export interface SiteWriteResult {
  total: number;
  written: number;
  unchanged: number;
  removed: number;
}

/** Why a folder cannot take a site. */
export class SiteFolderError extends Error {
  constructor(
    readonly reason: 'not-site' | 'write',
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function readManifest(dir: string): string[] | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dir, SITE_MANIFEST), 'utf8')) as { generator?: unknown; files?: unknown };
    if (parsed.generator !== 'sak site' || !Array.isArray(parsed.files)) return undefined;
    return parsed.files.filter((f): f is string => typeof f === 'string' && !f.split('/').includes('..') && !path.isAbsolute(f));
  } catch {
    return undefined;
  }
}

/**
 * What a site's write did, so that it can be taken back (Ctrl-C, a full disk): a page it
 * replaced or removed is first linked (or copied) into a hidden folder of the site's, and
 * put back from there; a page it created goes, and so do the folders it made. Kept in
 * order, taken back last first. `commit` drops the kept pages once the site is whole.
 */
class SiteJournal {
  private readonly steps: (() => void)[] = [];
  private keptDir: string | undefined;
  private kept = 0;

  constructor(private readonly dir: string) {}

  /** Keeps what a file holds now, before it is replaced or removed; returns where. */
  private keep(abs: string, move: boolean): string {
    if (this.keptDir === undefined) {
      this.keptDir = path.join(this.dir, `${KEEP_PREFIX}${randomBytes(6).toString('hex')}`);
      mkdirSync(this.keptDir);
    }
    const copy = path.join(this.keptDir, String(this.kept++));
    if (move) renameSync(abs, copy);
    else {
      try {
        linkSync(abs, copy);
      } catch {
        // No hard links on this file system: a copy, with the page's times.
        copyFileSync(abs, copy);
        const { atime, mtime } = statSync(abs);
        utimesSync(copy, atime, mtime);
      }
    }
    return copy;
  }

  /** A folder about to be made for a page: it and the missing ones above it go again when empty. */
  makeFolder(folder: string): void {
    const top = missingFolder(folder);
    mkdirSync(folder, { recursive: true });
    if (top === undefined) return;
    const made: string[] = [];
    for (let dir = folder; dir.length >= top.length; dir = path.dirname(dir)) {
      made.unshift(dir);
      if (dir === top) break;
    }
    // Top first, so that they are taken back deepest first.
    for (const dir of made) {
      this.steps.push(() => {
        try {
          rmdirSync(dir);
        } catch {
          // Not empty: something that is not the write's.
        }
      });
    }
  }

  /** Writes a page (atomically), keeping what it replaces. */
  write(abs: string, content: Buffer): void {
    if (existsSync(abs)) {
      const copy = this.keep(abs, false);
      this.steps.push(() => renameSync(copy, abs));
    } else {
      this.steps.push(() => removeQuietly(abs));
    }
    replacePage(abs, content);
  }

  /** Removes a page an earlier run wrote, keeping it. */
  remove(abs: string): boolean {
    if (!existsSync(abs)) return false;
    const copy = this.keep(abs, true);
    this.steps.push(() => renameSync(copy, abs));
    return true;
  }

  /** Takes back every step, the last first; then the kept pages' folder goes. */
  rollback(): void {
    for (const step of this.steps.reverse()) {
      try {
        step();
      } catch {
        // One page that cannot be put back does not keep the others from it.
      }
    }
    this.steps.length = 0;
    this.commit();
  }

  /** The site is whole: the kept pages go. */
  commit(): void {
    if (this.keptDir !== undefined) rmSync(this.keptDir, { recursive: true, force: true });
    this.keptDir = undefined;
  }
}

/** The highest missing folder of `folder` itself (or undefined when it exists). */
function missingFolder(folder: string): string | undefined {
  let missing: string | undefined;
  for (let dir = folder; !existsSync(dir); dir = path.dirname(dir)) {
    missing = dir;
    if (path.dirname(dir) === dir) break;
  }
  return missing;
}

/** The name of the hidden folder in a site's folder where a write keeps the pages it replaces, until it is done. */
export const KEEP_PREFIX = '.sak-site-kept-';

/**
 * Replaces a page: a temporary file beside it, renamed over it, so a web server never serves
 * half a page. Unlike a record, a page is not flushed to disk first: it is made again from
 * the register by the next run, and flushing thousands of pages was most of a site's time
 * (bench/site.js: 13 of 36 s at 10,000 records).
 */
function replacePage(abs: string, content: Buffer): void {
  const temp = tempPathFor(abs);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, abs);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

function sameContent(abs: string, content: Buffer): boolean {
  try {
    if (statSync(abs).size !== content.length) return false;
    return readFileSync(abs).equals(content);
  } catch {
    return false;
  }
}

/** How many pages are written between two looks at whether to stop (and chances for a Ctrl-C to be seen). */
const PAGES_PER_TURN = 100;

/**
 * Writes a site into a folder, all or nothing: each file only when its bytes differ from
 * what is there (atomically, so a reader never sees half a page), then removes the files an
 * earlier run wrote that this one did not. When `stopAt` says stop (a Ctrl-C; asked every
 * few pages and once all is written) or a write fails, every page is put back as it was,
 * and a folder the write made goes: the folder is left as before (WriteInterrupted, or the
 * failure). Refuses a folder that is not empty and holds no site of `sak site` (its
 * manifest), so nothing of the user's is overwritten or removed.
 */
export async function writeSite(dir: string, files: readonly { path: string; content: string }[], stopAt?: StopAt): Promise<SiteWriteResult> {
  const exists = existsSync(dir);
  const previous = exists ? readManifest(dir) : undefined;
  if (exists && previous === undefined && readdirSync(dir).length > 0) throw new SiteFolderError('not-site', dir, `${dir} is not a site folder`);
  // Pages a write kept and could not drop (it was killed): nothing to put back any more, and not for a web server to serve.
  if (exists) for (const name of readdirSync(dir)) if (name.startsWith(KEEP_PREFIX)) rmSync(path.join(dir, name), { recursive: true, force: true });
  const result: SiteWriteResult = { total: files.length, written: 0, unchanged: 0, removed: 0 };
  const journal = new SiteJournal(dir);
  const made = new Set<string>();
  const current = new Set<string>();
  let file: string = dir;
  try {
    journal.makeFolder(dir);
    let turn = 0;
    for (const page of files) {
      if (++turn % PAGES_PER_TURN === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        checkStop(stopAt, 'written');
      }
      current.add(page.path);
      file = path.join(dir, ...page.path.split('/'));
      const content = Buffer.from(page.content, 'utf8');
      if (sameContent(file, content)) {
        result.unchanged += 1;
        continue;
      }
      const folder = path.dirname(file);
      if (!made.has(folder)) {
        journal.makeFolder(folder);
        made.add(folder);
      }
      journal.write(file, content);
      result.written += 1;
    }
    for (const old of previous ?? []) {
      if (current.has(old)) continue;
      file = path.join(dir, ...old.split('/'));
      journal.remove(file);
      result.removed += 1;
    }
    const manifest = Buffer.from(`${JSON.stringify({ generator: 'sak site', files: [...current].sort() }, null, 1)}\n`, 'utf8');
    file = path.join(dir, SITE_MANIFEST);
    if (!sameContent(file, manifest)) journal.write(file, manifest);
    await new Promise((resolve) => setImmediate(resolve));
    checkStop(stopAt, 'written');
  } catch (error) {
    journal.rollback();
    if (error instanceof WriteInterrupted) throw error;
    throw new SiteFolderError('write', file, (error as Error).message);
  }
  journal.commit();
  return result;
}
