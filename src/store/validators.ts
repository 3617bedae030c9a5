import { precompiledValidators } from '../core/validate/schema-check.js';
import type { SchemaValidators } from '../core/validate/schema-check.js';
import { loadShippedSchemas } from './schemas.js';

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
    const { compileSchemas } = await import('../core/validate/compile-schemas.js');
    validators = compileSchemas(loadShippedSchemas());
  }
  return validators;
}
