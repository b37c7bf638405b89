/** The source-control group: provider-specific live answers, offline structure checks, attribution and pairs. */
import { describe, expect, test } from '@jest/globals';
import { crc32 } from '../src/providers/checksum.js';
import { scanText } from '../src/engine/index.js';
import { hasValidPackagistChecksum } from '../src/providers/records/package-registries.js';
import {
  interpretBitbucket,
  interpretBuildkite,
  interpretCodacy,
  interpretInfracost,
  interpretSonarCloud,
  interpretTravis,
  isDataCenterPat,
  isPermanentToken,
} from '../src/providers/records/source-control.js';
import { ALNUM, DIGITS, HEX, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: typeof json === 'string' ? json : JSON.stringify(json), json: typeof json === 'string' ? undefined : json });

describe('live answers', () => {
  test('Bitbucket: 403 "not accessible by this authentication mechanism" is an access token bound to one resource', () => {
    expect(interpretBitbucket(res(403, { type: 'error', error: { message: 'This API is not accessible by this authentication mechanism' } }))?.status).toBe('valid');
    expect(interpretBitbucket(res(403, { type: 'error', error: { message: 'Your credentials lack one or more required privilege scopes.' } }))?.status).toBe('restricted');
    expect(interpretBitbucket(res(401, { type: 'error', error: { message: 'Token is invalid, expired, or not supported for this endpoint.' } }))).toBeUndefined();
    expect(interpretBitbucket(res(200, { display_name: 'acme / app access token' }))).toBeUndefined();
  });
  test('Travis CI: 403 login_required is a bad token', () => {
    const v = interpretTravis(res(403, { '@type': 'error', error_type: 'login_required', error_message: 'login required' }));
    expect(v).toEqual({ status: 'invalid', detail: 'login required' });
    expect(interpretTravis(res(200, { '@type': 'user', login: 'jdoe' }))).toBeUndefined();
  });
  test('Buildkite: the access-token endpoint reports the scopes', () => {
    expect(interpretBuildkite(res(200, { uuid: 'b6001416-0e1e-41c6-9dbe-3d96766f451a', scopes: ['read_builds', 'read_pipelines'] }))).toEqual({
      status: 'valid',
      scopes: ['read_builds', 'read_pipelines'],
    });
    expect(interpretBuildkite(res(401, { message: 'Authentication required. Please supply a valid API Access Token' }))).toBeUndefined();
  });
  test('Codacy: 404 {"error":"not found"} is a revoked or unknown token', () => {
    expect(interpretCodacy(res(404, { error: 'not found' }))?.status).toBe('invalid');
    expect(interpretCodacy(res(200, { user: { id: 1 } }))).toBeUndefined();
  });
  test('SonarQube Cloud: 200 {"valid": false} is a bad token', () => {
    expect(interpretSonarCloud(res(200, { valid: false }))?.status).toBe('invalid');
    expect(interpretSonarCloud(res(200, { valid: true }))?.status).toBe('valid');
    expect(interpretSonarCloud(res(200, 'OK'))?.status).toBe('unknown');
    expect(interpretSonarCloud(res(401, {}))).toBeUndefined();
  });
  test('Infracost: 401/403 "Invalid API key" is a bad key', () => {
    expect(interpretInfracost(res(403, { error: 'Invalid API key' }))?.status).toBe('invalid');
    expect(interpretInfracost(res(200, { data: { __typename: 'Query' } }))).toBeUndefined();
  });
});

describe('offline structure', () => {
  const packagist = (kind: string, seed: string): string => {
    const head = `packagist_${kind}_${fakeKey(seed, HEX, 60)}`;
    return head + crc32(head).toString(16).padStart(8, '0');
  };
  test('Private Packagist: the 8-hex tail is CRC32(prefix + random part)', () => {
    for (const kind of ['ort', 'out', 'uut', 'cut']) expect(hasValidPackagistChecksum(packagist(kind, `t-${kind}`))).toBe(true);
    const t = packagist('ort', 't-x');
    expect(hasValidPackagistChecksum(`${t.slice(0, -1)}${t.endsWith('0') ? '1' : '0'}`)).toBe(false);
    expect(hasValidPackagistChecksum(t.replace('packagist_ort_', 'packagist_out_'))).toBe(false);
  });
  test('Jira/Confluence Data Center PAT: base64 of <digits>:<random bytes>', () => {
    const pat = Buffer.concat([Buffer.from(`${fakeKey('dc-1', DIGITS, 12)}:`), Buffer.from(fakeKey('dc-1r', HEX, 40), 'hex')]).toString('base64');
    expect(pat).toHaveLength(44);
    expect(isDataCenterPat(pat)).toBe(true);
    expect(isDataCenterPat(Buffer.from('abcdefghijkl:0123456789abcdefghij').toString('base64'))).toBe(false);
    expect(isDataCenterPat(Buffer.from('123456789012:short').toString('base64'))).toBe(false);
  });
  test('YouTrack permanent token: the first two parts are base64 of printable text', () => {
    const b64 = (t: string): string => Buffer.from(t).toString('base64');
    expect(isPermanentToken(`perm:${b64('jane.doe')}.${b64('CI')}.${fakeKey('yt', ALNUM, 30)}`)).toBe(true);
    expect(isPermanentToken(`perm:${Buffer.from([0, 1, 2, 3]).toString('base64')}.${b64('CI')}.${fakeKey('yt', ALNUM, 30)}`)).toBe(false);
  });
});

/** An RSA PEM body (25 lines of 64 chars, DER-shaped start). */
const rsaBody = (s: string): string =>
  [`MIIEo${fakeKey(`${s}0`, `${ALNUM}+/`, 59)}`, ...Array.from({ length: 23 }, (_, i) => fakeKey(`${s}${i + 1}`, `${ALNUM}+/`, 64)), `${fakeKey(`${s}z`, `${ALNUM}+/`, 34)}==`].join('\n');
const rsaPem = (s: string): string => `-----BEGIN RSA PRIVATE KEY-----\n${rsaBody(s)}\n-----END RSA PRIVATE KEY-----\n`;

describe('GitHub App private keys', () => {
  test('a key file with GitHub’s download name is a GitHub App key, reported once', () => {
    const f = scanText(rsaPem('gh-file'), 'keys/acme-bot.2026-01-05.private-key.pem');
    expect(f.map((x) => [x.provider, x.rule])).toEqual([['github-app', 'github-app-private-key']]);
    expect(f[0]!.secret.reveal()).toBe(rsaBody('gh-file'));
  });
  test('the same key elsewhere, without GitHub App context, stays a generic private key', () => {
    const f = scanText(`TLS_KEY="${rsaPem('gh-tls').replace(/\n/g, '\\n')}"\n`, 'deploy/.env');
    expect(f.map((x) => x.rule)).toEqual(['private-key']);
  });
  test('with App context it is attributed to GitHub, not to the generic rule', () => {
    const f = scanText(`# GitHub App "acme-bot"\nAPP_ID=123456\nPRIVATE_KEY="${rsaPem('gh-ctx').replace(/\n/g, '\\n')}"\n`, '.env');
    expect(f.map((x) => x.rule)).toEqual(['github-app-private-key']);
  });
});

describe('pairs', () => {
  test('a GitHub OAuth client secret is reported only with its client ID', () => {
    const secret = fakeKey('p-1', HEX, 40);
    expect(scanText(`GITHUB_CLIENT_SECRET=${secret}\n`, '.env').filter((f) => f.provider === 'github-oauth-app')).toEqual([]);
    const f = scanText(`GITHUB_CLIENT_ID=Ov23li${fakeKey('p-1i', ALNUM, 14)}\nGITHUB_CLIENT_SECRET=${secret}\n`, '.env');
    expect(f.map((x) => x.rule)).toEqual(['github-oauth-app-client-secret']);
    expect(f[0]!.pair?.label).toBe('client ID');
  });
  test('a Bitbucket OAuth consumer secret carries its key', () => {
    const key = fakeKey('p-2k', ALNUM, 18);
    const f = scanText(`BITBUCKET_KEY=${key}\nBITBUCKET_SECRET=${fakeKey('p-2s', ALNUM, 32)}\n`, '.env');
    expect(f.map((x) => x.rule)).toEqual(['bitbucket-oauth-consumer-secret']);
    expect(f[0]!.pair?.secret.reveal()).toBe(key);
  });
});

describe('GitLab routable tokens of other kinds', () => {
  test('a routable runner token is reported whole, not cut at its first dot', () => {
    const token = `glrt-t3_${fakeKey('gl-r', ALNUM, 27)}.01.${fakeKey('gl-rc', '0123456789abcdefghijklmnopqrstuvwxyz', 9)}`;
    const f = scanText(`token = "${token}"\n`, 'config.toml');
    expect(f.map((x) => [x.rule, x.secret.reveal()])).toEqual([['gitlab-token', token]]);
  });
});
