/**
 * Database-group records beyond the shared sample tests: Confluent's CRC32 tail, Turso tokens
 * attributed by their claims, Snowflake's issuer, the pairs, and the live requests they build.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest } from '../src/health/live.js';
import {
  clickhouse,
  confluent,
  confluentChecksumOk,
  isSnowflakePat,
  isTursoDatabaseToken,
  isTursoPlatformToken,
  redisCloud,
  turso,
  upstashApiKey,
} from '../src/providers/records/databases.js';
import { B64URL, fakeKey } from '../src/providers/samples/fake.js';
import { confluentSecret } from '../src/providers/samples/databases.js';
import type { LiveResponse } from '../src/providers/types.js';

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (header: unknown, payload: unknown, seed: string, sig = 86): string => `${b64url(header)}.${b64url(payload)}.${fakeKey(seed, B64URL, sig)}`;
const EDDSA = { alg: 'EdDSA', typ: 'JWT' };
const rulesOf = (text: string): string[] => scanText(text, 'config.env').map((f) => f.rule);

describe('Confluent', () => {
  const DOC = 'cfltT8d8RzkNseTMEDKcjNM1BZTFPHqRn/dQm9q7w6SjzZ12wZfwjaJdipHZtDjw';

  test("the CRC32 tail: the documentation's example verifies (that is how the byte order was fixed)", () => {
    expect(confluentChecksumOk(DOC)).toBe(true);
    expect(confluentChecksumOk(confluentSecret('t-1'))).toBe(true);
    expect(confluentChecksumOk(DOC.slice(0, -1) + (DOC.endsWith('w') ? 'x' : 'w'))).toBe(false);
    expect(confluentChecksumOk(DOC.slice(0, 60))).toBe(false);
  });

  test('the documentation example is not reported; a generated secret is, with its key ID', () => {
    expect(rulesOf(`CONFLUENT_CLOUD_API_SECRET=${DOC}\n`)).toEqual([]);
    // (The key ID's own line may also get a generic finding: generic rules do not know it is a
    // pair's identifier. Only the Confluent finding is asserted here.)
    const f = scanText(`CONFLUENT_CLOUD_API_KEY=K7QW2ZB4XN9PL3RT\nCONFLUENT_CLOUD_API_SECRET=${confluentSecret('t-2')}\n`, '.env');
    expect(f.filter((x) => x.provider === 'confluent').map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['confluent-api-secret', 'K7QW2ZB4XN9PL3RT']]);
  });

  test('a pre-2025 secret needs both "confluent" and its key ID', () => {
    const legacy = fakeKey('t-3', `${B64URL.slice(0, 62)}+/`, 64);
    expect(rulesOf(`sasl.username=K7QW2ZB4XN9PL3RT\nsasl.password=${legacy}\n`)).not.toContain('confluent-legacy-api-secret');
    expect(rulesOf(`# confluent\nsasl.username=K7QW2ZB4XN9PL3RT\nsasl.password=${legacy}\n`)).toEqual(['confluent-legacy-api-secret']);
  });

  test('live check: Basic key ID:secret to the Cloud API', () => {
    const req = buildRequest(confluent.live!, 'SECRET', confluent.live!.base, { pair: 'K7QW2ZB4XN9PL3RT' });
    expect(req.url).toBe('https://api.confluent.cloud/org/v2/environments?page_size=1');
    expect(req.headers['authorization']).toBe(`Basic ${Buffer.from('K7QW2ZB4XN9PL3RT:SECRET').toString('base64')}`);
  });
});

describe('Turso: one JWT shape, attributed by its claims', () => {
  const platform = jwt(EDDSA, { jti: 'Qm9LzX2vT8kPw4HsN6cYrA' }, 'tt-1');
  const database = jwt(EDDSA, { a: 'rw', iat: 1760000000, id: '0c8e3d1a-5b7f-4e29-9a61-2f4d8c7b3e15', rid: '7d2a9f4e-1c6b-4a83-b5e0-8e3f2d1c9a47' }, 'tt-2');

  test('claims decide the record, whichever variable holds the token', () => {
    expect([isTursoPlatformToken(platform), isTursoDatabaseToken(platform)]).toEqual([true, false]);
    expect([isTursoPlatformToken(database), isTursoDatabaseToken(database)]).toEqual([false, true]);
    expect(rulesOf(`TURSO_AUTH_TOKEN=${platform}\n`)).toEqual(['turso-platform-api-token']);
    expect(rulesOf(`TURSO_API_TOKEN=${database}\n`)).toEqual(['turso-database-token']);
  });

  test('an RS256 token next to turso is neither', () => {
    const rs = jwt({ alg: 'RS256', typ: 'JWT' }, { jti: 'Qm9LzX2vT8kPw4HsN6cYrA' }, 'tt-3');
    expect([isTursoPlatformToken(rs), isTursoDatabaseToken(rs)]).toEqual([false, false]);
  });

  test('validate: the reported expiry becomes expiresAt; -1 means none', () => {
    const res = (json: unknown): LiveResponse => ({ status: 200, headers: {}, body: JSON.stringify(json), json });
    expect(turso.live!.interpret!(res({ exp: 1790000000 }))).toEqual({ status: 'valid', expiresAt: new Date(1790000000 * 1000).toISOString() });
    expect(turso.live!.interpret!(res({ exp: -1 }))).toEqual({ status: 'valid' });
    expect(turso.live!.interpret!({ status: 401, headers: {}, body: '', json: undefined })).toBeUndefined();
  });
});

describe('Snowflake PATs: the SF issuer, in any alignment', () => {
  const pat = (payload: Record<string, unknown>, alg = 'ES256'): string => jwt({ kid: '5087476941', alg }, payload, 'sf-t', 86);

  test.each([
    [{ p: '198729476:50874745477', iss: 'SF:1049', exp: 1782280478 }],
    [{ iss: 'SF:2017', p: '294733940413:294733942533', exp: 1771226711 }],
    [{ exp: 1771226711, ab: 'c', iss: 'SF:3004', p: '40138244:40138244' }],
  ])('found: %j', (payload) => {
    const token = pat(payload);
    expect(isSnowflakePat(token)).toBe(true);
    expect(scanText(`token = "${token}"\n`, 'a.py').map((f) => [f.rule, f.secret.reveal()])).toEqual([['snowflake-programmatic-access-token', token]]);
  });

  test('another issuer or algorithm is not a PAT', () => {
    expect(isSnowflakePat(pat({ p: '1:2', iss: 'SFX' }))).toBe(false);
    expect(isSnowflakePat(pat({ p: '1:2', iss: 'SF:1049' }, 'HS256'))).toBe(false);
    expect(isSnowflakePat(pat({ iss: 'SF:1049' }))).toBe(false);
  });
});

describe('pairs and their live requests', () => {
  test('Redis Cloud: the account key goes in x-api-key, the user key in x-api-secret-key', () => {
    const req = buildRequest(redisCloud.live!, 'Suser', redisCloud.live!.base, { pair: 'Aaccount' });
    expect(req.url).toBe('https://api.redislabs.com/v1/');
    expect([req.headers['x-api-key'], req.headers['x-api-secret-key']]).toEqual(['Aaccount', 'Suser']);
  });

  test('ClickHouse and Upstash: Basic with the other part as the user', () => {
    const ch = buildRequest(clickhouse.live!, '4b1dSECRET', clickhouse.live!.base, { pair: 'KEYID' });
    expect(ch.headers['authorization']).toBe(`Basic ${Buffer.from('KEYID:4b1dSECRET').toString('base64')}`);
    const up = buildRequest(upstashApiKey.live!, 'uuid-key', upstashApiKey.live!.base, { pair: 'ops@acme-labs.io' });
    expect(up.headers['authorization']).toBe(`Basic ${Buffer.from('ops@acme-labs.io:uuid-key').toString('base64')}`);
  });

  test('nothing is sent without the other part', () => {
    expect(() => buildRequest(redisCloud.live!, 'Suser', redisCloud.live!.base)).toThrow();
    expect(() => buildRequest(clickhouse.live!, '4b1dSECRET', clickhouse.live!.base)).toThrow();
  });

  test('an Upstash Developer API key is reported only with the account email', () => {
    const key = '3f9a0c7e-5b1d-4e68-9ace-13579bdf0246';
    expect(rulesOf(`UPSTASH_API_KEY=${key}\n`)).toEqual([]);
    const f = scanText(`UPSTASH_EMAIL=ops@acme-labs.io\nUPSTASH_API_KEY=${key}\n`, '.env');
    expect(f.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['upstash-api-key', 'ops@acme-labs.io']]);
  });

  test('a MongoDB Atlas private key is reported only with its public key', () => {
    const key = '3f9a0c7e-5b1d-4e68-9ace-13579bdf0246';
    expect(rulesOf(`MONGODB_ATLAS_PRIVATE_KEY=${key}\n`)).toEqual([]);
    expect(rulesOf(`MONGODB_ATLAS_PUBLIC_KEY=qhzvkmtw\nMONGODB_ATLAS_PRIVATE_KEY=${key}\n`)).toEqual(['mongodb-atlas-private-key']);
  });
});
