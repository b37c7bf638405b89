import { setFlagsFromString } from 'node:v8';

let tuned = false;

/**
 * Tunes V8's optimizing compiler for the scan; call it when a scan starts, after its worker
 * threads were created. V8 flags are per process, so the workers get it too.
 *
 * `--max-inlined-bytecode-size-cumulative` (default 920) caps how much bytecode the optimizing
 * compiler inlines into one function. The engine's hot functions call many small gates; the
 * compiler runs on background threads that, on a two-core machine, take CPU from the scan
 * threads. At 300, the 200 MB benchmark corpus needs ~180 ms less background CPU and scans
 * 5–9 % faster on two cores; the steady-state speed is unchanged (docs/benchmark.md).
 *
 * `--no-turbo-loop-peeling`: the compiler no longer copies each loop's first iteration out of
 * the loop. The scan's hot functions are loops; their compiles took ~15 % less time, 50 MB on
 * two threads 377 → 365 ms (medians of 11), and warm in-process speed is unchanged (74–79 ms
 * per 10 MB either way).
 *
 * Not at start-up: a flag changed at run time makes every isolate created afterwards reject
 * Node's built-in code cache, and a worker thread then took ~20 ms longer to boot.
 */
export function tuneJit(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  setFlagsFromString('--no-turbo-loop-peeling');
}
