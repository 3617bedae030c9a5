import type { Lang } from '../../i18n/lang.js';
import { reportText } from '../../i18n/report-texts.js';
import type { AnyRecord } from '../model.js';
import type { Audience, RecordRef } from './model.js';

/** The KLASSA level from which a record is left out of a public report. */
export const PUBLIC_CLASSIFICATION_LIMIT = 2;

/**
 * What the audience lets the report show. The builder asks it for every record it lists,
 * every reference it labels and every free text it copies, so a public model is built
 * without that text rather than stripped of it afterwards.
 */
export interface Visibility {
  readonly audience: Audience;
  /** True when the record may appear in a list; in public, a record classified 2 or higher is noted as omitted and false. */
  shows(record: AnyRecord | { id: string; data: { classification?: number } }): boolean;
  /** The id and label of a referenced record (a unit's `short`, else its title); id null and a neutral label when it may not be shown. */
  ref(id: string): RecordRef;
  /** A free-text field as `{ [key]: text }` for the internal audience; `{}` in public or when empty. */
  text<K extends string>(key: K, value: unknown): Partial<Record<K, string>>;
  /** How many records were left out so far. */
  omitted(): number;
}

/** The classification of a record (default 1, register.md). */
export function classificationOf(record: { data: { classification?: number } }): number {
  const c = record.data.classification;
  return typeof c === 'number' ? c : 1;
}

/** The visibility rules of an audience over a register's records. */
export function createVisibility(audience: Audience, byId: ReadonlyMap<string, AnyRecord>, lang: Lang): Visibility {
  const left = new Set<string>();
  const hidden = (record: { id: string; data: { classification?: number } }): boolean =>
    audience === 'public' && classificationOf(record) >= PUBLIC_CLASSIFICATION_LIMIT;
  return {
    audience,
    shows(record) {
      if (!hidden(record)) return true;
      left.add(record.id);
      return false;
    },
    ref(id) {
      const record = byId.get(id);
      if (!record) return { id, label: id };
      if (hidden(record)) {
        left.add(record.id);
        return { id: null, label: reportText('not_public', lang) };
      }
      const short = record.kind === 'unit' ? record.data.short : undefined;
      return { id, label: typeof short === 'string' && short !== '' ? short : record.data.title };
    },
    text<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
      if (audience !== 'internal' || typeof value !== 'string' || value.trim() === '') return {};
      return { [key]: value } as Partial<Record<K, string>>;
    },
    omitted: () => left.size,
  };
}
