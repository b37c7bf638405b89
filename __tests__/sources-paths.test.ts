import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { relativePath } from '../src/sources/paths.js';

describe('relativePath (the fast slice agrees with path.relative)', () => {
  test.each([
    ['/repo', '/repo/src/a.py'],
    ['/repo/', '/repo/src/a.py'],
    ['/repo', '/repo/.github/workflows/ci.yml'],
    ['/repo', '/repo/src/../secrets/.env'],
    ['/repo', '/repo/./a'],
    ['/repo', '/repo//a'],
    ['/repo/', '/repo//a'],
    ['/repo', '/repo///a/b'],
    ['/repo', '/repo/a//b'],
    ['/repo', '/repository/a'],
    ['/repo', '/other/a'],
    ['/', '/etc/passwd'],
    ['/repo', '/repo/a..b/..c/d.'],
  ])('%s + %s', (root, file) => {
    expect(relativePath(root, file)).toBe(path.relative(root, file).split(path.sep).join('/'));
  });
});
