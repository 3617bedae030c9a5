import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { problemText } from '../core/validate/problem-text.js';
import type { AnyRecord, RegisterData } from '../core/model.js';
import { fastParseYaml, UNSUPPORTED } from '../core/parse/fast-yaml.js';
import { partialDateStart } from '../core/calendar/date.js';
import type { Problem } from '../core/problem.js';
import { sortProblems } from '../core/problem.js';
import type { SakConfig } from '../core/record-types.js';
import { classifyRecordPath } from '../core/kinds.js';
import { exampleFileName, personalNumberPending, personalNumbersInText, yamlProblems } from '../core/validate/check-file.js';
import { findPersonalNumbers, mayHoldPersonalNumbers } from '../core/validate/pii.js';
import type { FileCheckResult } from '../core/validate/check-file.js';
import { futureDateProblems } from '../core/validate/future-date.js';
import type { LocatedDate } from '../core/validate/future-date.js';
import { FileChecker } from './check-files.js';
import type { FileTask } from './check-files.js';
import { getValidators } from './validators.js';
import { checkAcrossRecords, recordRefs } from '../core/validate/check-register.js';
import type { RecordLinks, RefValue } from '../core/validate/check-register.js';
import { checkConfig, checkConfigReferences, checkConfigRefs } from '../core/validate/check-config.js';
import type { PendingProblem } from '../core/validate/pending.js';
import { CONFIG_FILE } from './find-register.js';
import { RecordCache, contentHash, fileStamp } from './cache.js';
import type { CachedResult, FileStamp } from './cache.js';
import { writeSnapshot } from './snapshot.js';
import { listRecordFiles } from './list-files.js';
import type { FoundFile } from './list-files.js';
import type { Snapshot } from './snapshot.js';
import { readRecordFile } from './read-file.js';
import { addSchemasOutdated } from './schema-files.js';

/** What the light entry (load-register.ts) already found before it needed this module. */
export interface PreparedRead {
  startedAt: number;
  files: FoundFile[];
  /** The snapshot's key and the files' stamps, when a snapshot is to be written. */
  snapshot?: { key: string; stamps: { stamps: string; newest: number } };
}

/** Options of a full register read. */
export interface ReadOptions {
  /** Date of evaluation for `future-date` (`--at`, default today). */
  at: string;
  /** Use and update the per-file cache in `.sak/cache/` (default true). */
  cache?: boolean;
  /** The version of sak, part of the cache key. */
  version: string;
  /** Whether the records' data is wanted (default true); `sak validate` needs only the problems. */
  withData?: boolean;
}

/** The register as read and checked: valid records, every problem, the count of record files. */
export interface RegisterRead {
  root: string;
  data: RegisterData;
  problems: Problem[];
  recordCount: number;
  /** Every record file found, relative and `/`-separated. */
  files: string[];
}

/** Reads sak.yaml; problems carry code `config` (or `yaml-*` for syntax). */
export async function readConfig(root: string): Promise<{ config: SakConfig | null; problems: Problem[]; hash: string }> {
  const abs = path.join(root, CONFIG_FILE);
  if (!existsSync(abs)) return { config: null, problems: [{ severity: 'error', code: 'config', file: CONFIG_FILE, line: 1, column: 1, message: problemText('config.missing') }], hash: '' };
  const read = readRecordFile(abs);
  if (!read.ok) return { config: null, problems: [fileReadProblem(CONFIG_FILE, read)], hash: '' };
  const hash = contentHash(read.bytes);
  const validators = await getValidators();
  // A clean sak.yaml in the plain subset is read without loading `yaml`, as records are.
  // A personal number anywhere in it (a value or a comment) is reported with its position, like a record's.
  const personal = mayHoldPersonalNumbers(read.text) && findPersonalNumbers(read.text).length > 0;
  const fast = personal ? UNSUPPORTED : fastParseYaml(read.text);
  if (fast !== UNSUPPORTED && checkConfig(fast, validators).length === 0) return { config: fast as SakConfig, problems: [], hash };
  const [{ parseYamlSource }, { locateProblems }] = await Promise.all([import('../core/parse/yaml-source.js'), import('../core/validate/locate.js')]);
  const parsed = parseYamlSource(read.text);
  if (parsed.issues.length > 0) return { config: null, problems: yamlProblems(CONFIG_FILE, parsed.issues), hash };
  const configProblems = locateProblems(checkConfig(parsed.data, validators), parsed.doc, parsed.lineCounter);
  const piiProblems = personal
    ? [...locateProblems(personalNumberPending(CONFIG_FILE, parsed.data), parsed.doc, parsed.lineCounter), ...personalNumbersInText(CONFIG_FILE, read.text, parsed.data)]
    : [];
  // The settings stay usable with a personal number in them, so the records are still checked against them.
  return { config: configProblems.length === 0 ? (parsed.data as SakConfig) : null, problems: sortProblems([...configProblems, ...piiProblems]), hash };
}

/** The problem of a file that could not be read as text (too large, not a regular file, not UTF-8), as `sak validate` reports it. */
export function fileReadProblem(rel: string, read: Exclude<ReturnType<typeof readRecordFile>, { ok: true }>): Problem {
  switch (read.reason) {
    case 'too-large':
      return { severity: 'error', code: 'file-too-large', file: rel, line: 1, column: 1, message: problemText('file-too-large', { size: read.size }) };
    case 'not-regular':
      return { severity: 'error', code: 'not-regular-file', file: rel, line: 1, column: 1, message: problemText('not-regular-file') };
    case 'encoding':
      return { severity: 'error', code: 'encoding', file: rel, line: read.line, column: read.column, message: problemText('encoding') };
    case 'io':
      return { severity: 'error', code: 'not-regular-file', file: rel, line: 1, column: 1, message: problemText('file-unreadable', { detail: read.message }) };
  }
}

/**
 * Reads and checks the whole register. A problem in one file never stops the others
 * from being checked; only valid records reach `data.records`.
 */
export async function readRegister(root: string, options: ReadOptions, prepared?: PreparedRead): Promise<RegisterRead> {
  const { at } = options;
  const withData = options.withData !== false;
  const startedAt = prepared?.startedAt ?? Date.now();
  const files = prepared?.files ?? listRecordFiles(root);
  const snapshotKey = prepared?.snapshot?.key;
  const fileStamps = prepared?.snapshot?.stamps;

  const { config, problems: configProblems, hash: configHash } = await readConfig(root);
  const cache = options.cache === false ? undefined : RecordCache.open(root, `${options.version}|${configHash}`, { withData });
  const problems: Problem[] = [...configProblems];
  const records: AnyRecord[] = [];
  const links: RecordLinks[] = [];
  const unlocated: PendingProblem[] = [];
  const valid = new Set<string>();
  const context = { validators: await getValidators(), config };
  // First pass: sort out what is not a record file, and what the cache already knows.
  const slots: (CachedResult | FileTask | Problem)[] = [];
  // The record each slot's file stands for by its name alone, for the checks across records.
  const named: (RecordLinks | undefined)[] = [];
  const stamps = new Map<string, FileStamp>();
  for (const found of files) {
    if (found.type !== 'file') {
      slots.push({ severity: 'error', code: 'not-regular-file', file: found.rel, line: 1, column: 1, message: problemText(found.type === 'not-a-folder' ? 'not-a-folder' : 'not-regular-file') });
      continue;
    }
    const place = classifyRecordPath(found.rel);
    if (place.status === 'unknown') {
      slots.push({ severity: 'error', code: 'unknown-file', file: found.rel, line: 1, column: 1, message: place.yml ? problemText('unknown-file.yml') : problemText('unknown-file', { folder: place.folder, example: exampleFileName(place.folder) }) });
      continue;
    }
    named[slots.length] = { kind: place.kind.name, id: place.base, file: found.rel, refs: [] };
    const stamp = cache ? statStamp(found.abs) : undefined;
    if (stamp) stamps.set(found.rel, stamp);
    const cached = stamp ? cache?.getUnchanged(found.rel, stamp) : undefined;
    slots.push(cached ?? { rel: found.rel, abs: found.abs, kind: place.kind.name, expected: place.expected });
  }
  // Second pass: read and check the rest, one file at a time, keeping only what is needed of
  // each (for `sak validate`, not the records' data: it then dies young, which spares the
  // garbage collector most of its work). Worker threads were measured on two cores, twice
  // (bench/README.md), and were slower: each thread ran at half speed beside V8's own.
  const reused = new Map<string, RefValue[]>();
  const reuse = (task: FileTask, hash: string) => {
    const stamp = stamps.get(task.rel);
    const hit = stamp ? cache?.get(task.rel, hash, stamp, Date.now()) : undefined;
    if (hit) reused.set(task.rel, hit.refs);
    return hit?.result;
  };
  const checker = new FileChecker(context, cache !== undefined, reuse);
  const interned = refInterner();
  // Records with event dates after `at`, for the snapshot.
  const later: { id: string; file: string; events: LocatedDate[] }[] = [];
  for (let i = 0; i < slots.length; i += 1) {
    const slot = slots[i] as CachedResult | FileTask | Problem;
    let result: FileCheckResult;
    let refs: RefValue[];
    // A record file that cannot be read or parsed still names its record: references to
    // it are not reported missing, so a broken file (say, with conflict markers) gives one
    // error, not one more in every record that names it.
    const stub = named[i];
    if ('severity' in slot) {
      problems.push(slot);
      continue;
    } else if ('abs' in slot) {
      let outcome = checker.check(slot);
      // Only the first file that needs `yaml` waits for it to load; an await on every file would cost a tick each.
      if (outcome instanceof Promise) outcome = await outcome;
      if (!outcome.ok) {
        problems.push(fileReadProblem(slot.rel, outcome.read));
        if (stub) links.push(stub);
        continue;
      }
      result = outcome.result;
      refs = reused.get(slot.rel) ?? (result.record ? recordRefs(result.record, result.valid) : []);
      const stamp = stamps.get(slot.rel);
      if (stamp) cache?.set(slot.rel, outcome.hash, stamp, outcome.checkedAt, result, refs);
    } else {
      ({ result, refs } = slot);
    }
    const file = result.record?.file ?? stub?.file ?? '';
    const future = futureDateProblems(file, result.record?.id, result.events, at);
    append(problems, result.problems);
    append(problems, future.located);
    append(unlocated, future.pending);
    if (result.record) {
      links.push({ id: result.record.id === stub?.id ? stub.id : result.record.id, kind: result.record.kind, file: result.record.file, refs: interned(refs) });
      if (withData) {
        records.push(result.record);
        if (result.valid) valid.add(result.record.file);
      }
      if (snapshotKey && future.located.length + future.pending.length > 0) later.push({ id: result.record.id, file: result.record.file, events: result.events.filter((e) => partialDateStart(e.value) > at) });
    } else if (stub) {
      links.push(stub);
    }
  }
  cache?.save();
  const kinds = new Map(links.map((l) => [l.id, l.kind as string]));
  const basisRefs = config ? checkConfigReferences(config, (id) => kinds.get(id)) : [];
  const located = await locateByParsing(root, [...unlocated, ...checkAcrossRecords(links), ...checkConfigRefs(config, links), ...basisRefs]);
  append(problems, located);
  if (snapshotKey && fileStamps) {
    // Problems that depend on the date of evaluation are worked out again at each run, from
    // the event dates that lie after this run's date (all of them located by now).
    const future: Snapshot['future'] = {};
    for (const record of later) future[record.file] = { id: record.id, events: locateEvents(record.file, record.events, located) };
    writeSnapshot(root, { key: snapshotKey, stamps: fileStamps.stamps, takenAt: startedAt, at, problems: sortProblems(problems.filter((p) => p.code !== 'future-date')), future });
  }
  addSchemasOutdated(root, problems);

  const failing = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const validRecords = records.filter((r) => valid.has(r.file) && !failing.has(r.file));
  return {
    root,
    data: { config: config ?? ({ format: 1, municipality: '' } as SakConfig), records: validRecords },
    problems: sortProblems(problems),
    recordCount: files.length,
    files: files.map((f) => f.rel),
  };
}

/** Event dates with the positions that were found again by parsing (those read by the fast reader had none). */
function locateEvents(file: string, events: readonly LocatedDate[], located: readonly Problem[]): LocatedDate[] {
  return events.map((event) => {
    if (event.line !== undefined) return event;
    const found = located.find((p) => p.code === 'future-date' && p.file === file && p.field === event.field);
    return found ? { ...event, line: found.line, column: found.column } : event;
  });
}


/**
 * The links of every record outlive the loop. Their ids and references, read from a file,
 * are slices of its text, and V8 keeps the whole text of a slice alive: the garbage
 * collector would then copy every file's text. The ids are taken from the file names
 * instead (the same string when they agree), and each distinct reference is kept once.
 */
function refInterner(): (refs: RefValue[]) => RefValue[] {
  const kept = new Map<string, string>();
  return (refs) => {
    for (const ref of refs) {
      const first = kept.get(ref.value);
      if (first === undefined) kept.set(ref.value, ref.value);
      else ref.value = first;
    }
    return refs;
  };
}

/** Appends items one by one: `push(...items)` overflows the stack for a very long list (a register of many broken files). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Size and modification time of a regular file, or undefined (then the file is read as usual). */
function statStamp(abs: string): FileStamp | undefined {
  try {
    const stat = lstatSync(abs);
    return stat.isFile() ? fileStamp(stat) : undefined;
  } catch {
    return undefined;
  }
}

/** Finds the positions of problems found without them by parsing their files again (they are rare). */
async function locateByParsing(root: string, pending: PendingProblem[]): Promise<Problem[]> {
  if (pending.length === 0) return [];
  const [{ parseYamlSource }, { locateProblems }] = await Promise.all([import('../core/parse/yaml-source.js'), import('../core/validate/locate.js')]);
  const byFile = new Map<string, PendingProblem[]>();
  for (const p of pending) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  const located: Problem[] = [];
  for (const [file, list] of byFile) {
    const read = readRecordFile(path.join(root, ...file.split('/')));
    const parsed = read.ok ? parseYamlSource(read.text) : null;
    append(located, locateProblems(list, parsed?.doc ?? null, parsed?.lineCounter ?? parseYamlSource('').lineCounter));
  }
  return located;
}
