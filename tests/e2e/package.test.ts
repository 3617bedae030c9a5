// The npm package: what `npm pack` ships, and that the packed tarball installs into an empty
// folder (from the npm cache, which holds every dependency) and runs.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
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

describe('the npm package', () => {
  it('packs bin/, dist/ (with the compiled schemas and the build id), schemas/, templates/, README.md and nothing of tests; installs and runs', async () => {
    const out = makeTempDir('sak-pack-');
    // --ignore-scripts: the tests run on the build that is there; packing must not rebuild it under them.
    const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], REPO_ROOT, { npm_config_cache: NPM_CACHE });
    expect(packed.stderr).not.toMatch(/npm error/i);
    expect(packed.code).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = (info?.files ?? []).map((f) => f.path);
    for (const required of ['bin/sak.js', 'dist/bundle/main.js', 'dist/core/validate/compiled-schemas.js', 'dist/build-id.json', 'schemas/incident.schema.json', 'schemas/common.schema.json', 'templates/report.md.hbs', 'templates/sections/incidents.md.hbs', 'templates/phrases.sv.yaml', 'README.md', 'package.json']) {
      expect(files).toContain(required);
    }
    const allowed = /^(bin\/|dist\/|schemas\/|templates\/|README\.md$|LICENSE|package\.json$)/;
    expect(files.filter((f) => !allowed.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)tests?\/|\.test\.|^src\/|^bench\/|^register\/|^examples\//.test(f))).toEqual([]);

    const app = makeTempDir('sak-install-');
    writeFileSync(path.join(app, 'package.json'), '{ "name": "installs-sak", "private": true }\n');
    const installed = await run('npm', ['install', path.join(out, info?.filename ?? ''), '--prefer-offline', '--no-audit', '--no-fund'], app, { npm_config_cache: NPM_CACHE });
    expect(installed.stderr).not.toMatch(/npm error/i);
    expect(installed.code).toBe(0);
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
