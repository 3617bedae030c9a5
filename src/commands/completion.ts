import { UsageError } from '../errors.js';
import { findKind } from '../core/kinds.js';
import { compareStrings } from '../core/problem.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { SHELLS, completionScript } from '../render/completion-scripts.js';
import type { CompletionModel, Shell } from '../render/completion-scripts.js';
import { indexRecordFiles } from '../store/record-index.js';
import type { Context } from './context.js';

/** `sak completion <shell>`: prints the completion script of the shell. */
export async function runCompletion(shell: string, model: CompletionModel, ctx: Context): Promise<number> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(cliMessage(ctx.lang, 'usage.bad-choice', { value: shell, option: 'completion', allowed: SHELLS.join(', ') }));
  ctx.out.stdout(completionScript(shell as Shell, model));
  return 0;
}

/**
 * `sak __complete ids [kind]`: the ids of the register, one a line, from the file names
 * alone (nothing is parsed), for completion scripts. Prints nothing when there is no
 * register: completion never shows an error.
 */
export async function runCompleteIds(what: string, kindName: string | undefined, ctx: Context): Promise<number> {
  if (what !== 'ids') return 0;
  let root: string;
  try {
    root = ctx.registerRoot;
  } catch {
    return 0;
  }
  const kind = kindName === undefined ? undefined : findKind(kindName);
  const ids = indexRecordFiles(root)
    .filter((r) => !kind || r.kind === kind)
    .map((r) => r.id)
    .sort(compareStrings);
  ctx.out.stdout(ids.map((id) => `${id}\n`).join(''));
  return 0;
}
