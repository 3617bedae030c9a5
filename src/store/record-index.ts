import path from 'node:path';
import type { KindName } from '../core/kinds.js';
import type { AnyRecord } from '../core/model.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import { compareStrings } from '../core/problem.js';
import { readRecordFile } from './read-file.js';
import type { IndexedRecord } from './record-listing.js';


/** A set of ids in lower case, for case-insensitive clash checks. */
export function takenIds(index: readonly IndexedRecord[]): Set<string> {
  return new Set(index.map((r) => r.id.toLowerCase()));
}

/** The record file of an id (exact match), if there is one. */
export function findIndexed(index: readonly IndexedRecord[], id: string): IndexedRecord | undefined {
  return index.find((r) => r.id === id);
}

/**
 * Stand-ins for the records of the index (id, kind and file, no fields), so that the
 * cross-record checks (`id-duplicate`, `ref-missing`, `ref-kind`) can run on one new or
 * changed record without reading the others.
 */
export function stubRecords(index: readonly IndexedRecord[], exceptFile?: string): AnyRecord[] {
  return index.filter((r) => r.file !== exceptFile).map((r) => ({ kind: r.kind.name, id: r.id, file: r.file, data: { id: r.id } }) as AnyRecord);
}

/** Id and title of a record, for lists to pick from. */
export interface RecordTitle {
  id: string;
  title: string;
}

/** Ids and titles of the records of one kind, sorted by id; reads only that kind's files. */
export function readTitles(index: readonly IndexedRecord[], kind: KindName): RecordTitle[] {
  const titles: RecordTitle[] = [];
  for (const record of index) {
    if (record.kind.name !== kind) continue;
    const read = readRecordFile(record.abs);
    const data = read.ok ? (parseYamlSource(read.text).data as Record<string, unknown> | undefined) : undefined;
    const title = data && typeof data.title === 'string' ? data.title : record.id;
    titles.push({ id: record.id, title });
  }
  return titles.sort((a, b) => compareStrings(a.id, b.id));
}

/** The absolute path of a register-relative, `/`-separated path. */
export function absolutePath(root: string, rel: string): string {
  return path.join(root, ...rel.split('/'));
}

/** Id, title and short name of every unit, for values that name a unit by any of them; reads only the unit files. */
export function readUnitNames(index: readonly IndexedRecord[]): { id: string; title?: string; short?: string }[] {
  const units: { id: string; title?: string; short?: string }[] = [];
  for (const record of index) {
    if (record.kind.name !== 'unit') continue;
    const read = readRecordFile(record.abs);
    const data = read.ok ? (parseYamlSource(read.text).data as Record<string, unknown> | undefined) : undefined;
    units.push({
      id: record.id,
      ...(data && typeof data.title === 'string' ? { title: data.title } : {}),
      ...(data && typeof data.short === 'string' ? { short: data.short } : {}),
    });
  }
  return units;
}
