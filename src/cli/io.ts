import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StdinInput } from '../sources/stdin.js';
import { UsageError } from '../types.js';

/** Where a command writes; tests pass collectors, the entry point passes process streams. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout is a terminal (colour decisions). */
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress line of long scans). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard input, for `keylint scan -` (default: the process's). */
  stdin?: StdinInput;
}

export function processIo(): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Writes a report file; a failure is a one-line usage error. A missing folder is created and
 * said so on stderr (`note`), never silently: a typo in `-o` should not go unnoticed.
 */
export function writeReport(file: string, content: string, cwd: string, note?: (line: string) => void): string {
  const target = path.resolve(cwd, file);
  try {
    const dir = path.dirname(target);
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      const shown = path.relative(cwd, dir);
      note?.(`keylint: created the folder ${shown && !shown.startsWith('..') ? shown : dir} for ${file}\n`);
    }
    writeFileSync(target, content.endsWith('\n') ? content : content + '\n');
  } catch (err) {
    throw new UsageError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return target;
}

/** Parses sizes like `10MB`, `512KB`, `1048576`. */
export function parseSize(value: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$/i.exec(value);
  if (!m) throw new UsageError(`${what}: expected a size like 10MB, 512KB or 1048576, got "${value}"`);
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(n * mult);
}
