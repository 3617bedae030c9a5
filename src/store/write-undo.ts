import { existsSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { removeQuietly, replaceFileAtomically } from './atomic-file.js';

/**
 * The stages of a write at which an interruption (Ctrl-C) is acted on: the files are
 * written, git has staged them, the commit is made; `failed` when git failed (it got the
 * signal too, as every process of the terminal's foreground group does).
 */
export type WriteStage = 'written' | 'staged' | 'committed' | 'failed';

/** Asks whether a write is to stop at a stage and take itself back (a Ctrl-C came, or a test says so). */
export type StopAt = (stage: WriteStage) => boolean;

/** A write stopped at a stage; what it did in git is already taken back, its files are the caller's to take back. */
export class WriteInterrupted extends Error {
  constructor(readonly stage: WriteStage) {
    super(`write interrupted (${stage})`);
  }
}

/** Throws WriteInterrupted when the write is to stop at this stage. */
export function checkStop(stopAt: StopAt | undefined, stage: WriteStage): void {
  if (stopAt?.(stage)) throw new WriteInterrupted(stage);
}

/**
 * What a write did to the work tree, so that it can be taken back: files it created are
 * removed (and a folder it made for them, when empty), files it replaced get their old
 * content back, unless someone changed them since.
 */
export class FileUndo {
  private readonly steps: (() => void)[] = [];

  /** A file the write created; `madeFrom` the first folder the write made for it (they go as well, when empty). */
  created(abs: string, madeFrom?: string): void {
    this.steps.push(() => {
      removeQuietly(abs);
      if (madeFrom === undefined) return;
      for (let dir = path.dirname(abs); dir.length >= madeFrom.length; dir = path.dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          // Not empty: another file of the write is still there, or someone else's.
          return;
        }
        if (dir === madeFrom) return;
      }
    });
  }

  /** A file the write replaced: `before` is what it held, `after` what the write put there. */
  replaced(abs: string, before: Uint8Array, after: Uint8Array): void {
    this.steps.push(() => {
      let now: Buffer;
      try {
        now = readFileSync(abs);
      } catch {
        return;
      }
      if (now.equals(after)) replaceFileAtomically(abs, before);
    });
  }

  /** A folder the write made: it goes when it is empty again. */
  madeFolder(dir: string): void {
    this.steps.push(() => {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: it held something before, or someone else's is in it now.
      }
    });
  }

  /** A folder the write made with all in it (a new Git repository): it goes whole. */
  madeTree(dir: string): void {
    this.steps.push(() => rmSync(dir, { recursive: true, force: true }));
  }

  /** Takes back every step, the last first. */
  run(): void {
    for (const step of this.steps.reverse()) step();
    this.steps.length = 0;
  }
}

/** The first folder a write of `abs` would have to make (the highest that is missing), or undefined when its folder exists. */
export function missingFolder(abs: string): string | undefined {
  let missing: string | undefined;
  for (let dir = path.dirname(abs); !existsSync(dir); dir = path.dirname(dir)) {
    missing = dir;
    if (path.dirname(dir) === dir) break;
  }
  return missing;
}
