/**
 * `keylint check --file PATH[=PROVIDER]`: a PEM key file (~ expanded), a Google service-account
 * JSON (its private_key, labelled with client_email), a .netrc (each machine's password, the
 * provider from the host), a plain file holding one key (its final newline is the file's, not
 * the key's), a base64 key that lost its `=` padding, clear one-line errors (exit 2), a live
 * check of a file key against a loopback mock, and never a piece of the file's contents in
 * the output.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../src/health/command.js';
import { parseNetrc, pemDiagnoses } from '../src/health/file-source.js';
import type { HealthJson, HealthJsonResult } from '../src/health/render.js';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { cleanEnv, leaks, runCli, STACK_FRAME } from './support/hardening.js';
import { MockProvider, replies } from './support/mock-provider.js';

const key = (kind: string, seed = 'a'): string => KEY_KINDS[kind]!.make(rngFrom(`check-file-${kind}-${seed}`)).value;

let home: string;
const secrets: string[] = [];

function pkcs8(curve: string): string {
  return generateKeyPairSync('ec', { namedCurve: curve }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
/** The base64 body of a PEM, one string. */
const bodyOf = (pem: string): string => pem.split('\n').filter((l) => l && !l.startsWith('-----')).join('');

function file(rel: string, text: string, ...keys: string[]): string {
  const p = join(home, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  secrets.push(...keys);
  return p;
}

async function check(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; by: Record<string, HealthJsonResult> }> {
  let out = '';
  const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (out += s) };
  const code = await runCheck(args, { HOME: home, ...env }, io);
  let by: Record<string, HealthJsonResult> = {};
  if (args.includes('json') && code !== 2) by = Object.fromEntries((JSON.parse(out) as HealthJson).results.map((r) => [r.name, r]));
  // Nothing of any file's key material in any output.
  expect(leaks(out, secrets.map((s) => bodyOf(s) || s).filter((s) => s.length >= 16), 'check output')).toEqual([]);
  return { code, out, by };
}
const codes = (r: HealthJsonResult | undefined): string[] => (r?.diagnoses ?? []).map((d) => d.code);

let P384: string;
let P256: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'keylint-check-file-'));
  P384 = pkcs8('secp384r1');
  P256 = pkcs8('prime256v1');
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('PEM key files', () => {
  test('~/.ivy/key.pem, well-formed: no diagnosis, unverified, exit 0, labelled by the path as given', async () => {
    file('.ivy/key.pem', P256, P256);
    const r = await check(['--file', '~/.ivy/key.pem', '--offline', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.by['~/.ivy/key.pem']).toMatchObject({ status: 'unverified', diagnoses: [], redacted: `PRIVATE KEY PEM (${P256.trim().length} chars)` });
  });

  test('a base64 body that lost its trailing "=": padding, with the fix, exit 1; text shows FAIL', async () => {
    const body = bodyOf(P384);
    expect(body.endsWith('=') && !body.endsWith('==')).toBe(true);
    const cut = P384.replace(/=\n-----END/, '\n-----END');
    file('keys/cut.pem', cut, P384);
    const r = await check(['--file', join(home, 'keys/cut.pem'), '--offline', '--format', 'json']);
    expect(r.code).toBe(1);
    const res = r.by[join(home, 'keys/cut.pem')]!;
    expect(codes(res)).toEqual(['padding']);
    expect(res.fix).toMatch(/add `=` at the end of the last body line/);
    const text = await check(['--file', join(home, 'keys/cut.pem'), '--offline']);
    expect(text.out).toMatch(/^FAIL unverified /m);
  });

  test('no END line → truncated; a certificate → not a private key; a damaged body → bad-charset', async () => {
    const noEnd = P256.slice(0, P256.indexOf('-----END'));
    file('keys/noend.pem', noEnd);
    const cert = P256.replace(/PRIVATE KEY/g, 'CERTIFICATE');
    file('keys/cert.pem', cert);
    const lines = P256.split('\n');
    lines[2] = `${lines[2]!.slice(0, 10)}“${lines[2]!.slice(11)}`;
    file('keys/damaged.pem', lines.join('\n'));
    const r = await check(['--file', join(home, 'keys/noend.pem'), '--file', join(home, 'keys/cert.pem'), '--file', join(home, 'keys/damaged.pem'), '--offline', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(codes(r.by[join(home, 'keys/noend.pem')])).toEqual(['truncated']);
    expect(r.by[join(home, 'keys/cert.pem')]!.diagnoses[0]!.message).toBe('holds a certificate, not a private key');
    expect(codes(r.by[join(home, 'keys/damaged.pem')])).toEqual(['bad-charset']);
  });

  test('pure: escaped \\n instead of line breaks is said; a body cut mid-way does not parse', () => {
    expect(pemDiagnoses(P256.trim().replace(/\n/g, '\\n')).map((d) => d.code)).toEqual(['whitespace']);
    const lines = P256.trim().split('\n');
    const short = [...lines.slice(0, 2), lines[lines.length - 1]!].join('\n');
    expect(pemDiagnoses(short).map((d) => d.code)).toEqual(['truncated']);
    expect(pemDiagnoses(P256)).toEqual([]);
  });
});

describe('service-account JSON and .netrc', () => {
  test('a Google service-account key file: its private_key, labelled with client_email; a broken one is truncated', async () => {
    const sa = { type: 'service_account', project_id: 'proj', private_key_id: 'abc123', private_key: P256, client_email: 'ci@proj.iam.gserviceaccount.com' };
    file('sa.json', JSON.stringify(sa, null, 2), P256);
    file('sa-broken.json', JSON.stringify({ ...sa, private_key: P256.slice(0, P256.indexOf('-----END')) }));
    const r = await check(['--file', join(home, 'sa.json'), '--file', join(home, 'sa-broken.json'), '--offline', '--format', 'json']);
    const ok = r.by[`${join(home, 'sa.json')}: private_key (ci@proj.iam.gserviceaccount.com)`]!;
    expect(ok).toMatchObject({ provider: 'google-service-account', diagnoses: [] });
    expect(codes(r.by[`${join(home, 'sa-broken.json')}: private_key (ci@proj.iam.gserviceaccount.com)`])).toEqual(['truncated']);
    expect(r.code).toBe(1);
  });

  test('.netrc: one result per machine password, provider from the host, diagnosed like an env var', async () => {
    const gh = key('github-pat', 'netrc');
    file('.netrc', `machine github.com\n  login me\n  password ${gh.slice(0, 25)}\n\nmachine example.org login x password hunter2hunter2\nmacdef init\ncd /\n\n`, gh);
    const r = await check(['--file', '~/.netrc', '--offline', '--format', 'json']);
    expect(Object.keys(r.by).sort()).toEqual(['~/.netrc: machine example.org', '~/.netrc: machine github.com']);
    expect(r.by['~/.netrc: machine github.com']).toMatchObject({ provider: 'github' });
    expect(codes(r.by['~/.netrc: machine github.com'])).toEqual(['truncated']);
    expect(parseNetrc('default login a password p1\nmachine h password p2')).toEqual([
      { machine: 'default', password: 'p1' },
      { machine: 'h', password: 'p2' },
    ]);
  });
});

describe('plain files', () => {
  test('one key with the file\'s final newline: no whitespace diagnosis; PATH=PROVIDER forces the provider', async () => {
    const k = key('openai-proj', 'plain');
    const p = file('openai.txt', `${k}\n`, k);
    const r = await check(['--file', `${p}=openai`, '--offline', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.by[p]).toMatchObject({ provider: 'openai', diagnoses: [] });
    // A key with a space inside is still diagnosed.
    file('spaced.txt', `${k.slice(0, 30)} ${k.slice(30)}\n`);
    const s = await check(['--file', join(home, 'spaced.txt'), '--offline', '--format', 'json']);
    expect(codes(s.by[join(home, 'spaced.txt')])).toContain('whitespace');
  });

  test('a base64 key that lost its trailing "=" padding: padding, with the fix (provider-less, and Akamai)', async () => {
    const b64 = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256)).toString('base64');
    expect(b64.endsWith('=')).toBe(true);
    file('secret.b64', `${b64.replace(/=+$/, '')}\n`, b64);
    const r = await check(['--file', join(home, 'secret.b64'), '--offline', '--format', 'json']);
    const res = r.by[join(home, 'secret.b64')]!;
    expect(codes(res)).toContain('padding');
    expect(res.fix).toMatch(/including the trailing `=`/);
    expect(r.code).toBe(1);
    const full = await check(['--file', join(home, 'full.b64'), '--offline', '--format', 'json'].map((a) => (a.endsWith('full.b64') ? file('full.b64', `${b64}\n`) : a)));
    expect(codes(full.by[join(home, 'full.b64')])).not.toContain('padding');
    // A provider whose keys carry the padding (Akamai client secret: 43 base64 + '=').
    const ak = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 53 + 7) % 256)).toString('base64');
    file('akamai.txt', ak.slice(0, 43), ak);
    const a = await check(['--file', `${join(home, 'akamai.txt')}=akamai`, '--offline', '--format', 'json']);
    expect(codes(a.by[join(home, 'akamai.txt')])).toEqual(['padding']);
  });

  test('a plain file key is checked live like an env var (loopback mock provider)', async () => {
    const k = key('openai-proj', 'live');
    const mock = await MockProvider.start(({ key: presented }) => (presented === k ? replies.openai.ok() : replies.openai.invalid()));
    try {
      const p = file('live.txt', `${k}\n`, k);
      const r = await check(['--file', p, '--endpoint', `openai=${mock.url}`, '--format', 'json']);
      expect(r.code).toBe(0);
      expect(r.by[p]).toMatchObject({ provider: 'openai', status: 'valid', httpStatus: 200 });
      expect(mock.requests).toHaveLength(1);
    } finally {
      await mock.close();
    }
  });
});

describe('errors: one line, exit 2', () => {
  test.each([
    ['missing', () => join(home, 'nope.pem'), /--file .*nope\.pem: no such file/],
    ['a directory', () => home, /is a directory, not a key file/],
    ['empty', () => file('empty.txt', '\n'), /the file is empty/],
    ['JSON without private_key', () => file('x.json', '{"a":1}'), /JSON without a "private_key"/],
    ['a .netrc without passwords', () => file('n/.netrc', 'machine a login b\n'), /a .netrc without a password entry/],
    ['an unknown provider', () => `${file('k.txt', 'abc')}=nosuchprovider`, /unknown provider "nosuchprovider"/],
  ])('%s', async (_what, arg, message) => {
    const r = await check(['--file', arg(), '--offline']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(message);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });
});

describe('the bundled CLI', () => {
  test('keylint check --file ~/.ivy/key.pem and a cut one: exit 1, FAIL padding row, no key material in stdout/stderr', async () => {
    file('.ivy/key.pem', P256, P256);
    const cut = P384.replace(/=\n-----END/, '\n-----END');
    file('.ivy/cut.pem', cut, P384);
    const p = await runCli(['check', '--file', '~/.ivy/key.pem', '--file', '~/.ivy/cut.pem', '--offline'], { cwd: home, env: cleanEnv({ HOME: home }), timeoutMs: 60_000 });
    expect(p.stdout + p.stderr).not.toMatch(STACK_FRAME);
    expect(p.code).toBe(1);
    expect(p.stdout).toMatch(/^- unverified\s+~\/\.ivy\/key\.pem /m);
    expect(p.stdout).toMatch(/^FAIL unverified\s+~\/\.ivy\/cut\.pem /m);
    expect(p.stdout).toMatch(/error padding: the base64 body lost its trailing `=` padding/);
    expect(leaks(p.stdout + p.stderr, [bodyOf(P256), bodyOf(P384)], 'CLI output')).toEqual([]);
  }, 240_000);
});
