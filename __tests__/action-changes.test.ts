/** Event → what to scan (pure planning; the git side is in action-run.test.ts). */
import { describe, expect, test } from '@jest/globals';
import { planChanges, type EventInfo } from '../src/action/changes.js';
import { UsageError } from '../src/types.js';

const sha = (c: string): string => c.repeat(40);
const ZERO = '0'.repeat(40);
const ev = (eventName: string, payload: Record<string, unknown>, extra: Partial<EventInfo> = {}): EventInfo => ({ eventName, payload, sha: sha('f'), ref: '', ...extra });
const repo = { default_branch: 'main' };

describe('pull_request and pull_request_target', () => {
  const payload = { pull_request: { number: 7, commits: 4, changed_files: 9, base: { sha: sha('a') }, head: { sha: sha('b') } } };
  test.each(['pull_request', 'pull_request_target'])('%s: every commit of base.sha...head.sha', (name) => {
    expect(planChanges(ev(name, payload), 'auto')).toEqual({
      kind: 'range',
      base: sha('a'),
      head: sha('b'),
      depth: 'commits',
      expectedCommits: 4,
      expectedFiles: 9,
      pullNumber: 7,
      why: 'pull request #7: aaaaaaa...bbbbbbb',
    });
  });
  test("scope 'diff' skips the per-commit pass; 'all' scans the tree", () => {
    expect(planChanges(ev('pull_request', payload), 'diff')).toMatchObject({ kind: 'range', depth: 'diff' });
    expect(planChanges(ev('pull_request', payload), 'all')).toMatchObject({ kind: 'tree' });
  });
  test('a payload without shas is a clear error', () => {
    expect(() => planChanges(ev('pull_request', { pull_request: { base: {}, head: { sha: sha('b') } } }), 'auto')).toThrow(
      new UsageError("the event payload has no valid pull_request.base.sha (got nothing)"),
    );
    expect(() => planChanges(ev('pull_request', {}), 'auto')).toThrow(/no pull_request object/);
    expect(() => planChanges(ev('pull_request', { pull_request: { base: { sha: 'main' }, head: { sha: sha('b') } } }), 'auto')).toThrow(/got 'main'/);
  });
});

describe('push', () => {
  const commits = [{ id: sha('1') }, { id: sha('2') }];
  test('a normal push: before...after, payload commits kept as the fallback', () => {
    expect(planChanges(ev('push', { ref: 'refs/heads/dev', before: sha('a'), after: sha('b'), commits, repository: repo }), 'auto')).toEqual({
      kind: 'range',
      base: sha('a'),
      head: sha('b'),
      depth: 'commits',
      forced: false,
      listedCommits: [sha('1'), sha('2')],
      why: 'push to refs/heads/dev: aaaaaaa...bbbbbbb',
    });
  });
  test('a force push is the same range, flagged', () => {
    const plan = planChanges(ev('push', { ref: 'refs/heads/dev', before: sha('a'), after: sha('b'), forced: true, commits }), 'auto');
    expect(plan).toMatchObject({ kind: 'range', base: sha('a'), forced: true, why: 'force push to refs/heads/dev: aaaaaaa...bbbbbbb' });
  });
  test('a new branch: compared with the default branch (base found later)', () => {
    const plan = planChanges(ev('push', { ref: 'refs/heads/feature/x', before: ZERO, after: sha('b'), created: true, commits, repository: repo }), 'auto');
    expect(plan).toEqual({
      kind: 'range',
      base: null,
      baseBranch: 'main',
      head: sha('b'),
      depth: 'commits',
      listedCommits: [sha('1'), sha('2')],
      why: 'new branch feature/x: the commits not on main, up to bbbbbbb',
    });
  });
  test('a new tag is compared with the default branch too', () => {
    expect(planChanges(ev('push', { ref: 'refs/tags/v1', before: ZERO, after: sha('b'), repository: repo }), 'auto')).toMatchObject({ base: null, baseBranch: 'main', why: expect.stringMatching(/^new tag refs\/tags\/v1/) });
  });
  test('the first push of the default branch scans the tree', () => {
    expect(planChanges(ev('push', { ref: 'refs/heads/main', before: ZERO, after: sha('b'), repository: repo }), 'auto')).toEqual({ kind: 'tree', why: 'first push of main: the full tree at bbbbbbb' });
  });
  test('a deleted branch has nothing to scan, and says so', () => {
    expect(planChanges(ev('push', { ref: 'refs/heads/old', before: sha('a'), after: ZERO, deleted: true }), 'auto')).toEqual({ kind: 'nothing', why: 'push deleted refs/heads/old: nothing to scan' });
  });
  test('2048 listed commits (GitHub\'s cap) marks the list as possibly truncated', () => {
    const many = Array.from({ length: 2048 }, (_, i) => ({ id: i.toString(16).padStart(40, '0') }));
    expect(planChanges(ev('push', { ref: 'refs/heads/dev', before: sha('a'), after: sha('b'), commits: many }), 'auto')).toMatchObject({ listedTruncated: true });
  });
});

describe('merge_group, schedule, workflow_dispatch, others', () => {
  test('merge_group: base_sha...head_sha', () => {
    expect(planChanges(ev('merge_group', { merge_group: { base_sha: sha('a'), head_sha: sha('b'), head_ref: 'gh-readonly-queue/main/pr-1' } }), 'auto')).toEqual({
      kind: 'range',
      base: sha('a'),
      head: sha('b'),
      depth: 'commits',
      why: 'merge queue group: aaaaaaa...bbbbbbb',
    });
  });
  test.each(['schedule', 'workflow_dispatch', 'release', ''])('%s: the full tree', (name) => {
    expect(planChanges(ev(name, {}), 'auto')).toMatchObject({ kind: 'tree' });
  });
  test.each(['diff', 'commits'] as const)("scope '%s' on a schedule run is a usage error", (scope) => {
    expect(() => planChanges(ev('schedule', {}), scope)).toThrow(new UsageError(`scope '${scope}' needs a pull_request, pull_request_target, push or merge_group event (this run is 'schedule'): use scope 'auto' or 'all'`));
  });
});
