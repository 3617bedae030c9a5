// The report's phrase catalogue: parsing, plural forms in both languages, escaping per
// output, and the errors of a register's phrase file (file, line, column).
import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../../src/core/check/rules.js';
import { LANGS } from '../../../src/i18n/lang.js';
import { phraseErrorMessage, reportMessage } from '../../../src/i18n/report-texts.js';
import { buildPhraseCatalogue, formatPhrase, PhraseError, RENAMED_PHRASE_KEYS, type PhraseFaultCode, type PhraseFormatter } from '../../../src/render/phrases.js';
import { builtInPhrases } from '../../support/report-render.js';

const plain: PhraseFormatter = { lang: 'sv', text: (t) => `<${t}>`, literal: (t) => t, number: (v) => String(v), raw: (v) => String(v), date: (v) => `D${String(v)}`, sek: (v) => `${String(v)} kr` };

function catalogue(text: string, override?: string) {
  return buildPhraseCatalogue({ file: 'built-in.yaml', text }, override === undefined ? [] : [{ file: 'templates/phrases.sv.yaml', text: override }]);
}

function fault(fn: () => unknown): PhraseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PhraseError) return error;
    throw error;
  }
  throw new Error('no PhraseError');
}

describe('phrases', () => {
  it('formats parameters, dates, amounts, plural forms with # and exact cases, and select', () => {
    const c = catalogue(
      [
        'a:',
        '  b: "{n, plural, =0 {ingen post} one {# post} other {# poster}} per {at, date}, {cost, sek}; {who}"',
        '  c: "{x, select, true {ja} other {nej}} {deep.name}"',
      ].join('\n'),
    );
    expect(formatPhrase(c, 'a.b', { n: 0, at: '2026-12-31', cost: 5, who: 'K' }, plain)).toBe('ingen post per D2026-12-31, 5 kr; <K>');
    expect(formatPhrase(c, 'a.b', { n: 1, at: 'x', cost: 1, who: 'K' }, plain)).toBe('1 post per Dx, 1 kr; <K>');
    expect(formatPhrase(c, 'a.b', { n: 2, at: 'x', cost: 1, who: 'K' }, plain)).toBe('2 poster per Dx, 1 kr; <K>');
    expect(formatPhrase(c, 'a.c', { x: true, deep: { name: 'N' } }, plain)).toBe('ja <N>');
    expect(formatPhrase(c, 'a.c', { deep: {} }, plain)).toBe('nej –');
  });

  it('gets singular and plural right in both languages of the built-in catalogue', () => {
    const sv = builtInPhrases('sv');
    const en = builtInPhrases('en');
    const f = (lang: 'sv' | 'en'): PhraseFormatter => ({ ...plain, lang, text: (t) => t });
    expect(formatPhrase(sv, 'deadlines.area_counts', { overdue: 1, due: 2 }, f('sv'))).toBe('1 tidsfrist är försenad och 2 förfaller inom tolv månader.');
    expect(formatPhrase(sv, 'deadlines.area_counts', { overdue: 2, due: 0 }, f('sv'))).toBe('2 tidsfrister är försenade och ingen förfaller inom tolv månader.');
    expect(formatPhrase(en, 'deadlines.area_counts', { overdue: 1, due: 1 }, f('en'))).toBe('1 deadline is overdue and 1 falls due within twelve months.');
    expect(formatPhrase(en, 'deadlines.area_counts', { overdue: 3, due: 2 }, f('en'))).toBe('3 deadlines are overdue and 2 fall due within twelve months.');
  });

  it('has the same keys and parameters in Swedish and English', () => {
    const sv = builtInPhrases('sv');
    const en = builtInPhrases('en');
    expect([...en.keys()].sort()).toEqual([...sv.keys()].sort());
    for (const [key, phrase] of sv) expect([...(en.get(key)?.params ?? [])].sort(), key).toEqual([...phrase.params].sort());
  });

  it('says what every rule of sak check asks, in the deadline section', () => {
    for (const lang of LANGS) for (const rule of RULE_NAMES) expect(builtInPhrases(lang).has(`deadlines.what.${rule}`), `${lang} ${rule}`).toBe(true);
  });

  it('lets an override change a phrase, with the parameters of the built-in one', () => {
    const c = catalogue('a:\n  b: "{n} st"\n  c: x\n', 'a:\n  b: "Antal: {n, number}"\n');
    expect(formatPhrase(c, 'a.b', { n: 3 }, plain)).toBe('Antal: 3');
    expect(formatPhrase(c, 'a.c', {}, plain)).toBe('x');
  });

  it('names the file, line and column of an unknown key, an unknown parameter and a syntax fault', () => {
    const unknown = fault(() => catalogue('a:\n  b: x\n', '# comment\na:\n  bb: "y"\n'));
    expect([unknown.file, unknown.line, unknown.column, unknown.code, unknown.params.key]).toEqual(['templates/phrases.sv.yaml', 3, 8, 'unknown-key', 'a.bb']);
    const param = fault(() => catalogue('a:\n  b: "{n}"\n', 'a:\n  b: "{m}"\n'));
    expect([param.line, param.code, param.params.param]).toEqual([2, 'unknown-param', 'm']);
    const syntax = fault(() => catalogue('a:\n  b: x\n', 'a:\n  b: "ab {n, plural, one {x}}"\n'));
    expect([syntax.line, syntax.column, syntax.code]).toEqual([2, 10, 'no-other']);
    const unclosed = fault(() => catalogue('a:\n  b: x\n', 'a:\n  b: "ab {n"\n'));
    expect([unclosed.line, unclosed.column, unclosed.code]).toEqual([2, 10, 'unclosed']);
    const yaml = fault(() => catalogue('a:\n  b: x\n', 'a:\n  b: "x\n'));
    expect(yaml.code).toBe('yaml');
    const shape = fault(() => catalogue('a:\n  b: x\n', 'a:\n  b: [1, 2]\n'));
    expect([shape.line, shape.code]).toEqual([2, 'bad-value']);
  });

  it('tells an override of a renamed key its new key, and the built-in catalogue has every new key and none of the old', () => {
    const renamed = fault(() => buildPhraseCatalogue({ file: 'built-in.yaml', text: 'front:\n  public_notice: "x {omitted}"\n' }, [{ file: 'templates/phrases.sv.yaml', text: 'front:\n  left_out: "{omitted} utelämnade."\n' }]));
    expect([renamed.line, renamed.column, renamed.code, renamed.params.key, renamed.params.now]).toEqual([2, 14, 'renamed-key', 'front.left_out', 'front.public_notice']);
    expect(phraseErrorMessage('sv', renamed)).toContain('frasnyckeln front.left_out heter nu front.public_notice');
    for (const lang of LANGS) {
      const phrases = builtInPhrases(lang);
      for (const [old, now] of RENAMED_PHRASE_KEYS) {
        expect(phrases.has(old), `${lang} ${old}`).toBe(false);
        expect(phrases.has(now), `${lang} ${now}`).toBe(true);
      }
    }
  });

  it('says every fault in words in both languages', () => {
    const codes: PhraseFaultCode[] = ['yaml', 'not-map', 'bad-key', 'bad-value', 'unknown-key', 'renamed-key', 'unknown-param', 'unclosed', 'unopened', 'bad-name', 'bad-format', 'no-cases', 'bad-case', 'case-text', 'no-other'];
    for (const lang of LANGS) {
      for (const code of codes) {
        const text = phraseErrorMessage(lang, { file: 'templates/phrases.sv.yaml', line: 3, column: 5, code, params: { key: 'a.b', param: 'm', format: 'plural', case: 'x', name: 'n', reason: 'r', near: '', known: '', now: 'a.c' } });
        expect(text).toMatch(/^templates\/phrases\.sv\.yaml:3:5: \S/);
        expect(text).not.toContain('undefined');
      }
      expect(reportMessage(lang, 'template.phrase', { file: 'f', line: 1, column: 2, reason: 'r' })).toContain('f:1:2: r');
    }
  });
});
