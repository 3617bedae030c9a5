// What each runtime dependency costs at start-up: the time to import it in a fresh Node
// process (the process's own start excluded), median of several runs, next to the time to
// import sak's own bundled CLI. `sak --version` loads only the CLI bundle (commander is
// inside it); the other dependencies load only in the commands that use them.
//
//   node bench/startup-costs.js [--runs N]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');

/** @type {{ name: string; specifier: string; usedBy: string }[]} */
const MODULES = [
  { name: '(an empty ES module: the module loader\'s own set-up)', specifier: 'data:text/javascript,export{}', usedBy: '—' },
  { name: 'sak CLI bundle (commander inside)', specifier: pathToFileURL(path.join(ROOT, 'dist', 'bundle', 'main.js')).href, usedBy: 'every command' },
  { name: 'compiled validators (+ ajv runtime, ajv-formats)', specifier: pathToFileURL(path.join(ROOT, 'dist', 'core', 'validate', 'compiled-schemas.js')).href, usedBy: 'validate, check, report, list, show, add, set, close, review, edit, import (not a warm validate)' },
  { name: 'commander', specifier: 'commander', usedBy: 'every command (bundled)' },
  { name: 'yaml', specifier: 'yaml', usedBy: 'add, set, close, review, edit, import, init; validate only for a file with a problem' },
  { name: 'chalk', specifier: 'chalk', usedBy: 'text output with colour on' },
  { name: '@inquirer/prompts', specifier: '@inquirer/prompts', usedBy: 'add, review, edit and init when they ask' },
  { name: 'handlebars', specifier: 'handlebars', usedBy: 'report' },
  { name: 'csv-parse', specifier: 'csv-parse/sync', usedBy: 'import' },
  { name: 'ajv (compiler, not shipped in the hot path)', specifier: 'ajv', usedBy: 'only when the build’s compiled validators are missing' },
];

const PROBE = `const t = performance.now(); await import(process.argv[1]); process.stdout.write(String(performance.now() - t));`;

function importMs(specifier) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, specifier], { cwd: ROOT, encoding: 'utf8' });
  return Number(out);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const rows = [];
for (const mod of MODULES) {
  const times = [];
  // One run first to fill the OS file cache; not counted.
  importMs(mod.specifier);
  for (let i = 0; i < runs; i += 1) times.push(importMs(mod.specifier));
  rows.push(`| ${mod.name} | ${median(times).toFixed(1)} ms | ${mod.usedBy} |`);
  process.stderr.write('.');
}
process.stderr.write('\n');
console.log(`Import time in a fresh process, median of ${runs}; each includes the set-up of Node's module loader (first row):\n`);
console.log('| module | import | loaded by |');
console.log('|---|---|---|');
for (const row of rows) console.log(row);
