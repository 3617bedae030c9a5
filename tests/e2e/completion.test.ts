// End-to-end tests of `sak completion` and `sak schema`: the scripts for the four shells,
// their syntax, and bash completion driven for real with a `sak` on the PATH.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/core/kinds.js';
import { SAK_BIN, makeTempDir, sak, sakHere } from './helpers.js';

function hasShell(shell: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${shell}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A folder with a `sak` on it that runs the built bin/sak.js (the shims call `sak`). */
function sakOnPath(): string {
  const bin = makeTempDir('sak-bin-');
  writeFileSync(path.join(bin, 'sak'), `#!/bin/sh\nexec "${process.execPath}" "${SAK_BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'sak'), 0o755);
  return bin;
}

function runShell(shell: string, args: string[], cwd: string, bin: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(shell, args, { cwd, env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: cwd, NO_COLOR: '1' } }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.split('\n').filter(Boolean))));
  });
}

/** The completions bash offers for a command line (the script loaded, the completion function called as bash would). */
function bashComplete(script: string, cwd: string, bin: string, line: string): Promise<string[]> {
  const words = line.split(' ');
  const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})\nCOMP_CWORD=${words.length - 1}\n_sak_completion\nprintf '%s\\n' "\${COMPREPLY[@]}"\n`;
  return runShell('bash', ['-c', program], cwd, bin);
}

/** The completions zsh offers: the completion function called with zsh's words and CURRENT, compadd and _files recording what they get. */
function zshComplete(script: string, cwd: string, bin: string, line: string): Promise<string[]> {
  const words = line.split(' ');
  const program = `compdef() { :; }\n${script.replace(/^if \(\(.*$/m, '')}\ncompadd() { while [[ $1 == -* && $1 != -- ]]; do shift; done; [[ $1 == -- ]] && shift; print -l -- "$@"; }\n_files() { print -- "(files $*)"; }\nwords=(${words.map((w) => `'${w}'`).join(' ')})\nCURRENT=${words.length}\n_sak\n`;
  return runShell('zsh', ['-f', '-c', program], cwd, bin);
}

/** The completions fish offers for a command line (`complete -C`, fish's own query). */
function fishComplete(script: string, cwd: string, bin: string, line: string): Promise<string[]> {
  return runShell('fish', ['--no-config', '-c', `${script}\ncomplete -C '${line}'`], cwd, bin).then((lines) => lines.map((l) => l.split('\t')[0] as string));
}

describe('sak completion', () => {
  it('prints a shim for bash, zsh, fish and powershell that calls sak __complete; each parses in its shell', async () => {
    const scripts: Record<string, string> = {};
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const run = await sakHere(['completion', shell]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('sak __complete');
      scripts[shell] = run.stdout;
    }
    expect(scripts.powershell).toContain('Register-ArgumentCompleter -Native -CommandName sak');
    const dir = makeTempDir();
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      if (shell !== 'bash' && !hasShell(shell)) continue;
      const file = path.join(dir, `sak.${shell}`);
      writeFileSync(file, scripts[shell] as string);
      expect(() => execFileSync(shell, ['-n', file], { stdio: 'pipe' })).not.toThrow();
    }
    const unknown = await sakHere(['completion', 'tcsh']);
    expect(unknown.code).toBe(2);
  });

  it.each(['bash', 'zsh', 'fish'] as const)('%s completes commands, options, kinds, option values, field values and the ids of the register', async (shell) => {
    if (shell !== 'bash' && !process.env.CI && !hasShell(shell)) return;
    const root = makeTempDir();
    expect((await sak(root, ['init', '--municipality', 'Provkommun (fiktiv)', '--no-git', '--roles'])).code).toBe(0);
    const script = (await sakHere(['completion', shell])).stdout;
    const bin = sakOnPath();
    const complete = { bash: bashComplete, zsh: zshComplete, fish: fishComplete }[shell];
    // Fish sorts what it offers; the others keep sak's order. The set is what matters.
    const offered = async (line: string) => (await complete(script, root, bin, line)).sort();
    expect(await offered('sak sh')).toEqual(['show']);
    expect(await offered('sak add inc')).toEqual(['incident']);
    expect(await offered('sak list ')).toContain('exercise');
    expect(await offered('sak add incident --cat')).toEqual(['--category']);
    expect(await offered('sak add incident --category wa')).toEqual(['water_damage']);
    expect(await offered('sak add incident --unit kommun')).toEqual(['kommunfullmaktige', 'kommunstyrelsen'].sort());
    expect(await offered('sak import incident --ma')).toEqual(['--map', '--map-value', '--max-rows', '--max-size']);
    expect(await offered('sak --lang ')).toEqual(['sv', 'en'].sort());
    expect(await offered('sak init --ci g')).toEqual(['gitlab', 'github'].sort());
    expect(await offered('sak show kommun')).toEqual(['kommunfullmaktige', 'kommunstyrelsen'].sort());
    expect(await offered('sak --register . close led')).toEqual(['ledningsgruppen']);
    expect(await offered('sak completion z')).toEqual(['zsh']);
   }, 120_000);

  it('sak __complete answers from file names only, asks the shell for paths, and says nothing outside a register', async () => {
    const root = makeTempDir();
    expect((await sak(root, ['init', '--municipality', 'Provkommun (fiktiv)', '--no-git', '--roles'])).code).toBe(0);
    writeFileSync(path.join(root, 'units', 'trasig.yaml'), 'inte: [en post');
    const run = await sak(root, ['__complete', '--', 'show', '']);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(['kommunfullmaktige', 'kommunstyrelsen', 'ledningsgruppen', 'sakerhetssamordnare', 'trasig']);
    expect((await sak(root, ['__complete', '--new', '--', 'report', '-o'])).stdout).toBe('__path_file__\n');
    expect((await sak(root, ['__complete', '--', 'list', '--unit=kommuns'])).stdout).toBe('--unit=kommunstyrelsen\n');
    const outside = await sak(makeTempDir(), ['__complete', '--', 'show', '']);
    expect(outside).toMatchObject({ code: 0, stdout: '' });
    expect((await sakHere(['--help'])).stdout).not.toContain('__complete');
  });
});

describe('sak schema', () => {
  it('lists the kinds with Swedish and English names, and prints a kind\'s JSON Schema', async () => {
    const list = await sakHere(['schema']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/incident\s+Incident\s+Incident\s+incidents\//);
    expect(list.stdout).toMatch(/document\s+Styrdokument\s+Governing document/);
    const json = JSON.parse((await sakHere(['schema', '--format', 'json'])).stdout) as { kind: string }[];
    expect(json.map((k) => k.kind)).toEqual([...KIND_NAMES]);
    const schema = JSON.parse((await sakHere(['schema', 'incident'])).stdout) as { $id: string; required: string[] };
    expect(schema.$id).toBe('incident.schema.json');
    expect(schema.required).toContain('severity');
    const wrong = await sakHere(['schema', 'incidnt']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Menade du incident?');
  });
});
