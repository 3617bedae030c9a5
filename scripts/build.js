// Build step (npm run build; also run by `npm install` and `npm test`): bundles the CLI
// (scripts/bundle.js) and compiles the schemas (scripts/compile-schemas.js), unless dist/
// was already built from exactly the same inputs. `npm install` builds, and `npm test` right
// after it then finds nothing changed and skips the second build. `--force` builds anyway.
//
// The inputs are every file the two steps read: src/, schemas/, the build scripts, the
// package and lock files and tsconfig.json, and the Node version (the bundle targets it).
// Their fingerprint is written to dist/build-inputs.json only after both steps succeeded,
// so an interrupted or failed build is never taken for a finished one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', 'build-inputs.json');
const INPUT_FOLDERS = ['src', 'schemas'];
const INPUT_FILES = ['scripts/build.js', 'scripts/bundle.js', 'scripts/compile-schemas.js', 'package.json', 'package-lock.json', 'tsconfig.json'];
const OUTPUTS = ['dist/bundle/main.js', 'dist/core/validate/compiled-schemas.js', 'dist/build-id.json'];

/** Every file under a folder, as paths from the package root with forward slashes, sorted. */
function filesUnder(folder) {
  const found = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  walk(folder);
  return found.sort();
}

/** The fingerprint of the build's inputs: each file's path and content, and Node's version. */
function inputsFingerprint() {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const rel of [...INPUT_FOLDERS.flatMap(filesUnder), ...INPUT_FILES]) {
    hash.update(`${rel}\n`);
    hash.update(existsSync(path.join(root, rel)) ? readFileSync(path.join(root, rel)) : '(none)');
    hash.update('\n');
  }
  return hash.digest('hex');
}

function builtFrom() {
  try {
    return JSON.parse(readFileSync(stamp, 'utf8')).inputs;
  } catch {
    return undefined;
  }
}

const fingerprint = inputsFingerprint();
const force = process.argv.includes('--force');
if (!force && builtFrom() === fingerprint && OUTPUTS.every((rel) => existsSync(path.join(root, rel)))) {
  console.log('build: dist/ is up to date (built from these sources); `npm run build -- --force` builds anyway');
} else {
  rmSync(stamp, { force: true });
  await import('./bundle.js');
  await import('./compile-schemas.js');
  writeFileSync(stamp, JSON.stringify({ inputs: fingerprint }) + '\n');
}
