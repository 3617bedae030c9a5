// Values given to a command (flags, PATH=VALUE, prompts) read by the one parser per field type.
import { ProblemsError } from '../errors.js';
import { isParsedField, parseFieldValue } from '../core/field-values.js';
import type { UnitName, ValueContext, ValueProblem } from '../core/field-values.js';
import type { FieldSpec } from '../core/fields.js';
import type { SakConfig } from '../core/record-types.js';
import { enumLabels, namedValueText } from '../i18n/labels.js';
import type { Lang } from '../i18n/lang.js';
import { valueMessage } from '../i18n/value-messages.js';
import { readUnitNames } from '../store/record-index.js';
import type { WriteSetup } from './record-write.js';

/** The context of parseFieldValue with sak.yaml alone: enum values by code or label, units taken as given. */
export function configValueContext(config: SakConfig | null): ValueContext {
  return { config, names: enumLabels };
}

/** The context of parseFieldValue for a write: sak.yaml, the labels of values, and the register's units read once when a unit is named. */
export function writeValueContext(setup: Pick<WriteSetup, 'config' | 'index'>, extra: Partial<ValueContext> = {}): ValueContext {
  let units: UnitName[] | undefined;
  return {
    ...configValueContext(setup.config),
    units: () => (units ??= readUnitNames(setup.index)),
    ...extra,
  };
}

/** The message of a value that could not be read, naming the field (or flag) and the text. */
export function valueProblemText(lang: Lang, problem: ValueProblem, field: string, value: string): string {
  const suggestion = problem.suggestion === undefined ? undefined : namedValueText(problem.suggestion, lang);
  return valueMessage(lang, problem.key, { field, value, suggestion, allowed: problem.allowed?.map((v) => namedValueText(v, lang)).join(', ') });
}

/**
 * Reads the values given to one command, collecting what cannot be read so that all of
 * it is said at once: `check()` then fails with every problem (exit 1, nothing written),
 * each saying why and, where one is near, "menade du …?".
 */
export class FieldValueReader {
  private readonly problems: string[] = [];

  constructor(
    private readonly ctx: ValueContext,
    private readonly lang: Lang,
  ) {}

  /** The value of a field from text; on a problem the text itself (noted for check()). */
  read(field: FieldSpec, raw: string, name: string): unknown {
    const result = parseFieldValue(field, raw, this.ctx);
    if (result.ok) return result.value;
    this.problems.push(valueProblemText(this.lang, result.problem, name, raw.trim()));
    return raw;
  }

  /** Fails (exit 1) naming every value that could not be read. */
  check(): void {
    if (this.problems.length > 0) throw new ProblemsError(this.problems.join('\nsak: '));
  }
}

/** One field's value from a command-line text; a value that cannot be read fails at once (exit 1) saying why, with "menade du …?". */
export function readFieldValue(field: FieldSpec, raw: string, ctx: ValueContext, lang: Lang, name: string): unknown {
  const reader = new FieldValueReader(ctx, lang);
  const value = reader.read(field, raw, name);
  reader.check();
  return value;
}

/** True when a PATH=VALUE text is for the field parser rather than YAML (a scalar field that the parser reads, not a YAML list or mapping). */
export function parsesAsField(field: FieldSpec | undefined, raw: string): field is FieldSpec {
  return field !== undefined && isParsedField(field) && !/^\s*[[{]/.test(raw);
}
