import { readdirSync, existsSync, lstatSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/lang.js';
import { validateMessage } from '../i18n/validate-messages.js';
import { KINDS } from '../core/kinds.js';
import type { AnyRecord, RegisterData } from '../core/model.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import type { Problem } from '../core/problem.js';
import { sortProblems } from '../core/problem.js';
import type { SakConfig } from '../core/record-types.js';
import { checkRecordFile, classifyRecordPath, exampleFileName, futureDateProblems, yamlProblems } from '../core/validate/check-file.js';
import { checkAcrossRecords } from '../core/validate/check-register.js';
import { checkConfig } from '../core/validate/check-config.js';
import { locateProblems } from '../core/validate/pending.js';
import type { PendingProblem } from '../core/validate/pending.js';
import { compileSchemas, precompiledValidators } from '../core/validate/schema-check.js';
import type { SchemaValidators } from '../core/validate/schema-check.js';
import { CONFIG_FILE } from './find-register.js';
import { RecordCache, contentHash } from './cache.js';
import type { FileStamp } from './cache.js';
import { readRecordFile } from './read-file.js';
import { loadShippedSchemas } from './schemas.js';
import { schemasOutdated } from './schema-files.js';

/** Options of a full register read. */
export interface ReadOptions {
  lang: Lang;
  /** Date of evaluation for `future-date` (`--at`, default today). */
  at: string;
  /** Use and update the per-file cache in `.sak/cache/` (default true). */
  cache?: boolean;
  /** The version of sak, part of the cache key. */
  version: string;
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

let validators: SchemaValidators | undefined;

/**
 * The schema validators: those the build compiled ahead of time when present (fast start),
 * else compiled here from the shipped schemas once per process.
 */
export async function getValidators(): Promise<SchemaValidators> {
  if (validators) return validators;
  try {
    const compiled = (await import(new URL('../core/validate/compiled-schemas.js', import.meta.url).href)) as Record<string, unknown>;
    validators = precompiledValidators(compiled);
  } catch {
    validators = compileSchemas(loadShippedSchemas());
  }
  return validators;
}

/** A file found under a record folder. */
interface FoundFile {
  rel: string;
  abs: string;
  /** `file` for a regular file; a record folder that is a file is `not-a-folder`. */
  type: 'file' | 'other' | 'not-a-folder';
}

/** Lists the YAML files (and non-regular entries named like them) under every record folder. */
export function listRecordFiles(root: string): FoundFile[] {
  const files: FoundFile[] = [];
  for (const kind of KINDS) {
    const folder = path.join(root, kind.folder);
    let stat;
    try {
      stat = lstatSync(folder);
    } catch {
      continue;
    }
    if (!stat.isDirectory()) {
      files.push({ rel: kind.folder, abs: folder, type: stat.isSymbolicLink() ? 'other' : 'not-a-folder' });
      continue;
    }
    walk(folder, kind.folder, files);
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return files;
}

function walk(dir: string, rel: string, out: FoundFile[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const childRel = `${rel}/${entry.name}`;
    const childAbs = path.join(dir, entry.name);
    const yamlName = /\.ya?ml$/i.test(entry.name);
    if (entry.isDirectory()) {
      if (yamlName) out.push({ rel: childRel, abs: childAbs, type: 'other' });
      else if (!entry.name.startsWith('.')) walk(childAbs, childRel, out);
    } else if (yamlName) {
      out.push({ rel: childRel, abs: childAbs, type: entry.isFile() ? 'file' : 'other' });
    }
  }
}

/** Reads sak.yaml; problems carry code `config` (or `yaml-*` for syntax). */
export async function readConfig(root: string, lang: Lang): Promise<{ config: SakConfig | null; problems: Problem[]; hash: string }> {
  const abs = path.join(root, CONFIG_FILE);
  if (!existsSync(abs)) return { config: null, problems: [{ severity: 'error', code: 'config', file: CONFIG_FILE, line: 1, column: 1, message: validateMessage(lang, 'config.missing') }], hash: '' };
  const read = readRecordFile(abs);
  if (!read.ok) return { config: null, problems: [fileReadProblem(CONFIG_FILE, read, lang)], hash: '' };
  const parsed = parseYamlSource(read.text);
  const hash = contentHash(read.bytes);
  if (parsed.issues.length > 0) return { config: null, problems: yamlProblems(CONFIG_FILE, parsed.issues, lang), hash };
  const pending = checkConfig(parsed.data, await getValidators(), lang);
  const problems = locateProblems(pending, parsed.doc, parsed.lineCounter);
  return { config: problems.length === 0 ? (parsed.data as SakConfig) : null, problems, hash };
}

function fileReadProblem(rel: string, read: Exclude<ReturnType<typeof readRecordFile>, { ok: true }>, lang: Lang): Problem {
  switch (read.reason) {
    case 'too-large':
      return { severity: 'error', code: 'file-too-large', file: rel, line: 1, column: 1, message: validateMessage(lang, 'file-too-large', { size: read.size }) };
    case 'not-regular':
      return { severity: 'error', code: 'not-regular-file', file: rel, line: 1, column: 1, message: validateMessage(lang, 'not-regular-file') };
    case 'encoding':
      return { severity: 'error', code: 'encoding', file: rel, line: read.line, column: read.column, message: validateMessage(lang, 'encoding') };
    case 'io':
      return { severity: 'error', code: 'not-regular-file', file: rel, line: 1, column: 1, message: read.message };
  }
}

/**
 * Reads and checks the whole register. A problem in one file never stops the others
 * from being checked; only valid records reach `data.records`.
 */
export async function readRegister(root: string, options: ReadOptions): Promise<RegisterRead> {
  const { lang, at } = options;
  const { config, problems: configProblems, hash: configHash } = await readConfig(root, lang);
  const cache = options.cache === false ? undefined : RecordCache.open(root, `${options.version}|${lang}|${configHash}`);
  const problems: Problem[] = [...configProblems];
  const files = listRecordFiles(root);
  const records: AnyRecord[] = [];
  const valid = new Set<AnyRecord>();
  const context = { validators: await getValidators(), lang, config };
  for (const found of files) {
    if (found.type !== 'file') {
      problems.push({ severity: 'error', code: 'not-regular-file', file: found.rel, line: 1, column: 1, message: validateMessage(lang, found.type === 'not-a-folder' ? 'not-a-folder' : 'not-regular-file') });
      continue;
    }
    const place = classifyRecordPath(found.rel);
    if (place.status === 'unknown') {
      problems.push({ severity: 'error', code: 'unknown-file', file: found.rel, line: 1, column: 1, message: place.yml ? validateMessage(lang, 'unknown-file.yml') : validateMessage(lang, 'unknown-file', { folder: place.folder, example: exampleFileName(place.folder) }) });
      continue;
    }
    const stamp = cache ? statStamp(found.abs) : undefined;
    let result = stamp ? cache?.getUnchanged(found.rel, stamp) : undefined;
    if (!result) {
      const checkedAt = Date.now();
      const read = readRecordFile(found.abs);
      if (!read.ok) {
        problems.push(fileReadProblem(found.rel, read, lang));
        continue;
      }
      const hash = cache ? contentHash(read.bytes) : '';
      result = stamp ? cache?.get(found.rel, hash, stamp, checkedAt) : undefined;
      if (!result) {
        result = checkRecordFile(found.rel, place.kind, place.expected, parseYamlSource(read.text), context);
        if (stamp) cache?.set(found.rel, hash, stamp, checkedAt, result);
      }
    }
    problems.push(...result.problems, ...futureDateProblems(found.rel, result.record?.id, result.events, at, lang));
    if (result.record) {
      records.push(result.record);
      if (result.valid) valid.add(result.record);
    }
  }
  cache?.save();
  const across = checkAcrossRecords(records, lang);
  problems.push(...locateAcross(root, across));
  const outdated = schemasOutdated(root);
  if (outdated) problems.push({ severity: 'warning', code: 'schemas-outdated', file: outdated, line: 1, column: 1, message: validateMessage(lang, 'schemas-outdated') });

  const failing = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const validRecords = records.filter((r) => valid.has(r) && !failing.has(r.file));
  return {
    root,
    data: { config: config ?? ({ format: 1, municipality: '' } as SakConfig), records: validRecords },
    problems: sortProblems(problems),
    recordCount: files.length,
    files: files.map((f) => f.rel),
  };
}

/** Size and modification time of a regular file, or undefined (then the file is read as usual). */
function statStamp(abs: string): FileStamp | undefined {
  try {
    const stat = lstatSync(abs);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** Finds positions of cross-record problems by parsing their files again (they are rare). */
function locateAcross(root: string, pending: PendingProblem[]): Problem[] {
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
    located.push(...locateProblems(list, parsed?.doc ?? null, parsed?.lineCounter ?? parseYamlSource('').lineCounter));
  }
  return located;
}
