/**
 * Validation faults through the bundled CLI (`keylint check`, child process) against servers
 * on 127.0.0.1: refused connection, reset mid-body, a 30 s stall, a redirect to another host,
 * a 50 MB body, invalid JSON, persistent 429 with Retry-After. Each ends with the right status
 * in bounded time, without a stack trace. (In-process coverage of the transport lives in
 * health-check.test.ts / health-units.test.ts; these run the real binary end to end.)
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { bundles, cleanEnv, runCli, STACK_FRAME } from './support/hardening.js';
import { tempDir } from './support/git-repo.js';

const key = (seed: string): string => KEY_KINDS['openai-proj']!.make(rngFrom(`hardening-faults-${seed}`)).value;

type Behaviour = 'reset-mid-body' | 'stall' | 'redirect' | 'huge' | 'invalid-json-401' | 'invalid-json-200' | 'always-429';

interface Server {
  url: string;
  requests: Array<{ behaviour: Behaviour | undefined; at: number }>;
  /** Body bytes the server managed to write for the huge reply. */
  hugeSent: number;
  close(): Promise<void>;
}

async function startServer(route: (auth: string | undefined) => Behaviour | undefined, redirectTo = 'http://127.0.0.1:1'): Promise<Server> {
  const sockets = new Set<Socket>();
  const state: Server = { url: '', requests: [], hugeSent: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    req.resume();
    const behaviour = route(req.headers.authorization);
    state.requests.push({ behaviour, at: Date.now() });
    const json = (status: number, body: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    };
    switch (behaviour) {
      case 'reset-mid-body':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
        res.write('{"object":"list","data":[{"id":"gpt-4o"');
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case 'stall':
        return; // never answers
      case 'redirect':
        res.writeHead(302, { location: `${redirectTo}/v1/models` });
        res.end();
        return;
      case 'huge': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        const total = 50 * 1024 * 1024;
        const pump = (): void => {
          while (state.hugeSent < total && !res.destroyed) {
            state.hugeSent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      case 'invalid-json-401':
        json(401, '{"error": {"message": "Incorrect API key provided');
        return;
      case 'invalid-json-200':
        json(200, '<html><body>proxy login</body></html>');
        return;
      case 'always-429':
        json(429, '{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}', { 'retry-after': '1' });
        return;
      default:
        json(401, '{"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}}');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return state;
}

const K: Record<Behaviour, string> = {
  'reset-mid-body': key('reset'),
  stall: key('stall'),
  redirect: key('redirect'),
  huge: key('huge'),
  'invalid-json-401': key('json401'),
  'invalid-json-200': key('json200'),
  'always-429': key('429'),
};
const byAuth = new Map(Object.entries(K).map(([b, k]) => [`Bearer ${k}`, b as Behaviour]));

interface HealthJson {
  results: Array<{ name: string; status: string; httpStatus: number | null; message: string }>;
}

let provider: Server;
let elsewhere: Server;
let refusedUrl: string;
const cwd = tempDir('keylint-faults-');

beforeAll(async () => {
  bundles();
  elsewhere = await startServer(() => undefined);
  provider = await startServer((auth) => (auth ? byAuth.get(auth) : undefined), elsewhere.url);
  const closed = await startServer(() => undefined);
  refusedUrl = closed.url;
  await closed.close();
}, 180_000);

afterAll(async () => {
  await provider?.close();
  await elsewhere?.close();
});

async function check(vars: Record<string, string>, endpoint: string, extra: string[] = []): Promise<{ code: number | null; ms: number; by: Record<string, HealthJson['results'][number]>; stderr: string }> {
  const env = cleanEnv(vars);
  const args = ['check', ...Object.keys(vars).map((n) => `${n}=openai`), '--endpoint', `openai=${endpoint}`, '--format', 'json', ...extra];
  const r = await runCli(args, { cwd, env, timeoutMs: 60_000 });
  expect(r.stderr).not.toMatch(STACK_FRAME);
  for (const k of Object.values(vars)) expect(r.stdout + r.stderr).not.toContain(k);
  const json = JSON.parse(r.stdout) as HealthJson;
  return { code: r.code, ms: r.ms, by: Object.fromEntries(json.results.map((x) => [x.name, x])), stderr: r.stderr };
}

describe('keylint check against faulty endpoints (bundled CLI)', () => {
  test('connection refused: unknown, exit 0 unless --fail-on unknown, bounded time', async () => {
    const r = await check({ REFUSED: key('refused') }, refusedUrl);
    expect(r.by['REFUSED']).toMatchObject({ status: 'unknown', httpStatus: null });
    expect(r.by['REFUSED']!.message).toMatch(/refused/);
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(20_000);
    const strict = await check({ REFUSED: key('refused') }, refusedUrl, ['--fail-on', 'unknown']);
    expect(strict.code).toBe(1);
  });

  test('faults in one run: reset mid-body, 30 s stall with --timeout 1000, redirect, 50 MB body, invalid JSON, persistent 429', async () => {
    const vars = {
      RESET: K['reset-mid-body'],
      STALL: K.stall,
      MOVED: K.redirect,
      HUGE: K.huge,
      BADJSON401: K['invalid-json-401'],
      BADJSON200: K['invalid-json-200'],
      LIMITED: K['always-429'],
    };
    const r = await check(vars, provider.url, ['--timeout', '1000']);
    // Everything is checked concurrently: the stall is cut at 1 s, the 429 retries wait about
    // 2 × 1 s; the whole command stays far below the 30 s the stall would take.
    expect(r.ms).toBeLessThan(15_000);
    expect(r.by['RESET']).toMatchObject({ status: 'unknown', httpStatus: null });
    expect(r.by['RESET']!.message).toMatch(/reset/);
    expect(r.by['STALL']).toMatchObject({ status: 'unknown', httpStatus: null });
    expect(r.by['STALL']!.message).toMatch(/within 1000 ms/);
    expect(r.by['MOVED']).toMatchObject({ status: 'unknown', httpStatus: 302 });
    expect(r.by['MOVED']!.message).toMatch(/redirect/);
    expect(elsewhere.requests).toHaveLength(0);
    expect(r.by['HUGE']).toMatchObject({ status: 'valid', httpStatus: 200 });
    expect(provider.hugeSent).toBeLessThan(16 * 1024 * 1024);
    expect(r.by['BADJSON401']).toMatchObject({ status: 'invalid', httpStatus: 401 });
    expect(['valid', 'unknown']).toContain(r.by['BADJSON200']!.status);
    expect(r.by['LIMITED']).toMatchObject({ status: 'rate-limited', httpStatus: 429 });
    const limited = provider.requests.filter((q) => q.behaviour === 'always-429');
    expect(limited.length).toBeGreaterThanOrEqual(2);
    expect(limited.length).toBeLessThanOrEqual(4);
    // Retry-After: 1 is honoured between attempts.
    expect(limited[1]!.at - limited[0]!.at).toBeGreaterThanOrEqual(900);
    expect(provider.requests.filter((q) => q.behaviour === 'stall')).toHaveLength(1);
    expect(provider.requests.filter((q) => q.behaviour === 'redirect')).toHaveLength(1);
    // BADJSON401 is invalid → exit 1.
    expect(r.code).toBe(1);
  });
});
