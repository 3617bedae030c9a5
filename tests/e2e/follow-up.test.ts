// Every overdue or due item of `sak check` ends with the command that records its follow-up
// (issue 18 item 6). The test runs each of those commands, placeholders filled in, on a copy
// of a register, and then finds none of those items overdue or due any more.
import { describe, expect, it } from 'vitest';
import { copyRegister, runSak, TODAY } from './helpers.js';

interface Item {
  status: string;
  rule: string;
  id: string;
  ref?: string;
  topic?: string;
  authority?: string;
  stage?: string;
  demand?: string;
  command?: string;
}

const key = (i: Item) => [i.rule, i.id, i.ref, i.topic, i.authority, i.stage, i.demand].join('|');

/** A command line split as a POSIX shell would (single quotes only, as the renderer quotes). */
function splitCommand(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? (m[2] as string));
}

/** The command with its placeholders filled in: today, the first step or value, a unit, and what an `add` needs besides. */
function filled(command: string, unit: string): string[] {
  const words = splitCommand(
    command
      .replace(/end=<YYYY-MM-DD>/, 'end=2031-12-31')
      .replace(/<YYYY-MM-DD>/g, TODAY)
      .replace(/<1–\d>/g, '1')
      .replace(/<([a-z_]+)\|[^>]*>/g, '$1')
      .replace(/<unit>/g, unit),
  );
  if (words[1] === 'add' && words[2] === 'action') words.push('--title', 'Åtgärd (fiktiv)', '--owner', unit);
  if (words[1] === 'add' && words[2] === 'exercise') words.push('--title', 'Övning (fiktiv)', '--type', 'drill');
  return [...words.slice(1), '--no-commit'];
}

async function check(root: string, lang = 'en'): Promise<{ items: Item[]; text: string }> {
  const env = { SAK_TODAY: TODAY };
  const json = await runSak(['--register', root, '--lang', lang, 'check', '--format', 'json'], { env });
  const text = await runSak(['--register', root, '--lang', lang, 'check'], { env });
  return { items: (JSON.parse(json.stdout) as { items: Item[] }).items, text: text.stdout };
}

describe('the follow-up command of each overdue or due item', () => {
  for (const [fixture, unit] of [
    ['tests/fixtures/check', 'kommunstyrelsen'],
    ['tests/fixtures/report/basic', 'kommunstyrelsen'],
  ] as const) {
    it(`discharges the item when run (${fixture})`, async () => {
      const root = copyRegister(fixture);
      const before = await check(root);
      const open = before.items.filter((i) => i.status !== 'ok');
      expect(open.length).toBeGreaterThan(5);
      for (const item of open) {
        // Text output ends the item with the same command, on the line after it.
        expect(item.command, key(item)).toMatch(/^sak /);
        expect(before.text).toContain(`→ ${item.command}`);
        const run = await runSak(['--register', root, ...filled(item.command as string, unit)], { env: { SAK_TODAY: TODAY } });
        expect(run.code, `${item.command}\n${run.stderr}`).toBe(0);
      }
      const after = await check(root);
      const stillOpen = new Set(after.items.filter((i) => i.status !== 'ok').map(key));
      expect(open.map(key).filter((k) => stillOpen.has(k))).toEqual([]);
    });
  }

  it('gives document follow-ups as the issue shows them, in Swedish too, and no command to an item that is fine', async () => {
    const root = copyRegister('tests/fixtures/check');
    const { items, text } = await check(root, 'sv');
    expect(text).toMatch(/\n {15}→ sak review DOC-[a-z0-9-]+ --outcome confirmed\n/);
    expect(items.find((i) => i.rule === 'risk-unassessed')?.command).toMatch(/--likelihood <1–5> --consequence <1–5>$/);
    const all = await runSak(['--register', root, 'check', '--all', '--format', 'json'], { env: { SAK_TODAY: TODAY } });
    const ok = (JSON.parse(all.stdout) as { items: Item[] }).items.filter((i) => i.status === 'ok');
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.every((i) => i.command === undefined)).toBe(true);
  });
});
