import { parentPort, type Worker } from 'node:worker_threads';
import type { ScanProgress } from './progress.js';
import type { KeylintConfig } from '../config/schema.js';
import { prepareBuiltinRules, type Engine, type TextRange } from '../engine/index.js';
import { SecretValue } from '../secret.js';
import { readUnit } from '../sources/read-file.js';
import { JSON_FILE, jsonShapeOf, type JsonShape } from '../suppress/json-shape.js';
import { buildEngine } from './engine-spec.js';
import type { Finding, FindingPair, SkippedFile } from '../types.js';
import { takeWorkers } from './workers.js';

/**
 * Whole-file scans spread over this thread and worker threads. A worker runs the slim worker
 * bundle (`dist/cli/scan-worker.js`: engine and file reader) next to the entry bundle, or, when
 * that file is missing, the entry bundle itself (it then calls `runScanWorker`).
 * Engine options hold functions, so workers rebuild the engine from the plain config.
 *
 * Raw secret values cross the thread boundary in memory (structured clone) and are wrapped
 * in a SecretValue again on arrival; they are never written anywhere.
 */

export interface EngineSpec {
  config: KeylintConfig;
  disabledRules: string[];
}

type WirePair = Omit<FindingPair, 'secret'> & { raw: string };
type WireFinding = Omit<Finding, 'secret' | 'pair'> & { raw: string; pair?: WirePair };

/** A finding as posted between threads (structured clone drops a SecretValue's private field). */
function toWire({ secret, pair, ...rest }: Finding): WireFinding {
  const out: WireFinding = { ...rest, raw: secret.reveal() };
  if (pair) {
    const { secret: pairSecret, ...pairRest } = pair;
    out.pair = { ...pairRest, raw: pairSecret.reveal() };
  }
  return out;
}

function fromWire({ raw, pair, ...rest }: WireFinding): Finding {
  const out: Finding = { ...rest, secret: new SecretValue(raw) };
  if (pair) {
    const { raw: pairRaw, ...pairRest } = pair;
    out.pair = { ...pairRest, secret: new SecretValue(pairRaw) };
  }
  return out;
}

type WireBatch = Omit<BatchResult, 'findings'> & { findings: WireFinding[] };

type ToWorker =
  | {
      type: 'setup';
      spec: EngineSpec;
      root: string;
      maxFileSize: number;
      /** One Int32: the index of the next file to claim, shared by every thread of the scan. */
      cursor: SharedArrayBuffer;
    }
  /** More tasks, in list order; `last` on the final ones. */
  | { type: 'files'; files: ScanTask[]; last: boolean };
type FromWorker = ({ type: 'result' } & WireBatch) | { type: 'done' } | { type: 'error'; message: string };

/**
 * Files a thread claims at a time: a few, each claim being one atomic operation; one at a time
 * for the list's last files, so that the threads finish together (a thread that claimed a
 * batch of large files last would leave the others idle).
 */
const BATCH_FILES = 8;
export const TAIL_FILES = 64;

/**
 * Claims the next tasks from the shared cursor: a part of a large file alone (each part goes to
 * whichever thread is free), else a batch of files up to the next part, or one file in the
 * tail of a `complete` list; undefined when none is left of the tasks this thread has (more
 * may be on their way to it).
 */
function claim(cursor: Int32Array, tasks: readonly ScanTask[], complete: boolean): ScanTask[] | undefined {
  for (;;) {
    const from = Atomics.load(cursor, 0);
    if (from >= tasks.length) return undefined;
    let to = from + 1;
    if (typeof tasks[from] === 'string' && (!complete || tasks.length - from > TAIL_FILES)) {
      const end = Math.min(from + BATCH_FILES, tasks.length);
      while (to < end && typeof tasks[to] === 'string') to++;
    }
    if (Atomics.compareExchange(cursor, 0, from, to) === from) return tasks.slice(from, to);
  }
}

export interface BatchResult {
  findings: Finding[];
  skipped: SkippedFile[];
  /** Archives that could not be read or hit a bound. */
  notices: string[];
  /** Archive files met (absolute paths): scan-archives.ts opens them on the main thread. */
  archives: string[];
  /**
   * The JSON files with findings (relative paths) and what they are (a peer tool's file, a
   * gitleaks report), read off the scanned text: the suppressions need not read them again.
   */
  jsonShapes: Array<[string, JsonShape]>;
  bytes: number;
  files: number;
}

/**
 * A file to scan, or one of the `parts` equal parts of a large file: the threads that take its
 * parts each read the file and scan their part (a 20 MB minified bundle is not left to one
 * thread). Part 0 accounts for the file (bytes, skip reason).
 */
export type ScanTask = string | { file: string; part: number; parts: number };

/** Reads and scans a batch of files or file parts in this thread. */
export function scanBatch(engine: Engine, root: string, tasks: readonly ScanTask[], maxFileSize: number, into?: BatchResult): BatchResult {
  const res: BatchResult = into ?? { findings: [], skipped: [], notices: [], archives: [], jsonShapes: [], bytes: 0, files: 0 };
  for (const task of tasks) {
    const whole = typeof task === 'string';
    const o = readUnit(root, whole ? task : task.file, maxFileSize);
    const first = whole || task.part === 0;
    if (first) res.bytes += o.bytes;
    if (o.skipped) {
      if (first) res.skipped.push(o.skipped);
      continue;
    }
    if (o.archive) {
      // Archives are opened afterwards, on the main thread (by whoever had part 0).
      if (first) res.archives.push(whole ? task : task.file);
      continue;
    }
    const unit = o.unit!;
    if (first) res.files++;
    const found = whole ? engine.scanUnit(unit) : engine.scanUnit(unit, partOf(unit.text.length, task.part, task.parts));
    for (const f of found) res.findings.push(f);
    if (found.length > 0 && JSON_FILE.test(unit.path)) res.jsonShapes.push([unit.path, jsonShapeOf(unit.text)]);
  }
  return res;
}

function partOf(length: number, part: number, parts: number): TextRange {
  return { from: Math.floor((length * part) / parts), to: part === parts - 1 ? length : Math.floor((length * (part + 1)) / parts) };
}

/**
 * Worker threads that scan whole files. Every thread (this one too, when `run` gets an engine)
 * claims batches of files from one shared atomic cursor, so a worker never waits for this
 * thread's event loop, which is busy while this thread scans a file.
 * Start the pool before listing the files (a worker boots in ~35 ms; it overlaps the listing),
 * `add` files while they are being listed (workers start on them at once), then `run` the
 * rest. On two cores, this thread plus one worker beat two workers on every tree measured
 * (time and peak RSS: one isolate fewer to boot and to hold).
 */
export class ScanPool {
  readonly #workers: Worker[] = [];
  readonly #done: boolean[] = [];
  readonly #out: BatchResult = { findings: [], skipped: [], notices: [], archives: [], jsonShapes: [], bytes: 0, files: 0 };
  readonly #cursorBuffer = new SharedArrayBuffer(4);
  readonly #cursor = new Int32Array(this.#cursorBuffer);
  readonly #files: ScanTask[] = [];
  /** Set by `run`: the list is complete, and this thread may claim from it. */
  #complete = false;
  /** Workers that said they are done (their last result came before). */
  #finished = 0;
  #failure: Error | undefined;
  /** 1 while this thread is scanning batches too. */
  #pending = 0;
  readonly #root: string;
  readonly #maxFileSize: number;
  #settle: { resolve: (r: BatchResult) => void; reject: (e: Error) => void } | undefined;

  readonly #progress: ScanProgress | undefined;

  constructor(spec: EngineSpec, root: string, maxFileSize: number, threads: number, progress?: ScanProgress) {
    this.#progress = progress;
    this.#root = root;
    this.#maxFileSize = maxFileSize;
    const workers = takeWorkers(threads, maxFileSize);
    for (let i = 0; i < workers.length; i++) {
      const w = workers[i]!;
      this.#workers.push(w);
      this.#done.push(false);
      w.on('message', (msg: FromWorker) => this.#onMessage(i, msg));
      w.on('error', (err) => this.#fail(new Error(`a scan worker thread failed: ${err.message}`)));
      w.on('exit', () => this.#onExit(i));
      w.postMessage({ type: 'setup', spec, root, maxFileSize, cursor: this.#cursorBuffer } satisfies ToWorker);
    }
  }

  /** Hands workers more files while the list is still being made (no parts of large files). */
  add(files: readonly string[]): void {
    this.#push(files, false);
  }

  /**
   * Adds the last tasks (parts of large files among them) and scans them all, in this thread
   * too when given an engine maker (called once the tasks are posted: the workers start on
   * them while this thread builds its engine); resolves when all is done. Call once.
   */
  run(files: readonly ScanTask[], makeEngine?: () => Engine): Promise<BatchResult> {
    this.#push(files, true);
    this.#complete = true;
    const done = new Promise<BatchResult>((resolve, reject) => {
      this.#settle = { resolve, reject };
    });
    if (this.#failure) this.#fail(this.#failure);
    else if (makeEngine) void this.#scanHere(makeEngine());
    return done;
  }

  /** This thread claims batches too, yielding to the event loop between them to take in results. */
  async #scanHere(engine: Engine): Promise<void> {
    this.#pending++;
    try {
      for (let batch = this.#claim(); batch; batch = this.#claim()) {
        scanBatch(engine, this.#root, batch, this.#maxFileSize, this.#out);
        this.#report();
        await new Promise<void>((r) => setImmediate(r));
      }
    } catch (err) {
      this.#fail(err as Error);
    } finally {
      this.#pending--;
      this.#maybeDone();
    }
  }

  #push(files: readonly ScanTask[], last: boolean): void {
    for (const f of files) this.#files.push(f);
    // A worker still booting gets the message once it listens: no handshake, so a worker
    // never waits for this thread's event loop (busy listing or scanning) to hear it is ready.
    // Sent before this thread scans its first batch.
    for (const w of this.#workers) w.postMessage({ type: 'files', files: files as ScanTask[], last } satisfies ToWorker);
  }

  /** Stops every worker (also when `run` was never called). */
  close(): void {
    for (const w of this.#workers) void w.terminate();
  }

  #claim(): ScanTask[] | undefined {
    return this.#complete && !this.#failure ? claim(this.#cursor, this.#files, true) : undefined;
  }

  #onMessage(i: number, msg: FromWorker): void {
    if (msg.type === 'error') return this.#fail(new Error(`a scan worker thread failed: ${msg.message}`));
    if (msg.type === 'done') {
      this.#finished++;
      this.#done[i] = true;
      return this.#maybeDone();
    }
    const out = this.#out;
    for (const f of msg.findings) out.findings.push(fromWire(f));
    out.skipped.push(...msg.skipped);
    out.notices.push(...msg.notices);
    out.archives.push(...msg.archives);
    out.jsonShapes.push(...msg.jsonShapes);
    out.bytes += msg.bytes;
    out.files += msg.files;
    this.#report();
  }

  #report(): void {
    const p = this.#progress;
    if (!p) return;
    p.files = this.#out.files;
    p.bytes = this.#out.bytes;
    p.findings = this.#out.findings.length;
  }

  /** A worker that exits before saying it is done (killed, out of memory) fails the scan. */
  #onExit(i: number): void {
    if (!this.#done[i] && this.#settle) this.#fail(new Error('a scan worker thread stopped before the scan was done'));
  }

  /** Resolves once this thread and every worker are done: no wait for the workers' exit. */
  #maybeDone(): void {
    if (this.#finished < this.#workers.length || this.#pending > 0 || this.#failure || !this.#settle) return;
    if (Atomics.load(this.#cursor, 0) < this.#files.length) return this.#fail(new Error('a scan thread stopped before the scan was done'));
    this.#settle.resolve(this.#out);
  }

  #fail(err: Error): void {
    this.#failure ??= err;
    if (!this.#settle) return;
    this.#settle.reject(this.#failure);
    this.close();
  }
}

/**
 * The worker side: builds the engine from the `setup` message, then, as files arrive, claims
 * and scans batches of the ones it has until none is left, posting each batch's result; after
 * the last files, says it is done and exits.
 */
export function runScanWorker(): void {
  const port = parentPort!;
  const fail = (err: unknown): void => port.postMessage({ type: 'error', message: String((err as Error)?.message ?? err) } satisfies FromWorker);
  let setup: { engine: Engine; root: string; maxFileSize: number; cursor: Int32Array } | undefined;
  const tasks: ScanTask[] = [];
  port.on('message', (msg: ToWorker) => {
    try {
      if (msg.type === 'setup') {
        setup = { engine: buildEngine(msg.spec), root: msg.root, maxFileSize: msg.maxFileSize, cursor: new Int32Array(msg.cursor) };
        return;
      }
      if (!setup) throw new Error('files before setup');
      const { engine, root, maxFileSize, cursor } = setup;
      for (const t of msg.files) tasks.push(t);
      for (let batch = claim(cursor, tasks, msg.last); batch; batch = claim(cursor, tasks, msg.last)) {
        const res = scanBatch(engine, root, batch, maxFileSize);
        const findings = res.findings.map(toWire);
        port.postMessage({ type: 'result', ...res, findings } satisfies FromWorker);
      }
      if (!msg.last) return;
      port.postMessage({ type: 'done' } satisfies FromWorker);
    } catch (err) {
      fail(err);
    }
    port.close();
  });
  // Most scans use the built-in rules as they are: compiled now, while the main thread loads
  // and lists, the engine the setup message asks for is ready at once (the message waits).
  prepareBuiltinRules();
}
