import Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import type { Lang } from '../i18n/lang.js';
import { formatLongDate, formatNumber, formatSek } from '../i18n/report-format.js';
import type { ReportModel, SummaryRow } from '../core/report/model.js';
import type { Worded } from '../core/report/wording.js';
import { escapeMarkdownCell, escapeMarkdownInline, escapeMermaidLabel } from './markdown-escape.js';
import { mermaidBar, mermaidPie, type ChartDatum } from './mermaid.js';
import { svgBar, svgPie } from './svg-charts.js';
import { coordinatorHtml, coordinatorMarkdown, insertHtmlToc, insertMarkdownToc, TOC_MARKER } from './markdown-text.js';
import { reportText } from '../i18n/report-texts.js';
import { ENUM_LABELS, enumLabel, type EnumName } from '../i18n/labels.js';
import { formatPhrase, phraseLiteralHtml, type PhraseCatalogue, type PhraseFormatter } from './phrases.js';

/** The formats a template renders. */
export type TemplateFormat = 'md' | 'html';

/** A template that does not compile or fails while rendering (exit 3; nothing is written). */
export class TemplateError extends Error {
  constructor(
    message: string,
    /** Where, when known: the template file (as the caller named it), its line and column. */
    readonly at?: { file: string; line?: number; column?: number },
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** A template's text and the name of its file for errors. */
export interface TemplateSource {
  file: string;
  source: string;
}

/**
 * Parses a template and throws TemplateError with the file, line and column of a fault.
 * Handlebars gives the line of a parse error and an excerpt of the input up to it; the
 * column is where that excerpt ends on the line.
 */
export function checkTemplateSource(template: TemplateSource): void {
  try {
    Handlebars.parse(template.source);
  } catch (error) {
    const e = error as Error & { lineNumber?: number; column?: number };
    const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(e.message);
    if (parse) {
      const line = Number(parse[1]);
      const consumed = (parse[2] as string).slice(0, (parse[3] as string).length);
      const text = template.source.split(/\r?\n/)[line - 1] ?? '';
      let column = 1;
      for (let k = text.length; k > 0; k -= 1) {
        if (consumed.endsWith(text.slice(0, k))) {
          column = k + 1;
          break;
        }
      }
      throw new TemplateError(parse[4] as string, { file: template.file, line, column });
    }
    throw new TemplateError(e.message.replace(/ - \d+:\d+$/, ''), { file: template.file, ...(e.lineNumber !== undefined ? { line: e.lineNumber, column: (e.column ?? 0) + 1 } : {}) });
  }
}

/**
 * Compiled templates by their text: the same text compiles to the same code, whichever
 * environment (helpers, partials) runs it, so a site's four reports and a test's many runs
 * compile the skeleton and its sections once (measured: compiling was half the CPU time of a
 * `sak site`). A text is checked (file, line and column of a fault) when first compiled.
 */
type TemplateSpecification = ReturnType<typeof Handlebars.precompile>;
const compiledSpecs = new Map<string, TemplateSpecification>();
const COMPILED_KEPT = 200;

function compiledSpec(template: { file: string | undefined; source: string }, noEscape: boolean): TemplateSpecification {
  const key = `${noEscape ? 'md' : 'html'}\n${template.source}`;
  let spec = compiledSpecs.get(key);
  if (spec === undefined) {
    if (template.file !== undefined) checkTemplateSource({ file: template.file, source: template.source });
    // Handlebars' own precompiled form (what its compile builds too), made into functions once.
    spec = new Function(`return ${String(Handlebars.precompile(template.source, { noEscape }))}`)() as TemplateSpecification;
    if (compiledSpecs.size >= COMPILED_KEPT) compiledSpecs.clear();
    compiledSpecs.set(key, spec);
  }
  return spec;
}

/** Markers of the risk levels in Markdown, where a table cell has no colour: the level's label goes beside it. */
export const LEVEL_MARKERS: Record<string, string> = { low: '🟩', medium: '🟨', high: '🟧', critical: '🟥' };

/** Arrows of risk trends; a new risk has none (its label says "new"). */
export const TREND_ARROWS: Record<string, string> = { up: '↑', down: '↓', same: '→', new: '' };

const WORDS: Record<Lang, { and: string; of: string }> = { sv: { and: 'och', of: 'av' }, en: { and: 'and', of: 'of' } };

function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Rows of a model list as chart data: `label` and the numeric field `value` (default `count`). */
function chartData(rows: unknown, field: unknown): ChartDatum[] {
  if (!Array.isArray(rows)) return [];
  const key = typeof field === 'string' ? field : 'count';
  return rows.map((row: Record<string, unknown>) => ({ label: str(row.label), value: typeof row[key] === 'number' ? (row[key] as number) : 0 }));
}

/** Text as a CSS string literal: quotes, backslashes, `<`, `>`, `&` and control characters as CSS escapes. */
function cssString(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0) as number;
    out += code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || '\\"<>&'.includes(c) ? `\\${code.toString(16)} ` : c;
  }
  return `${out}"`;
}

/** A chart's data as a fenced block of one JSON line, which the Word renderer makes a native chart of. */
function chartFence(chart: { type: 'pie' | 'bar'; title: string; description: string; data: ChartDatum[] }): string {
  return `\`\`\`sak-chart\n${JSON.stringify(chart)}\n\`\`\``;
}

function hashText(options: HelperOptions, key: string): string {
  return str((options.hash as Record<string, unknown>)[key]);
}

/** Registers the report helpers on a Handlebars environment for one language and format. */
function registerHelpers(hb: typeof Handlebars, lang: Lang, format: TemplateFormat, charts: 'mermaid' | 'data' = 'mermaid', phrases?: PhraseCatalogue): void {
  let chartCounter = 0;
  const safe = (html: string): Handlebars.SafeString => new hb.SafeString(html);
  const number = (value: unknown): string => formatNumber(value, lang);
  const percent = (value: number): string => formatNumber(Math.round(value), lang);
  const formatter = (escapeText: (text: string) => string): PhraseFormatter => ({
    lang,
    text: escapeText,
    literal: format === 'html' ? phraseLiteralHtml : (text) => text,
    number,
    raw: (value) => (format === 'html' ? hb.escapeExpression(str(value)) : str(value)),
    date: (value) => formatLongDate(value, lang),
    sek: (value) => formatSek(value, lang),
  });
  const inlineFormatter = formatter(format === 'html' ? (text) => hb.escapeExpression(text) : escapeMarkdownInline);
  const cellFormatter = formatter(format === 'html' ? (text) => hb.escapeExpression(text) : escapeMarkdownCell);
  // A phrase as plain text, for a helper's argument or an attribute (Handlebars escapes it there in HTML).
  const plainFormatter: PhraseFormatter = { ...formatter((text) => text), literal: (text) => text, raw: (value) => str(value) };
  /** A phrase of the catalogue: `{{phrase "key" object? name=value…}}`, the object's fields and the hash as parameters. */
  const phrase = (f: PhraseFormatter, plain = false) => (key: unknown, ...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    const context = args.length > 1 && typeof args[0] === 'object' && args[0] !== null ? (args[0] as Record<string, unknown>) : {};
    if (!phrases) throw new Error(`the phrase "${str(key)}" is asked for, but no phrase catalogue was given`);
    const text = formatPhrase(phrases, str(key), { ...context, ...(options.hash as Record<string, unknown>) }, f);
    return format === 'html' && !plain ? safe(text) : text;
  };
  // `log` would write to the process's stdout from inside a template: not in a report.
  hb.unregisterHelper('log');
  hb.registerHelper({
    phrase: phrase(inlineFormatter),
    /** A phrase in a Markdown table cell (in HTML the same as phrase). */
    cell_phrase: phrase(cellFormatter),
    /** A phrase as plain text: an argument of another helper (a chart's title) or an HTML attribute. */
    phrase_text: phrase(plainFormatter, true),
    /** The label of an enum value of the schemas ("authority", "severity", …) in the report's language; the value itself when unknown. */
    enum_label: (name: unknown, value: unknown) => (value === null || value === undefined ? '' : Object.hasOwn(ENUM_LABELS, str(name)) ? enumLabel(str(name) as EnumName, str(value), lang) : str(value)),
    /** A date in words ("26 november 2026"); partial dates as written. */
    date: (value: unknown) => formatLongDate(value, lang),
    /** A number with Swedish or English digit groups. */
    number: (value: unknown) => (value === null ? '–' : number(value)),
    /** An amount in kronor ("182 500 kr"). */
    sek: (value: unknown) => formatSek(value, lang),
    /** A summary row's current (`which` = "value") or previous figure, formatted by its kind. */
    figure: (row: Worded<SummaryRow>, which: unknown) => {
      const previous = which === 'previous';
      const value = previous ? row.previous : row.value;
      // No figure for a period before the register was kept.
      if (value === null) return '–';
      if (row.kind === 'sek') return formatSek(value, lang);
      if (row.kind === 'ratio') return `${number(value)} ${WORDS[lang].of} ${number(previous ? row.previous_of : row.of)}`;
      return number(value);
    },
    /** Text escaped for inline Markdown. */
    md: (value: unknown) => escapeMarkdownInline(value),
    /** Text escaped for a Markdown table cell. */
    cell: (value: unknown) => escapeMarkdownCell(value),
    /** Free text as a Markdown block quote, every line escaped (internal reports: descriptions, evaluations). */
    quote: (value: unknown) =>
      str(value)
        .split(/\r\n|[\r\n\u2028\u2029]/)
        .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownInline(line.trim())}`))
        .join('\n'),
    /** Text escaped for a Mermaid label. */
    mmd: (value: unknown) => escapeMermaidLabel(value),
    /** The labels of a list of references or rows, joined ("A, B och C"). */
    labels: (list: unknown) => {
      if (!Array.isArray(list)) return '';
      const labels = list.map((item: { label?: unknown }) => str(item?.label));
      if (labels.length <= 1) return labels.join('');
      return `${labels.slice(0, -1).join(', ')} ${WORDS[lang].and} ${labels[labels.length - 1]}`;
    },
    /** The colour marker of a risk level (Markdown). */
    marker: (level: unknown) => LEVEL_MARKERS[str(level)] ?? '',
    /** The arrow of a trend. */
    arrow: (trend: unknown) => TREND_ARROWS[str(trend)] ?? '',
    /** The value, or the fallback when it is null, undefined or empty. */
    or_dash: (value: unknown, fallback: unknown) => (value === null || value === undefined || value === '' ? (typeof fallback === 'string' ? fallback : '–') : value),
    /** A number plus one (1-based positions from @index). */
    inc: (value: unknown) => Number(value) + 1,
    eq: (a: unknown, b: unknown) => a === b,
    ne: (a: unknown, b: unknown) => a !== b,
    gt: (a: unknown, b: unknown) => Number(a) > Number(b),
    and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    not: (value: unknown) => !value,
    /** Lower-case text (labels inside a sentence). */
    lower: (value: unknown) => str(value).toLowerCase(),
    /** The arguments joined into one string (for hash values such as a chart's description). */
    concat: (...args: unknown[]) => args.slice(0, -1).map(str).join(''),
    /** The singular or plural word for a count. */
    plural: (count: unknown, one: unknown, many: unknown) => (count === 1 ? str(one) : str(many)),
    /** A Mermaid pie block of the rows: `{{pie rows title="…" desc="…" value="count"}}` (for Word, the chart's data). */
    pie: (rows: unknown, options: HelperOptions) => {
      const data = chartData(rows, (options.hash as Record<string, unknown>).value);
      if (charts === 'data') return chartFence({ type: 'pie', title: hashText(options, 'title'), description: hashText(options, 'desc'), data });
      return mermaidPie(data, { title: hashText(options, 'title'), description: hashText(options, 'desc') });
    },
    /** A Mermaid xychart bar block of the rows: `{{bar rows title="…" desc="…" y="…"}}` (for Word, the chart's data). */
    bar: (rows: unknown, options: HelperOptions) => {
      const data = chartData(rows, (options.hash as Record<string, unknown>).value);
      if (charts === 'data') return chartFence({ type: 'bar', title: hashText(options, 'title'), description: hashText(options, 'desc'), data });
      return mermaidBar(data, { title: hashText(options, 'title'), description: hashText(options, 'desc'), yTitle: hashText(options, 'y') });
    },
    /** The coordinator's Markdown text of a section (reports/<period>/*.md): as Markdown, or as HTML without raw HTML. */
    markdown: (value: unknown) => (format === 'html' ? safe(coordinatorHtml(str(value))) : coordinatorMarkdown(str(value))),
    /** The place of the table of contents: filled in with the report's level-2 headings after it once the report is rendered. */
    toc: () => safe(TOC_MARKER),
    /** Text as a CSS string literal, quotes included (the title in the print footer). */
    css_string: (value: unknown) => safe(cssString(str(value))),
    /** An inline SVG pie chart (HTML). */
    svg_pie: (rows: unknown, options: HelperOptions) => {
      chartCounter += 1;
      const data = chartData(rows, (options.hash as Record<string, unknown>).value);
      const money = (options.hash as Record<string, unknown>).value === 'cost_sek';
      return safe(svgPie(data, { title: hashText(options, 'title'), description: hashText(options, 'desc') }, { id: hashText(options, 'id') || `chart-${chartCounter}`, format: money ? (v) => formatSek(v, lang) : number, percent }));
    },
    /** An inline SVG bar chart (HTML). */
    svg_bar: (rows: unknown, options: HelperOptions) => {
      chartCounter += 1;
      const data = chartData(rows, (options.hash as Record<string, unknown>).value);
      return safe(svgBar(data, { title: hashText(options, 'title'), description: hashText(options, 'desc'), yTitle: hashText(options, 'y') }, { id: hashText(options, 'id') || `chart-${chartCounter}`, format: number }));
    },
  });
  if (format === 'html') {
    // In HTML the Markdown escapers would be wrong; Handlebars' own escaping applies.
    for (const name of ['md', 'cell', 'mmd', 'quote', 'pie', 'bar']) hb.unregisterHelper(name);
  }
}

/**
 * Renders a report template with the model. Markdown templates compile with
 * `noEscape` (text is escaped by helpers for its context: md, cell, mmd); HTML templates
 * keep Handlebars' HTML escaping. Handlebars' default runtime options stay, so a
 * template cannot reach prototype properties. Throws TemplateError on any template fault.
 */
/** How the report looks, as a template gets it (`brand`): the logo as a data URL, the accent colour, the font. */
export interface TemplateBrand {
  logo?: string;
  colour?: string;
  font?: string;
}

export function renderReportTemplate(
  source: string,
  model: ReportModel,
  options: {
    format: TemplateFormat;
    lang: Lang;
    toc?: 'contents' | 'marker';
    brand?: TemplateBrand;
    charts?: 'mermaid' | 'data';
    phrases?: PhraseCatalogue;
    /** The template's file, for errors. */
    file?: string;
    /** The section partials by name (`{{> incidents}}`). */
    partials?: Readonly<Record<string, TemplateSource>>;
  },
): string {
  const hb = Handlebars.create();
  registerHelpers(hb, options.lang, options.format, options.charts, options.phrases);
  const noEscape = options.format === 'md';
  let text: string;
  try {
    const template = hb.template(compiledSpec({ file: options.file, source }, noEscape));
    for (const [name, partial] of Object.entries(options.partials ?? {})) hb.registerPartial(name, hb.template(compiledSpec(partial, noEscape)));
    // The brand is no part of the model (the JSON report has none): templates get it beside it.
    text = template(options.brand ? { ...model, brand: options.brand } : model);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw new TemplateError(error instanceof Error ? error.message : String(error));
  }
  // The Word document makes its own contents (a Word field) where the marker stands.
  if (options.toc === 'marker') return text;
  const title = reportText('contents', options.lang);
  return options.format === 'html' ? insertHtmlToc(text, title) : insertMarkdownToc(text, title);
}
