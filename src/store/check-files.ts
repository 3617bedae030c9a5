import { getKind } from '../core/kinds.js';
import type { KindName } from '../core/kinds.js';
import { checkFastRecord } from '../core/validate/check-file.js';
import type { FileCheckContext, FileCheckResult } from '../core/validate/check-file.js';
import type * as FullCheckerModule from '../core/validate/check-file-full.js';
import { contentHash } from './cache.js';
import { readListedFile } from './read-file.js';
import type { FileRead } from './read-file.js';

/** One record file to read and check. */
export interface FileTask {
  rel: string;
  abs: string;
  kind: KindName;
  expected: string;
}

/** What reading and checking one file gave: a result with its content hash, or why it could not be read. */
export type FileOutcome =
  | { ok: true; hash: string; checkedAt: number; result: FileCheckResult }
  | { ok: false; read: Exclude<FileRead, { ok: true }> };

type FullChecker = typeof FullCheckerModule;

/**
 * Reads and checks record files one at a time, so that a caller that keeps only what it
 * needs of each lets the rest go at once. A clean record in the plain YAML subset is
 * checked without `yaml`; that parser is loaded only for the first file that needs it,
 * which is the one time `check` answers with a promise.
 */
export class FileChecker {
  private full: FullChecker | undefined;

  /**
   * @param hash whether to hash each file's content (for the cache)
   * @param reuse may answer from a cache by content hash before the file is checked
   */
  constructor(
    private readonly context: FileCheckContext,
    private readonly hash: boolean,
    private readonly reuse?: (task: FileTask, hash: string) => FileCheckResult | undefined,
  ) {}

  check(task: FileTask): FileOutcome | Promise<FileOutcome> {
    const checkedAt = Date.now();
    const read = readListedFile(task.abs);
    if (!read.ok) return { ok: false, read };
    const hash = this.hash ? contentHash(read.bytes) : '';
    const kind = getKind(task.kind);
    const result = (this.hash ? this.reuse?.(task, hash) : undefined) ?? checkFastRecord(task.rel, kind, task.expected, read.text, this.context);
    if (result) return { ok: true, hash, checkedAt, result };
    const full = (checker: FullChecker): FileOutcome => ({ ok: true, hash, checkedAt, result: checker.checkParsedText(task.rel, kind, task.expected, read.text, this.context) });
    if (this.full) return full(this.full);
    return import('../core/validate/check-file-full.js').then((checker) => full((this.full = checker)));
  }
}
