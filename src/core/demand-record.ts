import type { ControlDemand } from './check/control-demand.js';
import { parseBasis } from './check/basis.js';

/**
 * The fields of a new control that answers a demand, filled from the demand where not
 * given: `area`, `frequency` (the demand's `every`), `title` (the demand's title and the
 * unit's), `description`, and `documents` when the demand's basis is a document. `start`
 * is left out: the demand's `first_due`, not the control's start, sets the first date.
 */
export function fillFromDemand(data: Readonly<Record<string, unknown>>, demand: ControlDemand, unitTitle: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  out.area ??= demand.area;
  out.frequency ??= demand.every;
  if (out.title === undefined && typeof out.unit === 'string') out.title = `${demand.title} – ${unitTitle ?? out.unit}`;
  if (out.description === undefined && demand.description !== undefined) out.description = demand.description;
  const basis = parseBasis(demand.basis);
  if (out.documents === undefined && basis?.type === 'document') out.documents = [basis.source];
  return out;
}
