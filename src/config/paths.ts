import { braceExpand, minimatch } from 'minimatch';
import { DEFAULT_EXCLUDES } from './default-excludes.js';
import type { KeylintConfig } from './schema.js';

/**
 * Compiles globs into one predicate over paths relative to the scan root (forward slashes).
 * Semantics, close to `.gitignore`:
 * - a pattern without a slash matches the file name at any depth (`*.pem`, `fixtures`);
 * - a leading `/` anchors the pattern at the root (`/build`);
 * - a pattern also matches everything below a directory it names (`test/fixtures`, `docs/`);
 * - dot files are matched like any other file.
 */
export function compileGlobs(patterns: readonly string[]): (relPath: string) => boolean {
  const matchers: Array<(p: string) => boolean> = [];
  /** The extensions of extension globs (`*.png` at any depth): a Set lookup per path segment instead of a matcher each. */
  const suffixes = new Set<string>();
  for (const raw of patterns) {
    let p = raw.startsWith('./') ? raw.slice(2) : raw;
    const anchored = p.startsWith('/');
    if (anchored) p = p.slice(1);
    if (p.endsWith('/')) p = p.slice(0, -1);
    if (!p) continue;
    if (!anchored && !p.includes('/')) p = `**/${p}`;
    // Minimatch costs ~6 µs a path (0.6 s over 100k files); most paths lack the glob's
    // literal part (`node_modules`, `.min.js`) and are rejected with one `includes`.
    // A brace pattern whose alternatives share a literal outside the braces (the default
    // exclude of named libraries' `.min.` files: hundreds of alternatives) is one matcher behind
    // that literal; other braces are expanded, so that each alternative has its own literal.
    const shared = p.includes('{') ? requiredLiteral(p.replace(/\{[^{}]*\}/g, '*')) : '';
    if (shared) {
      matchers.push(lazyMatcher(p, shared));
      continue;
    }
    for (const e of p.includes('{') ? braceExpand(p) : [p]) {
      const ext = EXTENSION_GLOB.exec(e);
      if (ext) suffixes.add(ext[1]!);
      else matchers.push(lazyMatcher(e, requiredLiteral(e)));
    }
  }
  return (relPath) => {
    const slashed = relPath.includes('\\') ? relPath.replace(/\\/g, '/') : relPath;
    const p = slashed.startsWith('./') ? slashed.slice(2) : slashed;
    if (suffixes.size > 0 && segmentEndsWith(p, suffixes)) return true;
    for (let i = 0; i < matchers.length; i++) if (matchers[i]!(p)) return true;
    return false;
  };
}

/**
 * An extension glob (`*.png` at any depth, a plain extension): with the `/**` that follows a
 * directory's name, it matches a path one of whose segments ends in the extension.
 */
const EXTENSION_GLOB = /^\*\*\/\*(\.[A-Za-z0-9_-]+)$/;

/** Whether a segment of `path` ends in one of `suffixes` (from its last dot). */
function segmentEndsWith(path: string, suffixes: ReadonlySet<string>): boolean {
  for (let end = path.length; end > 0; ) {
    const start = path.lastIndexOf('/', end - 1) + 1;
    const dot = path.lastIndexOf('.', end - 1);
    if (dot >= start && suffixes.has(path.slice(dot, end))) return true;
    end = start - 1;
  }
  return false;
}

/**
 * `glob` and `glob/**` (a directory's contents), compiled on first use: behind `literal`, most
 * scans never compile them (the ~60 default excludes took ~5 ms to compile in every scan).
 */
function lazyMatcher(glob: string, literal: string): (path: string) => boolean {
  let mms: Array<InstanceType<typeof minimatch.Minimatch>> | undefined;
  return (path) => (literal === '' || path.includes(literal)) && (mms ??= [glob, `${glob}/**`].map((q) => new minimatch.Minimatch(q, { dot: true }))).some((mm) => mm.match(path));
}

/**
 * The longest run of plain characters within one path segment of `glob`, which every path
 * matching it contains (`**` may match no segment, so slashes are left out), or '' when
 * there is none or the glob has braces, extglobs, classes or escapes (no safe answer).
 */
export function requiredLiteral(glob: string): string {
  if (/[{}()[\]\\!+@]/.test(glob)) return '';
  let best = '';
  for (const piece of glob.split(/[*?/]+/)) if (piece.length > best.length) best = piece;
  return best.length >= 2 ? best : '';
}

export interface PathFilterOptions {
  /** Apply DEFAULT_EXCLUDES (default true; `--no-default-excludes` turns it off). */
  defaultExcludes?: boolean;
}

/**
 * Whether a file is scanned: it matches `include` (when the config has any), matches no
 * `exclude`, and matches no default exclude (unless turned off). Excludes always win.
 */
export function makePathFilter(cfg: Pick<KeylintConfig, 'include' | 'exclude'>, opts: PathFilterOptions = {}): (relPath: string) => boolean {
  const included = cfg.include.length ? compileGlobs(cfg.include) : () => true;
  const excluded = compileGlobs(cfg.exclude);
  const defaults = (opts.defaultExcludes ?? true) ? compileGlobs(DEFAULT_EXCLUDES) : () => false;
  return (p) => included(p) && !excluded(p) && !defaults(p);
}
