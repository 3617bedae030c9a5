// A personnummer in any spelling, on any path (issue "Safe to publish, safe to share", item 2):
// every write refuses it before anything is written, and `sak validate` reports it with line
// and column wherever it stands in a file: a string, a number, a comment, sak.yaml. The number
// 19850709–1232 is a fictitious test number (valid date and check digit).
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editInProcess } from '../support/scripted-editor.js';
import { makeGitRegister, makeTempDir, readText, sak, writeRecord } from './helpers.js';
import { expectNoFault, expectUnchanged, snapshot } from './support/hardening.js';

const INCIDENT_FLAGS = ['--title', 'Krossad ruta i entrén (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'vandalism', '--severity', 'low', '--no-input'];
const INC = 'incidents/2026/INC-20261101-7QX2K.yaml';
const incident = (extra: string) => `id: INC-20261101-7QX2K\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: open\n${extra}`;

describe('every write path refuses a personnummer in any spelling', () => {
  it('add (flags, --set, --input), import and init --municipality: refused, masked, nothing written', async () => {
    const root = await makeGitRegister();
    writeFileSync(path.join(root, '..', 'in.yaml'), 'title: Från fil (fiktiv)\nunit: kommunstyrelsen\ncategory: theft\nseverity: medium\nnotes: ring 850709 1232\n');
    const csv = path.join(makeTempDir(), 'incidenter.csv');
    writeFileSync(csv, 'title;date;unit;category;severity;description\nStöld (fiktiv);2026-11-02;kommunstyrelsen;theft;low;Anmält av 850709+1232\n');
    const before = snapshot(root);
    const runs = [
      ['add', 'incident', ...INCIDENT_FLAGS, '--description', 'Hotad av 19850709–1232'],
      ['add', 'incident', ...INCIDENT_FLAGS, '--set', 'cost_sek=198507091232'],
      ['add', 'incident', ...INCIDENT_FLAGS, '--description', 'se INC-19850709-1232'],
      ['add', 'incident', '--input', path.join(root, '..', 'in.yaml'), '--no-input'],
      ['import', 'incident', csv],
    ];
    for (const args of runs) {
      const run = await sak(root, args);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(/personnummer/);
      expect(run.stderr).toMatch(/XXXX/);
      expect(run.stderr).not.toMatch(/1232/);
      expectNoFault(run);
    }
    expectUnchanged(root, before);

    const dir = makeTempDir();
    const init = await sak(dir, ['init', 'register', '--municipality', 'Provkommun 19850709–1232 (fiktiv)']);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/personnummer \(19850709–XXXX\)/);
    expect(init.stderr).not.toMatch(/1232/);
    expect(readDirSafe(path.join(dir, 'register'))).toEqual([]);
  });

  it('edit refuses a copy with a personnummer in a comment (in process)', async () => {
    const root = await makeGitRegister();
    writeRecord(root, INC, incident(''));
    const original = readText(root, INC);
    const { code, out } = await editInProcess(root, 'INC-20261101-7QX2K', [(text) => text.replace('severity: low', 'severity: low # anmälare 19850709–1232')], { again: 'n' });
    expect(out.stderr).toMatch(/error pii/);
    expect(out.stderr).not.toMatch(/1232/);
    expect(code).toBe(1);
    expect(readText(root, INC)).toBe(original);
  });
});

describe('sak validate finds a personnummer wherever it stands in a file', () => {
  it.each([
    ['a description with an en dash', INC, incident('description: Hotad av 19850709–1232\n'), /INC-20261101-7QX2K\.yaml:8:\d+ error pii/],
    ['a comment', INC, incident('# anmälare 19850709–1232\n'), /INC-20261101-7QX2K\.yaml:8:12 error pii/],
    ['cost_sek', INC, incident('cost_sek: 198507091232\n'), /INC-20261101-7QX2K\.yaml:8:11 error pii/],
    ['a prefix that forms no id', INC, incident('notes: INC-19850709-1232\n'), /INC-20261101-7QX2K\.yaml:8:\d+ error pii/],
    ['a comment in sak.yaml', 'sak.yaml', null, /sak\.yaml:\d+:\d+ error pii/],
  ])('%s', async (_name, file, text, expected) => {
    const root = await makeGitRegister();
    if (text === null) writeRecord(root, file, `${readText(root, file)}# kontakt 850709 1232\n`);
    else writeRecord(root, file, text);
    const run = await sak(root, ['validate', '--no-cache']);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(expected);
    expect(run.stdout + run.stderr).not.toMatch(/1232/);
  });
});

function readDirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
