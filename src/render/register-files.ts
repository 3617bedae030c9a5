import { stringify } from 'yaml';
import { initText } from '../i18n/init-texts.js';
import { KIND_TEXTS } from '../i18n/kind-texts.js';
import type { InitTextParams } from '../i18n/init-texts.js';
import type { MessagesIn } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { KINDS } from '../core/kinds.js';

/** The first line of sak's pre-commit hook after the shebang; marks the hook as sak's own. */
export const HOOK_MARK = '# sak: pre-commit';

/** A unit record of the standard organisation, with the fields sak init writes. */
export interface StandardUnit {
  id: string;
  title: string;
  type: string;
  parent?: string;
}

/** A unit of the starter file: its record's fields, with the title in each language. */
export interface StarterUnit {
  id: string;
  type: string;
  parent?: string;
  title: Record<Lang, string>;
}

/** The units of a new register, and the role units `--roles` adds. */
export interface StarterUnits {
  units: StarterUnit[];
  roles: StarterUnit[];
}

/**
 * The unit records `sak init` writes, from the starter units shipped with sak
 * (`starter/units.yaml`): its units, and with `--roles` its role units, titled in the language.
 */
export function standardUnits(starter: StarterUnits, lang: Lang, roles = false): StandardUnit[] {
  return [...starter.units, ...(roles ? starter.roles : [])].map(({ id, type, parent, title }) => ({ id, title: title[lang], type, ...(parent ? { parent } : {}) }));
}

/** A YAML scalar on one line (quoted where YAML needs it). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** True for a municipality name sak.yaml accepts: 2–200 characters on one line, no control characters. */
export function isValidMunicipality(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length >= 2 && name.length <= 200 && !/[\u0000-\u001f\u007f\u2028\u2029]/.test(name) && name.trim() === name;
}

/** sak.yaml of a new register: format, municipality, locale, and sak's defaults as comments. */
export function configText(municipality: string, lang: Lang): string {
  const t: MessagesIn<InitTextParams> = (key, ...params) => initText(lang, key, ...params);
  return [
    '# yaml-language-server: $schema=.sak/schemas/config.schema.json',
    t('config.head'),
    'format: 1',
    `municipality: ${scalar(municipality)}`,
    `locale: ${lang}`,
    '',
    t('config.risk_matrix'),
    '# risk_matrix:',
    `#   likelihood: ${t('risk.likelihood')}`,
    `#   consequence: ${t('risk.consequence')}`,
    '#   levels: { medium: 5, high: 10, critical: 15 }',
    '',
    t('config.risk_review'),
    '# risk_review: P1Y',
    '',
    t('config.incident_open_days'),
    '# incident_open_days: 30',
    '',
    t('config.categories'),
    '# incident_categories:',
    `#   - ${t('category.example')}`,
    '# exercise_topics: []',
    '',
    t('config.training'),
    '# training:',
    '#   - { topic: evacuation, unit_type: school, types: [drill], every: P1Y, first_due: 2027-06-30 }',
    '#   - { topic: fire_safety, unit_type: department, every: P1Y }',
    '#   - { topic: security_culture, units: [kommunstyrelsen], types: [meeting], every: P3M }',
    '',
    t('config.reporting'),
    '# reporting:',
    '#   - { authority: csirt, off: true }',
    '#   - { authority: county_board, when: { categories: [fire], severities: [serious] }, within: P1D }',
    t('config.findings'),
    '# findings:',
    '#   report_to: [kommunstyrelsen]',
    '#   within: P1D',
    '',
    t('config.git'),
    'git:',
    '  commit: true',
    '',
  ].join('\n');
}

/** The README of a new register, for its users. */
export function readmeText(municipality: string, lang: Lang, roles = false): string {
  return initText(lang, 'readme', {
    municipality,
    units: initText(lang, roles ? 'readme.units.roles' : 'readme.units'),
    folders: KINDS.map((kind) => folderRow(kind, lang)).join('\n'),
  });
}

/** A row of the README's table of folders: the folder (with its year level) and what it holds. */
function folderRow(kind: (typeof KINDS)[number], lang: Lang): string {
  const year = kind.idForm === 'dated' ? (lang === 'sv' ? 'ÅÅÅÅ/' : 'YYYY/') : '';
  return `| \`${kind.folder}/${year}\` | ${KIND_TEXTS[kind.name].folder[lang]} |`;
}

/** The glob of a kind's record files, relative to the register root. */
function kindGlob(kind: (typeof KINDS)[number]): string {
  return kind.idForm === 'dated' ? `${kind.folder}/*/*.yaml` : `${kind.folder}/*.yaml`;
}

/** `.vscode/settings.json`: the YAML extension maps each record folder (and sak.yaml) to its schema in `.sak/schemas`. */
export function vscodeSettingsText(): string {
  const schemas: Record<string, string[]> = { '.sak/schemas/config.schema.json': ['sak.yaml'] };
  for (const kind of KINDS) schemas[`.sak/schemas/${kind.name}.schema.json`] = [kindGlob(kind)];
  return `${JSON.stringify({ 'yaml.schemas': schemas, 'files.eol': '\n', 'files.insertFinalNewline': true }, null, 2)}\n`;
}

/** `.vscode/extensions.json`: recommends Red Hat's YAML extension, which reads the schemas. */
export function vscodeExtensionsText(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

/** The lines of `.gitattributes`: YAML files always with LF line endings. */
export const GITATTRIBUTES_LINES: readonly string[] = ['*.yaml text eol=lf', '*.yml text eol=lf'];

/** The lines of `.gitignore`: sak's cache and temporary files. */
export const GITIGNORE_LINES: readonly string[] = ['.sak/cache/', '*.sak-tmp-*'];

/** The text of a file made of lines, or the lines missing from an existing file's text (appended after it). */
export function withLines(existing: string | undefined, lines: readonly string[]): string | undefined {
  if (existing === undefined) return `${lines.join('\n')}\n`;
  const present = new Set(existing.split(/\r?\n/).map((line) => line.trim()));
  const missing = lines.filter((line) => !present.has(line));
  if (missing.length === 0) return undefined;
  return `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${missing.join('\n')}\n`;
}

/** The GitLab CI file: `sak validate` as a Code Quality report (fails the pipeline on errors), `sak check` as information. */
export function gitlabCiText(lang: Lang, registerDir: string): string {
  const register = registerDir === '.' ? '' : ` --register ${shellWord(registerDir)}`;
  return `${initText(lang, 'ci.gitlab')}
default:
  image: node:22

before_script:
  - test -n "$SAK" || { echo ${shellWord(initText(lang, 'ci.missing-sak'))}; exit 1; }

sak-validate:
  stage: test
  script:
    - $SAK validate${register} --no-cache --format gitlab > gl-code-quality-report.json || { $SAK validate${register} --no-cache; exit 1; }
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

sak-check:
  stage: test
  script:
    - $SAK check${register} --no-cache
  allow_failure: true

${initText(lang, 'ci.gitlab.pages')}
pages:
  stage: deploy
  variables:
    GIT_DEPTH: "0"
  script:
    - $SAK site${register} --no-cache --audience internal --site-url "$CI_PAGES_URL" -o public
  artifacts:
    paths:
      - public
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`;
}

/** The GitHub Actions workflow: `sak validate` as annotations (fails on errors), `sak check` as information. */
export function githubWorkflowText(lang: Lang, registerDir: string): string {
  const register = registerDir === '.' ? '' : ` --register ${shellWord(registerDir)}`;
  return `${initText(lang, 'ci.github')}
name: sak

on:
  push:
  pull_request:

env:
${initText(lang, 'ci.github.sak')}
  SAK: ""

jobs:
  sak:
    runs-on: ubuntu-latest
    steps:
      - name: sak is configured
        run: test -n "$SAK" || { echo ${shellWord(`::error::${initText(lang, 'ci.missing-sak')}`)}; exit 1; }
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - name: sak validate
        run: $SAK validate${register} --no-cache --format github
      - name: sak check
        run: $SAK check${register} --no-cache --format github
        continue-on-error: true

${initText(lang, 'ci.github.pages')}
  pages:
    if: github.event_name == 'push' && github.ref_name == github.event.repository.default_branch
    needs: sak
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 22
      - id: pages
        uses: actions/configure-pages@v5
      - name: sak site
        run: $SAK site${register} --no-cache --audience internal --site-url "\${{ steps.pages.outputs.base_url }}" -o _site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/** A word for sh, quoted when it needs to be. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * sak's pre-commit hook: a small sh script that runs `sak validate` on the register (a
 * folder relative to the top of the work tree, where git runs hooks) and so stops the
 * commit on errors. sak is `$SAK` if set, else `sak` on the PATH, else the project's
 * node_modules/.bin/sak; never a package fetched by name.
 */
export function preCommitHookText(lang: Lang, registerDir: string): string {
  return `#!/bin/sh
${HOOK_MARK}
${initText(lang, 'hook')}
register=${shellWord(registerDir)}
if [ -z "$SAK" ]; then
  if command -v sak >/dev/null 2>&1; then
    SAK=sak
  elif [ -x ./node_modules/.bin/sak ]; then
    SAK=./node_modules/.bin/sak
  else
    echo ${shellWord(initText(lang, 'hook.missing-sak'))} >&2
    exit 1
  fi
fi
exec $SAK validate --register "$register"
`;
}
