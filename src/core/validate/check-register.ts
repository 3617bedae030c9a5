import type { Lang } from '../../i18n/lang.js';
import { KIND_LABELS } from '../../i18n/labels.js';
import { validateMessage } from '../../i18n/validate-messages.js';
import { getKind, kindOfId } from '../kinds.js';
import type { AnyRecord } from '../model.js';
import { compareStrings } from '../problem.js';
import { suggestNearest } from '../suggest.js';
import { valuesAt } from './check-file.js';
import type { PendingProblem } from './pending.js';

const ANY_ID = /^([a-z][a-z0-9]*(-[a-z0-9]+)*|(SITE|REQ|DOC|RSK|CTL|ACT)-[a-z0-9]+(-[a-z0-9]+)*|(INC|EXR)-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{5})$/;

/**
 * The checks across records: ids unique (case-insensitive, both files named), and every
 * reference naming an existing record of the right kind. Positions are found later.
 */
export function checkAcrossRecords(records: readonly AnyRecord[], lang: Lang): PendingProblem[] {
  const problems: PendingProblem[] = [];
  const byLowerId = new Map<string, AnyRecord[]>();
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
      problems.push({ severity: 'error', code: 'id-duplicate', file: record.file, id: record.id, path: ['id'], anchor: 'value', message: validateMessage(lang, 'id-duplicate', { id: record.id, other: others }) });
    }
  }

  const byId = new Map<string, AnyRecord>();
  for (const record of records) if (!byId.has(record.id)) byId.set(record.id, record);
  let allIds: string[] | undefined;
  for (const record of records) {
    for (const ref of getKind(record.kind).refs) {
      for (const { path, value } of valuesAt(record.data, ref.path)) {
        // A malformed id is already a schema problem; do not report it twice.
        if (typeof value !== 'string' || !ANY_ID.test(value)) continue;
        const target = byId.get(value);
        if (!target) {
          allIds ??= [...byId.keys()];
          const expectedKind = ref.kind === 'any' ? undefined : ref.kind;
          const candidates = expectedKind ? allIds.filter((id) => kindOfId(id)?.name === expectedKind) : allIds;
          problems.push({ severity: 'error', code: 'ref-missing', file: record.file, id: record.id, path, anchor: 'value', message: validateMessage(lang, 'ref-missing', { ref: value, suggestion: suggestNearest(value, candidates) }) });
        } else if (ref.kind !== 'any' && target.kind !== ref.kind) {
          problems.push({
            severity: 'error',
            code: 'ref-kind',
            file: record.file,
            id: record.id,
            path,
            anchor: 'value',
            message: validateMessage(lang, 'ref-kind', { ref: value, actual: (KIND_LABELS[target.kind]?.[lang] ?? target.kind).toLowerCase(), expected: (KIND_LABELS[ref.kind]?.[lang] ?? ref.kind).toLowerCase() }),
          });
        }
      }
    }
  }
  return problems;
}
