/**
 * Two-part credentials (`Rule.pair`): the rule finds the secret part, the engine finds the
 * other part near it and reports one finding with both spans; the live check sends both.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { Engine } from '../src/engine/index.js';
import { buildRequest, liveCheck, needsPair } from '../src/health/live.js';
import { genericProviders } from '../src/providers/records/generic.js';
import type { LiveCheck, ProviderRecord } from '../src/providers/types.js';
import { formatJson } from '../src/reports/json.js';
import { formatSarif } from '../src/reports/sarif.js';
import { formatText } from '../src/reports/text.js';
import type { ScanResult } from '../src/types.js';
import { MockProvider } from './support/mock-provider.js';

const ID = 'PX3F9KQ2ZW7M';
const ID2 = 'PX8H2LR5TV4N';
const SECRET = 'q7Rz2Lm9Xc4Vb8Nk3Jh6Tg1Pd5Sw0FyE';

const duo: ProviderRecord = {
  id: 'duo-toy',
  name: 'Duo Toy',
  envNames: ['DUO_TOY_SECRET'],
  rotateUrl: 'https://duo.example/keys',
  rules: [
    {
      id: 'duo-toy-secret',
      description: 'toy secret (32 alphanumerics) with its app id (PX + 10)',
      pattern: String.raw`(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])`,
      keywords: ['duo_toy'],
      window: { before: 64, after: 96 },
      confidence: 'high',
      minDigits: 3,
      pair: { label: 'app ID', pattern: String.raw`(?<![A-Za-z0-9])PX[A-Z0-9]{10}(?![A-Za-z0-9])`, envNames: ['DUO_TOY_APP_ID'] },
    },
    {
      id: 'duo-toy-app-id',
      description: 'the app id alone',
      pattern: String.raw`(?<![A-Za-z0-9])PX[A-Z0-9]{10}(?![A-Za-z0-9])`,
      keywords: ['px'],
      window: { before: 4, after: 16 },
      confidence: 'low',
    },
  ],
};

const strict: ProviderRecord = {
  id: 'strict-toy',
  name: 'Strict Toy',
  envNames: ['STRICT_TOY_SECRET'],
  rotateUrl: 'https://strict.example/keys',
  rules: [
    {
      id: 'strict-toy-secret',
      description: 'bare 32 hex, reported only with its account id',
      pattern: String.raw`(?<![A-Za-z0-9])[0-9a-f]{32}(?![A-Za-z0-9])`,
      keywords: ['strict_toy'],
      window: { before: 64, after: 96 },
      confidence: 'medium',
      pair: { label: 'account ID', pattern: String.raw`\bAC-(?<secret>[0-9]{8})\b`, required: true },
    },
  ],
};

const engine = new Engine({ providers: [duo, strict, ...genericProviders] });
const HEX = '3f9a0c7e5b1d2468ace13579bdf02468';

describe('pairs in the engine', () => {
  test('both parts: one finding with both spans; the other part is not reported alone', () => {
    const text = `DUO_TOY_APP_ID=${ID}\nDUO_TOY_SECRET=${SECRET}\n`;
    const f = engine.scanUnit({ path: '.env', text });
    expect(f.map((x) => x.rule)).toEqual(['duo-toy-secret']);
    expect(f[0]!.secret.reveal()).toBe(SECRET);
    expect(f[0]!.pair).toMatchObject({ label: 'app ID', line: 1, column: 16, endLine: 1, endColumn: 16 + ID.length });
    expect(f[0]!.pair!.secret.reveal()).toBe(ID);
    expect(f[0]!.pair!.redacted).not.toContain(ID);
  });

  test('the nearest other part wins, before or after', () => {
    const text = `DUO_TOY_APP_ID=${ID2}\n\n\n\n\nx=1\nDUO_TOY_APP_ID=${ID}\nDUO_TOY_SECRET=${SECRET}\n`;
    const f = engine.scanUnit({ path: '.env', text });
    const hit = f.find((x) => x.rule === 'duo-toy-secret')!;
    expect(hit.pair!.secret.reveal()).toBe(ID);
    // The farther id is not the pair's: it stays a finding of its own.
    expect(f.filter((x) => x.rule === 'duo-toy-app-id').map((x) => x.secret.reveal())).toEqual([ID2]);
  });

  test('alone: reported without a pair when the pair is optional', () => {
    const f = engine.scanUnit({ path: '.env', text: `DUO_TOY_SECRET=${SECRET}\n` });
    expect(f).toHaveLength(1);
    expect(f[0]!.pair).toBeUndefined();
  });

  test('required pair: no finding without it, and no generic finding on the span either', () => {
    expect(engine.scanUnit({ path: 'a.py', text: `strict_toy_secret = "${HEX}"\n` })).toEqual([]);
    const f = engine.scanUnit({ path: 'a.py', text: `strict_toy_account = "AC-40719263"\nstrict_toy_secret = "${HEX}"\n` });
    expect(f.map((x) => [x.rule, x.secret.reveal(), x.pair?.secret.reveal()])).toEqual([['strict-toy-secret', HEX, '40719263']]);
  });

  test('a generic finding on the other part is merged into the pair too', () => {
    const alone = engine.scanUnit({ path: 'a.py', text: `strict_toy_account_token = "AC-40719263"\n` });
    expect(alone.map((x) => x.rule)).toEqual(['generic-secret-assignment']);
    const f = engine.scanUnit({ path: 'a.py', text: `strict_toy_account_token = "AC-40719263"\nstrict_toy_secret = "${HEX}"\n` });
    expect(f.map((x) => x.rule)).toEqual(['strict-toy-secret']);
  });

  test('a placeholder is not the other part', () => {
    const f = engine.scanUnit({ path: 'a.py', text: `strict_toy_account = "AC-00000000"\nstrict_toy_secret = "${HEX}"\n` });
    expect(f).toEqual([]);
  });

  test('diff units: the pair carries new-file line numbers', () => {
    const f = engine.scanUnit({ path: '.env', text: `DUO_TOY_APP_ID=${ID}\nDUO_TOY_SECRET=${SECRET}\n`, lines: [7, 8] });
    expect([f[0]!.line, f[0]!.pair!.line]).toEqual([8, 7]);
  });
});

describe('pairs in the reports: both spans, never a raw part', () => {
  const findings = engine.scanUnit({ path: '.env', text: `DUO_TOY_APP_ID=${ID}\nDUO_TOY_SECRET=${SECRET}\n` });
  const result: ScanResult = { findings, skipped: [], stats: { files: 1, bytes: 10, skipped: 0, durationMs: 1 }, notices: [] };
  test('JSON', () => {
    const out = formatJson(result);
    const pair = JSON.parse(out).findings[0].pair;
    expect(pair).toEqual({ label: 'app ID', line: 1, column: 16, endLine: 1, endColumn: 28, redacted: findings[0]!.pair!.redacted });
    expect(out).not.toContain(ID);
    expect(out).not.toContain(SECRET);
  });
  test('SARIF: the other part is a related location', () => {
    const out = formatSarif(result, { providers: [duo], toolVersion: '0.0.0' });
    const res = JSON.parse(out).runs[0].results[0];
    expect(res.relatedLocations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 16, endLine: 1, endColumn: 28 });
    expect(res.message.text).toContain('app ID');
    expect(out).not.toContain(ID);
    expect(out).not.toContain(SECRET);
  });
  test('text', () => {
    const out = formatText(result, { color: false, providers: [duo] });
    expect(out).toContain('+ app ID');
    expect(out).not.toContain(ID);
    expect(out).not.toContain(SECRET);
  });
});

describe('pairs in the live check', () => {
  const live: LiveCheck = {
    base: 'https://{pair}-api.example.com',
    path: '/v1/accounts/{pair}/me',
    method: 'GET',
    auth: { kind: 'basic', user: '{pair}' },
    headers: { 'x-app-id': '{pair}' },
  };

  test('needsPair reads every place {pair} may be', () => {
    expect(needsPair(live)).toBe(true);
    expect(needsPair({ base: 'https://x', path: '/me', method: 'GET', auth: { kind: 'bearer' } })).toBe(false);
    expect(needsPair({ base: 'https://x', path: '/me', method: 'GET', auth: { kind: 'bearer' }, headers: { 'dd-api-key': '{pair}' } })).toBe(true);
  });

  test('the other part fills base host label, path, header and basic user', () => {
    const req = buildRequest(live, SECRET, live.base, { pair: ID });
    expect(req.url).toBe(`https://${ID.toLowerCase()}-api.example.com/v1/accounts/${ID}/me`);
    expect(req.headers['x-app-id']).toBe(ID);
    expect(Buffer.from(req.headers['authorization']!.replace('Basic ', ''), 'base64').toString()).toBe(`${ID}:${SECRET}`);
  });

  test('the other part in a header prefix (`Authorization: <id>:<secret>`)', () => {
    const viaPrefix: LiveCheck = { base: 'https://api.example.com', path: '/me', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: '{pair}:' } };
    expect(needsPair(viaPrefix)).toBe(true);
    expect(buildRequest(viaPrefix, SECRET, viaPrefix.base, { pair: ID }).headers['authorization']).toBe(`${ID}:${SECRET}`);
  });

  test('a pair that is not a host label never reaches the base URL', () => {
    expect(() => buildRequest(live, SECRET, live.base, { pair: 'evil.com/x' })).toThrow();
  });

  let mock: MockProvider;
  beforeAll(async () => {
    mock = await MockProvider.start();
  });
  afterAll(async () => {
    await mock.close();
  });

  test('without the other part nothing is sent', async () => {
    mock.reset();
    const onLoopback: LiveCheck = { ...live, base: mock.url };
    const out = await liveCheck(onLoopback, SECRET, mock.url, { retry: { retries: 0 } });
    expect(out).toMatchObject({ status: 'unknown', missingPair: true, attempts: 0 });
    expect(mock.requests).toHaveLength(0);
    mock.setHandler(() => ({ status: 200, body: { ok: true } }));
    const ok = await liveCheck({ ...onLoopback, auth: { kind: 'basic', user: '{pair}' } }, SECRET, mock.url, { pair: ID, retry: { retries: 0 } });
    expect(ok.status).toBe('valid');
    expect(mock.requests[0]!.pathname).toBe(`/v1/accounts/${ID}/me`);
  });
});
