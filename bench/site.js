// `sak site` against `sak report` on a generated register (default 10,000 records) under Git,
// and what a re-run writes: nothing when nothing changed, a few files after one change.
//   node bench/site.js [--records 10000] [--runs 3] [--keep]
// Needs the built CLI (npm run build). Prints a Markdown table; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MAX_DATE, generateRegister } from './generate.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..');
const BIN = join(ROOT, 'bin', 'sak.js');
const { values } = parseArgs({ options: { records: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } } });
const records = Number(values.records);
const runs = Number(values.runs);

const work = mkdtempSync(join(tmpdir(), 'sak-bench-site-'));
const register = join(work, 'register');
const env = { ...process.env, NO_COLOR: '1', SAK_TODAY: MAX_DATE, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
delete env.SAK_REGISTER;

/** Runs sak; returns milliseconds and stderr. */
function sak(args) {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, [BIN, '--register', register, ...args], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`sak ${args.join(' ')} failed (${res.status}): ${res.stderr}`);
  return { ms, stderr: res.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const generated = generateRegister({ records, out: register, seed: 1 });
const git = (args) => execFileSync('git', args, { cwd: register, env, stdio: 'pipe' });
git(['init', '-q', '-b', 'main']);
git(['add', '-A']);
git(['commit', '-q', '-m', 'generated register']);

const report = [];
const site = [];
for (let i = 0; i < runs; i += 1) {
  report.push(sak(['report', '--year', '2026', '--format', 'html', '--no-cache', '-o', join(work, 'report.html')]).ms);
  // A fresh folder each time: the full build, every file written.
  const dir = join(work, `site-${i}`);
  site.push(sak(['site', '--no-cache', '-o', dir]).ms);
}
const dir = join(work, 'site-0');
const unchanged = sak(['site', '--no-cache', '-o', dir]);
// One record changes: an action gets a new due date, committed like `sak set` does.
const action = execFileSync('git', ['ls-files', 'actions'], { cwd: register, env, encoding: 'utf8' }).split('\n')[0];
const file = join(register, action);
writeFileSync(file, readFileSync(file, 'utf8').replace(/^due: .*$/m, 'due: "2027-03-31"'));
git(['commit', '-q', '-am', 'one due date']);
const changed = sak(['site', '--no-cache', '-o', dir]);

const r = median(report);
const s = median(site);
console.log(`## sak site against sak report, ${generated.records} records (median of ${runs})\n`);
console.log('| command | ms |');
console.log('|---|---|');
console.log(`| sak report --year 2026 --format html | ${Math.round(r)} |`);
console.log(`| sak site -o DIR (public, new folder) | ${Math.round(s)} |`);
console.log(`| ratio site / report | ${(s / r).toFixed(2)} (target ≤ 3) |`);
console.log(`| sak site again, nothing changed | ${Math.round(unchanged.ms)} — ${unchanged.stderr.trim()} |`);
console.log(`| sak site after one due date changed | ${Math.round(changed.ms)} — ${changed.stderr.trim()} |`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nkept: ${work}`);
