/**
 * Review comments through the bundled Action (runNode(bundles().action) with actionRunnerEnv)
 * against a loopback mock of GitHub's REST API that keeps its comments between runs: one
 * review with a comment per key on an added line, the suggested fix per language at the head
 * file's path and line, no duplicates on a re-run (same head, newer head), 403 and network
 * errors → a notice with the same exit code and outputs, `pr-comments: false` → no request,
 * and no raw key (or 12-char piece of one) in any request body, stdout or stderr.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { GitRepo } from './support/git-repo.js';
import { actionRunnerEnv, bundles, leaks, runNode, runnerDir, STACK_FRAME, type Proc } from './support/hardening.js';

const make = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(`action-review-${seed}`)).value;
const OPENAI = make('openai-proj', 'openai');
const ANTHROPIC = make('anthropic', 'anthropic');
const GOOGLE = make('google-api', 'google');
const GH_PAT = make('github-pat', 'github');
const IN_ENV_FILE = make('openai-proj', 'dotenv');
const ON_BASE = make('openai-proj', 'base');
const LATER = make('anthropic', 'later');
const KEYS = [OPENAI, ANTHROPIC, GOOGLE, GH_PAT, IN_ENV_FILE, ON_BASE, LATER];

interface Recorded {
  method: string;
  path: string;
  body: string;
}

interface StoredComment {
  id: number;
  path: string;
  line: number;
  side: string;
  body: string;
  commit_id: string;
  user: { login: string };
}

/** GitHub's pull request review endpoints for acme/app#1, with state kept across runs. */
class MockGitHub {
  readonly requests: Recorded[] = [];
  comments: StoredComment[] = [];
  reviews: Array<{ commit_id: string; event: string; body: string; comments: Array<{ path: string; line: number; side: string; body: string }> }> = [];
  /** Writes (POST/PATCH) answer 403, as for a token without `pull-requests: write`. */
  readOnly = false;
  private nextId = 1000;
  private server!: Server;
  url = '';

  static async start(): Promise<MockGitHub> {
    const m = new MockGitHub();
    m.server = createServer((req, res) => void m.handle(req, res));
    await new Promise<void>((done) => m.server.listen(0, '127.0.0.1', done));
    m.url = `http://127.0.0.1:${(m.server.address() as AddressInfo).port}`;
    // Comments by people, before keylint's: keylint's land on page 2.
    for (let i = 0; i < 130; i++) m.comments.push({ id: m.nextId++, path: 'README.md', line: 1, side: 'RIGHT', body: `looks good ${i}`, commit_id: 'x', user: { login: 'reviewer' } });
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
    const forbidden = (): void => this.send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request' });

    if (req.method === 'GET' && url.pathname === '/repos/acme/app/pulls/1/comments') {
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = this.comments.slice((page - 1) * per, page * per);
      const headers: Record<string, string> = {};
      if (page * per < this.comments.length) headers.link = `<${this.url}/repos/acme/app/pulls/1/comments?per_page=${per}&page=${page + 1}>; rel="next"`;
      return this.send(res, 200, slice, headers);
    }
    if (req.method === 'POST' && url.pathname === '/repos/acme/app/pulls/1/reviews') {
      if (this.readOnly) return forbidden();
      const review = JSON.parse(body) as MockGitHub['reviews'][number];
      this.reviews.push(review);
      for (const c of review.comments) this.comments.push({ id: this.nextId++, ...c, commit_id: review.commit_id, user: { login: 'github-actions[bot]' } });
      return this.send(res, 200, { id: this.nextId++, state: 'COMMENTED' });
    }
    const patch = /^\/repos\/acme\/app\/pulls\/comments\/(\d+)$/.exec(url.pathname);
    if (req.method === 'PATCH' && patch) {
      if (this.readOnly) return forbidden();
      const c = this.comments.find((x) => x.id === Number(patch[1]));
      if (!c) return this.send(res, 404, { message: 'Not Found' });
      c.body = (JSON.parse(body) as { body: string }).body;
      return this.send(res, 200, c);
    }
    this.send(res, 404, { message: 'Not Found' });
  }

  reviewRequests(): Recorded[] {
    return this.requests.filter((r) => r.path.includes('/reviews') || (r.method === 'PATCH' && r.path.includes('/pulls/comments/')));
  }
}

interface Pr {
  base: string;
  head: string;
  merge: string;
  payload: unknown;
}

let repo: GitRepo;
let gh: MockGitHub;
const dirs: string[] = [];

/** The PR's merge commit checked out (as actions/checkout does), full history present. */
function openPr(base: string, commits: number): Pr {
  repo.git('checkout', '-q', 'feature');
  const head = repo.head();
  repo.git('checkout', '-q', '-B', 'pr-merge', base);
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge feature into main', head);
  const merge = repo.head();
  const r = { full_name: 'acme/app', name: 'app', owner: { login: 'acme' }, default_branch: 'main', fork: false };
  const payload = {
    action: 'synchronize',
    number: 1,
    pull_request: { number: 1, state: 'open', commits, head: { ref: 'feature', sha: head, repo: r }, base: { ref: 'main', sha: base, repo: r } },
    repository: r,
  };
  return { base, head, merge, payload };
}

async function runPr(pr: Pr, inputs: Record<string, string> = {}, apiUrl = gh.url): Promise<{ proc: Proc; outputs: string; report: string; summary: string }> {
  const env = actionRunnerEnv(repo.dir, { eventName: 'pull_request', payload: pr.payload, sha: pr.merge, inputs: { 'github-token': 'test-token-not-a-secret', ...inputs }, extra: { GITHUB_API_URL: apiUrl } });
  dirs.push(runnerDir(env));
  const proc = await runNode(bundles().action, [], { cwd: repo.dir, env, timeoutMs: 120_000 });
  const outputs = readFileSync(env.GITHUB_OUTPUT!, 'utf8');
  const reportPath = /^report<<(.+)\n([^\n]*)\n/m.exec(outputs)?.[2] ?? '';
  const report = reportPath ? JSON.stringify((JSON.parse(readFileSync(reportPath, 'utf8')) as { findings: unknown }).findings) : '';
  return { proc, outputs, report, summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8') };
}

/** `name=value` pairs from the GITHUB_OUTPUT file, report path left out (it is per run). */
function outputValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (m && m[1] !== 'report') out[m[1]!] = lines[i + 1] ?? '';
  }
  return out;
}

const unmasked = (stdout: string): string => stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

let pr1: Pr;
let first: Awaited<ReturnType<typeof runPr>>;

beforeAll(async () => {
  bundles();
  gh = await MockGitHub.start();
  repo = GitRepo.init();
  repo.write('README.md', '# app\n').write('legacy/old.py', `OLD_KEY = "${ON_BASE}"\n`);
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('app/settings.py', ['import os', '', `OPENAI_API_KEY = "${OPENAI}"`, 'MODEL = "gpt-4o"', ''].join('\n'));
  repo.write('web/client.js', ['export const client = {', '  region: "eu",', '  timeout: 30,', `  apiKey: "${ANTHROPIC}",`, '};', ''].join('\n'));
  repo.write('cmd/main.go', ['package main', '', 'import "os"', '', 'func main() {', `\tkey := "${GOOGLE}"`, '\t_ = key', '\t_ = os.Args', '}', ''].join('\n'));
  repo.write('.github/workflows/deploy.yml', ['on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:', `      GH_TOKEN: ${GH_PAT}`, '    steps:', '      - run: ./deploy.sh', ''].join('\n'));
  repo.write('.env', `DEBUG=1\nOPENAI_API_KEY=${IN_ENV_FILE}\n`);
  repo.commit('add clients');
  repo.git('checkout', '-q', 'main');
  pr1 = openPr(base, 1);
  first = await runPr(pr1);
}, 240_000);

afterAll(async () => {
  await gh?.close();
  repo?.cleanup();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('one review with a suggested fix per added key', () => {
  test('the step fails for the findings as before; one review (event COMMENT, the head commit) with 5 comments', () => {
    expect(first.proc.stdout + first.proc.stderr).not.toMatch(STACK_FRAME);
    expect(first.proc.code).toBe(1);
    expect(outputValues(first.outputs).findings).toBe('5');
    expect(gh.reviews).toHaveLength(1);
    const review = gh.reviews[0]!;
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(pr1.head);
    expect(review.comments.map((c) => `${c.path}:${c.line}:${c.side}`).sort()).toEqual([
      '.env:2:RIGHT',
      '.github/workflows/deploy.yml:6:RIGHT',
      'app/settings.py:3:RIGHT',
      'cmd/main.go:6:RIGHT',
      'web/client.js:4:RIGHT',
    ]);
    expect(first.proc.stdout).toMatch(/review comments: 5 posted \(4 with a suggested fix\)/);
  });

  const bodyAt = (path: string): string => gh.reviews[0]!.comments.find((c) => c.path === path)!.body;
  const suggestionOf = (body: string): string | undefined => /```suggestion\n([^\n]*)\n```/.exec(body)?.[1];

  test('Python: os.environ["OPENAI_API_KEY"]', () => {
    expect(suggestionOf(bodyAt('app/settings.py'))).toBe('OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]');
  });
  test('JavaScript: process.env.ANTHROPIC_API_KEY', () => {
    expect(suggestionOf(bodyAt('web/client.js'))).toBe('  apiKey: process.env.ANTHROPIC_API_KEY,');
  });
  test('Go: os.Getenv("GOOGLE_API_KEY")', () => {
    expect(suggestionOf(bodyAt('cmd/main.go'))).toBe('\tkey := os.Getenv("GOOGLE_API_KEY")');
  });
  test('workflow file: ${{ secrets.GH_TOKEN }}', () => {
    expect(suggestionOf(bodyAt('.github/workflows/deploy.yml'))).toBe('      GH_TOKEN: ${{ secrets.GH_TOKEN }}');
  });
  test('.env: no suggestion, advice to keep it out of git', () => {
    const body = bodyAt('.env');
    expect(suggestionOf(body)).toBeUndefined();
    expect(body).toContain('.gitignore');
  });
  test('every comment: marker, leaked on push, rotation link of the provider', () => {
    for (const c of gh.reviews[0]!.comments) {
      expect(c.body).toMatch(/^<!-- keylint:[0-9a-f]{32} -->\n/);
      expect(c.body).toContain('leaked the moment it was pushed');
      expect(c.body).toMatch(/Rotate it now\*\* at https:\/\//);
    }
    expect(bodyAt('app/settings.py')).toContain('https://platform.openai.com/');
  });
  test('nothing on the key that only the base branch holds', () => {
    expect(gh.comments.some((c) => c.path === 'legacy/old.py')).toBe(false);
  });
});

describe('re-runs', () => {
  test('the same head again: no new review, no edit (keylint finds its comments on page 2)', async () => {
    const before = gh.reviewRequests().length;
    const listed = gh.requests.filter((r) => r.method === 'GET').length;
    const again = await runPr(pr1);
    expect(again.proc.code).toBe(first.proc.code);
    expect(gh.reviewRequests().length).toBe(before);
    expect(gh.requests.filter((r) => r.method === 'GET').length - listed).toBe(2);
    expect(again.proc.stdout).toMatch(/review comments: 0 posted .*0 updated, 5 already there/);
  });

  test('a comment whose wording changed is updated in place, not posted again', async () => {
    const mine = gh.comments.find((c) => c.path === 'app/settings.py')!;
    const original = mine.body;
    mine.body = original.replace('Rotate it now', 'Rotate it');
    const again = await runPr(pr1);
    expect(again.proc.code).toBe(1);
    const patches = gh.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((p) => p.path)).toEqual([`/repos/acme/app/pulls/comments/${mine.id}`]);
    expect(mine.body).toBe(original);
    expect(gh.reviews).toHaveLength(1);
  });

  test('a newer head that moves the lines and adds a key: one new comment only', async () => {
    repo.git('checkout', '-q', 'feature');
    repo.write('app/settings.py', ['"""Settings."""', 'import os', '', `OPENAI_API_KEY = "${OPENAI}"`, 'MODEL = "gpt-4o"', ''].join('\n'));
    repo.write('src/extra.py', `ANTHROPIC_API_KEY = '${LATER}'\n`);
    repo.commit('more');
    const pr2 = openPr(pr1.base, 2);
    const r = await runPr(pr2);
    expect(r.proc.code).toBe(1);
    expect(gh.reviews).toHaveLength(2);
    expect(gh.reviews[1]!.commit_id).toBe(pr2.head);
    expect(gh.reviews[1]!.comments.map((c) => `${c.path}:${c.line}`)).toEqual(['src/extra.py:1']);
    expect(/```suggestion\n([^\n]*)\n```/.exec(gh.reviews[1]!.comments[0]!.body)?.[1]).toBe(`ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]`);
    const keylint = gh.comments.filter((c) => c.body.startsWith('<!-- keylint:'));
    expect(keylint).toHaveLength(6);
    pr1 = pr2;
  });
});

describe('without permission or network, only a notice', () => {
  test('read-only token and nothing new to post: no write, no notice, same exit code and outputs as with pr-comments false', async () => {
    const off = await runPr(pr1, { 'pr-comments': 'false' });
    gh.readOnly = true;
    const before = gh.reviews.length;
    const denied = await runPr(pr1);
    gh.readOnly = false;
    expect(denied.proc.stdout + denied.proc.stderr).not.toMatch(STACK_FRAME);
    expect(denied.proc.code).toBe(off.proc.code);
    expect(outputValues(denied.outputs)).toEqual(outputValues(off.outputs));
    expect(denied.report).toBe(off.report);
    expect(gh.reviews.length).toBe(before);
    expect(denied.proc.stdout).not.toMatch(/^::notice::keylint: no review comments/m); // nothing to write: all comments exist
  });

  test('403 when there is something to post: notice naming pull-requests: write; exit code and outputs unchanged', async () => {
    const off = await runPr(pr1, { 'pr-comments': 'false' });
    gh.comments = gh.comments.filter((c) => c.path !== 'src/extra.py');
    const posts = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews')).length;
    gh.readOnly = true;
    const denied = await runPr(pr1);
    gh.readOnly = false;
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews')).length).toBe(posts + 1);
    expect(gh.reviews).toHaveLength(2);
    expect(denied.proc.stdout).toMatch(/^::notice::keylint: no review comments: .*HTTP 403.*pull-requests: write/m);
    expect(denied.proc.code).toBe(off.proc.code);
    expect(outputValues(denied.outputs)).toEqual(outputValues(off.outputs));
    expect(denied.report).toBe(off.report);
    expect(denied.summary).toContain('keylint: ');
  });

  test('no API reachable (a closed port): a notice, same exit code and outputs', async () => {
    const off = await runPr(pr1, { 'pr-comments': 'false' });
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const down = await runPr(pr1, {}, `http://127.0.0.1:${port}`);
    expect(down.proc.stdout).toMatch(/^::notice::keylint: no review comments: the GitHub API could not be reached/m);
    expect(down.proc.stdout + down.proc.stderr).not.toMatch(STACK_FRAME);
    expect(down.proc.code).toBe(off.proc.code);
    expect(outputValues(down.outputs)).toEqual(outputValues(off.outputs));
  });

  test('pr-comments: false sends no request at all', async () => {
    const before = gh.requests.length;
    const off = await runPr(pr1, { 'pr-comments': 'false' });
    expect(off.proc.code).toBe(1);
    expect(gh.requests.length).toBe(before);
  });
});

describe('no raw key anywhere', () => {
  test('0 leaks in every request body the mock received, and in stdout (beyond ::add-mask::) and stderr of the runs', async () => {
    const bodies = gh.requests.map((r) => r.body).join('\n');
    expect(bodies.length).toBeGreaterThan(2000);
    expect(leaks(bodies, KEYS, 'requests')).toEqual([]);
    expect(leaks(unmasked(first.proc.stdout) + first.proc.stderr, KEYS, 'first run')).toEqual([]);
    const last = await runPr(pr1);
    expect(leaks(unmasked(last.proc.stdout) + last.proc.stderr, KEYS, 'last run')).toEqual([]);
    const stored = gh.comments.map((c) => c.body).join('\n');
    expect(leaks(stored, KEYS, 'comments')).toEqual([]);
  });
});
