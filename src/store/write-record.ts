import { constants, copyFileSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EnvironmentError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { recordMessage } from '../i18n/record-messages.js';
import { removeQuietly, replaceFileAtomically, tempPathFor, writeTempFile } from './atomic-file.js';

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
export function createRecordFile(abs: string, content: Uint8Array, lang: Lang): boolean {
  const temp = tempPathFor(abs);
  try {
    mkdirSync(path.dirname(abs), { recursive: true });
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
    return true;
  } catch (error) {
    throw writeFailure(abs, error, lang);
  } finally {
    removeQuietly(temp);
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
  } catch (error) {
    if (error instanceof EnvironmentError) throw error;
    throw writeFailure(abs, error, lang);
  }
}
