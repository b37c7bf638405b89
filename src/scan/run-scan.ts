import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../engine/index.js';
import { fileFilter, listFiles, type FileListing } from '../sources/files.js';
import type { ScanProgress } from './progress.js';
import type { Finding, ScanResult, ScanUnit } from '../types.js';
import type { JsonShape } from '../suppress/json-shape.js';
import { compareCodeUnits } from '../strings.js';
import { buildEngine } from './engine-spec.js';
import { tuneJit } from './jit-tuning.js';
import { scanBatch, ScanPool, TAIL_FILES, type BatchResult, type EngineSpec, type ScanTask } from './parallel.js';
import { plannedThreads } from './workers.js';
import { scanArchiveFiles } from './scan-archives.js';

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
  /** Counters the thread pool keeps current while it scans (the CLI's progress line). */
  progress?: ScanProgress;
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

/** Findings by commit, file, line, column, rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  const cmp = compareCodeUnits;
  return findings.sort((a, b) => cmp(a.commit ?? '', b.commit ?? '') || cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule));
}

/** In a small listing, files of this size or more are scanned in parts, one per thread. */
const SPLIT_BYTES = 4 * 1024 * 1024;
/** Among the last files of a large listing, files of this size or more are scanned in parts. */
const TAIL_SPLIT_BYTES = 512 * 1024;
/** Listings up to this many files are planned as a whole (a stat each). */
const SPLIT_CHECK_FILES = 200;

function sizeOf(p: string): number {
  try {
    return lstatSync(p).size;
  } catch {
    return 0;
  }
}

/**
 * Tasks for `threads` threads (a stat per file): the largest files first, so that the threads
 * end on small ones together, and each file of `splitFrom` bytes or more as `threads` parts,
 * so that one large file (a 20 MB minified bundle, a slow file last) is not left to one
 * thread. Files over the size limit go last: they are only reported.
 */
function planTasks(files: readonly string[], threads: number, maxFileSize: number, splitFrom: number): ScanTask[] {
  const sized = files.map((file) => {
    const size = sizeOf(file);
    return { file, size: size > maxFileSize ? -1 : size };
  });
  sized.sort((a, b) => b.size - a.size);
  const tasks: ScanTask[] = [];
  for (const { file, size } of sized) {
    if (size >= splitFrom) for (let part = 0; part < threads; part++) tasks.push({ file, part, parts: threads });
    else tasks.push(file);
  }
  return tasks;
}

/**
 * Kept files the listing must reach before workers get any while it goes on: below this, the
 * scan may stay on this thread (plannedThreads), and is planned as a whole (planTasks). The
 * last TAIL_FILES listed are held back, to be planned at the end (largest first, parts).
 */
const STREAM_FROM = SPLIT_CHECK_FILES + 1 + TAIL_FILES;

/** A scan of files: a ScanResult, and what the JSON files with findings are (see `BatchResult.jsonShapes`). */
export interface FileScanResult extends ScanResult {
  jsonShapes: ReadonlyMap<string, JsonShape>;
}

/** Scans whole files under the request's targets, on worker threads when it pays. */
export async function scanFiles(spec: EngineSpec, req: FileScanRequest): Promise<FileScanResult> {
  const started = performance.now();
  const { root } = req;
  // Workers boot while the files are listed; a small scan closes them unused.
  // This thread scans too: `poolSize - 1` workers. Many files named one by one (`xargs`) are a
  // tree too.
  const many = req.targets.length > SPLIT_CHECK_FILES;
  const poolSize = many || req.targets.some((t) => isDirectory(t) || sizeOf(t) >= SPLIT_BYTES) ? plannedThreads(Number.MAX_SAFE_INTEGER) : 1;
  const pool = poolSize > 1 ? new ScanPool(spec, root, req.maxFileSize, poolSize - 1, req.progress) : undefined;
  tuneJit();
  let listing: FileListing;
  const kept: string[] = [];
  const filter = fileFilter(root, req);
  /** Kept files already handed to the workers while the listing went on. */
  let streamed = 0;
  let scanned: BatchResult;
  let threads: number;
  try {
    listing = await listFiles({
      targets: req.targets,
      sink: (files, explicit) => {
        for (const f of files) if (filter.keep(f, explicit.has(f))) kept.push(f);
        // A large tree: the workers start on its first files while the rest is listed.
        if (pool && kept.length >= STREAM_FROM) {
          pool.add(kept.slice(streamed, kept.length - TAIL_FILES));
          streamed = kept.length - TAIL_FILES;
        }
      },
    });
    if (pool && streamed > 0) {
      threads = poolSize;
      scanned = await pool.run(planTasks(kept.slice(streamed), poolSize, req.maxFileSize, TAIL_SPLIT_BYTES), () => buildEngine(spec));
    } else {
      const tasks = pool && kept.length <= SPLIT_CHECK_FILES ? planTasks(kept, poolSize, req.maxFileSize, SPLIT_BYTES) : kept;
      threads = pool && (plannedThreads(kept.length) > 1 || tasks.length > kept.length) ? poolSize : 1;
      if (pool && threads > 1) scanned = await pool.run(tasks, () => buildEngine(spec));
      else {
        pool?.close();
        scanned = scanBatch(buildEngine(spec), root, kept, req.maxFileSize);
      }
    }
    // Archives, on this thread: their libraries load only when a scan meets one.
    if (scanned.archives.length) await scanArchiveFiles(buildEngine(spec), root, scanned.archives, req.maxFileSize, scanned);
  } catch (err) {
    pool?.close();
    throw err;
  }
  const { excluded, namedButExcluded } = filter;
  const notices: string[] = [...listing.notices, ...scanned.notices.sort(compareCodeUnits)];
  for (const rel of namedButExcluded) notices.push(`${rel} was named but matches an exclude glob; not scanned`);
  const { findings, bytes, files } = scanned;
  // Excluded files are a skipped class too: counted in the summary, listed with -v.
  for (const e of filter.excludedFiles) scanned.skipped.push({ path: e.path, reason: 'excluded', detail: e.by === 'default' ? 'default exclude' : 'exclude/include glob' });
  if (excluded > filter.excludedFiles.length) notices.push(`${excluded - filter.excludedFiles.length} more excluded files not listed`);
  const skipped = scanned.skipped.sort((a, b) => compareCodeUnits(a.path, b.path));
  for (const s of skipped) {
    const tooLarge = `skipped ${s.path}: larger than the size limit (${s.detail}); raise --max-file-size to scan it`;
    // Archive members over the limit said so already (src/sources/archives.ts).
    if (s.reason === 'too-large' && !notices.includes(tooLarge)) notices.push(tooLarge);
    if (s.reason === 'unreadable') notices.push(`could not read ${s.path}: ${s.detail ?? 'unknown error'}`);
  }
  if (kept.length === 0 && listing.files.length > 0) notices.push(`all ${listing.files.length} files were excluded by globs; nothing was scanned`);
  return {
    jsonShapes: new Map(scanned.jsonShapes),
    findings: sortFindings(findings),
    skipped,
    stats: { files, bytes, skipped: skipped.length + Math.max(0, excluded - filter.excludedFiles.length), durationMs: Math.round(performance.now() - started) },
    scope: `${files} ${files === 1 ? 'file' : 'files'}${excluded ? ` (${excluded} excluded)` : ''} via ${listing.via}${threads > 1 ? ` on ${threads} threads` : ''}`,
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
