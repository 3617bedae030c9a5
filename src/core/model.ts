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

// Rules and report sections ask for the records of a kind many times over; the lists are
// made once per register (its `records` array), so a large register is not filtered again each time.
const byKindCache = new WeakMap<readonly AnyRecord[], Map<KindName, readonly AnyRecord[]>>();
const byIdCache = new WeakMap<readonly AnyRecord[], Map<string, AnyRecord>>();

/** The records of one kind, in register order (a list shared between callers: do not change it). */
export function recordsOf<K extends KindName>(register: RegisterData, kind: K): LoadedRecord<K>[] {
  let byKind = byKindCache.get(register.records);
  if (!byKind) {
    byKind = new Map();
    for (const record of register.records) {
      const list = byKind.get(record.kind) as AnyRecord[] | undefined;
      if (list) list.push(record);
      else byKind.set(record.kind, [record]);
    }
    byKindCache.set(register.records, byKind);
  }
  return (byKind.get(kind) ?? []) as unknown as LoadedRecord<K>[];
}

/** An index of records by id (ids are unique in a valid register); shared between callers. */
export function indexById(register: RegisterData): Map<string, AnyRecord> {
  let index = byIdCache.get(register.records);
  if (!index) {
    index = new Map(register.records.map((r) => [r.id, r]));
    byIdCache.set(register.records, index);
  }
  return index;
}
