import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { SchemaSet, SchemaValidators } from './schema-check.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
type AddFormats = (ajv: Ajv, formats: string[]) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/**
 * Compiles every schema of the set once, with Ajv loaded only here: the build precompiles
 * the same (scripts/compile-schemas.js, same options), so this runs from the sources only.
 */
export function compileSchemas(schemas: SchemaSet): SchemaValidators {
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false, verbose: true });
  addFormats(ajv, ['date', 'uri']);
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(schema, name);
  const validators: SchemaValidators = new Map();
  for (const name of Object.keys(schemas)) {
    if (name === 'common.schema.json') continue;
    const validate = ajv.getSchema(name);
    if (validate) validators.set(name.replace(/\.schema\.json$/, ''), validate);
  }
  return validators;
}
