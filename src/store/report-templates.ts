import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/lang.js';

/** The folder of the templates shipped with sak (`templates/` at the package root). */
export const BUILT_IN_TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/** Templates larger than this are refused: a report template is a few dozen KiB. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** A template found and read. */
export interface ReportTemplate {
  /** Absolute path. */
  path: string;
  source: string;
}

/** Why a template could not be used: no such name (a usage error) or an unreadable file. */
export type TemplateLookupError = { reason: 'not-found'; name: string; searched: string[] } | { reason: 'unreadable'; path: string; message: string };

/** A template name: letters, digits, `.`, `_` and `-`, so it can never leave the templates folder. */
const TEMPLATE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** True when `--template` names a file rather than a template (it has a folder part or ends in .hbs). */
export function isTemplateFile(value: string): boolean {
  return /[\\/]/.test(value) || value.endsWith('.hbs') || !TEMPLATE_NAME.test(value);
}

function readTemplate(file: string, followLinks: boolean): ReportTemplate | TemplateLookupError {
  try {
    const stat = followLinks ? statSync(file) : lstatSync(file);
    if (!stat.isFile()) return { reason: 'unreadable', path: file, message: 'not a regular file' };
    if (stat.size > MAX_TEMPLATE_BYTES) return { reason: 'unreadable', path: file, message: `larger than ${MAX_TEMPLATE_BYTES} bytes` };
    return { path: file, source: new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).replace(/^\uFEFF/, '') };
  } catch (error) {
    return { reason: 'unreadable', path: file, message: error instanceof TypeError ? 'not UTF-8' : (error as Error).message };
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the template of a report. `--template FILE` (absolute, resolved by the caller) is
 * read as given; `--template NAME` is looked up as `<register>/templates/NAME.<lang>.<fmt>.hbs`,
 * `<register>/templates/NAME.<fmt>.hbs`, then sak's own `templates/NAME.<lang>.<fmt>.hbs` and
 * `templates/NAME.<fmt>.hbs` (sak's report is one skeleton per format, `report.md.hbs`).
 * Without `--template` the name is `report`, so a register's own
 * `templates/report.<lang>.<fmt>.hbs` overrides the built-in one. A register's templates
 * are never followed through symbolic links.
 */
export function findReportTemplate(options: { root: string; lang: Lang; format: 'md' | 'html'; template?: string }): ReportTemplate | TemplateLookupError {
  const { root, lang, format, template } = options;
  if (template !== undefined && isTemplateFile(template)) return readTemplate(template, true);
  const name = template ?? 'report';
  const candidates: [string, boolean][] = [
    [path.join(root, 'templates', `${name}.${lang}.${format}.hbs`), false],
    [path.join(root, 'templates', `${name}.${format}.hbs`), false],
    [path.join(BUILT_IN_TEMPLATE_DIR, `${name}.${lang}.${format}.hbs`), true],
    // sak's own report: one skeleton per format for both languages (the words are phrases).
    [path.join(BUILT_IN_TEMPLATE_DIR, `${name}.${format}.hbs`), true],
  ];
  for (const [file, follow] of candidates) if (exists(file)) return readTemplate(file, follow);
  return { reason: 'not-found', name, searched: candidates.map(([file]) => file) };
}

/** The phrase files of a report: sak's own catalogue and the register's `templates/phrases.<lang>.yaml`, if it has one. */
export interface PhraseFiles {
  builtIn: { file: string; text: string };
  overrides: { file: string; text: string }[];
}

/**
 * Reads the phrase catalogues of a language: the built-in `templates/phrases.<lang>.yaml` and
 * the register's own (`root` given; its path relative to the register in errors). A register's
 * file is never followed through a symbolic link.
 */
export function readPhraseFiles(options: { root?: string; lang: Lang }): PhraseFiles | TemplateLookupError {
  const name = `phrases.${options.lang}.yaml`;
  const builtIn = readTemplate(path.join(BUILT_IN_TEMPLATE_DIR, name), true);
  if ('reason' in builtIn) return builtIn;
  const overrides: PhraseFiles['overrides'] = [];
  if (options.root !== undefined) {
    const own = path.join(options.root, 'templates', name);
    if (exists(own)) {
      const read = readTemplate(own, false);
      if ('reason' in read) return read;
      overrides.push({ file: path.join('templates', name), text: read.source });
    }
  }
  return { builtIn: { file: name, text: builtIn.source }, overrides };
}

/** The folder of section partials, in sak's templates and a register's. */
export const SECTIONS_DIR = 'sections';

/**
 * The section partials of a format: sak's own `templates/sections/<name>.<fmt>.hbs`, and a
 * register's `templates/sections/<name>.<fmt>.hbs` over them (or beside them, for its own
 * template). `file` is what errors name: the register's relative path, or sak's file name.
 */
export function readReportPartials(options: { root?: string; format: 'md' | 'html' }): { partials: Record<string, ReportTemplate & { file: string }> } | TemplateLookupError {
  const partials: Record<string, ReportTemplate & { file: string }> = {};
  const suffix = `.${options.format}.hbs`;
  const folders: [string, string, boolean][] = [[path.join(BUILT_IN_TEMPLATE_DIR, SECTIONS_DIR), path.join('sak', 'templates', SECTIONS_DIR), true]];
  if (options.root !== undefined) folders.push([path.join(options.root, 'templates', SECTIONS_DIR), path.join('templates', SECTIONS_DIR), false]);
  for (const [folder, shown, follow] of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const file of names.sort()) {
      const name = file.slice(0, -suffix.length);
      if (!file.endsWith(suffix) || !TEMPLATE_NAME.test(name)) continue;
      const read = readTemplate(path.join(folder, file), follow);
      if ('reason' in read) return read;
      partials[name] = { ...read, file: path.join(shown, file) };
    }
  }
  return { partials };
}
