import { statSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../engine/index.js';
import { filterFiles, listFiles, type FileListing } from '../sources/files.js';
import type { Finding, ScanResult, ScanUnit } from '../types.js';
import { buildEngine } from './engine-spec.js';
import { tuneJit } from './jit-tuning.js';
import { scanBatch, ScanPool, type BatchResult, type EngineSpec } from './parallel.js';
import { plannedThreads } from './workers.js';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

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

/** Scans whole files under the request's targets, on worker threads when it pays. */
export async function scanFiles(spec: EngineSpec, req: FileScanRequest): Promise<ScanResult> {
  const started = performance.now();
  const { root } = req;
  // Workers boot while the files are listed; a small scan closes them unused.
  // This thread scans too: `poolSize - 1` workers.
  const poolSize = req.targets.some(isDirectory) ? plannedThreads(Number.MAX_SAFE_INTEGER) : 1;
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
    threads = pool && plannedThreads(kept.length) > 1 ? poolSize : 1;
    if (pool && threads > 1) scanned = await pool.run(kept, buildEngine(spec));
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
