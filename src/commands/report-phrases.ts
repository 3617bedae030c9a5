import { EnvironmentError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { phraseErrorMessage, reportMessage } from '../i18n/report-texts.js';
import { buildPhraseCatalogue, PhraseError, type PhraseCatalogue } from '../render/phrases.js';
import { readPhraseFiles } from '../store/report-templates.js';

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
