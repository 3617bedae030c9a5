// `sak set --where … [--before DATE] PATH=VALUE...`: one change to every record that matches,
// checked whole before anything is written, in one commit, all or nothing (also on Ctrl-C).
import { EnvironmentError, ProblemsError, UsageError } from '../errors.js';
import { EditError, editYamlText } from '../core/edit/yaml-edit.js';
import { parseFieldValue } from '../core/field-values.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import { KINDS, findKind, yearFieldsList } from '../core/kinds.js';
import type { KindSpec } from '../core/kinds.js';
import { parseAssignment } from '../core/new-record.js';
import type { FieldPath } from '../core/new-record.js';
import type { Problem } from '../core/problem.js';
import { recordChanges } from '../core/record-diff.js';
import type { FieldChange } from '../core/record-diff.js';
import { suggestNearest } from '../core/suggest.js';
import { valuesAt } from '../core/validate/check-file.js';
import { bulkSetMessage } from '../i18n/bulk-set-messages.js';
import { counted } from '../i18n/plural.js';
import { KIND_TEXTS } from '../i18n/kind-texts.js';
import { recordMessage } from '../i18n/record-messages.js';
import { renderProblemsText } from '../render/problems.js';
import { GitError, commitFiles, gitWorkTree } from '../store/git.js';
import type { IndexedRecord } from '../store/record-listing.js';
import { stubRecords } from '../store/record-index.js';
import { replaceRecordFile } from '../store/write-record.js';
import { WriteInterrupted, checkStop } from '../store/write-undo.js';
import { terminalStyles } from '../ui/output.js';
import { readRecordAt, schemaKeyOrder } from './change-record.js';
import type { Context } from './context.js';
import { parsesAsField, valueProblemText, writeValueContext } from './field-input.js';
import { changeLines } from './log.js';
import { parseDateOption } from './option-values.js';
import { allOrNothing, checkCandidate, gitErrorDetail, openForWrite, otherRecords, refuseFutureDates, withRecordLock } from './record-write.js';
import type { WriteOptions, WriteSetup } from './record-write.js';
import { assignmentEdits } from './assignments.js';
import type { Assignment } from './assignments.js';

/** One condition of `--where`: the value at a path equals the given one (or, given empty, the field is missing). */
export interface WhereCondition {
  path: FieldPath;
  /** The value as the record stores it (read by the field's parser), or undefined for "missing". */
  value: unknown;
}

/** What `--where` selects: a kind, and the conditions its records must meet. */
export interface WhereFilter {
  kind: KindSpec;
  conditions: WhereCondition[];
  /** `--where` as given, for messages. */
  text: string;
}

/** Splits `--where` texts into FIELD=VALUE pairs: at commas that start another pair (a comma inside a value stays). */
export function wherePairs(texts: readonly string[], lang: Context['lang']): { path: FieldPath; raw: string; text: string }[] {
  return texts.flatMap((text) =>
    text.split(/,(?=\s*[\p{L}\p{N}_.-]+\s*=)/u).map((part) => {
      const parsed = parseAssignment(part.trim());
      if (!parsed) throw new UsageError(bulkSetMessage(lang, 'where.bad-pair', { value: part.trim() }));
      return { ...parsed, raw: parsed.raw.trim(), text: part.trim() };
    }),
  );
}

/** The filter of `--where` (exit 2 for a missing or second kind, an unknown field or a value that is not one of the field's). */
export function parseWhere(setup: WriteSetup, ctx: Context, texts: readonly string[]): WhereFilter {
  const { lang } = ctx;
  const pairs = wherePairs(texts, lang);
  let kind: KindSpec | undefined;
  for (const pair of pairs.filter((p) => p.path.length === 1 && p.path[0] === 'kind')) {
    const found = findKind(pair.raw.toLowerCase()) ?? KINDS.find((k) => Object.values(KIND_TEXTS[k.name].count).some((forms) => forms.some((f) => f.toLowerCase() === pair.raw.toLowerCase())));
    if (!found) {
      const names = KINDS.map((k) => k.name);
      const suggestion = suggestNearest(pair.raw, names);
      throw new UsageError(recordMessage(lang, suggestion ? 'usage.unknown-kind.suggest' : 'usage.unknown-kind', { kind: pair.raw, suggestion, kinds: names.join(', ') }));
    }
    if (kind && kind !== found) throw new UsageError(bulkSetMessage(lang, 'where.two-kinds', { first: kind.name, second: found.name }));
    kind = found;
  }
  if (!kind) throw new UsageError(bulkSetMessage(lang, 'where.no-kind'));
  const fields = setup.fields(kind.name);
  const values = writeValueContext(setup);
  const conditions = pairs
    .filter((p) => !(p.path.length === 1 && p.path[0] === 'kind'))
    .map(({ path, raw }): WhereCondition => {
      const field = fieldAt(fields, path);
      if (!field) {
        const suggestion = suggestNearest(path.join('.'), fields.map((f) => f.name));
        throw new UsageError(bulkSetMessage(lang, 'where.unknown-field', { kind: kind.name, field: path.join('.'), suggestion }));
      }
      if (raw === '') return { path, value: undefined };
      // A list matches when one of its items is the value.
      const single: FieldSpec = field.type === 'list' && field.item ? field.item : field;
      if (!parsesAsField(single, raw)) return { path, value: raw };
      const parsed = parseFieldValue(single, raw, values);
      if (!parsed.ok) throw new UsageError(bulkSetMessage(lang, 'where.bad-value', { message: valueProblemText(lang, parsed.problem, path.join('.'), raw) }));
      return { path, value: parsed.value };
    });
  return { kind, conditions, text: texts.join(',') };
}

/** A value as --where and --before compare it: a date as YYYY-MM-DD, text without case. */
function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.trim().toLowerCase() : JSON.stringify(value);
}

/** True when a record's data meets every condition. */
export function meetsWhere(data: Record<string, unknown>, conditions: readonly WhereCondition[]): boolean {
  return conditions.every(({ path, value }) => {
    const [found] = valuesAt(data, path.map(String));
    const actual = found?.value;
    if (value === undefined) return actual === undefined || actual === null || actual === '' || (Array.isArray(actual) && actual.length === 0);
    if (actual === undefined || actual === null) return false;
    const wanted = comparable(value);
    return Array.isArray(actual) ? actual.some((item) => comparable(item) === wanted) : comparable(actual) === wanted;
  });
}

/** True when the record's date (the kind's `yearField`) is before the day. A record without one does not match. */
function isBefore(kind: KindSpec, data: Record<string, unknown>, day: string): boolean {
  const [found] = valuesAt(data, (kind.yearField ?? '').split('.'));
  if (found?.value === undefined || found.value === null) return false;
  const date = found.value instanceof Date ? found.value.toISOString().slice(0, 10) : String(found.value);
  return /^\d{4}-\d{2}-\d{2}/.test(date) && date.slice(0, 10) < day;
}

/** One record the change applies to: where it is, what it was and what it becomes. */
interface PlannedChange {
  target: IndexedRecord;
  before: Buffer;
  after: Buffer;
  data: Record<string, unknown>;
  changes: FieldChange[];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Options of `sak set`, as declared in cli/commands/set.ts: the write options and the bulk change's --where, --before and --dry-run. */
export interface SetOptions extends WriteOptions {
  /** `--where kind=K,FIELD=VALUE…`, repeatable. */
  where?: string[];
  before?: string;
  dryRun?: boolean;
}

/**
 * `sak set --where kind=K,FIELD=VALUE… [--before DATE] PATH=VALUE...`: the same change to
 * every record of the kind that matches; each changed record is checked as `sak validate`
 * would, and one that would become invalid refuses the whole change (exit 1, its file and
 * field named). `--dry-run` says per record what would change and writes nothing; otherwise
 * every file is replaced and all go into one commit, all or nothing, even on Ctrl-C.
 */
export async function runSetWhere(assignments: readonly Assignment[], options: SetOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = options.format ?? 'text';
  const dryRun = options.dryRun === true;
  const setup = await openForWrite(ctx, { ...options, dryRun });
  const where = parseWhere(setup, ctx, options.where ?? []);
  const { kind } = where;
  const before = typeof options.before === 'string' ? parseDateOption(options.before, lang) : undefined;
  if (before !== undefined && !kind.yearField) throw new UsageError(bulkSetMessage(lang, 'before.no-date', { kind: kind.name, kinds: yearFieldsList() }));
  const fields = setup.fields(kind.name);
  const edits = assignmentEdits(assignments, fields, writeValueContext(setup), lang);
  const whereText = [where.text, before ? `--before ${before}` : ''].filter(Boolean).join(' ');

  // Every record of the kind is read; one that cannot be read might match, so nothing changes.
  const matched: { target: IndexedRecord; text: string; bytes: Buffer; data: Record<string, unknown> }[] = [];
  for (const target of setup.index.filter((r) => r.kind.name === kind.name).sort((a, b) => a.file.localeCompare(b.file))) {
    const record = await readRecordAt(setup, ctx, target, (file) => bulkSetMessage(lang, 'not-a-record', { file }));
    if (!meetsWhere(record.data, where.conditions)) continue;
    if (before !== undefined && !isBefore(kind, record.data, before)) continue;
    matched.push(record);
  }
  const recordsOf = (count: number) => counted(lang, count, 'record');
  if (matched.length === 0) {
    if (format === 'json') ctx.out.stdout('[]\n');
    ctx.out.stderr(bulkSetMessage(lang, 'none', { kind: kind.name, where: whereText }) + '\n');
    return 0;
  }

  const others = otherRecords(stubRecords(setup.index));
  const planned: PlannedChange[] = [];
  const problems: Problem[] = [];
  const badFiles: string[] = [];
  for (const record of matched) {
    let result;
    try {
      result = editYamlText(record.text, edits, { keyOrder: schemaKeyOrder(fields) });
    } catch (error) {
      if (error instanceof EditError && error.blocking) throw new ProblemsError(recordMessage(lang, 'change.not-container', { file: record.target.file, path: error.blocking.join('.') }));
      if (error instanceof EditError && error.beyond) {
        const list = error.beyond.list.join('.');
        throw new ProblemsError(recordMessage(lang, 'change.beyond-list', { file: record.target.file, list, length: error.beyond.length, next: `${list}.${error.beyond.length}` }));
      }
      throw error;
    }
    if (!result.changed) continue;
    const data = result.data as Record<string, unknown>;
    refuseFutureDates(ctx, kind, record.data, data, options);
    const found = checkCandidate(setup, ctx, record.target.file, kind, result.text, others);
    if (found.some((p) => p.severity === 'error')) {
      problems.push(...found);
      const fieldsNamed = [...new Set(found.filter((p) => p.severity === 'error').map((p) => p.field?.replace(/^\//, '').replaceAll('/', '.') || p.code))];
      badFiles.push(`${record.target.file} (${fieldsNamed.join(', ')})`);
      continue;
    }
    const hadBom = record.bytes.subarray(0, 3).equals(BOM);
    planned.push({ target: record.target, before: record.bytes, after: Buffer.concat([hadBom ? BOM : Buffer.alloc(0), Buffer.from(result.text, 'utf8')]), data, changes: recordChanges(record.data, data) });
  }
  if (badFiles.length > 0) {
    ctx.out.stderr(renderProblemsText({ register: setup.root, records: badFiles.length, files: [...new Set(problems.map((p) => p.file))], problems }, lang, await terminalStyles(ctx.out.color)));
    throw new ProblemsError(bulkSetMessage(lang, 'invalid', { bad: badFiles.length, records: recordsOf(matched.length), files: badFiles.join(', ') }));
  }
  const unchanged = matched.length - planned.length;
  if (planned.length === 0) {
    if (format === 'json') ctx.out.stdout('[]\n');
    ctx.out.stderr(bulkSetMessage(lang, 'unchanged', { records: recordsOf(matched.length), where: whereText }) + '\n');
    return 0;
  }

  const print = (done: 'dry-run' | 'changed', commit?: string) => {
    if (format === 'json') {
      const json = planned.map((p) => ({ id: p.target.id, path: p.target.file, record: p.data, changes: p.changes.map((c) => ({ field: c.path.join('.'), before: c.before ?? null, after: c.after ?? null })) }));
      ctx.out.stdout(JSON.stringify(json, null, 2) + '\n');
    } else if (done === 'dry-run') {
      ctx.out.stdout(planned.map((p) => `${p.target.id} (${p.target.file})\n${changeLines(p.changes, fields, lang, setup.config).map((line) => `  ${line}\n`).join('')}`).join(''));
    } else ctx.out.stdout(planned.map((p) => `${p.target.id}\n`).join(''));
    const note = bulkSetMessage(lang, done, { records: recordsOf(planned.length), kind: kind.name, unchanged: unchanged > 0 ? String(unchanged) : undefined });
    ctx.out.stderr(`${note}${commit ? ` ${bulkSetMessage(lang, 'committed', { commit: commit.slice(0, 7) })}` : ''}\n`);
  };
  if (dryRun) {
    print('dry-run');
    return 0;
  }

  const subject = `sak: set ${planned.length} ${kind.name} records: ${assignments.map((a) => a.text).join(' ')}`.replace(/\s+/g, ' ').slice(0, 200);
  const commitWanted = options.commit !== false && setup.config?.git?.commit !== false;
  // All or nothing, even on Ctrl-C and on a failure: every file goes back as it was, and the commit too.
  return allOrNothing(ctx, ({ stopAt, undo }) =>
    withRecordLock(ctx, setup, async (commitLock) => {
      try {
        for (const [i, change] of planned.entries()) {
          // Every hundred files a Ctrl-C gets its chance to be seen, so that it stops the write at once.
          if (i > 0 && i % 100 === 0) {
            await new Promise((resolve) => setImmediate(resolve));
            checkStop(stopAt, 'written');
          }
          replaceRecordFile(change.target.abs, change.after, change.before, lang);
          undo.replaced(change.target.abs, change.before, change.after);
        }
        checkStop(stopAt, 'written');
        let commit: string | undefined;
        if (commitWanted) {
          try {
            const repository = await gitWorkTree(setup.root, ctx.git);
            if (repository) commit = await commitFiles(repository, setup.root, planned.map((p) => p.target.file), subject, ctx.git, { stopAt, locked: commitLock });
          } catch (error) {
            if (error instanceof WriteInterrupted || stopAt('failed') || !(error instanceof GitError)) throw error;
            throw new EnvironmentError(bulkSetMessage(lang, error.missing ? 'git.missing' : 'git.failed', { detail: gitErrorDetail(lang, error) }));
          }
        }
        print('changed', commit);
        return 0;
      } catch (error) {
        // Ctrl-C is allOrNothing's to take back; any other failure is taken back here.
        if (!(error instanceof WriteInterrupted) && !stopAt('failed')) undo.run();
        throw error;
      }
    }),
  );
}
