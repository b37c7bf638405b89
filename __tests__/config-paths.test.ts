import { describe, expect, it, test } from '@jest/globals';
import { braceExpand, minimatch } from 'minimatch';
import { DEFAULT_EXCLUDES } from '../src/config/default-excludes.js';
import { compileGlobs, makePathFilter, requiredLiteral } from '../src/config/paths.js';

describe('DEFAULT_EXCLUDES', () => {
  const skip = compileGlobs(DEFAULT_EXCLUDES);
  it.each([
    '.git/config',
    'sub/.git/objects/ab/cdef',
    'node_modules/left-pad/index.js',
    'packages/web/node_modules/x/y.js',
    'vendor/github.com/aws/sdk/config.go',
    'app/vendor/lib.php',
    '.venv/lib/python3.12/site-packages/requests/api.py',
    'static/js/jquery.min.js',
    'static/css/bootstrap.min.css',
    'dist/app.js.map',
    'img/logo.png',
    'assets/icons/icon.svg',
    'fonts/inter.woff2',
    'release/app.tar.bz2',
    'build/lib.so',
    'docs/manual.pdf',
  ])('skips %s', (p) => expect(skip(p)).toBe(true));

  it.each([
    'src/index.ts',
    'package-lock.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'go.sum',
    'poetry.lock',
    'dist/app.js',
    'build/static/js/main.3f2a1.js',
    'out/server.js',
    '.env',
    '.github/workflows/ci.yml',
    'config/vendors.yml',
    'src/minify.js',
    'maps/route.ts',
    // Archives are opened and their members scanned; the application's own bundle is read.
    'release/app.tar',
    'release/app.tgz',
    'lib/app.jar',
    'public/js/app.min.js',
    'static/bundle.js',
  ])('scans %s', (p) => expect(skip(p)).toBe(false));

  it('is frozen', () => {
    expect(Object.isFrozen(DEFAULT_EXCLUDES)).toBe(true);
  });
});

describe('compileGlobs', () => {
  it('slash-less patterns match at any depth; directory names match their contents', () => {
    const m = compileGlobs(['*.snap', 'fixtures', 'docs/', '/build', './tmp/**']);
    expect(m('a/b/c.snap')).toBe(true);
    expect(m('x.snap')).toBe(true);
    expect(m('test/fixtures/keys.txt')).toBe(true);
    expect(m('fixtures/a/b.txt')).toBe(true);
    expect(m('docs/guide.md')).toBe(true);
    expect(m('build/out.js')).toBe(true);
    expect(m('pkg/build/out.js')).toBe(false);
    expect(m('tmp/a')).toBe(true);
    expect(m('src/index.ts')).toBe(false);
  });
  it('matches dot files and Windows separators', () => {
    const m = compileGlobs(['config/**']);
    expect(m('config/.secret')).toBe(true);
    expect(m('config\\app.yml')).toBe(true);
  });
  it('no patterns match nothing', () => {
    expect(compileGlobs([])('a')).toBe(false);
  });
});

describe('makePathFilter', () => {
  it('include narrows, exclude wins, default excludes apply unless turned off', () => {
    const cfg = { include: ['src/**', 'vendor/acme/**'], exclude: ['src/generated/**'] };
    const scan = makePathFilter(cfg);
    expect(scan('src/a.ts')).toBe(true);
    expect(scan('lib/a.ts')).toBe(false);
    expect(scan('src/generated/a.ts')).toBe(false);
    expect(scan('src/node_modules/x.js')).toBe(false);
    expect(scan('vendor/acme/key.go')).toBe(false);
    const all = makePathFilter(cfg, { defaultExcludes: false });
    expect(all('vendor/acme/key.go')).toBe(true);
    expect(all('src/generated/a.ts')).toBe(false);
  });
  it('no include scans everything not excluded', () => {
    const scan = makePathFilter({ include: [], exclude: [] });
    expect(scan('anything/at/all.txt')).toBe(true);
    expect(scan('node_modules/a.js')).toBe(false);
  });
});

describe('requiredLiteral (the prefilter of glob matching)', () => {
  test('a plain run inside one segment, never across a slash; nothing for braces or classes', () => {
    expect(requiredLiteral('**/node_modules/**')).toBe('node_modules');
    expect(requiredLiteral('**/*.min.js')).toBe('.min.js');
    expect(requiredLiteral('**/a/b')).toBe('');
    expect(requiredLiteral('**/*.o')).toBe('.o');
    expect(requiredLiteral('**/*.{js,ts}')).toBe('');
    expect(requiredLiteral('**/[abc]vendor/**')).toBe('');
  });

  test('the prefilter never changes an answer: root-level and nested directories, dotfiles', () => {
    const m = compileGlobs(['node_modules', '**/*.min.js', 'dist/', '/build']);
    expect(m('node_modules/x.js')).toBe(true);
    expect(m('a/node_modules/b/c.js')).toBe(true);
    expect(m('a/node_modulesX/c.js')).toBe(false);
    expect(m('.hidden/app.min.js')).toBe(true);
    expect(m('src/dist/x')).toBe(true);
    expect(m('build/x')).toBe(true);
    expect(m('src/build/x')).toBe(false);
  });
});

test('brace globs match each alternative (expanded before the literal prefilter)', () => {
  const m = compileGlobs(['*.{png,o,tar.gz}']);
  expect(m('img/logo.png')).toBe(true);
  expect(m('build/x.o')).toBe(true);
  expect(m('dist/pkg.tar.gz')).toBe(true);
  expect(m('src/x.js')).toBe(false);
  expect(m('src/logo.png.txt')).toBe(false);
});

test('the default excludes answer as plain minimatch does, for every path of a generated set', () => {
  // The reference: every pattern brace-expanded, made to match at any depth, and a directory
  // it names with its contents — each alternative by minimatch, no prefilter, no shortcut.
  const reference = DEFAULT_EXCLUDES.flatMap((g) => braceExpand(g)).flatMap((e) => [e, `${e}/**`].map((q) => new minimatch.Minimatch(q, { dot: true })));
  const skip = compileGlobs(DEFAULT_EXCLUDES);
  const segments = ['src', '.git', 'node_modules', 'vendor', 'x.png', '.png', 'a.PNG', 'logo.png.txt', 'png', 'a.b.svg', 'lib.so', 'lib.so.1', 'app.js', 'app.js.map', 'map', 'jquery.min.js', 'jquery-3.7.1.min.js', 'app.min.js', 'x.min.css', 'font.woff2', 'a.tar.bz2', 'a.tar', 'doc.pdf', 'a..pdf', '.pdf.txt', 'site-packages', 'b.o', 'o', '.venv'];
  let checked = 0;
  for (const a of segments) {
    expect([a, skip(a)]).toEqual([a, reference.some((mm) => mm.match(a))]);
    for (const b of segments) {
      for (const path of [`${a}/${b}`, `${a}/${b}/${segments[(a.length * 7 + b.length) % segments.length]}`]) {
        expect([path, skip(path)]).toEqual([path, reference.some((mm) => mm.match(path))]);
        checked++;
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
});
