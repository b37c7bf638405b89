/**
 * The action's scan: turns the event plan into findings at the head of the change plus keys
 * added and removed again inside it ("intermediate" findings, still in the history).
 *
 * Source order for a commit range: git (fetching what the shallow clone lacks), then the commits
 * listed in a push payload when a force push removed `before`, then the GitHub REST API, and
 * for a push whose base is gone for good, the tree at `after`. Every step down is a note that
 * reaches the log and the summary.
 */
import path from 'node:path';
import type { ProviderRecord } from '../providers/types.js';
import { providers as builtinProviders } from '../providers/registry.js';
import { runScanRequest, type ScanRequest } from '../scan/pipeline.js';
import { resolveCommit } from '../sources/git.js';
import type { Finding, ScanResult } from '../types.js';
import { UsageError } from '../types.js';
import { apiView, type ChangesApi } from './api-changes.js';
import type { ChangePlan, RangePlan } from './changes.js';
import { ensureRange, fetchBranchTip, fetchCommits, type ResolvedRange } from './history.js';
import type { ActionInputs } from './inputs.js';
import { scanHistoryAudit } from './history-audit.js';

/** Commits fetched one by one through the API (one request each) in the fallback. */
export const API_PER_COMMIT_LIMIT = 100;

export interface ActionScan {
  /** Findings at the head of the change (annotated), with notices and stats. */
  result: ScanResult;
  /** Provider records in use (built-in plus the config's custom rules). */
  providers: readonly ProviderRecord[];
  /** Keys added and removed again within the range; each has `commit`. */
  intermediate: Finding[];
  /** How the change was read. */
  via: 'git' | 'api' | 'tree' | 'nothing';
  /** e.g. `a1b2c3d...e4f5a6b`. */
  range?: string;
  commits?: number;
  /** The commit the findings' line numbers refer to (blob links). */
  headSha?: string;
  /** Partial views and fallbacks: shown as warnings in the log and in the summary. */
  notes: string[];
  /** Bytes read across all passes, and total duration. */
  bytes: number;
  durationMs: number;
}

export interface ScanDeps {
  workspace: string;
  /** GITHUB_SHA: the checked-out commit. */
  checkedOut?: string;
  /** The REST API, when a token is available. */
  api?: () => ChangesApi;
  log: (line: string) => void;
}

const short = (s: string): string => s.slice(0, 7);

function baseRequest(inputs: ActionInputs, workspace: string): ScanRequest {
  const req: ScanRequest = { cwd: workspace, paths: inputs.paths, exclude: inputs.exclude, defaultExcludes: true };
  if (inputs.config) req.configPath = inputs.config;
  if (inputs.baseline !== undefined) req.baseline = inputs.baseline;
  return req;
}

function emptyResult(scope: string): ScanResult {
  return { findings: [], skipped: [], stats: { files: 0, bytes: 0, skipped: 0, durationMs: 0 }, scope, notices: [] };
}

/**
 * Splits the per-commit findings into keys still present at the head (used to attribute head
 * findings to the commit that added them) and keys gone by the head (intermediate). Values
 * are compared in memory only.
 */
export function splitIntermediate(head: readonly Finding[], perCommit: readonly Finding[]): { head: Finding[]; intermediate: Finding[] } {
  const atHead = new Set(head.map((f) => `${f.rule}\0${f.secret.reveal()}`));
  const intermediate = perCommit.filter((f) => !atHead.has(`${f.rule}\0${f.secret.reveal()}`));
  const attributed = head.map((f) => {
    if (f.commit) return f;
    const same = perCommit.filter((c) => c.rule === f.rule && c.file === f.file && c.secret.reveal() === f.secret.reveal());
    const pick = same.find((c) => c.line === f.line) ?? same[0];
    return pick?.commit ? { ...f, commit: pick.commit } : f;
  });
  return { head: attributed, intermediate };
}

/** Paths relative to the workspace (the pipeline reports them relative to a single directory argument). */
function rebase(result: ScanResult, root: string, workspace: string): void {
  const prefix = path.relative(workspace, root).split(path.sep).join('/');
  if (prefix === '' || prefix.startsWith('..')) return;
  result.findings = result.findings.map((f) => ({ ...f, file: `${prefix}/${f.file}` }));
  result.skipped = result.skipped.map((s) => ({ ...s, path: `${prefix}/${s.path}` }));
}

async function scanTree(inputs: ActionInputs, deps: ScanDeps, notes: string[], started: number): Promise<ActionScan> {
  const head = await runScanRequest(baseRequest(inputs, deps.workspace));
  notes.push(...head.warnings);
  rebase(head.result, head.root, deps.workspace);
  const scan: ActionScan = {
    result: head.result,
    providers: head.providers,
    intermediate: [],
    via: 'tree',
    notes,
    bytes: head.result.stats.bytes,
    durationMs: Math.round(performance.now() - started),
  };
  if (deps.checkedOut) scan.headSha = deps.checkedOut;
  return scan;
}

async function scanGitRange(inputs: ActionInputs, plan: RangePlan, r: ResolvedRange, deps: ScanDeps, notes: string[], started: number): Promise<ActionScan> {
  const req = baseRequest(inputs, deps.workspace);
  const head = await runScanRequest({ ...req, git: { kind: 'diff', range: `${r.mergeBase}..${r.head}` } });
  notes.push(...head.warnings);
  // The size of what the pull request or push changes (the net diff); the per-commit pass
  // reads the same lines again, commit by commit, and is not counted twice.
  const bytes = head.result.stats.bytes;
  let intermediate: Finding[] = [];
  if (plan.depth === 'commits' && r.commits > 0) {
    const perCommit = await runScanRequest({ ...req, git: { kind: 'commits', range: `${r.base}..${r.head}` } });
    const split = splitIntermediate(head.result.findings, perCommit.result.findings);
    head.result.findings = split.head;
    intermediate = split.intermediate;
    for (const n of perCommit.result.notices) if (!head.result.notices.includes(n)) head.result.notices.push(n);
  }
  return {
    result: head.result,
    providers: head.providers,
    intermediate,
    via: 'git',
    range: `${short(r.base)}...${short(r.head)}`,
    commits: r.commits,
    headSha: r.head,
    notes,
    bytes,
    durationMs: Math.round(performance.now() - started),
  };
}

async function scanApiRange(inputs: ActionInputs, plan: RangePlan, base: string, api: ChangesApi, deps: ScanDeps, notes: string[], started: number): Promise<ActionScan> {
  const range: Parameters<typeof apiView>[0] = { base, head: plan.head };
  if (plan.pullNumber !== undefined) range.pullNumber = plan.pullNumber;
  if (plan.expectedCommits !== undefined) range.expectedCommits = plan.expectedCommits;
  if (plan.expectedFiles !== undefined) range.expectedFiles = plan.expectedFiles;
  const view = await apiView(range, api, plan.depth === 'commits' ? API_PER_COMMIT_LIMIT : 0);
  notes.push(...view.notes);
  const req = baseRequest(inputs, deps.workspace);
  const head = await runScanRequest({ ...req, source: view.head });
  notes.push(...head.warnings);
  // The size of what the pull request or push changes (the net diff); the per-commit pass
  // reads the same lines again, commit by commit, and is not counted twice.
  const bytes = head.result.stats.bytes;
  let intermediate: Finding[] = [];
  if (view.commits) {
    const perCommit = await runScanRequest({ ...req, source: view.commits });
    const split = splitIntermediate(head.result.findings, perCommit.result.findings);
    head.result.findings = split.head;
    intermediate = split.intermediate;
  }
  return {
    result: head.result,
    providers: head.providers,
    intermediate,
    via: 'api',
    range: `${short(base)}...${short(plan.head)}`,
    commits: view.totalCommits,
    headSha: plan.head,
    notes,
    bytes,
    durationMs: Math.round(performance.now() - started),
  };
}

/** For a push whose `before` is gone: the parent of the oldest commit listed in the payload. */
async function baseFromListedCommits(plan: RangePlan, deps: ScanDeps): Promise<string | null> {
  const listed = plan.listedCommits ?? [];
  if (listed.length === 0) return null;
  const f = await fetchCommits([plan.head], listed.length + 1, deps.workspace, deps.log);
  if (!f.ok) return null;
  return resolveCommit(`${listed[0]}^`, deps.workspace);
}

export async function collectFindings(inputs: ActionInputs, plan: ChangePlan, deps: ScanDeps): Promise<ActionScan> {
  const started = performance.now();
  const notes: string[] = [];
  if (plan.kind === 'nothing') {
    return { result: emptyResult(plan.why), providers: builtinProviders, intermediate: [], via: 'nothing', notes: [plan.why], bytes: 0, durationMs: 0 };
  }
  if (plan.kind === 'tree') return scanTree(inputs, deps, notes, started);
  if (plan.kind === 'history') return scanHistoryAudit(baseRequest(inputs, deps.workspace), deps, notes, started);

  let base = plan.base;
  if (base === null) {
    base = await fetchBranchTip(plan.baseBranch ?? '', deps.workspace, deps.log);
    if (base === null) {
      notes.push(`could not fetch the default branch '${plan.baseBranch ?? ''}' to find the new branch's own commits: scanned the full tree at ${short(plan.head)} instead`);
      return scanTree(inputs, deps, notes, started);
    }
  }
  const request = { base, head: plan.head } as Parameters<typeof ensureRange>[0];
  if (plan.expectedCommits !== undefined) request.expectedCommits = plan.expectedCommits;
  if (plan.listedCommits) request.depthHint = plan.listedCommits.length;
  let outcome = await ensureRange(request, deps.workspace, { log: deps.log });
  notes.push(...outcome.notes);

  if (!outcome.ok && outcome.baseMissing && plan.listedCommits?.length) {
    const listedBase = await baseFromListedCommits(plan, deps);
    if (listedBase) {
      notes.push(
        `the previous tip ${short(base)} is gone (force push): scanned the ${plan.listedCommits.length} commits listed in the push event instead` +
          (plan.listedTruncated ? ' — GitHub lists at most 2048, so older pushed commits may NOT have been scanned' : ''),
      );
      base = listedBase;
      outcome = await ensureRange({ base, head: plan.head }, deps.workspace, { log: deps.log });
    }
  }
  if (outcome.ok) return scanGitRange(inputs, plan, outcome.range, deps, notes, started);

  const gitReason = outcome.reason;
  if (deps.api && !outcome.baseMissing) {
    notes.push(`git could not provide the range (${gitReason}): read the changes through the GitHub API instead`);
    try {
      return await scanApiRange(inputs, plan, base, deps.api(), deps, notes, started);
    } catch (err) {
      throw new UsageError(
        `could not read the changes to scan: git: ${gitReason}; GitHub API: ${firstLineOf(err)} (fix: use actions/checkout with fetch-depth: 0, or give the action a github-token with contents/pull-requests read access)`,
      );
    }
  }
  if (outcome.baseMissing) {
    notes.push(`${gitReason}: scanned the full tree at ${short(plan.head)} instead; keys added and removed again in the pushed commits were NOT looked for`);
    return scanTree(inputs, deps, notes, started);
  }
  throw new UsageError(`could not read the changes to scan: ${gitReason} (fix: use actions/checkout with fetch-depth: 0, or pass github-token so keylint can use the GitHub API)`);
}

function firstLineOf(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? '').slice(0, 300);
}
