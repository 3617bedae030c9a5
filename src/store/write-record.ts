import { constants, copyFileSync, linkSync, mkdirSync, readFileSync, realpathSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { removeQuietly, replaceFileAtomically, tempPathFor, writeTempFile } from './atomic-file.js';
import { removeStaleTempFiles } from './stale-temp.js';

export { TEMP_MARK, tempPathFor } from './atomic-file.js';

function writeFailure(abs: string, error: unknown, lang: Lang): EnvironmentError {
  return new EnvironmentError(recordMessage(lang, 'write.failed', { path: abs, reason: (error as Error).message }));
}

/**
 * Creates a record file exclusively and atomically: the content goes to a temporary
 * file in the same folder, which is then hard-linked to the final name (a link never
 * replaces an existing file) and removed. Returns false when the name is taken, so the
 * caller can pick another id. Where the file system has no hard links, an exclusive copy
 * takes the link's place.
 */
export function createRecordFile(abs: string, content: Uint8Array, lang: Lang, options: { tidy?: boolean; root?: string } = {}): boolean {
  const temp = tempPathFor(abs);
  let made: string | undefined;
  try {
    made = mkdirSync(path.dirname(abs), { recursive: true });
    // A folder of the register that is a symbolic link (Git can carry one) must not lead the write elsewhere.
    if (options.root !== undefined) {
      const within = path.relative(realpathSync(options.root), realpathSync(path.dirname(abs)));
      if (within.startsWith('..') || path.isAbsolute(within)) throw new EnvironmentError(recordMessage(lang, 'write.outside', { path: path.dirname(abs) }));
    }
    writeTempFile(temp, content);
    try {
      linkSync(temp, abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
      try {
        copyFileSync(temp, abs, constants.COPYFILE_EXCL);
      } catch (copyError) {
        if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw copyError;
      }
    }
    // A bulk writer (sak import) passes tidy: false and tidies each folder once, not per file.
    if (options.tidy !== false) removeStaleTempFiles(path.dirname(abs));
    return true;
  } catch (error) {
    removeQuietly(temp);
    // A failed write leaves no trace, not even the year folder it made (incidents/2027/).
    if (made !== undefined) removeEmptyFolders(path.dirname(abs), made);
    if (error instanceof EnvironmentError) throw error;
    throw writeFailure(abs, error, lang);
  } finally {
    removeQuietly(temp);
  }
}

/** Removes `dir` and its parents up to and including `top` while they are empty; stops at the first that is not. */
function removeEmptyFolders(dir: string, top: string): void {
  for (let current = dir; current.length >= top.length; current = path.dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
    if (current === top) return;
  }
}

/**
 * Replaces a record file atomically: a temporary file in the same folder with the old
 * file's permissions, renamed over it. Refuses (exit 3) when the file changed on disk
 * since it was read (`expected`), so a concurrent edit is never lost. No temporary file
 * is left behind on failure.
 */
export function replaceRecordFile(abs: string, content: Uint8Array, expected: Uint8Array, lang: Lang): void {
  try {
    replaceFileAtomically(abs, content, () => {
      if (!Buffer.from(readFileSync(abs)).equals(Buffer.from(expected))) {
        throw new EnvironmentError(recordMessage(lang, 'write.changed-meanwhile', { path: abs }));
      }
    });
    removeStaleTempFiles(path.dirname(abs));
  } catch (error) {
    if (error instanceof EnvironmentError) throw error;
    throw writeFailure(abs, error, lang);
  }
}
