/**
 * Deterministic fake keys for the labelled samples: a seeded PRNG draws each body, so no
 * live-looking key sits in the source as a literal. None of these values authenticates anywhere.
 */
import { withChecksum, type CHECKSUM_PREFIXES } from '../checksum.js';

export const DIGITS = '0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const ALPHA = UPPER + LOWER;
export const ALNUM = DIGITS + UPPER + LOWER;
export const LOWER_ALNUM = DIGITS + LOWER;
export const UPPER_ALNUM = DIGITS + UPPER;
export const B64URL = ALNUM + '_-';
export const B64 = ALNUM + '+/';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** mulberry32 seeded by FNV-1a of the seed string. */
function prng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let a = h;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER_WORDS = /example|sample|dummy|fake|test|xxx|abcd|1234|your|insert|replace|lorem|redact|change/i;

/**
 * True when a random draw happens to look like filler (4 equal chars in a row, 4-step
 * sequences, or a word people type into placeholders). Real keys this short almost never do,
 * and a sample that does would be an ambiguous label.
 */
export function looksLikeFiller(value: string): boolean {
  if (FILLER_WORDS.test(value)) return true;
  let run = 1;
  let seq = 1;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    seq = d === 1 || d === -1 ? seq + 1 : 1;
    if (run >= 4 || seq >= 4) return true;
  }
  return false;
}

/** `length` chars from `charset`, the same for the same seed; re-drawn while it looks like filler. */
export function fakeKey(seed: string, charset: string, length: number): string {
  const next = prng(seed);
  for (;;) {
    let out = '';
    for (let i = 0; i < length; i++) out += charset[Math.floor(next() * charset.length)];
    if (!looksLikeFiller(out)) return out;
  }
}

/** A classic GitHub / npm token with a correct CRC32 tail. */
export function fakeChecksummedToken(seed: string, prefix: (typeof CHECKSUM_PREFIXES)[number]): string {
  return withChecksum(prefix, fakeKey(seed, ALNUM, 30));
}

/** Same token with its last char changed: the checksum no longer matches. */
export function breakChecksum(token: string): string {
  const last = token[token.length - 1];
  return token.slice(0, -1) + (last === 'a' ? 'b' : 'a');
}
