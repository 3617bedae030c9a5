import type { Lang } from '../../i18n/lang.js';
import { validateMessage } from '../../i18n/validate-messages.js';
import type { SakConfig } from '../record-types.js';
import { allowedValues } from './check-file.js';
import type { PendingProblem } from './pending.js';
import { schemaProblems } from './schema-check.js';
import type { SchemaValidators } from './schema-check.js';

/** Checks sak.yaml: its schema, that training demands name known topics and reporting duties known categories. */
export function checkConfig(data: unknown, validators: SchemaValidators, lang: Lang): PendingProblem[] {
  const problems = schemaProblems(validators, 'config', data, { file: 'sak.yaml', lang, code: 'config' });
  if (problems.length > 0) return problems;
  const config = data as SakConfig;
  const topics = allowedValues('topic', config);
  (config.training ?? []).forEach((entry, i) => {
    if (!topics.includes(entry.topic)) {
      problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['training', i, 'topic'], anchor: 'value', message: validateMessage(lang, 'config.topic', { value: entry.topic }) });
    }
  });
  const categories = allowedValues('category', config);
  (config.reporting ?? []).forEach((entry, i) => {
    (entry.when?.categories ?? []).forEach((category, j) => {
      if (!categories.includes(category)) {
        problems.push({ severity: 'error', code: 'config', file: 'sak.yaml', path: ['reporting', i, 'when', 'categories', j], anchor: 'value', message: validateMessage(lang, 'config.category', { value: category }) });
      }
    });
  });
  return problems;
}
