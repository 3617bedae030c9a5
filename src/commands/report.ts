import path from 'node:path';
import { EnvironmentError, ExitCode, UsageError } from '../errors.js';
import { parseDateOption } from './option-values.js';
import type { Audience, REPORT_FORMATS } from './option-choices.js';
import { buildReportModel } from '../render/report-model.js';
import { reportFolderName } from '../core/report/document.js';
import { classificationOf } from '../core/report/visibility.js';
import { sortProblems } from '../core/problem.js';
import type { ReportModel } from '../core/report/model.js';
import { defaultPeriod, defaultStatusDate, parseQuarter, parseYear, rangePeriod, type ReportPeriod } from '../core/report/period.js';
import type { Lang } from '../i18n/lang.js';
import { reportMessage, reportText } from '../i18n/report-texts.js';
import { renderProblemsText } from '../render/problems.js';
import { renderReportTemplate, TemplateError, type TemplateBrand } from '../render/report-template.js';
import { readReportBrand, type ReportBrand } from '../store/report-brand.js';
import type { DocxOptions } from '../render/docx-report.js';
import { isRegularOrAbsent, replaceFileAtomically } from '../store/atomic-file.js';
import { GitError, readAddedDates, readGitSource } from '../store/git.js';
import { findReportTemplate } from '../store/report-templates.js';
import { loadReportPartials, loadReportPhrases, templateErrorMessage } from './report-phrases.js';
import type { Context } from './context.js';

/** A format of `sak report`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The format an output file's extension names (lower case): `-o rapport.html` writes HTML
 * without `--format`. A new format (`.docx`, `.pdf`) adds its row here.
 */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The template format each output is made from: Word from the Markdown report, PDF from the HTML one. */
const TEMPLATE_FORMAT: Record<Exclude<ReportFormat, 'json'>, 'md' | 'html'> = { md: 'md', html: 'html', docx: 'md', pdf: 'html' };

/** The format of the options: --format, else the output file's extension, else md. Exit 2 when the two disagree. */
export function formatOfOptions(options: Pick<ReportCommandOptions, 'format' | 'output'>, lang: Lang): ReportFormat {
  const file = options.output !== undefined && options.output !== '-' ? options.output : undefined;
  const ext = file === undefined ? '' : path.extname(file).toLowerCase();
  const named = Object.hasOwn(FORMAT_OF_EXTENSION, ext) ? FORMAT_OF_EXTENSION[ext] : undefined;
  if (options.format === undefined) return named ?? 'md';
  const format = options.format;
  if (named !== undefined && named !== format) throw new UsageError(reportMessage(lang, 'usage.format-extension', { format, file, ext, named }));
  return format;
}

/** The browser that prints a PDF: SAK_BROWSER, or one found on the machine; exit 3 with what to do when there is none. */
async function findPrintingBrowser(env: Readonly<Record<string, string | undefined>>, lang: Lang): Promise<string> {
  const { findBrowser, BrowserMissingError } = await import('../store/browser-pdf.js');
  try {
    return findBrowser(env);
  } catch (error) {
    if (error instanceof BrowserMissingError) throw new EnvironmentError(reportMessage(lang, error.named ? 'pdf.browser-named' : 'pdf.no-browser', { path: error.named }));
    throw error;
  }
}

/** The properties and looks of the Word document of a report. */
function docxOptions(model: ReportModel, brand: ReportBrand, lang: Lang): DocxOptions {
  const doc = model.document;
  return {
    lang,
    title: doc?.title ?? model.title,
    subject: `${model.municipality}: ${model.title}`,
    creator: doc?.author ?? model.municipality,
    dnr: doc?.dnr ?? null,
    keywords: reportText('keywords', lang),
    // The production date is the document's date; without one, the report's status date (never the clock).
    date: doc?.date ?? model.at,
    contentsTitle: reportText('contents', lang),
    page: reportText('page', lang),
    of: reportText('page_of', lang),
    ...(brand.logo ? { logo: brand.logo } : {}),
    ...(brand.colour ? { colour: brand.colour } : {}),
    ...(brand.font ? { font: brand.font } : {}),
  };
}

/** Options of `sak report`, as declared in cli/commands/report.ts (format and audience already checked; paths of --output and a template file already absolute). */
export interface ReportCommandOptions {
  year?: string;
  quarter?: string;
  from?: string;
  to?: string;
  at?: string;
  audience?: Audience;
  format?: ReportFormat;
  template?: string;
  /** A file, or `-` (or none) for stdout. */
  output?: string;
  cache?: boolean;
}

/** The report period of the options: --year, --quarter, --from/--to, or the year before today. Exit 2 on anything else. */
export function periodOfOptions(options: ReportCommandOptions, today: string, lang: Lang): ReportPeriod {
  const given = [options.year !== undefined, options.quarter !== undefined, options.from !== undefined || options.to !== undefined].filter(Boolean).length;
  if (given > 1) throw new UsageError(reportMessage(lang, 'usage.period-conflict'));
  if (options.year !== undefined) {
    const period = parseYear(options.year);
    if (!period) throw new UsageError(reportMessage(lang, 'usage.bad-year', { value: options.year }));
    return period;
  }
  if (options.quarter !== undefined) {
    const period = parseQuarter(options.quarter);
    if (!period) throw new UsageError(reportMessage(lang, 'usage.bad-quarter', { value: options.quarter }));
    return period;
  }
  if (options.from !== undefined || options.to !== undefined) {
    if (options.from === undefined || options.to === undefined) throw new UsageError(reportMessage(lang, 'usage.from-to'));
    const from = parseDateOption(options.from, lang);
    const to = parseDateOption(options.to, lang);
    if (from > to) throw new UsageError(reportMessage(lang, 'usage.from-after-to', { from, to }));
    return rangePeriod(from, to);
  }
  return defaultPeriod(today);
}

function relativeTo(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

/**
 * `sak report`: builds the report model of a valid register and writes it as Markdown,
 * HTML or JSON. Nothing is written unless the whole report rendered; a file is replaced
 * atomically. Exit 1 when the register has errors (they go to stderr like `sak validate`).
 */
export async function runReport(options: ReportCommandOptions, ctx: Context): Promise<number> {
  const { lang } = ctx;
  const format = formatOfOptions(options, lang);
  const audience = options.audience ?? 'public';
  const period = periodOfOptions(options, ctx.today, lang);
  const at = options.at === undefined ? defaultStatusDate(period, ctx.today) : parseDateOption(options.at, lang);
  if (at < period.from) throw new UsageError(reportMessage(lang, 'usage.at-before-period', { at, from: period.from }));
  if (options.template !== undefined && format === 'json') throw new UsageError(reportMessage(lang, 'usage.template-json'));
  const toFile = options.output !== undefined && options.output !== '-';
  // A Word or PDF file is no text for a terminal or a pipe of text.
  if ((format === 'docx' || format === 'pdf') && !toFile) throw new UsageError(reportMessage(lang, 'usage.binary-output', { format }));
  // A PDF needs a browser: found before any work is done (exit 3 when there is none).
  const browser = format === 'pdf' ? await findPrintingBrowser(ctx.env, lang) : undefined;

  // The register's provenance (commit, uncommitted changes) is read by git in processes of
  // its own, while the register is read here; its errors count only after the register's.
  const root = ctx.registerRoot;
  const exclude = toFile ? [relativeTo(root, options.output as string)].filter((rel) => !path.isAbsolute(rel)) : [];
  const gitSource = readGitSource(root, ctx.git, exclude);
  gitSource.catch(() => undefined);
  const addedDates = readAddedDates(root, ctx.git);
  const loaded = await ctx.loadRegister({ at: ctx.today, cache: options.cache !== false });
  const errors = loaded.problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    ctx.out.stderr(renderProblemsText({ register: loaded.root, records: loaded.recordCount, files: loaded.files, problems: loaded.problems }, lang));
    ctx.out.stderr(`sak: ${reportMessage(lang, 'invalid-register', { errors })}\n`);
    return ExitCode.problems;
  }

  // The template is found before anything else is done, so a missing one fails fast.
  const template = format === 'json' ? undefined : findReportTemplate({ root: loaded.root, lang, format: TEMPLATE_FORMAT[format], template: options.template });
  if (template && 'reason' in template) {
    if (template.reason === 'not-found') throw new UsageError(reportMessage(lang, 'template.not-found', { name: template.name, searched: template.searched.join(', ') }));
    throw new EnvironmentError(reportMessage(lang, 'template.unreadable', { path: template.path, reason: template.message }));
  }

  // The phrases too: a fault in the register's phrase file stops the report before any work.
  const phrases = template === undefined ? undefined : loadReportPhrases(loaded.root, lang);
  const partials = template === undefined ? undefined : loadReportPartials(loaded.root, TEMPLATE_FORMAT[format as Exclude<ReportFormat, 'json'>], lang);

  // The period's report folder (reports/<period>/): the document's metadata and the coordinator's
  // texts. An error in it stops the report like an error in a record; its warnings are shown.
  const { readReportFolder, mentionProblems } = await import('../store/report-folder.js');
  const folder = await readReportFolder(loaded.root, reportFolderName(period));
  const byId = new Map(loaded.data.records.map((r) => [r.id, r]));
  const folderProblems = folder.input
    ? sortProblems([...folder.problems, ...mentionProblems(folder.input, (id) => { const r = byId.get(id); return r ? { kind: r.kind, classification: classificationOf(r) } : undefined; })])
    : folder.problems;
  if (folderProblems.length > 0) ctx.out.stderr(renderProblemsText({ register: loaded.root, records: loaded.recordCount, files: loaded.files, problems: folderProblems }, lang));
  const folderErrors = folderProblems.filter((p) => p.severity === 'error').length;
  if (folderErrors > 0) {
    ctx.out.stderr(`sak: ${reportMessage(lang, 'invalid-report-folder', { errors: folderErrors, folder: folder.input?.folder ?? '' })}\n`);
    return ExitCode.problems;
  }

  let source;
  try {
    source = await gitSource;
  } catch (error) {
    if (error instanceof GitError) throw new EnvironmentError(reportMessage(lang, error.missing ? 'git.missing' : 'git.failed', { path: loaded.root, reason: error.message }));
    throw error;
  }

  const brand = readReportBrand(loaded.root, loaded.data.config);
  if ('reason' in brand) throw new EnvironmentError(reportMessage(lang, `logo.${brand.reason}`, { path: brand.path }));
  const templateBrand: TemplateBrand = {
    ...(brand.logo ? { logo: `data:image/${brand.logo.type === 'png' ? 'png' : 'jpeg'};base64,${brand.logo.bytes.toString('base64')}` } : {}),
    ...(brand.colour ? { colour: brand.colour } : {}),
    ...(brand.font ? { font: brand.font } : {}),
  };

  const model: ReportModel = buildReportModel(loaded.data, { period, at, audience, lang, source, addedDates: await addedDates, ...(folder.input ? { document: folder.input } : {}) });
  let output: string | Buffer;
  if (template === undefined) {
    output = `${JSON.stringify(model, null, 2)}\n`;
  } else {
    const templateFormat = TEMPLATE_FORMAT[format as Exclude<ReportFormat, 'json'>];
    let text: string;
    try {
      text = renderReportTemplate(template.source, model, { format: templateFormat, lang, brand: templateBrand, phrases, partials, file: relativeTo(loaded.root, template.path), ...(format === 'docx' ? { toc: 'marker', charts: 'data' } : {}) });
    } catch (error) {
      if (error instanceof TemplateError) throw new EnvironmentError(templateErrorMessage(lang, error, relativeTo(loaded.root, template.path)));
      throw error;
    }
    output = text;
    if (format === 'pdf' && browser !== undefined) {
      const { printPdf, BrowserFailedError } = await import('../store/browser-pdf.js');
      try {
        output = await printPdf(text, { browser, date: model.document?.date ?? model.at });
      } catch (error) {
        if (error instanceof BrowserFailedError) throw new EnvironmentError(reportMessage(lang, 'pdf.failed', { browser, reason: error.message }));
        throw error;
      }
    }
    if (format === 'docx') {
      // Loaded only here: `sak validate` and the text formats never load docx.
      const { renderReportDocx } = await import('../render/docx-report.js');
      output = await renderReportDocx(text, docxOptions(model, brand, lang));
    }
  }

  if (!toFile) {
    ctx.out.stdout(output as string);
    return ExitCode.ok;
  }
  const target = path.resolve(ctx.cwd, options.output as string);
  // A device, a FIFO or a symbolic link is never a report's file: sak neither writes through it nor replaces it.
  if (!isRegularOrAbsent(target)) throw new EnvironmentError(reportMessage(lang, 'write.not-regular', { path: options.output }));
  try {
    replaceFileAtomically(target, typeof output === 'string' ? Buffer.from(output, 'utf8') : output);
  } catch (error) {
    throw new EnvironmentError(reportMessage(lang, 'write.failed', { path: options.output, reason: (error as Error).message }));
  }
  return ExitCode.ok;
}
