// Help that teaches: examples first in every command's --help, a short overview for `sak`
// alone, and "did you mean" for commands and option values.
import { describe, expect, it } from 'vitest';
import { makeTempDir, sakHere } from './helpers.js';

const COMMANDS = ['init', 'add', 'import', 'list', 'show', 'set', 'close', 'review', 'edit', 'log', 'validate', 'check', 'report', 'schema', 'completion'];

describe('help', () => {
  it('every command\'s --help starts with examples that use the command, in Swedish and English', async () => {
    for (const command of COMMANDS) {
      const sv = await sakHere([command, '--help']);
      expect(sv.code).toBe(0);
      expect(sv.stdout.startsWith('Exempel:\n'), command).toBe(true);
      expect(sv.stdout.split('\n')[1]).toMatch(new RegExp(`sak ${command}|source <\\(sak completion`));
      const en = await sakHere([command, '--help', '--lang', 'en']);
      expect(en.stdout.startsWith('Examples:\n'), command).toBe(true);
    }
    const kind = await sakHere(['add', 'incident', '--help']);
    expect(kind.stdout.startsWith('Exempel:\n')).toBe(true);
  });

  it('sak without arguments prints a short overview: the main commands and three examples', async () => {
    const run = await sakHere([]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(25);
    for (const command of ['init', 'add', 'import', 'check', 'validate', 'report']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\s`, 'm'));
    expect(lines.filter((l) => /^ {2}sak /.test(l))).toHaveLength(3);
    expect(run.stdout).toContain('sak --help');
    const full = await sakHere(['--help']);
    expect(full.stdout.split('\n').length).toBeGreaterThan(lines.length);
    expect(full.stdout).toContain('import');
  });

  it('suggests the command or value meant', async () => {
    const command = await sakHere(['valdate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Menade du validate?');
    const format = await sakHere(['validate', '--format', 'jsn', '--register', 'register']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('Menade du json?');
    const ci = await sakHere(['init', makeTempDir(), '--ci', 'gitlb', '--municipality', 'X kommun']);
    expect(ci.code).toBe(2);
    expect(ci.stderr).toContain('Menade du gitlab?');
  });
});
