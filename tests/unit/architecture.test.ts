import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layer rules themselves run in `npm run lint` (dependency-cruiser); this keeps their one
// list of exceptions honest: every line names an import that still exists, so the list shrinks
// as core's text moves to render/ (#15 item 2).
const root = path.resolve(import.meta.dirname, '..', '..');
const { CORE_TEXT_EXCEPTIONS } = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser-exceptions.cjs')) as { CORE_TEXT_EXCEPTIONS: Record<string, string[]> };

/** The i18n modules a source imports (by file name without extension). */
function i18nImports(source: string): string[] {
  return [...source.matchAll(/from '(?:\.\.\/)+i18n\/([\w-]+)\.js'/g)].map((match) => match[1] as string);
}

describe('the exceptions to core-makes-no-text (.dependency-cruiser-exceptions.cjs)', () => {
  it('names only imports that still exist: remove the line of an import that went', () => {
    const stale = Object.entries(CORE_TEXT_EXCEPTIONS).flatMap(([file, allowed]) => {
      const imported = i18nImports(readFileSync(path.join(root, file), 'utf8'));
      return allowed.filter((name) => !imported.includes(name)).map((name) => `${file} → i18n/${name}`);
    });
    expect(stale).toEqual([]);
  });

  it('finds the imports it checks (the pattern matches a real import)', () => {
    const source = "import { checkMessage } from '../../i18n/check-messages.js';\nimport type { Lang } from '../i18n/lang.js';\nimport { x } from './i18n/labels.js';";
    expect(i18nImports(source)).toEqual(['check-messages', 'lang']);
  });
});
