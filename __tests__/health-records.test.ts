/**
 * Every real provider record with a live check, run through `checkSecrets` against the mock:
 * the request goes to the configured endpoint with the key in the record's auth slot, a 401
 * reads as invalid, a 5xx as unknown, and a 200 carrying the provider's usual success shape as
 * valid.
 */
import { providers } from '../src/providers/registry.js';
import { checkSecrets } from '../src/health/check.js';
import { resolveTarget } from '../src/health/targets.js';
import { MockProvider, type MockReply } from './support/mock-provider.js';

const withLive = providers.filter((p) => p.live !== undefined);

/** A success body that satisfies the stricter `interpret` functions (Slack ok:true, Cohere valid:true …). */
const OK_BODY = { ok: true, valid: true, data: [], login: 'someone', username: 'someone', name: 'someone', scopes: [], active: true, result: { is_bot: true }, viewer: { id: 'u1' }, id: 'x' };

let mock: MockProvider;
beforeAll(async () => {
  mock = await MockProvider.start();
});
afterAll(async () => {
  await mock.close();
});

async function statusFor(providerId: string, reply: MockReply): Promise<{ status: string; path: string | undefined; keyed: boolean }> {
  mock.reset();
  mock.setHandler(() => reply);
  const prefix = providers.find((p) => p.id === providerId)!.live!.prefixes?.[0] ?? '';
  const value = `${prefix}keylintTestValue${providerId.replace(/[^a-z]/g, '')}Q7w9Z2x`;
  const env: Record<string, string> = { HEALTH_RECORD_KEY: value };
  // Two-part credentials: the other part from the first env name the record gives for it.
  const pairName = providers.find((p) => p.id === providerId)!.rules.find((r) => r.pair)?.pair?.envNames?.[0];
  if (pairName) env[pairName] = 'keylintPairPart42';
  const t = resolveTarget({ name: 'HEALTH_RECORD_KEY', provider: providerId, baseUrl: mock.url }, { providers, env });
  const [r] = await checkSecrets([t], { env, retries: 0 });
  return { status: r!.status, path: mock.requests[0]?.pathname, keyed: mock.requests[0]?.keyPresented ?? false };
}

describe.each(withLive.map((p) => [p.id, p] as const))('%s', (id, record) => {
  test('401 is invalid, 503 is unknown, 200 is valid; the key goes only to the endpoint', async () => {
    const bad = await statusFor(id, { status: 401, body: { error: { message: 'invalid api key', code: 'invalid_api_key' }, message: 'Unauthorized' } });
    expect([id, bad.status]).toEqual([id, 'invalid']);
    expect(mock.requests).toHaveLength(1);
    expect(bad.keyed || record.live!.auth.kind === 'path').toBe(true);
    const auth = record.live!.auth;
    const expected = (auth.kind === 'path' ? auth.template : record.live!.path).split('{pair}').join('keylintPairPart42');
    const [before, after] = new URL(`http://x${expected}`).pathname.split(encodeURIComponent('{key}'));
    expect(bad.path!.startsWith(before!)).toBe(true);
    if (after !== undefined) expect(bad.path!.endsWith(after)).toBe(true);
    else expect(bad.path).toBe(before);
    const down = await statusFor(id, { status: 503, body: 'Service Unavailable' });
    expect([id, down.status]).toEqual([id, 'unknown']);
    const ok = await statusFor(id, { status: 200, body: OK_BODY });
    expect([id, ok.status]).toEqual([id, 'valid']);
  });
});

describe('perplexity (a completion request that is invalid on purpose)', () => {
  test('400 for the probe model is an authenticated key; 400 about the key, or 401, is not; the probe names no real model', async () => {
    const ok = await statusFor('perplexity', { status: 400, body: { error: { message: 'Invalid model keylint-auth-probe', type: 'invalid_model', code: 400 } } });
    expect(ok.status).toBe('valid');
    expect(mock.requests[0]).toMatchObject({ method: 'POST', pathname: '/chat/completions' });
    const probe = providers.find((p) => p.id === 'perplexity')!.live!;
    expect(JSON.parse(probe.body!)).toMatchObject({ model: 'keylint-auth-probe', messages: [] });
    const bad = await statusFor('perplexity', { status: 400, body: { error: { message: 'Invalid API key provided' } } });
    expect(bad.status).toBe('invalid');
    const unauth = await statusFor('perplexity', { status: 401, body: '<html>401 Authorization Required</html>' });
    expect(unauth.status).toBe('invalid');
  });
});
