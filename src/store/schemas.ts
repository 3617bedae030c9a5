import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaSet } from '../core/validate/schema-check.js';

/** The folder of the JSON Schemas shipped with sak (`schemas/` at the package root). */
export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

let cached: SchemaSet | undefined;

/** Reads the shipped schemas once per process, by file name. */
export function loadShippedSchemas(): SchemaSet {
  if (cached) return cached;
  const set: SchemaSet = {};
  for (const name of readdirSync(SCHEMA_DIR).sort()) {
    if (name.endsWith('.schema.json')) set[name] = JSON.parse(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')) as object;
  }
  cached = set;
  return set;
}
