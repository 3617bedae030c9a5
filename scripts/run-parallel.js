// Runs npm scripts at the same time and fails if any of them fails: `npm test` checks types,
// lints and builds side by side (each is mostly one core's work), then runs the tests.
// Each script's output is printed in one piece when it ends, so the logs do not interleave.
// Usage (from package.json): node scripts/run-parallel.js typecheck lint build
//
// A script made of plain commands joined by `&&` (`eslint . && depcruise src …`) is run
// here directly, each command as a Node process of the tool's own bin file: no npm and no
// shell started for it (an npm start costs about half a CPU-second, and the test loop is
// CPU-bound). Anything else (quotes, pipes, variables) is left to `npm run`, as before.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const names = process.argv.slice(2);
const npm = process.env.npm_execpath;

/** The JavaScript file of each command the package's dependencies install (their `bin`). */
function binFiles() {
  const bins = new Map();
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    const folder = path.join(root, 'node_modules', name);
    let bin;
    try {
      ({ bin } = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')));
    } catch {
      continue; // Not installed where npm puts it: its commands go through npm.
    }
    const entries = typeof bin === 'string' ? [[name.replace(/^@[^/]+\//, ''), bin]] : Object.entries(bin ?? {});
    for (const [command, rel] of entries) {
      const file = path.join(folder, rel);
      // Only a Node script can be started with Node (esbuild's command is a native program).
      if (isNodeScript(file)) bins.set(command, file);
    }
  }
  return bins;
}

function isNodeScript(file) {
  try {
    return /^#!.*\bnode\b/.test(readFileSync(file, 'utf8').slice(0, 100));
  } catch {
    return false;
  }
}

/** The steps of a script as [file, args] for Node, or undefined when it needs a shell. */
function directSteps(script, bins) {
  const steps = [];
  for (const command of script.split(' && ')) {
    const words = command.trim().split(/\s+/);
    if (words.some((word) => !/^[\w@%+=:,./-]+$/.test(word))) return undefined;
    const [program = '', ...args] = words;
    if (program === 'node') steps.push(args);
    else if (bins.has(program)) steps.push([bins.get(program), ...args]);
    else return undefined;
  }
  return steps;
}

function runProcess(args, output) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(`${String(error)}\n`));
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function run(name, bins) {
  const started = Date.now();
  const output = [];
  const script = manifest.scripts?.[name];
  const steps = script === undefined ? undefined : directSteps(script, bins);
  let code = 0;
  if (script === undefined) {
    output.push(Buffer.from(`run-parallel: package.json has no script "${name}".\n`));
    code = 1;
  } else if (steps) {
    for (const step of steps) {
      code = await runProcess(step, output);
      if (code !== 0) break;
    }
  } else if (npm) {
    // npm's own script run by this Node: no shell, the same on Windows.
    code = await runProcess([npm, 'run', '--silent', name], output);
  } else {
    output.push(Buffer.from(`run-parallel: the script "${name}" needs npm; run me through npm (npm test).\n`));
    code = 1;
  }
  return { name, code, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 };
}

const bins = binFiles();
const results = await Promise.all(names.map((name) => run(name, bins)));
for (const { name, code, output, seconds } of results) {
  process.stdout.write(`\n> ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(1)} s\n`);
  if (output.length > 0) process.stdout.write(output);
}
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
