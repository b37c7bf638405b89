import path from 'node:path';

/** Forward-slash path relative to root. */
export function relativePath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.split(path.sep).join('/');
}
