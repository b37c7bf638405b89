/**
 * Git scan sources: staged changes, the net diff of a range, every commit of a range, and the
 * whole history (every ref, as `git log --all` minus the stash, or what `--ref` revisions
 * reach; src/sources/git-history.ts then keeps one finding per secret per file). A pathspec
 * that no diff entry touches ends the scan with a UsageError when it names nothing in the
 * compared trees (or the index / work tree for staged scans, or the walked history), else
 * with a "0 changes in …" notice. Each yields ScanUnits holding only added lines (plus the PEM blocks they
 * belong to) with their new-file line numbers; commit scans set `commit`.
 *
 * Ranges: `A..B` (net diff from A to B), `A...B` (from merge-base(A, B) to B), `A` alone means
 * `A..HEAD`; an empty side means HEAD (`A..` = `A..HEAD`). In commits mode `A...B` selects the
 * same commits as `A..B`. Paths are relative to the repository root; pathspecs are literal
 * paths (files or directories, relative to `cwd`).
 */
import { existsSync, realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ScanUnit, SkippedFile } from '../types.js';
import { UsageError } from '../types.js';
import { COMMIT_FORMAT, DEFAULT_MAX_UNIT_CHARS, parseDiff } from './diff-parser.js';
import { firstLine, mergeBase, repoInfo, resolveCommit, runGit, streamGit, type RepoInfo } from './git.js';
import { expandPemBlocks, needsPemContext } from './git-pem.js';

export type GitScanMode =
  | { kind: 'staged' }
  | { kind: 'diff'; range: string }
  | { kind: 'commits'; range: string }
  /** Every ref (`git log --all` minus the stash), or what `refs` reach. */
  | { kind: 'history'; refs?: string[] };

export interface GitScanOptions {
  cwd: string;
  pathspecs?: string[];
}

export interface GitScan {
  units: AsyncIterable<ScanUnit>;
  /** After iteration: what was scanned, e.g. "staged changes (3 files)", "12 commits a1b2c3d..e4f5a6b". */
  describe(): string;
  /** After iteration: binary files skipped, anything partial. */
  notices(): string[];
  skipped(): SkippedFile[];
}

/** Flags that make diff output parseable by diff-parser whatever the user's config. */
export const DIFF_FLAGS = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--no-relative',
  '--ignore-submodules=all',
  '-U0',
  '-M',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

/** Skipped-file entries kept at most; the rest are counted in a notice. */
const MAX_SKIPPED_LISTED = 1000;
/** New-file blobs larger than this are not read to complete PEM blocks. */
const MAX_PEM_BLOB_BYTES = 8 * 1024 * 1024;

const short = (sha: string): string => sha.slice(0, 7);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Plan {
  args: string[];
  /** Blob revision prefix for reading a new file: ':0:' (index) or '<sha>:'; per commit when null. */
  blobRev: string | null;
  describe: (files: number, commits: number) => string;
  notices: string[];
  /** Nothing to run (e.g. history of a repository without commits). */
  empty?: boolean;
  /** Revisions whose trees tell whether an unchanged pathspec exists at all (`git ls-tree`). */
  trees: string[];
  /** Revision arguments of `git rev-list --count`: the commits a "0 changes" notice counts. */
  countRevs?: string[];
  /** Where the scan looked, for "matches no file in …". */
  where: string;
}

export interface ParsedRange {
  left: string;
  right: string;
  mergeBase: boolean;
}

/** Splits a range string. Throws a UsageError for an empty or option-like range. */
export function parseRange(range: string): ParsedRange {
  const r = range.trim();
  if (r === '') throw new UsageError('empty git range: give BASE..HEAD, BASE...HEAD or a single BASE (meaning BASE..HEAD)');
  let left: string;
  let right: string;
  let mb = false;
  const tri = r.indexOf('...');
  if (tri >= 0) {
    left = r.slice(0, tri);
    right = r.slice(tri + 3);
    mb = true;
  } else {
    const two = r.indexOf('..');
    if (two >= 0) {
      left = r.slice(0, two);
      right = r.slice(two + 2);
    } else {
      left = r;
      right = 'HEAD';
    }
  }
  left = left || 'HEAD';
  right = right || 'HEAD';
  for (const ref of [left, right]) {
    if (ref.startsWith('-') || ref.includes('..') || /\s/.test(ref)) {
      throw new UsageError(`invalid git range '${range}': give BASE..HEAD, BASE...HEAD or a single BASE`);
    }
  }
  return { left, right, mergeBase: mb };
}

function shallowFix(what: string): string {
  return (
    `${what} is missing from this shallow clone: fetch the history ` +
    '(GitHub Actions: actions/checkout with `fetch-depth: 0`; locally: `git fetch --deepen=N` or `git fetch origin <base>`)'
  );
}

async function resolveOrThrow(ref: string, info: RepoInfo, cwd: string): Promise<string> {
  const sha = await resolveCommit(ref, cwd);
  if (sha) return sha;
  if (info.shallow) throw new UsageError(shallowFix(`git revision '${ref}'`));
  throw new UsageError(`unknown git revision '${ref}': check the name, or fetch it first (\`git fetch origin ${ref}\`)`);
}

async function planScan(mode: GitScanMode, info: RepoInfo, cwd: string): Promise<Plan> {
  switch (mode.kind) {
    case 'staged':
      // `git diff --cached` compares with the empty tree before the first commit.
      return {
        args: ['diff', '--cached', ...DIFF_FLAGS],
        blobRev: ':0:',
        describe: (files) => `staged changes (${plural(files, 'file')})`,
        notices: [],
        trees: (await resolveCommit('HEAD', cwd)) ? ['HEAD'] : [],
        where: 'the index, HEAD or the work tree',
      };
    case 'diff': {
      const r = parseRange(mode.range);
      const leftSha = await resolveOrThrow(r.left, info, cwd);
      const rightSha = await resolveOrThrow(r.right, info, cwd);
      let base = leftSha;
      if (r.mergeBase) {
        const mb = await mergeBase(leftSha, rightSha, cwd);
        if (!mb) {
          if (info.shallow) throw new UsageError(shallowFix(`the merge base of '${r.left}' and '${r.right}'`));
          throw new UsageError(`'${r.left}' and '${r.right}' have no common ancestor: use ${r.left}..${r.right} for the net diff between them`);
        }
        base = mb;
      }
      return {
        args: ['diff', ...DIFF_FLAGS, base, rightSha],
        blobRev: `${rightSha}:`,
        describe: (files) => `diff ${short(base)}..${short(rightSha)} (${plural(files, 'file')})`,
        notices: [],
        trees: [base, rightSha],
        countRevs: [`${base}..${rightSha}`],
        where: `${short(base)}..${short(rightSha)}`,
      };
    }
    case 'commits': {
      const r = parseRange(mode.range);
      const leftSha = await resolveOrThrow(r.left, info, cwd);
      const rightSha = await resolveOrThrow(r.right, info, cwd);
      if (info.shallow && !(await mergeBase(leftSha, rightSha, cwd))) {
        throw new UsageError(shallowFix(`the history between '${r.left}' and '${r.right}'`));
      }
      return {
        args: ['-c', 'log.showRoot=true', 'log', '-p', ...DIFF_FLAGS, COMMIT_FORMAT, `${leftSha}..${rightSha}`],
        blobRev: null,
        describe: (_files, commits) => `${plural(commits, 'commit')} ${short(leftSha)}..${short(rightSha)}`,
        notices: [],
        trees: [leftSha, rightSha],
        countRevs: [`${leftSha}..${rightSha}`],
        where: `${short(leftSha)}..${short(rightSha)}`,
      };
    }
    case 'history':
      return planHistory(mode.refs ?? [], info, cwd);
  }
}

/** Refs `--all` walks, without the stash (local, never pushed: see docs/pre-commit-and-diffs.md). */
export const ALL_REFS = ['--exclude=refs/stash', '--all'];

/** `3 branches, 2 tags, 4 remote-tracking refs`: what `--all` walks, for the scan's description. */
async function refCounts(cwd: string): Promise<string> {
  const r = await runGit(['for-each-ref', '--format=%(refname)'], cwd);
  const refs = r.code === 0 ? r.stdout.toString('utf8').split('\n').filter((l) => l && l !== 'refs/stash') : [];
  const heads = refs.filter((l) => l.startsWith('refs/heads/')).length;
  const tags = refs.filter((l) => l.startsWith('refs/tags/')).length;
  const remotes = refs.filter((l) => l.startsWith('refs/remotes/') && !l.endsWith('/HEAD')).length;
  const parts = [`${heads} ${heads === 1 ? 'branch' : 'branches'}`, plural(tags, 'tag')];
  if (remotes) parts.push(plural(remotes, 'remote-tracking ref'));
  const other = refs.length - heads - tags - refs.filter((l) => l.startsWith('refs/remotes/')).length;
  if (other) parts.push(plural(other, 'other ref'));
  return parts.join(', ');
}

async function planHistory(refs: string[], info: RepoInfo, cwd: string): Promise<Plan> {
  const notices = info.shallow
    ? ['shallow clone: history was scanned only down to the shallow boundary (fetch full history with `fetch-depth: 0` or `git fetch --unshallow` for a complete audit)']
    : [];
  if (refs.length > 0) {
    const shas: string[] = [];
    for (const ref of refs) {
      if (ref.trim() === '') throw new UsageError('--ref needs a revision (a branch, tag or commit)');
      shas.push(await resolveOrThrow(ref, info, cwd));
    }
    const names = refs.map((r) => r.slice(0, 60)).join(', ');
    return {
      args: ['-c', 'log.showRoot=true', 'log', '-p', ...DIFF_FLAGS, COMMIT_FORMAT, ...shas],
      blobRev: null,
      describe: (_files, commits) => `${plural(commits, 'commit')} reachable from ${names}`,
      notices,
      trees: [],
      countRevs: shas,
      where: `the history of ${names}`,
    };
  }
  const any = await runGit(['rev-list', '--max-count=1', ...ALL_REFS], cwd);
  if (any.code !== 0 || any.stdout.toString('utf8').trim() === '') {
    return { args: [], blobRev: null, describe: () => 'history (no commits yet)', notices, empty: true, trees: [], where: 'the history' };
  }
  const counts = await refCounts(cwd);
  return {
    args: ['-c', 'log.showRoot=true', 'log', '-p', ...DIFF_FLAGS, COMMIT_FORMAT, ...ALL_REFS],
    blobRev: null,
    describe: (_files, commits) => `${plural(commits, 'commit')} on all refs (${counts})`,
    notices,
    trees: [],
    countRevs: ALL_REFS,
    where: 'the history (all refs)',
  };
}

/** Reads a blob, or null when it cannot be read or is larger than `maxBytes`. */
async function readBlob(spec: string, cwd: string, opts: { maxBytes?: number; headBytes?: number } = {}): Promise<Buffer | null> {
  try {
    const r = await runGit(['cat-file', 'blob', spec], cwd, { maxBytes: MAX_PEM_BLOB_BYTES, ...opts });
    return r.code === 0 ? r.stdout : null;
  } catch {
    return null;
  }
}

/** git's own binary test looks for a NUL byte in the first 8000 bytes. */
const BINARY_SNIFF_BYTES = 8000;
function looksBinary(head: Buffer): boolean {
  return head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

const RENAME_WARNING = /rename detection was skipped|diff\.renameLimit/i;

/** Files git called binary that are checked for being text marked `-diff`/`binary` by .gitattributes. */
const MAX_BINARY_RECHECKS = 200;

interface BinaryEntry {
  path: string;
  commit?: string;
}

export async function openGitScan(mode: GitScanMode, opts: GitScanOptions): Promise<GitScan> {
  const cwd = opts.cwd;
  const info = await repoInfo(cwd);
  const plan = await planScan(mode, info, cwd);
  const pathspecs = opts.pathspecs ?? [];
  if (pathspecs.some((p) => p === '')) throw new UsageError('empty path given to a git scan');

  let files = 0;
  let commits = 0;
  const skipped: SkippedFile[] = [];
  let skippedOverflow = 0;
  let binaries = 0;
  let textRescans = 0;
  const notices = [...plan.notices];
  const pemUnread = new Set<string>();
  const specs = pathspecs.map((p) => ({ given: p, rel: repoRelative(p, info, cwd), matched: false }));
  const markMatched = (file: string): void => {
    for (const s of specs) if (!s.matched && coversPath(s.rel, file)) s.matched = true;
  };

  function skipBinary(b: BinaryEntry): void {
    binaries++;
    if (skipped.length >= MAX_SKIPPED_LISTED) {
      skippedOverflow++;
      return;
    }
    const s: SkippedFile = { path: b.path, reason: 'binary' };
    if (b.commit) s.detail = `commit ${short(b.commit)}`;
    skipped.push(s);
  }

  /** Completes PEM blocks from the new file when an added line may belong to one. */
  async function finish(unit: ScanUnit): Promise<ScanUnit> {
    if (!needsPemContext(unit)) return unit;
    const rev = plan.blobRev ?? (unit.commit ? `${unit.commit}:` : null);
    const blob = rev ? await readBlob(`${rev}${unit.path}`, cwd) : null;
    if (blob === null) {
      pemUnread.add(unit.path);
      return unit;
    }
    return expandPemBlocks(unit, blob.toString('utf8'));
  }

  /** Runs one git diff/log command and yields its units; binary entries go to `binaryOut`. */
  async function* stream(args: string[], binaryOut: BinaryEntry[] | null): AsyncGenerator<ScanUnit> {
    const git = streamGit(args, cwd, { literalPathspecs: true });
    let finished = false;
    try {
      for await (const ev of parseDiff(git.stdout, { maxUnitChars: DEFAULT_MAX_UNIT_CHARS })) {
        if (ev.kind === 'commit') {
          if (binaryOut) commits++;
        } else if (ev.kind === 'file') {
          if (binaryOut) files++;
          markMatched(ev.file.path);
          if (ev.file.oldPath) markMatched(ev.file.oldPath);
          if (ev.file.binary && ev.file.status !== 'deleted') {
            const b: BinaryEntry = { path: ev.file.path };
            if (ev.file.commit) b.commit = ev.file.commit;
            if (binaryOut) binaryOut.push(b);
            else skipBinary(b);
          }
        } else {
          yield await finish(ev.unit);
        }
      }
      const { code, stderr } = await git.done;
      if (code !== 0) {
        throw new UsageError(`git could not read ${describeMode(mode)}: ${firstLine(stderr)}`);
      }
      if (RENAME_WARNING.test(stderr) && !notices.some((n) => n.startsWith('git skipped rename'))) {
        notices.push('git skipped rename detection (too many files): renamed files were scanned as wholly added');
      }
      finished = true;
    } finally {
      if (!finished) git.kill();
    }
  }

  /** The same change of one path, forced to text (for files .gitattributes marks binary). */
  function textArgs(b: BinaryEntry): string[] {
    if (b.commit) {
      return ['-c', 'log.showRoot=true', 'log', '-p', '--text', '-1', ...DIFF_FLAGS, COMMIT_FORMAT, b.commit, '--', b.path];
    }
    const [cmd, ...rest] = plan.args;
    return [cmd!, '--text', ...rest, '--', b.path];
  }

  async function* generate(): AsyncGenerator<ScanUnit> {
    if (plan.empty) return;
    const binaryFiles: BinaryEntry[] = [];
    yield* stream([...plan.args, '--', ...pathspecs], binaryFiles);
    // git calls a file binary when it has a NUL byte near the start, or when .gitattributes
    // says so (`-diff`, `binary`): a text file marked that way must not hide a key.
    for (const [i, b] of binaryFiles.entries()) {
      const rev = b.commit ? `${b.commit}:` : plan.blobRev;
      const blob = i < MAX_BINARY_RECHECKS && rev ? await readBlob(`${rev}${b.path}`, cwd, { headBytes: BINARY_SNIFF_BYTES }) : null;
      if (blob === null || looksBinary(blob)) {
        skipBinary(b);
        continue;
      }
      textRescans++;
      yield* stream(textArgs(b), null);
    }
    // A pathspec no diff entry touched: a typo (exit 2) or a path without changes (a notice).
    for (const s of specs.filter((x) => !x.matched)) {
      if (!(await pathExists(s.rel, s.given, plan, cwd))) throw new UsageError(`${s.given} matches no file in ${plan.where}`);
      const across = plan.countRevs ? ` across ${plural(await countCommits(plan.countRevs, cwd), 'commit')}` : ' in the staged changes';
      notices.push(`0 changes in ${s.given}${across}`);
    }
  }

  return {
    units: { [Symbol.asyncIterator]: () => generate() },
    describe: () => plan.describe(files, commits),
    notices: () => {
      const out = [...notices];
      if (binaries > 0) out.push(`${plural(binaries, 'binary file')} skipped`);
      if (skippedOverflow > 0) out.push(`${skippedOverflow} more skipped files not listed`);
      if (textRescans > 0) out.push(`${plural(textRescans, 'text file')} marked binary by .gitattributes scanned as text`);
      if (pemUnread.size > 0) out.push(`could not read ${plural(pemUnread.size, 'file')} to complete private key blocks`);
      return out;
    },
    skipped: () => [...skipped],
  };
}

/** A pathspec (relative to `cwd`, literal) as a path relative to the repository root ('' = all). */
function repoRelative(spec: string, info: RepoInfo, cwd: string): string {
  let realCwd: string;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    realCwd = resolve(cwd);
  }
  return relative(info.topLevel, resolve(realCwd, spec)).split(sep).join('/');
}

/** Literal pathspec semantics: the path itself or anything below it. */
function coversPath(rel: string, file: string): boolean {
  return rel === '' || file === rel || file.startsWith(rel + '/');
}

/** Whether a pathspec names something in the plan's trees, the index or the work tree. */
async function pathExists(rel: string, given: string, plan: Plan, cwd: string): Promise<boolean> {
  if (rel === '' || rel.startsWith('..')) return true;
  const top = ['--full-tree', '-r', '--name-only'];
  for (const tree of plan.trees) {
    const r = await runGit(['ls-tree', ...top, tree, '--', rel], cwd, { maxBytes: 1024 * 1024, headBytes: 4096 });
    if (r.code === 0 && r.stdout.length > 0) return true;
  }
  if (plan.countRevs) return false;
  // Staged mode: the index or the work tree.
  const idx = await runGit(['ls-files', '--cached', '--', given], cwd, { literalPathspecs: true, headBytes: 4096 });
  if (idx.code === 0 && idx.stdout.length > 0) return true;
  return existsSync(resolve(cwd, given));
}

async function countCommits(revs: string[], cwd: string): Promise<number> {
  const r = await runGit(['rev-list', '--count', ...revs], cwd);
  return r.code === 0 ? Number(r.stdout.toString('utf8').trim()) || 0 : 0;
}

function describeMode(mode: GitScanMode): string {
  switch (mode.kind) {
    case 'staged':
      return 'the staged changes';
    case 'diff':
      return `the diff ${mode.range}`;
    case 'commits':
      return `the commits ${mode.range}`;
    case 'history':
      return 'the history';
  }
}

/**
 * For the pre-commit hook: which of the given files (relative to `cwd`, as pre-commit passes
 * them) have staged changes — scan their staged added lines — and which have none — scan their
 * full content (`pre-commit run --all-files`, `--files`). Order and spelling of `files` is kept.
 */
export async function splitHookFiles(files: string[], cwd: string): Promise<{ staged: string[]; full: string[] }> {
  if (files.length === 0) return { staged: [], full: [] };
  const info = await repoInfo(cwd);
  const r = await runGit(['diff', '--cached', '--name-only', '-z', '--no-renames', '--no-relative', '--ignore-submodules=all'], cwd);
  if (r.code !== 0) throw new UsageError(`git could not list the staged files: ${firstLine(r.stderr)}`);
  const stagedSet = new Set(r.stdout.toString('utf8').split('\0').filter((s) => s.length > 0));
  let realCwd: string;
  try {
    realCwd = realpathSync(cwd);
  } catch {
    realCwd = resolve(cwd);
  }
  const staged: string[] = [];
  const full: string[] = [];
  for (const f of files) {
    const rel = relative(info.topLevel, resolve(realCwd, f)).split(sep).join('/');
    (stagedSet.has(rel) ? staged : full).push(f);
  }
  return { staged, full };
}
