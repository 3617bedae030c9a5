import { ProblemsError } from '../errors.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { countProblems, renderProblemsText } from '../render/problems.js';
import { terminalStyles } from '../ui/output.js';
import type { Context, LoadedRegister } from './context.js';

/**
 * Loads the register for a command that needs it valid (check, report, list, show):
 * on any error, prints the problems to stderr like `sak validate` and fails with exit 1.
 */
export async function loadValidRegister(ctx: Context, at: string, cache = true): Promise<LoadedRegister> {
  const loaded = await ctx.loadRegister({ at, cache });
  const { errors } = countProblems(loaded.problems);
  if (errors === 0) return loaded;
  const problems = loaded.problems.filter((p) => p.severity === 'error');
  ctx.out.stderr(renderProblemsText({ register: loaded.root, records: loaded.recordCount, files: loaded.files, problems }, ctx.lang, await terminalStyles(ctx.out.color)));
  throw new ProblemsError(cliMessage(ctx.lang, 'problems.invalid-register', { errors }));
}
