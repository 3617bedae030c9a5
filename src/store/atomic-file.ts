import { randomBytes } from 'node:crypto';
import { closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The mark of sak's temporary files; never ending in `.yaml`, so `sak validate` never counts them. */
export const TEMP_MARK = '.sak-tmp-';

/** A temporary file name beside a file: `.INC-….yaml.sak-tmp-<random>`. */
export function tempPathFor(abs: string): string {
  return path.join(path.dirname(abs), `.${path.basename(abs)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
}

/** Writes a new temporary file exclusively and flushes it to disk. */
export function writeTempFile(temp: string, content: Uint8Array, mode = 0o666): void {
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    let written = 0;
    while (written < content.length) written += writeSync(fd, content, written, content.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes a file if it is there; for cleaning up temporary files. */
export function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone; any error that matters was thrown before.
  }
}

/**
 * Writes a whole file atomically: a temporary file in the same folder (with an existing
 * target's permission bits), flushed, then renamed over the target. `beforeRename` may
 * refuse at the last moment. On any error the temporary file is removed and an existing
 * target is left exactly as it was.
 */
export function replaceFileAtomically(abs: string, content: Uint8Array, beforeRename?: () => void): void {
  const temp = tempPathFor(abs);
  try {
    let mode = 0o666;
    try {
      const stat = lstatSync(abs);
      if (stat.isDirectory()) throw Object.assign(new Error(`${abs} is a folder`), { code: 'EISDIR' });
      mode = stat.mode & 0o7777;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    writeTempFile(temp, content, mode);
    beforeRename?.();
    renameSync(temp, abs);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/** True when nothing is at the path, or a regular file or folder is: a device, a FIFO or a symbolic link is never an output file to write through or replace. */
export function isRegularOrAbsent(abs: string): boolean {
  try {
    const stat = lstatSync(abs);
    return stat.isFile() || stat.isDirectory();
  } catch {
    return true;
  }
}
