import path from 'node:path';
import { EnvironmentError, ExitCode, UsageError } from '../errors.js';
import { parseDateOption, parseUrlOption } from './option-values.js';
import type { Audience } from './option-choices.js';
import { DEFAULT_HORIZON, evaluateDeadlines } from '../core/check/engine.js';
import { describeDeadlines } from '../i18n/check-messages.js';
import { buildReportModel } from '../render/report-model.js';
import type { ReportModel } from '../core/report/model.js';
import { quarterPeriod, yearPeriod } from '../core/report/period.js';
import type { ReportPeriod } from '../core/report/period.js';
import { HISTORY_FORMAT, parseRegisterHistory } from '../core/site/history.js';
import { reportMessage } from '../i18n/report-texts.js';
import { siteText } from '../i18n/site-texts.js';
import { renderReportTemplate, TemplateError } from '../render/report-template.js';
import { buildSitePages } from '../render/site/pages.js';
import type { SiteFile, SiteReport } from '../render/site/pages.js';
import { GitError, readGitSource, registerHistoryText } from '../store/git.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import { findReportTemplate } from '../store/report-templates.js';
import { loadReportPartials, loadReportPhrases, templateErrorMessage } from './report-phrases.js';
import { SiteFolderError, writeSite } from '../store/site-writer.js';
import type { Context } from './context.js';
import { loadValidRegister } from './load-valid.js';
import { allOrNothing } from './record-write.js';

/** Options of `sak site`, as declared in cli/commands/site.ts (the audience already checked, the output folder absolute). */
export interface SiteCommandOptions {
  output?: string;
  audience?: Audience;
  at?: string;
  siteUrl?: string;
  cache?: boolean;
}

/**
 * The reports a site carries at a date: the year so far, the quarter so far, the last whole
 * quarter and the year before (each built from the whole register, so a few, not every
 * quarter: `bench/site.js` measures what they cost).
 */
export function sitePeriods(at: string): { period: ReportPeriod; at: string; key: string }[] {
  const year = Number(at.slice(0, 4));
  const quarter = Math.floor((Number(at.slice(5, 7)) - 1) / 3) + 1;
  const previous = quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: quarter - 1 };
  return [
    { period: yearPeriod(year), at, key: String(year) },
    { period: quarterPeriod(year, quarter), at, key: `${year}-Q${quarter}` },
    { period: quarterPeriod(previous.year, previous.quarter), at: quarterPeriod(previous.year, previous.quarter).to, key: `${previous.year}-Q${previous.quarter}` },
    { period: yearPeriod(year - 1), at: `${year - 1}-12-31`, key: String(year - 1) },
  ];
}

function relativeTo(root: string, file: string): string | undefined {
  const rel = path.relative(root, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel.split(path.sep).join('/');
}

/**
 * `sak site -o DIR`: the register as a static site (start page, a page per unit and per
 * record, lists, reports, calendars). Writes only files whose bytes changed; exit 1 on an
 * invalid register (nothing written), 2 on a folder that holds something else.
 */
export async function runSite(options: SiteCommandOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  if (options.output === undefined) throw new UsageError(siteText(lang, 'usage.output'));
  const audience = options.audience ?? 'public';
  const at = options.at === undefined ? ctx.today : parseDateOption(options.at, lang);
  const siteBase = options.siteUrl === undefined ? undefined : parseUrlOption(options.siteUrl, lang);
  const out = options.output;
  const root = ctx.registerRoot;
  // git reads the provenance and the history in processes of their own while the register loads.
  const inside = relativeTo(root, out);
  const gitSource = readGitSource(root, ctx.git, inside ? [inside] : []);
  const historyText = registerHistoryText(root, ctx.git, HISTORY_FORMAT);
  gitSource.catch(() => undefined);
  historyText.catch(() => undefined);
  const loaded = await loadValidRegister(ctx, at, options.cache !== false);

  const template = findReportTemplate({ root: loaded.root, lang, format: 'html' });
  if ('reason' in template) {
    if (template.reason === 'not-found') throw new UsageError(reportMessage(lang, 'template.not-found', { name: template.name, searched: template.searched.join(', ') }));
    throw new EnvironmentError(reportMessage(lang, 'template.unreadable', { path: template.path, reason: template.message }));
  }
  let source;
  let history;
  try {
    source = await gitSource;
    const text = await historyText;
    history = text === null ? null : parseRegisterHistory(text);
  } catch (error) {
    if (error instanceof GitError) throw new EnvironmentError(reportMessage(lang, error.missing ? 'git.missing' : 'git.failed', { path: loaded.root, reason: error.message }));
    throw error;
  }

  const phrases = loadReportPhrases(loaded.root, lang);
  const partials = loadReportPartials(loaded.root, 'html', lang);
  const register = loaded.data;
  const reports: SiteReport[] = [];
  const reportFiles: SiteFile[] = [];
  let figures: ReportModel | undefined;
  for (const { period, at: reportAt, key } of sitePeriods(at)) {
    const model = buildReportModel(register, { period, at: reportAt, audience, lang, source });
    if (key === at.slice(0, 4)) figures = model;
    const file = `reports/${key}.html`;
    let html: string;
    try {
      html = renderReportTemplate(template.source, model, { format: 'html', lang, phrases, partials });
    } catch (error) {
      if (error instanceof TemplateError) throw new EnvironmentError(templateErrorMessage(lang, error, template.path));
      throw error;
    }
    reportFiles.push({ path: file, content: html });
    const label =
      period.kind === 'quarter'
        ? siteText(lang, 'reports.quarter', { label: model.period.label })
        : reportAt < period.to
          ? siteText(lang, 'reports.year-to-date', { year: key, at: reportAt })
          : siteText(lang, 'reports.year', { year: key });
    reports.push({ path: file, label });
  }

  const items = describeDeadlines(evaluateDeadlines(register, { at, horizon: DEFAULT_HORIZON }), lang);
  const pages = buildSitePages({
    register,
    items,
    at,
    horizon: DEFAULT_HORIZON,
    audience,
    lang,
    fieldsOf: fieldsOfKind,
    history,
    reports,
    figures: { year: at.slice(0, 4), from: `${at.slice(0, 4)}-01-01`, summary: figures?.summary ?? [] },
    source,
    ...(siteBase ? { siteBase } : {}),
  });
  let result;
  try {
    // All or nothing, even on Ctrl-C: an interrupted write puts the folder back as it was (exit 130).
    result = await allOrNothing(ctx, ({ stopAt }) => writeSite(out, [...pages, ...reportFiles], stopAt));
  } catch (error) {
    if (error instanceof SiteFolderError) {
      if (error.reason === 'not-site') throw new UsageError(siteText(lang, 'usage.not-site', { dir: out }));
      throw new EnvironmentError(siteText(lang, 'write.failed', { path: error.file, reason: error.message }));
    }
    throw error;
  }
  ctx.out.stderr(siteText(lang, 'done', { ...result, dir: out }) + '\n');
  return ExitCode.ok;
}
