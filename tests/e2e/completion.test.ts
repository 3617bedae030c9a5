// End-to-end tests of `sak completion` and `sak schema`: the scripts for the four shells,
// their syntax, and bash completion driven for real with a `sak` on the PATH.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAK_BIN, makeTempDir, sak, sakHere } from './helpers.js';

function hasShell(shell: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${shell}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs bash with the completion script loaded and asks for the completions of a command line. */
function complete(script: string, cwd: string, line: string): Promise<string[]> {
  const bin = makeTempDir('sak-bin-');
  writeFileSync(path.join(bin, 'sak'), `#!/bin/sh\nexec "${process.execPath}" "${SAK_BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'sak'), 0o755);
  const words = line.split(' ');
  const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})\nCOMP_CWORD=${words.length - 1}\n_sak_completion\nprintf '%s\\n' "\${COMPREPLY[@]}"\n`;
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', program], { cwd, env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: cwd, NO_COLOR: '1' } }, (error, stdout) => (error ? reject(error) : resolve(stdout.split('\n').filter(Boolean))));
  });
}

describe('sak completion', () => {
  it('prints a script for bash, zsh, fish and powershell; each parses in its shell where installed (bash always)', async () => {
    const scripts: Record<string, string> = {};
    for (const shell of ['bash', 'zsh', 'fish', 'powershell']) {
      const run = await sakHere(['completion', shell]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('__complete ids');
      expect(run.stdout).toContain('--municipality');
      expect(run.stdout).toContain('--kia-type');
      scripts[shell] = run.stdout;
    }
    expect(scripts.powershell).toContain('Register-ArgumentCompleter -Native -CommandName sak');
    const dir = makeTempDir();
    for (const [shell, ext, check] of [['bash', 'bash', ['-n']], ['zsh', 'zsh', ['-n']], ['fish', 'fish', ['-n']]] as const) {
      if (shell !== 'bash' && !hasShell(shell)) continue;
      const file = path.join(dir, `sak.${ext}`);
      writeFileSync(file, scripts[shell] as string);
      expect(() => execFileSync(shell, [...check, file], { stdio: 'pipe' })).not.toThrow();
    }
    const unknown = await sakHere(['completion', 'tcsh']);
    expect(unknown.code).toBe(2);
  });

  it('bash completion completes commands, options per command, kinds, option values and the ids of the register', async () => {
    const root = makeTempDir();
    expect((await sak(root, ['init', '--municipality', 'Provkommun (fiktiv)', '--no-git'])).code).toBe(0);
    const script = (await sakHere(['completion', 'bash'])).stdout;
    expect(await complete(script, root, 'sak sh')).toEqual(['show']);
    expect(await complete(script, root, 'sak add inc')).toEqual(['incident']);
    expect(await complete(script, root, 'sak list ')).toContain('exercise');
    expect(await complete(script, root, 'sak add incident --cat')).toEqual(['--category']);
    expect(await complete(script, root, 'sak import incident --ma')).toEqual(['--map']);
    expect(await complete(script, root, 'sak --lang ')).toEqual(['sv', 'en']);
    expect(await complete(script, root, 'sak init --ci g')).toEqual(['gitlab', 'github']);
    expect(await complete(script, root, 'sak show kommun')).toEqual(['kommunfullmaktige', 'kommunstyrelsen']);
    expect(await complete(script, root, 'sak --register . close led')).toEqual(['ledningsgruppen']);
    expect(await complete(script, root, 'sak completion z')).toEqual(['zsh']);
  });

  it('sak __complete ids lists ids from file names only, and nothing outside a register', async () => {
    const root = makeTempDir();
    expect((await sak(root, ['init', '--municipality', 'Provkommun (fiktiv)', '--no-git'])).code).toBe(0);
    writeFileSync(path.join(root, 'units', 'trasig.yaml'), 'inte: [en post');
    const run = await sak(root, ['__complete', 'ids']);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual(['kommunfullmaktige', 'kommunstyrelsen', 'ledningsgruppen', 'sakerhetssamordnare', 'trasig']);
    const outside = await sak(makeTempDir(), ['__complete', 'ids']);
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
    expect(json.map((k) => k.kind)).toEqual(['unit', 'site', 'requirement', 'document', 'risk', 'control', 'action', 'incident', 'exercise']);
    const schema = JSON.parse((await sakHere(['schema', 'incident'])).stdout) as { $id: string; required: string[] };
    expect(schema.$id).toBe('incident.schema.json');
    expect(schema.required).toContain('severity');
    const wrong = await sakHere(['schema', 'incidnt']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Menade du incident?');
  });
});
