import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { CI_FILES, DEFAULT_CI, type CiPlatform } from '../core/init/ci-platforms.js';
import { GITATTRIBUTES_LINES, GITIGNORE_LINES, HOOK_MARK, configText, githubWorkflowText, gitlabCiText, isValidMunicipality, preCommitHookText, readmeText, standardUnits, vscodeExtensionsText, vscodeSettingsText, withLines } from '../render/register-files.js';
import { KINDS, getKind, recordPath } from '../core/kinds.js';
import { renderNewRecord } from '../core/new-record.js';
import { parseYamlSource } from '../core/parse/yaml-source.js';
import type { SakConfig } from '../core/record-types.js';
import { initMessage } from '../i18n/init-texts.js';
import { validateMessage } from '../i18n/validate-messages.js';
import { findPersonalNumbers, maskPersonalNumber } from '../core/validate/pii.js';
import type { Lang } from '../i18n/lang.js';
import { replaceFileAtomically, tempPathFor, writeTempFile } from '../store/atomic-file.js';
import { CONFIG_FILE } from '../store/find-register.js';
import { cliMessage } from '../i18n/cli-messages.js';
import { GitError, commitFiles, gitIdentityMissing, gitPath, gitWorkTree, initRepository } from '../store/git.js';
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
import { readStarterUnits } from '../store/starter-units.js';

/** Options of `sak init`, as declared in cli/commands/init.ts (--ci already checked). */
export interface InitOptions {
  municipality?: string;
  /** `--no-git` sets this to false. */
  git?: boolean;
  ci?: CiPlatform;
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
  return { registerRoot: root, env: ctx.env, git: ctx.git, cwd: ctx.cwd, readStdin: ctx.readStdin, lang: ctx.lang, today: ctx.today, out: ctx.out, loadRegister: ctx.loadRegister, ...(ctx.interrupt ? { interrupt: ctx.interrupt } : {}) };
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
  const ci = options.ci ?? DEFAULT_CI;
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(initMessage(lang, 'not-a-folder', { path: dir }));
  if (existsSync(path.join(dir, CONFIG_FILE))) {
    if (!options.updateSchemas && !options.hooks) throw new UsageError(initMessage(lang, 'exists', { path: dir }));
    // Everything that can refuse is asked first (Git's identity, a hook that is not sak's), then all is written or nothing, even on Ctrl-C.
    const git = options.git !== false;
    if (options.updateSchemas && git) await requireGitIdentity(ctx, dir, (await readConfig(dir)).config?.git?.commit !== false, 'no-git');
    const hook = options.hooks ? await prepareHook(ctx, dir) : undefined;
    return allOrNothing(ctx, async ({ stopAt, undo }) => {
      const schemas = options.updateSchemas ? writeSchemas(dir, undo) : undefined;
      // The hook is written beside its place first and renamed into it last, after the schemas' commit (which it would otherwise check).
      const hookTemp = hook ? writeHookTemp(hook, undo) : undefined;
      checkStop(stopAt, 'written');
      if (schemas) await commitSchemas(ctx, dir, deps.version, git, schemas, stopAt);
      if (hook && hookTemp) enableHook(ctx, hook, hookTemp);
      return 0;
    });
  }

  // Git must know who commits before anything is written (or asked): else the files would be left uncommitted.
  if (options.git !== false && (await gitIdentityMissing(existsSync(dir) ? dir : ctx.cwd, ctx.git))) throw new EnvironmentError(cliMessage(lang, 'git.no-identity', { escape: '--no-git' }));
  const municipality = await askMunicipality(options, ctx, deps);
  // All or nothing, even on Ctrl-C: what init made (files, folders, a new Git repository) is taken back.
  return allOrNothing(ctx, ({ stopAt, undo }) => makeRegister(options, ctx, deps, { municipality, ci, stopAt, undo }));
}

/** Makes the register's files and its first commit (runInit's new register), noting each step in `undo`. */
async function makeRegister(options: InitOptions, ctx: Context, deps: InitDeps, made: { municipality: string; ci: CiPlatform; stopAt: StopAt; undo: FileUndo }): Promise<number> {
  const { lang } = ctx;
  const { dir } = deps;
  const { municipality, ci, stopAt, undo } = made;
  const madeDir = missingFolder(path.join(dir, CONFIG_FILE));
  mkdirSync(dir, { recursive: true });
  if (madeDir !== undefined) undo.madeFolder(madeDir);
  const existingRepository = options.git === false ? undefined : await gitWorkTree(dir, ctx.git).catch((error: unknown) => gitFailure(lang, error));
  const top = existingRepository ? existingRepository.top : dir;
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
  let hook: { prepared: PreparedHook; temp: string } | undefined;
  if (options.git !== false) {
    const subject = `sak: init register for ${municipality}`;
    try {
      let repository: GitRepository | undefined = existingRepository;
      let fresh = false;
      if (!repository) {
        const made = await initRepository(dir, ctx.git);
        undo.madeTree(path.join(dir, '.git'));
        repository = made;
        fresh = made.fresh;
      }
      // `--hooks`: ready before the commit (a hook that is not sak's refuses it all), in place after it.
      if (options.hooks) hook = await prepareHook(ctx, dir).then((prepared) => ({ prepared, temp: writeHookTemp(prepared, undo) }));
      const commit = await commitFiles(repository, dir, [...written, ...appended], subject, ctx.git, { stopAt, fresh });
      out.push(initMessage(lang, existingRepository ? 'git.existing' : 'git.new', { commit: commit.slice(0, 7), subject, top }));
    } catch (error) {
      if (error instanceof WriteInterrupted || stopAt('failed')) throw error;
      if (error instanceof EnvironmentError) {
        // The hook refused: nothing of the register stays.
        undo.run();
        throw error;
      }
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
  if (hook) enableHook(ctx, hook.prepared, hook.temp);
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
  for (const unit of standardUnits(readStarterUnits(), locale, roles)) {
    const file = recordPath(kind, unit.id);
    const text = renderNewRecord(kind, fields, file, { ...unit });
    await reportProblems(ctx, file, checkCandidate(setup, ctx, file, kind, text), 'add');
    createFile(file, text);
    setup.index.push({ id: unit.id, kind, file, abs: path.join(root, ...file.split('/')) });
  }
}

/** Makes a folder and the ones above it that are missing, noting each in `undo` (taken back deepest first, when empty). */
function makeFolder(folder: string, undo: FileUndo): void {
  const top = missingFolder(path.join(folder, 'x'));
  mkdirSync(folder, { recursive: true });
  if (top === undefined) return;
  const made: string[] = [];
  for (let dir = folder; dir.length >= top.length; dir = path.dirname(dir)) {
    made.unshift(dir);
    if (dir === top) break;
  }
  for (const dir of made) undo.madeFolder(dir);
}

/** The schema files `--update-schemas` wrote (register-relative), or none when they were current. */
type WrittenSchemas = string[];

/** `--update-schemas`, first half: rewrites `.sak/schemas` from the running sak, noting each file in `undo`; returns what changed. */
function writeSchemas(root: string, undo: FileUndo): WrittenSchemas {
  const changed: string[] = [];
  const folder = path.join(root, REGISTER_SCHEMA_DIR);
  makeFolder(folder, undo);
  for (const name of readdirSync(SCHEMA_DIR).filter((n) => n.endsWith('.schema.json')).sort()) {
    const shipped = readFileSync(path.join(SCHEMA_DIR, name));
    const target = path.join(folder, name);
    const before = existsSync(target) ? readFileSync(target) : undefined;
    if (before?.equals(shipped)) continue;
    replaceFileAtomically(target, shipped);
    if (before) undo.replaced(target, before, shipped);
    else undo.created(target);
    changed.push(`.sak/schemas/${name}`);
  }
  return changed;
}

/** `--update-schemas`, second half: commits what changed (stoppable) and says what was done. */
async function commitSchemas(ctx: Context, root: string, version: string, git: boolean, changed: WrittenSchemas, stopAt: StopAt): Promise<void> {
  const { lang } = ctx;
  if (changed.length === 0) {
    ctx.out.stderr(`${initMessage(lang, 'schemas.current', { version })}\n`);
    return;
  }
  const done = () => ctx.out.stderr(`${initMessage(lang, 'schemas.updated', { version, count: changed.length })}\n`);
  const { config } = await readConfig(root);
  const repository = git && config?.git?.commit !== false ? await gitWorkTree(root, ctx.git).catch((error: unknown) => gitFailure(lang, error)) : undefined;
  if (!repository) return done();
  const subject = `sak: update schemas to sak ${version}`;
  let commit: string;
  try {
    commit = await commitFiles(repository, root, changed, subject, ctx.git, { stopAt });
  } catch (error) {
    if (error instanceof WriteInterrupted || stopAt('failed')) throw error;
    done();
    gitFailure(lang, error);
  }
  done();
  ctx.out.stderr(`${initMessage(lang, 'schemas.commit', { commit: commit.slice(0, 7), subject })}\n`);
}

/** Where `--hooks` puts sak's pre-commit hook, and what it holds. */
interface PreparedHook {
  file: string;
  text: string;
}

/** `--hooks`, before anything is written: the hook's place and text; exit 3 outside Git or when the hook there is not sak's. */
async function prepareHook(ctx: Context, root: string): Promise<PreparedHook> {
  const { lang } = ctx;
  let file: string;
  let registerDir: string;
  try {
    const repository = await gitWorkTree(root, ctx.git);
    if (!repository) throw new EnvironmentError(initMessage(lang, 'hook.no-git', { path: root }));
    file = path.join(await gitPath(root, 'hooks', ctx.git), 'pre-commit');
    registerDir = relativeTo(path.resolve(repository.top), path.resolve(root));
  } catch (error) {
    gitFailure(lang, error);
  }
  if (existsSync(file) && !readFileSync(file, 'utf8').includes(HOOK_MARK)) {
    throw new EnvironmentError(initMessage(lang, 'hook.foreign', { path: file, register: registerDir }));
  }
  return { file, text: preCommitHookText(lang, registerDir) };
}

/** Writes the hook, executable, to a temporary file beside its place (noted in `undo`); returns the temporary file. */
function writeHookTemp(hook: PreparedHook, undo: FileUndo): string {
  makeFolder(path.dirname(hook.file), undo);
  const temp = tempPathFor(hook.file);
  writeTempFile(temp, Buffer.from(hook.text, 'utf8'), 0o755);
  undo.created(temp);
  // The mode given to open is narrowed by the umask; the hook must be executable whatever it is.
  chmodSync(temp, 0o755);
  return temp;
}

/** Puts the written hook in its place (one rename: the old hook or the new one, never half of one). */
function enableHook(ctx: Context, hook: PreparedHook, temp: string): void {
  renameSync(temp, hook.file);
  ctx.out.stderr(`${initMessage(ctx.lang, 'hook.installed', { path: hook.file })}\n`);
}
