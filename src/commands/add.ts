import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { EnvironmentError, ProblemsError, UsageError } from '../errors.js';
import { isValidDate } from '../core/calendar/date.js';
import { fieldAt, fieldFlags } from '../core/fields.js';
import type { FieldFlag, FieldSpec } from '../core/fields.js';
import { datedId, slugIdFromTitle } from '../core/ids.js';
import { getKind, kindOfId, recordPath } from '../core/kinds.js';
import type { KindName, KindSpec } from '../core/kinds.js';
import { applyDefaults, deletePath, missingRequired, parseAssignment, parseYamlValue, renderNewRecord, setPath } from '../core/new-record.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import { exampleFileName } from '../core/validate/check-file.js';
import { recordMessage } from '../i18n/record-messages.js';
import { createRecordFile } from '../store/write-record.js';
import { absolutePath, readTitles, takenIds } from '../store/record-index.js';
import type { ControlDemand } from '../core/check/control-demand.js';
import { fillFromDemand } from '../core/demand-record.js';
import { suggestNearest } from '../core/suggest.js';
import { MAX_FILE_BYTES, firstInvalidUtf8 } from '../store/read-file.js';
import { IDLE_SECONDS, InputLimitError, readUserFile } from '../store/user-input.js';
import type { Prompter } from '../ui/prompts.js';
import type { Context } from './context.js';
import { FieldValueReader, parsesAsField, writeValueContext } from './field-input.js';
import { askForFields } from './record-prompts.js';
import { allOrNothing, checkCandidate, commitMessage, commitWritten, openForWrite, printWritten, refuseFutureDates, reportProblems } from './record-write.js';
import { WriteInterrupted, checkStop, missingFolder } from '../store/write-undo.js';
import type { WriteOptions, WriteSetup } from './record-write.js';

/**
 * Options of `sak add <kind>` as declared in cli/commands/add-kinds.ts: the write options,
 * --set, --input, --no-input and --dry-run, and a flag for every field of the kind's schema
 * (by its attribute name; their values are read against the schema, so they stay unknown here).
 */
export type AddOptions = WriteOptions & { set?: string[]; input?: string; prompts?: boolean; dryRun?: boolean } & Readonly<Record<string, unknown>>;

/** What `sak add` can be given besides options: a prompter and a random source (tests pass fakes). */
export interface AddDeps {
  prompter?: Prompter;
  random?: (size: number) => Uint8Array;
  /** Reads `--input -`; the process's stdin by default. */
  readStdin?: () => string;
}

/** The commander attribute of a field flag (`cost-sek` → `costSek`). */
export function flagAttribute(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The flag that gives a field, for messages (`--kia-type`), or `--set path=…` when there is none. */
export function flagOf(flags: readonly FieldFlag[], field: FieldSpec): string {
  const flag = flags.find((f) => f.field.path.join('.') === field.path.join('.'));
  return flag ? `--${flag.flag}` : `--set ${field.path.join('.')}=…`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes of `--input FILE|-`: at most what a record may hold, so that `--input /dev/zero` ends (a pipe such as <(…) is fine). */
function readInputBytes(ctx: Context, source: string): Buffer {
  let bytes: Buffer | undefined;
  try {
    bytes = source === '-' ? ctx.readStdin(MAX_FILE_BYTES) : readUserFile(path.resolve(ctx.cwd, source), MAX_FILE_BYTES);
  } catch (error) {
    if (error instanceof InputLimitError && error.reason === 'idle') throw new EnvironmentError(recordMessage(ctx.lang, 'input.idle', { path: source, seconds: error.detail.seconds ?? IDLE_SECONDS }));
    if (error instanceof InputLimitError && error.reason === 'not-regular') throw new EnvironmentError(recordMessage(ctx.lang, 'input.not-regular', { path: source }));
    if (!(error instanceof InputLimitError)) throw new EnvironmentError(recordMessage(ctx.lang, 'input.unreadable', { path: source, reason: (error as Error).message }));
  }
  if (bytes === undefined || bytes.length > MAX_FILE_BYTES) throw new ProblemsError(recordMessage(ctx.lang, 'input.too-large', { path: source }));
  return bytes;
}

/** UTF-8 only, never a guess: "Skadegörelse" in Latin-1 would otherwise be written as "Skadeg\uFFFDrelse". */
function decodeInput(ctx: Context, source: string, bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new ProblemsError(recordMessage(ctx.lang, 'input.encoding', { path: source, line: at.line, column: at.column }));
  }
}

/** Reads `--input FILE|-` as a YAML mapping (exit 1 when it is not one, exit 3 when it cannot be read). */
function readInput(ctx: Context, source: string, deps: AddDeps): Record<string, unknown> {
  const text = source === '-' && deps.readStdin ? deps.readStdin() : decodeInput(ctx, source, readInputBytes(ctx, source));
  const parsed = parseYamlSource(text.replace(/^\uFEFF/, ''));
  const data = parsed.data;
  if (parsed.issues.length > 0 || data === null || typeof data !== 'object' || Array.isArray(data)) {
    const issue = parsed.issues[0];
    throw new ProblemsError(recordMessage(ctx.lang, 'input.not-mapping', { path: source, detail: issue ? `${issue.line}:${issue.column} ${issue.detail}` : '' }));
  }
  return { ...(data as Record<string, unknown>) };
}

/** Collects the record's fields from --input, the field flags and --set, in that order of precedence (later wins). */
function collectFields(ctx: Context, setup: WriteSetup, fields: readonly FieldSpec[], flags: readonly FieldFlag[], options: AddOptions, deps: AddDeps): Record<string, unknown> {
  const data = typeof options.input === 'string' ? readInput(ctx, options.input, deps) : {};
  const values = new FieldValueReader(writeValueContext(setup), ctx.lang);
  for (const flag of flags) {
    const raw = options[flagAttribute(flag.flag)] as unknown;
    if (raw === undefined) continue;
    const field = flag.repeat ? (flag.field.item as FieldSpec) : flag.field;
    const read = (value: unknown) => (typeof value === 'string' ? values.read(field, value, `--${flag.flag}`) : value);
    setPath(data, flag.field.path, flag.repeat ? (raw as unknown[]).map(read) : read(raw));
  }
  for (const assignment of options.set ?? []) {
    const parsed = parseAssignment(assignment);
    if (!parsed) throw new UsageError(recordMessage(ctx.lang, 'usage.bad-assignment', { value: assignment, option: '--set' }));
    if (parsed.raw === '') {
      deletePath(data, parsed.path);
      continue;
    }
    const field = fieldAt(fields, parsed.path);
    setPath(data, parsed.path, parsesAsField(field, parsed.raw) ? values.read(field, parsed.raw, parsed.path.join('.')) : parseYamlValue(parsed.raw));
  }
  values.check();
  return data;
}

/** The demand of sak.yaml that `--demand` names, or undefined when none is given; an unknown one is a usage error. */
function demandOf(ctx: Context, setup: WriteSetup, id: unknown): ControlDemand | undefined {
  if (typeof id !== 'string') return undefined;
  const demands = setup.config?.control_demands ?? [];
  const demand = demands.find((d) => d.id === id);
  if (demand) return demand;
  const suggestion = suggestNearest(id, demands.map((d) => d.id));
  throw new UsageError(recordMessage(ctx.lang, suggestion ? 'unknown-demand.suggest' : 'unknown-demand', { demand: id, suggestion, demands: demands.map((d) => d.id).join(', ') }));
}

/** A new id for the record: a slug of the title, or the date and random characters (also used by `sak import`). */
export function newId(kind: KindSpec, data: Record<string, unknown>, taken: Set<string>, random: (size: number) => Uint8Array, today: string): string {
  if (kind.idForm === 'dated') {
    const date = typeof data.date === 'string' && isValidDate(data.date) ? data.date : today;
    return datedId(kind.prefix as string, date, random(5));
  }
  return slugIdFromTitle(kind, String(data.title ?? ''), (id) => taken.has(id));
}

/**
 * `sak add <kind>`: collects the fields (--input, flags, --set, prompts on a terminal),
 * fills in defaults, makes the id, validates against the register without parsing it
 * whole, writes the file exclusively and atomically, and commits it.
 */
export async function runAdd(kindName: KindName, options: AddOptions, ctx: Context, deps: AddDeps = {}): Promise<number> {
  const format = options.format ?? 'text';
  const kind = getKind(kindName);
  const setup = await openForWrite(ctx, options);
  const fields = setup.fields(kindName);
  const flags = fieldFlags(kind, fields);
  let data = collectFields(ctx, setup, fields, flags, options, deps);
  const demand = kindName === 'control' ? demandOf(ctx, setup, data.demand) : undefined;
  if (demand) data = fillFromDemand(data, demand, typeof data.unit === 'string' ? readTitles(setup.index, 'unit').find((u) => u.id === data.unit)?.title : undefined);

  const interactive = options.prompts !== false && ctx.out.interactive && options.input !== '-';
  if (interactive) {
    const prompter = deps.prompter ?? (await import('../ui/prompts.js')).createPrompter({ lang: ctx.lang });
    await askForFields({ prompter, kind, fields, data, setup, ctx });
  }
  const startGiven = data.start !== undefined;
  data = applyDefaults(kind, data, ctx.today);
  // A control answering a demand takes its first date from the demand (first_due), not from `start`.
  if (demand && !startGiven) delete data.start;
  const missing = missingRequired(fields, data);
  if (missing.length > 0) {
    throw new UsageError(recordMessage(ctx.lang, interactive ? 'missing.fields' : 'missing.flags', { flags: missing.map((f) => flagOf(flags, f)).join(', ') }));
  }

  refuseFutureDates(ctx, kind, {}, data, options);

  const random = deps.random ?? ((size: number) => randomBytes(size));
  const taken = takenIds(setup.index);
  const explicitId = typeof data.id === 'string' ? data.id : undefined;
  // A given id names the file: one not of the kind's form (`../x`, `/tmp/x`, `DOC-x` for a risk) never becomes a path.
  if (explicitId !== undefined && kindOfId(explicitId)?.name !== kind.name) {
    throw new ProblemsError(recordMessage(ctx.lang, 'add.bad-id', { id: explicitId, example: exampleFileName(kind.folder).replace(/^.*\//, '').replace(/\.yaml$/, '') }));
  }
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const id = explicitId ?? newId(kind, data, taken, random, ctx.today);
    const record: Record<string, unknown> = { ...data, id };
    const file = recordPath(kind, id);
    const text = renderNewRecord(kind, fields, file, record);
    await reportProblems(ctx, file, checkCandidate(setup, ctx, file, kind, text), 'add');
    const parsedRecord = parseYamlSource(text).data;
    if (options.dryRun) {
      ctx.out.stdout(format === 'json' ? JSON.stringify({ id, path: file, record: parsedRecord }, null, 2) + '\n' : text);
      return 0;
    }
    const abs = absolutePath(setup.root, file);
    const done = await allOrNothing(ctx, async ({ stopAt, undo }) => {
      const madeFrom = missingFolder(abs);
      if (!createRecordFile(abs, Buffer.from(text, 'utf8'), ctx.lang, { root: setup.root })) return false;
      undo.created(abs, madeFrom);
      checkStop(stopAt, 'written');
      const written = { id, file, record: parsedRecord, note: recordMessage(ctx.lang, 'added', { file }) };
      let commit: string | undefined;
      try {
        commit = await commitWritten(ctx, setup, file, commitMessage('add', kind.name, id, record.title), options, stopAt);
      } catch (error) {
        if (!(error instanceof WriteInterrupted) && !stopAt('failed')) printWritten(ctx, format, written);
        throw error;
      }
      printWritten(ctx, format, { ...written, ...(commit ? { commit } : {}) });
      return true;
    });
    if (done) return 0;
    // Someone else took the name between the check and the write: pick another.
    if (explicitId) throw new ProblemsError(recordMessage(ctx.lang, 'exists', { id, file }));
    taken.add(id.toLowerCase());
  }
  throw new EnvironmentError(recordMessage(ctx.lang, 'no-free-id', { kind: kind.name }));
}
