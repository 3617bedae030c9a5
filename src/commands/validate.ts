import { ExitCode } from '../errors.js';
import { sortProblems } from '../core/problem.js';
import { parseDateOption } from './option-values.js';
import type { VALIDATE_FORMATS } from './option-choices.js';
import { countProblems, renderProblemsGithub, renderProblemsGitlab, renderProblemsJson, renderProblemsJunit, renderProblemsText } from '../render/problems.js';
import type { ValidationSummary } from '../render/problems.js';
import { repositoryPrefix } from '../store/git.js';
import { terminalStyles } from '../ui/output.js';
import type { Context } from './context.js';

/** Options of `sak validate`, as declared in cli/commands/validate.ts (the format already checked). */
export interface ValidateOptions {
  format?: (typeof VALIDATE_FORMATS)[number];
  strict?: boolean;
  at?: string;
  cache?: boolean;
}

/** `sak validate`: checks the whole register; exit 1 on errors (or warnings with --strict). */
export async function runValidate(options: ValidateOptions, ctx: Context): Promise<number> {
  const format = options.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const at = options.at === undefined ? ctx.today : parseDateOption(options.at, ctx.lang);
  // Validation needs the problems only, not the records' data.
  const loaded = await ctx.loadRegister({ at, cache: options.cache !== false, withData: false });
  // The report folders (reports/<period>/) are few small files: checked at every run, outside the register's cache.
  const { checkReportFolders, lookupFromFiles } = await import('../store/report-folder.js');
  const reportProblems = await checkReportFolders(loaded.root, lookupFromFiles(loaded.root));
  const problems = reportProblems.length === 0 ? loaded.problems : sortProblems([...loaded.problems, ...reportProblems]);
  const summary: ValidationSummary = { register: loaded.root, records: loaded.recordCount, files: loaded.files, problems };
  switch (format) {
    case 'json':
      ctx.out.stdout(renderProblemsJson(summary, ctx.lang));
      break;
    case 'github':
      ctx.out.stdout(renderProblemsGithub(summary, ctx.lang, repositoryPrefix(loaded.root)));
      break;
    case 'gitlab':
      ctx.out.stdout(renderProblemsGitlab(summary, ctx.lang, repositoryPrefix(loaded.root)));
      break;
    case 'junit':
      ctx.out.stdout(renderProblemsJunit(summary, ctx.lang));
      break;
    default:
      ctx.out.stdout(renderProblemsText(summary, ctx.lang, await terminalStyles(ctx.out.color)));
  }
  const { errors, warnings } = countProblems(problems);
  return errors > 0 || (options.strict && warnings > 0) ? ExitCode.problems : ExitCode.ok;
}
