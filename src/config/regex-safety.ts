import { Worker } from 'node:worker_threads';
import {
  allChars, contains, firstChars, intersects, nullable, parseRegex, unwrap, walk,
  type CharSet, type RegexNode,
} from './regex-ast.js';

/**
 * ReDoS guard for regexes that come from a config file (custom rules, allow regexes).
 *
 * 1. A conservative static check: a group repeated without a small bound must not contain
 *    another variable quantifier (`(a+)+`, `(.*)*`, `(\w+\s?)*`) unless every iteration
 *    starts (or ends) with a character nothing else in the group can match and the inner
 *    quantifiers consume disjoint characters (`(?:-[a-z]+)*` is fine); and its alternatives
 *    must not be able to start with the same character (`(a|a)*`, `(a|ab)*`).
 * 2. A timed probe in a worker thread: each regex runs over adversarial strings built from
 *    its own characters at length n and 4n (fastest of four runs each); a regex that a 4×
 *    longer input makes more than 10× slower, or that does not finish, is superlinear.
 */

/** Repeats with a maximum at or below this are bounded enough to leave to the probe. */
const SMALL_BOUND = 16;

const show = (src: string, node: RegexNode): string => {
  const s = src.slice(node.start, node.end);
  return JSON.stringify(s.length > 40 ? s.slice(0, 39) + '…' : s);
};

const isVariable = (n: RegexNode): boolean => n.kind === 'repeat' && n.min !== n.max;

/** Every iteration of `body` is split unambiguously from the next. */
function delimited(body: RegexNode): boolean {
  const items = body.kind === 'seq' ? body.items : [body];
  if (items.length < 2) return false;
  for (const at of [0, items.length - 1]) {
    const d = unwrap(items[at]!);
    if (d.kind !== 'chars') continue;
    const rest = items.filter((_, i) => i !== at);
    if (rest.some((r) => intersects(d.set, allChars(r)))) continue;
    const variables = rest.flatMap((r) => [...walk(r)].filter(isVariable)).map(allChars);
    let disjoint = true;
    for (let i = 0; i < variables.length && disjoint; i++) {
      for (let j = i + 1; j < variables.length && disjoint; j++) if (intersects(variables[i]!, variables[j]!)) disjoint = false;
    }
    if (disjoint) return true;
  }
  return false;
}

/** A one-sentence reason why `source` may backtrack catastrophically, or undefined. */
export function staticRedosProblem(source: string): string | undefined {
  const root = parseRegex(source);
  for (const node of walk(root)) {
    if (node.kind !== 'repeat' || node.max <= SMALL_BOUND) continue;
    const body = unwrap(node.body);
    if (body.kind === 'alt') {
      const bs = body.branches;
      for (let i = 0; i < bs.length; i++) {
        if (nullable(bs[i]!)) return `the repeated group ${show(source, node)} has an alternative that matches empty text`;
        for (let j = i + 1; j < bs.length; j++) {
          if (intersects(firstChars(bs[i]!), firstChars(bs[j]!))) {
            return `alternatives ${show(source, bs[i]!)} and ${show(source, bs[j]!)} in the repeated group ${show(source, node)} can match the same text, so backtracking is exponential`;
          }
        }
      }
    }
    const inner = [...walk(node.body)].find(isVariable);
    if (inner && !delimited(body)) {
      return `the repeated group ${show(source, node)} contains the quantifier ${show(source, inner)} (nested quantifiers backtrack exponentially); bound the counts, e.g. {1,64}, or start each repetition with a separator the inner part cannot match`;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- timed probe

interface Family {
  prefix: string;
  unit: string;
  suffix: string;
}

const PROBE_CHARS = 'aA0_-. =:/+"\'\t,;@#$%&*!?|~^()[]{}<>\\';
const NO_MATCH_SUFFIX = '\u0001';

function representative(set: CharSet): string | undefined {
  for (const c of PROBE_CHARS) if (contains(set, c.charCodeAt(0))) return c;
  const first = set[0];
  return first ? String.fromCharCode(first[0]) : undefined;
}

function leadingLiteral(root: RegexNode): string {
  const top = unwrap(root);
  const items = top.kind === 'seq' ? top.items : [top];
  let out = '';
  for (const it of items) {
    const u = unwrap(it);
    if (u.kind === 'assert') continue;
    if (u.kind !== 'chars' || u.set.length !== 1 || u.set[0]![0] !== u.set[0]![1]) break;
    out += String.fromCharCode(u.set[0]![0]);
  }
  return out;
}

/** Adversarial input shapes built from the regex's own characters. */
export function adversarialFamilies(source: string): Family[] {
  const root = parseRegex(source);
  const reps: string[] = [];
  for (const n of walk(root)) {
    if (n.kind !== 'chars') continue;
    const r = representative(n.set);
    if (r !== undefined && !reps.includes(r)) reps.push(r);
  }
  const prefix = leadingLiteral(root);
  const families: Family[] = [];
  const add = (f: Family): void => {
    if (families.length < 16 && f.unit && !families.some((g) => g.prefix === f.prefix && g.unit === f.unit)) families.push(f);
  };
  for (const c of reps.slice(0, 8)) add({ prefix: '', unit: c, suffix: NO_MATCH_SUFFIX });
  if (prefix) {
    for (const c of reps.slice(0, 6)) add({ prefix, unit: c, suffix: NO_MATCH_SUFFIX });
    add({ prefix: '', unit: prefix, suffix: NO_MATCH_SUFFIX });
  }
  const few = reps.slice(0, 4);
  for (const a of few) for (const b of few) if (a !== b) add({ prefix: '', unit: a + b, suffix: NO_MATCH_SUFFIX });
  return families;
}

export interface ProbeResult {
  /** Worst time ratio between inputs of length 4n and n (about 4 for linear regexes). */
  ratio: number;
  /** The input shape that gave it, printable. */
  sample: string;
  /** True when the regex did not finish within the time limit. */
  timedOut: boolean;
}

export interface ProbeOptions {
  /** Base input length n. */
  n?: number;
  /** Per-regex wall-clock limit in ms. */
  timeoutMs?: number;
}

// Runs inside the worker (CommonJS, no imports from this bundle).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { items, n, limit, floor } = workerData;
const build = (f, len) => f.prefix + f.unit.repeat(Math.ceil(len / f.unit.length)) + f.suffix;
function run(re, s, reps) {
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(s)) !== null) if (m[0] === '') re.lastIndex++;
  }
  return performance.now() - t0;
}
for (let i = 0; i < items.length; i++) {
  parentPort.postMessage({ type: 'start', index: i });
  const re = new RegExp(items[i].source, 'g');
  let worst = 0, family = 0;
  const families = items[i].families;
  // Noise (GC, other processes) only ever slows a run down, so each size keeps its fastest of
  // four interleaved runs; a superlinear verdict is measured twice. The first family that
  // stays superlinear settles it.
  for (let fi = 0; fi < families.length && worst <= limit; fi++) {
    const small = build(families[fi], n), big = build(families[fi], 4 * n);
    run(re, small, 4);
    run(re, big, 1);
    let reps = 1;
    while (run(re, small, reps) < 0.5 && reps < 8192) reps *= 2;
    let ratio = Infinity;
    for (let attempt = 0; attempt < 2 && ratio > limit; attempt++) {
      let a = Infinity, b = Infinity;
      for (let k = 0; k < 4; k++) {
        a = Math.min(a, run(re, small, reps));
        b = Math.min(b, run(re, big, reps));
      }
      // A run this cheap per character is a fast scan whose constant changes with the input
      // size (V8 switches search algorithms), not backtracking.
      ratio = b / (reps * big.length) < floor ? 0 : Math.min(ratio, b / Math.max(a, 1e-3));
    }
    if (ratio > worst) { worst = ratio; family = fi; }
  }
  parentPort.postMessage({ type: 'done', index: i, ratio: worst, family });
}
`;

/** A 4× longer input may take at most this many times longer (linear ≈ 4, quadratic ≈ 16). */
export const SUPERLINEAR_RATIO = 10;
/**
 * Below 20 ns per character at length 4n a regex is scanning, not backtracking (quadratic
 * backtracking at that length costs microseconds per character), so its ratio is ignored.
 */
const MIN_MS_PER_CHAR = 20e-6;

const sampleOf = (f: Family | undefined): string => (f ? JSON.stringify(f.prefix + f.unit.repeat(4) + '…') : '""');

/** Times each regex on adversarial inputs of length n and 4n, in a worker that is killed on timeout. */
export async function probeRegexes(sources: string[], opts: ProbeOptions = {}): Promise<ProbeResult[]> {
  if (sources.length === 0) return [];
  const n = opts.n ?? 2048;
  const timeoutMs = opts.timeoutMs ?? 5000;
  const items = sources.map((source) => ({ source, families: adversarialFamilies(source) }));
  const results: ProbeResult[] = items.map((it) => ({ ratio: 0, sample: sampleOf(it.families[0]), timedOut: false }));
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { items, n, limit: SUPERLINEAR_RATIO, floor: MIN_MS_PER_CHAR } });
  await new Promise<void>((resolve, reject) => {
    let current = -1;
    let done = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (err?: Error): void => {
      if (timer) clearTimeout(timer);
      void worker.terminate();
      if (err) reject(err);
      else resolve();
    };
    const arm = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (current >= 0) results[current]!.timedOut = true;
        // Everything after the stuck regex is probed again in a fresh worker by the caller's loop.
        finish();
      }, timeoutMs);
    };
    worker.on('message', (m: { type: 'start' | 'done'; index: number; ratio?: number; family?: number }) => {
      if (m.type === 'start') {
        current = m.index;
        arm();
      } else {
        const r = results[m.index]!;
        r.ratio = m.ratio ?? 0;
        r.sample = sampleOf(items[m.index]!.families[m.family ?? 0]);
        done++;
        if (m.index === items.length - 1) finish();
      }
    });
    worker.on('error', (e) => finish(e));
    worker.on('exit', () => {
      const complete = done === items.length || results.some((r) => r.timedOut);
      finish(complete ? undefined : new Error('the regex probe stopped early'));
    });
    arm();
  });
  const stuck = results.findIndex((r) => r.timedOut);
  if (stuck >= 0 && stuck < sources.length - 1) {
    const rest = await probeRegexes(sources.slice(stuck + 1), opts);
    rest.forEach((r, i) => (results[stuck + 1 + i] = r));
  }
  return results;
}

/** Describes why a probe result is unacceptable, or undefined. */
export function probeProblem(r: ProbeResult): string | undefined {
  if (r.timedOut) return `it did not finish on an adversarial input like ${r.sample} (catastrophic backtracking)`;
  if (r.ratio > SUPERLINEAR_RATIO) {
    return `it takes superlinear time: a 4× longer input like ${r.sample} took ${r.ratio.toFixed(1)}× longer; bound the quantifiers, e.g. {1,64}`;
  }
  return undefined;
}
