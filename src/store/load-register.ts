import path from 'node:path';
import { sortProblems } from '../core/problem.js';
import { futureDateProblems } from '../core/validate/future-date.js';
import { contentHash } from './cache.js';
import { CONFIG_FILE } from './find-register.js';
import { listRecordFiles } from './list-files.js';
import type { FoundFile } from './list-files.js';
import { readRecordFile } from './read-file.js';
import type { ReadOptions, RegisterRead } from './read-register.js';
import type * as FullReader from './read-register.js';
import { addSchemasOutdated } from './schema-files.js';
import { readSnapshot, stampFiles } from './snapshot.js';
import type { Snapshot } from './snapshot.js';

/**
 * Loads the register for a command. When only the problems are wanted (`sak validate`)
 * and nothing changed since the last validation, they come from its snapshot without
 * loading the parsers and validators at all; otherwise the full reader (read-register.ts)
 * is loaded and reads what it must.
 */
export async function loadRegister(root: string, options: ReadOptions): Promise<RegisterRead> {
  const startedAt = Date.now();
  const fromSnapshotPossible = options.cache !== false && options.withData === false;
  // When no snapshot can answer, the full reader is needed for sure: its modules and the
  // validators start loading now, so that their files are read while the register's are listed.
  const fullReader = fromSnapshotPossible ? undefined : loadFullReader();
  const files = listRecordFiles(root);
  let snapshot: { key: string; stamps: ReturnType<typeof stampFiles> } | undefined;
  if (fromSnapshotPossible) {
    snapshot = { key: `${options.version}|${configFingerprint(root)}`, stamps: stampFiles(files) };
    const stored = readSnapshot(root, snapshot.key, snapshot.stamps);
    const answered = stored ? fromSnapshot(root, stored, files, options.at) : undefined;
    if (answered) return answered;
  }
  const { readRegister } = await (fullReader ?? loadFullReader());
  return readRegister(root, options, { startedAt, files, snapshot });
}

/** The full reader, with the validators it will ask for loaded alongside. */
async function loadFullReader(): Promise<typeof FullReader> {
  const [reader] = await Promise.all([import('./read-register.js'), import('./validators.js').then((v) => v.getValidators())]);
  return reader;
}

/**
 * The stored outcome of an unchanged register, with the problems that depend on the date
 * worked out for `at`; undefined for a date before the snapshot's (then the register is
 * read as usual). The files are those just found, the same as the snapshot's (their stamps match).
 */
function fromSnapshot(root: string, snapshot: Snapshot, files: readonly FoundFile[], at: string): RegisterRead | undefined {
  if (at < snapshot.at) return undefined;
  const problems = [...snapshot.problems];
  for (const [file, { id, events }] of Object.entries(snapshot.future)) {
    const future = futureDateProblems(file, id, events, at);
    if (future.pending.length > 0) return undefined;
    for (const problem of future.located) problems.push(problem);
  }
  addSchemasOutdated(root, problems);
  return { root, data: { config: { format: 1, municipality: '' }, records: [] }, problems: sortProblems(problems), recordCount: files.length, files: files.map((f) => f.rel) };
}

/** A fingerprint of sak.yaml (its content hash), without parsing it. */
function configFingerprint(root: string): string {
  const read = readRecordFile(path.join(root, CONFIG_FILE));
  return read.ok ? contentHash(read.bytes) : 'unreadable';
}

