// End-to-end tests of `sak completion` and `sak schema`: the scripts for the four shells,
// their syntax, and completion driven for real in bash, zsh and fish, with a `sak` on the
// PATH that runs sak in this process (one session of each shell answers all its queries).
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/core/kinds.js';
import { makeTempDir, sak, sakHere } from './helpers.js';
import { sakForwarder, withSakInProcess } from './support/sak-server.js';

function hasShell(shell: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${shell}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Quotes a word for bash, zsh and fish alike (no single quote in it is expected; one is escaped for the POSIX shells). */
function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** What ends each query's answer in a session's output. */
const END = '@@sak-completion-end@@';

/**
 * The completions a shell offers for each of the command lines, asked in ONE session of the
 * shell with the script loaded: the shell's completion code runs for real, and its
 * `sak __complete` calls reach the `sak` command on the PATH, which runs sak in this process
 * (support/sak-server.ts; the built binary answering `__complete` is in binary.test.ts).
 */
async function completeAll(shell: 'bash' | 'zsh' | 'fish', script: string, cwd: string, lines: readonly string[]): Promise<string[][]> {
  const words = (line: string) => line.split(' ').map(quote).join(' ');
  const program = {
    // The completion function called as bash would, with COMP_WORDS and COMP_CWORD.
    bash: () => `${script}\n__ask() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _sak_completion; printf '%s\\n' "\${COMPREPLY[@]}" '${END}'; }\n${lines.map((l) => `__ask ${words(l)}`).join('\n')}\n`,
    // The completion function called with zsh's words and CURRENT, compadd and _files recording what they get.
    zsh: () => `compdef() { :; }\n${script.replace(/^if \(\(.*$/m, '')}\ncompadd() { while [[ $1 == -* && $1 != -- ]]; do shift; done; [[ $1 == -- ]] && shift; print -l -- "$@"; }\n_files() { print -- "(files $*)"; }\n__ask() { words=("$@"); CURRENT=$#; _sak; print -- '${END}'; }\n${lines.map((l) => `__ask ${words(l)}`).join('\n')}\n`,
    // fish's own query, `complete -C`.
    fish: () => `${script}\n${lines.map((l) => `complete -C ${quote(l)}\necho '${END}'`).join('\n')}\n`,
  }[shell]();
  const args = { bash: ['-c', program], zsh: ['-f', '-c', program], fish: ['--no-config', '-c', program] }[shell];
  const env = { PATH: `${sakForwarder()}${path.delimiter}${process.env.PATH ?? ''}`, HOME: cwd, NO_COLOR: '1' };
  const stdout = await withSakInProcess(env, (pipes) =>
    new Promise<string>((resolve, reject) => {
      execFile(shell, args, { cwd, env: { ...env, ...pipes } }, (error, out, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(out)));
    }),
  );
  const answers: string[][] = [[]];
  for (const line of stdout.split('\n').filter(Boolean)) {
    if (line === END) answers.push([]);
    else (answers[answers.length - 1] as string[]).push(shell === 'fish' ? (line.split('\t')[0] as string) : line);
  }
  expect(answers.pop()).toEqual([]);
  expect(answers).toHaveLength(lines.length);
  return answers;
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
    const asked: [string, (offered: string[]) => void][] = [
      ['sak sh', (o) => expect(o).toEqual(['show'])],
      ['sak add inc', (o) => expect(o).toEqual(['incident'])],
      ['sak list ', (o) => expect(o).toContain('exercise')],
      ['sak add incident --cat', (o) => expect(o).toEqual(['--category'])],
      ['sak add incident --category wa', (o) => expect(o).toEqual(['water_damage'])],
      ['sak add incident --unit kommun', (o) => expect(o).toEqual(['kommunfullmaktige', 'kommunstyrelsen'].sort())],
      ['sak import incident --ma', (o) => expect(o).toEqual(['--map', '--map-value', '--max-rows', '--max-size'])],
      ['sak --lang ', (o) => expect(o).toEqual(['sv', 'en'].sort())],
      ['sak init --ci g', (o) => expect(o).toEqual(['gitlab', 'github'].sort())],
      ['sak show kommun', (o) => expect(o).toEqual(['kommunfullmaktige', 'kommunstyrelsen'].sort())],
      ['sak --register . close led', (o) => expect(o).toEqual(['ledningsgruppen'])],
      ['sak completion z', (o) => expect(o).toEqual(['zsh'])],
    ];
    const answers = await completeAll(shell, script, root, asked.map(([line]) => line));
    // Fish sorts what it offers; the others keep sak's order. The set is what matters.
    asked.forEach(([line, check], i) => {
      const offered = [...(answers[i] as string[])].sort();
      try {
        check(offered);
      } catch (error) {
        throw new Error(`${shell}: ${line}: ${(error as Error).message}`);
      }
    });
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
