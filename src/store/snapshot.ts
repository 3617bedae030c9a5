import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../core/problem.js';
import type { LocatedDate } from '../core/validate/future-date.js';
import { replaceFileAtomically } from './atomic-file.js';
import { boundKey, CACHE_DIR, ensureCacheDir, RACY_MARGIN_MS } from './cache.js';

/**
 * The outcome of a whole validation, stored with the size and modification time of every
 * file it read: when none has changed since, `sak validate` answers from it without
 * opening a record. The date of evaluation is not part of it: `future-date` is worked out
 * again from the stored event dates.
 */
export interface Snapshot {
  key: string;
  /** One line per file found: `path size mtime ctime inode`, in order. */
  stamps: string;
  /** When the files were read (ms since the epoch); files changed this close to it are read again. */
  takenAt: number;
  /** The date of evaluation of the run that took it; later dates can be answered from it. */
  at: string;
  /** Every problem except `future-date` and `schemas-outdated`, sorted. */
  problems: Problem[];
  /** The event dates that lay after `at`, located, by file: the only ones that can be in the future at a later date. */
  future: Record<string, { id?: string; events: LocatedDate[] }>;
}

const FILE = 'validate.json';

/** The stamp line of the files found: their paths, sizes, modification and change times and inodes (see FileStamp). */
export function stampFiles(files: readonly { rel: string; abs: string }[]): { stamps: string; newest: number } {
  let stamps = '';
  let newest = 0;
  for (const file of files) {
    let size = -1;
    let mtime = 0;
    let ctime = 0;
    let ino = 0;
    try {
      const stat = lstatSync(file.abs);
      size = stat.size;
      mtime = stat.mtimeMs;
      ctime = stat.ctimeMs;
      ino = stat.ino;
    } catch {
      // Gone meanwhile: the line differs from any stored one.
    }
    newest = Math.max(newest, mtime, ctime);
    stamps += `${file.rel}\t${size}\t${mtime}\t${ctime}\t${ino}\n`;
  }
  return { stamps, newest };
}

/** The stored snapshot if it was taken by this key of the same files, none changed since; else undefined. */
export function readSnapshot(root: string, key: string, current: { stamps: string; newest: number }): Snapshot | undefined {
  try {
    const dir = path.join(root, CACHE_DIR);
    const file = path.join(dir, FILE);
    if (!lstatSync(file).isFile()) return undefined;
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    // Only a snapshot written into this very folder on this machine is trusted (cacheIdentity).
    if (snapshot.key !== boundKey(key, dir) || snapshot.stamps !== current.stamps || !(current.newest < snapshot.takenAt - RACY_MARGIN_MS)) return undefined;
    if (!Array.isArray(snapshot.problems) || typeof snapshot.future !== 'object' || snapshot.future === null || typeof snapshot.at !== 'string') return undefined;
    return snapshot;
  } catch {
    return undefined;
  }
}

/** Stores a snapshot; any trouble only costs speed next time. */
export function writeSnapshot(root: string, snapshot: Snapshot): void {
  try {
    const dir = path.join(root, CACHE_DIR);
    ensureCacheDir(dir);
    replaceFileAtomically(path.join(dir, FILE), Buffer.from(JSON.stringify({ ...snapshot, key: boundKey(snapshot.key, dir) })));
  } catch {
    // A read-only register still validates.
  }
}
