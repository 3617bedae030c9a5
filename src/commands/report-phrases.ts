import { EnvironmentError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { phraseErrorMessage, reportMessage } from '../i18n/report-texts.js';
import { buildPhraseCatalogue, PhraseError, type PhraseCatalogue } from '../render/phrases.js';
import { readPhraseFiles, readReportPartials } from '../store/report-templates.js';
import type { TemplateError, TemplateSource } from '../render/report-template.js';

/**
 * The report's phrase catalogue of a language: sak's own with the register's
 * `templates/phrases.<lang>.yaml` over it. A fault in either is exit 3 with its file, line
 * and column, before anything is written.
 */
export function loadReportPhrases(root: string, lang: Lang): PhraseCatalogue {
  const files = readPhraseFiles({ root, lang });
  if ('reason' in files) {
    if (files.reason === 'not-found') throw new EnvironmentError(reportMessage(lang, 'template.not-found', { name: files.name, searched: files.searched.join(', ') }));
    throw new EnvironmentError(reportMessage(lang, 'template.unreadable', { path: files.path, reason: files.message }));
  }
  try {
    return buildPhraseCatalogue(files.builtIn, files.overrides);
  } catch (error) {
    if (error instanceof PhraseError) throw new EnvironmentError(phraseErrorMessage(lang, error));
    throw error;
  }
}

/** The section partials of a format, sak's and the register's (templates/sections/), read for the renderer. */
export function loadReportPartials(root: string, format: 'md' | 'html', lang: Lang): Record<string, TemplateSource> {
  const partials = readReportPartials({ root, format });
  if ('reason' in partials) {
    if (partials.reason === 'not-found') throw new EnvironmentError(reportMessage(lang, 'template.not-found', { name: partials.name, searched: partials.searched.join(', ') }));
    throw new EnvironmentError(reportMessage(lang, 'template.unreadable', { path: partials.path, reason: partials.message }));
  }
  return Object.fromEntries(Object.entries(partials.partials).map(([name, p]) => [name, { file: p.file, source: p.source }]));
}

/** A template fault in words, with the file (and line and column where known) of the template or partial. */
export function templateErrorMessage(lang: Lang, error: TemplateError, fallbackPath: string): string {
  const at = error.at;
  const where = at === undefined ? fallbackPath : at.line === undefined ? at.file : `${at.file}:${at.line}:${at.column ?? 1}`;
  return reportMessage(lang, 'template.error', { path: where, reason: error.message });
}
