/**
 * Path arguments of a file scan must name something to scan: a scan that was asked for
 * `nope/` and scanned nothing must not pass green. A path that does not exist, and a folder
 * with no file in it (empty, or only empty folders and `.git`), end the run with exit 2 and a
 * one-line message naming the path. A folder whose files are all excluded by globs is
 * scanned (nothing) and says so in a notice: the excludes are the user's own choice.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../types.js';

/** Whether `dir` holds at least one non-directory entry (a walk that stops at the first). */
function holdsAFile(dir: string): boolean {
  const stack = [dir];
  for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      // Unreadable: the scan itself reports it (a notice); do not call it empty here.
      return true;
    }
    for (const e of entries) {
      if (e.isDirectory()) {
        if (e.name !== '.git') stack.push(path.join(d, e.name));
      } else return true;
    }
  }
  return false;
}

/** Throws a UsageError for the first path argument that matches no file. */
export function checkPathArguments(cwd: string, paths: readonly string[]): void {
  for (const p of paths) {
    const shown = p.replace(/[\r\n\t\0]/g, ' ').slice(0, 300);
    let isDir: boolean;
    try {
      isDir = statSync(path.resolve(cwd, p)).isDirectory();
    } catch {
      throw new UsageError(`${shown} matches no file (path not found)`);
    }
    if (isDir && !holdsAFile(path.resolve(cwd, p))) throw new UsageError(`${shown}: no files to scan (the folder is empty)`);
  }
}
