// All or nothing, even on Ctrl-C (issue "Safe to publish, safe to share", item 5). In
// process, a stand-in for Ctrl-C stops each write command at each stage of its write (files
// written, staged, committed): every time exit 130, the files byte for byte as before,
// nothing staged, HEAD where it was. Then a few real SIGINTs to the built `sak import` of
// 100 rows (3,000 with `npm run test:slow`), at the moments it reports: while it
// checks the rows, after the files are written, while git commits (the signal to the
// whole process group, as a terminal sends it, and to sak alone while a slow pre-commit
// hook runs). A run after an interrupted one imports every row once.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WriteStage } from '../../src/store/write-undo.js';
import type { Interrupt } from '../../src/ui/interrupt.js';
import { GIT_ENV, SAK_BIN, gitOk, makeMinimalRegister, makeTempDir, runSak, testRuns, writeRecord } from './helpers.js';
import { expectUnchanged, snapshot } from './support/hardening.js';

const ACTION = 'ACT-avtal-med-nvk';
const HEADER = 'title;date;unit;category;severity\n';
const row = (i: number) => `Händelse ${i + 1} (fiktiv);2026-0${1 + (i % 9)}-1${i % 10};kommunstyrelsen;vandalism;low\n`;

const ACTION_TEXT = `id: ${ACTION}\ntitle: Avtal med grannkommunen (fiktivt)\nowner: kommunstyrelsen\nstatus: planned\n`;

/** The small register under Git with one action to change (fictitious), made once; register() gives each test a copy with its .git. */
let prepared: string;
beforeAll(async () => {
  prepared = makeMinimalRegister();
  writeRecord(prepared, `actions/${ACTION}.yaml`, ACTION_TEXT);
  await gitOk(prepared, ['init', '-q', '-b', 'main']);
  await gitOk(prepared, ['add', '-A']);
  await gitOk(prepared, ['commit', '-q', '-m', 'init']);
});

/** A small register under Git with one action to change (fictitious). */
async function register(): Promise<string> {
  const root = makeTempDir();
  cpSync(prepared, root, { recursive: true });
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

/**
 * HEAD, the index and the work tree as Git sees them, from one git (each costs a process):
 * `status --porcelain=v2 --branch` names HEAD's commit and branch, every untracked file, and
 * for every path whose index entry differs from HEAD or from the work tree, that entry's
 * mode and object (so a change to what was already staged shows too); every other entry
 * of the index is HEAD's.
 */
async function gitState(root: string): Promise<{ head: string; branch: string; status: string }> {
  const lines = (await gitOk(root, ['status', '--porcelain=v2', '--branch', '--untracked-files=all'])).split('\n').filter(Boolean);
  const header = (name: string) => lines.find((line) => line.startsWith(`# branch.${name} `))?.slice(`# branch.${name} `.length) ?? '';
  return { head: header('oid'), branch: header('head'), status: lines.filter((line) => !line.startsWith('# ')).join('\n') };
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
      const after = await gitState(root);
      expect(after.head).not.toBe(git.head);
      expect(after.status).toBe('');
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

/** A Ctrl-C that comes the `nth` time a stage is asked about (1 = the first). */
function ctrlCAtNth(stage: WriteStage, nth: number): Interrupt & { asked: WriteStage[] } {
  const asked: WriteStage[] = [];
  return {
    asked,
    hold: (work) => {
      let came = false;
      return work((at) => {
        asked.push(at);
        came ||= at === stage && asked.filter((a) => a === stage).length === nth;
        return came;
      });
    },
    onExit: () => () => undefined,
  };
}

describe('sak init --update-schemas and --hooks taken back at every stage (in process)', () => {
  const HOOK = (root: string) => path.join(root, '.git', 'hooks');

  /** The register with one schema of an older sak committed (replaced by the update; the others are new): made once, each test gets a copy with its .git. */
  let older: Promise<string> | undefined;
  async function olderSchemas(): Promise<string> {
    older ??= (async () => {
      const template = await register();
      writeRecord(template, '.sak/schemas/unit.schema.json', '{"old": true}\n');
      await gitOk(template, ['add', '-A']);
      await gitOk(template, ['commit', '-q', '-m', 'an older sak']);
      return template;
    })();
    const root = makeTempDir();
    cpSync(await older, root, { recursive: true });
    return root;
  }

  it('--update-schemas --hooks: exit 130, the schemas, the hooks folder and git as before, at each stage; then both', async () => {
    const root = await olderSchemas();
    const files = snapshot(root);
    const hooks = snapshot(HOOK(root));
    const git = await gitState(root);
    for (const stage of ['written', 'staged', 'committed'] as const) {
      const interrupt = ctrlCAt(stage);
      const run = await runSak(['init', '--update-schemas', '--hooks'], { cwd: root, env: GIT_ENV, interrupt });
      expect(run.code, `${stage}: ${run.stderr}`).toBe(130);
      expect(interrupt.asked).toContain(stage);
      expect(run.stderr).toContain('avbrutet med Ctrl-C');
      expect(run.stderr, stage).not.toMatch(/Uppdaterade|Installerade/);
      expect(snapshot(root), stage).toEqual(files);
      expect(snapshot(HOOK(root)), stage).toEqual(hooks);
      expect(await gitState(root), stage).toEqual(git);
    }
    const run = await runSak(['init', '--update-schemas', '--hooks'], { cwd: root, env: GIT_ENV, interrupt: ctrlCAt('failed') });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path.join(HOOK(root), 'pre-commit'), 'utf8')).toContain('# sak: pre-commit');
    expect(await gitOk(root, ['log', '-1', '--format=%s'])).toMatch(/^sak: update schemas to sak /);
    expect(await gitOk(root, ['status', '--porcelain'])).toBe('');
    expect(readdirSync(HOOK(root)).filter((f) => f.includes('sak-tmp'))).toEqual([]);
  });

  it('--update-schemas outside Git (no commit): taken back after the write; --hooks alone: no hook', async () => {
    const root = makeMinimalRegister();
    const files = snapshot(root);
    const run = await runSak(['init', '--update-schemas', '--no-git'], { cwd: root, env: GIT_ENV, interrupt: ctrlCAt('written') });
    expect(run.code, run.stderr).toBe(130);
    expect(snapshot(root)).toEqual(files);
    const repo = await register();
    const hooks = snapshot(HOOK(repo));
    const hook = await runSak(['init', '--hooks'], { cwd: repo, env: GIT_ENV, interrupt: ctrlCAt('written') });
    expect(hook.code, hook.stderr).toBe(130);
    expect(snapshot(HOOK(repo))).toEqual(hooks);
  });

  it('a hook that is not sak\'s refuses --update-schemas --hooks before anything is written (exit 3)', async () => {
    const root = await olderSchemas();
    writeFileSync(path.join(HOOK(root), 'pre-commit'), '#!/bin/sh\necho egen krok\n');
    const files = snapshot(root);
    const git = await gitState(root);
    const run = await runSak(['init', '--update-schemas', '--hooks'], { cwd: root, env: GIT_ENV });
    expect(run.code, run.stderr).toBe(3);
    expect(snapshot(root)).toEqual(files);
    expect(await gitState(root)).toEqual(git);
    expect(readFileSync(path.join(HOOK(root), 'pre-commit'), 'utf8')).toBe('#!/bin/sh\necho egen krok\n');
  });

  it('sak init DIR --hooks in an existing repository with a foreign hook: refused, nothing of the register left', async () => {
    const repo = makeTempDir();
    await gitOk(repo, ['init', '-q', '-b', 'main']);
    mkdirSync(HOOK(repo), { recursive: true });
    writeFileSync(path.join(HOOK(repo), 'pre-commit'), '#!/bin/sh\necho egen krok\n');
    const run = await runSak(['init', 'sakerhet', '--municipality', 'Provkommun (fiktiv)', '--hooks'], { cwd: repo, env: GIT_ENV });
    expect(run.code, run.stderr).toBe(3);
    expect(readdirSync(repo)).toEqual(['.git']);
    expect(await gitOk(repo, ['status', '--porcelain'])).toBe('');
  });
});

describe('sak site -o DIR taken back (in process): the folder as it was, or no folder', () => {
  const PAGES = 100;

  /** A register under Git with enough records for more than a hundred pages (fictitious). */
  async function siteRegister(): Promise<string> {
    const root = makeMinimalRegister();
    for (let i = 0; i < PAGES; i++) writeRecord(root, `actions/ACT-atgard-${i}.yaml`, `id: ACT-atgard-${i}\ntitle: Åtgärd ${i} (fiktiv)\nowner: kommunstyrelsen\nstatus: planned\n`);
    await gitOk(root, ['init', '-q', '-b', 'main']);
    await gitOk(root, ['add', '-A']);
    await gitOk(root, ['commit', '-q', '-m', 'init']);
    return root;
  }

  it('a new folder: nothing left (nor the folders made for it); an earlier site: every page, the removed ones too, and the manifest byte for byte as before; stopped among the pages or at the end', { timeout: 120_000 }, async () => {
    const root = await siteRegister();
    const parent = makeTempDir();
    const out = path.join(parent, 'webb', 'plats');
    // Over a hundred pages: asked once among them, and once at the end.
    for (const nth of [1, 2]) {
      const interrupt = ctrlCAtNth('written', nth);
      const run = await runSak(['site', '-o', out], { cwd: root, env: GIT_ENV, interrupt });
      expect(run.code, `${nth}: ${run.stderr}`).toBe(130);
      expect(interrupt.asked, `${nth}`).toEqual(Array(nth).fill('written'));
      expect(run.stderr).toContain('avbrutet med Ctrl-C');
      expect(readdirSync(parent), `${nth}`).toEqual([]);
    }
    expect((await runSak(['site', '-o', out], { cwd: root, env: GIT_ENV })).code).toBe(0);
    // A changed title (pages rewritten) and a removed record (its page removed).
    writeRecord(root, 'actions/ACT-atgard-1.yaml', 'id: ACT-atgard-1\ntitle: Ny rubrik (fiktiv)\nowner: kommunstyrelsen\nstatus: planned\n');
    rmSync(path.join(root, 'actions', 'ACT-atgard-2.yaml'));
    await gitOk(root, ['commit', '-q', '-am', 'ändrat']);
    const before = snapshot(out);
    for (const nth of [1, 2]) {
      const run = await runSak(['site', '-o', out], { cwd: root, env: GIT_ENV, interrupt: ctrlCAtNth('written', nth) });
      expect(run.code, `${nth}: ${run.stderr}`).toBe(130);
      expect(snapshot(out), `${nth}`).toEqual(before);
    }
    const run = await runSak(['site', '-o', out], { cwd: root, env: GIT_ENV });
    expect(run.code, run.stderr).toBe(0);
    const after = snapshot(out);
    expect(after.has('records/ACT-atgard-2.html')).toBe(false);
    expect(before.has('records/ACT-atgard-2.html')).toBe(true);
    expect(Buffer.from(after.get('records/ACT-atgard-1.html') ?? '', 'base64').toString('utf8')).toContain('Ny rubrik (fiktiv)');
    expect([...after.keys()].filter((f) => f.includes('.sak-site-kept-') || f.includes('sak-tmp'))).toEqual([]);
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
  // 100 rows: the fewest for which import reports its moments (checking, writing, committing).
  const ROWS = testRuns(100, 3000);
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

describe('sak site -o DIR interrupted by a real SIGINT', () => {
  const RECORDS = testRuns(200, 3000);
  it(`${RECORDS} changed pages: SIGINT while they are written gives exit 130 and the earlier site byte for byte`, { timeout: 60_000 + RECORDS * 20 }, async () => {
    const root = makeMinimalRegister();
    const page = (i: number, title: string) => `id: ACT-atgard-${i}\ntitle: ${title} ${i} (fiktiv)\nowner: kommunstyrelsen\nstatus: planned\n`;
    for (let i = 0; i < RECORDS; i++) writeRecord(root, `actions/ACT-atgard-${i}.yaml`, page(i, 'Åtgärd'));
    await gitOk(root, ['init', '-q', '-b', 'main']);
    await gitOk(root, ['add', '-A']);
    await gitOk(root, ['commit', '-q', '-m', 'init']);
    const out = path.join(makeTempDir(), 'plats');
    expect((await runSak(['site', '-o', out], { cwd: root, env: GIT_ENV })).code).toBe(0);
    for (let i = 0; i < RECORDS; i++) writeRecord(root, `actions/ACT-atgard-${i}.yaml`, page(i, 'Ändrad åtgärd'));
    await gitOk(root, ['commit', '-q', '-am', 'ändrat']);
    const before = snapshot(out);
    const run = await new Promise<{ code: number; stderr: string; sent: boolean }>((resolve) => {
      const child = spawn(process.execPath, [SAK_BIN, 'site', '-o', out], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', SAK_TODAY: '2026-11-26', ...GIT_ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let sent = false;
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      // The first page replaced: the write keeps the earlier ones in a hidden folder of the site's.
      const poll = setInterval(() => {
        if (sent || child.exitCode !== null || !readdirSync(out).some((name) => name.startsWith('.sak-site-kept-'))) return;
        sent = true;
        child.kill('SIGINT');
      }, 5);
      child.on('exit', (code, signal) => {
        clearInterval(poll);
        resolve({ code: code ?? (signal === 'SIGINT' ? 130 : 1), stderr, sent });
      });
    });
    expect(run.sent, run.stderr).toBe(true);
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/sak: avbrutet/);
    expectUnchanged(out, before);
  });
});
