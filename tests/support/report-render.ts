// The report renderer as the tests use it: the built-in phrase catalogue of the language
// unless a test gives its own (the CLI reads it, with a register's phrases, in loadReportPhrases).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportModel } from '../../src/core/report/model.js';
import type { Lang } from '../../src/i18n/lang.js';
import { buildPhraseCatalogue, type PhraseCatalogue } from '../../src/render/phrases.js';
import { renderReportTemplate as render } from '../../src/render/report-template.js';
import { BUILT_IN_TEMPLATE_DIR, readPhraseFiles, readReportPartials } from '../../src/store/report-templates.js';

const cache = new Map<Lang, PhraseCatalogue>();

/** sak's own phrase catalogue of a language. */
export function builtInPhrases(lang: Lang): PhraseCatalogue {
  let catalogue = cache.get(lang);
  if (!catalogue) {
    const files = readPhraseFiles({ lang });
    if ('reason' in files) throw new Error(`no built-in phrases for ${lang}`);
    catalogue = buildPhraseCatalogue(files.builtIn);
    cache.set(lang, catalogue);
  }
  return catalogue;
}

/** sak's own section partials of a format. */
export function builtInPartials(format: 'md' | 'html'): Record<string, { file: string; source: string }> {
  const read = readReportPartials({ format });
  if ('reason' in read) throw new Error(`no built-in sections for ${format}`);
  return read.partials;
}

/** sak's own report skeleton of a format (the language is the phrases'). */
export function builtInTemplate(format: 'md' | 'html'): string {
  return readFileSync(path.join(BUILT_IN_TEMPLATE_DIR, `report.${format}.hbs`), 'utf8');
}

/** renderReportTemplate with the built-in phrases of the language and the built-in sections unless given. */
export function renderReportTemplate(source: string, model: ReportModel, options: Parameters<typeof render>[2]): string {
  return render(source, model, { ...options, phrases: options.phrases ?? builtInPhrases(options.lang), partials: options.partials ?? builtInPartials(options.format) });
}
