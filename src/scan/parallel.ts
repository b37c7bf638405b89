import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { KeylintConfig } from '../config/schema.js';
import { SecretValue } from '../secret.js';
import { readUnit } from '../sources/files.js';
import { buildEngine } from './engine-spec.js';
import type { Finding, SkippedFile } from '../types.js';

/**
 * Whole-file scans spread over worker threads. A worker is the same bundle started again
 * (the entry point registers itself with `registerWorkerEntry`), so no extra file ships.
 * Engine options hold functions, so workers rebuild the engine from the plain config.
 *
 * Raw secret values cross the thread boundary in memory (structured clone) and are wrapped
 * in a SecretValue again on arrival; they are never written anywhere.
 */

export interface EngineSpec {
  config: KeylintConfig;
  disabledRules: string[];
}

interface WorkerInit {
  keylintScanWorker: true;
  spec: EngineSpec;
  root: string;
  maxFileSize: number;
}

type WireFinding = Omit<Finding, 'secret'> & { raw: string };

interface BatchResult {
  findings: WireFinding[];
  skipped: SkippedFile[];
  bytes: number;
  files: number;
}

type ToWorker = { type: 'batch'; files: string[] } | { type: 'done' };
type FromWorker = { type: 'ready' } | ({ type: 'result' } & BatchResult) | { type: 'error'; message: string };

let workerEntry: string | undefined;

/** Called by a bundled entry point (CLI, Action) with its own file: enables worker threads. */
export function registerWorkerEntry(file: string): void {
  workerEntry = file;
}

/** True in a thread started by `scanInWorkers`; the entry point then runs `runScanWorker`. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInit> | null)?.keylintScanWorker === true;
}

/** How many threads a scan of `files` files should use; 0 means scan in this thread. */
export function plannedWorkers(files: number): number {
  if (!workerEntry || files < 200) return 0;
  const env = Number(process.env['KEYLINT_THREADS']);
  const n = Number.isInteger(env) && env >= 0 ? env : availableParallelism();
  return Math.max(0, Math.min(n, 8, Math.ceil(files / 100)));
}

const BATCH_FILES = 32;

export interface ParallelResult {
  findings: Finding[];
  skipped: SkippedFile[];
  bytes: number;
  files: number;
}

export async function scanInWorkers(files: string[], root: string, maxFileSize: number, spec: EngineSpec, threads: number): Promise<ParallelResult> {
  const out: ParallelResult = { findings: [], skipped: [], bytes: 0, files: 0 };
  let next = 0;
  const take = (): string[] | undefined => {
    if (next >= files.length) return undefined;
    const batch = files.slice(next, next + BATCH_FILES);
    next += batch.length;
    return batch;
  };
  const init: WorkerInit = { keylintScanWorker: true, spec, root, maxFileSize };
  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // A bounded old generation makes V8 collect early instead of growing: peak RSS stays
      // near 200 MB with two threads. Room for the largest file a scan may read (as text).
      const maxOldGenerationSizeMb = 48 + Math.ceil((3 * maxFileSize) / (1024 * 1024));
      const w = new Worker(workerEntry!, { workerData: init, resourceLimits: { maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 8 } });
      const send = (): void => {
        const batch = take();
        w.postMessage((batch ? { type: 'batch', files: batch } : { type: 'done' }) satisfies ToWorker);
      };
      w.on('message', (msg: FromWorker) => {
        if (msg.type === 'error') {
          reject(new Error(msg.message));
          void w.terminate();
          return;
        }
        if (msg.type === 'result') {
          for (const f of msg.findings) {
            const { raw, ...rest } = f;
            out.findings.push({ ...rest, secret: new SecretValue(raw) });
          }
          out.skipped.push(...msg.skipped);
          out.bytes += msg.bytes;
          out.files += msg.files;
        }
        send();
      });
      w.on('error', (err) => reject(err));
      w.on('exit', () => resolve());
    });
  await Promise.all(Array.from({ length: threads }, runOne));
  return out;
}

/** The worker side: rebuilds the engine, then scans batches until told it is done. */
export function runScanWorker(): void {
  const init = workerData as WorkerInit;
  const port = parentPort!;
  try {
    const engine = buildEngine(init.spec);
    port.on('message', (msg: ToWorker) => {
      if (msg.type === 'done') {
        port.close();
        return;
      }
      try {
        const res: BatchResult = { findings: [], skipped: [], bytes: 0, files: 0 };
        for (const file of msg.files) {
          const o = readUnit(init.root, file, init.maxFileSize);
          res.bytes += o.bytes;
          if (o.skipped) {
            res.skipped.push(o.skipped);
            continue;
          }
          res.files++;
          for (const f of engine.scanUnit(o.unit!)) {
            const { secret, ...rest } = f;
            res.findings.push({ ...rest, raw: secret.reveal() });
          }
        }
        port.postMessage({ type: 'result', ...res } satisfies FromWorker);
      } catch (err) {
        port.postMessage({ type: 'error', message: String((err as Error)?.message ?? err) } satisfies FromWorker);
      }
    });
    port.postMessage({ type: 'ready' } satisfies FromWorker);
  } catch (err) {
    port.postMessage({ type: 'error', message: String((err as Error)?.message ?? err) } satisfies FromWorker);
  }
}
