// Build step: bundles the CLI (src/cli/main.ts and everything it imports, commander and
// yaml included) into dist/bundle/, which bin/sak.js runs. esbuild reads the TypeScript
// itself (types are checked by `npm run typecheck`, not here), so the build takes seconds.
// Node then resolves and links a handful of files at start instead of about seventy
// (measured: `sak --version` 25 ms faster, `sak validate` 15 ms). Each command's code stays
// in its own chunk, still loaded only when that command runs. The bundle is kept readable
// (not minified), so a stack trace still names the functions.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bundle');

/**
 * Commander requires node:child_process when it loads, for subcommands that are separate
 * executables (`git-foo` style), which sak has none of; loading it costs ~9 ms of CPU in every
 * process. Commander's copy gets a stand-in whose `spawn` (the only function commander calls)
 * requires the real module when it is called; sak's own code imports child_process as it is.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    const commanderDir = `${path.sep}node_modules${path.sep}commander${path.sep}`;
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (args.importer.includes(commanderDir) ? { path: 'child_process', namespace: 'commander-lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'commander-lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  plugins: [lazyChildProcessForCommander],
  entryPoints: { main: path.join(root, 'src', 'cli', 'main.ts') },
  tsconfig: path.join(root, 'tsconfig.json'),
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Left to Node: the report's template engine (loaded by `report` only) expects its own
  // file layout; docx and puppeteer-core (loaded by `report --format docx/pdf` only) are large and
  // load their own files. The compiled validators are imported by URL at run time, not bundled.
  external: ['handlebars', 'docx', 'puppeteer-core'],
  // Bundled CommonJS packages (commander) require Node's built-in modules.
  banner: { js: "import { createRequire as __sakCreateRequire } from 'node:module';\nconst require = __sakCreateRequire(import.meta.url);" },
  // Chunks stay next to main.js, two folders below the package root like the modules they
  // come from: paths made from import.meta.url (schemas/, templates/, package.json) still hold.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'inline',
});
