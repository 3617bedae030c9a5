import { describe, expect, it } from 'vitest';
import { kindFields } from '../../../src/core/fields.js';
import type { FieldSpec } from '../../../src/core/fields.js';
import { parseFieldValue } from '../../../src/core/field-values.js';
import type { ValueContext } from '../../../src/core/field-values.js';
import { enumLabels, namedValueText } from '../../../src/i18n/labels.js';
import { getKind } from '../../../src/core/kinds.js';
import type { KindName } from '../../../src/core/kinds.js';
import { loadShippedSchemas } from '../../../src/store/schemas.js';

const schemas = loadShippedSchemas();
function field(kind: KindName, name: string): FieldSpec {
  const found = kindFields(schemas, getKind(kind)).find((f) => f.name === name);
  if (!found) throw new Error(`${kind}.${name}`);
  return found;
}

const units = [
  { id: 'barn-och-utbildning', title: 'Barn- och utbildningsnämnden', short: 'BUF' },
  { id: 'kommunstyrelsen', title: 'Kommunstyrelsen', short: 'KS' },
];
const config = { format: 1, municipality: 'X', incident_categories: [{ id: 'graffiti', label: 'Klotter' }] } as unknown as ValueContext['config'];
const base: ValueContext = { config, units: () => units, names: enumLabels };

/** [kind, field, text, context extras, expected value | { problem key, suggestion? }] */
type Row = [KindName, string, string, Partial<ValueContext>, unknown];
const ok = (value: unknown) => ({ value });
const no = (key: string, suggestion?: string) => ({ key, ...(suggestion !== undefined ? { suggestion } : {}) });

const table: Row[] = [
  // enums: code, label in either language, any case
  ['incident', 'severity', 'high', {}, ok('high')],
  ['incident', 'severity', 'Hög', {}, ok('high')],
  ['incident', 'severity', 'hög', {}, ok('high')],
  ['incident', 'severity', 'HIGH', {}, ok('high')],
  ['incident', 'severity', 'Hgö', {}, no('enum', 'high (Hög)')],
  ['incident', 'status', 'avslutad', {}, ok('closed')],
  ['incident', 'status', 'Under utredning', {}, ok('investigating')],
  ['incident', 'category', 'Skadegörelse', {}, ok('vandalism')],
  ['incident', 'category', 'water damage', {}, ok('water_damage')],
  ['incident', 'category', 'Klotter', {}, ok('graffiti')],
  // an open enumeration takes what sak.yaml may add
  ['incident', 'category', 'vatten', {}, ok('vatten')],
  // numbers: Swedish and English forms, 12.500 refused unless the text is English
  ['incident', 'cost_sek', '3 400', {}, ok(3400)],
  ['incident', 'cost_sek', '3\u00a0400', {}, ok(3400)],
  ['incident', 'cost_sek', '12 500,50', {}, ok(12500.5)],
  ['incident', 'cost_sek', '1500,50', {}, ok(1500.5)],
  ['incident', 'cost_sek', '12 000 kr', {}, ok(12000)],
  ['incident', 'cost_sek', '1,500.50', {}, ok(1500.5)],
  ['incident', 'cost_sek', '12.500', {}, no('number.ambiguous')],
  ['incident', 'cost_sek', '12.500', { decimal: 'comma' }, no('number.ambiguous')],
  ['incident', 'cost_sek', '12.500', { decimal: 'point' }, ok(12.5)],
  ['incident', 'cost_sek', '12.5', {}, ok(12.5)],
  ['incident', 'cost_sek', 'mycket', {}, no('number')],
  // yes/no
  ['incident', 'police_report', 'ja', {}, ok(true)],
  ['incident', 'police_report', 'Nej', {}, ok(false)],
  ['incident', 'police_report', 'yes', {}, ok(true)],
  ['incident', 'police_report', 'no', {}, ok(false)],
  ['incident', 'police_report', 'true', {}, ok(true)],
  ['incident', 'police_report', 'FALSE', {}, ok(false)],
  ['incident', 'police_report', 'kanske', {}, no('boolean')],
  // durations: ISO 8601 or a number of days
  ['document', 'review_within', 'P90D', {}, ok('P90D')],
  ['document', 'review_within', 'p6m', {}, ok('P6M')],
  ['document', 'review_within', '90', {}, ok('P90D')],
  ['document', 'review_within', '90 dagar', {}, ok('P90D')],
  ['document', 'review_within', 'snart', {}, no('duration')],
  // dates: ISO, day first where it can only be that, else by --date-format
  ['incident', 'date', '2026-03-05', {}, ok('2026-03-05')],
  ['incident', 'date', '2026-3-5', {}, ok('2026-03-05')],
  ['incident', 'date', '2026-03-05 14:30', {}, ok('2026-03-05')],
  ['incident', 'date', '25/3/2026', {}, ok('2026-03-25')],
  ['incident', 'date', '5/3/2026', {}, no('date.ambiguous')],
  ['incident', 'date', '5/3/2026', { dateOrder: 'dmy' }, ok('2026-03-05')],
  ['incident', 'date', '5/3/2026', { dateOrder: 'mdy' }, ok('2026-05-03')],
  ['incident', 'date', '05.03.2026', { dateOrder: 'dmy' }, ok('2026-03-05')],
  ['incident', 'date', '2026-02-30', {}, no('date')],
  ['incident', 'date', 'igår', {}, no('date')],
  // units: id, short name, exact title (any case); a miss suggests the nearest
  ['incident', 'unit', 'kommunstyrelsen', {}, ok('kommunstyrelsen')],
  ['incident', 'unit', 'BUF', {}, ok('barn-och-utbildning')],
  ['incident', 'unit', 'buf', {}, ok('barn-och-utbildning')],
  ['incident', 'unit', 'Barn- och utbildningsnämnden', {}, ok('barn-och-utbildning')],
  ['incident', 'unit', 'kommunstyrelsn', {}, no('unit', 'kommunstyrelsen')],
  // text is taken as it is
  ['incident', 'title', ' Inbrott: förrådet ', {}, ok(' Inbrott: förrådet ')],
];

describe('one parser per field type (parseFieldValue)', () => {
  it.each(table)('%s.%s %j %j', (kind, name, text, extra, expected) => {
    const result = parseFieldValue(field(kind, name), text, { ...base, ...extra });
    if ('value' in (expected as object)) {
      expect(result).toEqual({ ok: true, value: (expected as { value: unknown }).value });
    } else {
      expect(result.ok).toBe(false);
      // The suggestion as the edge shows it: an enumeration's value with its Swedish label.
      if (!result.ok) expect({ key: result.problem.key, ...(result.problem.suggestion !== undefined && 'suggestion' in (expected as object) ? { suggestion: namedValueText(result.problem.suggestion, 'sv') } : {}) }).toEqual(expected);
    }
  });

  it('takes a new kind\'s fields from its schema: every enum of every kind reads its own Swedish labels', async () => {
    const { KINDS } = await import('../../../src/core/kinds.js');
    const { ENUM_LABELS } = await import('../../../src/i18n/labels.js');
    for (const kind of KINDS) {
      for (const spec of kindFields(schemas, kind)) {
        if (spec.type !== 'enum' || !spec.enumName || spec.open) continue;
        for (const [value, labels] of Object.entries(ENUM_LABELS[spec.enumName] as Record<string, { sv: string; en: string }>)) {
          expect(parseFieldValue(spec, labels.sv, { config: null, names: enumLabels })).toEqual({ ok: true, value });
          expect(parseFieldValue(spec, labels.en.toUpperCase(), { config: null, names: enumLabels })).toEqual({ ok: true, value });
        }
      }
    }
  });
});
