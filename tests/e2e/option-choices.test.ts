// Options with a list of values are declared with commander's `.choices()` (#15 item 3): the
// value is checked while the command line is parsed, with sak's own message and exit code 2,
// in the language the command would have spoken (the register's `locale` included), and
// `sak __complete` offers the values.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, sak, sakHere } from './helpers.js';

describe('an option with a list of values', () => {
  it('refuses another value with sak\'s message (exit 2), not commander\'s', async () => {
    const run = await sakHere(['check', '--fail-on', 'sometimes', '--register', 'register']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('sak: okänt värde "sometimes" för --fail-on; välj overdue, due, never\n');
    const en = await sakHere(['--lang', 'en', 'log', 'INC-20261120-AAAAA', '--format', 'jsn', '--register', 'register']);
    expect(en.stderr).toBe('sak: unknown format "jsn"; choose text, json. Did you mean json?\n');
    expect(en.stderr).not.toMatch(/invalid|Allowed choices/);
  });

  it('says so in the register\'s language when neither --lang nor SAK_LANG names one', async () => {
    // The value is refused before the register is read: its sak.yaml is all it needs.
    const root = makeTempDir();
    writeFileSync(path.join(root, 'sak.yaml'), 'format: 1\nmunicipality: Provkommun (fiktiv)\nlocale: en\n');
    const run = await sak(root, ['report', '--audience', 'everyone']);
    expect(run).toMatchObject({ code: 2, stderr: 'sak: unknown value "everyone" for --audience; choose public, internal\n' });
    const swedish = await sak(root, ['report', '--audience', 'everyone'], { env: { SAK_LANG: 'sv' } });
    expect(swedish.stderr).toBe('sak: okänt värde "everyone" för --audience; välj public, internal\n');
    // A bad --lang is still the first thing said.
    expect((await sak(root, ['--lang', 'fi', 'report', '--audience', 'everyone'])).stderr).toBe('sak: okänt språk "fi"; välj sv eller en\n');
  });

  it('takes a value in any case where case means nothing (--encoding)', async () => {
    const root = makeTempDir();
    expect((await sak(root, ['init', '--municipality', 'Provkommun (fiktiv)', '--no-git'])).code).toBe(0);
    writeFileSync(path.join(root, 'incidenter.csv'), 'title;date;unit;category;severity\nVattenläcka (fiktiv);2026-11-20;kommunstyrelsen;other;low\n');
    const upper = await sak(root, ['import', 'incident', 'incidenter.csv', '--encoding', 'UTF-8', '--dry-run']);
    expect(upper.code, upper.stderr).toBe(0);
    const bad = await sak(root, ['import', 'incident', 'incidenter.csv', '--encoding', 'Latin-9']);
    expect(bad).toMatchObject({ code: 2, stderr: 'sak: okänt värde "latin-9" för --encoding; välj auto, utf-8, windows-1252, iso-8859-1\n' });
  });

  it('is offered by completion, and its help line names the values once, in the user\'s language', async () => {
    const root = makeTempDir();
    expect((await sak(root, ['__complete', '--', 'check', '--format', ''])).stdout.split('\n').filter(Boolean)).toEqual(['text', 'json', 'github', 'ics']);
    expect((await sak(root, ['__complete', '--', 'report', '--audience', ''])).stdout.split('\n').filter(Boolean)).toEqual(['public', 'internal']);
    const help = await sakHere(['check', '--help']);
    expect(help.stdout).toMatch(/^ {2}--format <format> +utformat: text, json, github eller ics \(kalender\)$/m);
    expect(help.stdout).not.toContain('choices');
  });
});
