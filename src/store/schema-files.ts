import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readRecordFile } from './read-file.js';
import type { Problem } from '../core/problem.js';
import { problemText } from '../core/validate/problem-text.js';
import { loadShippedSchemas } from './schemas.js';

/** Where a register keeps copies of the schemas for editors. */
export const REGISTER_SCHEMA_DIR = path.join('.sak', 'schemas');

/**
 * Compares `.sak/schemas` of a register with the shipped schemas; returns the path
 * (relative, `/`-separated) of the first file that differs or is missing, or undefined.
 */
export function schemasOutdated(root: string): string | undefined {
  const dir = path.join(root, REGISTER_SCHEMA_DIR);
  if (!existsSync(dir)) return undefined;
  const shipped = loadShippedSchemas();
  const present = new Set(readdirSync(dir));
  for (const [name, schema] of Object.entries(shipped)) {
    const rel = `.sak/schemas/${name}`;
    if (!present.has(name)) return rel;
    try {
      // Read like a record (no links, at most 256 KiB): the folder is committed, and may hold anything.
      const read = readRecordFile(path.join(dir, name));
      if (!read.ok || JSON.stringify(JSON.parse(read.text)) !== JSON.stringify(schema)) return rel;
    } catch {
      return rel;
    }
  }
  return undefined;
}

/** Adds the `schemas-outdated` warning when `.sak/schemas` lags the running sak. */
export function addSchemasOutdated(root: string, problems: Problem[]): void {
  const outdated = schemasOutdated(root);
  if (outdated) problems.push({ severity: 'warning', code: 'schemas-outdated', file: outdated, line: 1, column: 1, message: problemText('schemas-outdated') });
}
