/**
 * Hosting group: provider answer shapes read by the records' `interpret` functions, Cloudflare's
 * CRC-32 tails, the two-part credentials (Cloudflare account token + account ID, Global API Key +
 * e-mail, Akamai secret + client token, Scaleway secret + access key, OVH secret + application
 * key), and the live checks kept ready until the shared mock reads their headers.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest, liveCheck, needsPair } from '../src/health/live.js';
import { crc32 } from '../src/providers/checksum.js';
import {
  cloudflareAccountTokenLive,
  cloudflareGlobalKeyLive,
  fastlyLive,
  hasValidCloudflareChecksum,
  interpretCloudflareGlobalKey,
  interpretCloudflareVerify,
  interpretFlyGraphql,
  interpretRailway,
  interpretVultr,
  railwayProjectLive,
  scalewayLive,
} from '../src/providers/records/hosting.js';
import { ALNUM, B64, HEX, UPPER_ALNUM, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';
import { MockProvider } from './support/mock-provider.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: JSON.stringify(json), json });

const cfToken = (prefix: string, seed: string): string => {
  const body = fakeKey(seed, ALNUM, 40);
  return `${prefix}${body}${crc32(body).toString(16).padStart(8, '0')}`;
};

describe('Cloudflare checksums', () => {
  test('the last 8 hex are the CRC-32 of the 40 characters before them', () => {
    for (const p of ['cfut_', 'cfat_', 'cfk_']) {
      const t = cfToken(p, `ck-${p}`);
      expect(hasValidCloudflareChecksum(t)).toBe(true);
      expect(hasValidCloudflareChecksum(t.slice(0, -1) + (t.endsWith('0') ? '1' : '0'))).toBe(false);
    }
    expect(hasValidCloudflareChecksum('cfxx_' + fakeKey('ck-x', ALNUM, 48))).toBe(false);
  });

  test('a token with a broken tail gives no finding at all', () => {
    const t = cfToken('cfut_', 'ck-broken');
    const broken = t.slice(0, -2) + (t.endsWith('ab') ? 'cd' : 'ab');
    expect(scanText(`CLOUDFLARE_API_TOKEN=${broken}\n`, '.env')).toEqual([]);
  });
});

describe('Cloudflare token verify answers', () => {
  test('active is valid (with its expiry); disabled and expired are invalid', () => {
    expect(interpretCloudflareVerify(res(200, { success: true, errors: [], result: { id: 'x', status: 'active', expires_on: '2030-01-01T00:00:00Z' } }))).toEqual({
      status: 'valid',
      expiresAt: '2030-01-01T00:00:00Z',
    });
    expect(interpretCloudflareVerify(res(200, { success: true, result: { id: 'x', status: 'active' } }))).toEqual({ status: 'valid' });
    expect(interpretCloudflareVerify(res(200, { success: true, result: { status: 'disabled' } }))).toEqual({ status: 'invalid', detail: 'token disabled' });
    expect(interpretCloudflareVerify(res(200, { success: true, result: { status: 'expired' } }))).toEqual({ status: 'invalid', detail: 'token expired' });
  });

  test('401 code 1000 and 400 bad header are invalid, with the code quoted; 403 restricted', () => {
    expect(interpretCloudflareVerify(res(401, { success: false, errors: [{ code: 1000, message: 'Invalid API Token' }] }))).toEqual({ status: 'invalid', detail: '1000 Invalid API Token' });
    expect(interpretCloudflareVerify(res(400, { success: false, errors: [{ code: 6003, message: 'Invalid request headers' }] }))).toEqual({ status: 'invalid', detail: '6003 Invalid request headers' });
    expect(interpretCloudflareVerify(res(403, { success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }] }))?.status).toBe('restricted');
    expect(interpretCloudflareVerify(res(503, {}))).toBeUndefined();
  });

  test('Global API Key: an unknown e-mail/key pair (400/403 9103) is invalid', () => {
    expect(interpretCloudflareGlobalKey(res(403, { success: false, errors: [{ code: 9103, message: 'Unknown X-Auth-Key or X-Auth-Email' }] }))).toEqual({
      status: 'invalid',
      detail: '9103 Unknown X-Auth-Key or X-Auth-Email',
    });
    expect(interpretCloudflareGlobalKey(res(200, { success: true, result: { id: 'u' } }))).toBeUndefined();
  });
});

describe('GraphQL answers (Fly.io, Railway)', () => {
  test('Fly.io: a viewer is valid; an authentication error invalid; any other error unknown, never invalid', () => {
    expect(interpretFlyGraphql(res(200, { data: { viewer: { id: 'u1' } } }))).toEqual({ status: 'valid' });
    expect(interpretFlyGraphql(res(200, { data: null, errors: [{ message: 'You must be authenticated to view this.' }] }))?.status).toBe('invalid');
    const scoped = interpretFlyGraphql(res(200, { data: { viewer: null }, errors: [{ message: 'Not authorized to access this viewer' }] }));
    expect(scoped?.status).toBe('unknown');
    expect(scoped?.detail).toContain('Not authorized');
    expect(interpretFlyGraphql(res(401, { errors: [{ message: 'unauthorized' }] }))).toBeUndefined();
  });

  test('Railway: data is valid; "Not Authorized" is unknown (unknown token or query not allowed)', () => {
    expect(interpretRailway(res(200, { data: { me: { id: 'u1' } } }))).toEqual({ status: 'valid' });
    expect(interpretRailway(res(200, { data: { projectToken: { projectId: 'p', environmentId: 'e' } } }))).toEqual({ status: 'valid' });
    const na = interpretRailway(res(200, { data: null, errors: [{ message: 'Not Authorized', extensions: {} }] }));
    expect(na?.status).toBe('unknown');
    expect(na?.detail).toContain('Not Authorized');
  });
});

describe('Vultr answers', () => {
  test('401 naming the caller IP is an existing key behind an ACL; other 401s fall to the default', () => {
    expect(interpretVultr(res(401, { error: 'Unauthorized IP address: 203.0.113.7', status: 401 }))).toEqual({ status: 'restricted', detail: 'Unauthorized IP address: 203.0.113.7' });
    expect(interpretVultr(res(401, { error: 'Invalid API token.', status: 401 }))).toBeUndefined();
  });
});

/** Findings of specific rules (the generic assignment rule also reports the other part on its own: see the group report). */
const specific = (text: string, path: string) => scanText(text, path).filter((x) => x.provider !== 'generic');

describe('two-part credentials in the engine', () => {
  test('Cloudflare account token carries its account ID; the ID alone is not reported', () => {
    const id = fakeKey('pr-cf', HEX, 32);
    const tok = cfToken('cfat_', 'pr-cf');
    const f = scanText(`CLOUDFLARE_ACCOUNT_ID=${id}\nCLOUDFLARE_API_TOKEN=${tok}\n`, '.env');
    expect(f.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['cloudflare-account-api-token', id]]);
  });

  test('Global API Key carries the account e-mail; a placeholder e-mail is not the other part', () => {
    const key = fakeKey('pr-gk', HEX, 37);
    const f = scanText(`CLOUDFLARE_EMAIL=ops@acme-widgets.io\nCLOUDFLARE_API_KEY=${key}\n`, '.env');
    expect(f.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['cloudflare-legacy-global-api-key', 'ops@acme-widgets.io']]);
    const alone = scanText(`CLOUDFLARE_EMAIL=you@example.com\nCLOUDFLARE_API_KEY=${key}\n`, '.env');
    expect(alone.map((x) => [x.rule, x.pair])).toEqual([['cloudflare-legacy-global-api-key', undefined]]);
  });

  test('Akamai: the client secret is reported only with its client token', () => {
    const secret = `${fakeKey('pr-ak', ALNUM, 43)}=`;
    const token = `akab-${fakeKey('pr-ak1', HEX, 16)}-${fakeKey('pr-ak2', HEX, 16)}`;
    const both = specific(`[default]\nclient_secret = ${secret}\nclient_token = ${token}\n`, '.edgerc');
    expect(both.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['akamai-edgegrid-client-secret', token]]);
    const alone = scanText(`[default]\nclient_secret = ${secret}\n`, 'notes.txt').filter((x) => x.provider === 'akamai');
    expect(alone).toEqual([]);
  });

  test('Scaleway and OVH: the secret carries its access/application key', () => {
    const ak = `SCW${fakeKey('pr-sc', UPPER_ALNUM, 17)}`;
    const h = fakeKey('pr-sc', HEX, 32);
    const sk = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
    const sc = specific(`SCW_ACCESS_KEY=${ak}\nSCW_SECRET_KEY=${sk}\n`, '.env');
    expect(sc.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['scaleway-secret-key', ak]]);
    const app = fakeKey('pr-ov', ALNUM, 16);
    const as = fakeKey('pr-ov-s', ALNUM, 32);
    const ov = specific(`[ovh-eu]\napplication_key=${app}\napplication_secret=${as}\n`, 'ovh.conf');
    expect(ov.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['ovh-application-secret', app]]);
  });
});

describe('kinds kept apart', () => {
  test('a DigitalOcean refresh token is its own record (no /v2/account check), access tokens stay on digitalocean', () => {
    const dor = `dor_v1_${fakeKey('kk-do', HEX, 64)}`;
    const dop = `dop_v1_${fakeKey('kk-do2', HEX, 64)}`;
    expect(scanText(`x=${dor}\ny=${dop}\n`, 'a.txt').map((f) => [f.provider, f.rule])).toEqual([
      ['digitalocean-refresh-token', 'digitalocean-refresh-token'],
      ['digitalocean', 'digitalocean-token'],
    ]);
  });

  test('a real-shaped Fly.io macaroon (zero runs in its msgpack header) is reported despite the placeholder look', () => {
    const mac = `fm2_lJPECAAAAAAACF4CxBA${fakeKey('kk-fly', B64, 260)}`;
    const f = scanText(`export FLY_API_TOKEN="FlyV1 ${mac}"\n`, 'deploy.sh');
    expect(f.map((x) => [x.rule, x.secret.reveal()])).toEqual([['flyio-macaroon-token', mac]]);
  });
});

describe('live checks ready for the custom headers (attached once the shared mock reads them)', () => {
  const KEY = 'k3yLint0Value9Q7w';

  test('each sends the key only in its header, the other part where the provider wants it', () => {
    expect(buildRequest(fastlyLive, KEY, fastlyLive.base).headers['fastly-key']).toBe(KEY);
    const g = buildRequest(cloudflareGlobalKeyLive, KEY, cloudflareGlobalKeyLive.base, { pair: 'ops@acme-widgets.io' });
    expect([g.url, g.headers['x-auth-key'], g.headers['x-auth-email'], g.headers['authorization']]).toEqual(['https://api.cloudflare.com/client/v4/user', KEY, 'ops@acme-widgets.io', undefined]);
    const s = buildRequest(scalewayLive, KEY, scalewayLive.base, { pair: 'SCWAB12CD34EF56GH78J' });
    expect([s.url, s.headers['x-auth-token']]).toEqual(['https://api.scaleway.com/iam/v1alpha1/api-keys/SCWAB12CD34EF56GH78J', KEY]);
    const r = buildRequest(railwayProjectLive, KEY, railwayProjectLive.base);
    expect([r.url, r.headers['project-access-token'], r.method]).toEqual(['https://backboard.railway.com/graphql/v2', KEY, 'POST']);
    const a = buildRequest(cloudflareAccountTokenLive, KEY, cloudflareAccountTokenLive.base, { pair: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' });
    expect(a.url).toBe('https://api.cloudflare.com/client/v4/accounts/0f1e2d3c4b5a69788796a5b4c3d2e1f0/tokens/verify');
    expect([needsPair(cloudflareGlobalKeyLive), needsPair(scalewayLive), needsPair(cloudflareAccountTokenLive), needsPair(fastlyLive)]).toEqual([true, true, true, false]);
  });

  let mock: MockProvider;
  beforeAll(async () => {
    mock = await MockProvider.start();
  });
  afterAll(async () => {
    await mock.close();
  });

  test('against a mock that reads those headers: 200 valid, 401 invalid', async () => {
    const seen: Array<string | undefined> = [];
    mock.setHandler(({ headers }) => {
      const k = headers['fastly-key'] ?? headers['x-auth-key'] ?? headers['x-auth-token'] ?? headers['project-access-token'];
      seen.push(typeof k === 'string' ? k : undefined);
      return k === KEY ? { status: 200, body: { id: 'x', data: { projectToken: { projectId: 'p' } } } } : { status: 401, body: { msg: 'bad' } };
    });
    for (const [live, pair] of [
      [fastlyLive, undefined],
      [cloudflareGlobalKeyLive, 'ops@acme-widgets.io'],
      [scalewayLive, 'SCWAB12CD34EF56GH78J'],
      [railwayProjectLive, undefined],
    ] as const) {
      const opts = { retry: { retries: 0 }, ...(pair ? { pair } : {}) };
      expect((await liveCheck(live, KEY, mock.url, opts)).status).toBe('valid');
      expect((await liveCheck(live, 'wrong', mock.url, opts)).status).toBe('invalid');
    }
    expect(seen).toEqual([KEY, 'wrong', KEY, 'wrong', KEY, 'wrong', KEY, 'wrong']);
  });
});
