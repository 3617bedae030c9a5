// Faults around sak, end to end: a full disk (a file-size limit of 0, so every write to a
// file fails with EFBIG as on a full disk), folders that cannot be made, git missing or
// failing, stdin that is a pipe nobody closes, and report templates that reach for
// prototypes. Every case asserts the documented exit code, a clear message, no stack
// trace, and a register byte for byte as it was where nothing was meant to change.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GIT_ENV, SAK_BIN, commitCount, copyExampleRegister, copyRegister, git, gitOk, makeGitRegister, makeMinimalRegister, makeTempDir, readText, runSak, sak, writeRecord } from './helpers.js';
import { expectNoFault, expectUnchanged, runLimited, snapshot } from './support/hardening.js';
import { copyTree } from '../support/copy-tree.js';

const INCIDENT_FLAGS = ['--no-input', '--title', 'Fel i miljön (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'other', '--severity', 'low'];
const DOC = 'documents/DOC-brandskyddspolicy.yaml';

/** Runs sak on a pseudo-terminal (util-linux `script`, as runSakInTerminal) with stdout sent to a file; killed after 10 s. */
function terminalWithStdoutTo(root: string, args: readonly string[], out: string): Promise<{ code: number; output: string }> {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = `${[process.execPath, SAK_BIN, ...args].map(quote).join(' ')} > ${quote(out)}`;
  const child = spawn('script', ['-qefc', command, '/dev/null'], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', TERM: 'xterm', SAK_TODAY: '2026-11-26' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 128, output });
    }),
  );
}

/** The example register under Git with one commit, made once; each test gets a copy (with its .git) from gitRegister(). */
let prepared: string;
beforeAll(async () => {
  prepared = await makeGitRegister();
});
function gitRegister(): string {
  const root = makeTempDir();
  copyTree(prepared, root);
  return root;
}

/** Files whose names mark sak's temporary files, anywhere in a register. */
function tempFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('sak-tmp') || /\.tmp$/.test(f));
}

describe('a full disk', () => {
  it.each([
    ['add', ['add', 'incident', ...INCIDENT_FLAGS], /kunde inte skriva .*incidents\/2026\/INC-\S+\.yaml: EFBIG/],
    ['set', ['set', 'DOC-brandskyddspolicy', 'status=repealed'], /kunde inte skriva .*DOC-brandskyddspolicy\.yaml: EFBIG/],
    ['close', ['close', 'ACT-avtal-med-nvk'], /kunde inte skriva .*ACT-avtal-med-nvk\.yaml: EFBIG/],
    ['review', ['review', 'DOC-brandskyddspolicy', '--outcome', 'confirmed'], /kunde inte skriva .*DOC-brandskyddspolicy\.yaml: EFBIG/],
  ])('sak %s: exit 3 naming the file and the reason; the register as it was, no temporary file left', async (_name, args, message) => {
    const root = gitRegister();
    const before = snapshot(root);
    const commits = await commitCount(root);
    const run = await runLimited(root, args, { ulimit: '-f 0', env: GIT_ENV });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(message);
    expectNoFault(run);
    expectUnchanged(root, before);
    expect(tempFiles(root)).toEqual([]);
    expect(await commitCount(root)).toBe(commits);
  });

  it('sak report -o: exit 3, an existing report left as it was', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    const out = path.join(makeTempDir(), 'rapport.md');
    writeFileSync(out, 'förra rapporten\n');
    const before = snapshot(path.dirname(out));
    const run = await runLimited(root, ['report', '--year', '2026', '-o', out], { ulimit: '-f 0' });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/kan inte skriva .*rapport\.md: EFBIG.*En befintlig fil är orörd/);
    expectNoFault(run);
    expectUnchanged(path.dirname(out), before);
  });

  it('reading commands still work: the cache is only skipped', async () => {
    const root = makeMinimalRegister();
    const run = await runLimited(root, ['validate'], { ulimit: '-f 0' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/inga fel/);
    expect(existsSync(path.join(root, '.sak', 'cache', 'records.json'))).toBe(false);
  });
});

describe('folders that cannot be made', () => {
  it.each([
    ['risks', 'risk', ['--title', 'Ingen mapp (fiktiv)', '--owner', 'kommunstyrelsen', '--area', 'fire_safety']],
    ['incidents/2026', 'incident', INCIDENT_FLAGS.slice(1)],
  ])('a file where the folder %s should be: sak add is exit 3 and writes nothing', async (folder, kind, flags) => {
    const root = makeMinimalRegister();
    writeRecord(root, folder, 'en fil, ingen mapp\n');
    const before = snapshot(root);
    const run = await sak(root, ['add', kind, '--no-input', ...flags]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(new RegExp(`kunde inte skriva .*${folder}/\\S+\\.yaml: (ENOTDIR|EEXIST)`));
    expectNoFault(run);
    expectUnchanged(root, before);
  });
});

describe('git missing or failing', () => {
  it('without git, sak set keeps the change and says that only the commit failed (exit 3); reading commands need no git', async () => {
    const root = gitRegister();
    // In process: sak starts git with the PATH it is given (an empty folder), as a process would.
    const noGit = { PATH: makeTempDir('sak-nopath-') };
    const run = await runSak(['set', 'DOC-brandskyddspolicy', 'status=repealed'], { cwd: root, env: { ...GIT_ENV, ...noGit } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/är sparad, men ingen commit gjordes: git hittades inte/);
    expect(readText(root, DOC)).toMatch(/^status: repealed$/m);
    expectNoFault(run);
    for (const args of [['validate', '--no-cache'], ['list', '--format', 'json'], ['show', 'DOC-brandskyddspolicy', '--format', 'json']]) {
      const read = await runSak(args, { cwd: root, env: noGit });
      expect(read.code, `${args[0]}: ${read.stderr}`).toBe(0);
      expectNoFault(read);
    }
    const log = await runSak(['log', 'DOC-brandskyddspolicy'], { cwd: root, env: noGit });
    expect(log.code).toBe(3);
    expect(log.stderr).toMatch(/git hittades inte/);
    expectNoFault(log);
    // A report must not call a register in a work tree "not under version control" just because git is missing.
    const report = await runSak(['report', '--year', '2026', '--no-cache'], { cwd: root, env: noGit });
    expect(report.code).toBe(3);
    expect(report.stderr).toMatch(/git hittades inte: rapporten kan inte ange sin källa/);
    expectNoFault(report);
  });

  it('a pre-commit hook that exits 1: sak set keeps the change, exit 3 with the hook\'s words, no commit', async () => {
    const root = gitRegister();
    const hook = path.join(root, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "kroken säger nej" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const commits = await commitCount(root);
    const run = await sak(root, ['set', 'DOC-brandskyddspolicy', 'status=repealed']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/documents\/DOC-brandskyddspolicy\.yaml är sparad, men commit misslyckades: kroken säger nej/);
    expect(run.stdout.trim()).toBe('DOC-brandskyddspolicy');
    expect(await commitCount(root)).toBe(commits);
    expectNoFault(run);
  });

  it('no identity: exit 3 with the two git config commands (#18); nothing written or staged', async () => {
    const root = gitRegister();
    await gitOk(root, ['config', 'user.useConfigOnly', 'true']);
    const commits = await commitCount(root);
    // In process, without GIT_ENV's identity; HOME is the register, so no user configuration applies either.
    const run = await runSak(['add', 'incident', ...INCIDENT_FLAGS], { cwd: root, env: { GIT_CONFIG_NOSYSTEM: '1' } });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('git config --global user.email');
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(root, 'incidents', '2026'))).toBe(false);
    expect(await commitCount(root)).toBe(commits);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('');
    expectNoFault(run);
  });
});

describe('a change that leaves nothing to commit', () => {
  it('sak set back to the committed version after a hand edit: exit 0, the register clean, no empty commit', async () => {
    const root = gitRegister();
    const action = 'actions/ACT-avtal-med-nvk.yaml';
    const committed = readText(root, action);
    const status = /^status: (\S+)$/m.exec(committed)?.[1] as string;
    writeRecord(root, action, committed.replace(/^status: .*$/m, 'status: cancelled'));
    const commits = await commitCount(root);
    const run = await sak(root, ['set', 'ACT-avtal-med-nvk', `status=${status}`]);
    expect(run.code, run.stderr).toBe(0);
    expect(readText(root, action)).toBe(committed);
    expect(await commitCount(root)).toBe(commits);
    expect((await git(root, ['status', '--porcelain'])).stdout).toBe('');
    expectNoFault(run);
  });
});

describe('stdin that is not a terminal never makes sak wait', () => {
  // In a process with a pipe on stdin that stays open: the commands that could ask (add,
  // review, edit). The others in-process, where reading stdin fails the run.
  it.each([
    { name: 'add without flags', args: ['add', 'incident'], code: 2, message: /--title, --unit, --category, --severity/, real: true },
    { name: 'add with some flags', args: ['add', 'incident', '--title', 'Halv (fiktiv)'], code: 2, message: /--unit, --category, --severity/, real: false },
    { name: 'review without the required values', args: ['review', 'RSK-brand-i-skolkok-fiktiv'], code: 2, message: /--likelihood, --consequence/, real: true },
    { name: 'review of a site without a status', args: ['review', 'SITE-stadshuset'], code: 2, message: /--fire och\/eller --intrusion/, real: false },
    { name: 'edit', args: ['edit', 'ACT-avtal-med-nvk'], code: 2, message: /sak edit behöver en terminal/, real: true },
    { name: 'set without assignments', args: ['set', 'ACT-avtal-med-nvk'], code: 2, message: /ange minst en ändring FÄLT=VÄRDE/, real: false },
    { name: 'add --input - with nothing on stdin', args: ['add', 'incident', '--input', '-'], code: 1, message: /--input - är ingen YAML-mappning/, real: false },
  ])('$name: exit $code at once, naming what is missing, with stdin a pipe that stays open', async ({ args, code, message, real }) => {
    const root = copyRegister('register');
    writeRecord(root, 'risks/RSK-brand-i-skolkok-fiktiv.yaml', 'id: RSK-brand-i-skolkok-fiktiv\ntitle: Brand i skolkök (fiktiv)\nowner: nvk\narea: fire_safety\n');
    writeRecord(root, 'sites/SITE-stadshuset.yaml', 'id: SITE-stadshuset\ntitle: Stadshuset (fiktiv)\n');
    const before = snapshot(root);
    // `--input -` reads to the end of stdin by definition: that run gets a closed one.
    const closed = args.includes('-');
    const run = real
      ? await runLimited(root, args, { stdin: closed ? 'closed' : 'open', timeoutMs: 10_000 })
      : { ...(await runSak(args, { cwd: root, env: GIT_ENV, ...(closed ? { input: '' } : { openStdin: true }) })), timedOut: false };
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expectNoFault(run);
    expectUnchanged(root, before);
  });

  it('a terminal on stdin but a pipe on stdout asks nothing either (exit 2)', async () => {
    const root = makeMinimalRegister();
    const before = snapshot(root);
    const out = path.join(makeTempDir(), 'ut.json');
    const run = await terminalWithStdoutTo(root, ['add', 'incident', '--format', 'json'], out);
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/--title, --unit, --category, --severity/);
    expect(run.output).not.toMatch(/Titel/);
    expectUnchanged(root, before);
  });
});

describe('report templates that reach for prototypes run no code', () => {
  const marker = path.join(makeTempDir('sak-pwned-'), 'pwned');
  const payload = `{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return process.mainModule.require('fs').writeFileSync('${marker}', 'x');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}`;

  it.each([
    ['constructor.constructor', '[{{constructor.constructor "return process"}}]'],
    ['lookup __proto__', '[{{lookup this "__proto__"}}][{{#with (lookup this "__proto__")}}{{constructor}}{{/with}}]'],
    ['lookup constructor.prototype', '[{{#with (lookup this "constructor")}}{{lookup this "prototype"}}{{lookup this "name"}}{{/with}}]'],
    ['__defineGetter__', '[{{#with this}}{{__defineGetter__ "x" "y"}}{{__lookupGetter__ "x"}}{{/with}}]'],
    ['the known sub.apply payload', payload],
  ])('%s: exit 0 with nothing from a prototype, or exit 3 with the template named; no code ran', async (_name, source) => {
    const root = copyRegister('tests/fixtures/report/basic');
    writeRecord(root, 'templates/ond.md.hbs', `${source}\n`);
    const run = await sak(root, ['report', '--year', '2026', '--template', 'ond', '--no-cache']);
    expectNoFault(run);
    expect(existsSync(marker)).toBe(false);
    if (run.code === 0) {
      expect(run.stdout).not.toMatch(/function|native code|\[object|process|Object|mainModule/);
    } else {
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/fel i mallen .*ond\.md\.hbs/);
      expect(run.stdout).toBe('');
    }
  });
});

describe('an unreadable report template', () => {
  it('a template that is a folder or not UTF-8 is exit 3 with its path', async () => {
    const root = copyRegister('tests/fixtures/report/basic');
    mkdirSync(path.join(root, 'templates', 'mapp.md.hbs'), { recursive: true });
    writeRecord(root, 'templates/latin1.md.hbs', Buffer.from('Skadeg\xf6relse {{municipality}}\n', 'latin1'));
    for (const name of ['mapp', 'latin1']) {
      const run = await sak(root, ['report', '--year', '2026', '--template', name, '--no-cache']);
      expect(run.code, name).toBe(3);
      expect(run.stderr).toContain(`${name}.md.hbs`);
      expect(run.stdout).toBe('');
      expectNoFault(run);
    }
  });
});

describe('a register in a work tree whose git fails', () => {
  it('a damaged .git: writing commands keep the file and exit 3; validate still works', async () => {
    const root = gitRegister();
    writeFileSync(path.join(root, '.git', 'HEAD'), 'inte en referens\n');
    const run = await sak(root, ['add', 'incident', ...INCIDENT_FLAGS]);
    expectNoFault(run);
    expect(run.code).toBe(3);
    expect(run.stdout.trim()).toMatch(/^INC-20261126-/);
    const validate = await sak(root, ['validate', '--no-cache']);
    expect(validate.code).toBe(0);
    expect((await git(root, ['status'])).code).not.toBe(0);
  });
});

describe('a record folder that is a symbolic link', () => {
  it('never leads a write outside the register (exit 3, nothing written there)', async () => {
    const root = copyExampleRegister();
    const outside = makeTempDir();
    mkdirSync(path.join(root, 'incidents'), { recursive: true });
    symlinkSync(outside, path.join(root, 'incidents', '2026'));
    const run = await runSak(['add', 'incident', '--register', root, '--no-input', '--no-commit', '--title', 'Krossad ruta (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'vandalism', '--severity', 'low']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/utanför registret|leads outside the register/);
    expect(readdirSync(outside)).toEqual([]);
  });
});
