/**
 * Archives met by a file scan, opened on the main thread once the other files are scanned: the
 * archive libraries (fflate, node-tar) load only when a scan meets an archive, so neither a
 * scan without one nor a worker thread pays for them.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { Engine } from '../engine/index.js';
import { archiveKind } from '../archive-paths.js';
import { relativePath } from '../sources/paths.js';
import type { BatchResult } from './parallel.js';

/** Opens each archive file, scans its text members and adds findings, notices and skipped members to `into`. */
export async function scanArchiveFiles(engine: Engine, root: string, files: readonly string[], maxFileSize: number, into: BatchResult): Promise<void> {
  if (files.length === 0) return;
  const { expandArchive } = await import('../sources/archives.js');
  for (const file of files) {
    const rel = relativePath(root, file);
    let bytes: Buffer;
    try {
      bytes = readWhole(file);
    } catch (err) {
      into.notices.push(`could not read ${rel}: ${(err as NodeJS.ErrnoException).code ?? 'read error'}`);
      continue;
    }
    const kind = archiveKind(rel, bytes.subarray(0, 512));
    if (!kind) continue;
    const scan = expandArchive(rel, bytes, kind, { memberBytes: maxFileSize });
    into.files++;
    into.notices.push(...scan.notices);
    into.skipped.push(...scan.skipped);
    for (const unit of scan.units) for (const f of engine.scanUnit(unit)) into.findings.push(f);
  }
}

/** The whole file in a buffer of its own (an archive's members may be views of it). */
function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let pos = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      pos += n;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}
