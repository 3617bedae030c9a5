import type { StopAt } from '../store/write-undo.js';

/**
 * Ctrl-C and the writes: outside a write, a SIGINT ends sak at once (exit 130; nothing is
 * written yet); during one (`hold`), it is remembered and the write asks `stopAt` at each
 * stage, takes itself back and ends with exit 130, so that it is all or nothing.
 */
export interface Interrupt {
  /** Runs a write with Ctrl-C held back; `stopAt` says whether one came. */
  hold<T>(work: (stopAt: StopAt) => Promise<T>): Promise<T>;
  /** Something to do before sak ends on a Ctrl-C outside a write (say where kept work is); returns its removal. */
  onExit(action: () => void): () => void;
}

/** The interrupt of a run that gets no signals (a test in process): nothing is ever interrupted. */
export const NO_INTERRUPT: Interrupt = {
  hold: (work) => work(() => false),
  onExit: () => () => undefined,
};

/**
 * The process's SIGINT handling (see Interrupt). `exit` ends the process; `cancelled`
 * is printed first when sak ends outside a write.
 */
export function processInterrupt(options: { cancelled: () => void; exit: (code: number) => void }): Interrupt {
  let held = 0;
  let caught = false;
  const actions = new Set<() => void>();
  process.on('SIGINT', () => {
    if (held > 0) {
      caught = true;
      return;
    }
    for (const action of actions) action();
    options.cancelled();
    options.exit(130);
  });
  return {
    async hold(work) {
      held += 1;
      try {
        return await work(() => caught);
      } finally {
        held -= 1;
      }
    },
    onExit(action) {
      actions.add(action);
      return () => actions.delete(action);
    },
  };
}
