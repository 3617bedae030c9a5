// The table of `sak list` (and the site's lists): values in words of the language, headed by labels.
import { fieldLabel } from '../i18n/field-labels.js';
import { enumLabel, valueLabel } from '../i18n/labels.js';
import { kindLabel } from '../i18n/kind-texts.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import { getKind } from '../core/kinds.js';
import type { KindName } from '../core/kinds.js';
import { effectiveStatus } from '../core/listing.js';
import type { AnyRecord } from '../core/model.js';
import type { RiskRecord, SakConfig } from '../core/record-types.js';
import { currentRisk } from '../core/risk.js';
import { valueAtPath } from '../core/unit-scope.js';

/** What listing needs besides the records. */
export interface ListContext {
  fieldsOf: (kind: KindName) => readonly FieldSpec[];
  config: SakConfig;
  lang: Lang;
  /** The date the computed values (risk level) are evaluated at. */
  at: string;
}

/** A value as text for people: enum labels, lists joined with ", ", yes/no. */
export function displayValue(value: unknown, field: FieldSpec | undefined, ctx: Pick<ListContext, 'lang' | 'config'>): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((item) => displayValue(item, field?.type === 'list' ? field.item : undefined, ctx)).join(', ');
  if (typeof value === 'boolean') return recordMessage(ctx.lang, value ? 'yes' : 'no');
  if (typeof value === 'object') return JSON.stringify(value);
  if (field?.type === 'enum' && typeof value === 'string') return valueLabel(field, value, ctx.lang, ctx.config);
  return String(value);
}

function riskCell(record: AnyRecord, ctx: ListContext): string {
  const risk = currentRisk(record.data as RiskRecord, ctx.config, ctx.at);
  return risk ? `${risk.score} ${enumLabel('risk_level', risk.level, ctx.lang)}` : '';
}

/** The rows of the `sak list` table: id, title and the kind's key fields (one kind), or kind and status (all kinds). */
export function listTable(records: readonly AnyRecord[], kindName: KindName | undefined, ctx: ListContext): { header: string[]; rows: string[][] } {
  const { lang } = ctx;
  if (!kindName) {
    const header = [fieldLabel(['id'], lang), recordMessage(lang, 'column.kind'), fieldLabel(['title'], lang), fieldLabel(['status'], lang)];
    const rows = records.map((record) => {
      const fields = ctx.fieldsOf(record.kind);
      const status = effectiveStatus(record, fields);
      return [record.id, kindLabel(record.kind, lang), String((record.data as { title?: unknown }).title ?? ''), displayValue(status, fieldAt(fields, ['status']), ctx)];
    });
    return { header, rows };
  }
  const kind = getKind(kindName);
  const fields = ctx.fieldsOf(kindName);
  const header = [fieldLabel(['id'], lang), fieldLabel(['title'], lang), ...kind.columns.map((c) => (c === '@risk' ? recordMessage(lang, 'column.risk') : fieldLabel(c.split('.'), lang)))];
  const rows = records.map((record) => [
    record.id,
    String((record.data as { title?: unknown }).title ?? ''),
    ...kind.columns.map((column) => {
      if (column === '@risk') return riskCell(record, ctx);
      const value = column === 'status' ? effectiveStatus(record, fields) : valueAtPath(record.data, column);
      return displayValue(value, fieldAt(fields, column.split('.')), ctx);
    }),
  ]);
  return { header, rows };
}
