import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a whole file atomically: a temporary file in the same folder, flushed, then
 * renamed over the target. On any error the temporary file is removed and an existing
 * target is left exactly as it was. An existing target keeps its permission bits.
 */
export function writeFileAtomic(file: string, content: string): void {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) throw Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' });
    mode = stat.mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const fd = openSync(temp, 'wx', 0o666);
  try {
    try {
      const bytes = Buffer.from(content, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone; the error that matters is the one above.
    }
    throw error;
  }
}
