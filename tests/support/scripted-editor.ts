// An editor for in-process tests of `sak edit` (its `deps.editor`): each time sak opens the
// copy, the next change of the script is made to it, as a person in $VISUAL would, without
// starting a process. The editor sak starts on a real terminal: tests/e2e/change.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { runEdit, type EditDeps } from '../../src/commands/edit.js';
import { SakError } from '../../src/errors.js';
import { GIT_ENV } from '../e2e/helpers.js';
import { fakeContext, type CapturedOutput } from './fake-context.js';
import { scriptedPrompter, typed } from './scripted-prompter.js';

/** A text change the editor makes to the copy. */
type Change = (text: string) => string;

/** An editor that applies `changes[n]` to the copy the n-th time it is opened (the last one again after that). */
function scriptedEditor(...changes: Change[]): NonNullable<EditDeps['editor']> {
  let opened = 0;
  return (_command, file) => {
    const change = changes[Math.min(opened, changes.length - 1)] as Change;
    opened += 1;
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    return { ok: true };
  };
}

/** What an in-process `sak edit` did: its exit code, the error it threw (if any), what it printed and the questions it asked. */
export interface EditRun {
  code: number;
  error?: unknown;
  out: CapturedOutput;
  asked: string[];
}

/**
 * Runs `sak edit <id>` in-process on a terminal, with the editor making `changes`; when the
 * copy is invalid, "edit again?" is answered `again` (y or n). Git runs with the tests' identity.
 */
export async function editInProcess(root: string, id: string, changes: Change[], options: { again: 'y' | 'n' }): Promise<EditRun> {
  const { ctx, out } = fakeContext(root, { gitEnv: GIT_ENV });
  const asked: string[] = [];
  const prompter = scriptedPrompter({ 'Kopian har fel': typed(options.again) }, {}, asked);
  try {
    return { code: await runEdit(id, {}, ctx, { editor: scriptedEditor(...changes), prompter }), out, asked };
  } catch (error) {
    return { code: error instanceof SakError ? error.exitCode : -1, error, out, asked };
  }
}
