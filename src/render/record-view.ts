// `sak show` as text: a record view (src/core/record-view.ts) in words of the language.
import { DEADLINE_STATUS_LABELS } from '../i18n/check-messages.js';
import { fieldLabel } from '../i18n/field-labels.js';
import { kindLabel } from '../i18n/kind-texts.js';
import { enumLabel } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { fieldAt, type FieldSpec } from '../core/fields.js';
import { displayValue } from './list-table.js';
import type { SakConfig } from '../core/record-types.js';
import type { RecordLink, RecordView } from '../core/record-view.js';

/** What rendering a view needs. */
export interface ViewContext {
  lang: Lang;
  config: SakConfig;
  fields: readonly FieldSpec[];
  /** Titles of referenced records, to show beside their ids. */
  titleOf: (id: string) => string | null;
  bold: (text: string) => string;
}

function renderValue(value: unknown, path: (string | number)[], ctx: ViewContext, indent: string, lines: string[]): void {
  const field = fieldAt(ctx.fields, path);
  const label = fieldLabel(path, ctx.lang);
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    lines.push(`${indent}${label}:`);
    value.forEach((item, i) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const entries = Object.entries(item as Record<string, unknown>);
        entries.forEach(([key, child], j) => {
          const sub: string[] = [];
          renderValue(child, [...path, i, key], ctx, `${indent}    `, sub);
          const first = sub[0] ?? '';
          if (j === 0) sub[0] = `${indent}  - ${first.slice(indent.length + 4)}`;
          lines.push(...sub);
        });
      } else {
        lines.push(`${indent}  - ${displayValue(item, field?.item, ctx)}`);
      }
    });
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    lines.push(`${indent}${label}:`);
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) renderValue(child, [...path, key], ctx, `${indent}  `, lines);
    return;
  }
  const isRef = field?.type === 'ref' || (field?.type === 'list' && field.item?.type === 'ref');
  let text = displayValue(value, field, ctx);
  if (isRef) {
    const ids = Array.isArray(value) ? value : [value];
    text = ids.map((id) => {
      const title = typeof id === 'string' ? ctx.titleOf(id) : null;
      return title ? `${String(id)} (${title})` : String(id);
    }).join(', ');
  }
  if (field?.type === 'enum' && typeof value === 'string' && text !== value) text = `${text} (${value})`;
  if (text.includes('\n')) {
    lines.push(`${indent}${label}:`);
    for (const line of text.replace(/\n+$/, '').split('\n')) lines.push(`${indent}  ${line}`);
    return;
  }
  lines.push(`${indent}${label}: ${text}`);
}

/** `sak show` as text: the record's fields with labels, its computed status, what it references and what references it. */
export function renderRecordView(view: RecordView, ctx: ViewContext): string {
  const { lang } = ctx;
  const lines: string[] = [];
  lines.push(ctx.bold(`${view.id}  ${String(view.record.title ?? '')}`));
  lines.push(`${kindLabel(view.kind, lang)} · ${view.path}`);
  lines.push('');
  for (const [key, value] of Object.entries(view.record)) {
    if (key === 'id' || key === 'title') continue;
    renderValue(value, [key], ctx, '', lines);
  }
  lines.push('');
  lines.push(ctx.bold(recordMessage(lang, 'show.status')));
  if (view.status.risk !== undefined) {
    const risk = view.status.risk;
    lines.push(
      risk
        ? `  ${recordMessage(lang, 'show.risk', { score: risk.score, level: enumLabel('risk_level', risk.level, lang), date: risk.date, likelihood: risk.likelihood, consequence: risk.consequence })}`
        : `  ${recordMessage(lang, 'show.risk-none')}`,
    );
  }
  if (view.status.deadlines.length === 0) lines.push(`  ${recordMessage(lang, 'show.no-deadlines')}`);
  for (const item of view.status.deadlines) {
    lines.push(`  ${DEADLINE_STATUS_LABELS[item.status][lang]}${item.due ? ` ${item.due}` : ''}: ${item.message}`);
  }
  lines.push('');
  lines.push(ctx.bold(recordMessage(lang, 'show.references')));
  if (view.references.length === 0) lines.push(`  ${recordMessage(lang, 'show.none')}`);
  for (const link of view.references) lines.push(`  ${linkLine(link, lang)}`);
  lines.push('');
  lines.push(ctx.bold(recordMessage(lang, 'show.referenced-by')));
  if (view.referencedBy.length === 0) lines.push(`  ${recordMessage(lang, 'show.none')}`);
  for (const link of view.referencedBy) lines.push(`  ${linkLine(link, lang)}`);
  return lines.join('\n') + '\n';
}

function linkLine(link: RecordLink, lang: Lang): string {
  const kind = link.kind ? kindLabel(link.kind, lang) : recordMessage(lang, 'show.missing');
  const field = fieldLabel(link.field.split('/').filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), lang);
  return `${link.id}${link.title ? ` – ${link.title}` : ''} (${kind}; ${field})`;
}
