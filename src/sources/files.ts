import { spawnSync } from 'node:child_process';
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { compileGlobs } from '../config/paths.js';
import type { ScanUnit, SkippedFile } from '../types.js';
import { UsageError } from '../types.js';
import { decodeBytes } from './decode.js';

export interface FileSourceOptions {
  /** Absolute scan root; reported paths are relative to it. */
  root: string;
  /** Absolute files or directories to scan (inside or equal to root). */
  targets: string[];
  /** minimatch globs relative to root; a match on any excludes the file. */
  exclude: readonly string[];
  /** When non-empty, only files matching one of these globs are scanned. */
  include?: readonly string[];
  /** Files larger than this are skipped with a notice. */
  maxFileSize: number;
}

export interface FileListing {
  files: string[];
  /** Whether the listing came from git (tracked + untracked-not-ignored) or the filesystem. */
  via: 'git' | 'filesystem' | 'git and filesystem';
  /** Files named explicitly on the command line (never dropped by default excludes). */
  explicit: Set<string>;
  notices: string[];
}

/** Forward-slash path relative to root. */
export function relativePath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.split(path.sep).join('/');
}

function gitListing(dir: string): string[] | undefined {
  const probe = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || probe.stdout.trim() !== 'true') return undefined;
  const res = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], {
    cwd: dir,
    maxBuffer: 1 << 30,
  });
  if (res.error || res.status !== 0) return undefined;
  return res.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((p) => path.join(dir, p));
}

/** The files under `dir`. Synchronous: fast-glob's async walk is 3-4× slower here. */
function walk(dir: string): string[] {
  const entries = fg.sync('**/*', {
    cwd: dir,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    absolute: true,
    ignore: ['**/.git/**'],
    suppressErrors: true,
  });
  return entries.map((f) => path.normalize(f));
}

/**
 * Lists the files under the targets: git's view (tracked + untracked-not-ignored) in a work
 * tree, else the filesystem. A directory the user named that git ignores entirely is walked on
 * the filesystem instead, with a notice: asking for a folder and silently scanning nothing
 * would be a silent pass.
 */
export async function listFiles(opts: Pick<FileSourceOptions, 'targets'>): Promise<FileListing> {
  const out = new Set<string>();
  const explicit = new Set<string>();
  const notices: string[] = [];
  const vias = new Set<'git' | 'filesystem'>();
  for (const target of opts.targets) {
    let st;
    try {
      st = await stat(target);
    } catch {
      throw new UsageError(`path not found: ${target}`);
    }
    if (!st.isDirectory()) {
      out.add(target);
      explicit.add(target);
      continue;
    }
    const fromGit = gitListing(target);
    if (fromGit && fromGit.length > 0) {
      vias.add('git');
      for (const f of fromGit) out.add(f);
      continue;
    }
    const walked = walk(target);
    vias.add('filesystem');
    if (fromGit && walked.length > 0) {
      notices.push(`${target} is ignored by git (git lists none of its files); scanned its ${walked.length} files from the filesystem`);
    }
    for (const f of walked) out.add(f);
  }
  const via = vias.size === 2 ? 'git and filesystem' : vias.has('filesystem') ? 'filesystem' : 'git';
  return { files: [...out].sort(), via, explicit, notices };
}

export interface ReadOutcome {
  unit?: ScanUnit;
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
      // A binary over the limit is just a binary: no "raise --max-file-size" advice for it.
      if (isBinaryFile(file)) return { skipped: { path: rel, reason: 'binary' }, bytes: 0 };
      return { skipped: { path: rel, reason: 'too-large', detail: `${ls.size} bytes > limit ${maxFileSize}` }, bytes: 0 };
    }
    const buf = readUnlessBinary(file, ls.size);
    if (buf === undefined) return { skipped: { path: rel, reason: 'binary' }, bytes: ls.size };
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

function isBinaryFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    return looksBinary(shared.subarray(0, readSync(fd, shared, 0, SNIFF_BYTES, 0)));
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, or undefined when its first 8 KB show it is binary (a NUL byte and no
 * UTF-16 byte-order mark): binaries (.so, .pyc, images) are not read in full.
 * The result may be a view of a shared buffer: decode it before the next call.
 */
function readUnlessBinary(file: string, size: number): Buffer | undefined {
  const fd = openSync(file, 'r');
  try {
    const buf = size <= SHARED_BYTES ? shared : Buffer.allocUnsafe(size);
    const head = readSync(fd, buf, 0, Math.min(SNIFF_BYTES, size), 0);
    if (looksBinary(buf.subarray(0, head))) return undefined;
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

/**
 * Applies include/exclude globs. Default excludes never drop a file the user named explicitly;
 * a named file that the user's own globs drop is reported in `namedButExcluded`.
 */
export function filterFiles(
  root: string,
  listing: Pick<FileListing, 'files' | 'explicit'>,
  globs: { exclude: readonly string[]; defaultExclude?: readonly string[]; include?: readonly string[] },
): { kept: string[]; excluded: number; namedButExcluded: string[] } {
  const isExcluded = compileGlobs(globs.exclude);
  const isDefault = compileGlobs(globs.defaultExclude ?? []);
  const isIncluded = globs.include?.length ? compileGlobs(globs.include) : () => true;
  const kept: string[] = [];
  const namedButExcluded: string[] = [];
  let excluded = 0;
  for (const f of listing.files) {
    const rel = relativePath(root, f);
    const named = listing.explicit.has(f);
    if (isExcluded(rel) || !isIncluded(rel) || (!named && isDefault(rel))) {
      excluded++;
      if (named) namedButExcluded.push(rel);
    } else kept.push(f);
  }
  return { kept, excluded, namedButExcluded };
}
