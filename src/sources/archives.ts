/**
 * Archives opened for scanning: `.zip` (and `.jar`, `.war`, `.ear`, `.aar`, `.whl`, `.nupkg`,
 * `.apk`, all zip), `.tar`, `.tar.gz`/`.tgz` and plain `.gz`. Their text members become units
 * named `archive.zip!inner/file.env` (nested archives: `a.zip!b.tar.gz!c.env`).
 *
 * Libraries, not hand-written parsers: fflate reads zip (synchronous, as scan threads are; it
 * lets a filter refuse members by their declared sizes before inflating), node-tar's parser
 * reads tar (ustar, pax and GNU long names; it parses synchronously when handed the whole
 * buffer), node's zlib gunzips with an output cap.
 *
 * Bounded: total unpacked bytes, member count, member size (the scan's size limit), nesting
 * depth, and the compression ratio of large members (a zip bomb). Every bound that is hit and
 * every archive that cannot be read is a notice: an archive is never skipped silently.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { Parser as TarParser } from 'tar/parse';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { archiveKind, isTar, type ArchiveKind } from '../archive-paths.js';
import type { ScanUnit, SkippedFile } from '../types.js';
import { decodeBytes } from './decode.js';

export interface ArchiveLimits {
  /** Unpacked bytes in all, across nesting (default 256 MB). */
  totalBytes: number;
  /** Members in all, across nesting (default 20,000). */
  members: number;
  /** Largest member scanned (default: the scan's size limit). */
  memberBytes: number;
  /** Archives inside archives, how deep (default 3: `a.zip!b.zip!c.zip!d.txt`). */
  depth: number;
  /** Unpacked/packed ratio above which a large member is a zip bomb (default 200). */
  ratio: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { totalBytes: 256 * 1024 * 1024, members: 20_000, memberBytes: 10 * 1024 * 1024, depth: 3, ratio: 200 };

/** Members smaller than this are never judged by their ratio (a 1 KB file of spaces compresses 100×). */
const RATIO_FLOOR = 1024 * 1024;

export interface ArchiveScan {
  units: ScanUnit[];
  /** Members not scanned because they are binary (counted like binary files). */
  skipped: SkippedFile[];
  /** Bounds hit and archives that could not be read: one sentence each, naming the archive. */
  notices: string[];
  /** Unpacked bytes of the members read. */
  bytes: number;
}

interface State {
  limits: ArchiveLimits;
  out: ArchiveScan;
  members: number;
  bytes: number;
  /** Set once a total bound is hit: no more members are read. */
  full: boolean;
}

/** Opens an archive (already read into memory) and returns its text members as units. Never throws. */
export function expandArchive(path: string, bytes: Uint8Array, kind: ArchiveKind, limits: Partial<ArchiveLimits> = {}): ArchiveScan {
  const state: State = { limits: { ...DEFAULT_ARCHIVE_LIMITS, ...limits }, out: { units: [], skipped: [], notices: [], bytes: 0 }, members: 0, bytes: 0, full: false };
  open(state, path, bytes, kind, 0);
  state.out.bytes = state.bytes;
  return state.out;
}

function open(state: State, path: string, bytes: Uint8Array, kind: ArchiveKind, depth: number): void {
  try {
    if (kind === 'zip') openZip(state, path, bytes, depth);
    else if (kind === 'tar') openTar(state, path, bytes, depth);
    else openGzip(state, path, bytes, depth);
  } catch (err) {
    state.out.notices.push(`could not read the archive ${path}: ${reason(err)}; its contents were not scanned`);
  }
}

function reason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? 'unreadable').slice(0, 120) || 'unreadable';
}

/** Whether one more member of `size` bytes fits the total bounds; a notice the first time it does not. */
function admit(state: State, archive: string, size: number): boolean {
  if (state.full) return false;
  const { limits } = state;
  if (state.members + 1 > limits.members) {
    state.full = true;
    state.out.notices.push(`${archive}: more than ${limits.members} archive members; the rest were not scanned`);
    state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `members after the first ${limits.members}` });
    return false;
  }
  if (state.bytes + size > limits.totalBytes) {
    state.full = true;
    state.out.notices.push(`${archive}: more than ${limits.totalBytes} bytes unpacked; the rest were not scanned`);
    state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `members past ${limits.totalBytes} bytes unpacked` });
    return false;
  }
  state.members++;
  state.bytes += size;
  return true;
}

function memberPath(archive: string, name: string): string {
  const clean = name.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
  return `${archive}!${clean}`;
}

/** A member's bytes: a nested archive is opened, text becomes a unit, anything else is binary. */
function addMember(state: State, path: string, data: Uint8Array, depth: number): void {
  const kind = archiveKind(path, data.subarray(0, 512));
  if (kind && (kind !== 'gzip' || data.length > 0)) {
    if (depth + 1 > state.limits.depth) {
      state.out.notices.push(`${path}: archive nested more than ${state.limits.depth} deep; not opened`);
      state.out.skipped.push({ path, reason: 'archive-limit', detail: `nested more than ${state.limits.depth} deep` });
      return;
    }
    open(state, path, data, kind, depth + 1);
    return;
  }
  const decoded = decodeBytes(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  if (decoded.kind === 'binary') state.out.skipped.push({ path, reason: 'binary' });
  else state.out.units.push({ path, text: decoded.text });
}

function tooLarge(state: State, path: string, size: number): boolean {
  if (size <= state.limits.memberBytes) return false;
  state.out.notices.push(`skipped ${path}: larger than the size limit (${size} bytes > limit ${state.limits.memberBytes}); raise --max-file-size to scan it`);
  state.out.skipped.push({ path, reason: 'too-large', detail: `${size} bytes > limit ${state.limits.memberBytes}` });
  return true;
}

function openZip(state: State, archive: string, bytes: Uint8Array, depth: number): void {
  const refused: string[] = [];
  const files = unzipSync(bytes, {
    filter: (f: UnzipFileInfo) => {
      if (f.name.endsWith('/')) return false;
      const path = memberPath(archive, f.name);
      if (f.originalSize > RATIO_FLOOR && f.originalSize > f.size * state.limits.ratio) {
        refused.push(`${path}: compression ratio over ${state.limits.ratio}:1 (a zip bomb?); not unpacked`);
        state.out.skipped.push({ path, reason: 'archive-limit', detail: `compression ratio over ${state.limits.ratio}:1` });
        return false;
      }
      if (tooLarge(state, path, f.originalSize)) return false;
      return admit(state, archive, f.originalSize);
    },
  });
  state.out.notices.push(...refused);
  for (const [name, data] of Object.entries(files)) addMember(state, memberPath(archive, name), data, depth);
}

function openTar(state: State, archive: string, bytes: Uint8Array, depth: number): void {
  const members: Array<{ path: string; data: Uint8Array }> = [];
  let failure: string | undefined;
  const parser = new TarParser({
    strict: true,
    onwarn: (_code: string, message: string) => {
      failure ??= message;
    },
    onReadEntry: (entry) => {
      const path = memberPath(archive, entry.path);
      if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') {
        entry.resume();
        return;
      }
      if (tooLarge(state, path, entry.size) || !admit(state, archive, entry.size)) {
        entry.resume();
        return;
      }
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => members.push({ path, data: Buffer.concat(chunks) }));
    },
  });
  parser.on('error', (err: Error) => {
    failure ??= err.message;
  });
  // Handed the whole buffer, the parser emits every entry and its data before `end` returns.
  parser.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (failure !== undefined && members.length === 0) throw new Error(failure);
  if (failure !== undefined) state.out.notices.push(`${archive}: ${failure.slice(0, 120)}; the members after it were not scanned`);
  for (const m of members) addMember(state, m.path, m.data, depth);
}

function openGzip(state: State, archive: string, bytes: Uint8Array, depth: number): void {
  const room = Math.min(state.limits.totalBytes - state.bytes, Math.max(state.limits.memberBytes, RATIO_FLOOR) * state.limits.ratio);
  let data: Buffer;
  try {
    data = gunzipSync(bytes, { maxOutputLength: Math.max(1, room) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || (err as { code?: unknown }).code === zlibConstants.Z_BUF_ERROR) {
      state.out.notices.push(`${archive}: unpacks to more than ${room} bytes; not scanned`);
      state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `unpacks to more than ${room} bytes` });
      return;
    }
    throw err;
  }
  if (data.length > RATIO_FLOOR && data.length > bytes.length * state.limits.ratio) {
    state.out.notices.push(`${archive}: compression ratio over ${state.limits.ratio}:1 (a zip bomb?); not scanned`);
    state.out.skipped.push({ path: archive, reason: 'archive-limit', detail: `compression ratio over ${state.limits.ratio}:1` });
    return;
  }
  // `x.tar.gz`, `x.tgz`: a tar inside. `dump.sql.gz`: the one file inside, named without `.gz`.
  if (isTar(data.subarray(0, 512))) {
    openTar(state, archive, data, depth);
    return;
  }
  const inner = memberPath(archive, archive.replace(/^.*[/!]/, '').replace(/\.t?gz$/i, (m) => (m.toLowerCase() === '.tgz' ? '.tar' : '')));
  if (tooLarge(state, inner, data.length) || !admit(state, archive, data.length)) return;
  addMember(state, inner, data, depth);
}
