import { describe, expect, it } from 'vitest';
import { completeWords, registerOption } from '../../../src/core/completion.js';
import type { CompletionModel } from '../../../src/core/completion.js';

const MODEL: CompletionModel = {
  globalOptions: [{ names: ['--register'], value: { path: 'dir' } }, { names: ['--lang'], value: { choices: ['sv', 'en'] } }, { names: ['-h', '--help'] }],
  commands: [
    { name: 'show', options: [{ names: ['--format'], value: { choices: ['text', 'json', 'yaml'] } }], args: [{ ids: 'any' }] },
    { name: 'set', options: [], args: [{ ids: 'any' }, 'free'] },
    {
      name: 'add',
      options: [],
      args: [],
      subcommands: [{ name: 'incident', options: [{ names: ['--category'], value: { choices: ['fire', 'theft'] } }, { names: ['--unit'], value: { ids: 'unit' } }, { names: ['--dry-run'] }], args: [] }],
    },
    { name: 'report', options: [{ names: ['-o', '--output'], value: { path: 'file' } }], args: [] },
  ],
};

const IDS = { unit: ['kommunstyrelsen', 'nvk'], any: ['DOC-a', 'kommunstyrelsen', 'nvk'] } as Record<string, string[]>;
const complete = (line: string) => completeWords(MODEL, line.split(' '), (kind) => IDS[kind] ?? []);

describe('completeWords', () => {
  it.each([
    ['s', ['show', 'set']],
    ['', ['show', 'set', 'add', 'report']],
    ['-', ['--register', '--lang', '-h', '--help']],
    ['add ', ['incident']],
    ['add incident --', ['--register', '--lang', '--help', '--category', '--unit', '--dry-run']],
    ['add incident --category ', ['fire', 'theft']],
    ['add incident --category=f', ['--category=fire']],
    ['add incident --unit n', ['nvk']],
    ['add incident --dry-run --unit ', ['kommunstyrelsen', 'nvk']],
    ['--lang en show D', ['DOC-a']],
    ['show DOC-a --format j', ['json']],
    ['show DOC-a ', []],
    ['set DOC-a stat', []],
    ['show -- -', []],
    ['okänt ', []],
  ])('%j → %j', (line, expected) => {
    expect(complete(line)).toEqual({ words: expected });
  });

  it('asks the shell for a path where a file or folder is wanted', () => {
    expect(complete('report -o ')).toEqual({ path: 'file' });
    expect(complete('--register r')).toEqual({ path: 'dir' });
  });

  it('looks up ids only when ids are wanted', () => {
    let asked = 0;
    completeWords(MODEL, ['add', 'incident', '--category', ''], () => (asked += 1, []));
    expect(asked).toBe(0);
  });

  it('finds --register among the words in either spelling', () => {
    expect(registerOption(['--register', 'reg', 'show', ''])).toBe('reg');
    expect(registerOption(['--register=reg', 'show', ''])).toBe('reg');
    expect(registerOption(['show', ''])).toBeUndefined();
  });
});
