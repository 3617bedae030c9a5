import { precompiledValidators } from '../core/validate/schema-check.js';
import type { SchemaValidators } from '../core/validate/schema-check.js';
import { loadShippedSchemas } from './schemas.js';

let validators: Promise<SchemaValidators> | undefined;

/**
 * The schema validators: those the build compiled ahead of time when present (fast start),
 * else compiled here from the shipped schemas once per process. Callers that ask at the same
 * time (a write reads sak.yaml and gets the validators side by side) share one load: before,
 * each found none yet and compiled its own.
 */
export function getValidators(): Promise<SchemaValidators> {
  // A load that failed is not kept: the next call tries again, as before.
  validators ??= loadValidators().catch((error: unknown) => {
    validators = undefined;
    throw error;
  });
  return validators;
}

async function loadValidators(): Promise<SchemaValidators> {
  try {
    const compiled = (await import(new URL('../core/validate/compiled-schemas.js', import.meta.url).href)) as Record<string, unknown>;
    return precompiledValidators(compiled);
  } catch {
    const { compileSchemas } = await import('../core/validate/compile-schemas.js');
    return compileSchemas(loadShippedSchemas());
  }
}
