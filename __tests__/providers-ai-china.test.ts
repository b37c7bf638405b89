/**
 * ai-china records beyond the shared sample tests: their `interpret` readings, and what a base
 * URL on one of their official hosts means to `keylint check` (the key goes to that provider; a
 * key of another provider sent there is `wrong-provider`, not `invalid`). Live requests only go
 * to the loopback mock, through `--endpoint`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { checkSecrets } from '../src/health/check.js';
import { diagnoseTarget } from '../src/health/diagnose.js';
import { officialHosts, providersAtHost, resolveTarget, resolveTargets } from '../src/health/targets.js';
import type { HealthTarget } from '../src/health/types.js';
import { interpretMiniMax, interpretMoonshot } from '../src/providers/records/ai-china.js';
import { providers } from '../src/providers/registry.js';
import { ALNUM, B64URL, HEX, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';
import { keyHash, MockProvider, replies, type MockReply } from './support/mock-provider.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: JSON.stringify(json), json });

const moonshotKey = (s: string): string => `sk-${fakeKey(s, ALNUM, 48)}`;
const deepseekKey = (s: string): string => `sk-${fakeKey(s, HEX, 32)}`;
const zhipuKey = (s: string): string => `${fakeKey(s, HEX, 32)}.${fakeKey(`${s}-2`, ALNUM, 16)}`;
const openaiKey = (s: string): string => `sk-proj-${fakeKey(s, B64URL, 60)}T3BlbkFJ${fakeKey(`${s}-2`, B64URL, 60)}`;

const resolve = (env: NodeJS.ProcessEnv, name = 'OPENAI_API_KEY', extra: { baseUrl?: string; provider?: string } = {}): HealthTarget =>
  resolveTarget({ name, ...extra }, { providers, env });
const codes = (t: HealthTarget, env: NodeJS.ProcessEnv): Array<[string, string]> => diagnoseTarget(t, { providers, env }).diagnoses.map((d) => [d.code, d.severity]);

describe('interpret', () => {
  test('Moonshot balance: a positive balance is valid, zero or less is quota-exhausted', () => {
    const body = (available: number) => ({ code: 0, data: { available_balance: available, voucher_balance: 0, cash_balance: available }, scode: '0x0', status: true });
    expect(interpretMoonshot(res(200, body(49.58)))).toBeUndefined();
    expect(interpretMoonshot(res(200, body(0)))).toEqual({ status: 'quota-exhausted', detail: 'available balance 0' });
    expect(interpretMoonshot(res(200, body(-3.5)))?.status).toBe('quota-exhausted');
    expect(interpretMoonshot(res(401, { error: { message: 'Invalid Authentication', type: 'invalid_authentication_error' } }))).toBeUndefined();
  });

  test('MiniMax base_resp codes: 1004 invalid, 1008 quota, 1002 rate-limited, 0 default', () => {
    const br = (code: number, msg: string) => ({ base_resp: { status_code: code, status_msg: msg } });
    expect(interpretMiniMax(res(200, br(1004, 'login fail: Please carry the API secret key in the Authorization field')))).toEqual({
      status: 'invalid',
      detail: '1004 login fail: Please carry the API secret key in the Authorization field',
    });
    expect(interpretMiniMax(res(200, br(1008, 'insufficient balance')))?.status).toBe('quota-exhausted');
    expect(interpretMiniMax(res(200, br(1002, 'rate limit exceeded')))?.status).toBe('rate-limited');
    expect(interpretMiniMax(res(200, br(2013, 'invalid params')))?.status).toBe('unknown');
    expect(interpretMiniMax(res(200, { object: 'list', data: [{ id: 'MiniMax-M2.7', object: 'model' }], base_resp: { status_code: 0, status_msg: 'success' } }))).toBeUndefined();
    expect(interpretMiniMax(res(401, { error: { message: 'invalid api key' } }))).toBeUndefined();
  });
});

describe('official hosts', () => {
  test('a record has its live host and its regional twins; a proxy record has none', () => {
    const byId = (id: string) => providers.find((p) => p.id === id)!;
    expect(officialHosts(byId('moonshot'))).toEqual(['api.moonshot.cn', 'api.moonshot.ai']);
    expect(officialHosts(byId('zhipu'))).toEqual(['open.bigmodel.cn', 'api.z.ai']);
    expect(officialHosts(byId('deepseek'))).toEqual(['api.deepseek.com']);
    expect(officialHosts(byId('openai-compatible'))).toEqual([]);
    expect(providersAtHost('https://API.Moonshot.ai:443/v1', providers).map((p) => p.id)).toEqual(['moonshot']);
    expect(providersAtHost('https://api.openai.com/v1', providers).map((p) => p.id)).toEqual(['openai', 'openai-admin']);
    expect(providersAtHost('https://api.chatanywhere.tech/v1', providers)).toEqual([]);
  });
});

describe('a base URL on an official host says which provider the key is for', () => {
  test('OPENAI_API_KEY + OPENAI_BASE_URL=https://api.moonshot.cn/v1 is a Moonshot key, checked there', () => {
    const env = { OPENAI_API_KEY: moonshotKey('r-1'), OPENAI_BASE_URL: 'https://api.moonshot.cn/v1' };
    const t = resolve(env);
    expect([t.provider?.id, t.baseUrl, t.baseUrlSource]).toEqual(['moonshot', 'https://api.moonshot.cn', 'env']);
    expect(codes(t, env)).toEqual([]);
    // The international twin: the check goes to the host the SDK uses.
    const intl = resolve({ ...env, OPENAI_BASE_URL: 'https://api.moonshot.ai/v1' });
    expect([intl.provider?.id, intl.baseUrl]).toEqual(['moonshot', 'https://api.moonshot.ai']);
    // Same with an argument or the old OPENAI_API_BASE.
    expect(resolve({ OPENAI_API_KEY: env.OPENAI_API_KEY }, 'OPENAI_API_KEY', { baseUrl: 'https://api.moonshot.cn/v1' }).provider?.id).toBe('moonshot');
    expect(resolve({ OPENAI_API_KEY: env.OPENAI_API_KEY, OPENAI_API_BASE: 'https://api.moonshot.cn/v1' }).provider?.id).toBe('moonshot');
  });

  test('a record without a live check: its format applies and nothing is sent', async () => {
    const env = { OPENAI_API_KEY: zhipuKey('r-2'), OPENAI_BASE_URL: 'https://open.bigmodel.cn/api/paas/v4' };
    const t = resolve(env);
    expect(t.provider?.id).toBe('zhipu');
    expect(codes(t, env)).toEqual([]);
    const [r] = await checkSecrets([t], { providers, env });
    expect(r).toMatchObject({ provider: 'zhipu', status: 'unverified', host: null, failed: false });
    expect(r!.message).toContain('no side-effect-free check');
    // A value that is not a Zhipu key at all: Zhipu's format says so.
    const bad = { OPENAI_API_KEY: `sk-${fakeKey('r-2b', ALNUM, 20)}`, OPENAI_BASE_URL: env.OPENAI_BASE_URL };
    const tb = resolve(bad);
    expect(tb.provider?.id).toBe('zhipu');
    expect(codes(tb, bad).map(([c]) => c)).toEqual(expect.arrayContaining(['bad-charset']));
  });

  test('a DashScope key with the international compatible-mode URL goes to that host with DashScope\'s path', () => {
    const env = { OPENAI_API_KEY: deepseekKey('r-3'), OPENAI_BASE_URL: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1' };
    const t = resolve(env);
    expect([t.provider?.id, t.baseUrl]).toEqual(['dashscope', 'https://dashscope-intl.aliyuncs.com']);
    expect(codes(t, env)).toEqual([]);
  });

  test('proxies, forced providers and the provider\'s own host are left as they were', () => {
    const proxy = resolve({ OPENAI_API_KEY: moonshotKey('r-4'), OPENAI_BASE_URL: 'https://api.chatanywhere.tech/v1' });
    expect([proxy.provider?.id, proxy.baseUrl]).toEqual(['openai-compatible', 'https://api.chatanywhere.tech/v1']);
    const forced = resolve({ OPENAI_API_KEY: moonshotKey('r-4') }, 'OPENAI_API_KEY', { provider: 'openai', baseUrl: 'https://api.moonshot.cn/v1' });
    expect([forced.provider?.id, forced.baseUrl]).toEqual(['openai', 'https://api.moonshot.cn/v1']);
    const own = resolve({ OPENAI_API_KEY: openaiKey('r-4'), OPENAI_BASE_URL: 'https://api.openai.com/v1' });
    expect([own.provider?.id, own.baseUrl, own.forced]).toEqual(['openai', 'https://api.openai.com/v1', false]);
    const moon = resolve({ MOONSHOT_API_KEY: moonshotKey('r-4'), MOONSHOT_BASE_URL: 'https://api.moonshot.ai/v1' }, 'MOONSHOT_API_KEY');
    expect([moon.provider?.id, moon.baseUrl]).toEqual(['moonshot', 'https://api.moonshot.ai/v1']);
  });
});

describe('a key sent to another provider\'s official host is wrong-provider, not invalid', () => {
  test('a DeepSeek key with OPENAI_BASE_URL on Moonshot: checked at DeepSeek, the variable serves Moonshot', () => {
    const env = { OPENAI_API_KEY: deepseekKey('w-1'), OPENAI_BASE_URL: 'https://api.moonshot.cn/v1' };
    const t = resolve(env);
    expect([t.provider?.id, t.baseUrl, t.baseUrlSource]).toEqual(['deepseek', 'https://api.deepseek.com', 'official']);
    const d = diagnoseTarget(t, { providers, env }).diagnoses;
    expect(d.map((x) => [x.code, x.severity])).toEqual([['wrong-provider', 'error']]);
    expect(d[0]!.message).toBe('OPENAI_API_KEY is a Moonshot AI (Kimi) variable, but the value is a DeepSeek key');
    expect(d[0]!.fix).toContain('Store a Moonshot AI (Kimi) key in OPENAI_API_KEY');
  });

  test('a DeepSeek key with OPENAI_BASE_URL=https://api.openai.com/v1 is an error, as without the variable', () => {
    const env = { OPENAI_API_KEY: deepseekKey('w-2'), OPENAI_BASE_URL: 'https://api.openai.com/v1' };
    const t = resolve(env);
    expect([t.provider?.id, t.baseUrl]).toEqual(['deepseek', 'https://api.deepseek.com']);
    expect(codes(t, env)).toEqual([['wrong-provider', 'error']]);
    const plain = resolve({ OPENAI_API_KEY: env.OPENAI_API_KEY });
    expect(diagnoseTarget(plain, { providers, env: {} }).diagnoses[0]!.message).toBe(diagnoseTarget(t, { providers, env }).diagnoses[0]!.message);
    // A proxy at a host of its own is still trusted to accept it (a warning).
    const viaProxy = { OPENAI_API_KEY: env.OPENAI_API_KEY, OPENAI_BASE_URL: 'https://gateway.example/v1' };
    expect(codes(resolve(viaProxy), viaProxy)).toEqual([['wrong-provider', 'warning']]);
  });

  test('an OpenAI key with OPENAI_BASE_URL on Moonshot, and a Moonshot key at api.openai.com', () => {
    const env = { OPENAI_API_KEY: openaiKey('w-3'), OPENAI_BASE_URL: 'https://api.moonshot.cn/v1' };
    const t = resolve(env);
    expect([t.provider?.id, t.forced, t.formatProvider?.id, t.baseUrl]).toEqual(['moonshot', true, 'openai', 'https://api.moonshot.cn']);
    const d = diagnoseTarget(t, { providers, env }).diagnoses;
    expect(d.map((x) => x.code)).toEqual(['wrong-provider']);
    expect(d[0]!.message).toContain('was declared moonshot, but the value is an OpenAI key');
    // MOONSHOT_API_KEY sent to OpenAI's host by an argument.
    const m = { MOONSHOT_API_KEY: moonshotKey('w-3') };
    const tm = resolve(m, 'MOONSHOT_API_KEY', { baseUrl: 'https://api.openai.com/v1' });
    expect([tm.provider?.id, tm.formatProvider?.id]).toEqual(['openai', 'moonshot']);
    expect(diagnoseTarget(tm, { providers, env: m }).diagnoses[0]!.message).toContain('but the value is a Moonshot AI (Kimi) key');
    // An `sk-` + 48 relay key at api.openai.com: not an OpenAI key, says OpenAI's format.
    const relay = { OPENAI_API_KEY: moonshotKey('w-4'), OPENAI_BASE_URL: 'https://api.openai.com/v1' };
    const tr = resolve(relay);
    expect(tr.provider?.id).toBe('openai');
    const dr = diagnoseTarget(tr, { providers, env: relay }).diagnoses;
    expect(dr.map((x) => x.code)).toEqual(['bad-charset']);
    expect(dr[0]!.message).toContain('structure of an OpenAI key');
  });
});

describe('against the loopback mock', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await MockProvider.start();
  });
  afterAll(async () => {
    await mock.close();
  });
  beforeEach(() => mock.reset());

  const balance = (available: number): MockReply => ({ status: 200, body: { code: 0, data: { available_balance: available, voucher_balance: 0, cash_balance: available }, scode: '0x0', status: true } });
  const targets = (env: NodeJS.ProcessEnv, ids: string[]): HealthTarget[] =>
    resolveTargets([{ name: 'OPENAI_API_KEY' }], { providers, env, endpoints: new Map(ids.map((id) => [id, mock.url])) });

  test('OPENAI_API_KEY + Moonshot base URL: Moonshot\'s balance check, valid, quota-exhausted or invalid', async () => {
    const ok = moonshotKey('m-ok');
    const empty = moonshotKey('m-empty');
    const dead = moonshotKey('m-dead');
    mock.byKey(new Map([[ok, balance(12.5)], [empty, balance(0)]]), { status: 401, body: { error: { message: 'Invalid Authentication', type: 'invalid_authentication_error' } } });
    const run = async (key: string) => {
      const env = { OPENAI_API_KEY: key, OPENAI_BASE_URL: 'https://api.moonshot.cn/v1' };
      const [r] = await checkSecrets(targets(env, ['moonshot']), { providers, env, retries: 0 });
      return r!;
    };
    expect(await run(ok)).toMatchObject({ provider: 'moonshot', status: 'valid', httpStatus: 200, diagnoses: [], failed: false });
    expect(await run(empty)).toMatchObject({ provider: 'moonshot', status: 'quota-exhausted', failed: true });
    const invalid = await run(dead);
    expect(invalid).toMatchObject({ provider: 'moonshot', status: 'invalid', httpStatus: 401, diagnoses: [] });
    expect(invalid.message).toContain('Invalid Authentication');
    expect(mock.requests.map((q) => q.pathname)).toEqual(['/v1/users/me/balance', '/v1/users/me/balance', '/v1/users/me/balance']);
  });

  test('a DeepSeek key sent to the Moonshot host: valid at DeepSeek, and the check fails with wrong-provider', async () => {
    const key = deepseekKey('m-ds');
    mock.byKey(new Map([[key, { status: 200, body: { is_available: true, balance_infos: [{ currency: 'CNY', total_balance: '110.00', granted_balance: '10.00', topped_up_balance: '100.00' }] } }]]));
    const env = { OPENAI_API_KEY: key, OPENAI_BASE_URL: 'https://api.moonshot.cn/v1' };
    const [r] = await checkSecrets(targets(env, ['deepseek', 'moonshot']), { providers, env, retries: 0 });
    expect(r).toMatchObject({ provider: 'deepseek', status: 'valid', failed: true });
    expect(r!.diagnoses.map((d) => [d.code, d.severity])).toEqual([['wrong-provider', 'error']]);
    // Only DeepSeek's own check ran; Moonshot's host (here the mock standing for it) got nothing.
    expect(mock.requests.map((q) => [q.pathname, q.keyHash])).toEqual([['/user/balance', keyHash(key)]]);
  });

  test('an OpenAI key sent to the Moonshot host: rejected there, and said to be an OpenAI key', async () => {
    const key = openaiKey('m-oa');
    mock.setHandler(() => ({ status: 401, body: { error: { message: 'Invalid Authentication', type: 'invalid_authentication_error' } } }));
    const env = { OPENAI_API_KEY: key, OPENAI_BASE_URL: 'https://api.moonshot.cn/v1' };
    const [r] = await checkSecrets(targets(env, ['moonshot']), { providers, env, retries: 0 });
    expect(r).toMatchObject({ provider: 'moonshot', status: 'invalid', failed: true });
    expect(r!.diagnoses.map((d) => d.code)).toEqual(['wrong-provider']);
    expect(r!.fix).toContain('accepts OpenAI keys, or store a Moonshot AI (Kimi) key');
    expect(mock.requests.map((q) => q.pathname)).toEqual(['/v1/users/me/balance']);
    mock.setHandler(() => replies.openai.invalid());
  });
});
