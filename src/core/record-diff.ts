// What a commit changed in a record, field by field: for `sak log`.

/** One field whose value differs between two versions of a record; undefined where it is missing. */
export interface FieldChange {
  /** Keys from the record root; nested mappings are followed (`kia.type`), lists are compared whole. */
  path: string[];
  before: unknown;
  after: unknown;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields whose values differ between two versions of a record, in the order of the
 * newer version's keys (then the removed ones). Mappings are compared key by key; a list
 * or scalar that differs is one change. A version that is not a mapping counts as empty.
 */
export function recordChanges(before: unknown, after: unknown, path: string[] = []): FieldChange[] {
  const a = isMapping(before) ? before : {};
  const b = isMapping(after) ? after : {};
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !Object.hasOwn(b, k))];
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const old = Object.hasOwn(a, key) ? a[key] : undefined;
    const now = Object.hasOwn(b, key) ? b[key] : undefined;
    if (same(old, now)) continue;
    if (isMapping(old) && isMapping(now)) changes.push(...recordChanges(old, now, [...path, key]));
    else changes.push({ path: [...path, key], before: old, after: now });
  }
  return changes;
}
