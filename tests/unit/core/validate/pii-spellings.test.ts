// Personal numbers in every spelling and every place of a file (issue "Safe to publish, safe
// to share", item 2): an en dash, a space, a plus sign or no separator; a string, a number,
// a comment; next to an INC-/EXR- prefix that does not form an id. The numbers are fictitious
// test numbers (valid date and Luhn digit), never a real person's.
import { describe, expect, it } from 'vitest';
import { getKind } from '../../../../src/core/kinds.js';
import { checkRecordText } from '../../../../src/core/validate/check-file-full.js';
import { findPersonalNumbers, personalNumberKey } from '../../../../src/core/validate/pii.js';
import { getValidators } from '../../../../src/store/validators.js';
import { problemMessage } from '../../../../src/i18n/validate-messages.js';

describe('findPersonalNumbers, every spelling', () => {
  it.each([
    ['19850709–1232', 'an en dash'],
    ['850709–1232', 'an en dash, no century'],
    ['19850709—1232', 'an em dash'],
    ['850709−1232', 'a minus sign'],
    ['19850709 1232', 'a space'],
    ['850709 1232', 'a space, no century'],
    ['850709\u00a01232', 'a no-break space'],
    ['850709+1232', 'a plus sign'],
    ['198507091232', 'no separator'],
    ['8507091232', 'no separator, no century'],
  ])('finds %s (%s)', (text) => {
    expect(findPersonalNumbers(`Anmälare ${text} (fiktiv)`)).toEqual([expect.objectContaining({ text, kind: 'personnummer' })]);
  });

  it('gives one key to every spelling of one number', () => {
    const keys = ['19850709–1232', '850709 1232', '198507091232', '850709+1232'].map((text) => personalNumberKey({ text }));
    expect(new Set(keys)).toEqual(new Set(['8507091232']));
  });

  it('finds the number after an INC-/EXR- prefix that does not form an id, and skips a well-formed id', () => {
    expect(findPersonalNumbers('se INC-19850709-1232')).toHaveLength(1);
    expect(findPersonalNumbers('se EXR-198507091232')).toHaveLength(1);
    expect(findPersonalNumbers('se INC-19850709–1232')).toHaveLength(1);
    expect(findPersonalNumbers('se INC-19850709-1232x')).toHaveLength(1);
    expect(findPersonalNumbers('se INC-19850709-1232X och EXR-19850709-12320')).toEqual([]);
  });

  it('does not take a date, a time or an id for one', () => {
    for (const text of ['2026-11-26 1232', '2026-07-09 12:32', 'INC-20260728-1231X', '8507091233', '850709 12 32']) expect(findPersonalNumbers(text), text).toEqual([]);
  });
});

const INC = 'incidents/2026/INC-20261101-7QX2K.yaml';
const incident = (extra: string) => `id: INC-20261101-7QX2K\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: open\n${extra}`;

async function piiProblems(text: string) {
  const result = checkRecordText(INC, getKind('incident'), INC, text, { validators: await getValidators(), config: null });
  return result.problems.filter((p) => p.code === 'pii').map((p) => ({ line: p.line, column: p.column, field: p.field, message: problemMessage(p.message, 'sv') }));
}

describe('a record file with a personal number anywhere', () => {
  it('reports one in a description with an en dash, at the value', async () => {
    expect(await piiProblems(incident('description: Hotad av 19850709–1232 (fiktiv)\n'))).toEqual([expect.objectContaining({ line: 8, field: '/description', message: expect.stringMatching(/19850709–XXXX/) })]);
  });

  it('reports one in a number field, at the value', async () => {
    expect(await piiProblems(incident('cost_sek: 198507091232\n'))).toEqual([expect.objectContaining({ line: 8, column: 11, field: '/cost_sek' })]);
    expect(await piiProblems(incident('cost_sek: 8507091232\n'))).toEqual([expect.objectContaining({ line: 8, field: '/cost_sek' })]);
  });

  it('reports one in a comment, with line and column', async () => {
    expect(await piiProblems(incident('# anmälare 19850709–1232\ndescription: ok\n'))).toEqual([expect.objectContaining({ line: 8, column: 12 })]);
    expect(await piiProblems(`# 850709 1232\n${incident('')}`)).toEqual([expect.objectContaining({ line: 1, column: 3 })]);
    expect(await piiProblems(incident('severity: low # 850709+1232\n').replace('severity: low\n', ''))).toHaveLength(1);
  });

  it('reports a number next to a prefix that forms no id', async () => {
    expect(await piiProblems(incident('description: se INC-19850709-1232\n'))).toHaveLength(1);
  });

  it('reports a number once when a value holds it, however a comment spells it', async () => {
    expect(await piiProblems(incident('description: 19850709-1232 # 850709 1232\n'))).toHaveLength(1);
  });

  it('reports nothing in a clean record with ids, dates and amounts', async () => {
    expect(await piiProblems(incident('cost_sek: 12500\nlinks: [INC-20260728-1231X]\n# rapporterad 2026-11-02 12:32\n'))).toEqual([]);
  });
});
