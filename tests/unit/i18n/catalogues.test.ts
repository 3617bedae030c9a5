import { describe, expect, it } from 'vitest';
import { CATALOGUE as BULK_SET } from '../../../src/i18n/bulk-set-messages.js';
import { CHECK_MESSAGES, DEADLINE_STATUS_LABELS, RULE_LABELS } from '../../../src/i18n/check-messages.js';
import { CATALOGUE as CHECK_OUTPUT } from '../../../src/i18n/check-output.js';
import { CATALOGUE as CLI } from '../../../src/i18n/cli-messages.js';
import { CATALOGUE as HELP } from '../../../src/i18n/help.js';
import { CATALOGUE as HELP_ONBOARDING } from '../../../src/i18n/help-onboarding.js';
import { CATALOGUE as HELP_RECORDS } from '../../../src/i18n/help-records.js';
import { CATALOGUE as HELP_REPORT } from '../../../src/i18n/help-report.js';
import { CATALOGUE as IMPORT, importMessage } from '../../../src/i18n/import-messages.js';
import { CATALOGUE as INIT_TEXTS, MESSAGE_CATALOGUE as INIT_MESSAGES } from '../../../src/i18n/init-texts.js';
import { KIND_TEXTS } from '../../../src/i18n/kind-texts.js';
import { ENUM_LABELS } from '../../../src/i18n/labels.js';
import { LANGS, type Lang } from '../../../src/i18n/lang.js';
import { CATALOGUE as RECORD, recordMessage } from '../../../src/i18n/record-messages.js';
import { CATALOGUE as SITE } from '../../../src/i18n/site-texts.js';
import { VALIDATE_CATALOGUES } from '../../../src/i18n/validate-messages.js';
import { CATALOGUE as VALUE } from '../../../src/i18n/value-messages.js';
import { ENUM_VALUES } from '../../../src/core/labelled.js';

// The compiler already holds each catalogue's languages to the same keys (the English one is
// typed by the Swedish one's keys, or both by one table of typed parameters: check-params.ts,
// problem-text.ts). What it cannot see is which parameters a message uses: an English message
// that leaves out `{suggestion}`, or names a parameter the Swedish one never gets. This reads
// each message's source for the parameters it uses (`p.name`, or `{name}` in a help text).

type Entry = string | ((p: never) => string);
type ByLanguage = Record<Lang, Readonly<Record<string, Entry>>>;

/** The parameters a message uses: `p.name` in a function's source, `{name}` in a text. */
function parametersOf(entry: Entry): string[] {
  const source = typeof entry === 'string' ? entry : entry.toString();
  const names = typeof entry === 'string' ? [...source.matchAll(/\{(\w+)\}/g)] : [...source.matchAll(/\bp\.(\w+)/g)];
  return [...new Set(names.map((m) => m[1] as string))].sort();
}

/** The catalogues of messages, each as one table per language. */
const CATALOGUES: Record<string, ByLanguage> = {
  'bulk-set-messages': BULK_SET,
  'check-output': { sv: Object.fromEntries(Object.entries(CHECK_OUTPUT).map(([k, v]) => [k, v.sv])), en: Object.fromEntries(Object.entries(CHECK_OUTPUT).map(([k, v]) => [k, v.en])) },
  'cli-messages': CLI,
  help: HELP,
  'help-onboarding': HELP_ONBOARDING,
  'help-records': HELP_RECORDS,
  'help-report': HELP_REPORT,
  'import-messages': IMPORT,
  'init-texts': INIT_TEXTS,
  'init-texts (messages)': INIT_MESSAGES,
  'record-messages': RECORD,
  'site-texts': SITE,
  'validate-messages': VALIDATE_CATALOGUES,
  'value-messages': VALUE,
};

/** Tables of labels: one text per language for each key. */
const LABEL_TABLES: Record<string, Readonly<Record<string, Readonly<Record<Lang, string>>>>> = {
  'check-messages RULE_LABELS': RULE_LABELS,
  'check-messages DEADLINE_STATUS_LABELS': DEADLINE_STATUS_LABELS,
  ...Object.fromEntries((['label', 'describe', 'folder'] as const).map((text) => [`kind-texts KIND_TEXTS ${text}`, Object.fromEntries(Object.entries(KIND_TEXTS).map(([kind, texts]) => [kind, texts[text]]))])),
  ...Object.fromEntries(Object.entries(ENUM_LABELS).map(([name, table]) => [`labels ENUM_LABELS.${name}`, table as Record<string, Record<Lang, string>>])),
};

describe('every message catalogue', () => {
  it.each(Object.entries(CATALOGUES))('%s: Swedish and English have the same keys, each message the same parameters', (_name, catalogue) => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.sv).sort());
    const differ = Object.keys(catalogue.sv).flatMap((key) => {
      const [sv, en] = LANGS.map((lang) => parametersOf(catalogue[lang][key] as Entry));
      return JSON.stringify(sv) === JSON.stringify(en) ? [] : [`${key}: sv ${JSON.stringify(sv)}, en ${JSON.stringify(en)}`];
    });
    expect(differ).toEqual([]);
  });

  it('check messages: one in each language for every rule', () => {
    for (const [rule, message] of Object.entries(CHECK_MESSAGES)) for (const lang of LANGS) expect(typeof message[lang], `${rule} ${lang}`).toBe('function');
  });

  it.each(Object.entries(LABEL_TABLES))('%s: a non-empty label in both languages for every key', (_name, table) => {
    const missing = Object.entries(table).flatMap(([key, labels]) => LANGS.filter((lang) => typeof labels[lang] !== 'string' || labels[lang].trim() === '').map((lang) => `${key} ${lang}`));
    expect(missing).toEqual([]);
  });

  it('labels every value of every enumeration core knows, and nothing else (ENUM_VALUES in src/core/labelled.ts)', () => {
    expect(Object.keys(ENUM_LABELS).sort()).toEqual(Object.keys(ENUM_VALUES).sort());
    for (const [name, values] of Object.entries(ENUM_VALUES)) expect(Object.keys(ENUM_LABELS[name as keyof typeof ENUM_LABELS]), name).toEqual([...values]);
  });

  it('holds each call to its message\'s parameters (typecheck fails on this file if one of the calls marked below compiles)', () => {
    // Never called: what matters is that none of these compiles.
    const wrong = () => [
      // @ts-expect-error: a missing parameter
      recordMessage('sv', 'added'),
      // @ts-expect-error: a misspelt parameter
      recordMessage('en', 'added', { fil: 'x.yaml' }),
      // @ts-expect-error: a parameter of another type (a row is a number)
      importMessage('sv', 'where.row', { row: '3' }),
      // @ts-expect-error: a key that is not in the catalogue
      recordMessage('sv', 'adde', { file: 'x.yaml' }),
    ];
    expect(wrong).toBeTypeOf('function');
    expect([recordMessage('sv', 'added', { file: 'x.yaml' }), recordMessage('en', 'yes'), importMessage('en', 'where.row', { row: 3 })]).toEqual(['Skapade x.yaml.', 'yes', 'row 3']);
  });

  it('finds the parameters it compares (the patterns match real messages)', () => {
    expect(parametersOf((p: { name: string; suggestion?: string }) => `okänt fält "${p.name}"${p.suggestion ? `; menade du "${p.suggestion}"?` : ''}`)).toEqual(['name', 'suggestion']);
    expect(parametersOf('Kör {command} i {folder}, sedan {command}')).toEqual(['command', 'folder']);
  });
});
