import { UsageError } from '../errors.js';
import type { RegisterData } from '../core/model.js';
import { recordsOf } from '../core/model.js';
import { suggestNearest } from '../core/suggest.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';

/** The unit an option (`--unit`, `--owner`) names; exit 2 with the nearest unit id when there is no such unit. */
export function resolveUnitOption(register: RegisterData, value: string, lang: Lang): string {
  const units = recordsOf(register, 'unit').map((u) => u.id);
  if (units.includes(value)) return value;
  const suggestion = suggestNearest(value, units);
  throw new UsageError(recordMessage(lang, suggestion ? 'unknown-unit.suggest' : 'unknown-unit', { unit: value, suggestion }));
}
