import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileCheckResult } from '../core/validate/check-file.js';
import { replaceFileAtomically } from './atomic-file.js';

/** Where a register keeps its cache (cli.md: `.sak/cache/`, never committed). */
export const CACHE_DIR = path.join('.sak', 'cache');

/** A cached per-file check result, keyed by the file's content hash. */
export interface CacheEntry {
  hash: string;
  /** Size and modification time when the content was hashed, to skip reading unchanged files. */
  size: number;
  mtimeMs: number;
  /** When the content was read (ms since the epoch). */
  checkedAt: number;
  result: FileCheckResult;
}

/** What a file's metadata says, from one lstat. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * A file modified this close to the moment its content was read may have changed again
 * within the same timestamp tick ("racy" entries, as Git calls them): read those again.
 */
const RACY_MARGIN_MS = 2000;

interface CacheFile {
  /** Everything the per-file results depend on besides the file: sak's version, language, sak.yaml. */
  key: string;
  entries: Record<string, CacheEntry>;
}

/** The content hash that keys a file's cached result. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** True for a well-formed entry of the file `rel`; anything else in a damaged or foreign cache is dropped, never trusted. */
function isCacheEntry(rel: string, entry: unknown): entry is CacheEntry {
  const e = entry as Partial<CacheEntry> | null;
  if (e === null || typeof e !== 'object' || typeof e.hash !== 'string' || ![e.size, e.mtimeMs, e.checkedAt].every((n) => typeof n === 'number')) return false;
  const result = e.result as Partial<FileCheckResult> | undefined;
  if (!result || typeof result !== 'object' || typeof result.valid !== 'boolean' || !Array.isArray(result.problems) || !Array.isArray(result.events)) return false;
  const problemsOk = result.problems.every((p) => p !== null && typeof p === 'object' && p.file === rel && typeof p.line === 'number' && typeof p.column === 'number' && typeof p.code === 'string' && typeof p.message === 'string' && (p.severity === 'error' || p.severity === 'warning'));
  const record = result.record as { id?: unknown; file?: unknown; kind?: unknown; data?: unknown } | undefined;
  const recordOk = record === undefined || (typeof record === 'object' && record !== null && typeof record.id === 'string' && record.file === rel && typeof record.kind === 'string' && typeof record.data === 'object' && record.data !== null);
  return problemsOk && recordOk && result.events.every((event) => event !== null && typeof event === 'object' && typeof (event as { field?: unknown }).field === 'string' && Array.isArray((event as { path?: unknown }).path));
}

/**
 * The per-file result cache of one register: read once, consulted per file, written back
 * atomically when something changed. Any trouble reading or writing it only costs speed.
 */
export class RecordCache {
  private readonly entries: Record<string, CacheEntry>;
  private readonly next: Record<string, CacheEntry> = Object.create(null) as Record<string, CacheEntry>;
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly key: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Opens the cache of a register for results that depend on `key` (version, language, config). */
  static open(root: string, key: string): RecordCache {
    const file = path.join(root, CACHE_DIR, 'records.json');
    const entries = Object.create(null) as Record<string, CacheEntry>;
    try {
      // Only a regular file: a cache committed by someone else as a link to /dev/zero must not hang sak.
      if (!lstatSync(file).isFile()) throw new Error('not a file');
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.key === key && parsed.entries && typeof parsed.entries === 'object') {
        for (const [rel, entry] of Object.entries(parsed.entries)) if (isCacheEntry(rel, entry)) entries[rel] = entry;
      }
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
    return new RecordCache(file, key, entries);
  }

  /**
   * The cached result of a file whose size and modification time are those recorded when
   * its content was hashed, well before that moment (so the content cannot have changed
   * unseen); otherwise undefined and the caller reads and hashes the file.
   */
  getUnchanged(rel: string, stamp: FileStamp): FileCheckResult | undefined {
    const entry = this.entries[rel];
    if (!entry || entry.size !== stamp.size || entry.mtimeMs !== stamp.mtimeMs || stamp.mtimeMs > entry.checkedAt - RACY_MARGIN_MS) return undefined;
    this.next[rel] = entry;
    return entry.result;
  }

  /** The cached result of a file whose content has this hash, if any (its stamp is updated). */
  get(rel: string, hash: string, stamp: FileStamp, checkedAt: number): FileCheckResult | undefined {
    const entry = this.entries[rel];
    if (entry?.hash !== hash) return undefined;
    // Remember the new stamp and reading time, so the next run can skip reading this file.
    this.next[rel] = { ...entry, ...stamp, checkedAt };
    this.changed = true;
    return entry.result;
  }

  /** Remembers the result of a file. */
  set(rel: string, hash: string, stamp: FileStamp, checkedAt: number, result: FileCheckResult): void {
    this.next[rel] = { hash, ...stamp, checkedAt, result };
    this.changed = true;
  }

  /** Writes the cache back when it changed (files added, edited or removed); never throws. */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.entries).length) return;
    try {
      const dir = path.dirname(this.file);
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, '.gitignore'), '*\n');
      }
      replaceFileAtomically(this.file, Buffer.from(JSON.stringify({ key: this.key, entries: this.next } satisfies CacheFile)));
    } catch {
      // A read-only register still validates; it is only slower.
    }
  }
}
