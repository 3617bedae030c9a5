import { getKind } from '../core/kinds.js';
import type { KindName } from '../core/kinds.js';
import { checkRecordText } from '../core/validate/check-file.js';
import type { FileCheckContext, FileCheckResult } from '../core/validate/check-file.js';
import { contentHash } from './cache.js';
import { readRecordFile } from './read-file.js';
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

/**
 * Reads and checks files one after the other. `reuse` may answer from a cache by content
 * hash before the file is checked.
 */
export function checkFiles(
  tasks: readonly FileTask[],
  context: FileCheckContext,
  hash: boolean,
  reuse?: (task: FileTask, hash: string) => FileCheckResult | undefined,
): FileOutcome[] {
  return tasks.map((task) => {
    const checkedAt = Date.now();
    const read = readRecordFile(task.abs);
    if (!read.ok) return { ok: false, read };
    const digest = hash ? contentHash(read.bytes) : '';
    const result = (hash ? reuse?.(task, digest) : undefined) ?? checkRecordText(task.rel, getKind(task.kind), task.expected, read.text, context);
    return { ok: true, hash: digest, checkedAt, result };
  });
}
