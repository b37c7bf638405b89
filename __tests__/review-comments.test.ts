/** Review comments planned and posted against a fake API (the bundled path: action-review.test.ts). */
import { describe, expect, test } from '@jest/globals';
import { planComments, postReview, reviewFailure, type ExistingComment, type ReviewApi } from '../src/action/review-comments.js';
import { fakeChars, fakeOpenAiKey, makeFinding, providers } from './reports-fixtures.js';

const KEY = fakeOpenAiKey(21);
const line = `OPENAI_API_KEY = "${KEY}"`;
const col = line.indexOf(KEY) + 1;

function fakeApi(existing: ExistingComment[] = []): ReviewApi & { posted: unknown[]; patched: Array<[number, string]> } {
  const api = {
    posted: [] as unknown[],
    patched: [] as Array<[number, string]>,
    listComments: async () => existing,
    createReview: async (_pull: number, review: unknown) => void api.posted.push(review),
    updateComment: async (id: number, body: string) => void api.patched.push([id, body]),
  };
  return api;
}

describe('planComments', () => {
  test('the same key twice in a file gets two markers; an unreadable file gets no suggestion', async () => {
    const a = makeFinding({ raw: KEY, file: 'app/a.py', line: 1, column: col });
    const b = makeFinding({ raw: KEY, file: 'app/a.py', line: 2, column: col });
    const c = makeFinding({ raw: KEY, file: 'app/gone.py', line: 1, column: col });
    const planned = await planComments({ findings: [b, a, c], providers, readLines: async (p) => (p === 'app/a.py' ? [line, line] : undefined) });
    const byLine = planned.filter((p) => p.path === 'app/a.py').sort((x, y) => x.line - y.line);
    expect(byLine.map((p) => p.marker)).toEqual([a.fingerprint, `${a.fingerprint}:2`]);
    expect(byLine.every((p) => p.suggestion)).toBe(true);
    expect(planned.find((p) => p.path === 'app/gone.py')!.suggestion).toBe(false);
  });

  test('archive members and multi-line findings: members skipped, multi-line without suggestion', async () => {
    const member = makeFinding({ raw: KEY, file: 'dist/app.zip!config.py', line: 1, column: col });
    const multi = makeFinding({ raw: KEY, file: 'app/b.py', line: 1, column: col, endLine: 3 });
    const planned = await planComments({ findings: [member, multi], providers, readLines: async () => [line] });
    expect(planned.map((p) => [p.path, p.suggestion])).toEqual([['app/b.py', false]]);
  });

  test('generic findings use the assigned name (the provider has no env name)', async () => {
    const value = fakeChars(3, 30);
    const text = `const dbPassword = "${value}";`;
    const f = makeFinding({ raw: value, file: 'src/db.ts', line: 1, column: text.indexOf(value) + 1, rule: 'generic-secret-assignment', provider: 'generic', providerName: 'Generic secret', confidence: 'low' });
    const [p] = await planComments({ findings: [f], providers, readLines: async () => [text] });
    expect(p!.body).toContain('```suggestion\nconst dbPassword = process.env.DB_PASSWORD;\n```');
    expect(p!.body).not.toContain(value);
  });
});

describe('postReview', () => {
  const f = makeFinding({ raw: KEY, file: 'app/a.py', line: 1, column: col });
  const req = { pull: 7, headSha: 'c'.repeat(40), findings: [f], providers, readLines: async () => [line] };

  test('nothing there yet: one review, event COMMENT, side RIGHT, at the head commit', async () => {
    const api = fakeApi();
    expect(await postReview(req, api)).toEqual({ posted: 1, deferred: 0, updated: 0, unchanged: 0, suggestions: 1 });
    expect(api.posted).toHaveLength(1);
    expect(api.posted[0]).toMatchObject({ commit_id: 'c'.repeat(40), event: 'COMMENT', comments: [{ path: 'app/a.py', line: 1, side: 'RIGHT' }] });
  });

  test('already there with the same body: nothing; on another path: posted; changed body: patched', async () => {
    const [planned] = await planComments(req);
    const same = fakeApi([{ id: 1, path: 'app/a.py', body: planned!.body }]);
    expect(await postReview(req, same)).toMatchObject({ posted: 0, unchanged: 1 });
    expect(same.posted).toHaveLength(0);
    const elsewhere = fakeApi([{ id: 2, path: 'app/other.py', body: planned!.body }]);
    expect((await postReview(req, elsewhere)).posted).toBe(1);
    const stale = fakeApi([{ id: 3, path: 'app/a.py', body: planned!.body.replace('Rotate', 'Revoke') }]);
    expect(await postReview(req, stale)).toMatchObject({ posted: 0, updated: 1 });
    expect(stale.patched).toEqual([[3, planned!.body]]);
  });

  test('at most 50 new comments per review; the rest are deferred to the next run', async () => {
    const many = Array.from({ length: 53 }, (_, i) => makeFinding({ raw: fakeOpenAiKey(100 + i), file: `app/f${i}.py`, line: 1, column: col }));
    const api = fakeApi();
    const r = await postReview({ ...req, findings: many, readLines: async () => undefined }, api);
    expect(r).toMatchObject({ posted: 50, deferred: 3 });
    expect((api.posted[0] as { comments: unknown[]; body: string }).comments).toHaveLength(50);
    expect((api.posted[0] as { body: string }).body).toContain('50 of 53 hardcoded keys');
  });

  test('no findings: no API call at all', async () => {
    const api = fakeApi();
    api.listComments = async () => {
      throw new Error('must not list');
    };
    expect((await postReview({ ...req, findings: [] }, api)).posted).toBe(0);
  });
});

describe('reviewFailure', () => {
  test('403 names the permission; an answer names its status; no answer says unreachable', () => {
    expect(reviewFailure(Object.assign(new Error('Resource not accessible by integration'), { status: 403, response: {} }))).toMatch(/HTTP 403.*pull-requests: write/);
    expect(reviewFailure(Object.assign(new Error('Validation Failed\nmore'), { status: 422, response: {} }))).toBe('the GitHub API answered HTTP 422: Validation Failed');
    expect(reviewFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { status: 500 }))).toBe('the GitHub API could not be reached: connect ECONNREFUSED 127.0.0.1:9');
  });
});
