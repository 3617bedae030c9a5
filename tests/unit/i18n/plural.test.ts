import { describe, expect, it } from 'vitest';
import { COUNT_WORDS, counted } from '../../../src/i18n/plural.js';
import { importMessage } from '../../../src/i18n/import-messages.js';
import { validateMessage } from '../../../src/i18n/validate-messages.js';
import { checkOutputText } from '../../../src/i18n/check-output.js';
import { KIND_TEXTS } from '../../../src/i18n/kind-texts.js';

describe('counted', () => {
  it('takes the singular for exactly one and the plural for 0 and many, in both languages', () => {
    expect(counted('sv', 1, 'record')).toBe('1 post');
    expect(counted('sv', 0, 'record')).toBe('0 poster');
    expect(counted('sv', 2, 'warning')).toBe('2 varningar');
    expect(counted('en', 1, 'warning')).toBe('1 warning');
    expect(counted('en', 0, 'record')).toBe('0 records');
    expect(counted('sv', 1, KIND_TEXTS.incident.count)).toBe('1 incident');
    expect(counted('sv', 4, KIND_TEXTS.incident.count)).toBe('4 incidenter');
  });

  it('has both forms of every word in both languages', () => {
    for (const forms of Object.values(COUNT_WORDS)) for (const lang of ['sv', 'en'] as const) expect(forms[lang].every((f: string) => f.length > 0)).toBe(true);
  });
});

describe('the count phrases of the catalogues', () => {
  it('say "1 post" after an import and "1 varning" in validate\'s summary', () => {
    expect(importMessage('sv', 'imported', { count: 1, kind: 'incident', path: 'a.csv' })).toBe('Läste in 1 post (incident) från a.csv.');
    expect(importMessage('sv', 'imported', { count: 3, kind: 'incident', path: 'a.csv' })).toBe('Läste in 3 poster (incident) från a.csv.');
    expect(importMessage('en', 'imported', { count: 1, kind: 'incident', path: 'a.csv' })).toBe('Imported 1 record (incident) from a.csv.');
    expect(validateMessage('sv', 'summary', { records: 1, errors: 1, warnings: 1 })).toBe('1 post, 1 fel, 1 varning');
    expect(validateMessage('sv', 'summary', { records: 2, errors: 0, warnings: 2 })).toBe('2 poster, 0 fel, 2 varningar');
    expect(validateMessage('en', 'summary', { records: 1, errors: 1, warnings: 0 })).toBe('1 record, 1 error, 0 warnings');
    expect(validateMessage('sv', 'summary.ok', { records: 1 })).toBe('1 post kontrollerad: inga fel');
  });

  it('agree the Swedish adjectives of the import summary and of check with the count', () => {
    expect(importMessage('sv', 'summary', { path: 'a.csv', rows: 1, created: 1, updated: 0, unchanged: 1, refused: 2 })).toBe('a.csv: 1 rad: 1 ny, 0 uppdaterade, 1 oförändrad, 2 avvisade.');
    expect(importMessage('sv', 'differ', { rows: '3', count: 1 })).toMatch(/^Rad 3 skiljer sig från posten/);
    expect(importMessage('sv', 'differ', { rows: '3, 5', count: 2 })).toMatch(/^Raderna 3, 5 skiljer sig från posterna/);
    expect(checkOutputText('sv', 'summary', { overdue: 1, due: 0, horizon: 'P90D', at: '2026-12-01' })).toMatch(/^1 försenad, 0 förfaller/);
  });
});
