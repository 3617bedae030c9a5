import type { KindName, RecordTypes } from './kinds.js';
import type { SakConfig } from './record-types.js';

/** One record as loaded from the register, with its kind and file. */
export interface LoadedRecord<K extends KindName = KindName> {
  kind: K;
  id: string;
  /** Path relative to the register root, `/`-separated. */
  file: string;
  data: RecordTypes[K];
}

/** A loaded record of any kind, discriminated by `kind`. */
export type AnyRecord = { [K in KindName]: LoadedRecord<K> }[KindName];

/** The parsed register that rules and reports work on: pure data, no I/O. */
export interface RegisterData {
  config: SakConfig;
  records: readonly AnyRecord[];
}

/** The records of one kind. */
export function recordsOf<K extends KindName>(register: RegisterData, kind: K): LoadedRecord<K>[] {
  return register.records.filter((r): r is Extract<AnyRecord, { kind: K }> => r.kind === kind) as unknown as LoadedRecord<K>[];
}

/** An index of records by id (ids are unique in a valid register). */
export function indexById(register: RegisterData): Map<string, AnyRecord> {
  return new Map(register.records.map((r) => [r.id, r]));
}
