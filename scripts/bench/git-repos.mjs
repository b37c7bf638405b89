// Git repositories for the staged-scan scenario: N committed files plus a staged 1,000-line
// change (4 files with appended lines and 1 new file, one planted key). Built with
// `git fast-import` (quick for 100k blobs), then checked out; cached beside a manifest.
// `git`, `GIT_ENV` and `fastImportStream` are shared with git-history.mjs and action-pr.mjs.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { KEY_KINDS, leakLine } from './keys.mjs';
import { generateSource, tinySource } from './languages.mjs';
import { createRng, subSeed } from './prng.mjs';

const REPO_VERSION = 2;
const CHANGED_LINES = 1000;
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function git(cwd, args, input, env = {}) {
  return execFileSync('git', args, { cwd, input, env: { ...process.env, ...GIT_ENV, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function filePath(i) {
  return `src/m${String(Math.floor(i / 100)).padStart(4, '0')}/f${i % 100}`;
}

/** Streams one commit holding `count` small files into `git fast-import`. */
function fastImport(dir, count, rng) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))));
    const chunks = ['commit refs/heads/main\ncommitter bench <bench@example.invalid> 1700000000 +0000\ndata 4\nbase\n'];
    for (let i = 0; i < count; i++) {
      const { ext, text } = tinySource(rng);
      chunks.push(`M 100644 inline ${filePath(i)}.${ext}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
      if (chunks.length >= 2000) {
        child.stdin.write(chunks.join(''));
        chunks.length = 0;
      }
    }
    chunks.push('done\n');
    child.stdin.end(chunks.join(''));
  });
}

/**
 * A `git fast-import` process fed with backpressure (for streams far larger than memory).
 * `write(text)` resolves when the pipe can take more; `end()` resolves when git is done.
 * `marks` names a file for `--export-marks` (mark number → commit sha).
 */
export function fastImportStream(dir, { marks } = {}) {
  const args = ['fast-import', '--quiet', ...(marks ? [`--export-marks=${marks}`] : [])];
  const child = spawn('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    if (stderr.length < 8192) stderr += d;
  });
  const closed = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}: ${stderr.trim().split('\n').pop() ?? ''}`))));
  });
  closed.catch(() => {});
  let failed;
  child.stdin.on('error', (err) => (failed = err));
  return {
    async write(text) {
      if (failed) await closed;
      if (!child.stdin.write(text)) await Promise.race([new Promise((r) => child.stdin.once('drain', r)), closed]);
    },
    async end() {
      child.stdin.end('done\n');
      await closed;
    },
  };
}

/** Reads a `--export-marks` file: Map of mark number → sha. */
export function readMarks(file) {
  const marks = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line);
    if (m) marks.set(Number(m[1]), m[2]);
  }
  return marks;
}

/** Stages the 1,000-line change: 200 lines appended to 4 tracked files and a new 200-line file. */
function stageChange(dir, rng) {
  const tracked = git(dir, ['ls-files', '-z']).split('\0').filter(Boolean).slice(0, 4);
  if (tracked.length < 4) throw new Error('the staged-scan repo needs at least 4 files');
  const targets = [...tracked, 'src/feature/change.py'];
  const planted = [];
  targets.forEach((rel, idx) => {
    const text = generateSource(rng, 'py', 24000);
    const lines = text.split('\n').slice(0, CHANGED_LINES / targets.length);
    if (idx === 2) lines[100] = leakLine(rng, 'py', KEY_KINDS[idx].make(rng));
    if (idx === 2) planted.push({ file: rel, kind: KEY_KINDS[idx].kind });
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    appendFileSync(file, lines.join('\n') + '\n');
  });
  git(dir, ['add', '--', ...targets]);
  return planted;
}

/** Staged additions (lines) in the repo's index. */
export function stagedAddedLines(dir) {
  return git(dir, ['diff', '--cached', '--numstat'])
    .split('\n')
    .filter(Boolean)
    .reduce((s, l) => s + Number(l.split('\t')[0]), 0);
}

/** A repo of `files` committed files with the staged change; cached under `out`. */
export async function ensureStagedRepo({ out, files, seed, log = () => {} }) {
  const dir = path.join(out, `git-${files}-s${seed}-v${REPO_VERSION}`);
  const manifestFile = `${dir}.json`;
  try {
    const m = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (m.complete && existsSync(path.join(dir, '.git')) && stagedAddedLines(dir) === CHANGED_LINES) return { ...m, dir };
  } catch {
    /* rebuild */
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`building git repo with ${files} files in ${dir} …`);
  const t0 = performance.now();
  const rng = createRng(subSeed(seed, `git-${files}`));
  git(dir, ['init', '-q', '-b', 'main']);
  await fastImport(dir, files, rng);
  git(dir, ['reset', '-q', '--hard', 'main']);
  const planted = stageChange(dir, rng);
  const manifest = { complete: true, files, changedLines: stagedAddedLines(dir), planted };
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { ...manifest, dir };
}
