import { spawnSync } from 'node:child_process';
import { readdirSync, type Dirent } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { compileGlobs } from '../config/paths.js';
import { UsageError } from '../types.js';
import { relativePath } from './paths.js';

export interface FileSourceOptions {
  /** Absolute scan root; reported paths are relative to it. */
  root: string;
  /** Absolute files or directories to scan (inside or equal to root). */
  targets: string[];
  /** minimatch globs relative to root; a match on any excludes the file. */
  exclude: readonly string[];
  /** When non-empty, only files matching one of these globs are scanned. */
  include?: readonly string[];
  /** Files larger than this are skipped with a notice. */
  maxFileSize: number;
}

export interface FileListing {
  files: string[];
  /** Whether the listing came from git (tracked + untracked-not-ignored) or the filesystem. */
  via: 'git' | 'filesystem' | 'git and filesystem';
  /** Files named explicitly on the command line (never dropped by default excludes). */
  explicit: Set<string>;
  notices: string[];
}

/** Git's files under `dir`; undefined outside a work tree (`ls-files` fails there: one spawn, no probe). */
function gitListing(dir: string): string[] | undefined {
  const res = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], {
    cwd: dir,
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (res.error || res.status !== 0) return undefined;
  return res.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((p) => path.join(dir, p));
}

/**
 * The files under `dir`: regular files only (symbolic links are never followed), `.git`
 * directories skipped, and the directories that could not be read. A plain synchronous
 * `readdir` walk: 3× faster than fast-glob's `**` walk here (1,395 files: 7 ms against 22 ms),
 * and the listing is on every scan's critical path.
 */
function walk(dir: string): { files: string[]; unreadable: Array<{ dir: string; code: string }> } {
  const files: string[] = [];
  const unreadable: Array<{ dir: string; code: string }> = [];
  const stack = [dir];
  for (let d = stack.pop(); d !== undefined; d = stack.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (err) {
      unreadable.push({ dir: d, code: (err as NodeJS.ErrnoException).code ?? 'read error' });
      continue;
    }
    const prefix = d.endsWith(path.sep) ? d : d + path.sep;
    for (const e of entries) {
      if (e.isDirectory()) {
        if (e.name !== '.git') stack.push(prefix + e.name);
      } else if (e.isFile()) files.push(prefix + e.name);
    }
  }
  return { files, unreadable };
}

/**
 * Lists the files under the targets: git's view (tracked + untracked-not-ignored) in a work
 * tree, else the filesystem. A directory the user named that git ignores entirely is walked on
 * the filesystem instead, with a notice: asking for a folder and silently scanning nothing
 * would be a silent pass.
 */
export async function listFiles(opts: Pick<FileSourceOptions, 'targets'>): Promise<FileListing> {
  const out = new Set<string>();
  const explicit = new Set<string>();
  const notices: string[] = [];
  const vias = new Set<'git' | 'filesystem'>();
  for (const target of opts.targets) {
    let st;
    try {
      st = await stat(target);
    } catch {
      throw new UsageError(`path not found: ${target}`);
    }
    if (!st.isDirectory()) {
      out.add(target);
      explicit.add(target);
      continue;
    }
    const fromGit = gitListing(target);
    if (fromGit && fromGit.length > 0) {
      vias.add('git');
      for (const f of fromGit) out.add(f);
      continue;
    }
    const { files: walked, unreadable } = walk(target);
    vias.add('filesystem');
    if (fromGit && walked.length > 0) {
      notices.push(`${target} is ignored by git (git lists none of its files); scanned its ${walked.length} files from the filesystem`);
    }
    for (const u of unreadable) notices.push(`could not read directory ${u.dir} (${u.code}); the files in it were not scanned`);
    for (const f of walked) out.add(f);
  }
  const via = vias.size === 2 ? 'git and filesystem' : vias.has('filesystem') ? 'filesystem' : 'git';
  return { files: [...out].sort(), via, explicit, notices };
}

/**
 * Applies include/exclude globs. Default excludes never drop a file the user named explicitly;
 * a named file that the user's own globs drop is reported in `namedButExcluded`.
 */
export function filterFiles(
  root: string,
  listing: Pick<FileListing, 'files' | 'explicit'>,
  globs: { exclude: readonly string[]; defaultExclude?: readonly string[]; include?: readonly string[] },
): { kept: string[]; excluded: number; namedButExcluded: string[] } {
  const isExcluded = compileGlobs(globs.exclude);
  const isDefault = compileGlobs(globs.defaultExclude ?? []);
  const isIncluded = globs.include?.length ? compileGlobs(globs.include) : () => true;
  const kept: string[] = [];
  const namedButExcluded: string[] = [];
  let excluded = 0;
  for (const f of listing.files) {
    const rel = relativePath(root, f);
    const named = listing.explicit.has(f);
    if (isExcluded(rel) || !isIncluded(rel) || (!named && isDefault(rel))) {
      excluded++;
      if (named) namedButExcluded.push(rel);
    } else kept.push(f);
  }
  return { kept, excluded, namedButExcluded };
}
