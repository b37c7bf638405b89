/**
 * The `keylint: secret health` issue (input `health-issue`): the pure body renderer/parser, and
 * the bundled Action in mode `check` against a mock provider and a stateful loopback mock of
 * GitHub's issues API: created on the first unhealthy run, not duplicated and `since` kept on
 * re-runs, updated only when the body changes, closed with a comment when all are healthy,
 * 403 / unreachable API → a notice with the same exit code and outputs, `health-issue: false`
 * → no request to the issues API, and no raw key (or a 12-char piece of one) in any request.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEALTH_ISSUE_MARKER, HEALTH_ISSUE_TITLE, issueEntries, parseIssueState, renderIssueBody } from '../src/health/issue-body.js';
import type { HealthResult } from '../src/health/types.js';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { actionRunnerEnv, bundles, leaks, runNode, runnerDir, STACK_FRAME, type Proc } from './support/hardening.js';
import { MockProvider, replies, type MockReply } from './support/mock-provider.js';

const make = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(`health-issue-${seed}`)).value;
const GOOD = make('openai-proj', 'good');
const BAD = make('openai-proj', 'bad');
const GH = make('github-pat', 'gh');
const KEYS = [GOOD, BAD, GH];
const DAY = 86_400_000;

function result(over: Partial<HealthResult>): HealthResult {
  return {
    name: 'X',
    provider: 'openai',
    providerName: 'OpenAI',
    status: 'valid',
    httpStatus: 200,
    diagnoses: [],
    message: 'ok',
    fix: '',
    latencyMs: 1,
    checkedAt: '2026-12-01T03:00:00.000Z',
    redacted: 'sk-p…abcd (164 chars)',
    host: 'api.openai.com',
    rotateUrl: null,
    scopes: null,
    expiresAt: null,
    failed: false,
    ...over,
  };
}

describe('issue body (pure)', () => {
  const now = new Date('2026-12-02T03:00:00.123Z');
  const results = [
    result({ name: 'OPENAI_API_KEY', status: 'invalid', failed: true, fix: 'Create a new key and update the secret OPENAI_API_KEY.' }),
    result({ name: 'FINE', status: 'valid' }),
    result({ name: 'GH_TOKEN', provider: 'github', providerName: 'GitHub', expiresAt: new Date(now.getTime() + 5 * DAY + 3_600_000).toISOString(), fix: '' }),
    result({ name: 'MISTRAL_API_KEY', provider: 'mistral', providerName: 'Mistral', status: 'valid', failed: true, diagnoses: [{ code: 'wrong-provider', message: 'm', fix: 'f', severity: 'error' }], fix: 'Use a Mistral key | not <b>this</b>' }),
  ];

  test('entries: failed and expiring secrets only, since = now (seconds) or kept from the prior state', () => {
    const e = issueEntries(results, { OPENAI_API_KEY: { status: 'invalid', since: '2026-11-30T03:00:00Z' } }, now, 14);
    expect(e.map((x) => [x.name, x.status, x.since, x.expiresInDays])).toEqual([
      ['OPENAI_API_KEY', 'invalid', '2026-11-30T03:00:00Z', null],
      ['GH_TOKEN', 'expiring', '2026-12-02T03:00:00Z', 5],
      ['MISTRAL_API_KEY', 'valid (wrong-provider)', '2026-12-02T03:00:00Z', null],
    ]);
    // Outside the window: not listed.
    expect(issueEntries(results, {}, now, 3).map((x) => x.name)).toEqual(['OPENAI_API_KEY', 'MISTRAL_API_KEY']);
  });

  test('body: marker, state block that parses back, table rows, expiry wording, cells escaped', () => {
    const entries = issueEntries(results, {}, now, 14);
    const body = renderIssueBody(entries);
    expect(body.startsWith(HEALTH_ISSUE_MARKER)).toBe(true);
    expect(parseIssueState(body)).toEqual({
      OPENAI_API_KEY: { status: 'invalid', since: '2026-12-02T03:00:00Z' },
      GH_TOKEN: { status: 'expiring', since: '2026-12-02T03:00:00Z' },
      MISTRAL_API_KEY: { status: 'valid (wrong-provider)', since: '2026-12-02T03:00:00Z' },
    });
    expect(body).toContain('| `OPENAI_API_KEY` | OpenAI | invalid | 2026-12-02T03:00:00Z | Create a new key and update the secret OPENAI_API_KEY. |');
    expect(body).toContain('| `GH_TOKEN` | GitHub | expires in 5 days |');
    expect(body).toContain('Use a Mistral key \\| not &lt;b&gt;this&lt;/b&gt;');
    expect(body).toContain('3 secrets that need attention');
    expect(body).not.toContain('sk-p…');
    // Same input → same body (re-runs compare bodies).
    expect(renderIssueBody(issueEntries(results, parseIssueState(body), new Date(now.getTime() + 60_000), 14))).toBe(body);
  });

  test('parse: absent, malformed or hostile state blocks give {} or only the well-formed entries', () => {
    expect(parseIssueState(undefined)).toEqual({});
    expect(parseIssueState('no state here')).toEqual({});
    expect(parseIssueState('<!-- keylint:state {not json} -->')).toEqual({});
    expect(parseIssueState('<!-- keylint:state {"A":{"status":"invalid","since":"nope"},"B C":{"status":"x","since":"2026-01-01T00:00:00Z"},"OK":{"status":"invalid","since":"2026-01-01T00:00:00Z"}} -->')).toEqual({
      OK: { status: 'invalid', since: '2026-01-01T00:00:00Z' },
    });
  });
});

interface Recorded {
  method: string;
  path: string;
  body: string;
}

interface Issue {
  number: number;
  title: string;
  body: string;
  state: string;
  comments: string[];
  pull_request?: unknown;
}

/** GitHub's issues endpoints for acme/app, with state kept across runs. */
class MockGitHub {
  readonly requests: Recorded[] = [];
  issues: Issue[] = [];
  readOnly = false;
  private server!: Server;
  url = '';

  static async start(): Promise<MockGitHub> {
    const m = new MockGitHub();
    m.server = createServer((req, res) => void m.handle(req, res));
    await new Promise<void>((done) => m.server.listen(0, '127.0.0.1', done));
    m.url = `http://127.0.0.1:${(m.server.address() as AddressInfo).port}`;
    // Other open issues first (keylint's lands after page 1), and a pull request with the same title.
    for (let i = 1; i <= 130; i++) m.issues.push({ number: i, title: `bug ${i}`, body: 'something', state: 'open', comments: [] });
    m.issues.push({ number: 131, title: HEALTH_ISSUE_TITLE, body: 'a pull request, not the issue', state: 'open', comments: [], pull_request: { url: 'x' } });
    return m;
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }

  private send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(data));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname, body });
    const forbidden = (): void => this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue' });
    const view = (i: Issue): unknown => ({ number: i.number, title: i.title, body: i.body, state: i.state, ...(i.pull_request ? { pull_request: i.pull_request } : {}) });

    if (req.method === 'GET' && url.pathname === '/repos/acme/app/issues') {
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const open = this.issues.filter((i) => url.searchParams.get('state') !== 'open' || i.state === 'open');
      const headers: Record<string, string> = {};
      if (page * per < open.length) headers.link = `<${this.url}/repos/acme/app/issues?state=open&per_page=${per}&page=${page + 1}>; rel="next"`;
      return this.send(res, 200, open.slice((page - 1) * per, page * per).map(view), headers);
    }
    if (req.method === 'POST' && url.pathname === '/repos/acme/app/issues') {
      if (this.readOnly) return forbidden();
      const b = JSON.parse(body) as { title: string; body: string };
      const issue: Issue = { number: this.issues.length + 1, title: b.title, body: b.body, state: 'open', comments: [] };
      this.issues.push(issue);
      return this.send(res, 201, view(issue));
    }
    const one = /^\/repos\/acme\/app\/issues\/(\d+)(\/comments)?$/.exec(url.pathname);
    const issue = one ? this.issues.find((i) => i.number === Number(one[1])) : undefined;
    if (one && !issue) return this.send(res, 404, { message: 'Not Found' });
    if (req.method === 'PATCH' && issue && !one![2]) {
      if (this.readOnly) return forbidden();
      const b = JSON.parse(body) as { body?: string; state?: string };
      if (b.body !== undefined) issue.body = b.body;
      if (b.state !== undefined) issue.state = b.state;
      return this.send(res, 200, view(issue));
    }
    if (req.method === 'POST' && issue && one![2]) {
      if (this.readOnly) return forbidden();
      issue.comments.push((JSON.parse(body) as { body: string }).body);
      return this.send(res, 201, { id: 1 });
    }
    this.send(res, 404, { message: 'Not Found' });
  }

  healthIssues(): Issue[] {
    return this.issues.filter((i) => i.title === HEALTH_ISSUE_TITLE && !i.pull_request);
  }

  writes(since: number): Recorded[] {
    return this.requests.slice(since).filter((r) => r.method !== 'GET');
  }
}

let gh: MockGitHub;
let provider: MockProvider;
let workspace: string;
const dirs: string[] = [];

interface Run {
  proc: Proc;
  outputs: Record<string, string>;
  from: number;
}

function outputValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (m) out[m[1]!] = lines[i + 1] ?? '';
  }
  return out;
}

/** Sets the provider's answers: BAD invalid or valid, GH valid (expiring in `ghDays`, or no expiry). */
function answers(opts: { badOk: boolean; ghDays?: number; ghInvalid?: boolean }): void {
  const exp = opts.ghDays === undefined ? undefined : new Date(Date.now() + opts.ghDays * DAY + 3 * 3_600_000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  provider.byKey(
    new Map<string, MockReply>([
      [GOOD, replies.openai.ok()],
      [BAD, opts.badOk ? replies.openai.ok() : replies.openai.invalid()],
      [GH, opts.ghInvalid ? replies.github.invalid() : replies.github.ok(exp)],
    ]),
  );
}

async function runCheck(inputs: Record<string, string> = {}, apiUrl = gh.url): Promise<Run> {
  const from = gh.requests.length;
  const env = actionRunnerEnv(workspace, {
    eventName: 'schedule',
    inputs: {
      mode: 'check',
      'github-token': 'test-token-not-a-secret',
      secrets: 'GOOD_KEY=openai\nBAD_KEY=openai\nGH_TOKEN=github',
      endpoints: `openai=${provider.url}\ngithub=${provider.url}`,
      'health-issue': 'true',
      ...inputs,
    },
    extra: { GITHUB_API_URL: apiUrl, GOOD_KEY: GOOD, BAD_KEY: BAD, GH_TOKEN: GH },
  });
  dirs.push(runnerDir(env));
  const proc = await runNode(bundles().action, [], { cwd: workspace, env, timeoutMs: 120_000 });
  expect(proc.stdout + proc.stderr).not.toMatch(STACK_FRAME);
  return { proc, outputs: outputValues(readFileSync(env.GITHUB_OUTPUT!, 'utf8')), from };
}

const unmasked = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

beforeAll(async () => {
  bundles();
  gh = await MockGitHub.start();
  provider = await MockProvider.start();
  workspace = mkdtempSync(join(tmpdir(), 'keylint-health-issue-'));
}, 240_000);

afterAll(async () => {
  await gh?.close();
  await provider?.close();
  rmSync(workspace, { recursive: true, force: true });
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the bundled Action keeps one health issue', () => {
  let firstBody = '';
  let firstState: ReturnType<typeof parseIssueState> = {};

  test('health-issue: false (the default) → no request to the issues API; exit code 1 for the invalid key', async () => {
    answers({ badOk: false, ghDays: 5 });
    const r = await runCheck({ 'health-issue': '' });
    expect(r.proc.code).toBe(1);
    expect(r.outputs.unhealthy).toBe('1');
    expect(gh.requests.slice(r.from)).toEqual([]);
  });

  test('first unhealthy run: one issue created (past 130 open issues and a same-titled pull request) with name, provider, status, since, fix, expiry', async () => {
    const r = await runCheck();
    expect(r.proc.code).toBe(1);
    expect(r.outputs.unhealthy).toBe('1');
    // Both pages of open issues were searched.
    expect(gh.requests.slice(r.from).filter((q) => q.method === 'GET').length).toBe(2);
    expect(gh.writes(r.from).map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/app/issues']);
    const issues = gh.healthIssues();
    expect(issues).toHaveLength(1);
    const body = issues[0]!.body;
    expect(body).toContain(HEALTH_ISSUE_MARKER);
    expect(body).toMatch(/\| `BAD_KEY` \| OpenAI \| invalid \| \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z \| \S/);
    expect(body).toContain('| `GH_TOKEN` | GitHub | expires in 5 days |');
    expect(body).not.toContain('GOOD_KEY');
    firstBody = body;
    firstState = parseIssueState(body);
    expect(Object.keys(firstState).sort()).toEqual(['BAD_KEY', 'GH_TOKEN']);
    expect(unmasked(r.proc.stdout)).toContain(`health issue #${issues[0]!.number} created`);
  });

  test('second run with the same state: no new issue, no write (the body is unchanged), since kept', async () => {
    const r = await runCheck();
    expect(r.proc.code).toBe(1);
    expect(gh.healthIssues()).toHaveLength(1);
    expect(gh.writes(r.from)).toEqual([]);
    expect(gh.healthIssues()[0]!.body).toBe(firstBody);
  });

  test('a changed state: the body is PATCHed in place, since of the secret still unhealthy kept', async () => {
    answers({ badOk: false, ghInvalid: true });
    const r = await runCheck();
    expect(r.proc.code).toBe(1);
    expect(r.outputs.unhealthy).toBe('2');
    const issue = gh.healthIssues()[0]!;
    expect(gh.writes(r.from).map((q) => `${q.method} ${q.path}`)).toEqual([`PATCH /repos/acme/app/issues/${issue.number}`]);
    expect(gh.healthIssues()).toHaveLength(1);
    const state = parseIssueState(issue.body);
    expect(state.BAD_KEY).toEqual(firstState.BAD_KEY);
    expect(state.GH_TOKEN).toEqual({ status: 'invalid', since: firstState.GH_TOKEN!.since });
    expect(issue.body).not.toContain('expires in');
  });

  test('403 on writes: a notice, the same exit code and outputs, nothing written', async () => {
    answers({ badOk: false });
    const before = gh.healthIssues()[0]!.body;
    gh.readOnly = true;
    try {
      const r = await runCheck();
      expect(r.proc.code).toBe(1);
      expect(r.outputs.unhealthy).toBe('1');
      expect(r.proc.stdout).toMatch(/^::notice::keylint: no health issue: the token may not write issues \(HTTP 403\)/m);
      expect(gh.healthIssues()[0]!.body).toBe(before);
    } finally {
      gh.readOnly = false;
    }
  });

  test('unreachable API: a notice, the same exit code and outputs', async () => {
    const r = await runCheck({}, 'http://127.0.0.1:1');
    expect(r.proc.code).toBe(1);
    expect(r.outputs.unhealthy).toBe('1');
    expect(r.proc.stdout).toMatch(/^::notice::keylint: no health issue: the GitHub API could not be reached/m);
  });

  test('all healthy: the issue is closed with an "all secrets healthy again as of" comment; the next healthy run writes nothing', async () => {
    answers({ badOk: true });
    const r = await runCheck();
    expect(r.proc.code).toBe(0);
    expect(r.outputs.unhealthy).toBe('0');
    const issue = gh.healthIssues()[0]!;
    expect(issue.state).toBe('closed');
    expect(issue.comments).toHaveLength(1);
    expect(issue.comments[0]).toMatch(/All secrets healthy again as of \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/);
    expect(gh.writes(r.from).map((q) => q.method)).toEqual(['POST', 'PATCH']);
    const again = await runCheck();
    expect(again.proc.code).toBe(0);
    expect(gh.writes(again.from)).toEqual([]);
  });

  test('unhealthy again after closing: a new issue (the closed one is not reopened or duplicated)', async () => {
    answers({ badOk: false });
    const r = await runCheck();
    expect(r.proc.code).toBe(1);
    expect(gh.healthIssues().filter((i) => i.state === 'open')).toHaveLength(1);
    expect(gh.writes(r.from).map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/app/issues']);
  });

  test('expiry-warning-days must be a whole number: one clear line, no request', async () => {
    const r = await runCheck({ 'expiry-warning-days': 'two weeks' });
    expect(r.proc.code).toBe(1);
    expect(r.proc.stdout).toMatch(/^::error::keylint: input 'expiry-warning-days' must be a whole number of days \(got 'two weeks'\)$/m);
    expect(gh.requests.slice(r.from)).toEqual([]);
  });

  test('no raw key or 12-char piece of one in any request to GitHub', () => {
    expect(gh.requests.length).toBeGreaterThan(10);
    const all = gh.requests.map((q) => `${q.method} ${q.path}\n${q.body}`).join('\n');
    expect(leaks(all, KEYS, 'GitHub API requests')).toEqual([]);
  });
});
