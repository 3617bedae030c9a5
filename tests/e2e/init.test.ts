// End-to-end tests of `sak init`: the built bin/sak.js making new registers in temporary
// folders, with real git; the files it writes checked by a stock Ajv and a YAML parser.
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KINDS } from '../../src/core/kinds.js';
import { REPO_ROOT, SAK_BIN, commitCount, commitSubject, filesOfCommit, git, gitOk, makeTempDir, readText, sak, writeRecord } from './helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

async function newRegister(args: readonly string[] = []): Promise<string> {
  const root = path.join(makeTempDir(), 'register');
  const run = await sak(path.dirname(root), ['init', 'register', '--municipality', 'Provkommun (fiktiv)', ...args]);
  expect(run.stderr).toContain('Provkommun (fiktiv)');
  expect(run.code).toBe(0);
  return root;
}

function recordFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory() && !entry.name.startsWith('.')) out.push(...recordFiles(root, rel));
    else if (entry.isFile() && rel.endsWith('.yaml') && rel.includes('/')) out.push(rel);
  }
  return out.sort();
}

describe('sak init', () => {
  it('with --roles also makes the role units säkerhetssamordnare and ledningsgruppen, and the README says so', async () => {
    const root = await newRegister(['--roles', '--no-git', '--ci', 'none']);
    expect(readdirSync(path.join(root, 'units')).sort()).toEqual(['kommunfullmaktige.yaml', 'kommunstyrelsen.yaml', 'ledningsgruppen.yaml', 'sakerhetssamordnare.yaml']);
    expect(parse(readText(root, 'units/ledningsgruppen.yaml'))).toMatchObject({ id: 'ledningsgruppen', type: 'role' });
    expect(readText(root, 'README.md')).toContain('funktionerna säkerhetssamordnare och ledningsgrupp (`sak init --roles`)');
    expect((await sak(root, ['validate', '--strict'])).code).toBe(0);
  });

  it('makes a register that validates, with the standard units, schemas, editor settings, README, CI and one commit', async () => {
    const root = path.join(makeTempDir(), 'register');
    const init = await sak(path.dirname(root), ['init', 'register', '--municipality', 'Provkommun (fiktiv)']);
    expect(init.code, init.stderr).toBe(0);
    // The count of files it says it wrote is the commit's (the user guides show it as "(… filer)").
    expect(init.stderr).toContain(`(${(await filesOfCommit(root)).length} filer)`);
    expect((await sak(root, ['validate'])).code).toBe(0);
    const config = parse(readText(root, 'sak.yaml')) as Record<string, unknown>;
    expect(config).toEqual({ format: 1, municipality: 'Provkommun (fiktiv)', locale: 'sv', git: { commit: true } });
    expect(readText(root, 'sak.yaml')).toContain('#   levels: { medium: 5, high: 10, critical: 15 }');
    for (const unit of ['kommunfullmaktige', 'kommunstyrelsen']) {
      const text = readText(root, `units/${unit}.yaml`);
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.sak/schemas/unit.schema.json');
      expect((parse(text) as { id: string; notes?: string }).id).toBe(unit);
      expect((parse(text) as { notes?: string }).notes).toBeUndefined();
    }
    // The role units only with --roles, and the README says so.
    expect(readdirSync(path.join(root, 'units')).sort()).toEqual(['kommunfullmaktige.yaml', 'kommunstyrelsen.yaml']);
    expect(readText(root, 'README.md')).toContain('`sak init --roles` skapar');
    // Neutral content: no word of the example municipality's documents in anything sak init writes.
    for (const file of recordFiles(root).concat(['sak.yaml', 'README.md'])) expect(readText(root, file), file).not.toMatch(/fagersta|omgående rapporter|PDV/i);
    expect((parse(readText(root, 'units/kommunstyrelsen.yaml')) as { parent: string }).parent).toBe('kommunfullmaktige');
    for (const kind of KINDS) expect(existsSync(path.join(root, kind.folder)), kind.folder).toBe(true);
    for (const name of readdirSync(path.join(REPO_ROOT, 'schemas'))) expect(readText(root, `.sak/schemas/${name}`)).toBe(readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8'));
    const settings = JSON.parse(readText(root, '.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['.sak/schemas/incident.schema.json']).toEqual(['incidents/*/*.yaml']);
    expect(settings['yaml.schemas']['.sak/schemas/unit.schema.json']).toEqual(['units/*.yaml']);
    expect(JSON.parse(readText(root, '.vscode/extensions.json'))).toEqual({ recommendations: ['redhat.vscode-yaml'] });
    expect(readText(root, '.gitattributes')).toContain('*.yaml text eol=lf');
    expect(readText(root, '.gitignore').split('\n')).toEqual(expect.arrayContaining(['.sak/cache/', '*.sak-tmp-*']));
    expect(readText(root, 'README.md')).toContain('# Säkerhetsregistret för Provkommun (fiktiv)');
    expect(readText(root, 'README.md')).toContain('sak add incident');
    expect(await commitCount(root)).toBe(1);
    expect(await commitSubject(root)).toBe('sak: init register for Provkommun (fiktiv)');
    expect(await filesOfCommit(root)).toEqual(expect.arrayContaining(['sak.yaml', 'units/kommunstyrelsen.yaml', '.gitlab-ci.yml', '.sak/schemas/incident.schema.json', 'README.md']));
    expect((await gitOk(root, ['status', '--porcelain'])).trim()).toBe('');
    // The cache of a later run stays out of git.
    expect((await sak(root, ['list'])).code).toBe(0);
    expect((await gitOk(root, ['status', '--porcelain'])).trim()).toBe('');
  });

  it('writes English texts and locale en with --lang en', async () => {
    const root = await newRegister(['--lang', 'en', '--ci', 'none']);
    expect((parse(readText(root, 'sak.yaml')) as { locale: string }).locale).toBe('en');
    expect(readText(root, 'README.md')).toContain('# The security register of Provkommun (fiktiv)');
    expect(existsSync(path.join(root, '.gitlab-ci.yml'))).toBe(false);
    const run = await sak(root, ['validate']);
    expect(run.stdout).toContain('no errors');
  });

  it('writes schemas that validate the records in a stock Ajv (draft-07 and ajv-formats, no sak code)', async () => {
    const root = await newRegister();
    const added = await sak(root, ['add', 'incident', '--title', 'Krossad ruta (fiktiv)', '--unit', 'kommunstyrelsen', '--category', 'vandalism', '--severity', 'low', '--cost-sek', '4 500', '--kia-type', 'near_miss']);
    expect(added.code).toBe(0);
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    const dir = path.join(root, '.sak', 'schemas');
    for (const name of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as object);
    const files = recordFiles(root);
    expect(files.length).toBe(3);
    for (const file of files) {
      const kind = file.startsWith('units/') ? 'unit' : 'incident';
      const validate = ajv.getSchema(`${kind}.schema.json`);
      expect(validate?.(parse(readText(root, file)))).toBe(true);
    }
    expect(ajv.getSchema('config.schema.json')?.(parse(readText(root, 'sak.yaml')))).toBe(true);
    // A broken record is refused by the same schemas.
    expect(ajv.getSchema('incident.schema.json')?.({ id: 'INC-20261126-AAAAA', title: 'X', date: '2026-11-26' })).toBe(false);
  });

  it('writes a GitLab CI file that is valid YAML, runs sak validate as Code Quality and sak check as information', async () => {
    const root = await newRegister();
    const ci = parse(readText(root, '.gitlab-ci.yml')) as Record<string, { script?: string[]; artifacts?: { reports?: { codequality?: string } }; allow_failure?: boolean } & Record<string, unknown>>;
    expect((ci.variables as unknown as { SAK: string }).SAK).toBe('');
    expect(ci['sak-validate']?.script?.[0]).toMatch(/^\$SAK validate --no-cache --format gitlab > gl-code-quality-report\.json/);
    expect(ci['sak-validate']?.artifacts?.reports?.codequality).toBe('gl-code-quality-report.json');
    expect(ci['sak-check']?.script).toEqual(['$SAK check --no-cache']);
    expect(ci['sak-check']?.allow_failure).toBe(true);
  });

  it('writes a GitHub workflow that is valid YAML, runs sak validate with annotations and sak check as information', async () => {
    const root = await newRegister(['--ci', 'github']);
    const workflow = parse(readText(root, '.github/workflows/sak.yml')) as { env: { SAK: string }; jobs: { sak: { steps: { run?: string; 'continue-on-error'?: boolean }[] } } };
    expect(workflow.env.SAK).toBe('');
    const runs = workflow.jobs.sak.steps.filter((s) => s.run);
    // First a guard: without SAK the workflow stops with a message instead of fetching some package by name.
    expect(runs[0]?.run).toMatch(/^test -n "\$SAK" \|\| \{ echo '::error::.*SAK.*'; exit 1; \}$/);
    expect(runs.slice(1).map((s) => s.run)).toEqual(['$SAK validate --no-cache --format github', '$SAK check --no-cache --format github']);
    expect(runs[2]?.['continue-on-error']).toBe(true);
    expect(existsSync(path.join(root, '.gitlab-ci.yml'))).toBe(false);
  });

  it('the GitLab job runs: its script, with SAK pointing at this build, validates the register', async () => {
    const root = await newRegister();
    const ci = parse(readText(root, '.gitlab-ci.yml')) as { 'sak-validate': { script: string[] } };
    const run = await new Promise<{ code: number }>((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile('sh', ['-c', ci['sak-validate'].script.join('\n')], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', SAK: `node ${SAK_BIN}` } }, (error) => resolve({ code: error ? 1 : 0 })),
      );
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(readText(root, 'gl-code-quality-report.json'))).toEqual([]);
  });

  it('the GitLab jobs stop with a message when SAK is not set, instead of fetching a package by name', async () => {
    const root = await newRegister();
    const ci = parse(readText(root, '.gitlab-ci.yml')) as { before_script: string[] };
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      import('node:child_process').then(({ execFile }) =>
        execFile('sh', ['-c', ci.before_script.join('\n')], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: root, SAK: '' } }, (error, stdout) => resolve({ code: error ? 1 : 0, stdout })),
      );
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/SAK/);
  });

  it('refuses a folder that already holds a register (exit 2) and changes nothing', async () => {
    const root = await newRegister();
    const before = readText(root, 'sak.yaml');
    const run = await sak(root, ['init', '--municipality', 'Annan kommun']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sak.yaml');
    expect(readText(root, 'sak.yaml')).toBe(before);
    expect(await commitCount(root)).toBe(1);
  });

  it('without --municipality and without a terminal: exit 2 naming the flag, nothing written', async () => {
    const dir = makeTempDir();
    const run = await sak(dir, ['init']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--municipality');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--no-git makes no repository', async () => {
    const root = await newRegister(['--no-git']);
    expect(existsSync(path.join(root, '.git'))).toBe(false);
    expect((await sak(root, ['validate'])).code).toBe(0);
  });

  it('inside an existing work tree: no nested repository, one commit of the new files only, the user\'s staged work untouched', async () => {
    const top = makeTempDir();
    await gitOk(top, ['init', '-q', '-b', 'main']);
    writeFileSync(path.join(top, 'annat.txt'), 'före\n');
    await gitOk(top, ['add', 'annat.txt']);
    await gitOk(top, ['commit', '-q', '-m', 'start']);
    writeFileSync(path.join(top, 'annat.txt'), 'ändrad och köad\n');
    await gitOk(top, ['add', 'annat.txt']);
    const run = await sak(top, ['init', 'sakerhet', '--municipality', 'Provkommun (fiktiv)']);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(top, 'sakerhet', '.git'))).toBe(false);
    expect(await commitCount(top)).toBe(2);
    const files = await filesOfCommit(top);
    expect(files.every((f) => f.startsWith('sakerhet/'))).toBe(true);
    expect(files).toContain('sakerhet/sak.yaml');
    expect((await gitOk(top, ['diff', '--cached', '--name-only'])).trim()).toBe('annat.txt');
    // CI in a subfolder runs the register from the top of the repository.
    expect(readText(top, 'sakerhet/.gitlab-ci.yml')).toContain('$SAK validate --register sakerhet --no-cache --format gitlab');
    expect(run.stderr).toContain('include: local');
  });

  it('--update-schemas rewrites .sak/schemas, commits it, and the schemas-outdated warning goes away', async () => {
    const root = await newRegister();
    writeRecord(root, '.sak/schemas/unit.schema.json', '{"old": true}\n');
    await gitOk(root, ['commit', '-q', '-am', 'an older sak']);
    const before = await sak(root, ['validate']);
    expect(before.stdout).toContain('schemas-outdated');
    const run = await sak(root, ['init', '--update-schemas']);
    expect(run.code).toBe(0);
    expect(await commitSubject(root)).toMatch(/^sak: update schemas to sak \d+\.\d+\.\d+/);
    expect(await filesOfCommit(root)).toEqual(['.sak/schemas/unit.schema.json']);
    const after = await sak(root, ['validate']);
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('schemas-outdated');
    expect((await gitOk(root, ['status', '--porcelain'])).trim()).toBe('');
  });

  it('--hooks installs a pre-commit hook that blocks a commit of an invalid record and lets a valid one through', async () => {
    const root = await newRegister(['--hooks']);
    const hook = path.join(root, '.git', 'hooks', 'pre-commit');
    expect(readFileSync(hook, 'utf8')).toContain('# sak: pre-commit');
    const env = { SAK: `${process.execPath} ${SAK_BIN}` };
    writeRecord(root, 'units/trasig.yaml', 'id: trasig\ntitle: Trasig enhet\ntype: no_such_type\n');
    await gitOk(root, ['add', 'units/trasig.yaml']);
    const blocked = await git(root, ['commit', '-q', '-m', 'bad'], env);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('no_such_type');
    expect(await commitCount(root)).toBe(1);
    writeRecord(root, 'units/trasig.yaml', 'id: trasig\ntitle: Hel enhet\ntype: team\n');
    await gitOk(root, ['add', 'units/trasig.yaml']);
    const passed = await git(root, ['commit', '-q', '-m', 'good'], env);
    expect(passed.code).toBe(0);
    expect(await commitCount(root)).toBe(2);
    // Running it again replaces sak's own hook; another hook is never overwritten (exit 3).
    expect((await sak(root, ['init', '--hooks'])).code).toBe(0);
    writeFileSync(hook, '#!/bin/sh\necho egen krok\n');
    chmodSync(hook, 0o755);
    const refused = await sak(root, ['init', '--hooks']);
    expect(refused.code).toBe(3);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\necho egen krok\n');
  });

  it('a register made in a folder of its own can be named with --register, and DIR is created', async () => {
    const dir = makeTempDir();
    mkdirSync(path.join(dir, 'a'));
    const run = await sak(dir, ['init', 'a/b/c', '--municipality', 'Provkommun (fiktiv)', '--no-git']);
    expect(run.code).toBe(0);
    expect((await sak(dir, ['--register', 'a/b/c', 'validate'])).code).toBe(0);
  });
});
