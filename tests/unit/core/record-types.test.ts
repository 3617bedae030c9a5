import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations
import { generateTypes } from '../../../scripts/generate-types.js';

describe('record types', () => {
  it('are generated from the current schemas (run npm run generate:types after a schema change)', async () => {
    const committed = readFileSync(path.resolve('src/core/record-types.ts'), 'utf8');
    expect(committed).toBe(await (generateTypes as () => Promise<string>)());
  });
});
