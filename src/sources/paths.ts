import path from 'node:path';

/** In the part of a path below root: a `.` or `..` segment, or an empty one (a leading or doubled separator); such a path needs `path.relative`. */
const UNNORMALIZED = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]|^[\\/]/;

/**
 * Forward-slash path relative to root. Called for every listed file (twice: filter, read), so
 * the usual case, a normalized path below root, is a slice; anything else goes through
 * `path.relative`.
 */
export function relativePath(root: string, file: string): string {
  return relativeTo(root)(file);
}

/** `relativePath` for many files under one root (the prefix is made once). */
export function relativeTo(root: string): (file: string) => string {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return (file) => {
    if (file.startsWith(prefix)) {
      // Only the part below root can be unnormalized (root itself is resolved).
      const rel = file.slice(prefix.length);
      if (!UNNORMALIZED.test(rel)) return path.sep === '/' ? rel : rel.split(path.sep).join('/');
    }
    return path.relative(root, file).split(path.sep).join('/');
  };
}
