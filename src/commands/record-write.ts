import { CancelledError, EnvironmentError, ProblemsError, UsageError } from '../errors.js';
import type { FieldSpec } from '../core/fields.js';
import type { KindName, KindSpec } from '../core/kinds.js';
import { recordPath } from '../core/kinds.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import type { AnyRecord } from '../core/model.js';
import type { Problem } from '../core/problem.js';
import { sortProblems } from '../core/problem.js';
import type { SakConfig } from '../core/record-types.js';
import { suggestNearest } from '../core/suggest.js';
import { baseName, checkFastRecord, eventDates, valuesAt } from '../core/validate/check-file.js';
import type { FileCheckResult } from '../core/validate/check-file.js';
import { newFutureDates } from '../core/validate/future-date.js';
import { checkRecordFile } from '../core/validate/check-file-full.js';
import { checkAcrossRecords } from '../core/validate/check-register.js';
import { locateProblems } from '../core/validate/locate.js';
import type { SchemaValidators } from '../core/validate/schema-check.js';
import type { Lang } from '../i18n/lang.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { recordMessage } from '../i18n/record-messages.js';
import { problemText } from '../core/validate/problem-text.js';
import { MAX_FILE_BYTES } from '../store/read-file.js';
import { countProblems, renderProblemsText } from '../render/problems.js';
import { GitError, commitFile, gitIdentityMissing, gitWorkTree, withSakLock } from '../store/git.js';
import { findIndexed, stubRecords } from '../store/record-index.js';
import { indexRecordFiles } from '../store/record-listing.js';
import type { IndexedRecord } from '../store/record-listing.js';
import { readConfig } from '../store/read-register.js';
import { getValidators } from '../store/validators.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import { terminalStyles } from '../ui/output.js';
import { NO_INTERRUPT } from '../ui/interrupt.js';
import { FileUndo, WriteInterrupted } from '../store/write-undo.js';
import type { StopAt } from '../store/write-undo.js';
import type { Context } from './context.js';
import { WRITE_FORMATS } from './option-choices.js';

/**
 * What a write needs from the register, read cheaply: sak.yaml, the compiled schemas and
 * an index of the record files by name. The register is never parsed whole for a write.
 */
export interface WriteSetup {
  root: string;
  config: SakConfig | null;
  validators: SchemaValidators;
  index: IndexedRecord[];
  /** The fields of a kind, from its schema. */
  fields(kind: KindName): FieldSpec[];
}

/**
 * Reads what a write needs (see WriteSetup). With `commit` options, a write that will be
 * committed is refused before anything is written when Git does not know who the user
 * is (exit 3, with the two commands that fix it).
 */
export async function openForWrite(ctx: Context, commit?: CommitOptions & { dryRun?: boolean }): Promise<WriteSetup> {
  const root = ctx.registerRoot;
  const [{ config, problems }, validators] = await Promise.all([readConfig(root), getValidators()]);
  // A record is checked against sak.yaml (its categories, topics, git settings): with a broken one, nothing is written.
  if (problems.some((p) => p.severity === 'error')) {
    ctx.out.stderr(renderProblemsText({ register: root, records: 0, files: [], problems }, ctx.lang, await terminalStyles(ctx.out.color)));
    throw new ProblemsError(recordMessage(ctx.lang, 'config.invalid'));
  }
  if (commit && !commit.dryRun) await requireGitIdentity(ctx, root, commit.commit !== false && config?.git?.commit !== false, 'no-commit');
  return { root, config, validators, index: indexRecordFiles(root), fields: fieldsOfKind };
}

/**
 * Checks a record's text as `sak validate` would, before it is written: the per-file
 * checks (schema, id, location, classification, pii, consistency, future dates) and the
 * cross-record checks (duplicate ids, references) against stand-ins for the other records
 * (`others`; a caller checking many candidates builds them once).
 */
export function checkCandidate(setup: WriteSetup, ctx: Context, file: string, kind: KindSpec, text: string, others: OtherRecords = otherRecords(stubRecords(setup.index))): Problem[] {
  const context = { validators: setup.validators, today: ctx.today, config: setup.config };
  // A clean record in the fast reader's subset whose id is its file's name (what sak writes)
  // is checked without `yaml`, with the same outcome (check-file-full.ts); the text is parsed
  // with `yaml` only to locate a problem. `sak import` checks every row this way.
  const base = baseName(file);
  const fast = checkFastRecord(file, kind, recordPath(kind, base), text, context);
  let parsed: ReturnType<typeof parseYamlSource> | undefined;
  let result: FileCheckResult;
  if (fast !== undefined && fast.record?.id === base) result = fast;
  else {
    parsed = parseYamlSource(text);
    const data = parsed.data as Record<string, unknown> | undefined;
    const id = typeof data?.id === 'string' ? data.id : base;
    result = checkRecordFile(file, kind, recordPath(kind, id), parsed, context, text);
  }
  const problems = [...result.problems];
  // What sak writes must pass `sak validate`, which refuses a file over 256 KiB.
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_FILE_BYTES) problems.push({ severity: 'error', code: 'file-too-large', file, line: 1, column: 1, message: problemText('file-too-large', { size }) });
  if (result.record) {
    const record = result.record;
    // Only the records this one names, or that share its id, matter; the others are
    // needed only for "did you mean" when a reference is missing.
    const named = new Set([record.id.toLowerCase(), ...kind.refs.flatMap((ref) => valuesAt(record.data, ref.path).map((v) => String(v.value).toLowerCase()))]);
    const notThis = (r: AnyRecord) => r.file !== file;
    let across = checkAcrossRecords([record, ...others.named(named).filter(notThis)]);
    if (across.length > 0) across = checkAcrossRecords([record, ...others.all().filter(notThis)]);
    const mine = across.filter((p) => p.file === file);
    if (mine.length > 0) {
      parsed ??= parseYamlSource(text);
      problems.push(...locateProblems(mine, parsed.doc, parsed.lineCounter));
    }
  }
  return sortProblems(problems);
}

/** The other records of the register as stand-ins (see stubRecords), looked up by lower-case id. */
export interface OtherRecords {
  /** The stand-ins whose lower-case id is in the set. */
  named(ids: ReadonlySet<string>): AnyRecord[];
  /** Every stand-in, for "did you mean". */
  all(): readonly AnyRecord[];
}

/** Stand-ins indexed by lower-case id once, so that checking many candidates (sak import) stays linear. */
export function otherRecords(stubs: readonly AnyRecord[]): OtherRecords {
  let byId: Map<string, AnyRecord[]> | undefined;
  return {
    named(ids) {
      if (!byId) {
        byId = new Map();
        for (const stub of stubs) {
          const key = stub.id.toLowerCase();
          const list = byId.get(key);
          if (list) list.push(stub);
          else byId.set(key, [stub]);
        }
      }
      const index = byId;
      return [...ids].flatMap((id) => index.get(id) ?? []);
    },
    all: () => stubs,
  };
}

/**
 * Refuses (exit 2) a write that records an event (done, closed, reported, a follow-up, an
 * execution, an assessment) after today, unless `--allow-future` was given.
 */
export function refuseFutureDates(ctx: Context, kind: KindSpec, before: Record<string, unknown>, after: Record<string, unknown>, options: { allowFuture?: boolean }): void {
  if (options.allowFuture === true) return;
  const future = newFutureDates(eventDates(kind, before), eventDates(kind, after), ctx.today);
  const first = future[0];
  if (first === undefined) return;
  const field = first.path.join('.');
  throw new UsageError(recordMessage(ctx.lang, 'future.refused', { field, value: String(first.value), today: ctx.today }));
}

/** Prints problems to stderr like `sak validate`; throws ProblemsError (exit 1) when any is an error. */
export async function reportProblems(ctx: Context, file: string, problems: readonly Problem[], what: 'add' | 'change'): Promise<void> {
  if (problems.length === 0) return;
  const styles = await terminalStyles(ctx.out.color);
  const { errors } = countProblems(problems);
  ctx.out.stderr(renderProblemsText({ register: ctx.registerRoot, records: 1, files: [file], problems }, ctx.lang, styles));
  if (errors > 0) throw new ProblemsError(recordMessage(ctx.lang, what === 'add' ? 'invalid.add' : 'invalid.change', { file }));
}

/** The record of an id given as a command's argument; exit 2 with a suggestion when there is none. */
export function resolveRecord(setup: WriteSetup, ctx: Context, id: string): IndexedRecord {
  const found = findIndexed(setup.index, id);
  if (found) return found;
  throw unknownIdError(ctx.lang, id, setup.index.map((r) => r.id));
}

/** Exit 2 for an unknown id given as a command's argument, with "did you mean" (same id in other case, or the nearest). */
export function unknownIdError(lang: Lang, id: string, ids: readonly string[]): UsageError {
  const suggestion = ids.find((other) => other.toLowerCase() === id.toLowerCase()) ?? suggestNearest(id, ids);
  return new UsageError(recordMessage(lang, suggestion ? 'unknown-id.suggest' : 'unknown-id', { id, suggestion }));
}

/** Options every writing command shares. */
export interface CommitOptions {
  /** `--no-commit` sets this to false. */
  commit?: boolean;
}

/** The options every writing command declares (cli/commands/write-options.ts): --no-commit, --allow-future, --format (already checked). */
export interface WriteOptions extends CommitOptions {
  allowFuture?: boolean;
  format?: (typeof WRITE_FORMATS)[number];
}

/**
 * Commits one written file when the register is in a Git work tree, `git.commit` in
 * sak.yaml is not false and `--no-commit` was not given. Returns the commit hash, or
 * undefined when no commit was wanted. A git failure is exit 3 and says that the file
 * was written and only the commit failed.
 */
export async function commitWritten(ctx: Context, setup: WriteSetup, file: string, message: string, options: CommitOptions, stopAt?: StopAt, locked = false): Promise<string | undefined> {
  if (options.commit === false || setup.config?.git?.commit === false) return undefined;
  try {
    const repository = await gitWorkTree(setup.root, ctx.git);
    if (!repository) return undefined;
    return await commitFile(repository, setup.root, file, message, ctx.git, { stopAt, locked });
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const key = error.missing ? 'git.missing' : 'git.failed';
    throw new EnvironmentError(recordMessage(ctx.lang, key, { file, detail: gitErrorDetail(ctx.lang, error) }));
  }
}

/**
 * Refuses (exit 3) a write that is to be committed in a Git work tree when Git has no
 * name or e-mail address for the user: a Swedish (or English) message with the two
 * `git config` commands, before anything is written or staged. `escape` names the
 * option that writes without a commit (`--no-commit`, `--no-git` for init).
 */
export async function requireGitIdentity(ctx: Context, dir: string, wanted: boolean, escape: 'no-commit' | 'no-git'): Promise<void> {
  if (!wanted) return;
  let missing = false;
  try {
    missing = (await gitWorkTree(dir, ctx.git)) !== undefined && (await gitIdentityMissing(dir, ctx.git));
  } catch (error) {
    // git missing or the repository unusable: the commit itself says so, as before.
    if (!(error instanceof GitError)) throw error;
  }
  if (missing) throw new EnvironmentError(cliMessage(ctx.lang, 'git.no-identity', { escape: `--${escape}` }));
}

/** What went wrong in git, for a message: git's own words, or why sak refused to commit. */
export function gitErrorDetail(lang: Lang, error: GitError): string {
  if (error.refusal?.reason === 'in-progress') return recordMessage(lang, 'git.refused.in-progress', { operation: error.refusal.operation });
  if (error.refusal?.reason === 'no-identity') return cliMessage(lang, 'git.no-identity.short');
  if (error.refusal?.reason === 'other-files') return recordMessage(lang, 'git.refused.other-files', { files: error.refusal.files.join(', ') });
  return error.message;
}

/** The commit message of a change (cli.md): `sak: <verb> <kind> <id>: <title>`, on one line. */
export function commitMessage(verb: string, kind: KindName, id: string, title: unknown): string {
  const text = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
  return text ? `sak: ${verb} ${kind} ${id}: ${text}` : `sak: ${verb} ${kind} ${id}`;
}

export { WRITE_FORMATS };

/** Prints the outcome of a write: the id (text) or `{"id","path","record"}` (json) on stdout; a note on stderr. */
export function printWritten(ctx: Context, format: (typeof WRITE_FORMATS)[number], written: { id: string; file: string; record: unknown; commit?: string; note: string }): void {
  if (format === 'json') ctx.out.stdout(JSON.stringify({ id: written.id, path: written.file, record: written.record }, null, 2) + '\n');
  else ctx.out.stdout(`${written.id}\n`);
  ctx.out.stderr(written.note + (written.commit ? ` ${recordMessage(ctx.lang, 'committed', { commit: written.commit.slice(0, 7) })}` : '') + '\n');
}

/** What a write that is all or nothing gets: whether to stop at a stage, and the record of what to take back. */
export interface AllOrNothing {
  stopAt: StopAt;
  undo: FileUndo;
}

/**
 * Runs a write all or nothing, even on Ctrl-C: the signal is held back while `work` writes
 * and commits; if one came (asked at each stage, and when something failed), git is put
 * back as it was (store/git.ts), every file written is taken back (`undo`), and the
 * command ends with exit 130. A failure without Ctrl-C is the command's as before.
 */
export async function allOrNothing<T>(ctx: Context, work: (write: AllOrNothing) => Promise<T>): Promise<T> {
  const interrupt = ctx.interrupt ?? NO_INTERRUPT;
  return interrupt.hold(async (stopAt) => {
    const undo = new FileUndo();
    try {
      return await work({ stopAt, undo });
    } catch (error) {
      if (!(error instanceof WriteInterrupted) && !stopAt('failed')) throw error;
      undo.run();
      throw new CancelledError(recordMessage(ctx.lang, 'interrupted'));
    }
  });
}

/**
 * Runs a change of a record holding sak's lock (store/git.ts, withSakLock), so that among
 * concurrent sak processes the check that the file is as it was read, its replacement and
 * its commit are one step: a second change of the same record sees the first and is
 * refused, and no commit ever holds another process's change. `work` is told whether the
 * lock is held, the one commits take (then commitWritten is to be called with `locked`).
 */
export async function withRecordLock<T>(ctx: Context, setup: WriteSetup, work: (commitLock: boolean) => Promise<T>): Promise<T> {
  let repository: Awaited<ReturnType<typeof gitWorkTree>>;
  try {
    repository = await gitWorkTree(setup.root, ctx.git);
  } catch (error) {
    // Git cannot be used: the commit will say so, after the write, as before.
    if (!(error instanceof GitError)) throw error;
    repository = undefined;
  }
  // Outside Git there are no commits to mix up, and nothing is left in the register for a lock.
  if (!repository) return work(false);
  let held = false;
  try {
    return await withSakLock(repository.gitDir, () => {
      held = true;
      return work(true);
    });
  } catch (error) {
    // The lock could not be taken (a full disk): the write goes on and the commit, which takes the lock itself, says what fails.
    if (held || !(error instanceof GitError)) throw error;
    return work(false);
  }
}
