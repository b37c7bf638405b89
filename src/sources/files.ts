import { spawnSync } from 'node:child_process';
import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { Minimatch } from 'minimatch';
import type { ScanUnit, SkippedFile } from '../types.js';
import { UsageError } from '../types.js';
import { decodeBytes } from './decode.js';

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
  via: 'git' | 'filesystem';
}

const MATCH_OPTS = { dot: true, nocomment: true } as const;

/** Forward-slash path relative to root. */
export function relativePath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.split(path.sep).join('/');
}

/**
 * Compiles globs with .gitignore-like anchoring: a pattern without a slash (`*.pem`,
 * `node_modules`) or ending in `/` matches at any depth, including everything below a
 * matching directory; a pattern with a slash inside is anchored at the root.
 */
export function compileGlobs(globs: readonly string[]): (rel: string) => boolean {
  const matchers: Minimatch[] = [];
  for (const raw of globs) {
    let g = raw.trim().replace(/^\.\//, '');
    if (!g) continue;
    const dirOnly = g.endsWith('/');
    if (dirOnly) g = g.replace(/\/+$/, '');
    const anchored = g.includes('/') && !g.startsWith('**/');
    const base = anchored ? g.replace(/^\//, '') : g.replace(/^\*\*\//, '');
    const forms = anchored ? [base, `${base}/**`] : [`**/${base}`, `**/${base}/**`];
    if (dirOnly) forms.shift();
    for (const f of forms) matchers.push(new Minimatch(f, MATCH_OPTS));
  }
  return (rel) => matchers.some((m) => m.match(rel));
}

function gitListing(dir: string): string[] | undefined {
  const probe = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || probe.stdout.trim() !== 'true') return undefined;
  const res = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate'], {
    cwd: dir,
    maxBuffer: 1 << 30,
  });
  if (res.error || res.status !== 0) return undefined;
  return res.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((p) => path.join(dir, p));
}

/** Lists the files under the targets: git's view in a work tree, else the filesystem. */
export async function listFiles(opts: FileSourceOptions): Promise<FileListing> {
  const out = new Set<string>();
  let via: FileListing['via'] = 'git';
  for (const target of opts.targets) {
    let st;
    try {
      st = await stat(target);
    } catch {
      throw new UsageError(`path not found: ${target}`);
    }
    if (!st.isDirectory()) {
      out.add(target);
      continue;
    }
    const fromGit = gitListing(target);
    if (fromGit) {
      for (const f of fromGit) out.add(f);
      continue;
    }
    via = 'filesystem';
    const entries = await fg('**/*', {
      cwd: target,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      absolute: true,
      ignore: ['**/.git/**'],
      suppressErrors: true,
    });
    for (const f of entries) out.add(path.normalize(f));
  }
  return { files: [...out].sort(), via };
}

export interface ReadOutcome {
  unit?: ScanUnit;
  skipped?: SkippedFile;
  bytes: number;
}

/** Reads and decodes one file; never throws for a file-level problem. */
export async function readUnit(root: string, file: string, maxFileSize: number): Promise<ReadOutcome> {
  const rel = relativePath(root, file);
  try {
    const ls = await lstat(file);
    if (ls.isSymbolicLink()) return { skipped: { path: rel, reason: 'symlink' }, bytes: 0 };
    if (!ls.isFile()) return { skipped: { path: rel, reason: 'unreadable', detail: 'not a regular file' }, bytes: 0 };
    if (ls.size > maxFileSize) {
      return { skipped: { path: rel, reason: 'too-large', detail: `${ls.size} bytes > limit ${maxFileSize}` }, bytes: 0 };
    }
    const buf = await readFile(file);
    const decoded = decodeBytes(buf);
    if (decoded.kind === 'binary') return { skipped: { path: rel, reason: 'binary' }, bytes: buf.length };
    return { unit: { path: rel, text: decoded.text }, bytes: buf.length };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skipped: { path: rel, reason: 'unreadable', detail: 'deleted before it could be read' }, bytes: 0 };
    return { skipped: { path: rel, reason: 'unreadable', detail: code ?? 'read error' }, bytes: 0 };
  }
}

/** Applies include/exclude globs; returns the kept files and the count excluded. */
export function filterFiles(root: string, files: string[], exclude: readonly string[], include: readonly string[] = []): { kept: string[]; excluded: number } {
  const isExcluded = compileGlobs(exclude);
  const isIncluded = include.length ? compileGlobs(include) : () => true;
  const kept: string[] = [];
  let excluded = 0;
  for (const f of files) {
    const rel = relativePath(root, f);
    if (isExcluded(rel) || !isIncluded(rel)) excluded++;
    else kept.push(f);
  }
  return { kept, excluded };
}
