import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { TEMP_MARK } from './atomic-file.js';

/**
 * A temporary file older than this was left by a sak that was killed (power cut, SIGKILL):
 * a live write holds its temporary file for milliseconds.
 */
export const STALE_TEMP_MS = 10 * 60_000;

/** The name of a temporary file of sak's atomic writes: `.<name>.sak-tmp-<hex>` (atomic-file.ts). */
const TEMP_NAME = new RegExp(`^\\..+${TEMP_MARK.replace(/[.-]/g, '\\$&')}[0-9a-f]+$`);

/**
 * Removes the temporary files that killed sak processes left in a folder, once they are
 * older than STALE_TEMP_MS. `sak validate` never counts them (their names do not end in
 * `.yaml`) and never removes anything; the next write into the same folder tidies up.
 * Returns the names removed; any error only leaves a file for next time.
 */
export function removeStaleTempFiles(dir: string, now: number = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const file = path.join(dir, name);
    try {
      const stat = lstatSync(file);
      if (!stat.isFile() || now - stat.mtimeMs < STALE_TEMP_MS) continue;
      unlinkSync(file);
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
  return removed;
}
