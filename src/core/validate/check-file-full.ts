import { problemText } from './problem-text.js';

/** The message of a problem made only to find a place in the file (never shown). */
const PLACE_ONLY = problemText('future-date', { value: '', today: '' });
import type { KindSpec } from '../kinds.js';
import type { AnyRecord } from '../model.js';
import { parseYamlSource } from '../parse/yaml-source.js';
import type { ParsedYaml } from '../parse/yaml-source.js';
import { baseName, checkFastRecord, eventDates, isMapping, personalNumbersInText, recordProblems, yamlProblems } from './check-file.js';
import type { FileCheckContext, FileCheckResult } from './check-file.js';
import { futureDateProblems } from './future-date.js';
import { locateProblems } from './locate.js';

/**
 * Checks one record's text: read with the fast reader when the text is in its plain
 * subset and the record turns out clean, else parsed with `yaml` so that every problem
 * gets its line and column. The outcome is the same either way.
 */
export function checkRecordText(file: string, kind: KindSpec, expectedPath: string, text: string, context: FileCheckContext): FileCheckResult {
  return checkFastRecord(file, kind, expectedPath, text, context) ?? checkParsedText(file, kind, expectedPath, text, context);
}

/** Checks one record's text parsed with `yaml`, every problem located (for a text the fast path declined). */
export function checkParsedText(file: string, kind: KindSpec, expectedPath: string, text: string, context: FileCheckContext): FileCheckResult {
  return checkRecordFile(file, kind, expectedPath, parseYamlSource(text), context, text);
}

/**
 * Checks one parsed record file on its own: schema, id and file name, folder,
 * classification, personal numbers (in its values and anywhere in its `text`, comments
 * included), consistency (and future dates when `today` is given). Cross-record checks come later.
 */
export function checkRecordFile(file: string, kind: KindSpec, expectedPath: string, parsed: ParsedYaml, context: FileCheckContext, text: string): FileCheckResult {
  if (parsed.issues.length > 0) return { valid: false, problems: yamlProblems(file, parsed.issues), events: [] };
  const data = parsed.data;
  if (!isMapping(data)) {
    return { valid: false, problems: [{ severity: 'error', code: 'yaml-syntax', file, line: 1, column: 1, message: problemText('yaml.not-mapping') }], events: [] };
  }
  const { pending, id } = recordProblems(file, kind, expectedPath, data, context);
  const problems = [...locateProblems(pending, parsed.doc, parsed.lineCounter), ...personalNumbersInText(file, text, data, id)];
  const dates = eventDates(kind, data);
  const located = locateProblems(
    dates.map((e) => ({ severity: 'warning', code: 'future-date', file, path: e.path, anchor: 'value', message: PLACE_ONLY })),
    parsed.doc,
    parsed.lineCounter,
  );
  const events = dates.map((e, i) => ({ ...e, line: located[i]?.line, column: located[i]?.column }));
  if (context.today !== undefined) problems.push(...futureDateProblems(file, id, events, context.today).located);
  const valid = !problems.some((p) => p.severity === 'error');
  return { record: { kind: kind.name, id: id ?? baseName(file), file, data } as unknown as AnyRecord, valid, problems, events };
}
