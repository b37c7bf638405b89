/**
 * Offline checksums of prefixed tokens. Classic GitHub tokens (`ghp_ gho_ ghu_ ghs_ ghr_`)
 * and npm tokens (`npm_`) are a 4-char prefix, a 30-char random body and 6 chars that encode
 * CRC32(body) in base62 (alphabet 0-9A-Za-z, zero-padded). A value whose tail does not match
 * was typed by hand or edited: a documentation sample, not a leaked token.
 */

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as zlib) of the UTF-8 bytes of `text`, as an unsigned 32-bit number. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Base62 encoding of a non-negative integer, left-padded with `0` to `width`. */
export function base62Encode(value: number, width = 0): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError('base62Encode needs a non-negative safe integer');
  let out = '';
  let v = value;
  do {
    out = BASE62_ALPHABET[v % 62]! + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/** Base62 decoding; undefined when `text` holds a character outside the alphabet. */
export function base62Decode(text: string): number | undefined {
  let v = 0;
  for (const ch of text) {
    const d = BASE62_ALPHABET.indexOf(ch);
    if (d < 0) return undefined;
    v = v * 62 + d;
  }
  return v;
}

/** Prefixes whose tokens carry the CRC32 tail. */
export const CHECKSUM_PREFIXES = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_'] as const;

const CHECKSUMMED = /^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$/;

/**
 * True when `token` is a classic GitHub or npm token (prefix + 36 alphanumerics) whose last
 * 6 chars are the base62 CRC32 of the 30 chars between the prefix and them.
 */
export function hasValidGithubChecksum(token: string): boolean {
  if (!CHECKSUMMED.test(token)) return false;
  const body = token.slice(4, -6);
  return base62Decode(token.slice(-6)) === crc32(body);
}

/** The 6-char checksum tail for a 30-char body. */
export function checksumTail(body: string): string {
  return base62Encode(crc32(body), 6);
}

/**
 * Builds a token with a correct checksum from a prefix (`ghp_`, `npm_` …) and a 30-char
 * alphanumeric body. Used by the labelled samples so that no real-looking token is a literal.
 */
export function withChecksum(prefix: (typeof CHECKSUM_PREFIXES)[number], body: string): string {
  if (!/^[A-Za-z0-9]{30}$/.test(body)) throw new RangeError('withChecksum needs a 30-char alphanumeric body');
  return prefix + body + checksumTail(body);
}
