import { describe, expect, test } from '@jest/globals';
import { Engine } from '../src/engine/index.js';
import { genericProviders } from '../src/providers/records/generic.js';

const engine = new Engine({ providers: genericProviders });
const found = (text: string, path = 'x.py') => engine.scanUnit({ path, text }).map((f) => [f.rule, f.secret.reveal()]);

describe('generic assignment', () => {
  test.each([
    ['API_KEY = "q8Xz3LmN4pR7tV2wK9sD"', 'q8Xz3LmN4pR7tV2wK9sD'],
    ['client_secret: "b1946ac92492d2347c6235b4d2611184"', 'b1946ac92492d2347c6235b4d2611184'],
    ['export STRIPE_KEY=Zk39fjQ02mvB8xLq71pa', 'Zk39fjQ02mvB8xLq71pa'],
    ['{"db_password": "S3cr3t!Pa55w0rd"}', 'S3cr3t!Pa55w0rd'],
    ['  password: Xk2!mP9@vL4#', 'Xk2!mP9@vL4#'],
    ['apiKey := "9f8e7d6c5b4a39281706f5e4d3c2b1a0"', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  ])('finds %s', (text, secret) => {
    expect(found(text)).toEqual([['generic-secret-assignment', secret]]);
  });
  test.each([
    'api_key = os.environ["OPENAI_API_KEY"]',
    'token = get_token()',
    'password: str',
    'API_KEY=${API_KEY}',
    'api_key: ${{ secrets.OPENAI_API_KEY }}',
    'const apiKey = process.env.OPENAI_API_KEY;',
    'password = "password123"',
    'secret: changeme',
    'token_url = "https://example.com/oauth/token"',
    'tokenizer = "bert-base-uncased-2"',
    'cache_key = "user_profile_v2_83jd9"',
    'api_key = "<YOUR_API_KEY>"',
    'api_key = "your-api-key-here"',
    'API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxx"',
    'public_key = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"',
    'SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiIsImlhdCI6MTYwMDAwMDAwMH0.abcdefghijABCDEFGHIJ0123456789abcdefghijKLM',
    'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"',
    'secret_name = "prod-db-credentials-2"',
  ])('ignores %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('private keys and URLs', () => {
  const body = Array.from({ length: 20 }, (_, i) => Buffer.from(`line${i}-${'k'.repeat(10)}${i * 7919}`).toString('base64').padEnd(64, 'Q')).join('\n');
  test('PEM block is found at its BEGIN line', () => {
    const text = `x = 1\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    const f = engine.scanUnit({ path: 'id_rsa', text });
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toBe('private-key');
    expect(f[0]!.line).toBe(2);
    expect(f[0]!.confidence).toBe('high');
  });
  test('a PEM header with no end line in reach is not a key (near-miss files repeat them)', () => {
    const headerOnly = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n`;
    expect(found(headerOnly.repeat(50), 'notes.txt')).toEqual([]);
    // The same headers followed by one complete block: that block is found.
    const text = headerOnly.repeat(50) + `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    expect(found(text, 'notes.txt').map(([rule]) => rule)).toContain('private-key');
  });
  test('PEM placeholder is ignored', () => {
    expect(found('-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg...\n-----END PRIVATE KEY-----')).toEqual([]);
  });
  test('URL password', () => {
    expect(found('DATABASE_URL=postgres://app:Hq7vX2pLk9Wd@db.internal.acme.io:5432/app')).toEqual([['url-password', 'Hq7vX2pLk9Wd']]);
    expect(found('postgres://postgres:postgres@localhost:5432/db')).toEqual([]);
    expect(found('redis://:${REDIS_PASSWORD}@cache:6379')).toEqual([]);
  });
  test('ivy key file by path', () => {
    const f = engine.scanUnit({ path: 'home/.ivy/key.pem', text: 'dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgbG9va3M=\n' });
    expect(f.map((x) => x.rule)).toEqual(['ivy-key-file']);
  });
});

describe('key/value pairs', () => {
  const v = 'Qm7xK2pL9vW4zR8tN3sJ5hD6';
  test.each([
    [`{"key": "apiToken", "value": "${v}"}`],
    [`<add key="ApiKey" value="${v}" />`],
    [`- Key: 'DB_PASSWORD'\n  Value: '${v}'`.replace('\n', ', ')],
  ])('finds %s', (text) => {
    // (`ApiKey" value="…"` is also a typed assignment to the generic rule; one finding either way.)
    expect(found(text, 'app.config').map(([, secret]) => secret)).toEqual([v]);
  });
  test('the JSON form is the key/value rule', () => {
    expect(found(`{"key": "apiToken", "value": "${v}"}`, 'app.json')).toEqual([['generic-key-value-pair', v]]);
  });
  test.each([
    [`{"key": "color", "value": "${v}"}`],
    [`<add key="ApiKey" value="\${API_KEY}" />`],
    [`{"monkey": "apiToken", "value": "${v}"}`],
    [`{"key": "apiToken", "label": "${v}"}`],
  ])('not %s', (text) => {
    expect(found(text, 'app.config')).toEqual([]);
  });
});

describe('anchor.next (the character test before the sticky regex)', () => {
  const anchored = genericProviders.flatMap((p) => p.rules).filter((r) => r.anchor?.next !== undefined);
  const value = 'Zx9Lm2Qp8Rt4Vw6Ny1Ks3Hd5';
  const tails = [` = "${value}"`, `: '${value}'`, `="${value}"`, ` ${value}`, `', '${value}')`, `" => "${value}"`, ` <- "${value}"`, ` += "${value}"`, `]: "${value}"`, `\t= ${value}`, `', "${value}")`, `:= "${value}"`, `>${value}</x>`, `=${value}&scope=read`, `": "apiToken", "value": "${value}"`];
  test.each(anchored.map((r) => [r.id, r] as const))('%s: no match can start with a character outside `next`', (_id, rule) => {
    const re = new RegExp(rule.pattern, 'y' + (rule.flags ?? ''));
    let matched = 0;
    for (const tail of tails) {
      for (const text of [tail, ...Array.from({ length: 128 }, (_, c) => String.fromCharCode(c) + tail)]) {
        re.lastIndex = 0;
        if (!re.test(text)) continue;
        matched++;
        expect(rule.anchor!.next!).toContain(text[0]);
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('anchor.follows (the test of the text after the identifier, before the sticky regex)', () => {
  const anchored = genericProviders.flatMap((p) => p.rules).filter((r) => r.anchor?.follows !== undefined);
  const value = 'Zx9Lm2Qp8Rt4Vw6Ny1Ks3Hd5';
  // Pieces of operators and of what surrounds them, and characters seen after names in code.
  const pieces = ['"', "'", ']', ' ', '\t', ':', '=', '=>', '<-', '+=', '.=', '?=', ':=', '::=', ' string', 'x', '|', '>', '-', '\n', '  ', '==', '(', ')', '.', ',', '[]', '*', '&', ' 1', '+', '?', '<', '=~'];
  // A seeded generator: the same strings on every run.
  let seed = 7;
  const random = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const fuzzed = Array.from({ length: 60000 }, () => {
    const head = Array.from({ length: random(6) }, () => pieces[random(pieces.length)]).join('');
    return head + ['', '"', "'", '`', 'b"'][random(5)]! + value.slice(0, 6 + random(18));
  });
  const typed = [' string = ', '\tstring\t=', ' []byte = ', ' *Secret=', ' a.b[0] = ', '  string  =', ' ' + 'x'.repeat(31) + ' = ', ' ' + 'x'.repeat(32) + ' = ', '         x = ', '          x = '].map((s) => s + `"${value}"`);
  test.each(anchored.map((r) => [r.id, r] as const))('%s: holds wherever the pattern matches, and rules most code out', (_id, rule) => {
    const re = new RegExp(rule.pattern, 'y' + (rule.flags ?? ''));
    let matched = 0;
    for (const text of [...fuzzed, ...typed]) {
      re.lastIndex = 0;
      if (!re.test(text)) continue;
      matched++;
      expect([text, rule.anchor!.follows!(text, 0)]).toEqual([text, true]);
    }
    expect(matched).toBeGreaterThan(5000);
    for (const code of [' and the rest', '")', ' }', '", ', ' == "x"', '.length', ' (', ' ' + 'x'.repeat(32) + ' = "v"']) expect([code, rule.anchor!.follows!(code, 0)]).toEqual([code, false]);
  });
});

describe('name verdicts (kept per name test, by the identifier\'s length and ends)', () => {
  test('names that share their length and ends are judged each on its own', () => {
    // `api_public_token` and `api_secret_token`: 16 characters, `api_` … `oken`: one table slot.
    const v1 = 'q8Xz3LmN4pR7tV2wK9sD';
    const v2 = 'Zk39fjQ02mvB8xLq71pa';
    const text = `api_public_token = "${v1}"\napi_secret_token = "${v2}"\napi_public_token = "${v1}"\napi_secret_token = "${v2}"\n`;
    expect(found(text)).toEqual([
      ['generic-secret-assignment', v2],
      ['generic-secret-assignment', v2],
    ]);
    const fresh = new Engine({ providers: genericProviders });
    expect(fresh.scanUnit({ path: 'x.py', text: `api_secret_token = "${v2}"\napi_public_token = "${v1}"\n` }).map((f) => f.secret.reveal())).toEqual([v2]);
  });
});
