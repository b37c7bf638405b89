/**
 * run() with mocked @actions/core and @actions/github over real temporary repositories, cloned
 * shallow the way actions/checkout does: pushes (normal, new branch, force push with the old
 * tip gone), a pull request whose base branch moved far ahead (bounded deepening), the REST API
 * fallback when git cannot fetch (with a partial view that must be reported), and mode check
 * against a loopback provider mock.
 */
import { afterAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { GitRepo, tempDir, testGitEnv } from './support/git-repo.js';

interface Call {
  fn: string;
  args: unknown[];
}
const calls: Call[] = [];
const inputs = new Map<string, string>();
let summaryText = '';
const record =
  (fn: string) =>
  (...args: unknown[]): void => {
    calls.push({ fn, args });
  };

jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs.get(name) ?? '',
  setSecret: record('setSecret'),
  info: record('info'),
  debug: record('debug'),
  warning: record('warning'),
  error: record('error'),
  notice: record('notice'),
  setOutput: record('setOutput'),
  setFailed: record('setFailed'),
  summary: {
    addRaw(text: string) {
      summaryText += text;
      return this;
    },
    async write() {
      calls.push({ fn: 'summary.write', args: [] });
      return this;
    },
  },
}));

interface FakeApi {
  files: Array<{ filename: string; status: string; patch?: string }>;
  commits: string[];
  commitFiles: Record<string, Array<{ filename: string; status: string; patch?: string }>>;
  requests: string[];
}
const fakeApi: FakeApi = { files: [], commits: [], commitFiles: {}, requests: [] };
const context = { eventName: '', payload: {} as Record<string, unknown>, sha: '', ref: '' };

jest.unstable_mockModule('@actions/github', () => ({
  context,
  getOctokit: () => ({
    paginate: {
      iterator: (route: string) => {
        fakeApi.requests.push(route);
        const data = route.endsWith('/files') ? fakeApi.files : fakeApi.commits.map((sha) => ({ sha }));
        return (async function* () {
          for (let i = 0; i < data.length; i += 100) yield { data: data.slice(i, i + 100) };
        })();
      },
    },
    request: async (route: string, params: Record<string, unknown>) => {
      fakeApi.requests.push(route);
      if (route.startsWith('GET /repos/{owner}/{repo}/commits/')) return { data: { files: fakeApi.commitFiles[String(params.ref)] ?? [] } };
      throw new Error(`unexpected route ${route}`);
    },
  }),
}));

const { run } = await import('../src/action/run.js');

const key = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(seed)).value;
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups) c();
});

function origin(): GitRepo {
  const r = GitRepo.init();
  cleanups.push(() => r.cleanup());
  return r;
}

/** actions/checkout with fetch-depth 1 of `branch`. */
function shallowClone(from: GitRepo, branch: string): string {
  const dir = join(tempDir('keylint-ws-'), 'ws');
  cleanups.push(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', branch, `file://${from.dir}`, dir], { env: testGitEnv() });
  return dir;
}

function setEnv(workspace: string): void {
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.GITHUB_REPOSITORY = 'acme/app';
  process.env.GITHUB_SERVER_URL = 'https://github.com';
  process.env.GITHUB_API_URL = 'http://127.0.0.1:1';
  process.env.RUNNER_TEMP = tempDir('keylint-temp-');
  process.env.GITHUB_STEP_SUMMARY = join(process.env.RUNNER_TEMP, 'summary');
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  cleanups.push(() => rmSync(process.env.RUNNER_TEMP ?? '/nonexistent', { recursive: true, force: true }));
}

const of = (fn: string): unknown[][] => calls.filter((c) => c.fn === fn).map((c) => c.args);
const errorFiles = (): string[] =>
  of('error')
    .map((a) => a[1] as { file?: string; startLine?: number } | undefined)
    .filter((p): p is { file: string; startLine: number } => p?.file !== undefined)
    .map((p) => `${p.file}:${p.startLine}`)
    .sort();
const output = (name: string): unknown => of('setOutput').find((a) => a[0] === name)?.[1];
const warnings = (): string[] => of('warning').map((a) => String(a[0]));

beforeEach(() => {
  calls.length = 0;
  inputs.clear();
  summaryText = '';
  fakeApi.files = [];
  fakeApi.commits = [];
  fakeApi.commitFiles = {};
  fakeApi.requests = [];
});

describe('push events on a shallow checkout', () => {
  test('a push of several commits: every pushed commit, the key annotated at its head line', async () => {
    const repo = origin();
    repo.write('a.txt', 'one\n');
    const before = repo.commit('c1');
    const k = key('openai-proj', 'run-push');
    repo.write('b.py', `x = 1\nKEY = "${k}"\n`);
    repo.commit('add key');
    for (let i = 0; i < 4; i++) repo.write(`f${i}.txt`, `${i}\n`).commit(`more ${i}`);
    const after = repo.head();
    const ws = shallowClone(repo, 'main');
    setEnv(ws);
    Object.assign(context, { eventName: 'push', sha: after, ref: 'refs/heads/main', payload: { ref: 'refs/heads/main', before, after, repository: { default_branch: 'main' } } });
    await run();
    expect(errorFiles()).toEqual(['b.py:2']);
    expect(output('findings')).toBe('1');
    expect(of('setSecret').map((a) => a[0])).toContain(k);
    expect(summaryText).toMatch(/\*\*Commits:\*\* 5/);
    expect(of('setFailed')).toHaveLength(1);
  });

  test("a new branch: only the branch's own commits, not the default branch's history", async () => {
    const repo = origin();
    const onMain = key('github-pat', 'run-main');
    repo.write('old.env', `TOKEN=${onMain}\n`).commit('main has an old key');
    repo.write('x.txt', 'x\n').commit('main 2');
    repo.git('checkout', '-q', '-b', 'feature');
    const k = key('anthropic', 'run-newbranch');
    repo.write('client.ts', `export const k = "${k}";\n`).commit('feature 1');
    repo.write('y.txt', 'y\n').commit('feature 2');
    const after = repo.head();
    const ws = shallowClone(repo, 'feature');
    setEnv(ws);
    Object.assign(context, {
      eventName: 'push',
      sha: after,
      ref: 'refs/heads/feature',
      payload: { ref: 'refs/heads/feature', before: '0'.repeat(40), after, created: true, commits: [], repository: { default_branch: 'main' } },
    });
    await run();
    expect(errorFiles()).toEqual(['client.ts:1']);
    expect(summaryText).toMatch(/\*\*Commits:\*\* 2/);
    expect(summaryText).not.toContain('old.env');
  });

  test('a force push whose old tip is gone: the commits listed in the payload, said so', async () => {
    const repo = origin();
    repo.write('a.txt', 'a\n').commit('c1');
    const base = repo.commit('c2');
    const k = key('google-api', 'run-force');
    repo.write('maps.js', `const KEY = "${k}";\n`);
    const c3 = repo.commit('c3 rewritten');
    const c4 = repo.write('b.txt', 'b\n').commit('c4');
    const ws = shallowClone(repo, 'main');
    setEnv(ws);
    const gone = 'deadbeef'.repeat(5);
    Object.assign(context, {
      eventName: 'push',
      sha: c4,
      ref: 'refs/heads/main',
      payload: { ref: 'refs/heads/main', before: gone, after: c4, forced: true, commits: [{ id: c3 }, { id: c4 }], repository: { default_branch: 'main' } },
    });
    await run();
    expect(errorFiles()).toEqual(['maps.js:1']);
    expect(warnings().some((w) => w.includes('deadbee is gone (force push): scanned the 2 commits listed in the push event'))).toBe(true);
    expect(summaryText).toContain('is gone (force push)');
    expect(summaryText).toMatch(/\*\*Commits:\*\* 2/);
    expect(base).toHaveLength(40);
  });
});

describe('tree scans', () => {
  test('schedule with paths: one directory, annotations still relative to the repository root', async () => {
    const repo = origin();
    const k = key('openai-proj', 'run-tree');
    repo.write('services/api/main.py', `\nKEY = "${k}"\n`).write('other/x.py', `KEY = "${key('anthropic', 'run-tree-2')}"\n`);
    const sha = repo.commit('c1');
    const ws = shallowClone(repo, 'main');
    setEnv(ws);
    inputs.set('paths', 'services/api');
    Object.assign(context, { eventName: 'schedule', sha, ref: 'refs/heads/main', payload: { schedule: '0 3 * * *' } });
    await run();
    expect(errorFiles()).toEqual(['services/api/main.py:2']);
    expect(summaryText).toContain(`https://github.com/acme/app/blob/${sha}/services/api/main.py#L2`);
  });
});

describe('pull requests', () => {
  test('the base branch moved 70 commits ahead: deepened in bounded steps until the merge base is found', async () => {
    const repo = origin();
    repo.write('a.txt', 'a\n');
    repo.commit('c1');
    repo.git('checkout', '-q', '-b', 'feature');
    const k = key('groq', 'run-deep');
    repo.write('llm.py', `GROQ_API_KEY = "${k}"\n`).commit('f1');
    const head = repo.write('z.txt', 'z\n').commit('f2');
    repo.git('checkout', '-q', 'main');
    for (let i = 0; i < 70; i++) repo.write('counter.txt', `${i}\n`).commit(`m${i}`);
    const base = repo.head();
    const ws = shallowClone(repo, 'main');
    setEnv(ws);
    Object.assign(context, {
      eventName: 'pull_request',
      sha: base,
      ref: 'refs/pull/3/merge',
      payload: { pull_request: { number: 3, commits: 2, changed_files: 2, base: { sha: base }, head: { sha: head } } },
    });
    await run();
    expect(errorFiles()).toEqual(['llm.py:1']);
    expect(summaryText).toMatch(/\*\*Commits:\*\* 2/);
    const fetches = of('debug').map((a) => String(a[0])).filter((l) => l.startsWith('git fetch'));
    expect(fetches.some((l) => l.includes('--deepen='))).toBe(true);
    expect(fetches.length).toBeLessThanOrEqual(7);
    // Not a single main commit was scanned as if it were the PR's.
    expect(summaryText).not.toContain('counter.txt');
  });

  test('git cannot fetch (no origin): the REST API view, its gaps named in warnings and the summary', async () => {
    const repo = origin();
    repo.write('a.txt', 'a\n');
    const base = repo.commit('c1');
    const ws = shallowClone(repo, 'main');
    GitRepo.at(ws).git('remote', 'remove', 'origin');
    setEnv(ws);
    inputs.set('github-token', 'ghs_test');
    const k = key('openai-proj', 'run-api');
    const gone = key('hf', 'run-api-intermediate');
    const head = 'c'.repeat(40);
    const c1 = '1'.repeat(40);
    const c2 = '2'.repeat(40);
    fakeApi.files = [
      { filename: 'src/ai.ts', status: 'modified', patch: `@@ -1,2 +1,3 @@\n import x from "y";\n-const a = 1;\n+const a = 2;\n+const OPENAI = "${k}";` },
      { filename: 'logo.png', status: 'added' },
    ];
    fakeApi.commits = [c1, c2];
    fakeApi.commitFiles = {
      [c1]: [{ filename: 'tmp.env', status: 'added', patch: `@@ -0,0 +1 @@\n+HF_TOKEN=${gone}` }],
      [c2]: [{ filename: 'src/ai.ts', status: 'modified', patch: `@@ -1,2 +1,3 @@\n import x from "y";\n-const a = 1;\n+const a = 2;\n+const OPENAI = "${k}";` }],
    };
    Object.assign(context, {
      eventName: 'pull_request',
      sha: base,
      ref: 'refs/pull/9/merge',
      payload: { pull_request: { number: 9, commits: 3, changed_files: 5, base: { sha: base }, head: { sha: head } } },
    });
    await run();
    expect(errorFiles()).toEqual(['src/ai.ts:3']);
    expect(output('findings')).toBe('2');
    const w = warnings().join('\n');
    expect(w).toMatch(/git could not provide the range .*read the changes through the GitHub API instead/);
    expect(w).toContain('the GitHub API listed 2 of the 5 files this pull request changes');
    expect(w).toContain('the other 3 files were NOT scanned');
    expect(w).toContain('the GitHub API listed 2 of the 3 commits');
    expect(summaryText).toContain('the other 3 files were NOT scanned');
    expect(summaryText).toMatch(/logo\.png/);
    expect(summaryText).toMatch(/Keys in intermediate commits \(1\)/);
    expect(summaryText).toContain('tmp.env');
    for (const raw of [k, gone]) {
      expect(summaryText).not.toContain(raw);
      expect(JSON.stringify(calls.filter((c) => c.fn !== 'setSecret'))).not.toContain(raw);
    }
  });

  test('git cannot fetch and there is no token: fails with the fix', async () => {
    const repo = origin();
    const base = repo.write('a.txt', 'a\n').commit('c1');
    const ws = shallowClone(repo, 'main');
    GitRepo.at(ws).git('remote', 'remove', 'origin');
    setEnv(ws);
    Object.assign(context, {
      eventName: 'pull_request',
      sha: base,
      ref: '',
      payload: { pull_request: { number: 9, commits: 1, base: { sha: base }, head: { sha: 'c'.repeat(40) } } },
    });
    await run();
    const failed = of('setFailed').map((a) => String(a[0]));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^keylint: could not read the changes to scan: git fetch from origin failed: .*fetch-depth: 0/);
    expect(failed[0]).not.toContain('\n');
  });
});

describe('mode check', () => {
  let server: Server;
  let port = 0;
  const good = key('openai-proj', 'run-check-good');
  const bad = key('openai-proj', 'run-check-bad');

  beforeEach(async () => {
    if (server) return;
    server = createServer((req, res) => {
      const auth = req.headers.authorization ?? '';
      if (auth === `Bearer ${good}`) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"object":"list","data":[]}');
      } else {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.address() as AddressInfo).port;
    cleanups.push(() => server.close());
  });

  test('a healthy and an invalid secret: unhealthy output, error annotation, table in the summary, masked', async () => {
    const ws = tempDir('keylint-check-');
    cleanups.push(() => rmSync(ws, { recursive: true, force: true }));
    setEnv(ws);
    process.env.GOOD_KEY = good;
    process.env.BAD_KEY = bad;
    inputs.set('mode', 'check');
    inputs.set('secrets', `GOOD_KEY=openai\nBAD_KEY=openai`);
    inputs.set('endpoints', `openai=http://127.0.0.1:${port}`);
    Object.assign(context, { eventName: 'schedule', sha: '', ref: '', payload: {} });
    try {
      await run();
    } finally {
      delete process.env.GOOD_KEY;
      delete process.env.BAD_KEY;
    }
    expect(output('unhealthy')).toBe('1');
    const masked = of('setSecret').map((a) => a[0]);
    expect(masked).toEqual(expect.arrayContaining([good, bad]));
    const errs = of('error').map((a) => `${(a[1] as { title?: string }).title}: ${String(a[0])}`);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^BAD_KEY: invalid/);
    expect(summaryText).toContain('keylint secret health');
    expect(summaryText).toContain('GOOD_KEY');
    expect(of('setFailed').map((a) => String(a[0]))).toEqual(['keylint check: 1 secret is unhealthy (see the annotations and the job summary)']);
    expect(output('findings')).toBeUndefined();
    for (const raw of [good, bad]) {
      expect(summaryText).not.toContain(raw);
      expect(JSON.stringify(calls.filter((c) => c.fn !== 'setSecret'))).not.toContain(raw);
    }
  });
});
