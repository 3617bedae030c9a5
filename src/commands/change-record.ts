import { EnvironmentError, ProblemsError } from '../errors.js';
import { EditError, editYamlText } from '../core/edit/yaml-edit.js';
import type { RecordEdit } from '../core/edit/yaml-edit.js';
import { fieldAt } from '../core/fields.js';
import type { FieldSpec } from '../core/fields.js';
import type { KindSpec } from '../core/kinds.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import { yamlProblems } from '../core/validate/check-file.js';
import { recordMessage } from '../i18n/record-messages.js';
import { readRecordFile } from '../store/read-file.js';
import { fileReadProblem } from '../store/read-register.js';
import { renderProblemsText } from '../render/problems.js';
import { terminalStyles } from '../ui/output.js';
import type { IndexedRecord } from '../store/record-listing.js';
import { replaceRecordFile } from '../store/write-record.js';
import type { Context } from './context.js';
import { allOrNothing, checkCandidate, commitMessage, commitWritten, openForWrite, printWritten, refuseFutureDates, reportProblems, resolveRecord, withRecordLock } from './record-write.js';
import { WriteInterrupted, checkStop } from '../store/write-undo.js';
import type { WRITE_FORMATS, WriteOptions, WriteSetup } from './record-write.js';

/** A record as read for a change: its file, text, bytes and data. */
export interface RecordForChange {
  target: IndexedRecord;
  text: string;
  bytes: Buffer;
  data: Record<string, unknown>;
  fields: FieldSpec[];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Reads the record of an id for a change; exit 2 for an unknown id, exit 1 when the file is not a readable record. */
export async function readForChange(setup: WriteSetup, ctx: Context, id: string): Promise<RecordForChange> {
  return readRecordAt(setup, ctx, resolveRecord(setup, ctx, id));
}

/** Reads an indexed record for a change (see readForChange); `notARecord` words the refusal of a broken file. */
export async function readRecordAt(setup: WriteSetup, ctx: Context, target: IndexedRecord, notARecord = (file: string) => recordMessage(ctx.lang, 'not-a-record', { file })): Promise<RecordForChange> {
  const read = readRecordFile(target.abs);
  if (!read.ok && read.reason === 'io') throw new EnvironmentError(recordMessage(ctx.lang, 'read.failed', { file: target.file, reason: read.message }));
  const parsed = read.ok ? parseYamlSource(read.text) : undefined;
  if (!read.ok || !parsed || parsed.issues.length > 0 || parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    // The file is already broken (encoding, size, YAML, conflict markers): say where, as sak validate does.
    const problems = !read.ok ? [fileReadProblem(target.file, read)] : yamlProblems(target.file, parsed?.issues ?? []);
    if (problems.length > 0) ctx.out.stderr(renderProblemsText({ register: setup.root, records: 1, files: [target.file], problems }, ctx.lang, await terminalStyles(ctx.out.color)));
    throw new ProblemsError(notARecord(target.file));
  }
  return { target, text: read.text, bytes: read.bytes, data: parsed.data as Record<string, unknown>, fields: setup.fields(target.kind.name) };
}

/** The schema order of the keys of the mapping at a path (`[]` for the record itself). */
export function schemaKeyOrder(fields: readonly FieldSpec[]): (path: readonly string[]) => readonly string[] | undefined {
  return (path) => {
    if (path.length === 0) return fields.map((f) => f.name);
    const field = fieldAt(fields, path);
    const object = field?.type === 'list' ? field.item : field;
    return object?.properties?.map((p) => p.name);
  };
}

/** What a command does to a record: the word of its commit message and of its note (`changed.set` …). */
export type ChangeVerb = 'set' | 'close' | 'review' | 'edit';

/** What a changing command computes from the record: its edits, or a reason to change nothing. */
export type ChangePlan = { edits: RecordEdit[] } | { nothing: string };

/**
 * The shared path of set, close and review: read the record, compute the edits, apply
 * them to the parsed document keeping every untouched line, validate the result as
 * `sak validate` would (invalid → exit 1, file unchanged), replace the file atomically,
 * and commit it (`sak: <verb> <kind> <id>: <title>`).
 */
export async function changeRecord(
  ctx: Context,
  id: string,
  verb: ChangeVerb,
  options: WriteOptions,
  plan: (record: RecordForChange, setup: WriteSetup) => Promise<ChangePlan> | ChangePlan,
): Promise<number> {
  const format = options.format ?? 'text';
  const setup = await openForWrite(ctx, options);
  const record = await readForChange(setup, ctx, id);
  const planned = await plan(record, setup);
  const { target } = record;
  if ('nothing' in planned) {
    ctx.out.stderr(planned.nothing + '\n');
    return 0;
  }
  let result;
  try {
    result = editYamlText(record.text, planned.edits, { keyOrder: schemaKeyOrder(record.fields) });
  } catch (error) {
    // `title.x=…` where title is text: the value cannot go there, as an invalid value cannot (exit 1).
    if (error instanceof EditError && error.blocking) throw new ProblemsError(recordMessage(ctx.lang, 'change.not-container', { file: target.file, path: error.blocking.join('.') }));
    if (error instanceof EditError && error.beyond) {
      const list = error.beyond.list.join('.');
      throw new ProblemsError(recordMessage(ctx.lang, 'change.beyond-list', { file: target.file, list, length: error.beyond.length, next: `${list}.${error.beyond.length}` }));
    }
    throw error;
  }
  if (!result.changed) {
    ctx.out.stderr(recordMessage(ctx.lang, 'unchanged', { id: target.id }) + '\n');
    return 0;
  }
  refuseFutureDates(ctx, target.kind, record.data, result.data as Record<string, unknown>, options);
  await reportProblems(ctx, target.file, checkCandidate(setup, ctx, target.file, target.kind, result.text), 'change');
  if (!result.minimal) ctx.out.stderr(recordMessage(ctx.lang, 'reformatted', { file: target.file }) + '\n');
  const hadBom = record.bytes.subarray(0, 3).equals(BOM);
  const bytes = Buffer.concat([hadBom ? BOM : Buffer.alloc(0), Buffer.from(result.text, 'utf8')]);
  return saveChange(ctx, setup, target, { before: record.bytes, after: bytes }, verb, result.data as Record<string, unknown>, format, options);
}

/**
 * Replaces a record with its changed version (refused when the file changed on disk since
 * it was read), commits it and prints the outcome; all or nothing, even on Ctrl-C.
 */
export async function saveChange(
  ctx: Context,
  setup: WriteSetup,
  target: { id: string; file: string; abs: string; kind: KindSpec },
  content: { before: Uint8Array; after: Uint8Array },
  verb: ChangeVerb,
  data: Record<string, unknown>,
  format: (typeof WRITE_FORMATS)[number],
  options: WriteOptions,
): Promise<number> {
  return allOrNothing(ctx, ({ stopAt, undo }) =>
    withRecordLock(ctx, setup, async (commitLock) => {
      replaceRecordFile(target.abs, content.after, content.before, ctx.lang);
      undo.replaced(target.abs, content.before, content.after);
      checkStop(stopAt, 'written');
      const written = { id: target.id, file: target.file, record: data, note: recordMessage(ctx.lang, `changed.${verb}`, { id: target.id, file: target.file }) };
      let commit: string | undefined;
      try {
        commit = await commitWritten(ctx, setup, target.file, commitMessage(verb, target.kind.name, target.id, data.title), options, stopAt, commitLock);
      } catch (error) {
        if (!(error instanceof WriteInterrupted) && !stopAt('failed')) printWritten(ctx, format, written);
        throw error;
      }
      printWritten(ctx, format, { ...written, ...(commit ? { commit } : {}) });
      return 0;
    }),
  );
}
