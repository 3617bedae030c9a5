import type { KindSpec } from '../core/kinds.js';
import { classifyRecordPath } from '../core/kinds.js';
import { listRecordFiles } from './list-files.js';

/** A record file known by its name alone: its id and kind follow from the name (register.md, "Ids"). */
export interface IndexedRecord {
  id: string;
  kind: KindSpec;
  /** Relative to the register root, `/`-separated. */
  file: string;
  abs: string;
}

/**
 * Every record file of the register, from a listing of the record folders; no file is
 * read. Cheap enough for every write: ids, kinds and references can be checked from it.
 * (Apart from store/record-index.ts, which reads files, so that `sak __complete` loads no parser.)
 */
export function indexRecordFiles(root: string): IndexedRecord[] {
  const index: IndexedRecord[] = [];
  for (const found of listRecordFiles(root)) {
    if (found.type !== 'file') continue;
    const place = classifyRecordPath(found.rel);
    if (place.status === 'record') index.push({ id: place.base, kind: place.kind, file: found.rel, abs: found.abs });
  }
  return index;
}
