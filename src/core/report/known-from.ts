import { isPartialDate, partialDateStart } from '../calendar/date.js';
import type { AnyRecord, RegisterData } from '../model.js';

// No invented history: a comparison period counts a record only from the day it is known to
// have existed (its start, its date, its adoption, the day it was entered, else the day of the
// commit that added its file). A record with none of these is counted as it always was.

/** Kinds that make up the organisation (units) or the law (requirements): not evidence that the register was kept. */
const STRUCTURE_KINDS: ReadonlySet<string> = new Set(['unit', 'requirement']);

/** The day a record is known to have existed from, or null when nothing says. */
export function knownFrom(record: AnyRecord, addedDates?: ReadonlyMap<string, string>): string | null {
  const data = record.data as unknown as Record<string, unknown>;
  const adopted = data.adopted as Record<string, unknown> | undefined;
  const dates = [data.start, data.date, data.created, adopted?.date].filter(isPartialDate).map((d) => partialDateStart(d));
  const added = addedDates?.get(record.file);
  if (dates.length === 0 && added !== undefined) dates.push(added);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
}

/** What the register held at a date: the records known by then (or of unknown age), and whether it held anything then. */
export interface RegisterAt {
  register: RegisterData;
  /** False when every record but units and requirements is known only from a later day: the register was not yet kept. */
  kept: boolean;
  /** The earliest day any such record is known from, or null. */
  startedOn: string | null;
}

/** The register as far as it is known to have existed at `date` (see knownFrom). */
export function registerKnownAt(register: RegisterData, date: string, addedDates?: ReadonlyMap<string, string>): RegisterAt {
  let kept = false;
  let startedOn: string | null = null;
  const records = register.records.filter((record) => {
    const from = knownFrom(record, addedDates);
    if (!STRUCTURE_KINDS.has(record.kind)) {
      if (from === null || from <= date) kept = true;
      if (from !== null && (startedOn === null || from < startedOn)) startedOn = from;
    }
    return from === null || from <= date;
  });
  return { register: { config: register.config, records }, kept, startedOn };
}
