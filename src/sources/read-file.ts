import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import type { ScanUnit, SkippedFile } from '../types.js';
import { archiveKind } from '../archive-paths.js';
import { decodeBytes } from './decode.js';
import { relativePath } from './paths.js';

/*
 * Reading one file for a whole-file scan: size limit, symlinks, binaries, decoding. Apart from
 * the listing (fast-glob, git) because scan worker threads need only this.
 */

export interface ReadOutcome {
  unit?: ScanUnit;
  /**
   * An archive (zip, tar, gzip): opened later on the main thread (sources/archives.ts loads
   * its libraries only when a scan meets one), so the unit is not read here.
   */
  archive?: true;
  skipped?: SkippedFile;
  bytes: number;
}

/**
 * Reads and decodes one file; never throws for a file-level problem. Synchronous on purpose:
 * a scan has nothing else to do meanwhile, and sync reads cost a third of promise-based ones.
 */
export function readUnit(root: string, file: string, maxFileSize: number): ReadOutcome {
  const rel = relativePath(root, file);
  try {
    const ls = lstatSync(file);
    if (ls.isSymbolicLink()) return { skipped: { path: rel, reason: 'symlink' }, bytes: 0 };
    if (!ls.isFile()) return { skipped: { path: rel, reason: 'unreadable', detail: 'not a regular file' }, bytes: 0 };
    if (ls.size > maxFileSize) {
      // A binary over the limit is just a binary: no "raise --max-file-size" advice for it
      // (an archive is not: its members can be scanned).
      if (isBinaryFile(file, rel)) return { skipped: { path: rel, reason: 'binary' }, bytes: 0 };
      return { skipped: { path: rel, reason: 'too-large', detail: `${ls.size} bytes > limit ${maxFileSize}` }, bytes: 0 };
    }
    const buf = readUnlessBinary(file, ls.size);
    if (buf === undefined) return { skipped: { path: rel, reason: 'binary' }, bytes: ls.size };
    if (buf === ARCHIVE) return { archive: true, bytes: ls.size };
    const decoded = decodeBytes(buf);
    if (decoded.kind === 'binary') return { skipped: { path: rel, reason: 'binary' }, bytes: buf.length };
    return { unit: { path: rel, text: decoded.text }, bytes: buf.length };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skipped: { path: rel, reason: 'unreadable', detail: 'deleted before it could be read' }, bytes: 0 };
    return { skipped: { path: rel, reason: 'unreadable', detail: code ?? 'read error' }, bytes: 0 };
  }
}

/** How much of a file is read first to tell binary from text (as git does: 8000 bytes). */
const SNIFF_BYTES = 8192;
/**
 * One read buffer per thread for files up to 1 MB: a fresh Buffer per file is memory outside
 * the V8 heap that is only returned at the next GC, and with thousands of files it piled up
 * to tens of MB of peak RSS. Larger files get their own buffer.
 */
const SHARED_BYTES = 1 << 20;
const shared = Buffer.alloc(SHARED_BYTES);

/** Whether the first 8 KB hold a NUL byte and no UTF-16 byte-order mark. */
function looksBinary(head: Buffer): boolean {
  const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  return !utf16 && head.includes(0);
}

function isBinaryFile(file: string, rel: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = shared.subarray(0, readSync(fd, shared, 0, SNIFF_BYTES, 0));
    return looksBinary(head) && archiveKind(rel, head) === undefined;
  } finally {
    closeSync(fd);
  }
}

/** `readUnlessBinary`'s answer for an archive. */
const ARCHIVE = Buffer.alloc(0);

/**
 * The file's bytes, or undefined when its first 8 KB show it is binary (a NUL byte and no
 * UTF-16 byte-order mark): binaries (.so, .pyc, images) are not read in full; `ARCHIVE` when
 * the binary is an archive (zip and gzip always hold a NUL in their first 8 KB, tar too).
 * The result may be a view of a shared buffer: decode it before the next call.
 */
function readUnlessBinary(file: string, size: number): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const buf = size <= SHARED_BYTES ? shared : Buffer.allocUnsafe(size);
    const head = readSync(fd, buf, 0, Math.min(SNIFF_BYTES, size), 0);
    if (looksBinary(buf.subarray(0, head))) return archiveKind(file, buf.subarray(0, head)) ? ARCHIVE : undefined;
    // A tiny gzip, or a damaged zip, may hold no NUL byte: their magic says archive all the same.
    if (head >= 2 && ((buf[0] === 0x1f && buf[1] === 0x8b) || (head >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 3 && buf[3] === 4))) return ARCHIVE;
    let got = head;
    // A file that shrinks meanwhile is read to its new end; one that grows, to its old size.
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}
