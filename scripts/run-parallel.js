// Runs npm scripts at the same time and fails if any of them fails: `npm test` checks types,
// lints and builds side by side (each is mostly one core's work), then runs the tests.
// Each script's output is printed in one piece when it ends, so the logs do not interleave.
// Usage (from package.json): node scripts/run-parallel.js typecheck lint build
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
const npm = process.env.npm_execpath;
if (!npm) {
  console.error('run-parallel: run me through npm (npm test), which says where npm is (npm_execpath).');
  process.exit(2);
}

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now();
    // npm's own script run by this Node: no shell, the same on Windows.
    const child = spawn(process.execPath, [npm, 'run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, code: 1, output: Buffer.from(String(error)), seconds: 0 }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }));
  });
}

const results = await Promise.all(names.map(run));
for (const { name, code, output, seconds } of results) {
  process.stdout.write(`\n> ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(1)} s\n`);
  if (output.length > 0) process.stdout.write(output);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
