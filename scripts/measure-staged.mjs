#!/usr/bin/env node
// Measures the git sources (src/sources/git-units.ts, diff-parser.ts):
//   1. parse speed of a large unified diff (MB/s), in memory, no git involved;
//   2. a 1,000-line staged change in a tiny repository vs in a repository of 100k files,
//      through openGitScan directly and, when dist/cli/index.js exists, the bundled CLI
//      (`keylint scan --staged`), end to end.
// Usage: node scripts/measure-staged.mjs [--files N] [--runs N] [--diff-mb N] [--keep]
// The sources are compiled with tsc into a temp folder first (a few seconds).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const FILES = opt('files', 100_000);
const RUNS = opt('runs', 7);
const DIFF_MB = opt('diff-mb', 100);
const KEEP = args.includes('--keep');

const work = mkdtempSync(join(tmpdir(), 'keylint-measure-'));
const gitEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'm',
  GIT_AUTHOR_EMAIL: 'm@example.invalid',
  GIT_COMMITTER_NAME: 'm',
  GIT_COMMITTER_EMAIL: 'm@example.invalid',
};
const git = (cwd, ...a) => execFileSync('git', a, { cwd, env: gitEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

function compile() {
  const out = join(work, 'build');
  const t = Date.now();
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '--outDir', out, '--rootDir', join(root, 'src'), '--module', 'NodeNext',
      '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipLibCheck', '--types', 'node', '--ignoreConfig',
      join(root, 'src/sources/git-units.ts')],
    { cwd: root, stdio: 'inherit' },
  );
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  console.log(`compiled sources in ${Date.now() - t} ms`);
  return out;
}

function makeRepo(name, files) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'gc.auto', '0'); // no background gc racing the clean-up
  const t = Date.now();
  for (let i = 0; i < files; i++) {
    const d = join(dir, `pkg${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) mkdirSync(d, { recursive: true });
    writeFileSync(join(d, `file${i}.ts`), `export const value${i} = ${i};\n`);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  // The change under test: 1,000 added lines (500 in an existing file, 500 in a new one).
  const lines = (n, tag) => Array.from({ length: n }, (_, i) => `export const ${tag}${i} = "value ${i} ${'x'.repeat(40)}";`).join('\n') + '\n';
  writeFileSync(join(dir, 'pkg0', 'file0.ts'), `export const value0 = 0;\n${lines(500, 'edited')}`);
  writeFileSync(join(dir, 'new-module.ts'), lines(500, 'added'));
  git(dir, 'add', 'pkg0/file0.ts', 'new-module.ts');
  console.log(`repo ${name}: ${files} files, set up in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return dir;
}

async function measureApi(api, dir) {
  const times = [];
  let lines = 0;
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    const scan = await api.openGitScan({ kind: 'staged' }, { cwd: dir });
    lines = 0;
    for await (const u of scan.units) lines += u.lines.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r === 0 && lines !== 1000) throw new Error(`expected 1000 added lines, got ${lines}`);
  }
  return median(times);
}

function measureCli(dir) {
  const cli = join(root, 'dist/cli/index.js');
  if (!existsSync(cli)) return null;
  const times = [];
  let last;
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    last = spawnSync(process.execPath, [cli, 'scan', '--staged'], { cwd: dir, env: gitEnv, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  if (last.status !== 0 && last.status !== 1) return { error: `exit ${last.status}: ${(last.stderr || '').split('\n')[0]}` };
  return { ms: median(times) };
}

async function measureParse(parser) {
  const perFile = 2000;
  const body = Array.from({ length: perFile }, (_, i) => `+const value${i} = "${(i * 2654435761 % 1e9).toString(36).repeat(12)}";\n`).join('');
  const fileCount = Math.ceil((DIFF_MB * 1024 * 1024) / body.length);
  const chunks = [];
  for (let f = 0; f < fileCount; f++) {
    chunks.push(Buffer.from(`diff --git a/src/f${f}.js b/src/f${f}.js\nindex 1111111..2222222 100644\n--- a/src/f${f}.js\n+++ b/src/f${f}.js\n@@ -0,0 +1,${perFile} @@\n${body}`));
  }
  const bytes = chunks.reduce((n, c) => n + c.length, 0);
  // Feed 64 KiB pieces, as a pipe would.
  const pieces = [];
  for (const c of chunks) for (let i = 0; i < c.length; i += 65536) pieces.push(c.subarray(i, i + 65536));
  const times = [];
  for (let r = 0; r < 3; r++) {
    const t = process.hrtime.bigint();
    let added = 0;
    for await (const e of parser.parseDiff(Readable.from(pieces))) if (e.kind === 'unit') added += e.unit.lines.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (added !== fileCount * perFile) throw new Error('parse lost lines');
  }
  const t = median(times);
  return { mb: bytes / 1024 / 1024, ms: t, mbps: bytes / 1024 / 1024 / (t / 1000) };
}

try {
  const build = compile();
  const api = await import(pathToFileURL(join(build, 'sources/git-units.js')).href);
  const parser = await import(pathToFileURL(join(build, 'sources/diff-parser.js')).href);

  const p = await measureParse(parser);
  console.log(`parse: ${p.mb.toFixed(0)} MB diff in ${ms(p.ms)} = ${p.mbps.toFixed(0)} MB/s`);

  const tiny = makeRepo('tiny', 10);
  const big = makeRepo('big', FILES);
  for (const [name, dir] of [['tiny (10 files)', tiny], [`big (${FILES} files)`, big]]) {
    const api1 = await measureApi(api, dir);
    const cli = measureCli(dir);
    const cliText = cli === null ? 'dist/cli/index.js not built' : cli.error ? `CLI failed: ${cli.error}` : ms(cli.ms);
    console.log(`staged 1,000 lines, ${name}: openGitScan ${ms(api1)} (median of ${RUNS}); bundled CLI end to end: ${cliText}`);
  }
} finally {
  if (KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}
