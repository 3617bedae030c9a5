import { ExitCode } from '../errors.js';
import { parseDateOption, parseDurationOption, parseUrlOption } from './option-values.js';
import type { CHECK_FORMATS, FAIL_ON } from './option-choices.js';
import { DEFAULT_HORIZON, evaluateDeadlines } from '../core/check/engine.js';
import { describeDeadlines } from '../i18n/check-messages.js';
import { followUpCommand } from '../core/check/follow-up.js';
import { countDeadlines, renderDeadlinesGithub, renderDeadlinesIcs, renderDeadlinesJson, renderDeadlinesText } from '../render/deadlines.js';
import { deadlinesOfUnit } from '../core/unit-scope.js';
import { UsageError } from '../errors.js';
import { checkOutputText } from '../i18n/check-output.js';
import { resolveUnitOption } from './unit-option.js';
import type { CheckResult } from '../render/deadlines.js';
import { repositoryPrefix } from '../store/git.js';
import { terminalStyles } from '../ui/output.js';
import type { Context } from './context.js';
import { loadValidRegister } from './load-valid.js';

/** Options of `sak check`, as declared in cli/commands/check.ts (format and fail-on already checked). */
export interface CheckCommandOptions {
  at?: string;
  horizon?: string;
  failOn?: (typeof FAIL_ON)[number];
  format?: (typeof CHECK_FORMATS)[number];
  all?: boolean;
  /** Only the items of this unit and its sub-units (every unit field). */
  unit?: string;
  /** Only the items of records this unit or a sub-unit is responsible for. */
  owner?: string;
  /** The published site's address: calendar events link to their record's page. */
  siteUrl?: string;
  cache?: boolean;
}

/** `sak check`: deadlines and follow-up at a date; exit 1 when an item reaches --fail-on. */
export async function runCheck(options: CheckCommandOptions, ctx: Context): Promise<number> {
  const format = options.format ?? (ctx.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const failOn = options.failOn ?? 'overdue';
  const at = options.at === undefined ? ctx.today : parseDateOption(options.at, ctx.lang);
  const horizon = options.horizon === undefined ? DEFAULT_HORIZON : parseDurationOption(options.horizon, ctx.lang);
  if (options.unit !== undefined && options.owner !== undefined) throw new UsageError(checkOutputText(ctx.lang, 'usage.unit-owner'));
  const siteBase = options.siteUrl === undefined ? undefined : parseUrlOption(options.siteUrl, ctx.lang);
  const loaded = await loadValidRegister(ctx, at, options.cache !== false);
  let all = describeDeadlines(evaluateDeadlines(loaded.data, { at, horizon }), ctx.lang);
  if (options.unit !== undefined) all = deadlinesOfUnit(all, loaded.data, resolveUnitOption(loaded.data, options.unit, ctx.lang), 'unit');
  if (options.owner !== undefined) all = deadlinesOfUnit(all, loaded.data, resolveUnitOption(loaded.data, options.owner, ctx.lang), 'owner');
  const items = options.all ? all : all.filter((i) => i.status !== 'ok');
  const result: CheckResult = { at, horizon, items, files: new Map(loaded.data.records.map((r) => [r.id, r.file])), followUp: (item) => followUpCommand(item, loaded.data, at) };
  if (format === 'json') ctx.out.stdout(renderDeadlinesJson(result, ctx.lang));
  else if (format === 'ics') ctx.out.stdout(renderDeadlinesIcs(result, { lang: ctx.lang, municipality: loaded.data.config.municipality, ...(siteBase ? { siteBase } : {}) }));
  else if (format === 'github') ctx.out.stdout(renderDeadlinesGithub(result, ctx.lang, repositoryPrefix(loaded.root)));
  else ctx.out.stdout(renderDeadlinesText(result, ctx.lang, await terminalStyles(ctx.out.color)));
  const { overdue, due } = countDeadlines(items);
  const failed = failOn === 'overdue' ? overdue > 0 : failOn === 'due' ? overdue + due > 0 : false;
  return failed ? ExitCode.problems : ExitCode.ok;
}
