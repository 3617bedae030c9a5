import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { removeQuietly, replaceFileAtomically, tempPathFor } from './atomic-file.js';

/** The file in a site's folder that lists what `sak site` wrote there, so a re-run can tell its own files. */
export const SITE_MANIFEST = '.sak-site.json';

/** What writing a site did. */
export interface SiteWriteResult {
  total: number;
  written: number;
  unchanged: number;
  removed: number;
}

/** Why a folder cannot take a site. */
export class SiteFolderError extends Error {
  constructor(
    readonly reason: 'not-site' | 'write',
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function readManifest(dir: string): string[] | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path.join(dir, SITE_MANIFEST), 'utf8')) as { generator?: unknown; files?: unknown };
    if (parsed.generator !== 'sak site' || !Array.isArray(parsed.files)) return undefined;
    return parsed.files.filter((f): f is string => typeof f === 'string' && !f.split('/').includes('..') && !path.isAbsolute(f));
  } catch {
    return undefined;
  }
}

/**
 * Replaces a page: a temporary file beside it, renamed over it, so a web server never serves
 * half a page. Unlike a record, a page is not flushed to disk first: it is made again from
 * the register by the next run, and flushing thousands of pages was most of a site's time
 * (bench/site.js: 13 of 36 s at 10,000 records).
 */
function replacePage(abs: string, content: Buffer): void {
  const temp = tempPathFor(abs);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, abs);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

function sameContent(abs: string, content: Buffer): boolean {
  try {
    if (statSync(abs).size !== content.length) return false;
    return readFileSync(abs).equals(content);
  } catch {
    return false;
  }
}

/**
 * Writes a site into a folder: each file only when its bytes differ from what is there
 * (atomically, so a reader never sees half a page), then removes the files an earlier run
 * wrote that this one did not. Refuses a folder that is not empty and holds no site of
 * `sak site` (its manifest), so nothing of the user's is overwritten or removed.
 */
export function writeSite(dir: string, files: readonly { path: string; content: string }[]): SiteWriteResult {
  const exists = existsSync(dir);
  const previous = exists ? readManifest(dir) : undefined;
  if (exists && previous === undefined && readdirSync(dir).length > 0) throw new SiteFolderError('not-site', dir, `${dir} is not a site folder`);
  const result: SiteWriteResult = { total: files.length, written: 0, unchanged: 0, removed: 0 };
  const made = new Set<string>();
  const current = new Set<string>();
  for (const file of files) {
    current.add(file.path);
    const abs = path.join(dir, ...file.path.split('/'));
    const content = Buffer.from(file.content, 'utf8');
    if (sameContent(abs, content)) {
      result.unchanged += 1;
      continue;
    }
    const folder = path.dirname(abs);
    try {
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      replacePage(abs, content);
    } catch (error) {
      throw new SiteFolderError('write', abs, (error as Error).message);
    }
    result.written += 1;
  }
  for (const old of previous ?? []) {
    if (current.has(old)) continue;
    removeQuietly(path.join(dir, ...old.split('/')));
    result.removed += 1;
  }
  const manifest = Buffer.from(`${JSON.stringify({ generator: 'sak site', files: [...current].sort() }, null, 1)}\n`, 'utf8');
  const manifestPath = path.join(dir, SITE_MANIFEST);
  if (!sameContent(manifestPath, manifest)) {
    try {
      mkdirSync(dir, { recursive: true });
      replaceFileAtomically(manifestPath, manifest);
    } catch (error) {
      throw new SiteFolderError('write', manifestPath, (error as Error).message);
    }
  }
  return result;
}
