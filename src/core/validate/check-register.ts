import { problemText } from './problem-text.js';
import { ANY_ID, getKind, kindOfId } from '../kinds.js';
import type { KindName } from '../kinds.js';
import type { AnyRecord } from '../model.js';
import { compareStrings } from '../problem.js';
import { suggestNearest } from '../suggest.js';
import { valuesAt } from './check-file.js';
import type { PendingProblem } from './pending.js';


/** One reference a record makes: where it stands, the id it names and the kind it must have. */
export interface RefValue {
  path: readonly (string | number)[];
  value: string;
  kind: KindName | 'any';
}

/** What the checks across records need of a record: its id, kind, file and references (no other data). */
export interface RecordLinks {
  id: string;
  kind: KindName;
  file: string;
  refs: readonly RefValue[];
}

/**
 * The references of a record that are well-formed ids (a malformed one is already a schema
 * problem). `schemaValid`: the record passed its schema, whose patterns have already
 * checked every reference's form.
 */
export function recordRefs(record: AnyRecord, schemaValid = false): RefValue[] {
  const refs: RefValue[] = [];
  for (const ref of getKind(record.kind).refs) {
    for (const { path, value } of valuesAt(record.data, ref.path)) {
      if (typeof value === 'string' && (schemaValid || ANY_ID.test(value))) refs.push({ path, value, kind: ref.kind });
    }
  }
  return refs;
}

/**
 * The checks across records: ids unique (case-insensitive, both files named), and every
 * reference naming an existing record of the right kind. Positions are found later.
 * Records may come whole or as their links only.
 */
export function checkAcrossRecords(input: readonly (AnyRecord | RecordLinks)[]): PendingProblem[] {
  const records: RecordLinks[] = input.map((r) => ('refs' in r ? r : { id: r.id, kind: r.kind, file: r.file, refs: recordRefs(r) }));
  const problems: PendingProblem[] = [];
  const byLowerId = new Map<string, RecordLinks[]>();
  for (const record of records) {
    const key = record.id.toLowerCase();
    const list = byLowerId.get(key);
    if (list) list.push(record);
    else byLowerId.set(key, [record]);
  }
  for (const group of byLowerId.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => compareStrings(a.file, b.file));
    for (const record of sorted) {
      const others = sorted.filter((r) => r !== record).map((r) => r.file).join(', ');
      problems.push({ severity: 'error', code: 'id-duplicate', file: record.file, id: record.id, path: ['id'], anchor: 'value', message: problemText('id-duplicate', { id: record.id, other: others }) });
    }
  }

  const byId = new Map<string, RecordLinks>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  let allIds: string[] | undefined;
  for (const record of records) {
    for (const ref of record.refs) {
      const { path, value } = ref;
      const target = byId.get(value);
      if (!target) {
        allIds ??= [...byId.keys()];
        const expectedKind = ref.kind === 'any' ? undefined : ref.kind;
        const candidates = expectedKind ? allIds.filter((id) => kindOfId(id)?.name === expectedKind) : allIds;
        problems.push({ severity: 'error', code: 'ref-missing', file: record.file, id: record.id, path, anchor: 'value', message: problemText('ref-missing', { ref: value, suggestion: suggestNearest(value, candidates) }) });
      } else if (ref.kind !== 'any' && target.kind !== ref.kind) {
        problems.push({
          severity: 'error',
          code: 'ref-kind',
          file: record.file,
          id: record.id,
          path,
          anchor: 'value',
          message: problemText('ref-kind', { ref: value, actual: target.kind, expected: ref.kind }),
        });
      }
    }
  }
  return problems;
}
