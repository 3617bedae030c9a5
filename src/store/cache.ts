import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { FileCheckResult } from '../core/validate/check-file.js';
import type { RefValue } from '../core/validate/check-register.js';
import { replaceFileAtomically } from './atomic-file.js';

/** Where a register keeps its cache (cli.md: `.sak/cache/`, never committed). */
export const CACHE_DIR = path.join('.sak', 'cache');

/** A cached per-file check result, keyed by the file's content hash; the record's data is kept apart. */
export interface CacheEntry {
  hash: string;
  /** Size, modification and change times and inode when the content was hashed, to skip reading unchanged files. */
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** When the content was read (ms since the epoch). */
  checkedAt: number;
  /** The result, its record without `data`. */
  result: FileCheckResult;
  /** The record's references, for the checks across records without its data. */
  refs: RefValue[];
}

/** A cached result as the caller gets it: the record whole when its data was asked for. */
export interface CachedResult {
  result: FileCheckResult;
  refs: RefValue[];
}

/**
 * What a file's metadata says, from one lstat. The change time and inode are part of it: an
 * edit of the same size whose modification time was set back (`touch -r`, a copy that keeps
 * times) still changes them, and no user can set them back.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The stamp of a file from its lstat. */
export function fileStamp(stat: Stats): FileStamp {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
}

/**
 * The identity of a register's cache folder on this machine: its owner, device and inode.
 * A cache is trusted only by the folder it was written into: one committed to Git, copied
 * or unpacked with another register (even with its files' times kept) lands in a new
 * folder, is ignored and rebuilt, so it can never change what `sak validate` reports.
 */
export function cacheIdentity(dir: string): string {
  try {
    const stat = lstatSync(dir);
    return stat.isDirectory() ? `${stat.uid}:${stat.dev}:${stat.ino}` : 'none';
  } catch {
    return 'none';
  }
}

/** The key a cache file is stored under: what the results depend on, and the folder's identity. */
export function boundKey(key: string, dir: string): string {
  return `${key}|${cacheIdentity(dir)}`;
}

/**
 * A file modified this close to the moment its content was read may have changed again
 * within the same timestamp tick ("racy" entries, as Git calls them): read those again.
 */
export const RACY_MARGIN_MS = 2000;

/** Makes the cache folder, with a `.gitignore` of `*` so the cache never makes a work tree dirty (cli.md). */
export function ensureCacheDir(dir: string): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '.gitignore'), '*\n');
}

interface CacheFile {
  /** Everything the per-file results depend on besides the file: sak's version and sak.yaml (never the language: problems are kept as codes and parameters). */
  key: string;
  entries: Record<string, CacheEntry>;
}

interface DataFile {
  key: string;
  data: Record<string, unknown>;
}

/** The content hash that keys a file's cached result. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** A problem's message as core gives it (a key and its parameters); a message in words is from an older cache, and dropped. */
function isProblemText(text: unknown): boolean {
  const t = text as Record<string, unknown> | null;
  return t !== null && typeof t === 'object' && typeof t.key === 'string' && t.params !== null && typeof t.params === 'object' && !Array.isArray(t.params);
}

function isProblemOf(rel: string, p: unknown): boolean {
  const problem = p as Record<string, unknown> | null;
  return problem !== null && typeof problem === 'object' && problem.file === rel && typeof problem.line === 'number' && typeof problem.column === 'number' && typeof problem.code === 'string' && isProblemText(problem.message) && (problem.severity === 'error' || problem.severity === 'warning');
}

/** True for a well-formed entry of the file `rel`; anything else in a damaged or foreign cache is dropped, never trusted. */
function isCacheEntry(rel: string, entry: unknown): entry is CacheEntry {
  const e = entry as Partial<CacheEntry> | null;
  if (e === null || typeof e !== 'object' || typeof e.hash !== 'string' || ![e.size, e.mtimeMs, e.ctimeMs, e.ino, e.checkedAt].every((n) => typeof n === 'number') || !Array.isArray(e.refs)) return false;
  const result = e.result as Partial<FileCheckResult> | undefined;
  if (!result || typeof result !== 'object' || typeof result.valid !== 'boolean' || !Array.isArray(result.problems) || !Array.isArray(result.events)) return false;
  if (result.problems.length > 0 && !result.problems.every((p) => isProblemOf(rel, p))) return false;
  const record = result.record as { id?: unknown; file?: unknown; kind?: unknown } | undefined;
  const recordOk = record === undefined || (typeof record === 'object' && record !== null && typeof record.id === 'string' && record.file === rel && typeof record.kind === 'string');
  const refsOk = e.refs.every((r) => r !== null && typeof r === 'object' && typeof r.value === 'string' && Array.isArray(r.path));
  return recordOk && refsOk && result.events.every((event) => event !== null && typeof event === 'object' && typeof (event as { field?: unknown }).field === 'string' && Array.isArray((event as { path?: unknown }).path));
}

/** Reads a cache file as JSON: a regular file only (a link to /dev/zero committed by someone else must not hang sak). */
function readJson(file: string): unknown {
  if (!lstatSync(file).isFile()) throw new Error('not a file');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The per-file result cache of one register, in two files: `records.json` (hashes, stamps,
 * problems, references) and `data.json` (the records' data), read only by commands that
 * need the data, so `sak validate` on an unchanged register parses little. Read once,
 * consulted per file, written back atomically when something changed. Any trouble reading
 * or writing it only costs speed.
 */
export class RecordCache {
  private readonly next: Record<string, CacheEntry> = Object.create(null) as Record<string, CacheEntry>;
  private readonly nextData: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private changed = false;

  private constructor(
    private readonly dir: string,
    private readonly key: string,
    private readonly entries: Record<string, CacheEntry>,
    /** The records' data, when it was asked for; else undefined and read only to save. */
    private data: Record<string, unknown> | undefined,
  ) {}

  /** Opens the cache of a register for results that depend on `key` (version, config). */
  static open(root: string, key: string, options: { withData: boolean }): RecordCache {
    const dir = path.join(root, CACHE_DIR);
    const entries = Object.create(null) as Record<string, CacheEntry>;
    try {
      const parsed = readJson(path.join(dir, 'records.json')) as CacheFile;
      if (parsed.key === boundKey(key, dir) && parsed.entries && typeof parsed.entries === 'object') {
        for (const [rel, entry] of Object.entries(parsed.entries)) if (isCacheEntry(rel, entry)) entries[rel] = entry;
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new RecordCache(dir, key, entries, options.withData ? RecordCache.readData(dir, key) : undefined);
  }

  private static readData(dir: string, key: string): Record<string, unknown> {
    const data = Object.create(null) as Record<string, unknown>;
    try {
      const parsed = readJson(path.join(dir, 'data.json')) as DataFile;
      if (parsed.key === boundKey(key, dir) && parsed.data && typeof parsed.data === 'object') {
        for (const [rel, value] of Object.entries(parsed.data)) if (value !== null && typeof value === 'object' && !Array.isArray(value)) data[rel] = value;
      }
    } catch {
      // No data yet: every record is read from its file.
    }
    return data;
  }

  /** The entry as the caller wants it: with the record's data when data was asked for (undefined when it is missing). */
  private hit(rel: string, entry: CacheEntry): CachedResult | undefined {
    const record = entry.result.record;
    if (this.data === undefined || !record) return { result: entry.result, refs: entry.refs };
    const data = this.data[rel];
    if (data === undefined) return undefined;
    this.nextData[rel] = data;
    return { result: { ...entry.result, record: { ...record, data } as typeof record }, refs: entry.refs };
  }

  /**
   * The cached result of a file whose size and modification time are those recorded when
   * its content was hashed, well before that moment (so the content cannot have changed
   * unseen); otherwise undefined and the caller reads and hashes the file.
   */
  getUnchanged(rel: string, stamp: FileStamp): CachedResult | undefined {
    const entry = this.entries[rel];
    if (!entry || entry.size !== stamp.size || entry.mtimeMs !== stamp.mtimeMs || entry.ctimeMs !== stamp.ctimeMs || entry.ino !== stamp.ino) return undefined;
    if (Math.max(stamp.mtimeMs, stamp.ctimeMs) > entry.checkedAt - RACY_MARGIN_MS) return undefined;
    const hit = this.hit(rel, entry);
    if (hit) this.next[rel] = entry;
    return hit;
  }

  /** The cached result of a file whose content has this hash, if any (its stamp is updated). */
  get(rel: string, hash: string, stamp: FileStamp, checkedAt: number): CachedResult | undefined {
    const entry = this.entries[rel];
    if (entry?.hash !== hash) return undefined;
    const hit = this.hit(rel, entry);
    if (!hit) return undefined;
    // Remember the new stamp and reading time, so the next run can skip reading this file.
    this.next[rel] = { ...entry, ...stamp, checkedAt };
    this.changed = true;
    return hit;
  }

  /** Remembers the result of a file (its record's data goes to the data file). */
  set(rel: string, hash: string, stamp: FileStamp, checkedAt: number, result: FileCheckResult, refs: RefValue[]): void {
    const record = result.record;
    const stored: FileCheckResult = record ? { ...result, record: { kind: record.kind, id: record.id, file: record.file } as typeof record } : result;
    this.next[rel] = { hash, ...stamp, checkedAt, result: stored, refs };
    if (record) this.nextData[rel] = record.data;
    this.changed = true;
  }

  /** Writes the cache back when it changed (files added, edited or removed); never throws. */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.entries).length) return;
    try {
      ensureCacheDir(this.dir);
      // A run without the data keeps the data of the records it did not read again.
      const old = this.data ?? RecordCache.readData(this.dir, this.key);
      const data = Object.create(null) as Record<string, unknown>;
      for (const rel of Object.keys(this.next)) {
        const value = this.nextData[rel] ?? old[rel];
        if (value !== undefined) data[rel] = value;
      }
      const key = boundKey(this.key, this.dir);
      replaceFileAtomically(path.join(this.dir, 'data.json'), Buffer.from(JSON.stringify({ key, data } satisfies DataFile)));
      replaceFileAtomically(path.join(this.dir, 'records.json'), Buffer.from(JSON.stringify({ key, entries: this.next } satisfies CacheFile)));
    } catch {
      // A read-only register still validates; it is only slower.
    }
  }
}
