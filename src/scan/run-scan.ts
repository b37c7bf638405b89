import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../engine/index.js';
import { filterFiles, listFiles, type FileListing } from '../sources/files.js';
import type { Finding, ScanResult, ScanUnit } from '../types.js';
import { buildEngine } from './engine-spec.js';
import { tuneJit } from './jit-tuning.js';
import { scanBatch, ScanPool, type BatchResult, type EngineSpec, type ScanTask } from './parallel.js';
import { plannedThreads } from './workers.js';

export interface FileScanRequest {
  /** Absolute scan root: reported paths are relative to it. */
  root: string;
  /** Absolute files or directories. */
  targets: string[];
  /** The user's excludes (flags, config): they apply to every file. */
  exclude: readonly string[];
  /** Built-in excludes: they never drop a file named explicitly. */
  defaultExclude?: readonly string[];
  include?: readonly string[];
  maxFileSize: number;
}

/** Picks the scan root for the user's path arguments: the one directory given, else the cwd. */
export function scanRootFor(cwd: string, paths: string[]): { root: string; targets: string[] } {
  const targets = (paths.length ? paths : ['.']).map((p) => path.resolve(cwd, p));
  const only = targets.length === 1 ? targets[0]! : undefined;
  return { root: only !== undefined && isDirectory(only) ? only : cwd, targets };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.commit ?? '').localeCompare(b.commit ?? '') ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

/** Files of this size or more are scanned in parts, one per thread. */
const SPLIT_BYTES = 4 * 1024 * 1024;
/** Listings up to this many files are checked for large files (a stat each). */
const SPLIT_CHECK_FILES = 200;

function sizeOf(p: string): number {
  try {
    return lstatSync(p).size;
  } catch {
    return 0;
  }
}

/**
 * The scan's tasks: in a small listing, each large file becomes `threads` parts (first in the
 * list, so they start at once), so one 20 MB minified bundle is not left to one thread. Large
 * trees are not checked: their other files keep every thread busy meanwhile.
 */
function splitLargeFiles(files: string[], threads: number, maxFileSize: number): ScanTask[] {
  if (threads < 2 || files.length > SPLIT_CHECK_FILES) return files;
  const parts: ScanTask[] = [];
  const whole: ScanTask[] = [];
  for (const file of files) {
    const size = sizeOf(file);
    if (size >= SPLIT_BYTES && size <= maxFileSize) for (let part = 0; part < threads; part++) parts.push({ file, part, parts: threads });
    else whole.push(file);
  }
  return parts.length ? [...parts, ...whole] : files;
}

/** Scans whole files under the request's targets, on worker threads when it pays. */
export async function scanFiles(spec: EngineSpec, req: FileScanRequest): Promise<ScanResult> {
  const started = performance.now();
  const { root } = req;
  // Workers boot while the files are listed; a small scan closes them unused.
  // This thread scans too: `poolSize - 1` workers.
  const poolSize = req.targets.some((t) => isDirectory(t) || sizeOf(t) >= SPLIT_BYTES) ? plannedThreads(Number.MAX_SAFE_INTEGER) : 1;
  const pool = poolSize > 1 ? new ScanPool(spec, root, req.maxFileSize, poolSize - 1) : undefined;
  tuneJit();
  let listing: FileListing;
  let kept: string[];
  let scanned: BatchResult;
  let threads: number;
  let excluded: number;
  let namedButExcluded: string[];
  try {
    listing = await listFiles({ targets: req.targets });
    ({ kept, excluded, namedButExcluded } = filterFiles(root, listing, req));
    const tasks = pool ? splitLargeFiles(kept, poolSize, req.maxFileSize) : kept;
    threads = pool && (plannedThreads(kept.length) > 1 || tasks.length > kept.length) ? poolSize : 1;
    if (pool && threads > 1) scanned = await pool.run(tasks, buildEngine(spec));
    else {
      pool?.close();
      scanned = scanBatch(buildEngine(spec), root, kept, req.maxFileSize);
    }
  } catch (err) {
    pool?.close();
    throw err;
  }
  const notices: string[] = [...listing.notices];
  for (const rel of namedButExcluded) notices.push(`${rel} was named but matches an exclude glob; not scanned`);
  const { findings, bytes, files } = scanned;
  const skipped = scanned.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const s of skipped) {
    if (s.reason === 'too-large') notices.push(`skipped ${s.path}: larger than the size limit (${s.detail}); raise --max-file-size to scan it`);
    if (s.reason === 'unreadable') notices.push(`could not read ${s.path}: ${s.detail ?? 'unknown error'}`);
  }
  if (kept.length === 0 && listing.files.length > 0) notices.push(`all ${listing.files.length} files were excluded by globs; nothing was scanned`);
  return {
    findings: sortFindings(findings),
    skipped,
    stats: { files, bytes, skipped: skipped.length, durationMs: Math.round(performance.now() - started) },
    scope: `${files} files${excluded ? ` (${excluded} excluded)` : ''} via ${listing.via}${threads > 1 ? ` on ${threads} threads` : ''}`,
    notices,
  };
}

/** Scans units from any source (diffs, commits). */
export async function scanUnits(engine: Engine, units: AsyncIterable<ScanUnit>): Promise<Pick<ScanResult, 'findings' | 'stats'>> {
  tuneJit();
  const started = performance.now();
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  for await (const unit of units) {
    bytes += Buffer.byteLength(unit.text);
    if (unit.commit === undefined) seen.add(unit.path);
    else seen.add(`${unit.commit}:${unit.path}`);
    for (const f of engine.scanUnit(unit)) findings.push(f);
  }
  return {
    findings: sortFindings(findings),
    stats: { files: seen.size, bytes, skipped: 0, durationMs: Math.round(performance.now() - started) },
  };
}
