// The allowed values of the options that take one of a list. The commander declarations
// (cli/commands/*.ts) check them with `.choices()` and the run functions get their type; this
// module is small and loads with the program, the commands' own modules only when they run.
import { cliMessage } from '../i18n/cli-messages.js';
import type { Lang } from '../i18n/lang.js';
import { suggestNearest } from '../core/suggest.js';

export { AUDIENCES, type Audience } from '../core/report/model.js';
export { CI_PLATFORMS, type CiPlatform } from '../core/init/ci-platforms.js';

/** `sak validate --format`. */
export const VALIDATE_FORMATS = ['text', 'json', 'github', 'gitlab', 'junit'] as const;
/** `sak check --format`. */
export const CHECK_FORMATS = ['text', 'json', 'github', 'ics'] as const;
/** `sak check --fail-on`: the least urgent status that makes the exit status 1. */
export const FAIL_ON = ['overdue', 'due', 'never'] as const;
/** `sak list --format`. */
export const LIST_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;
/** `sak show --format`. */
export const SHOW_FORMATS = ['text', 'json', 'yaml'] as const;
/** `sak log --format`. */
export const LOG_FORMATS = ['text', 'json'] as const;
/** `sak schema --format`. */
export const SCHEMA_FORMATS = ['text', 'json'] as const;
/** `sak report --format`. */
export const REPORT_FORMATS = ['md', 'html', 'json', 'docx', 'pdf'] as const;
/** `--format` of the commands that write a record (add, set, close, review, edit, import). */
export const WRITE_FORMATS = ['text', 'json'] as const;
/** `sak import --encoding` (any case): `auto` is UTF-8, or Windows-1252 when the file is not UTF-8. */
export const IMPORT_ENCODINGS = ['auto', 'utf-8', 'windows-1252', 'iso-8859-1'] as const;

/** The usage error's text for a value not among an option's allowed values, with "did you mean" when one is near. */
export function badChoiceMessage(value: string, allowed: readonly string[], option: string, lang: Lang): string {
  const message = option === '--format' ? cliMessage(lang, 'usage.bad-format', { value, allowed: allowed.join(', ') }) : cliMessage(lang, 'usage.bad-choice', { value, option, allowed: allowed.join(', ') });
  const suggestion = suggestNearest(value, allowed);
  return suggestion ? `${message}. ${cliMessage(lang, 'usage.did-you-mean', { suggestion })}` : message;
}
