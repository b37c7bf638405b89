/**
 * Paths skipped unless `--no-default-excludes` is given. Each entry is argued in
 * docs/configuration.md ("Default excludes"). Deliberately NOT here:
 * - lockfiles (`package-lock.json`, `yarn.lock`, `pnpm-lock.yaml`, `go.sum`, …): their
 *   integrity hashes match no rule, but their `resolved` URLs can carry a registry token
 *   or `user:password@`, and nobody reads them in review;
 * - `dist/`, `build/`, `out/`: a key inlined by the bundler (`import.meta.env.VITE_…`,
 *   `DefinePlugin`) exists only in the built file, and a committed bundle is published.
 */
export const DEFAULT_EXCLUDES: readonly string[] = Object.freeze([
  // Version-control internals: object files are compressed; history has its own scan mode.
  '**/.git/**',
  '**/.hg/**',
  '**/.svn/**',
  // Installed third-party packages: not the repository's code, and full of SDK samples.
  '**/node_modules/**',
  '**/bower_components/**',
  '**/vendor/**',
  '**/.venv/**',
  '**/site-packages/**',
  // Minified third-party bundles and source maps (maps repeat the sources they map).
  '**/*.min.js',
  '**/*.min.css',
  '**/*.map',
  // Binary formats by extension: images, fonts, media, archives, compiled code.
  '**/*.{png,jpg,jpeg,gif,bmp,ico,webp,tif,tiff,psd,svg}',
  '**/*.{woff,woff2,ttf,otf,eot}',
  '**/*.{mp3,mp4,m4a,ogg,wav,flac,avi,mov,mkv,webm}',
  '**/*.{zip,gz,tgz,bz2,xz,zst,7z,rar,tar,jar,war,ear,whl,nupkg}',
  '**/*.{exe,dll,so,dylib,o,a,lib,class,pyc,pyo,wasm}',
  '**/*.pdf',
]);
