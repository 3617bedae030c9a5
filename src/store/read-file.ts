import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';

/** Records larger than this are refused (register.md: 256 KiB). */
export const MAX_FILE_BYTES = 256 * 1024;

/** The outcome of reading one file with the register's limits. */
export type FileRead =
  | { ok: true; text: string; bytes: Buffer }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'not-regular' }
  | { ok: false; reason: 'encoding'; line: number; column: number }
  | { ok: false; reason: 'io'; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
// A named pipe opened without O_NONBLOCK waits for a writer forever; with it, fstat says "not a file".
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** Reads a record file: regular files only (no symlinks), at most 256 KiB, UTF-8 with an optional BOM. */
export function readRecordFile(absolutePath: string): FileRead {
  return readWithLimits(absolutePath, false);
}

// One buffer for every file of a listing: one more byte than a record may have, to tell "too large".
let listingBuffer: Buffer | undefined;

/**
 * Reads a file that the register's listing found to be a regular file, with the limits of
 * readRecordFile, one system call cheaper: no fstat. It reads into a buffer shared by
 * every call, so `bytes` is a view that is only valid until the next call. (Should the
 * file have been replaced meanwhile by a pipe, the non-blocking open makes it read as
 * empty or fail; it never waits.)
 */
export function readListedFile(absolutePath: string): FileRead {
  return readWithLimits(absolutePath, true);
}

function readWithLimits(absolutePath: string, listed: boolean): FileRead {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EISDIR') return { ok: false, reason: 'not-regular' };
    return { ok: false, reason: 'io', message: (error as Error).message };
  }
  try {
    let bytes: Buffer;
    if (listed) {
      listingBuffer ??= Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
      const length = readInto(fd, listingBuffer, true);
      if (length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', size: fstatSync(fd).size };
      bytes = listingBuffer.subarray(0, length);
    } else {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { ok: false, reason: 'not-regular' };
      if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large', size: stat.size };
      bytes = Buffer.allocUnsafe(stat.size);
      bytes = bytes.subarray(0, readInto(fd, bytes, false));
    }
    try {
      return { ok: true, text: decoder.decode(bytes), bytes };
    } catch {
      return { ok: false, reason: 'encoding', ...firstInvalidUtf8(bytes) };
    }
  } catch (error) {
    return { ok: false, reason: 'io', message: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads from the start of a file until the buffer is full or the file ends. With
 * `oneRead`, a single read: a regular file's read comes back short only at its end, and
 * the buffer is larger than any record, which spares the read that would return 0.
 */
function readInto(fd: number, buffer: Buffer, oneRead: boolean): number {
  let length = 0;
  while (length < buffer.length) {
    const n = readSync(fd, buffer, length, buffer.length - length, length);
    if (n === 0) break;
    length += n;
    if (oneRead) break;
  }
  return length;
}

/** Line and column (1-based, in characters of the valid prefix) of the first byte that is not UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let length = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) length = 3;
    else if (b >= 0xf0 && b <= 0xf4) length = 4;
    else return { line, column };
    if (length > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + length));
      } catch {
        return { line, column };
      }
    }
    if (b === 0x0a) {
      line += 1;
      column = 1;
    } else if (!(i === 0 && b === 0xef)) {
      column += 1;
    }
    i += length;
  }
  return { line, column };
}
