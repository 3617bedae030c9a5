import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { parseChoice } from './option-values.js';
import { CI_FILES, CI_PLATFORMS, DEFAULT_CI } from '../core/init/ci-platforms.js';
import { GITATTRIBUTES_LINES, GITIGNORE_LINES, HOOK_MARK, configText, githubWorkflowText, gitlabCiText, isValidMunicipality, preCommitHookText, readmeText, standardUnits, vscodeExtensionsText, vscodeSettingsText, withLines } from '../core/init/register-files.js';
import { KINDS, getKind, recordPath } from '../core/kinds.js';
import { renderNewRecord } from '../core/new-record.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import type { SakConfig } from '../core/record-types.js';
import { initMessage } from '../i18n/init-texts.js';
import { validateMessage } from '../i18n/validate-messages.js';
import { findPersonalNumbers, maskPersonalNumber } from '../core/validate/pii.js';
import type { Lang } from '../i18n/lang.js';
import { replaceFileAtomically } from '../store/atomic-file.js';
import { CONFIG_FILE } from '../store/find-register.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { GitError, commitFiles, gitIdentityMissing, gitPath, gitWorkTree, initRepository, workTreeTop } from '../store/git.js';
import type { GitRepository } from '../store/git.js';
import { fieldsOfKind } from '../store/kind-fields.js';
import { readConfig } from '../store/read-register.js';
import { REGISTER_SCHEMA_DIR } from '../store/schema-files.js';
import { SCHEMA_DIR } from '../store/schemas.js';
import { getValidators } from '../store/validators.js';
import { createRecordFile } from '../store/write-record.js';
import type { Prompter } from '../ui/prompts.js';
import type { Context } from './context.js';
import { allOrNothing, checkCandidate, gitErrorDetail, reportProblems, requireGitIdentity } from './record-write.js';
import { WriteInterrupted, checkStop, missingFolder } from '../store/write-undo.js';
import type { FileUndo, StopAt } from '../store/write-undo.js';
import type { WriteSetup } from './record-write.js';

/** Options of `sak init` as the command line gives them. */
export interface InitOptions {
  municipality?: string;
  /** `--no-git` sets this to false. */
  git?: boolean;
  ci?: string;
  hooks?: boolean;
  updateSchemas?: boolean;
  /** `--no-input` sets this to false. */
  prompts?: boolean;
  /** `--roles`: also the role units säkerhetssamordnare and ledningsgruppen. */
  roles?: boolean;
}

/** What `sak init` gets besides its options. */
export interface InitDeps {
  /** The folder to make a register of, absolute. */
  dir: string;
  /** The register's language: `--lang`, else Swedish. */
  locale: Lang;
  /** The version of the running sak (for the commit of updated schemas). */
  version: string;
  prompter?: Prompter;
}

/** A context whose register is the given folder (the one being made). */
function contextAt(ctx: Context, root: string): Context {
  return { registerRoot: root, env: ctx.env, cwd: ctx.cwd, readStdin: ctx.readStdin, lang: ctx.lang, today: ctx.today, out: ctx.out, loadRegister: ctx.loadRegister, ...(ctx.interrupt ? { interrupt: ctx.interrupt } : {}) };
}

/** The relative, `/`-separated path of a file inside a folder. */
function relativeTo(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/') || '.';
}

function gitFailure(lang: Lang, error: unknown): never {
  if (!(error instanceof GitError)) throw error;
  throw new EnvironmentError(initMessage(lang, error.missing ? 'git.missing' : 'git.failed', { detail: gitErrorDetail(lang, error) }));
}

/**
 * `sak init [DIR]`: makes a new register (cli.md), or, in an existing one, rewrites
 * `.sak/schemas` (`--update-schemas`) and/or installs the pre-commit hook (`--hooks`).
 */
export async function runInit(options: InitOptions, ctx: Context, deps: InitDeps): Promise<number> {
  const { lang } = ctx;
  const { dir } = deps;
  const ci = parseChoice(options.ci ?? DEFAULT_CI, CI_PLATFORMS, '--ci', lang);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(initMessage(lang, 'not-a-folder', { path: dir }));
  if (existsSync(path.join(dir, CONFIG_FILE))) {
    if (!options.updateSchemas && !options.hooks) throw new UsageError(initMessage(lang, 'exists', { path: dir }));
    if (options.updateSchemas) await updateSchemas(ctx, dir, deps.version, options.git !== false);
    if (options.hooks) await installHook(ctx, dir);
    return 0;
  }

  // Git must know who commits before anything is written (or asked): else the files would be left uncommitted.
  if (options.git !== false && (await gitIdentityMissing(existsSync(dir) ? dir : ctx.cwd, ctx.env))) throw new EnvironmentError(cliMessage(lang, 'git.no-identity', { escape: '--no-git' }));
  const municipality = await askMunicipality(options, ctx, deps);
  // All or nothing, even on Ctrl-C: what init made (files, folders, a new Git repository) is taken back.
  return allOrNothing(ctx, ({ stopAt, undo }) => makeRegister(options, ctx, deps, { municipality, ci, stopAt, undo }));
}

/** Makes the register's files and its first commit (runInit's new register), noting each step in `undo`. */
async function makeRegister(options: InitOptions, ctx: Context, deps: InitDeps, made: { municipality: string; ci: (typeof CI_PLATFORMS)[number]; stopAt: StopAt; undo: FileUndo }): Promise<number> {
  const { lang } = ctx;
  const { dir } = deps;
  const { municipality, ci, stopAt, undo } = made;
  const madeDir = missingFolder(path.join(dir, CONFIG_FILE));
  mkdirSync(dir, { recursive: true });
  if (madeDir !== undefined) undo.madeFolder(madeDir);
  const existingRepository = options.git === false ? undefined : await gitWorkTree(dir, ctx.env).catch((error: unknown) => gitFailure(lang, error));
  const top = existingRepository ? await workTreeTop(dir, ctx.env).catch((error: unknown) => gitFailure(lang, error)) : dir;
  const registerDir = relativeTo(path.resolve(top), path.resolve(dir));

  const written: string[] = [];
  const kept: string[] = [];
  const appended: string[] = [];
  const createFile = (rel: string, text: string | Buffer): void => {
    const content = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    const abs = path.join(dir, ...rel.split('/'));
    const madeFrom = missingFolder(abs);
    if (createRecordFile(abs, content, lang)) {
      written.push(rel);
      undo.created(abs, madeFrom);
    } else kept.push(rel);
  };
  const mergeLines = (rel: string, lines: readonly string[]): void => {
    const abs = path.join(dir, rel);
    if (!existsSync(abs)) return createFile(rel, withLines(undefined, lines) as string);
    const before = readFileSync(abs);
    const merged = withLines(before.toString('utf8'), lines);
    if (merged === undefined) return;
    const after = Buffer.from(merged, 'utf8');
    replaceFileAtomically(abs, after);
    undo.replaced(abs, before, after);
    appended.push(rel);
  };

  createFile('README.md', readmeText(municipality, deps.locale, options.roles === true));
  mergeLines('.gitattributes', GITATTRIBUTES_LINES);
  mergeLines('.gitignore', GITIGNORE_LINES);
  createFile('.vscode/settings.json', vscodeSettingsText());
  createFile('.vscode/extensions.json', vscodeExtensionsText());
  if (ci !== 'none') createFile(CI_FILES[ci], ci === 'gitlab' ? gitlabCiText(deps.locale, registerDir) : githubWorkflowText(deps.locale, registerDir));
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')).sort()) {
    createFile(`${REGISTER_SCHEMA_DIR.split(path.sep).join('/')}/${name}`, readFileSync(path.join(SCHEMA_DIR, name)));
  }
  for (const kind of KINDS) if (kind.name !== 'unit') createFile(`${kind.folder}/.gitkeep`, '');

  const config = configText(municipality, deps.locale);
  await writeStandardUnits(contextAt(ctx, dir), dir, parseYamlSource(config).data as SakConfig, deps.locale, options.roles === true, createFile);
  // sak.yaml last: a register that failed half-way can be made again.
  createFile(CONFIG_FILE, config);

  const out: string[] = [initMessage(lang, 'created', { municipality, path: dir, count: written.length })];
  if (kept.length > 0) out.push(initMessage(lang, 'kept', { files: kept.join(', ') }));
  if (appended.length > 0) out.push(initMessage(lang, 'appended', { files: appended.join(', ') }));
  const finish = () => ctx.out.stderr(`${out.join('\n')}\n`);

  checkStop(stopAt, 'written');
  if (options.git !== false) {
    const subject = `sak: init register for ${municipality}`;
    try {
      let repository: GitRepository | undefined = existingRepository;
      if (!repository) {
        repository = await initRepository(dir, ctx.env);
        undo.madeTree(path.join(dir, '.git'));
      }
      const commit = await commitFiles(repository, dir, [...written, ...appended], subject, ctx.env, stopAt);
      out.push(initMessage(lang, existingRepository ? 'git.existing' : 'git.new', { commit: commit.slice(0, 7), subject, top }));
    } catch (error) {
      if (error instanceof WriteInterrupted || stopAt('failed')) throw error;
      finish();
      gitFailure(lang, error);
    }
  } else {
    out.push(initMessage(lang, 'git.none'));
  }
  if (ci !== 'none') {
    out.push(initMessage(lang, ci === 'gitlab' ? 'ci.gitlab' : 'ci.github'));
    if (registerDir !== '.') out.push(initMessage(lang, 'ci.subfolder', { top, file: CI_FILES[ci] }));
  }
  out.push(initMessage(lang, 'next'));
  finish();
  if (options.hooks && options.git !== false) await installHook(ctx, dir);
  return 0;
}

/** The municipality's name: `--municipality`, else asked for on a terminal; exit 2 when neither. */
async function askMunicipality(options: InitOptions, ctx: Context, deps: InitDeps): Promise<string> {
  const { lang } = ctx;
  if (typeof options.municipality === 'string') {
    const name = options.municipality.trim();
    if (!isValidMunicipality(name)) throw new UsageError(initMessage(lang, 'bad-municipality', { value: options.municipality }));
    const pii = municipalityPii(name, lang);
    if (pii) throw new UsageError(pii);
    return name;
  }
  if (options.prompts === false || !ctx.out.interactive) throw new UsageError(initMessage(lang, 'missing-municipality'));
  const prompter = deps.prompter ?? (await import('../ui/prompts.js')).createPrompter({ lang });
  const answer = await prompter.input({ message: initMessage(lang, 'prompt.municipality'), validate: (value) => (isValidMunicipality(value.trim()) ? (municipalityPii(value, lang) ?? true) : initMessage(lang, 'bad-municipality', { value })) });
  return answer.trim();
}

/** The message refusing a municipality's name that holds a personal number, or undefined. */
function municipalityPii(name: string, lang: Lang): string | undefined {
  const [match] = findPersonalNumbers(name);
  return match ? initMessage(lang, 'municipality-pii', { what: validateMessage(lang, `pii.${match.kind}`), masked: maskPersonalNumber(match.text) }) : undefined;
}

/** Writes the units of the standard organisation the way `sak add` writes a record: checked, with the modeline, exclusively and atomically. */
async function writeStandardUnits(ctx: Context, root: string, config: SakConfig, locale: Lang, roles: boolean, createFile: (rel: string, text: string) => void): Promise<void> {
  const kind = getKind('unit');
  const fields = fieldsOfKind('unit');
  const setup: WriteSetup = { root, config, validators: await getValidators(), index: [], fields: fieldsOfKind };
  for (const unit of standardUnits(locale, roles)) {
    const file = recordPath(kind, unit.id);
    const text = renderNewRecord(kind, fields, file, { ...unit });
    await reportProblems(ctx, file, checkCandidate(setup, ctx, file, kind, text), 'add');
    createFile(file, text);
    setup.index.push({ id: unit.id, kind, file, abs: path.join(root, ...file.split('/')) });
  }
}

/** `--update-schemas`: rewrites `.sak/schemas` from the running sak and commits what changed. */
async function updateSchemas(ctx: Context, root: string, version: string, git: boolean): Promise<void> {
  const { lang } = ctx;
  if (git) await requireGitIdentity(ctx, root, (await readConfig(root, lang)).config?.git?.commit !== false, 'no-git');
  const changed: string[] = [];
  const folder = path.join(root, REGISTER_SCHEMA_DIR);
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')).sort()) {
    const shipped = readFileSync(path.join(SCHEMA_DIR, name));
    const target = path.join(folder, name);
    if (existsSync(target) && readFileSync(target).equals(shipped)) continue;
    replaceFileAtomically(target, shipped);
    changed.push(`.sak/schemas/${name}`);
  }
  if (changed.length === 0) {
    ctx.out.stderr(`${initMessage(lang, 'schemas.current', { version })}\n`);
    return;
  }
  ctx.out.stderr(`${initMessage(lang, 'schemas.updated', { version, count: changed.length })}\n`);
  const { config } = await readConfig(root, lang);
  if (!git || config?.git?.commit === false) return;
  const subject = `sak: update schemas to sak ${version}`;
  try {
    const repository = await gitWorkTree(root, ctx.env);
    if (!repository) return;
    const commit = await commitFiles(repository, root, changed, subject, ctx.env);
    ctx.out.stderr(`${initMessage(lang, 'schemas.commit', { commit: commit.slice(0, 7), subject })}\n`);
  } catch (error) {
    gitFailure(lang, error);
  }
}

/** `--hooks`: installs sak's pre-commit hook, replacing only a hook that is sak's own. */
async function installHook(ctx: Context, root: string): Promise<void> {
  const { lang } = ctx;
  let hookFile: string;
  let registerDir: string;
  try {
    const repository = await gitWorkTree(root, ctx.env);
    if (!repository) throw new EnvironmentError(initMessage(lang, 'hook.no-git', { path: root }));
    hookFile = path.join(await gitPath(root, 'hooks', ctx.env), 'pre-commit');
    registerDir = relativeTo(path.resolve(await workTreeTop(root, ctx.env)), path.resolve(root));
  } catch (error) {
    gitFailure(lang, error);
  }
  if (existsSync(hookFile) && !readFileSync(hookFile, 'utf8').includes(HOOK_MARK)) {
    throw new EnvironmentError(initMessage(lang, 'hook.foreign', { path: hookFile, register: registerDir }));
  }
  mkdirSync(path.dirname(hookFile), { recursive: true });
  replaceFileAtomically(hookFile, Buffer.from(preCommitHookText(lang, registerDir), 'utf8'));
  chmodSync(hookFile, 0o755);
  ctx.out.stderr(`${initMessage(lang, 'hook.installed', { path: hookFile })}\n`);
}
