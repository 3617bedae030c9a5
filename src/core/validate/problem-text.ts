// What a problem says, as data: a message key of the validate catalogue and its typed
// parameters. The words are made at the edge (src/i18n/validate-messages.ts), in the language
// of the output, so a problem (and the cache that keeps it) is the same in every language.
import type { KindName } from '../kind-name.js';

type None = Record<never, never>;

/** A JSON type as Ajv names it in a `type` error. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** The keys of the expected forms of a value ("ett datum ÅÅÅÅ-MM-DD"). */
export type ExpectedKey = Extract<keyof ProblemMessageParams, `expected.${string}`>;

/** What a value should have been: an expected form of the catalogue, or the schema's own words (a pattern, a format name). */
export type Expected = { [K in ExpectedKey]: { key: K; params: ProblemMessageParams[K] } }[ExpectedKey] | string;

/** A personal number's kind (pii.ts). */
export type PersonalNumberKind = 'personnummer' | 'samordningsnummer';

/** The parameters of each message of `sak validate` (and of the sentences its messages are made of). */
export interface ProblemMessageParams {
  'yaml.syntax': { detail: string };
  'yaml.duplicate-key': { key: string };
  'yaml.multiple-documents': None;
  'yaml.tab-indent': None;
  'yaml.alias': { detail: string };
  'yaml.anchor': { detail: string };
  'yaml.tag': { detail: string };
  'yaml.too-deep': { detail: string };
  'yaml.conflict-marker': { detail: string };
  'yaml.complex-key': None;
  'yaml.control-character': { detail: string };
  'yaml.not-mapping': None;
  encoding: None;
  /** A file edited in the editor that is not UTF-8 (sak edit). */
  'encoding.edited': None;
  'file-too-large': { size: number };
  'not-regular-file': None;
  /** A file that could not be read, with the system's own words. */
  'file-unreadable': { detail: string };
  'not-a-folder': None;
  'unknown-file': { folder: string; example: string };
  'unknown-file.yml': None;
  'config.missing': None;
  'schema.required': { name: string };
  'schema.unknown-field': { name: string; suggestion?: string | undefined };
  'schema.type': { types: readonly JsonType[] };
  'schema.enum': { value: string; allowed: string; suggestion?: string | undefined };
  'schema.pattern': { value: string; expected: Expected };
  'schema.format': { value: string; expected: Expected };
  'schema.minimum': { value: string; limit: string };
  'schema.maximum': { value: string; limit: string };
  'schema.minLength': { limit: string };
  'schema.maxLength': { limit: string };
  'schema.minItems': { limit: string };
  'schema.maxItems': { limit: string };
  'schema.uniqueItems': None;
  'schema.const': { expected: string };
  'schema.alternatives': { expected: Expected };
  'schema.reserved-name': { value: string };
  'schema.other': { detail: string };
  'id-filename': { id: string; name: string };
  'file-location.folder': { id: string; expected: string };
  'file-location.year': { id: string; expected: string };
  'id-duplicate': { id: string; other: string };
  'ref-missing': { ref: string; suggestion?: string | undefined };
  'ref-kind': { ref: string; actual: KindName; expected: KindName };
  classification: None;
  pii: { what: PersonalNumberKind; masked: string };
  'pii.personnummer': None;
  'pii.samordningsnummer': None;
  'consistency.closed-missing': None;
  'consistency.done-missing': None;
  'consistency.closed-before': { value: string; other: string };
  'consistency.done-before': { value: string; other: string };
  'consistency.order': { list: string; value: string; other: string };
  'future-date': { value: string; today: string };
  'report.unknown-section': { name: string; sections: string };
  'report.folder-name': { name: string };
  'report.meta-missing': None;
  'report.not-public': { id: string; what: 'incident' | 'risk' | 'site' };
  'report.not-public.incident': None;
  'report.not-public.risk': None;
  'report.not-public.site': None;
  'report.unknown-id': { id: string };
  'schemas-outdated': None;
  summary: { records: number; errors: number; warnings: number };
  'summary.ok': { records: number };
  'unknown-value.category': None;
  'unknown-value.topic': None;
  'risk.scale': { axis: 'likelihood' | 'consequence'; value: number; limit: number };
  'config.levels': { limit: number };
  'config.training-units': None;
  'config.topic': { value: string };
  'config.category': { value: string };
  'config.demand-duplicate': { value: string };
  'config.demand-scope': { value: string };
  'config.demand-unit': { value: string; suggestion?: string | undefined };
  'config.demand-months': { value: string };
  'demand-missing': { value: string; suggestion?: string | undefined };
  'config.basis-document': { value: string };
  'expected.date': None;
  'expected.valid-date': None;
  'expected.partial-date': None;
  'expected.duration': None;
  'expected.review': None;
  'expected.time': None;
  'expected.slug': None;
  'expected.unit-id': None;
  'expected.prefixed-id': { prefix: string };
  'expected.dated-id': { prefix: string };
  'expected.any-id': None;
  'expected.one-line': None;
  'expected.uri': None;
  'type.string': None;
  'type.integer': None;
  'type.number': None;
  'type.boolean': None;
  'type.array': None;
  'type.object': None;
  'type.null': None;
}

/** A message key of the validate catalogue. */
export type ProblemKey = keyof ProblemMessageParams;

/** The parameters a key takes, as the rest of a call: none for a message without parameters. */
export type ParamsOf<K extends ProblemKey> = keyof ProblemMessageParams[K] extends never ? [params?: ProblemMessageParams[K]] : [params: ProblemMessageParams[K]];

/** What a problem says: a key and its parameters. */
export type ProblemText = { [K in ProblemKey]: { key: K; params: ProblemMessageParams[K] } }[ProblemKey];

/** The text of a problem: `problemText('schema.required', { name: 'title' })`. */
export function problemText<K extends ProblemKey>(key: K, ...[params]: ParamsOf<K>): ProblemText {
  return { key, params: params ?? {} } as ProblemText;
}

/** An expected form of the catalogue, for a parameter of type Expected. */
export function expectedText<K extends ExpectedKey>(key: K, ...[params]: ParamsOf<K>): Expected {
  return { key, params: params ?? {} } as Expected;
}
