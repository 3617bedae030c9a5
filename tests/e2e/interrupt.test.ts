// All or nothing, even on Ctrl-C (issue "Safe to publish, safe to share", item 5). In
// process, a stand-in for Ctrl-C stops each write command at each stage of its write (files
// written, staged, committed): every time exit 130, the files byte for byte as before,
// nothing staged, HEAD where it was. Then a few real SIGINTs to the built `sak import` of
// 150 rows (3,000 with `npm run test:slow`), at the moments it reports: while it
// checks the rows, after the files are written, while git commits (the signal to the
// whole process group, as a terminal sends it, and to sak alone while a slow pre-commit
// hook runs). A run after an interrupted one imports every row once.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WriteStage } from '../../src/store/write-undo.js';
import type { Interrupt } from '../../src/ui/interrupt.js';
import { GIT_ENV, SAK_BIN, gitOk, makeMinimalRegister, makeTempDir, runSak, testRuns, writeRecord } from './helpers.js';
import { snapshot } from './support/hardening.js';

const ACTION = 'ACT-avtal-med-nvk';
const HEADER = 'title;date;unit;category;severity\n';
const row = (i: number) => `Händelse ${i + 1} (fiktiv);2026-0${1 + (i % 9)}-1${i % 10};kommunstyrelsen;vandalism;low\n`;

const ACTION_TEXT = `id: ${ACTION}\ntitle: Avtal med grannkommunen (fiktivt)\nowner: kommunstyrelsen\nstatus: planned\n`;

/** A small register under Git with one action to change (fictitious). */
async function register(): Promise<string> {
  const root = makeMinimalRegister();
  writeRecord(root, `actions/${ACTION}.yaml`, ACTION_TEXT);
  await gitOk(root, ['init', '-q', '-b', 'main']);
  await gitOk(root, ['add', '-A']);
  await gitOk(root, ['commit', '-q', '-m', 'init']);
  return root;
}

/** A Ctrl-C that comes at one stage of the write (and is then seen at every later question, as a real one is). */
function ctrlCAt(stage: WriteStage): Interrupt & { asked: WriteStage[] } {
  const asked: WriteStage[] = [];
  return {
    asked,
    hold: (work) => {
      let came = false;
      return work((at) => {
        asked.push(at);
        came ||= at === stage;
        return came;
      });
    },
    onExit: () => () => undefined,
  };
}

function csvFile(rows: number): string {
  const file = path.join(makeTempDir(), 'incidenter.csv');
  writeFileSync(file, HEADER + Array.from({ length: rows }, (_, i) => row(i)).join(''));
  return file;
}

function incidentFiles(root: string): number {
  const dir = path.join(root, 'incidents');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).length;
}

async function gitState(root: string): Promise<{ head: string; status: string; index: string }> {
  return {
    head: (await gitOk(root, ['rev-parse', 'HEAD'])).trim(),
    status: await gitOk(root, ['status', '--porcelain', '--untracked-files=all']),
    index: await gitOk(root, ['ls-files', '-s']),
  };
}

describe('every write command taken back at every stage of its write (in process)', () => {
  // A new file (add), a replaced one (set; close and review take the same path) and many new ones (import) at every
  // stage; close and review at the last stage, where the most is taken back.
  const ALL = ['written', 'staged', 'committed'] as const;
  const commands: [string, string[], readonly WriteStage[]][] = [
    ['add', ['add', 'action', '--no-input', '--title', 'Avbruten åtgärd (fiktiv)', '--owner', 'kommunstyrelsen'], ALL],
    ['set', ['set', ACTION, 'status=in_progress'], ALL],
    ['import', ['import', 'incident', 'CSV'], ALL],
    ['close', ['close', ACTION, '--date', '2026-11-20'], ['committed']],
    ['review', ['review', ACTION, '--percent', '40', '--note', 'Halvvägs (fiktivt)'], ['committed']],
  ];
  for (const [name, args, stages] of commands) {
    it(`sak ${name}: exit 130, the files and git exactly as before, at ${stages.map((s) => `'${s}'`).join(', ')}`, async () => {
      const root = await register();
      const csv = csvFile(3);
      const argv = args.map((a) => (a === 'CSV' ? csv : a));
      const files = snapshot(root);
      const git = await gitState(root);
      for (const stage of stages) {
        const interrupt = ctrlCAt(stage);
        const run = await runSak(argv, { cwd: root, env: GIT_ENV, interrupt });
        expect(run.code, `${stage}: ${run.stderr}`).toBe(130);
        expect(interrupt.asked).toContain(stage);
        expect(run.stderr).toContain('avbrutet med Ctrl-C; det som hunnit skrivas är borttaget igen och inget är incheckat');
        expect(run.stdout).toBe('');
        expect(snapshot(root), stage).toEqual(files);
        expect(await gitState(root), stage).toEqual(git);
      }
      // Without a Ctrl-C the same command writes and commits.
      const run = await runSak(argv, { cwd: root, env: GIT_ENV, interrupt: ctrlCAt('failed') });
      expect(run.code, run.stderr).toBe(0);
      expect((await gitState(root)).head).not.toBe(git.head);
      expect((await gitState(root)).status).toBe('');
    });
  }

  it('sak init: exit 130 and nothing left of the new register (files, folders, its new Git repository) at every stage', async () => {
    const parent = makeTempDir();
    for (const stage of ['written', 'staged', 'committed'] as const) {
      const run = await runSak(['init', 'register', '--municipality', 'Provkommun (fiktiv)', '--ci', 'github'], { cwd: parent, env: GIT_ENV, interrupt: ctrlCAt(stage) });
      expect(run.code, `${stage}: ${run.stderr}`).toBe(130);
      expect(readdirSync(parent), stage).toEqual([]);
    }
    // In an existing repository with files of its own: those stay as they were, and its HEAD too.
    const repo = makeTempDir();
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
    await gitOk(repo, ['init', '-q', '-b', 'main']);
    await gitOk(repo, ['add', '-A']);
    await gitOk(repo, ['commit', '-q', '-m', 'init']);
    const files = snapshot(repo);
    const git = await gitState(repo);
    for (const stage of ['written', 'committed'] as const) {
      const run = await runSak(['init', '.', '--municipality', 'Provkommun (fiktiv)', '--ci', 'none'], { cwd: repo, env: GIT_ENV, interrupt: ctrlCAt(stage) });
      expect(run.code, `${stage}: ${run.stderr}`).toBe(130);
      expect(snapshot(repo), stage).toEqual(files);
      expect(await gitState(repo), stage).toEqual(git);
    }
  });

  it('sak set with --no-commit and in a register outside Git: taken back at once after the write', async () => {
    const root = await register();
    const files = snapshot(root);
    const run = await runSak(['set', ACTION, 'status=in_progress', '--no-commit'], { cwd: root, env: GIT_ENV, interrupt: ctrlCAt('written') });
    expect(run.code).toBe(130);
    expect(snapshot(root)).toEqual(files);
    expect(await gitOk(root, ['status', '--porcelain'])).toBe('');
  });

  it('what the user had staged of the record before stays staged as it was', async () => {
    const root = await register();
    const file = path.join(root, 'actions', `${ACTION}.yaml`);
    writeFileSync(file, `${(await gitOk(root, ['show', `HEAD:actions/${ACTION}.yaml`])).trimEnd()}\n# min anteckning\n`);
    await gitOk(root, ['add', `actions/${ACTION}.yaml`]);
    const git = await gitState(root);
    const files = snapshot(root);
    for (const stage of ['staged', 'committed'] as const) {
      const run = await runSak(['set', ACTION, 'status=in_progress'], { cwd: root, env: GIT_ENV, interrupt: ctrlCAt(stage) });
      expect(run.code).toBe(130);
      expect(await gitState(root)).toEqual(git);
      expect(snapshot(root)).toEqual(files);
    }
  });
});

/** Runs the built `sak import` and sends SIGINT when its stderr shows `when` (or a file appears); its exit code and stderr. */
function interruptedImport(root: string, csv: string, when: RegExp | { file: string }, target: 'sak' | 'group'): Promise<{ code: number; stderr: string; sent: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SAK_BIN, 'import', 'incident', csv], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', SAK_TODAY: '2026-11-26', ...GIT_ENV },
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group: Ctrl-C on a terminal signals the whole foreground group, git included.
      detached: target === 'group',
    });
    let stderr = '';
    let sent = false;
    const send = () => {
      if (sent || child.exitCode !== null) return;
      sent = true;
      if (target === 'group') process.kill(-(child.pid as number), 'SIGINT');
      else child.kill('SIGINT');
    };
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      if (when instanceof RegExp && when.test(stderr)) send();
    });
    const poll = when instanceof RegExp ? undefined : setInterval(() => existsSync(when.file) && send(), 20);
    child.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      resolve({ code: code ?? (signal === 'SIGINT' ? 130 : 1), stderr, sent });
    });
  });
}

describe('sak import interrupted by real SIGINTs', () => {
  const ROWS = testRuns(150, 3000);
  it(`${ROWS} rows: at each reported moment exit 130, no record, nothing staged; then one run imports every row once`, { timeout: 60_000 + ROWS * 150 }, async () => {
    const root = await register();
    const csv = csvFile(ROWS);
    const git = await gitState(root);
    const files = snapshot(root);
    const mark = path.join(makeTempDir(), 'commit-started');
    const hook = path.join(root, '.git', 'hooks', 'pre-commit');
    // A slow hook: the signal comes while git commits (sak alone gets it, git finishes its commit).
    writeFileSync(hook, `#!/bin/sh\ntouch "${mark}"\nsleep 0.5\n`);
    chmodSync(hook, 0o755);
    const moments: [string, RegExp | { file: string }, 'sak' | 'group'][] = [
      ['while the rows are checked', /kontrollerar dem/, 'sak'],
      ['after the files are written', /gör en commit/, 'sak'],
      ['while git commits, to the whole group', { file: mark }, 'group'],
      ['while git commits, to sak alone', { file: mark }, 'sak'],
    ];
    for (const [moment, when, target] of moments) {
      rmSync(mark, { force: true });
      const run = await interruptedImport(root, csv, when, target);
      expect(run.sent, moment).toBe(true);
      expect(run.code, `${moment}: ${run.stderr}`).toBe(130);
      expect(run.stderr, moment).toMatch(/sak: avbrutet/);
      expect(incidentFiles(root), moment).toBe(0);
      expect(await gitState(root), moment).toEqual(git);
      expect(snapshot(root), moment).toEqual(files);
    }
    const again = await runSak(['import', 'incident', csv], { cwd: root, env: GIT_ENV });
    expect(again.code, again.stderr).toBe(0);
    expect(incidentFiles(root)).toBe(ROWS);
    expect(new Set(again.stdout.trim().split('\n')).size).toBe(ROWS);
    expect(await gitOk(root, ['rev-list', '--count', `${git.head}..HEAD`])).toBe('1\n');
    expect(await gitOk(root, ['status', '--porcelain'])).toBe('');
  });
});
