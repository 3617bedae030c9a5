import { UsageError } from '../errors.js';
import { compareDates, isPartialDate, partialDateEnd } from '../core/calendar/date.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import type { SakConfig } from '../core/record-types.js';
import { reviewEdits, reviewEntryFields } from '../core/record-changes.js';
import { kindLabel } from '../i18n/kind-texts.js';
import { recordMessage } from '../i18n/record-messages.js';
import type { Prompter } from '../ui/prompts.js';
import { changeRecord } from './change-record.js';
import type { Context } from './context.js';
import { FieldValueReader, configValueContext, readFieldValue, writeValueContext } from './field-input.js';
import { askValue } from './record-prompts.js';
import type { WriteOptions } from './record-write.js';

/** Every follow-up option of `sak review`, over all kinds (the kinds table says which kind takes which). */
export const REVIEW_OPTIONS = ['outcome', 'by', 'body', 'paragraph', 'dnr', 'note', 'next', 'likelihood', 'consequence', 'result', 'finding', 'percent', 'fire', 'intrusion', 'reportedTo', 'stage'] as const;

/** The follow-up options (text as typed; `finding` repeatable), with the date and --no-input: the options of `sak review` as declared in cli/commands/review.ts. */
export type ReviewOptions = WriteOptions & { [K in Exclude<(typeof REVIEW_OPTIONS)[number], 'finding'>]?: string } & { finding?: string[]; date?: string; prompts?: boolean };

/** An option's flag as typed: `reportedTo` → `--reported-to`. */
function flag(option: string): string {
  return `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** What `sak review` can be given besides options (tests pass a fake prompter). */
export interface ReviewDeps {
  prompter?: Prompter;
}

/** The value of a follow-up option by the name the kinds table gives it. */
function optionValue(options: ReviewOptions, name: string): unknown {
  return (options as Readonly<Record<string, unknown>>)[name];
}

function given(options: ReviewOptions, name: string): boolean {
  const value = optionValue(options, name);
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

/**
 * `sak review <id>`: records a follow-up as the kinds table says — a review of a
 * document, an assessment of a risk, a performed control with its findings, progress of
 * an action, or the assessed protection of a site. Required values that are missing are
 * asked for on a terminal, else named (exit 2).
 */
export async function runReview(id: string, options: ReviewOptions, ctx: Context, deps: ReviewDeps = {}): Promise<number> {
  const { lang } = ctx;
  return changeRecord(ctx, id, 'review', options, async (record, setup) => {
    const { target, fields } = record;
    const kind = target.kind;
    const review = kind.review;
    const label = kindLabel(kind.name, lang);
    if (!review) throw new UsageError(recordMessage(lang, 'review.unsupported', { kind: label }));
    const allowed = Object.keys(review.options);
    const wrong = REVIEW_OPTIONS.filter((name) => given(options, name) && !allowed.includes(name));
    if (wrong.length > 0) {
      throw new UsageError(recordMessage(lang, 'review.wrong-options', { kind: label, options: wrong.map(flag).join(', '), allowed: allowed.map(flag).join(', ') }));
    }
    const interactive = options.prompts !== false && ctx.out.interactive;
    const prompter = async () => deps.prompter ?? (await import('../ui/prompts.js')).createPrompter({ lang });
    const values: Record<string, unknown> = {};
    const reader = new FieldValueReader(writeValueContext(setup), lang);
    const read = (field: FieldSpec, option: string, raw: string) => reader.read(field, raw, flag(option));
    let dateField: FieldSpec | undefined;
    let missing: { option: string; field: FieldSpec }[] = [];

    if (review.type === 'entry') {
      const entryFields = reviewEntryFields(kind, fields);
      const entryField = (name: string) => entryFields.find((f) => f.name === name) as FieldSpec;
      dateField = entryField('date');
      for (const [option, name] of Object.entries(review.options)) {
        if (!given(options, option)) continue;
        if (name === 'findings') values.findings = (optionValue(options, option) as string[]).map((text) => parseFinding(text, entryField('findings'), setup.config, ctx));
        else values[name] = read(entryField(name), option, String(optionValue(options, option)));
      }
      const optionOf = (name: string) => Object.entries(review.options).find(([, field]) => field === name)?.[0] ?? name;
      missing = entryFields.filter((f) => f.required && f.name !== 'date' && values[f.name] === undefined).map((field) => ({ option: optionOf(field.name), field }));
    } else {
      for (const [option, object] of Object.entries(review.options)) {
        const status = fieldAt(fields, [object, 'status']) as FieldSpec;
        if (given(options, option)) values[object] = read(status, option, String(optionValue(options, option)));
      }
      dateField = fieldAt(fields, [Object.values(review.options)[0] as string, 'assessed']);
      if (Object.keys(values).length === 0) {
        if (!interactive) throw new UsageError(recordMessage(lang, 'review.one-of', { options: allowed.map(flag).join(recordMessage(lang, 'or')) }));
        const ask = await prompter();
        for (const [, object] of Object.entries(review.options)) {
          const answer = await askValue(ask, fieldAt(fields, [object, 'status']) as FieldSpec, ctx, setup.config, { optional: true, label: [object] });
          if (answer !== undefined) values[object] = answer;
        }
        if (Object.keys(values).length === 0) throw new UsageError(recordMessage(lang, 'review.one-of', { options: allowed.map(flag).join(recordMessage(lang, 'or')) }));
      }
    }

    reader.check();
    if (missing.length > 0) {
      if (!interactive) throw new UsageError(recordMessage(lang, 'missing.flags', { flags: missing.map((m) => flag(m.option)).join(', ') }));
      const ask = await prompter();
      for (const { field } of missing) values[field.name] = await askValue(ask, field, ctx, setup.config, {});
    }
    const date = dateField ? readFieldValue(dateField, String(options.date ?? ctx.today), configValueContext(setup.config), lang, '--date') : (options.date ?? ctx.today);
    const edits = reviewEdits(kind, fields, date as string | number, values);
    // A document's one-off next_review is discharged by this follow-up (rules.md, amended): it
    // goes, unless --next sets the one decided now (in the new entry).
    if (kind.name === 'document' && !given(options, 'next') && dischargesNextReview(record.data, date as string | number)) edits.push({ op: 'delete', path: ['next_review'] });
    return { edits };
  });
}

/** `--finding SEVERITY:TEXT` as a finding `{severity, description}` (severity by value or label). */
export function parseFinding(text: string, findings: FieldSpec, config: SakConfig | null, ctx: Context): Record<string, unknown> {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new UsageError(recordMessage(ctx.lang, 'review.bad-finding', { value: text }));
  const severity = findings.item?.properties?.find((p) => p.name === 'severity');
  const raw = text.slice(0, colon).trim();
  return { severity: severity ? readFieldValue(severity, raw, configValueContext(config), ctx.lang, '--finding') : raw, description: text.slice(colon + 1).trim() };
}

/** True when a follow-up dated so discharges the document's own `next_review`: it has one, and the follow-up is not before the adoption it was decided with. */
export function dischargesNextReview(data: Record<string, unknown>, date: string | number): boolean {
  if (data.next_review === undefined) return false;
  const adopted = (data.adopted as { date?: unknown } | undefined)?.date;
  return !isPartialDate(adopted) || !isPartialDate(date) || compareDates(partialDateEnd(date), partialDateEnd(adopted)) >= 0;
}
