/**
 * Standard input as a scan source (`keylint scan -`, `git show | keylint scan -`): the bytes
 * are read whole, decoded like a file, and scanned as one unit named `<stdin>` (or the name
 * given with `--stdin-name`). An archive on stdin is opened like an archive file.
 */
import type { ScanUnit, SkippedFile } from '../types.js';
import { UsageError } from '../types.js';
import { archiveKind } from '../archive-paths.js';
import { decodeBytes } from './decode.js';
import type { GitScan } from './git-units.js';

export const STDIN_NAME = '<stdin>';

/** Path arguments that mean standard input. */
export function isStdinPath(p: string): boolean {
  return p === '-' || p === '/dev/stdin' || p === '/proc/self/fd/0';
}

export interface StdinInput {
  /** All of standard input (called once). */
  read: () => Buffer;
  /** Whether standard input is a terminal (nothing was piped in). */
  isTTY: boolean;
}

/** A unit source over standard input; errors (a terminal, too large, binary) are one-line usage errors. */
export async function openStdinScan(input: StdinInput, opts: { name?: string; maxFileSize: number }): Promise<GitScan> {
  if (input.isTTY) throw new UsageError('standard input is a terminal: pipe the text to scan into keylint (git show | keylint scan -)');
  const name = opts.name ?? STDIN_NAME;
  let bytes: Buffer;
  try {
    bytes = input.read();
  } catch (err) {
    throw new UsageError(`could not read standard input: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  if (bytes.length > opts.maxFileSize) {
    throw new UsageError(`standard input is ${bytes.length} bytes, over the size limit (${opts.maxFileSize}); raise --max-file-size to scan it`);
  }
  const units: ScanUnit[] = [];
  const skipped: SkippedFile[] = [];
  const notices: string[] = [];
  const kind = archiveKind(name, bytes.subarray(0, 512));
  if (kind) {
    const { expandArchive } = await import('./archives.js');
    const out = expandArchive(name, bytes, kind, { memberBytes: opts.maxFileSize });
    units.push(...out.units);
    skipped.push(...out.skipped);
    notices.push(...out.notices);
  } else {
    const decoded = decodeBytes(bytes);
    if (decoded.kind === 'binary') throw new UsageError('standard input is binary (not text, nor an archive keylint opens); nothing was scanned');
    units.push({ path: name, text: decoded.text });
  }
  return {
    units: (async function* () {
      yield* units;
    })(),
    describe: () => `standard input (${bytes.length} ${bytes.length === 1 ? 'byte' : 'bytes'}${kind ? `, ${units.length} archive ${units.length === 1 ? 'member' : 'members'}` : ''})`,
    notices: () => notices,
    skipped: () => skipped,
  };
}
