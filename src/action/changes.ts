/**
 * What to scan for a workflow event: a commit range (pull request, push, merge queue) or the
 * whole tree (schedule, manual runs, anything else). Pure: reads only the event name and
 * payload, so every event shape is unit-tested without git.
 *
 * - pull_request / pull_request_target: every commit of the PR, `base.sha...head.sha`
 *   (merge-base semantics, the commits GitHub lists on the PR; `pull_request.commits` is the
 *   expected count).
 * - push: `before...after`. A force push is the same range (the commits of `after` not in
 *   `before`); when `before` can no longer be fetched, the commits listed in the payload.
 *   A new branch or tag (`before` = 000…0) is compared with the default branch: the pushed
 *   commits not on it. The first push of the default branch itself scans the tree at `after`.
 *   A deleted branch has nothing to scan.
 * - merge_group: `base_sha...head_sha`.
 * - schedule, workflow_dispatch and every other event: the checked-out tree.
 */
import { UsageError } from '../types.js';
import type { ScanScope } from './inputs.js';

export const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

export interface EventInfo {
  eventName: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA: the checked-out commit (the merge commit on pull_request). */
  sha: string;
  /** GITHUB_REF. */
  ref: string;
}

export interface RangePlan {
  kind: 'range';
  /** Base commit; null when it must be found first (new branch: the default branch's tip). */
  base: string | null;
  head: string;
  /** `'diff'`: net diff only; `'commits'`: every commit too (intermediate findings). */
  depth: 'diff' | 'commits';
  /** Branch whose tip is the base when `base` is null. */
  baseBranch?: string;
  /** Commits the range must contain (pull_request.commits), when the payload says. */
  expectedCommits?: number;
  /** Files the PR changes (pull_request.changed_files), for the API fallback's completeness check. */
  expectedFiles?: number;
  pullNumber?: number;
  /** Push payload commits (oldest first): the fallback when `before` is gone. */
  listedCommits?: string[];
  /** The payload's commit list hit GitHub's cap (2048): it may be incomplete. */
  listedTruncated?: boolean;
  forced?: boolean;
  /** Human description of why this range, for the log and summary. */
  why: string;
}

export interface TreePlan {
  kind: 'tree';
  why: string;
}

export interface NothingPlan {
  kind: 'nothing';
  why: string;
}

/** `scope: history`: every commit of every ref (an audit, whatever the event). */
export interface HistoryPlan {
  kind: 'history';
  why: string;
}

export type ChangePlan = RangePlan | TreePlan | NothingPlan | HistoryPlan;

const RANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'push', 'merge_group']);
/** GitHub lists at most this many commits in a push payload. */
export const PUSH_PAYLOAD_COMMIT_CAP = 2048;

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

function sha(v: unknown, what: string): string {
  const s = str(v);
  if (!s || !SHA.test(s)) throw new UsageError(`the event payload has no valid ${what} (got ${s ? `'${s.slice(0, 50)}'` : 'nothing'})`);
  return s.toLowerCase();
}

const short = (s: string): string => s.slice(0, 7);

export function planChanges(event: EventInfo, scope: ScanScope): ChangePlan {
  const name = event.eventName;
  if (scope === 'history') return { kind: 'history', why: "scope 'history': every commit of every branch and tag" };
  if (scope === 'all') return { kind: 'tree', why: `scope 'all': the full tree at ${short(event.sha || 'HEAD')}` };
  if (!RANGE_EVENTS.has(name)) {
    if (scope !== 'auto') {
      throw new UsageError(
        `scope '${scope}' needs a pull_request, pull_request_target, push or merge_group event (this run is '${name || 'unknown'}'): use scope 'auto' or 'all'`,
      );
    }
    return { kind: 'tree', why: `event '${name || 'unknown'}': the full tree` };
  }
  const depth = scope === 'diff' ? 'diff' : 'commits';
  const p = event.payload;
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(p.pull_request);
      if (!pr) throw new UsageError(`the ${name} event payload has no pull_request object`);
      const base = sha(obj(pr.base)?.sha, 'pull_request.base.sha');
      const head = sha(obj(pr.head)?.sha, 'pull_request.head.sha');
      const plan: RangePlan = { kind: 'range', base, head, depth, why: `pull request${num(pr.number) !== undefined ? ` #${num(pr.number)}` : ''}: ${short(base)}...${short(head)}` };
      const commits = num(pr.commits);
      if (commits !== undefined) plan.expectedCommits = commits;
      const files = num(pr.changed_files);
      if (files !== undefined) plan.expectedFiles = files;
      const n = num(pr.number);
      if (n !== undefined) plan.pullNumber = n;
      return plan;
    }
    case 'merge_group': {
      const mg = obj(p.merge_group);
      if (!mg) throw new UsageError('the merge_group event payload has no merge_group object');
      const base = sha(mg.base_sha, 'merge_group.base_sha');
      const head = sha(mg.head_sha, 'merge_group.head_sha');
      return { kind: 'range', base, head, depth, why: `merge queue group: ${short(base)}...${short(head)}` };
    }
    default:
      return planPush(event, depth);
  }
}

function planPush(event: EventInfo, depth: 'diff' | 'commits'): ChangePlan {
  const p = event.payload;
  const ref = str(p.ref) ?? event.ref;
  const afterRaw = str(p.after) ?? event.sha;
  if (p.deleted === true || (afterRaw && ZERO_SHA.test(afterRaw))) {
    return { kind: 'nothing', why: `push deleted ${ref || 'a ref'}: nothing to scan` };
  }
  const after = sha(afterRaw, 'push after sha');
  const beforeRaw = str(p.before);
  const listed = Array.isArray(p.commits)
    ? p.commits.map((c) => str(obj(c)?.id)).filter((id): id is string => id !== undefined && SHA.test(id))
    : [];
  const base: Pick<RangePlan, 'listedCommits' | 'listedTruncated'> = {};
  if (listed.length) base.listedCommits = listed;
  if (listed.length >= PUSH_PAYLOAD_COMMIT_CAP) base.listedTruncated = true;

  if (!beforeRaw || ZERO_SHA.test(beforeRaw)) {
    const repo = obj(p.repository);
    const defaultBranch = str(repo?.default_branch) ?? str(repo?.master_branch);
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    if (!defaultBranch || branch === defaultBranch) {
      return { kind: 'tree', why: `first push of ${branch ?? ref}: the full tree at ${short(after)}` };
    }
    return {
      kind: 'range',
      base: null,
      baseBranch: defaultBranch,
      head: after,
      depth,
      ...base,
      why: `new ${ref.startsWith('refs/tags/') ? 'tag' : 'branch'} ${branch ?? ref}: the commits not on ${defaultBranch}, up to ${short(after)}`,
    };
  }
  const before = sha(beforeRaw, 'push before sha');
  const forced = p.forced === true;
  return {
    kind: 'range',
    base: before,
    head: after,
    depth,
    forced,
    ...base,
    why: `${forced ? 'force push' : 'push'} to ${ref || 'a ref'}: ${short(before)}...${short(after)}`,
  };
}
