// The layers of shared/style.md and no import circles, checked by `npm run deps` (part of
// `npm run lint` and so of `npm test`). docs/CONTRIBUTING.md, "Layers", explains the rules.
//
//   cli/ → commands/ → store/, ui/ → core/, render/, i18n/   (errors.ts from anywhere)
//
// A layer imports only the layers to its right. core/ and render/ are pure: eslint forbids their
// I/O imports by name (eslint.config.js); this forbids the ones that would bring I/O in through
// another layer. core/ makes no text either (#15 item 2: rules and validators return codes and
// parameters, render/ makes the sentence), so it imports no message catalogue of i18n/ — apart
// from the `Lang` type — except for the files listed in .dependency-cruiser-exceptions.cjs.

const { CORE_TEXT_EXCEPTIONS } = require('./.dependency-cruiser-exceptions.cjs');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const exactly = (file) => `^${escapeRegExp(file)}$`;
const catalogue = (name) => `src/i18n/${name}.ts`;
/** What any core file may take from i18n/: the `Lang` type (a value like any other parameter). */
const LANG = exactly(catalogue('lang'));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import circle, of values or only of types. At run time the order modules initialise in decides what is undefined; a circle of types says a type lives in the wrong module. Move the shared part into a module of its own (see core/check/rule-names.ts, core/kind-name.ts).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'cli-is-the-top',
      severity: 'error',
      comment: 'Only cli/ (and bin/sak.js through the build) imports the commander program: no layer below reaches up into cli/.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-command-imports-the-program',
      severity: 'error',
      comment: 'A command declaration (cli/commands/) gets what it needs as CommandDeps (cli/command-deps.ts) and the version from cli/version.ts: it never imports the program or the process entry.',
      from: { path: '^src/cli/(commands/|completion-model\\.ts$)' },
      to: { path: '^src/cli/(program|main)\\.ts$' },
    },
    {
      name: 'commands-below-cli',
      severity: 'error',
      comment: 'commands/ is used by cli/ only: store/, ui/, core/, render/ and i18n/ never import a command.',
      from: { path: '^src/', pathNot: '^src/(cli|commands)/' },
      to: { path: '^src/commands/' },
    },
    {
      name: 'io-at-the-edges',
      severity: 'error',
      comment: 'store/ and ui/ are the I/O edges that commands use: core/, render/ and i18n/ never import them.',
      from: { path: '^src/(core|render|i18n)/' },
      to: { path: '^src/(store|ui)/' },
    },
    {
      name: 'core-below-render',
      severity: 'error',
      comment: 'core/ is the domain; render/ turns it into text and markup. The domain never imports its rendering.',
      from: { path: '^src/(core|i18n)/' },
      to: { path: '^src/render/' },
    },
    {
      name: 'errors-is-a-leaf',
      severity: 'error',
      comment: 'errors.ts (SakError and ExitCode) is imported from every layer, so it imports none.',
      from: { path: '^src/errors\\.ts$' },
      to: { path: '^src/(cli|commands|store|ui|core|render)/' },
    },
    {
      name: 'pure-core-and-render',
      severity: 'error',
      comment: 'core/ and render/ are pure: no file system, processes, git, colours or prompts (do I/O in store/, ui/ or commands/).',
      from: { path: '^src/(core|render)/' },
      to: { path: '^(node:)?(fs|fs/promises|child_process|process|readline|tty|net|http|https|worker_threads)$|^node_modules/(chalk|@inquirer)/' },
    },
    {
      name: 'core-makes-no-text',
      severity: 'error',
      comment:
        'core/ returns codes and parameters; render/ makes the sentence (#15 item 2). core/ imports only the Lang type from i18n/, apart from the files in .dependency-cruiser-exceptions.cjs, a list that only shrinks.',
      from: { path: '^src/core/', pathNot: Object.keys(CORE_TEXT_EXCEPTIONS).map(exactly) },
      to: { path: '^src/i18n/', pathNot: LANG },
    },
    ...Object.entries(CORE_TEXT_EXCEPTIONS).map(([file, allowed]) => ({
      name: 'core-makes-no-text',
      severity: 'error',
      comment: `${file} may import only ${allowed.join(', ')} of i18n/ until its text moves to render/ (.dependency-cruiser-exceptions.cjs).`,
      from: { path: exactly(file) },
      to: { path: '^src/i18n/', pathNot: [LANG, ...allowed.map((name) => exactly(catalogue(name)))] },
    })),
    {
      name: 'lang-is-a-type-in-core',
      severity: 'error',
      comment: 'core/ takes the language as a parameter: it imports the Lang type, never code of i18n/lang.ts.',
      from: { path: '^src/core/' },
      to: { path: LANG, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a circle of types is a circle too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
    // Repeated runs read only the files that changed (node_modules/.cache is never committed).
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
