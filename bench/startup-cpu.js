// The CPU time (user + system) of starting sak for a few commands that do little else
// (--version, help, a Tab press's `sak __complete`, a warm validate of the example register),
// next to bare `node -e 0`, median of several runs. The test suite starts sak ~130 times and
// every Tab press in a shell starts it once, so this is what they pay before any work.
//
//   node bench/startup-cpu.js [--runs N] [--against DIR]
//
// --against DIR runs the same commands with the sak in DIR (another checkout, built) in the
// same rounds, so a change is compared on the same machine state: a busy machine moves both.
//
// Each command is a child process of Node with a small preload whose exit hook writes
// process.cpuUsage() (everything the process used since it started, all its threads) to a
// file: microseconds, not the 10 ms ticks of the kernel's child accounting. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '11' }, against: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

const work = mkdtempSync(path.join(tmpdir(), 'sak-startup-cpu-'));
const out = path.join(work, 'cpu');
const preload = path.join(work, 'preload.mjs');
writeFileSync(
  preload,
  `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.SAK_BENCH_CPU_FILE, String(u.user + u.system)); });\n`,
);

/** The commands, run with the sak at `root`. @param {string} root @returns {{ name: string; args: string[] }[]} */
const commands = (root, SAK = path.join(root, 'bin', 'sak.js')) => [
  { name: 'sak --version', args: [SAK, '--version'] },
  { name: 'sak --help', args: [SAK, '--help'] },
  { name: 'sak validate --help', args: [SAK, 'validate', '--help'] },
  { name: 'sak add incident --help', args: [SAK, 'add', 'incident', '--help'] },
  { name: 'sak list --<Tab> (__complete)', args: [SAK, '__complete', '--', 'list', '--'] },
  { name: 'sak add <Tab> (__complete)', args: [SAK, '__complete', '--', 'add', ''] },
  { name: 'sak add incident --st<Tab> (__complete)', args: [SAK, '__complete', '--', 'add', 'incident', '--st'] },
  { name: 'sak validate --register register (warm)', args: [SAK, 'validate', '--register', path.join(root, 'register')] },
];
const SAKS = [ROOT, ...(values.against ? [path.resolve(values.against)] : [])];
const COMMANDS = [{ name: 'node -e 0 (Node alone)', args: ['-e', '0'] }, ...commands(ROOT).flatMap((command, i) => SAKS.map((root) => ({ name: SAKS.length > 1 ? `${command.name} [${root}]` : command.name, args: commands(root)[i]?.args ?? [] })))];

/** CPU milliseconds of one run of the command. */
function cpuMs(args) {
  rmSync(out, { force: true });
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
    cwd: ROOT,
    env: { ...process.env, SAK_BENCH_CPU_FILE: out, SAK_LANG: 'sv' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return Number(readFileSync(out, 'utf8')) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const times = COMMANDS.map(() => /** @type {number[]} */ ([]));
  // A round runs every command once; the first round (file cache, sak's own cache) is not counted.
  for (let round = 0; round <= runs; round += 1) {
    COMMANDS.forEach((command, i) => {
      const ms = cpuMs(command.args);
      if (round > 0) times[i]?.push(ms);
    });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  console.log(`CPU time (user + system) of one process, median of ${runs} runs (min–max):\n`);
  console.log('| command | CPU | min–max |');
  console.log('|---|---|---|');
  COMMANDS.forEach((command, i) => {
    const t = times[i] ?? [];
    console.log(`| ${command.name} | ${median(t).toFixed(0)} ms | ${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)} ms |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
