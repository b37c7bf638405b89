import { describe, expect, test } from '@jest/globals';
import * as zlib from 'node:zlib';
import {
  base62Decode,
  base62Encode,
  checksumTail,
  CHECKSUM_PREFIXES,
  crc32,
  hasValidGithubChecksum,
  withChecksum,
} from '../src/providers/checksum.js';
import { github } from '../src/providers/records/github.js';
import { npm } from '../src/providers/records/package-registries.js';
import { ALNUM, breakChecksum, fakeChecksummedToken, fakeKey } from '../src/providers/samples/fake.js';

describe('crc32', () => {
  test('matches the standard check value and zlib for known inputs', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339);
  });
  test('agrees with zlib.crc32 on random bodies', () => {
    const zcrc = (zlib as unknown as { crc32?: (s: string) => number }).crc32;
    if (!zcrc) return; // Node < 20.15 has no zlib.crc32
    for (let i = 0; i < 50; i++) {
      const body = fakeKey(`ck-z${i}`, ALNUM, 30);
      expect(crc32(body)).toBe(zcrc(body));
    }
  });
});

describe('base62', () => {
  test('alphabet is 0-9A-Za-z, padded to width', () => {
    expect(base62Encode(0, 6)).toBe('000000');
    expect(base62Encode(10)).toBe('A');
    expect(base62Encode(61)).toBe('z');
    expect(base62Encode(62)).toBe('10');
    expect(base62Encode(0xffffffff, 6)).toBe('4gfFC3');
  });
  test('decode inverts encode and rejects foreign characters', () => {
    for (const v of [0, 1, 61, 62, 3843, 0x7fffffff, 0xffffffff]) expect(base62Decode(base62Encode(v, 6))).toBe(v);
    expect(base62Decode('ab-d')).toBeUndefined();
  });
  test('encode rejects negative and fractional values', () => {
    expect(() => base62Encode(-1)).toThrow(RangeError);
    expect(() => base62Encode(1.5)).toThrow(RangeError);
  });
});

describe('hasValidGithubChecksum', () => {
  test.each([...CHECKSUM_PREFIXES])('a constructed %s token passes', (prefix) => {
    const body = fakeKey(`ck-${prefix}`, ALNUM, 30);
    const token = withChecksum(prefix, body);
    expect(token).toHaveLength(40);
    expect(token.slice(-6)).toBe(checksumTail(body));
    expect(hasValidGithubChecksum(token)).toBe(true);
  });

  test('any single-character change of the body or tail fails', () => {
    const token = fakeChecksummedToken('ck-edit', 'ghp_');
    for (let i = 4; i < token.length; i++) {
      const c = token[i] === 'Q' ? 'R' : 'Q';
      expect(hasValidGithubChecksum(token.slice(0, i) + c + token.slice(i + 1))).toBe(false);
    }
    expect(hasValidGithubChecksum(breakChecksum(token))).toBe(false);
  });

  test('the published docs sample ghp_16C7e42F… fails: its tail is not the CRC32 of its body', () => {
    const sample = 'ghp_16C7e42F292c69C2E7C10c838347Ae178B4a';
    const body = sample.slice(4, -6);
    expect(body).toHaveLength(30);
    // The tail decodes to a plausible 32-bit number (0x3ce31a58), but the body's CRC32 is 0x96e4a23b:
    // the token was typed or edited by hand.
    expect(base62Decode(sample.slice(-6))).toBe(0x3ce31a58);
    expect(crc32(body)).toBe(0x96e4a23b);
    expect(hasValidGithubChecksum(sample)).toBe(false);
  });

  test('wrong shapes are rejected, not thrown', () => {
    const token = fakeChecksummedToken('ck-shape', 'ghp_');
    expect(hasValidGithubChecksum(token.slice(0, -1))).toBe(false);
    expect(hasValidGithubChecksum(`${token}a`)).toBe(false);
    expect(hasValidGithubChecksum(`ghx_${token.slice(4)}`)).toBe(false);
    expect(hasValidGithubChecksum(`github_pat_${token.slice(4)}`)).toBe(false);
    expect(hasValidGithubChecksum(`${token.slice(0, 10)}-${token.slice(11)}`)).toBe(false);
    expect(hasValidGithubChecksum('')).toBe(false);
  });

  test('withChecksum refuses a body that is not 30 alphanumerics', () => {
    expect(() => withChecksum('ghp_', 'short')).toThrow(RangeError);
    expect(() => withChecksum('npm_', `${fakeKey('ck-bad', ALNUM, 29)}-`)).toThrow(RangeError);
  });

  test('record formats use the checksum for classic tokens only', () => {
    expect(github.format?.checksum?.(fakeChecksummedToken('ck-f1', 'gho_'))).toBe(true);
    expect(github.format?.checksum?.(breakChecksum(fakeChecksummedToken('ck-f1', 'gho_')))).toBe(false);
    expect(github.format?.checksum?.(`github_pat_${fakeKey('ck-f2', ALNUM, 22)}_${fakeKey('ck-f3', ALNUM, 59)}`)).toBe(true);
    expect(npm.format?.checksum?.(fakeChecksummedToken('ck-f4', 'npm_'))).toBe(true);
    expect(npm.format?.checksum?.(breakChecksum(fakeChecksummedToken('ck-f4', 'npm_')))).toBe(false);
  });
});
