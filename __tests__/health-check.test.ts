/**
 * End-to-end: the real `runCheck` against a mock provider on 127.0.0.1, with the real provider
 * records. Every status, provider error quoting, retry/redirect/timeout/body-cap behaviour,
 * the "a file in the repository cannot redirect a key" guarantee, redaction and concurrency.
 */
import { jest } from '@jest/globals';
import http from 'node:http';
import https from 'node:https';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../src/health/command.js';
import type { HealthJson, HealthJsonResult } from '../src/health/render.js';
import { KEY_KINDS, NEG_KINDS, rngFrom } from './corpus/keys.js';
import { keyHash, MockProvider, replies, type MockReply } from './support/mock-provider.js';

const key = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(`health-${kind}-${seed}`)).value;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  json: HealthJson;
  by: Record<string, HealthJsonResult>;
  ms: number;
}

async function run(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const t0 = Date.now();
  const code = await runCheck(args, env, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  const ms = Date.now() - t0;
  let json = { version: 1, results: [] } as HealthJson;
  if (args.includes('json') && code !== 2 && !args.includes('--output')) json = JSON.parse(stdout) as HealthJson;
  const by = Object.fromEntries(json.results.map((x) => [x.name, x]));
  return { code, stdout, stderr, json, by, ms };
}

const codes = (r: HealthJsonResult | undefined): string[] => (r?.diagnoses ?? []).map((d) => d.code).sort();

let mock: MockProvider;
/** Host of every request any code in this process opened through node:http/https. */
const opened: string[] = [];
let allowedHosts: string[] = [];

function spy(mod: typeof http | typeof https): void {
  const original = mod.request.bind(mod) as (...a: unknown[]) => http.ClientRequest;
  jest.spyOn(mod, 'request').mockImplementation(((...args: unknown[]) => {
    const first = args[0];
    opened.push(first instanceof URL ? first.host : typeof first === 'string' ? new URL(first).host : `${(first as { host?: string }).host}`);
    return original(...args);
  }) as typeof mod.request);
}

beforeAll(async () => {
  mock = await MockProvider.start();
  spy(http);
  spy(https);
});
afterAll(async () => {
  await mock.close();
  jest.restoreAllMocks();
});
beforeEach(() => {
  mock.reset();
  opened.length = 0;
  allowedHosts = [mock.host];
});
afterEach(() => {
  // No request ever goes to a host other than the configured endpoint(s).
  for (const host of opened) expect(allowedHosts).toContain(host);
  for (const r of mock.requests) expect(r.host).toBe(mock.host);
});

const endpoint = (...ids: string[]): string[] => ids.flatMap((id) => ['--endpoint', `${id}=${mock.url}`]);
const sent = (k: string): number => mock.requests.filter((q) => q.keyHash === keyHash(k)).length;

describe('statuses', () => {
  test('valid, invalid, restricted, rate-limited, quota-exhausted, unknown, unverified', async () => {
    const k = {
      valid: key('openai-proj', 'valid'),
      invalid: key('openai-proj', 'invalid'),
      restricted: key('openai-proj', 'restricted'),
      limited: key('openai-proj', 'limited'),
      quota: key('openai-proj', 'quota'),
      down: key('openai-proj', 'down'),
    };
    mock.byKey(
      new Map<string, MockReply>([
        [k.valid, replies.openai.ok()],
        [k.invalid, replies.openai.invalid()],
        [k.restricted, replies.openai.forbidden()],
        [k.limited, replies.openai.rateLimited('30')],
        [k.quota, replies.openai.quota()],
        [k.down, replies.openai.serverError()],
      ]),
    );
    const env = { A_VALID: k.valid, B_INVALID: k.invalid, C_RESTRICTED: k.restricted, D_LIMITED: k.limited, E_QUOTA: k.quota, F_DOWN: k.down, G_AWS: key('aws-id', 'x') };
    const r = await run([...Object.keys(env), ...endpoint('openai'), '--format', 'json'], env);
    expect(r.code).toBe(1);
    expect(r.by['A_VALID']).toMatchObject({ provider: 'openai', status: 'valid', httpStatus: 200, diagnoses: [] });
    expect(r.by['B_INVALID']).toMatchObject({ status: 'invalid', httpStatus: 401 });
    expect(r.by['B_INVALID']!.message).toContain('invalid_api_key');
    expect(r.by['C_RESTRICTED']).toMatchObject({ status: 'restricted', httpStatus: 403 });
    expect(r.by['D_LIMITED']).toMatchObject({ status: 'rate-limited', httpStatus: 429 });
    expect(r.by['E_QUOTA']).toMatchObject({ status: 'quota-exhausted', httpStatus: 429 });
    expect(r.by['E_QUOTA']!.message).toContain('insufficient_quota');
    expect(r.by['F_DOWN']).toMatchObject({ status: 'unknown', httpStatus: 500 });
    expect(r.by['G_AWS']).toMatchObject({ provider: 'aws', status: 'unverified', httpStatus: null, latencyMs: null });
    // 5xx is retried (1 + 2 retries); quota is final; a 30 s Retry-After exceeds the wait budget.
    expect(sent(k.down)).toBe(3);
    expect(sent(k.quota)).toBe(1);
    expect(sent(k.limited)).toBe(1);
    expect(sent(k.valid)).toBe(1);
    expect(opened.length).toBeGreaterThan(0);
    for (const res of r.json.results) {
      expect(Object.keys(res).sort()).toEqual(['checkedAt', 'diagnoses', 'fix', 'httpStatus', 'latencyMs', 'message', 'name', 'provider', 'redacted', 'status']);
      expect(Number.isNaN(Date.parse(res.checkedAt))).toBe(false);
    }
    expect(mock.requests.every((q) => q.pathname === '/v1/models' && q.authHeader === 'authorization' && /^keylint\//.test(q.userAgent ?? ''))).toBe(true);
  });

  test('exit code: all valid → 0; unknown and rate-limited fail only with --fail-on', async () => {
    const ok = key('openai-proj', 'ok2');
    const busy = key('openai-proj', 'busy2');
    mock.byKey(new Map([[ok, replies.openai.ok()], [busy, replies.openai.rateLimited('60')]]));
    expect((await run(['K1=openai', ...endpoint('openai')], { K1: ok })).code).toBe(0);
    expect((await run(['K1=openai', 'K2=openai', ...endpoint('openai')], { K1: ok, K2: busy })).code).toBe(0);
    expect((await run(['K1=openai', 'K2=openai', ...endpoint('openai'), '--fail-on', 'unknown,rate-limited'], { K1: ok, K2: busy })).code).toBe(1);
  });

  test('provider error codes and messages are quoted (Nixtla, Anthropic, Google, GitHub, Slack, Hugging Face)', async () => {
    const k = {
      nixtla: key('nixtla', 'a'),
      anthropic: key('anthropic', 'a'),
      google: key('google-api', 'a'),
      google403: key('google-api', 'b'),
      github: key('github-pat', 'a'),
      slack: key('slack-bot', 'a'),
      hf: key('hf', 'a'),
      anthropic529: key('anthropic', 'busy'),
    };
    mock.byKey(
      new Map<string, MockReply>([
        [k.nixtla, replies.nixtla.invalid()],
        [k.anthropic, replies.anthropic.invalid()],
        [k.google, replies.google.invalid()],
        [k.google403, replies.google.disabled()],
        [k.github, replies.github.invalid()],
        [k.slack, replies.slack.invalid()],
        [k.hf, replies.huggingface.invalid()],
        [k.anthropic529, replies.anthropic.overloaded()],
      ]),
    );
    const env = {
      NIXTLA_API_KEY: k.nixtla,
      ANTHROPIC_API_KEY: k.anthropic,
      GEMINI_API_KEY: k.google,
      FIREBASE_API_KEY: k.google403,
      GH_TOKEN: k.github,
      SLACK_BOT_TOKEN: k.slack,
      HF_TOKEN: k.hf,
      CLAUDE_KEY: k.anthropic529,
    };
    const r = await run([...Object.keys(env), ...endpoint('nixtla', 'anthropic', 'google-api-key', 'github', 'slack', 'huggingface'), '--format', 'json'], env);
    expect(r.by['NIXTLA_API_KEY']).toMatchObject({ provider: 'nixtla', status: 'invalid', httpStatus: 401 });
    expect(r.by['NIXTLA_API_KEY']!.message).toContain('A12 Key not found');
    expect(r.by['ANTHROPIC_API_KEY']).toMatchObject({ provider: 'anthropic', status: 'invalid' });
    expect(r.by['ANTHROPIC_API_KEY']!.message).toContain('authentication_error');
    expect(r.by['GEMINI_API_KEY']).toMatchObject({ provider: 'google-api-key', status: 'invalid', httpStatus: 400 });
    expect(r.by['FIREBASE_API_KEY']).toMatchObject({ status: 'restricted', httpStatus: 403 });
    expect(r.by['GH_TOKEN']).toMatchObject({ provider: 'github', status: 'invalid' });
    expect(r.by['GH_TOKEN']!.message).toContain('Bad credentials');
    expect(r.by['SLACK_BOT_TOKEN']).toMatchObject({ provider: 'slack', status: 'invalid', httpStatus: 200 });
    expect(r.by['HF_TOKEN']).toMatchObject({ provider: 'huggingface', status: 'invalid' });
    // 529 overloaded: unknown, never invalid (provider inferred from the value's format).
    expect(r.by['CLAUDE_KEY']).toMatchObject({ provider: 'anthropic', status: 'unknown', httpStatus: 529 });
    const anth = mock.requests.filter((q) => q.keyHash === keyHash(k.anthropic));
    expect(anth[0]!.authHeader).toBe('x-api-key');
    expect(mock.requests.find((q) => q.keyHash === keyHash(k.google))!.authHeader).toBe('x-goog-api-key');
  });
});

describe('transport', () => {
  test('Retry-After is honoured: 429 then 200 is valid after the wait', async () => {
    const k = key('openai-proj', 'retry');
    let calls = 0;
    mock.setHandler(() => (++calls === 1 ? replies.openai.rateLimited('1') : replies.openai.ok()));
    const r = await run(['K=openai', ...endpoint('openai'), '--format', 'json'], { K: k });
    expect(r.by['K']).toMatchObject({ status: 'valid', httpStatus: 200 });
    expect(calls).toBe(2);
    expect(mock.requests[1]!.at - mock.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  test('reset, timeout, redirect and a huge body are handled; redirects are not followed', async () => {
    const k = { reset: key('openai-proj', 'reset'), slow: key('openai-proj', 'slow'), moved: key('openai-proj', 'moved'), huge: key('openai-proj', 'huge'), huge401: key('openai-proj', 'huge401') };
    mock.byKey(
      new Map<string, MockReply>([
        [k.reset, { status: 0, reset: true }],
        [k.slow, { ...replies.openai.ok(), delayMs: 3000 }],
        [k.moved, { status: 302, headers: { location: 'https://collector.example.net/steal' }, body: '' }],
        [k.huge, { status: 200, hugeBytes: 20 * 1024 * 1024 }],
        [k.huge401, { status: 401, hugeBytes: 20 * 1024 * 1024 }],
      ]),
    );
    const env = { R_RESET: k.reset, R_SLOW: k.slow, R_MOVED: k.moved, R_HUGE: k.huge, R_HUGE401: k.huge401 };
    const names = Object.keys(env).map((n) => `${n}=openai`);
    const r = await run([...names, ...endpoint('openai'), '--timeout', '500', '--format', 'json'], env);
    expect(r.by['R_RESET']).toMatchObject({ status: 'unknown', httpStatus: null });
    expect(r.by['R_RESET']!.message).toMatch(/reset/);
    expect(sent(k.reset)).toBe(3);
    expect(r.by['R_SLOW']).toMatchObject({ status: 'unknown', httpStatus: null });
    expect(r.by['R_SLOW']!.message).toMatch(/within 500 ms/);
    expect(sent(k.slow)).toBe(1);
    expect(r.by['R_MOVED']).toMatchObject({ status: 'unknown', httpStatus: 302 });
    expect(r.by['R_MOVED']!.message).toContain('redirected to collector.example.net');
    expect(sent(k.moved)).toBe(1);
    expect(r.by['R_HUGE']).toMatchObject({ status: 'valid' });
    expect(r.by['R_HUGE401']).toMatchObject({ status: 'invalid', httpStatus: 401 });
    expect(r.ms).toBeLessThan(5000);
  });

  test('20 secrets answered after 1 s each finish in under 3 s (checked concurrently)', async () => {
    mock.setHandler(() => ({ ...replies.openai.ok(), delayMs: 1000 }));
    const env: NodeJS.ProcessEnv = {};
    for (let i = 0; i < 20; i++) env[`KEY_${i}`] = key('openai-proj', `conc-${i}`);
    const r = await run([...Object.keys(env).map((n) => `${n}=openai`), ...endpoint('openai'), '--format', 'json'], env);
    expect(r.json.results.map((x) => x.status)).toEqual(Array(20).fill('valid'));
    expect(mock.requests).toHaveLength(20);
    expect(r.ms).toBeGreaterThanOrEqual(1000);
    expect(r.ms).toBeLessThan(3000);
  });
});

describe('diagnoses end to end', () => {
  test('a value with a trailing newline is rejected as set and reported valid once trimmed', async () => {
    const k = key('openai-proj', 'nl');
    const q = key('openai-proj', 'quoted');
    mock.byKey(new Map([[k, replies.openai.ok()], [q, replies.openai.ok()]]));
    const env = { OPENAI_API_KEY: `${k}\n`, QUOTED_KEY: `"Bearer ${q}"` };
    const r = await run(['OPENAI_API_KEY', 'QUOTED_KEY=openai', ...endpoint('openai'), '--format', 'json'], env);
    expect(r.code).toBe(1);
    expect(r.by['OPENAI_API_KEY']).toMatchObject({ status: 'invalid', httpStatus: 200 });
    expect(r.by['OPENAI_API_KEY']!.message).toContain('valid once trimmed');
    expect(codes(r.by['OPENAI_API_KEY'])).toEqual(['whitespace']);
    expect(r.by['OPENAI_API_KEY']!.diagnoses[0]!.message).toContain('trailing: a newline');
    expect(r.by['QUOTED_KEY']).toMatchObject({ status: 'invalid' });
    expect(r.by['QUOTED_KEY']!.message).toContain('valid once trimmed');
    expect(codes(r.by['QUOTED_KEY'])).toEqual(['bearer-prefix', 'quoted']);
  });

  test('missing, empty on a fork pull request, conflict, wrong-provider, bad-checksum, truncated, placeholder, assignment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keylint-health-'));
    try {
      const event = join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { fork: true, full_name: 'someone/fork' } }, base: { repo: { full_name: 'org/repo' } } } }));
      const google1 = key('google-api', 'c1');
      const google2 = key('google-api', 'c2');
      const gh = key('github-pat', 'ok');
      const openaiKey = key('openai-proj', 'trunc');
      mock.byKey(new Map([[google1, replies.google.ok()], [google2, replies.google.ok()], [gh, replies.github.ok()]]), replies.openai.invalid());
      const env: NodeJS.ProcessEnv = {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        ANTHROPIC_API_KEY: '',
        GOOGLE_API_KEY: google1,
        GEMINI_API_KEY: google2,
        OPENAI_API_KEY: google1,
        GH_TOKEN: KEY_BAD_CRC(),
        TOGETHER_API_KEY: 'tgp_v1_your-api-key-here',
        HF_TOKEN: `HF_TOKEN=${key('hf', 'assign')}`,
        NIXTLA_API_KEY: openaiKey.slice(0, 30),
      };
      const r = await run(['MISSING_KEY=openai', 'ANTHROPIC_API_KEY', 'GOOGLE_API_KEY', 'GEMINI_API_KEY', 'OPENAI_API_KEY', 'GH_TOKEN', 'TOGETHER_API_KEY', 'HF_TOKEN', 'OPENAI_TRUNC=openai', ...endpoint('openai', 'google-api-key', 'github', 'together', 'huggingface'), '--format', 'json'], {
        ...env,
        OPENAI_TRUNC: openaiKey.slice(0, 40),
      });
      expect(r.code).toBe(1);
      expect(r.by['MISSING_KEY']).toMatchObject({ status: 'invalid', httpStatus: null, redacted: '(unset)' });
      expect(codes(r.by['MISSING_KEY'])).toEqual(['missing']);
      expect(codes(r.by['ANTHROPIC_API_KEY'])).toEqual(['empty']);
      expect(r.by['ANTHROPIC_API_KEY']!.diagnoses[0]!.message).toMatch(/fork/);
      expect(codes(r.by['GOOGLE_API_KEY'])).toEqual(['conflict']);
      expect(r.by['GOOGLE_API_KEY']!.status).toBe('valid');
      expect(r.by['GEMINI_API_KEY']!.diagnoses[0]!.message).toContain('read GOOGLE_API_KEY first');
      expect(codes(r.by['OPENAI_API_KEY'])).toEqual(['wrong-provider']);
      expect(codes(r.by['GH_TOKEN'])).toEqual(['bad-checksum']);
      expect(codes(r.by['TOGETHER_API_KEY'])).toContain('placeholder');
      expect(codes(r.by['HF_TOKEN'])).toEqual(['assignment']);
      expect(r.by['OPENAI_TRUNC']).toMatchObject({ provider: 'openai' });
      expect(codes(r.by['OPENAI_TRUNC'])).toContain('truncated');
      // Only the secrets that could be sent were sent, and only to the mock.
      expect(mock.requests.some((q) => q.keyPresented && q.keyHash === keyHash(''))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('clock skew and an expiring GitHub token with scopes', async () => {
    const gh = key('github-pat', 'exp');
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    mock.byKey(new Map([[gh, { ...replies.github.ok(soon), headers: { ...replies.github.ok(soon).headers, date: new Date(Date.now() - 3_600_000).toUTCString() } }]]));
    const r = await run(['GITHUB_TOKEN', ...endpoint('github'), '--format', 'json'], { GITHUB_TOKEN: gh });
    expect(r.by['GITHUB_TOKEN']).toMatchObject({ status: 'valid', httpStatus: 200 });
    expect(codes(r.by['GITHUB_TOKEN'])).toEqual(['clock-skew', 'expiring']);
    expect(r.by['GITHUB_TOKEN']!.message).toContain('scopes: repo, workflow');
    expect(r.code).toBe(0); // warnings only
    const later = await run(['GITHUB_TOKEN', ...endpoint('github'), '--format', 'json', '--expiry-days', '2'], { GITHUB_TOKEN: gh });
    expect(codes(later.by['GITHUB_TOKEN'])).toEqual(['clock-skew']);
  });

  test('--offline sends nothing; providers without a live check are unverified; a proxy key without a base URL is not sent', async () => {
    const env = { OPENAI_API_KEY: key('openai-proj', 'off'), PERPLEXITY_API_KEY: key('perplexity', 'off') };
    const off = await run(['--offline', '--format', 'json'], env);
    expect(off.json.results.map((x) => [x.name, x.status])).toEqual([
      ['OPENAI_API_KEY', 'unverified'],
      ['PERPLEXITY_API_KEY', 'unverified'],
    ]);
    expect(off.code).toBe(0);
    const proxy = await run(['--format', 'json'], { OPENAI_API_KEY: key('openai-proxy', 'p') });
    expect(proxy.by['OPENAI_API_KEY']).toMatchObject({ provider: 'openai-compatible', status: 'unverified' });
    expect(codes(proxy.by['OPENAI_API_KEY'])).toEqual(['no-endpoint']);
    expect(opened).toHaveLength(0);
    expect(mock.requests).toHaveLength(0);
  });
});

describe('where keys are sent', () => {
  test('files in the working directory cannot redirect a validation request', async () => {
    const evil = await MockProvider.start(() => replies.openai.ok());
    const dir = mkdtempSync(join(tmpdir(), 'keylint-health-repo-'));
    const cwd = process.cwd();
    try {
      writeFileSync(join(dir, '.keylint.yml'), `check:\n  endpoints:\n    openai: ${evil.url}\nendpoints:\n  openai: ${evil.url}\n`);
      writeFileSync(join(dir, '.env'), `OPENAI_BASE_URL=${evil.url}/v1\nOPENAI_API_BASE=${evil.url}\n`);
      writeFileSync(join(dir, 'keylint.config.json'), JSON.stringify({ endpoints: { openai: evil.url } }));
      writeFileSync(join(dir, '.npmrc'), `registry=${evil.url}\n`);
      process.chdir(dir);
      const k = key('openai-proj', 'file');
      mock.byKey(new Map([[k, replies.openai.ok()]]));
      const r = await run(['OPENAI_API_KEY', ...endpoint('openai'), '--format', 'json'], { OPENAI_API_KEY: k });
      expect(r.by['OPENAI_API_KEY']).toMatchObject({ status: 'valid' });
      expect(evil.requests).toHaveLength(0);
      expect(mock.requests).toHaveLength(1);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
      await evil.close();
    }
  });

  test('base URL precedence: @BASE_URL > --endpoint > SDK env var (OPENAI_BASE_URL, with /v1) > official', async () => {
    const other = await MockProvider.start(() => replies.openai.ok());
    allowedHosts.push(other.host);
    try {
      const k = key('openai-proj', 'prec');
      mock.setHandler(() => replies.openai.ok());
      // env var only → it is used, and `/v1` is not doubled
      await run(['OPENAI_API_KEY'], { OPENAI_API_KEY: k, OPENAI_BASE_URL: `${other.url}/v1` });
      expect(other.requests.map((q) => q.pathname)).toEqual(['/v1/models']);
      // --endpoint beats the env var
      await run(['OPENAI_API_KEY', ...endpoint('openai')], { OPENAI_API_KEY: k, OPENAI_BASE_URL: `${other.url}/v1` });
      expect(mock.requests).toHaveLength(1);
      expect(other.requests).toHaveLength(1);
      // @BASE_URL beats --endpoint
      await run([`OPENAI_API_KEY@${other.url}`, ...endpoint('openai')], { OPENAI_API_KEY: k });
      expect(other.requests).toHaveLength(2);
      expect(mock.requests).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe('output never contains the raw key', () => {
  test('text, JSON, --output file and stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keylint-health-out-'));
    try {
      const k = { echo: key('openai-proj', 'echo'), ok: key('openai-proj', 'ok'), nl: key('openai-proj', 'nl2'), gh: key('github-pat', 'r') };
      const echo: MockReply = { status: 401, body: { error: { message: `Incorrect API key provided: ${k.echo}.`, code: 'invalid_api_key' } } };
      mock.byKey(new Map([[k.echo, echo], [k.ok, replies.openai.ok()], [k.nl, replies.openai.ok()], [k.gh, { status: 400, body: `bad token ${k.gh}` }]]));
      const env = { ECHO_KEY: k.echo, OPENAI_API_KEY: k.ok, NL_KEY: ` ${k.nl}\r\n`, GH_TOKEN: k.gh, MISSING: undefined };
      const names = ['ECHO_KEY=openai', 'OPENAI_API_KEY', 'NL_KEY=openai', 'GH_TOKEN', 'MISSING'];
      const outputs: string[] = [];
      for (const format of ['text', 'json']) {
        const r = await run([...names, ...endpoint('openai', 'github'), '--format', format], env);
        outputs.push(r.stdout, r.stderr);
        const file = join(dir, `report.${format}`);
        const f = await run([...names, ...endpoint('openai', 'github'), '--format', format, '--output', file], env);
        outputs.push(f.stdout, f.stderr, readFileSync(file, 'utf8'));
      }
      const all = outputs.join('\n');
      expect(all).toContain('ECHO_KEY');
      expect(all).toContain('[REDACTED]');
      for (const raw of Object.values(k)) {
        expect(all).not.toContain(raw);
        expect(all).not.toContain(raw.slice(8, 28));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('usage errors', () => {
  test.each([
    [['--format', 'xml']],
    [['--timeout', 'soon']],
    [['--endpoint', 'openai=ftp://example.com']],
    [['--endpoint', 'openai=https://user:pass@example.com']],
    [['--endpoint', 'nosuchprovider=https://example.com']],
    [['OPENAI_API_KEY=nosuchprovider']],
    [['OPENAI_API_KEY@notaurl']],
    [['--fail-on', 'sometimes']],
    [['--bogus']],
    [['1BAD']],
  ])('%j exits 2 with one line and no stack', async (args) => {
    const r = await run(args, { OPENAI_API_KEY: 'x' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^keylint check: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(opened).toHaveLength(0);
  });

  test('an invalid SDK base URL in the environment is a usage error', async () => {
    const r = await run(['OPENAI_API_KEY'], { OPENAI_API_KEY: key('openai-proj', 'u'), OPENAI_BASE_URL: 'file:///etc/passwd' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('OPENAI_BASE_URL');
  });

  test('--help prints usage and exits 0; no known variables set prints a hint', async () => {
    const h = await run(['--help'], {});
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: keylint check');
    const none = await run([], { PATH: '/usr/bin' });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No secrets to check');
  });
});

function KEY_BAD_CRC(): string {
  return NEG_KINDS['github-badcrc']!.make(rngFrom('health-badcrc'));
}
