import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
      if (JSON.stringify(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))) !== JSON.stringify(schema)) return rel;
    } catch {
      return rel;
    }
  }
  return undefined;
}
