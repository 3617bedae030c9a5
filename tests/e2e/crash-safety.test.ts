// Crash safety, end to end: `sak set` and `sak add` killed with SIGKILL at random moments,
// many times, in a register under Git. After every kill each record is the old or the new
// version byte for byte, a new record is whole or absent, temporary files are never
// counted as records, `sak validate` stays clean, and the next write neither waits for a
// lock the killed process left nor trips over its temporary files (which a later write
// into the same folder removes once they are stale).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_ENV, SAK_BIN, testRuns, makeGitRegister, sak, writeRecord, gitOk } from './helpers.js';
import { seededRandom } from './support/hardening.js';

/**
 * Kills per test: SAK_TEST_RUNS, 6 by default, 40 with `npm run test:slow`. Each kill is the same
 * check at another random moment: six keep the default run cheap (each is a whole process), the
 * slow run covers the moments more densely.
 */
const RUNS = testRuns(6, 40);
const ID = 'INC-20261101-7QX2K';
const FILE = `incidents/2026/${ID}.yaml`;
const INCIDENT = `# yaml-language-server: $schema=../../.sak/schemas/incident.schema.json\n# En kommentar som ska finnas kvar.\nid: ${ID}\ntitle: Krossad ruta (fiktiv)\ndate: 2026-11-01\nunit: kommunstyrelsen\ncategory: vandalism\nseverity: low\nstatus: open\n`;
const ADD = ['add', 'incident', '--no-input', '--title', 'Avbruten mitt i (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'other', '--severity', 'low'];


/** Runs sak and kills it with SIGKILL after `delayMs` (it may finish first); resolves when it is gone. */
function runAndKill(root: string, args: readonly string[], delayMs: number): Promise<{ killed: boolean; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [SAK_BIN, ...args], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', SAK_TODAY: '2026-11-26', ...GIT_ENV }, stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  return new Promise((resolve) =>
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', ms: Date.now() - started });
    }),
  );
}

function files(root: string, folder: string): string[] {
  return readdirSync(path.join(root, ...folder.split('/'))).sort();
}

async function validateClean(root: string): Promise<{ records: number }> {
  const run = await sak(root, ['validate', '--format', 'json', '--no-cache']);
  const result = JSON.parse(run.stdout) as { records: number; errors: number; problems: unknown[] };
  expect(result.problems, 'validate after a kill').toEqual([]);
  expect(run.code).toBe(0);
  return result;
}

/** A moment to kill at: mostly in the second half of a run (after start-up), where the reading, writing and committing happen. */
function killAt(r: number, span: number): number {
  return Math.floor(span * (0.3 + 0.8 * r));
}

/** Waits until no git holds the index (a git started by a killed sak finishes on its own). */
async function gitIdle(root: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  do await new Promise((resolve) => setTimeout(resolve, 300));
  while (existsSync(path.join(root, '.git', 'index.lock')) && Date.now() < deadline);
}

/** How long a whole run takes here, so the kills fall anywhere from start-up to the commit. */
async function lengthOfRun(root: string, args: readonly string[]): Promise<number> {
  const { ms } = await runAndKill(root, args, 60_000);
  return ms;
}

/**
 * The span to kill in after a run: a run that ended before its kill took less than the span,
 * which then shrinks to that run's length (a machine that was busier while the first run was
 * measured would otherwise put most kills after the end, and the test would kill too seldom).
 */
function nextSpan(span: number, outcome: { killed: boolean; ms: number }): number {
  return outcome.killed ? span : Math.min(span, outcome.ms);
}

describe('sak killed at random moments', () => {
  it(`sak set: after each of ${RUNS} kills the record is the old or the new version, byte for byte`, async () => {
    const root = await makeGitRegister('minimal');
    writeRecord(root, FILE, INCIDENT);
    await gitOk(root, ['add', '-A']);
    await gitOk(root, ['commit', '-q', '-m', 'incident']);
    // The two versions the kills move between, each made once by a whole run.
    const versions: Record<string, Buffer> = {};
    for (const severity of ['high', 'low']) {
      expect((await sak(root, ['set', ID, `severity=${severity}`])).code).toBe(0);
      versions[severity] = readFileSync(path.join(root, FILE));
    }
    expect(versions.high?.toString()).toContain('# En kommentar som ska finnas kvar.');
    let span = await lengthOfRun(root, ['set', ID, 'severity=high']);
    let current = 'high';
    const next = seededRandom(20261126);
    let killed = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const target = current === 'high' ? 'low' : 'high';
      const outcome = await runAndKill(root, ['set', ID, `severity=${target}`], killAt(next(), span));
      if (outcome.killed) killed += 1;
      span = nextSpan(span, outcome);
      const bytes = readFileSync(path.join(root, FILE));
      const which = bytes.equals(versions[current] as Buffer) ? current : bytes.equals(versions[target] as Buffer) ? target : undefined;
      expect(which, `run ${i}: the record is neither version:\n${bytes.toString()}`).toBeDefined();
      current = which as string;
      expect(files(root, 'incidents/2026').filter((f) => f.endsWith('.yaml'))).toEqual([`${ID}.yaml`]);
    }
    expect(killed).toBeGreaterThan(RUNS / 4);
    const { records } = await validateClean(root);
    expect(records).toBe(3);
    // The next change after all the kills neither waits for a dead process's lock nor fails;
    // to be sure there is such a lock, one is left as a sak killed while committing leaves it.
    // (A git that a killed sak started runs on; once it is done, its lock is all that is left.)
    await gitIdle(root);
    const dead = spawnSync('true').pid as number;
    writeFileSync(path.join(root, '.git', 'sak-commit.lock'), `${dead} ${hostname()}\n`);
    const started = Date.now();
    const after = await sak(root, ['set', ID, `severity=${current === 'high' ? 'low' : 'high'}`]);
    expect(after.code, after.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 180_000);

  it(`sak add: after each of ${RUNS} kills every new record is whole or absent, never a half`, async () => {
    const root = await makeGitRegister('minimal');
    const dry = await sak(root, [...ADD, '--dry-run']);
    const dryId = /INC-20261126-[0-9A-HJKMNP-TV-Z]{5}/.exec(dry.stdout)?.[0] as string;
    const expected = (id: string) => dry.stdout.split(dryId).join(id);
    let span = await lengthOfRun(root, ADD);
    const next = seededRandom(1126);
    let killed = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const outcome = await runAndKill(root, ADD, killAt(next(), span));
      if (outcome.killed) killed += 1;
      span = nextSpan(span, outcome);
      for (const name of files(root, 'incidents/2026').filter((f) => f.endsWith('.yaml'))) {
        const text = readFileSync(path.join(root, 'incidents', '2026', name), 'utf8');
        expect(text, `run ${i}: ${name}`).toBe(expected(name.slice(0, -'.yaml'.length)));
      }
    }
    expect(killed).toBeGreaterThan(RUNS / 4);
    const written = files(root, 'incidents/2026').filter((f) => f.endsWith('.yaml'));
    const { records } = await validateClean(root);
    // Leftover temporary files (if a kill came between writing and renaming) are not records.
    expect(records).toBe(2 + written.length);

    // A later write into the folder removes temporary files once they are stale, and only those.
    writeRecord(root, 'incidents/2026/.INC-20261126-11111.yaml.sak-tmp-abcdef012345', 'avbruten\n');
    const leftovers = files(root, 'incidents/2026').filter((f) => f.includes('.sak-tmp-'));
    const old = new Date(Date.now() - 11 * 60_000);
    for (const name of leftovers) utimesSync(path.join(root, 'incidents', '2026', name), old, old);
    writeRecord(root, 'incidents/2026/.INC-20261126-00000.yaml.sak-tmp-0123456789ab', 'färsk\n');
    await gitIdle(root);
    const started = Date.now();
    const after = await sak(root, ADD);
    expect(after.code, after.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(files(root, 'incidents/2026').filter((f) => f.includes('.sak-tmp-'))).toEqual(['.INC-20261126-00000.yaml.sak-tmp-0123456789ab']);
    await validateClean(root);
  }, 180_000);
});
