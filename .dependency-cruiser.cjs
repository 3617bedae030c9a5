// The layers of shared/style.md, checked by `npm run deps` (part of npm test):
//   cli/ → commands/ → store/, ui/ → core/, render/, i18n/ (and errors.ts everywhere).
// core/ and render/ are pure (eslint forbids their I/O imports); this forbids the imports
// that would carry I/O in through another layer, and import circles anywhere in src/
// (an error at run time; a warning when only types close the circle).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle at run time (the order modules initialise in then decides what is undefined): split the shared part into a module of its own.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-circular-types',
      severity: 'warn',
      comment: 'A circle of type imports only: harmless at run time, but a sign that a type lives in the wrong module.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-core',
      severity: 'error',
      comment: 'core/ is pure domain logic: it takes data and returns data (no store, ui, commands or cli).',
      from: { path: '^src/core/' },
      to: { path: '^src/(store|ui|commands|cli)/' },
    },
    {
      name: 'pure-render',
      severity: 'error',
      comment: 'render/ is pure output: no store, ui, commands or cli.',
      from: { path: '^src/render/' },
      to: { path: '^src/(store|ui|commands|cli)/' },
    },
    {
      name: 'i18n-is-text',
      severity: 'error',
      comment: 'i18n/ holds the message catalogues: it imports no I/O layer.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(store|ui|commands|cli)/' },
    },
    {
      name: 'io-below-commands',
      severity: 'error',
      comment: 'store/ and ui/ are the I/O edges that commands use; they never reach up into commands/ or cli/.',
      from: { path: '^src/(store|ui)/' },
      to: { path: '^src/(commands|cli)/' },
    },
    {
      name: 'commands-below-cli',
      severity: 'error',
      comment: 'A command takes its options and context; it never imports the commander program (cli/).',
      from: { path: '^src/commands/' },
      to: { path: '^src/cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
