/**
 * Makes a commit range scannable in the runner's clone. `actions/checkout` fetches one commit
 * by default (`fetch-depth: 1`), and on pull_request it checks out the merge commit, so the
 * PR's head and base are usually missing. We fetch them from `origin` with the credentials the
 * checkout left in the git config, then deepen in bounded, doubling steps until the range is
 * complete: both ends present, a merge base found, no commit of the range cut off at the
 * shallow boundary (its diff would show every file as added), and — for a pull request — as
 * many commits as GitHub lists. A full clone (`fetch-depth: 0`) needs no fetch at all.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { firstLine, mergeBase, repoInfo, resolveCommit, runGit } from '../sources/git.js';
import { UsageError } from '../types.js';

export interface ResolvedRange {
  base: string;
  head: string;
  mergeBase: string;
  /** Commits in base..head. */
  commits: number;
}

export type RangeOutcome =
  | { ok: true; range: ResolvedRange; notes: string[] }
  /** `baseMissing`: the head could be fetched but the base cannot (force-pushed away, deleted). */
  | { ok: false; reason: string; baseMissing: boolean; notes: string[] };

export interface RangeRequest {
  base: string;
  head: string;
  /** Commits the range should hold (pull_request.commits). */
  expectedCommits?: number;
  /** A hint for the first fetch's depth (e.g. the push payload's commit count). */
  depthHint?: number;
}

export interface FetchPolicy {
  /** Deepen rounds after the first fetch (default 6: 50+100+…+1600 commits). */
  maxRounds?: number;
  /** First deepen step (default 50), doubled each round. */
  firstStep?: number;
  log?: (line: string) => void;
}

const short = (s: string): string => s.slice(0, 7);

async function git(args: string[], cwd: string): Promise<{ ok: boolean; stdout: string; error: string }> {
  const r = await runGit(args, cwd);
  return { ok: r.code === 0, stdout: r.stdout.toString('utf8'), error: firstLine(r.stderr) };
}

async function shallowSet(cwd: string): Promise<Set<string>> {
  const r = await git(['rev-parse', '--git-path', 'shallow'], cwd);
  if (!r.ok) return new Set();
  const file = path.resolve(cwd, r.stdout.trim());
  try {
    return new Set((await readFile(file, 'utf8')).split('\n').map((s) => s.trim()).filter(Boolean));
  } catch {
    return new Set();
  }
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await repoInfo(cwd)).shallow;
}

interface Check {
  complete: boolean;
  /** Why not (for the last round's message). */
  missing?: string;
  mergeBase?: string;
  commits?: number;
}

async function checkRange(req: RangeRequest, cwd: string, shallow: boolean): Promise<Check> {
  const base = await resolveCommit(req.base, cwd);
  const head = await resolveCommit(req.head, cwd);
  if (!base || !head) return { complete: false, missing: `commit ${short(!head ? req.head : req.base)} is not in the clone` };
  const mb = await mergeBase(base, head, cwd);
  if (!mb) return { complete: false, missing: `no merge base of ${short(base)} and ${short(head)} in the fetched history` };
  const list = await git(['rev-list', `${base}..${head}`], cwd);
  if (!list.ok) return { complete: false, missing: `git rev-list failed: ${list.error}` };
  const commits = list.stdout.split('\n').filter(Boolean);
  if (shallow) {
    const boundary = await shallowSet(cwd);
    if (commits.some((c) => boundary.has(c))) {
      return { complete: false, missing: 'part of the range lies beyond the shallow boundary', mergeBase: mb, commits: commits.length };
    }
    if (req.expectedCommits !== undefined && commits.length > req.expectedCommits) {
      // The base side is cut short: commits of the base branch look like part of the range.
      return { complete: false, missing: `git sees ${commits.length} commits where GitHub lists ${req.expectedCommits}`, mergeBase: mb, commits: commits.length };
    }
  }
  return { complete: true, mergeBase: mb, commits: commits.length };
}

/** `git fetch --no-tags [depth args] origin <shas…>`; never prompts for credentials. */
async function fetch(shas: string[], depthArgs: string[], cwd: string, log: (l: string) => void): Promise<{ ok: boolean; error: string }> {
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...depthArgs, 'origin', ...shas];
  log(`git ${args.join(' ')}`);
  const r = await git(args, cwd);
  return { ok: r.ok, error: r.error };
}

/** Fetches the tip of a branch from origin and returns its sha, or null. */
export async function fetchBranchTip(branch: string, cwd: string, log: (l: string) => void = () => undefined): Promise<string | null> {
  if (!/^[A-Za-z0-9._\/-]+$/.test(branch) || branch.startsWith('-') || branch.includes('..')) return null;
  const remoteRef = `refs/remotes/origin/${branch}`;
  const depth = (await isShallow(cwd)) ? ['--depth=1'] : [];
  const r = await fetch([`+refs/heads/${branch}:${remoteRef}`], depth, cwd, log);
  if (!r.ok) {
    log(`could not fetch ${branch}: ${r.error}`);
    return resolveCommit(remoteRef, cwd);
  }
  return resolveCommit(remoteRef, cwd);
}

/** Fetches the given commits (deepened to `depth` parents in a shallow clone). */
export async function fetchCommits(shas: string[], depth: number, cwd: string, log: (l: string) => void = () => undefined): Promise<{ ok: boolean; error: string }> {
  const shallow = await isShallow(cwd);
  return fetch(shas, shallow ? [`--depth=${Math.max(1, depth)}`] : [], cwd, log);
}

export async function ensureRange(req: RangeRequest, cwd: string, policy: FetchPolicy = {}): Promise<RangeOutcome> {
  const log = policy.log ?? (() => undefined);
  const notes: string[] = [];
  let shallow = await isShallow(cwd);
  let check = await checkRange(req, cwd, shallow);
  const done = (c: Check): RangeOutcome => {
    if (!shallow && req.expectedCommits !== undefined && c.commits !== req.expectedCommits) {
      notes.push(`git found ${c.commits} commits in the range where GitHub lists ${req.expectedCommits}: all ${c.commits} were scanned`);
    }
    return { ok: true, range: { base: req.base, head: req.head, mergeBase: c.mergeBase!, commits: c.commits! }, notes };
  };
  if (check.complete) return done(check);

  // First fetch: both ends, deep enough for the expected commits when the payload says.
  const firstDepth = Math.max(10, (req.expectedCommits ?? req.depthHint ?? 0) + 2);
  const first = await fetch([req.base, req.head], shallow ? [`--depth=${firstDepth}`] : [], cwd, log);
  if (!first.ok) {
    const headOnly = await fetch([req.head], shallow ? [`--depth=${firstDepth}`] : [], cwd, log);
    if (headOnly.ok) {
      return { ok: false, baseMissing: true, reason: `the base commit ${short(req.base)} cannot be fetched from origin (${first.error})`, notes };
    }
    return { ok: false, baseMissing: false, reason: `git fetch from origin failed: ${first.error}`, notes };
  }
  shallow = await isShallow(cwd);
  check = await checkRange(req, cwd, shallow);
  if (check.complete) return done(check);

  const rounds = policy.maxRounds ?? 6;
  let step = policy.firstStep ?? 50;
  let fetchedDepth = firstDepth;
  for (let i = 0; i < rounds && shallow; i++) {
    const r = await fetch([req.base, req.head], [`--deepen=${step}`], cwd, log);
    if (!r.ok) return { ok: false, baseMissing: false, reason: `git fetch --deepen failed: ${r.error}`, notes };
    fetchedDepth += step;
    step *= 2;
    shallow = await isShallow(cwd);
    check = await checkRange(req, cwd, shallow);
    if (check.complete) return done(check);
  }
  const why = check.missing ?? 'the range is incomplete';
  return {
    ok: false,
    baseMissing: false,
    reason: shallow ? `${why} after fetching ${fetchedDepth} commits of history` : why,
    notes,
  };
}

/**
 * `scope: history`: every branch and tag must be in the clone. A shallow checkout (the
 * default `fetch-depth: 1`, which also fetches one branch only) is completed with one fetch of
 * the full history, every branch (as remote-tracking refs) and the tags. Returns a line for the
 * summary when it fetched; throws a UsageError when it could not (never a green partial audit).
 */
export async function ensureFullHistory(cwd: string, log: (l: string) => void = () => undefined): Promise<string | undefined> {
  if (!(await isShallow(cwd))) return undefined;
  const args = ['fetch', '--unshallow', '--tags', '--no-recurse-submodules', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*'];
  log(`git ${args.join(' ')}`);
  const r = await git(args, cwd);
  if (!r.ok) {
    throw new UsageError(
      `scope 'history' needs the full history, but this checkout is shallow and \`git fetch --unshallow\` from origin failed: ${r.error} ` +
        '(fix: actions/checkout with `fetch-depth: 0`, and keep `persist-credentials` on)',
    );
  }
  if (await isShallow(cwd)) throw new UsageError("scope 'history' needs the full history, but the clone is still shallow after `git fetch --unshallow` (fix: actions/checkout with `fetch-depth: 0`)");
  return 'the checkout was shallow: fetched the full history, every branch and the tags from origin (`git fetch --unshallow --tags`) before the audit';
}
