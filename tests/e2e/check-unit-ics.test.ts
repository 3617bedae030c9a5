// `sak check --unit/--owner` (the selection of a unit's page) and `--format ics` (a calendar
// that clients can subscribe to), on the fictitious register in tests/fixtures/check.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyRegister, runSak } from './support/sak.js';

const FIXTURE = copyRegister('tests/fixtures/check');
const AT = '2026-11-26';

interface JsonItem {
  status: string;
  rule: string;
  id: string;
  topic?: string;
}

async function items(args: readonly string[]): Promise<string[]> {
  const run = await runSak(['check', '--register', FIXTURE, '--at', AT, '--all', '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { items: JsonItem[] }).items.map((i) => `${i.rule} ${i.id}${i.topic ? ` ${i.topic}` : ''}`);
}

describe('sak check --unit and --owner', () => {
  it('--unit: everything that names the unit or a sub-unit in any unit field, training of the units included', async () => {
    // Kulturhuset is owned by kommunstyrelsen and used by the department and its school;
    // the serious incident happened at the department; training demands apply to the
    // department (fire_safety) and its two schools (pdv_lockdown).
    expect(await items(['--unit', 'kultur-och-fritidsforvaltningen'])).toEqual([
      'site-fire SITE-kulturhuset',
      'site-intrusion SITE-kulturhuset',
      'training kultur-och-fritidsforvaltningen fire_safety',
      'incident-authority INC-20260910-8KJ4M',
      'training kulturskolan pdv_lockdown',
      'training oppna-forskolan pdv_lockdown',
    ]);
    // A sub-unit alone: not its parent's incident, nor its sibling's training.
    expect(await items(['--unit', 'kulturskolan'])).toEqual(['site-fire SITE-kulturhuset', 'site-intrusion SITE-kulturhuset', 'training kulturskolan pdv_lockdown']);
  });

  it('--owner: only what the unit or a sub-unit is responsible for (a site it only uses is not)', async () => {
    expect(await items(['--owner', 'kultur-och-fritidsforvaltningen'])).toEqual([
      'training kultur-och-fritidsforvaltningen fire_safety',
      'incident-authority INC-20260910-8KJ4M',
      'training kulturskolan pdv_lockdown',
      'training oppna-forskolan pdv_lockdown',
    ]);
    const owned = await items(['--owner', 'kommunstyrelsen']);
    expect(owned).toContain('site-fire SITE-kulturhuset');
  });

  it('an unknown unit, or both options: exit 2 with advice', async () => {
    const unknown = await runSak(['check', '--register', FIXTURE, '--unit', 'kulturskola']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('kulturskolan');
    const both = await runSak(['check', '--register', FIXTURE, '--unit', 'kulturskolan', '--owner', 'kulturskolan']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--owner');
  });
});

describe('sak check --format ics', () => {
  const register = copyRegister('tests/fixtures/check');
  let first: ICAL.Event[];
  let firstText: string;
  beforeAll(async () => {
    const run = await runSak(['check', '--register', register, '--at', AT, '--all', '--fail-on', 'never', '--format', 'ics', '--site-url', 'https://intra.example/sak/']);
    expect(run.code).toBe(0);
    firstText = run.stdout;
    first = new ICAL.Component(ICAL.parse(run.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  });

  it('parses with ical.js: one all-day event per dated item, overdue ones today with "Försenad", linked to the record page', async () => {
    const json = JSON.parse((await runSak(['check', '--register', register, '--at', AT, '--all', '--format', 'json'])).stdout) as { items: { status: string; due: string | null }[] };
    expect(first).toHaveLength(json.items.filter((i) => !(i.status === 'ok' && i.due === null)).length);
    const action = first.find((e) => e.uid.startsWith('action-due.ACT-inrymningsrutin@'));
    expect(action?.startDate.toString()).toBe('2027-02-24');
    expect(action?.startDate.isDate).toBe(true);
    expect(action?.component.getFirstPropertyValue('url')).toBe('https://intra.example/sak/records/ACT-inrymningsrutin.html');
    const overdue = first.filter((e) => e.summary.startsWith('Försenad: '));
    expect(overdue.length).toBeGreaterThan(0);
    for (const event of overdue) expect(event.startDate.toString()).toBe(AT);
    expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);
  });

  it('a second run after a change keeps the UIDs, and moves only the changed event', async () => {
    const file = path.join(register, 'actions', 'ACT-inrymningsrutin.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('due: 2027-02-24', 'due: 2027-03-31'));
    const run = await runSak(['check', '--register', register, '--at', AT, '--all', '--fail-on', 'never', '--format', 'ics', '--site-url', 'https://intra.example/sak/']);
    const second = new ICAL.Component(ICAL.parse(run.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    const byUid = new Map(first.map((e) => [e.uid, e]));
    const moved = second.filter((e) => byUid.get(e.uid)?.startDate.toString() !== e.startDate.toString());
    expect(moved.map((e) => [e.uid.split('@')[0], e.startDate.toString()])).toEqual([['action-due.ACT-inrymningsrutin', '2027-03-31']]);
    expect(run.stdout).not.toBe(firstText);
  });

  it('a --site-url that is no web address: exit 2', async () => {
    const run = await runSak(['check', '--register', register, '--format', 'ics', '--site-url', 'intra/sak']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('https://');
  });
});
