import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** Why an input the user named could not be read within its limits. */
export type InputLimitReason = 'too-large' | 'not-regular' | 'idle';

/** An input the user named (`--input FILE`, `-`, `sak import FILE`) that is too large, of the wrong kind, or silent. */
export class InputLimitError extends Error {
  constructor(
    readonly reason: InputLimitReason,
    /** The limit in bytes (too-large), the file's size when known, the seconds waited (idle). */
    readonly detail: { limit?: number; size?: number; seconds?: number; kind?: string } = {},
  ) {
    super(reason);
  }
}

const NONBLOCK = constants.O_NONBLOCK ?? 0;
/** How long a pipe may stay silent before sak stops waiting for it (a FIFO nobody writes to). */
export const IDLE_SECONDS = 10;
const CHUNK = 64 * 1024;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** What a file that is not a regular file is, for a message. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  if (stat.isDirectory()) return 'folder';
  return 'other';
}

/**
 * Reads from a file descriptor until its end, at most `limit` bytes (more: InputLimitError
 * too-large, and reading stops there, so `/dev/zero` ends at once). A descriptor that would
 * block (a pipe opened non-blocking) is waited on; silent for `idleSeconds`: InputLimitError idle.
 */
export function readFdAtMost(fd: number, limit: number, idleSeconds?: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  let idleSince = Date.now();
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      if (idleSeconds !== undefined && Date.now() - idleSince > idleSeconds * 1000) throw new InputLimitError('idle', { seconds: idleSeconds });
      sleepSync(20);
      continue;
    }
    if (n === 0) return Buffer.concat(chunks);
    idleSince = Date.now();
    total += n;
    if (total > limit) throw new InputLimitError('too-large', { limit });
    chunks.push(chunk.subarray(0, n));
  }
}

/**
 * Reads a whole input the user names (`--input FILE`: a file, or a pipe such as `<(…)`),
 * at most `limit` bytes. Follows links (the user chose the path). Opened non-blocking, so
 * a FIFO without a writer never holds sak up: it reads as empty, and a writer that stays
 * silent for IDLE_SECONDS ends the wait. A regular file larger than the limit is refused
 * before it is read. Throws InputLimitError, or the I/O error.
 */
export function readUserFile(file: string, limit: number, idleSeconds = IDLE_SECONDS): Buffer {
  const fd = openSync(file, constants.O_RDONLY | NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputLimitError('not-regular', { kind: 'folder' });
    if (stat.isFile() && stat.size > limit) throw new InputLimitError('too-large', { limit, size: stat.size });
    return readFdAtMost(fd, limit, stat.isFile() ? undefined : idleSeconds);
  } finally {
    closeSync(fd);
  }
}

/**
 * Streams a regular file the user names (`sak import FILE`) in chunks, at most `limit`
 * bytes: a device, a FIFO, a socket or a folder is refused before anything is read (a FIFO
 * would wait for a writer, `/dev/zero` never end), and so is a file larger than the limit,
 * by its size, at once. A file that grows past the limit while read stops there. Throws
 * InputLimitError, or the I/O error.
 */
export async function* streamUserFile(file: string, limit: number, chunkSize = 1024 * 1024): AsyncGenerator<Buffer> {
  // node:fs/promises costs ~4 ms to load; only `sak import` streams a file, so it loads here.
  const { open } = await import('node:fs/promises');
  const handle = await open(file, constants.O_RDONLY | NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new InputLimitError('not-regular', { kind: kindOf(stat) });
    if (stat.size > limit) throw new InputLimitError('too-large', { limit, size: stat.size });
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(chunkSize);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      total += bytesRead;
      if (total > limit) throw new InputLimitError('too-large', { limit });
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}
