// The npm package: what `npm pack` ships, and that the packed tarball installs into a new
// folder (offline: its dependencies linked from the repository's node_modules, see
// linkDependencies) and runs.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_ENV, REPO_ROOT, makeTempDir } from './helpers.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, [...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0, stdout, stderr });
    });
  });
}

/** The npm cache of the user running the tests (HOME of the test processes is a temp folder). */
const NPM_CACHE = process.env.npm_config_cache ?? path.join(process.env.HOME ?? homedir(), '.npm');

/** Hard-links a folder's files into a new folder (symbolic links recreated): a copy that costs no file data. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkOrCopy(source, target);
  }
}

/** A hard link, or a copy where the two folders are on different file systems. */
function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(source, target);
  }
}

/**
 * Puts into `app`'s node_modules, as hard links, the packages of the repository's node_modules
 * that its lockfile does not mark as development-only, and one development-only package
 * (`extra`), with their commands in node_modules/.bin as npm links them. Extracting the
 * package's dependencies again from the npm cache (some 12,000 files) was most of the CPU time
 * of the install (and without its .bin links npm takes a package as changed and extracts it
 * again); with them in place, `npm install` still builds the tree from the tarball's
 * package.json: it takes what it declares and removes what it does not (the test checks that
 * `extra` is gone), so a dependency the package forgets to declare is still missing from the
 * install.
 */
function linkDependencies(app: string, extra: string): void {
  const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const top = Object.entries(lock.packages)
    .filter(([key, entry]) => /^node_modules\/(@[^/]+\/)?[^/@]+$/.test(key) && (entry.dev !== true || key === `node_modules/${extra}`))
    .map(([key]) => key);
  for (const key of top) {
    const source = path.join(REPO_ROOT, ...key.split('/'));
    if (existsSync(source) && lstatSync(source).isDirectory()) linkTree(source, path.join(app, ...key.split('/')));
  }
  // node_modules/.bin/NAME -> ../PACKAGE/FILE (or ../@SCOPE/PACKAGE/FILE): those of the linked packages.
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin');
  mkdirSync(path.join(app, 'node_modules', '.bin'), { recursive: true });
  for (const entry of readdirSync(bin, { withFileTypes: true })) {
    // (On Windows npm writes command files there instead of links; those are left to npm.)
    if (!entry.isSymbolicLink()) continue;
    const target = readlinkSync(path.join(bin, entry.name));
    const parts = target.split(/[\\/]/);
    const owner = parts.slice(1, parts[1]?.startsWith('@') ? 3 : 2).join('/');
    if (existsSync(path.join(app, 'node_modules', owner))) symlinkSync(target, path.join(app, 'node_modules', '.bin', entry.name));
  }
}

describe('the npm package', () => {
  it('packs bin/, dist/ (with the compiled schemas and the build id), schemas/, templates/, starter/, README.md and nothing of tests; installs and runs', async () => {
    const out = makeTempDir('sak-pack-');
    // --ignore-scripts: the tests run on the build that is there; packing must not rebuild it under them.
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], REPO_ROOT, { npm_config_cache: NPM_CACHE });
    expect(packed.stderr).not.toMatch(/npm error/i);
    expect(packed.code).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = (info?.files ?? []).map((f) => f.path);
    for (const required of ['bin/sak.js', 'dist/bundle/main.js', 'dist/core/validate/compiled-schemas.js', 'dist/build-id.json', 'schemas/incident.schema.json', 'schemas/common.schema.json', 'templates/report.md.hbs', 'templates/sections/incidents.md.hbs', 'templates/phrases.sv.yaml', 'starter/units.yaml', 'README.md', 'package.json']) {
      expect(files).toContain(required);
    }
    const allowed = /^(bin\/|dist\/|schemas\/|templates\/|starter\/|README\.md$|LICENSE|package\.json$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)tests?\/|\.test\.|^src\/|^bench\/|^register\/|^examples\//.test(f))).toEqual([]);

    // On the disk, as the repository (tests/support/temp-root.ts): its node_modules are hard-linked in.
    const app = mkdtempSync(path.join(process.env.SAK_TEST_DISK_TMP ?? tmpdir(), 'sak-install-'));
    writeFileSync(path.join(app, 'package.json'), '{ "name": "installs-sak", "private": true }\n');
    // A development-only dependency of the repository that the package must not bring along.
    const extra = 'fast-check';
    linkDependencies(app, extra);
    expect(existsSync(path.join(app, 'node_modules', extra, 'package.json'))).toBe(true);
    // --offline: everything comes from node_modules and the npm cache. --ignore-scripts: the
    // package and its dependencies have no install scripts to run.
    const installed = await run('npm', ['install', path.join(out, info?.filename ?? ''), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app, { npm_config_cache: NPM_CACHE });
    expect(installed.stderr).not.toMatch(/npm error/i);
    expect(installed.code).toBe(0);
    expect(existsSync(path.join(app, 'node_modules', extra))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(app, 'node_modules', 'sak', 'package.json'), 'utf8'))).toMatchObject({ name: 'sak' });
    const bin = path.join(app, 'node_modules', '.bin', 'sak');
    expect(existsSync(bin)).toBe(true);
    const version = await run(bin, ['--version'], app);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const init = await run(bin, ['init', 'register', '--municipality', 'Paketkommun (fiktiv)'], app, GIT_ENV);
    expect(init.code).toBe(0);
    expect(readdirSync(path.join(app, 'register', '.sak', 'schemas'))).toContain('incident.schema.json');
    const validate = await run(bin, ['validate'], path.join(app, 'register'));
    expect(validate.code).toBe(0);
    // The report loads its templates and template engine from the installed package.
    const report = await run(bin, ['report', '--year', '2026', '--format', 'html'], path.join(app, 'register'));
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Paketkommun (fiktiv)');
    // Only the bundle runs: the modules it was made from are not shipped.
    expect(files).not.toContain('dist/cli/main.js');
  }, 180_000);
});
