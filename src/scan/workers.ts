import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

/*
 * Starting scan worker threads. Kept free of the engine and of every other keylint module, so
 * that the CLI entry can start workers before it loads the rest of the CLI: a worker then
 * boots (~40 ms) while this thread loads its bundle, instead of while it lists and scans.
 */

/** What a scan worker thread is started with; everything else arrives in its `setup` message. */
export interface WorkerInit {
  keylintScanWorker: true;
}

let workerEntry: string | undefined;

/**
 * Called by a bundled entry point (CLI, Action) with its own file and the slim worker bundle's
 * path (dist/cli/scan-worker.js): enables worker threads. Without the slim bundle, workers run
 * the entry bundle itself, which then calls `runScanWorker`.
 */
export function registerWorkerEntry(self: string, slimWorker: string): void {
  workerEntry = existsSync(slimWorker) ? slimWorker : self;
}

/** True in a scan worker thread started from the entry bundle itself. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.keylintScanWorker === true;
}

/**
 * How many threads a scan of `files` files should use; 1 means this thread alone, more means
 * that many threads (this one included). `KEYLINT_THREADS` overrides the CPU count (0 or 1: one thread).
 */
export function plannedThreads(files: number): number {
  if (!workerEntry || files < 200) return 1;
  const env = Number(process.env['KEYLINT_THREADS']);
  const n = Number.isInteger(env) && env >= 0 ? env : availableParallelism();
  return Math.max(1, Math.min(n, 8, Math.ceil(files / 100)));
}

/** A worker's old-generation limit for a scan whose largest file is `maxFileSize` bytes. */
export function oldGenerationMbFor(maxFileSize: number): number {
  // A bounded old generation makes V8 collect early instead of growing: peak RSS stays under
  // 200 MB. Room for the largest file a scan may read (as text).
  return 40 + Math.ceil((3 * maxFileSize) / (1024 * 1024));
}

/** The default --max-file-size; prestarted workers are sized for it or for the one given. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

interface Started {
  worker: Worker;
  oldGenerationMb: number;
  /** Failed or exited before a scan took it (e.g. a broken scan-worker.js). */
  dead: boolean;
  /** Removes the prestart listeners (the scan's own take over). */
  forget: () => void;
}

let prestarted: Started[] = [];

let workerFlagsSet = false;

/**
 * Scan workers run V8's optimizing compiler on their own thread, not on a background one. The
 * flag applies to isolates created after it is set, so to the workers only (and it does not
 * touch Node's built-in code cache: a worker boots as fast). A scan keeps both cores busy, so
 * a background compile only took CPU from a scan thread while its function ran unoptimized for
 * longer. Two threads, medians of 9: 200 MB 968 → 938 ms, 100 MB 574 → 560 ms; 50 MB and the
 * 20 MB single line unchanged.
 */
function setWorkerFlags(): void {
  if (workerFlagsSet) return;
  workerFlagsSet = true;
  setFlagsFromString('--no-concurrent-recompilation');
}

function start(oldGenerationMb: number): Worker {
  setWorkerFlags();
  return new Worker(workerEntry!, {
    workerData: { keylintScanWorker: true } satisfies WorkerInit,
    resourceLimits: { maxOldGenerationSizeMb: oldGenerationMb, maxYoungGenerationSizeMb: 4 },
  });
}

/**
 * Starts the worker threads a whole-tree scan would use, before the scan is even parsed, sized
 * for files up to `maxFileSize` bytes (a scan with larger ones starts fresh workers). They
 * do not keep the process alive; a run that does not use them (a small scan, a diff) just
 * leaves them idle.
 */
export function prestartScanWorkers(maxFileSize = DEFAULT_MAX_FILE_SIZE): void {
  const n = plannedThreads(Number.MAX_SAFE_INTEGER) - 1;
  const oldGenerationMb = oldGenerationMbFor(Math.max(maxFileSize, DEFAULT_MAX_FILE_SIZE));
  for (let i = 0; i < n; i++) {
    const worker = start(oldGenerationMb);
    worker.unref();
    // Until a scan takes it, a failure is only noted: the scan then starts a fresh worker,
    // whose failure it reports.
    const died = (): void => {
      started.dead = true;
    };
    const started: Started = {
      worker,
      oldGenerationMb,
      dead: false,
      forget: () => {
        worker.off('error', died);
        worker.off('exit', died);
      },
    };
    worker.on('error', died);
    worker.on('exit', died);
    prestarted.push(started);
  }
}

/** `n` worker threads for a scan whose largest file is `maxFileSize` bytes: prestarted ones if they fit, else new. */
export function takeWorkers(n: number, maxFileSize: number): Worker[] {
  const need = oldGenerationMbFor(maxFileSize);
  const fit = prestarted.filter((p) => !p.dead && p.oldGenerationMb >= need).slice(0, n);
  for (const p of prestarted) if (!fit.includes(p)) void p.worker.terminate();
  prestarted = [];
  const workers: Worker[] = [];
  for (const p of fit) {
    p.forget();
    p.worker.ref();
    workers.push(p.worker);
  }
  while (workers.length < n) workers.push(start(need));
  return workers;
}
