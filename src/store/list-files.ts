import { lstatSync, readdirSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { KINDS } from '../core/kinds.js';

/** A file found under a record folder. */
export interface FoundFile {
  rel: string;
  abs: string;
  /** `file` for a regular file; a record folder that is a file is `not-a-folder`. */
  type: 'file' | 'other' | 'not-a-folder';
}

/** Lists the YAML files (and non-regular entries named like them) under every record folder. */
export function listRecordFiles(root: string): FoundFile[] {
  const files: FoundFile[] = [];
  for (const kind of KINDS) {
    const folder = path.join(root, kind.folder);
    let stat;
    try {
      stat = lstatSync(folder);
    } catch {
      continue;
    }
    if (!stat.isDirectory()) {
      files.push({ rel: kind.folder, abs: folder, type: stat.isSymbolicLink() ? 'other' : 'not-a-folder' });
      continue;
    }
    walk(folder, kind.folder, files);
  }
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return files;
}

/**
 * Walks a record folder. Nothing under it is skipped silently: hidden folders are walked
 * (`actions/.arkiv/ACT-x.yaml` is reported as an unknown file, not ignored), and a symbolic
 * link or a folder that cannot be read is listed as `other` (register.md: `not-regular-file`).
 */
function walk(dir: string, rel: string, out: FoundFile[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    out.push({ rel, abs: dir, type: 'other' });
    return;
  }
  for (const entry of entries) {
    const childRel = `${rel}/${entry.name}`;
    // `dir` is already normalised: plain concatenation spares path.join its work on every file.
    const childAbs = dir + path.sep + entry.name;
    const yamlName = /\.ya?ml$/i.test(entry.name);
    if (entry.isDirectory()) {
      if (yamlName) out.push({ rel: childRel, abs: childAbs, type: 'other' });
      else walk(childAbs, childRel, out);
    } else if (yamlName || entry.isSymbolicLink()) {
      out.push({ rel: childRel, abs: childAbs, type: entry.isFile() ? 'file' : 'other' });
    }
  }
}
