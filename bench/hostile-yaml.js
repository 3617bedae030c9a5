// How the time to parse a hostile record grows with its size: a file of N distinct keys
// plus one repeated key, at N and 4N. The yaml package's own duplicate-key check compares
// every pair (quadratic: about 16x for 4x the keys); sak's reader turns it off and finds
// repetitions with one map (about 4x). The unit test checks what is found; this measures
// how long it takes, since a wall-clock assertion in a test fails on a busy machine.
//
//   node bench/hostile-yaml.js [--keys 30000] [--runs 5]      (needs npm run build)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { keys: { type: 'string', default: '30000' }, runs: { type: 'string', default: '5' } } });
const keys = Number(values.keys);
const runs = Number(values.runs);
if (!Number.isInteger(keys) || keys < 1 || !Number.isInteger(runs) || runs < 1) throw new Error('--keys and --runs must be positive integers');

const { parseYamlSource } = await import(pathToFileURL(path.join(ROOT, 'dist', 'core', 'parse', 'yaml-source.js')).href);

/** @param {number} n */
const hostile = (n) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n') + '\nk17: igen\n';

/** @param {number} n @returns {number} median milliseconds */
function median(n) {
  const text = hostile(n);
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const parsed = parseYamlSource(text);
    times.push(performance.now() - started);
    if (parsed.issues.length !== 1) throw new Error(`expected one duplicate key, found ${parsed.issues.length}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const small = median(keys);
const large = median(keys * 4);
console.log(`${keys} keys: ${small.toFixed(0)} ms; ${keys * 4} keys: ${large.toFixed(0)} ms; growth ${(large / small).toFixed(1)}x for 4x the keys (linear ≈ 4x, pairwise ≈ 16x)`);
