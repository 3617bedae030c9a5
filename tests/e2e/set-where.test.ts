// `sak set --where … [--before DATE] [--dry-run] PATH=VALUE...` (issue "Daily use without
// friction", item 3): the same change to every record that matches, checked whole first,
// in one commit, all or nothing. In process, on a small register of fictitious incidents.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitCount, commitSubject, filesOfCommit, gitOk, makeMinimalRegister, runSak, sak, writeRecord, GIT_ENV } from './helpers.js';
import { snapshot } from './support/hardening.js';
import type { WriteStage } from '../../src/store/write-undo.js';
import type { Interrupt } from '../../src/ui/interrupt.js';

const incident = (id: string, date: string, status: string, extra = '') =>
  `id: ${id}\ntitle: Händelse ${id} (fiktiv)\ndate: ${date}\nreported: ${date}\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: ${status}\n${extra}`;

const OLD_OPEN = ['INC-20250310-AAAAA', 'INC-20251120-BBBBB'];
const NEW_OPEN = 'INC-20260105-CCCCC';
const OLD_CLOSED = 'INC-20250401-DDDDD';

/** A register under Git: two open incidents of 2025, one open of 2026, one closed of 2025 (all fictitious). */
async function register(): Promise<string> {
  const root = makeMinimalRegister();
  writeRecord(root, `incidents/2025/${OLD_OPEN[0]}.yaml`, incident(OLD_OPEN[0] as string, '2025-03-10', 'open', '# anteckning som ska finnas kvar\n'));
  writeRecord(root, `incidents/2025/${OLD_OPEN[1]}.yaml`, incident(OLD_OPEN[1] as string, '2025-11-20', 'investigating'));
  writeRecord(root, `incidents/2026/${NEW_OPEN}.yaml`, incident(NEW_OPEN, '2026-01-05', 'open'));
  writeRecord(root, `incidents/2025/${OLD_CLOSED}.yaml`, incident(OLD_CLOSED, '2025-04-01', 'closed', 'closed: 2025-04-20\n'));
  await gitOk(root, ['init', '-q', '-b', 'main']);
  await gitOk(root, ['add', '-A']);
  await gitOk(root, ['commit', '-q', '-m', 'init']);
  return root;
}

const fileOf = (id: string) => `incidents/${id.slice(4, 8)}/${id}.yaml`;
const read = (root: string, id: string) => readFileSync(path.join(root, fileOf(id)), 'utf8');

describe('sak set --where', () => {
  it('--dry-run says per record what would change, in Swedish labels (and as JSON), and writes nothing', async () => {
    const root = await register();
    const files = snapshot(root);
    const run = await sak(root, ['set', '--where', 'kind=incident,status=Öppen', '--where', 'severity=Låg', '--before', '2026-01-01', 'status=closed', 'closed=2025-12-31', '--dry-run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${OLD_OPEN[0]} (${fileOf(OLD_OPEN[0] as string)})\n  Status: Öppen → Avslutad\n  Avslutad: – → 2025-12-31\n`);
    expect(run.stderr).toContain('Skulle ändra 1 post (incident); inget skrevs (--dry-run).');
    const json = await sak(root, ['set', '--where', 'kind=incident', '--before', '2026-01-01', 'severity=high', '--dry-run', '--format', 'json']);
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { id: string; path: string; record: { severity: string }; changes: { field: string; before: unknown; after: unknown }[] }[];
    expect(parsed.map((r) => r.id)).toEqual([OLD_OPEN[0], OLD_CLOSED, OLD_OPEN[1]]);
    expect(parsed[0]?.changes).toEqual([{ field: 'severity', before: 'low', after: 'high' }]);
    expect(parsed[0]?.record.severity).toBe('high');
    expect(snapshot(root)).toEqual(files);
    expect(await commitCount(root)).toBe(1);
  });

  it('changes every matching record in one commit, keeping comments; the others stay as they were', async () => {
    const root = await register();
    const untouched = [read(root, NEW_OPEN), read(root, OLD_CLOSED)];
    // Codes and labels in either language (a Swedish label in an English run too).
    const run = await sak(root, ['set', '--where', 'kind=incident,status=open', '--before', '2026-01-01', 'status=closed', 'closed=2025-12-31']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${OLD_OPEN[0]}\n`);
    const second = await sak(root, ['--lang', 'en', 'set', '--where', 'kind=incident,status=Under utredning', '--before', '2026-01-01', 'status=closed', 'closed=2025-12-31']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/^Changed 1 record \(incident\)\. \(one commit [0-9a-f]{7}\)\n$/);
    expect(await commitCount(root)).toBe(3);
    expect(await commitSubject(root)).toBe('sak: set 1 incident records: status=closed closed=2025-12-31');
    expect(read(root, OLD_OPEN[0] as string)).toContain('# anteckning som ska finnas kvar\n');
    expect(read(root, OLD_OPEN[0] as string)).toMatch(/status: closed\n[^]*closed: 2025-12-31\n/);
    expect([read(root, NEW_OPEN), read(root, OLD_CLOSED)]).toEqual(untouched);
    expect(await gitOk(root, ['status', '--porcelain'])).toBe('');
  });

  it('many records: one commit with every file; run again, nothing is left to change', async () => {
    const root = await register();
    const run = await sak(root, ['set', '--where', 'kind=incident', 'cost_sek=1 200']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Ändrade 4 poster \(incident\)\. \(en commit [0-9a-f]{7}\)\n$/);
    expect((await filesOfCommit(root)).sort()).toEqual([...OLD_OPEN, NEW_OPEN, OLD_CLOSED].map(fileOf).sort());
    expect(await commitSubject(root)).toBe('sak: set 4 incident records: cost_sek=1 200');
    expect(read(root, NEW_OPEN)).toContain('cost_sek: 1200\n');
    const again = await sak(root, ['set', '--where', 'kind=incident', 'cost_sek=1200']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('4 poster matchar kind=incident, men alla är redan så; inget ändrades.\n');
    const none = await sak(root, ['set', '--where', 'kind=incident,severity=high', 'status=closed']);
    expect(none.code).toBe(0);
    expect(none.stderr).toBe('Ingen incident-post matchar kind=incident,severity=high; inget ändrades.\n');
    expect(await commitCount(root)).toBe(2);
  });

  it('a record that would become invalid refuses the whole change (exit 1), naming its file and field; nothing is written', async () => {
    const root = await register();
    const files = snapshot(root);
    // Closing needs a closing date, and one before the incident's own date is refused.
    const run = await sak(root, ['set', '--where', 'kind=incident,status=open', 'status=closed', 'closed=2025-06-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${fileOf(NEW_OPEN)}:`);
    expect(run.stderr).toContain(`sak: 1 av 2 poster skulle bli ogiltig: ${fileOf(NEW_OPEN)} (closed). Inget ändrades.`);
    expect(snapshot(root)).toEqual(files);
    expect(await commitCount(root)).toBe(1);
    const en = await sak(root, ['--lang', 'en', 'set', '--where', 'kind=incident', 'severity=extreme']);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/severity: unknown value "extreme"/);
  });

  it('usage: kind required, unknown fields and values with "menade du", --before only for kinds with a date (exit 2)', async () => {
    const root = await register();
    const cases: [string[], string][] = [
      [['set', '--where', 'status=open', 'status=closed'], '--where behöver kind=…'],
      [['set', '--where', 'kind=incidnt', 'status=closed'], 'okänd posttyp "incidnt". Menade du incident?'],
      [['set', '--where', 'kind=incident,sevrity=low', 'status=closed'], 'incident har inget fält "sevrity"; menade du severity?'],
      [['set', '--where', 'kind=incident,status=öpen', 'status=closed'], 'menade du open (Öppen)?'],
      [['set', '--where', 'kind=incident,kind=action', 'status=closed'], 'två posttyper (incident och action)'],
      [['set', '--where', 'kind=unit', '--before', '2026-01-01', 'title=X'], '--before: unit har inget datum'],
      [['set', '--where', 'kind=incident', '--before', '2026-13-01', 'status=closed'], '2026-13-01'],
      [['set', OLD_OPEN[0] as string, '--where', 'kind=incident', 'status=closed'], 'antingen ett id eller --where'],
      [['set', OLD_OPEN[0] as string, 'status=closed', '--dry-run'], '--dry-run gäller ändringar med --where'],
      [['set', OLD_OPEN[0] as string, 'status=closed', '--before', '2026-01-01'], '--before väljer bland posterna som --where ger'],
      [['set'], 'ange postens id, eller --where'],
    ];
    for (const [args, message] of cases) {
      const run = await sak(root, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain(message);
    }
    const en = await sak(root, ['--lang', 'en', 'set', '--where', 'kind=incident,status=opne', 'status=closed']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('did you mean open (Open)?');
    expect(await commitCount(root)).toBe(1);
  });

  it('an empty value matches a missing field; a unit by its title; --no-commit writes without a commit', async () => {
    const root = await register();
    const run = await sak(root, ['set', '--where', 'kind=incident,closed=,unit=Kommunstyrelsen', 'description=Genomgånget (fiktivt)', '--no-commit']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n').sort()).toEqual([...OLD_OPEN, NEW_OPEN].sort());
    expect(await commitCount(root)).toBe(1);
    expect((await gitOk(root, ['status', '--porcelain'])).trim().split('\n')).toHaveLength(3);
  });

  it('Ctrl-C at each stage: exit 130, every file and git as before', async () => {
    const root = await register();
    const files = snapshot(root);
    const head = await gitOk(root, ['rev-parse', 'HEAD']);
    for (const stage of ['written', 'staged', 'committed'] as const) {
      const run = await runSak(['set', '--where', 'kind=incident', 'severity=high'], { cwd: root, env: GIT_ENV, interrupt: ctrlCAt(stage) });
      expect(run.code, `${stage}: ${run.stderr}`).toBe(130);
      expect(snapshot(root), stage).toEqual(files);
      expect(await gitOk(root, ['rev-parse', 'HEAD'])).toBe(head);
      expect(await gitOk(root, ['status', '--porcelain'])).toBe('');
    }
  });

  it('completion knows --where (with the kinds), --before and --dry-run', async () => {
    const root = await register();
    const flags = (await sak(root, ['__complete', '--', 'set', '--'])).stdout.split('\n');
    expect(flags).toEqual(expect.arrayContaining(['--where', '--before', '--dry-run']));
    expect((await sak(root, ['__complete', '--', 'set', '--where', 'kind=inc'])).stdout).toBe('kind=incident\n');
  });
});

/** A Ctrl-C that comes at one stage of the write (and is seen at every later question). */
function ctrlCAt(stage: WriteStage): Interrupt {
  return {
    hold: (work) => {
      let came = false;
      return work((at) => (came ||= at === stage));
    },
    onExit: () => () => undefined,
  };
}
