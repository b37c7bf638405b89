import path from 'node:path';

/** A `.` or `..` segment, or an empty one: such a path needs `path.relative`. */
const UNNORMALIZED = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]/;

/**
 * Forward-slash path relative to root. Called for every listed file (twice: filter, read), so
 * the usual case, a normalized path below root, is a slice; anything else goes through
 * `path.relative`.
 */
export function relativePath(root: string, file: string): string {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  if (file.startsWith(prefix) && !UNNORMALIZED.test(file)) {
    const rel = file.slice(prefix.length);
    return path.sep === '/' ? rel : rel.split(path.sep).join('/');
  }
  return path.relative(root, file).split(path.sep).join('/');
}
