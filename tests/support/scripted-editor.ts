// An editor for in-process tests of `sak edit` (its `deps.editor`): each time sak opens the
// copy, the next change of the script is made to it, as a person in $VISUAL would, without
// starting a process. The editor sak starts on a real terminal: tests/e2e/change.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import type { EditDeps } from '../../src/commands/edit.js';

/** An editor that applies `changes[n]` to the copy the n-th time it is opened (the last one again after that). */
export function scriptedEditor(...changes: ((text: string) => string)[]): NonNullable<EditDeps['editor']> {
  let opened = 0;
  return (_command, file) => {
    const change = changes[Math.min(opened, changes.length - 1)] as (text: string) => string;
    opened += 1;
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    return { ok: true };
  };
}
