import path from 'node:path';
import { UsageError } from '../errors.js';
import { completeWords, registerOption } from '../core/completion.js';
import type { CompletionModel } from '../core/completion.js';
import type { KindName } from '../core/kinds.js';
import { compareStrings } from '../core/problem.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { PATH_REQUEST, SHELLS, completionScript } from '../render/completion-scripts.js';
import type { Shell } from '../render/completion-scripts.js';
import { findRegisterRoot } from '../store/find-register.js';
import { indexRecordFiles } from '../store/record-listing.js';
import type { Context } from './context.js';

/** `sak completion <shell>`: prints the completion script of the shell. */
export async function runCompletion(shell: string, ctx: Context): Promise<number> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(cliMessage(ctx.lang, 'usage.bad-choice', { value: shell, option: 'completion', allowed: SHELLS.join(', ') }));
  ctx.out.stdout(completionScript(shell as Shell));
  return 0;
}

/** The register completion looks in: `--register` among the words, else the one sak finds; none is no error. */
function completionRegister(words: readonly string[], ctx: Context): string | undefined {
  try {
    const given = registerOption(words);
    return given === undefined ? ctx.registerRoot : findRegisterRoot({ explicit: path.resolve(ctx.cwd, given), cwd: ctx.cwd, lang: ctx.lang });
  } catch {
    return undefined;
  }
}

/**
 * `sak __complete -- WORDS…`: the completions of the last word, one a line (ids from the
 * file names alone: nothing is parsed), or a line asking the shell to complete a path.
 * Prints nothing when there is nothing to offer: completion never shows an error.
 */
export async function runComplete(words: readonly string[], model: CompletionModel, ctx: Context): Promise<number> {
  const ids = (kind: KindName | 'any'): string[] => {
    const root = completionRegister(words, ctx);
    if (root === undefined) return [];
    return indexRecordFiles(root)
      .filter((r) => kind === 'any' || r.kind.name === kind)
      .map((r) => r.id)
      .sort(compareStrings);
  };
  const completion = completeWords(model, words, ids);
  ctx.out.stdout('path' in completion ? `${PATH_REQUEST[completion.path]}\n` : completion.words.map((w) => `${w}\n`).join(''));
  return 0;
}
