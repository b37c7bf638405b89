/**
 * The progress line of a long scan: on stderr, only when stderr is a terminal and not in CI,
 * only after the scan has run `delayMs` (2 s), redrawn in place every `intervalMs`, erased at the
 * end. Piped output, CI logs and short scans never see it.
 */
import { plural } from '../reports/format.js';
import type { ScanProgress } from '../scan/progress.js';
import type { CliIo } from './io.js';

export interface ProgressLineOptions {
  delayMs?: number;
  intervalMs?: number;
}

/** `keylint: 1,234 files, 56.7 MB, 3 findings so far (4 s)`. */
export function progressText(p: ScanProgress, elapsedMs: number): string {
  return `keylint: ${p.files.toLocaleString('en-US')} ${p.files === 1 ? 'file' : 'files'}, ${(p.bytes / 1e6).toFixed(1)} MB, ${plural(p.findings, 'finding')} so far (${Math.floor(elapsedMs / 1000)} s)`;
}

/** Starts the line (when it applies) and returns the function that stops and erases it. */
export function startProgressLine(io: Pick<CliIo, 'stderr' | 'stderrIsTTY' | 'env'>, progress: ScanProgress, opts: ProgressLineOptions = {}): () => void {
  if (io.stderrIsTTY !== true || (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false')) return () => {};
  const delay = opts.delayMs ?? 2000;
  const started = Date.now();
  let shown = false;
  const timer = setInterval(() => {
    const elapsed = Date.now() - started;
    if (elapsed < delay) return;
    shown = true;
    io.stderr(`\r\x1b[K${progressText(progress, elapsed)}`);
  }, opts.intervalMs ?? 250);
  timer.unref?.();
  return () => {
    clearInterval(timer);
    if (shown) io.stderr('\r\x1b[K');
  };
}
