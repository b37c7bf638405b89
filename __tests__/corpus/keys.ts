/**
 * Deterministic generator of real-format fake keys for the labelled corpus.
 *
 * Written from /work/shared/reference/providers.md and general knowledge of each format,
 * independently of src/providers, so that the corpus is an outside check of the engine.
 * Every value is random (seeded PRNG); none of them authenticates anywhere.
 *
 * Random bodies are re-drawn when they happen to contain something a placeholder filter
 * would rightly treat as fake (a run of 4 equal chars, `abcd`/`1234`-style runs, words such
 * as `example`): such values are ambiguous as labels, and real keys almost never hold them.
 */
import { createECDH, createHash, createPrivateKey } from 'node:crypto';
import { prng } from '../support/fuzz.js';

// ---------------------------------------------------------------- PRNG

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  str(alphabet: string, n: number): string;
  bytes(n: number): Buffer;
}

/** The shared seeded PRNG (mulberry32 seeded by FNV-1a of the string), plus random bytes. */
export function rngFrom(seed: string): Rng {
  const r = prng(seed);
  return {
    ...r,
    bytes: (n: number): Buffer => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i++) b[i] = r.int(0, 255);
      return b;
    },
  };
}

export const DIGITS = '0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALNUM = DIGITS + UPPER + LOWER;
export const HEX = '0123456789abcdef';
export const B64URL = ALNUM + '_-';
export const B64 = ALNUM + '+/';
export const LETTERS = UPPER + LOWER;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const BAD_WORDS = ['example', 'sample', 'test', 'fake', 'dummy', 'xxx', 'your', 'placeholder', 'changeme', 'secret'];

/** True when a random body looks like something a human would call a placeholder. */
export function looksContrived(s: string): boolean {
  const lower = s.toLowerCase();
  if (BAD_WORDS.some((w) => lower.includes(w))) return true;
  let run = 1;
  let asc = 1;
  let desc = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    asc = d === 1 ? asc + 1 : 1;
    desc = d === -1 ? desc + 1 : 1;
    if (run >= 4 || asc >= 4 || desc >= 4) return true;
  }
  return false;
}

/** A random body from `alphabet` that does not start/end with `_`/`-` and is not contrived. */
export function body(rng: Rng, alphabet: string, n: number, opts: { minDigits?: number } = {}): string {
  for (;;) {
    const s = rng.str(alphabet, n);
    if (/^[_-]|[_-]$/.test(s)) continue;
    if (looksContrived(s)) continue;
    if (opts.minDigits !== undefined && (s.match(/[0-9]/g)?.length ?? 0) < opts.minDigits) continue;
    if (alphabet.includes('a') && alphabet.includes('A') && alphabet.includes('0') && n >= 16) {
      if (!/[a-z]/.test(s) || !/[A-Z]/.test(s) || !/[0-9]/.test(s)) continue;
    }
    return s;
  }
}

// ---------------------------------------------------------------- checksums

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = (CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const B62 = DIGITS + UPPER + LOWER;

export function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  while (v > 0) {
    s = B62[v % 62] + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

/** GitHub classic / npm token: prefix + 30 random + base62(crc32(random)) padded to 6 (providers.md §17, App. A). */
export function checksummedToken(rng: Rng, prefix: string, corrupt = false): string {
  const rand = body(rng, ALNUM, 30);
  const crc = crc32(rand);
  const sum = corrupt ? (crc + 1 + rng.int(0, 1000)) % 0x100000000 : crc;
  return prefix + rand + base62(sum, 6);
}

/** Does `token` (prefix of 4 chars) carry a correct GitHub/npm checksum? Used by the corpus self-test. */
export function checksumOk(token: string): boolean {
  const rand = token.slice(4, -6);
  return base62(crc32(rand), 6) === token.slice(-6);
}

// ---------------------------------------------------------------- private keys

function pem(label: string, der: Buffer, headers: string[] = []): string {
  const b64 = der.toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  const head = headers.length ? headers.join('\n') + '\n\n' : '';
  return `-----BEGIN ${label}-----\n${head}${lines.join('\n')}\n-----END ${label}-----`;
}

function derLen(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  if (n < 0x100) return Buffer.from([0x81, n]);
  return Buffer.from([0x82, n >> 8, n & 0xff]);
}
function derTlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), derLen(content.length), content]);
}
function derInt(n: bigint): Buffer {
  let hex = n.toString(16);
  if (hex.length % 2) hex = '0' + hex;
  let b = Buffer.from(hex, 'hex');
  if ((b[0] as number) & 0x80) b = Buffer.concat([Buffer.from([0]), b]);
  return derTlv(0x02, b);
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  let x = b % m;
  let k = e;
  while (k > 0n) {
    if (k & 1n) r = (r * x) % m;
    x = (x * x) % m;
    k >>= 1n;
  }
  return r;
}
function modInv(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return ((oldS % m) + m) % m;
}
const SMALL_PRIMES = (() => {
  const ps: bigint[] = [];
  for (let n = 3; ps.length < 300; n += 2) if (ps.every((p) => BigInt(n) % p !== 0n)) ps.push(BigInt(n));
  return ps;
})();
function isProbablePrime(n: bigint, rng: Rng): boolean {
  for (const p of SMALL_PRIMES) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  for (let i = 0; i < 8; i++) {
    const a = 2n + (BigInt('0x' + rng.bytes(16).toString('hex')) % (n - 4n));
    let x = modPow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    let ok = false;
    for (let j = 1; j < s; j++) {
      x = (x * x) % n;
      if (x === n - 1n) {
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return true;
}
function randomPrime(rng: Rng, bits: number): bigint {
  for (;;) {
    const b = rng.bytes(bits / 8);
    b[0] = (b[0] as number) | 0xc0;
    b[b.length - 1] = (b[b.length - 1] as number) | 1;
    let p = BigInt('0x' + b.toString('hex'));
    for (let step = 0; step < 2000; step++, p += 2n) {
      if ((p - 1n) % 65537n === 0n) continue;
      if (isProbablePrime(p, rng)) return p;
    }
  }
}

const rsaCache = new Map<string, Buffer>();
/** A genuine RSA private key (PKCS#1 DER) built deterministically from the PRNG. */
export function rsaPkcs1Der(rng: Rng, bits = 2048): Buffer {
  const cacheKey = rng.str(ALNUM, 12) + bits;
  const hit = rsaCache.get(cacheKey);
  if (hit) return hit;
  const e = 65537n;
  const p = randomPrime(rng, bits / 2);
  let q = randomPrime(rng, bits / 2);
  while (q === p) q = randomPrime(rng, bits / 2);
  const n = p * q;
  const phi = (p - 1n) * (q - 1n);
  const d = modInv(e, phi);
  const der = derTlv(
    0x30,
    Buffer.concat([derInt(0n), derInt(n), derInt(e), derInt(d), derInt(p), derInt(q), derInt(d % (p - 1n)), derInt(d % (q - 1n)), derInt(modInv(q, p))]),
  );
  rsaCache.set(cacheKey, der);
  return der;
}

function ecSec1Der(rng: Rng): Buffer {
  let priv: Buffer;
  const ecdh = createECDH('prime256v1');
  for (;;) {
    priv = rng.bytes(32);
    try {
      ecdh.setPrivateKey(priv);
      break;
    } catch {
      /* out of range: draw again */
    }
  }
  const pub = ecdh.getPublicKey();
  const oid = Buffer.from('06082a8648ce3d030107', 'hex');
  return derTlv(
    0x30,
    Buffer.concat([derInt(1n), derTlv(0x04, priv), derTlv(0xa0, oid), derTlv(0xa1, derTlv(0x03, Buffer.concat([Buffer.from([0]), pub])))]),
  );
}

function ed25519Pkcs8(seed: Buffer): Buffer {
  return Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
}

function sshString(b: Buffer | string): Buffer {
  const buf = typeof b === 'string' ? Buffer.from(b) : b;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
}

function opensshEd25519(rng: Rng, comment: string): string {
  const seed = rng.bytes(32);
  const key = createPrivateKey({ key: ed25519Pkcs8(seed), format: 'der', type: 'pkcs8' });
  const jwk = key.export({ format: 'jwk' }) as { x: string };
  const pub = Buffer.from(jwk.x, 'base64url');
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = rng.bytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const one = Buffer.alloc(4);
  one.writeUInt32BE(1);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    one,
    sshString(pubBlob),
    sshString(priv),
  ]);
  const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${lines.join('\n')}\n-----END OPENSSH PRIVATE KEY-----`;
}

function crc24(data: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function pgpSecretKey(rng: Rng): string {
  // Old-format packet, tag 5 (secret key), two-byte length: 0x95 <len16> ...
  const inner = Buffer.concat([Buffer.from([0x04]), rng.bytes(4), Buffer.from([0x16]), rng.bytes(560)]);
  const head = Buffer.from([0x95, inner.length >> 8, inner.length & 0xff]);
  const data = Buffer.concat([head, inner]);
  const lines = data.toString('base64').match(/.{1,64}/g) ?? [];
  const sum = Buffer.from([crc24(data) >> 16, (crc24(data) >> 8) & 0xff, crc24(data) & 0xff]).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines.join('\n')}\n=${sum}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

function rsaEncryptedLegacy(rng: Rng): string {
  const iv = rng.bytes(16).toString('hex').toUpperCase();
  return pem('RSA PRIVATE KEY', rng.bytes(1192), ['Proc-Type: 4,ENCRYPTED', `DEK-Info: AES-256-CBC,${iv}`]);
}

function pkcs8Encrypted(rng: Rng): string {
  // PBES2(PBKDF2-HMAC-SHA256, AES-256-CBC) envelope with random ciphertext: the structure of
  // `openssl pkcs8 -topk8 -v2 aes-256-cbc`; the payload cannot be read without a passphrase anyway.
  const oid = (hex: string): Buffer => Buffer.from(hex, 'hex');
  const kdf = derTlv(
    0x30,
    Buffer.concat([
      oid('06092a864886f70d01050c'),
      derTlv(0x30, Buffer.concat([derTlv(0x04, rng.bytes(16)), derInt(2048n), derTlv(0x30, oid('06082a864886f70d02090500'))])),
    ]),
  );
  const cipher = derTlv(0x30, Buffer.concat([oid('060960864801650304012a'), derTlv(0x04, rng.bytes(16))]));
  const algo = derTlv(0x30, Buffer.concat([oid('06092a864886f70d01050d'), derTlv(0x30, Buffer.concat([kdf, cipher]))]));
  return pem('ENCRYPTED PRIVATE KEY', derTlv(0x30, Buffer.concat([algo, derTlv(0x04, rng.bytes(1232))])));
}

function rsaPkcs8Der(rng: Rng): Buffer {
  const pkcs1 = rsaPkcs1Der(rng);
  return derTlv(0x30, Buffer.concat([derInt(0n), Buffer.from('300d06092a864886f70d0101010500', 'hex'), derTlv(0x04, pkcs1)]));
}

// ---------------------------------------------------------------- JWT

function b64url(s: string | Buffer): string {
  return Buffer.from(s).toString('base64url');
}

export function supabaseJwt(rng: Rng, role: 'service_role' | 'anon'): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const iat = 1650000000 + rng.int(0, 60000000);
  const payload = b64url(JSON.stringify({ iss: 'supabase', ref: body(rng, LOWER, 20), role, iat, exp: iat + 315360000 }));
  return `${header}.${payload}.${body(rng, B64URL, 43)}`;
}

// ---------------------------------------------------------------- the catalogue

export interface GeneratedKey {
  value: string;
  /** Other spans that identify the same secret (e.g. the token part of a webhook URL). */
  alts?: string[];
}

export interface KeyKind {
  provider: string;
  make(rng: Rng): GeneratedKey;
}

const v = (value: string): GeneratedKey => ({ value });

function openaiProjectLike(rng: Rng, prefix: string): string {
  const n = rng.pick([74, 58]);
  return `${prefix}${body(rng, B64URL, n)}T3BlbkFJ${body(rng, B64URL, n)}`;
}

function snowflake(rng: Rng): string {
  return String(rng.int(1, 1)) + rng.str(DIGITS, rng.int(17, 18));
}

/** Positive key kinds: `{{key:<kind>}}` in a template. */
export const KEY_KINDS: Record<string, KeyKind> = {
  'openai-legacy': { provider: 'openai', make: (r) => v(`sk-${body(r, ALNUM, 20)}T3BlbkFJ${body(r, ALNUM, 20)}`) },
  'openai-proj': { provider: 'openai', make: (r) => v(openaiProjectLike(r, 'sk-proj-')) },
  'openai-svcacct': { provider: 'openai', make: (r) => v(openaiProjectLike(r, 'sk-svcacct-')) },
  'openai-admin': { provider: 'openai', make: (r) => v(`sk-admin-${body(r, B64URL, 58)}T3BlbkFJ${body(r, B64URL, 58)}`) },
  'openai-proxy': { provider: 'openai-proxy', make: (r) => v(`sk-${body(r, ALNUM, 48)}`) },
  anthropic: { provider: 'anthropic', make: (r) => v(`sk-ant-api03-${body(r, B64URL, 93)}AA`) },
  'anthropic-admin': { provider: 'anthropic', make: (r) => v(`sk-ant-admin01-${body(r, B64URL, 93)}AA`) },
  'google-api': { provider: 'google', make: (r) => v(`AIzaSy${body(r, B64URL, 33)}`) },
  'google-oauth': { provider: 'google-oauth', make: (r) => v(`GOCSPX-${body(r, B64URL, 28)}`) },
  together: { provider: 'together', make: (r) => v(`tgp_v1_${body(r, B64URL, 43)}`) },
  nixtla: { provider: 'nixtla', make: (r) => v(`nixak-${body(r, ALNUM, r.pick([48, 64, 80]))}`) },
  hf: { provider: 'huggingface', make: (r) => v(`hf_${body(r, LETTERS, 34)}`) },
  'hf-org': { provider: 'huggingface', make: (r) => v(`api_org_${body(r, LETTERS, 34)}`) },
  groq: { provider: 'groq', make: (r) => v(`gsk_${body(r, ALNUM, 52)}`) },
  mistral: { provider: 'mistral', make: (r) => v(body(r, ALNUM, 32, { minDigits: 3 })) },
  deepseek: { provider: 'deepseek', make: (r) => v(`sk-${body(r, HEX, 32)}`) },
  cohere: { provider: 'cohere', make: (r) => v(body(r, ALNUM, 40, { minDigits: 3 })) },
  replicate: { provider: 'replicate', make: (r) => v(`r8_${body(r, ALNUM, 37)}`) },
  xai: { provider: 'xai', make: (r) => v(`xai-${body(r, ALNUM, 80)}`) },
  perplexity: { provider: 'perplexity', make: (r) => v(`pplx-${body(r, ALNUM, 48)}`) },
  openrouter: { provider: 'openrouter', make: (r) => v(`sk-or-v1-${body(r, HEX, 64)}`) },
  fireworks: { provider: 'fireworks', make: (r) => v(`fw_${body(r, ALNUM, r.pick([24, 33]))}`) },
  'github-pat': { provider: 'github', make: (r) => v(checksummedToken(r, 'ghp_')) },
  'github-oauth': { provider: 'github', make: (r) => v(checksummedToken(r, 'gho_')) },
  'github-user': { provider: 'github', make: (r) => v(checksummedToken(r, 'ghu_')) },
  'github-server': { provider: 'github', make: (r) => v(checksummedToken(r, 'ghs_')) },
  'github-refresh': { provider: 'github', make: (r) => v(checksummedToken(r, 'ghr_')) },
  'github-fine': { provider: 'github', make: (r) => v(`github_pat_11${body(r, UPPER + DIGITS, 20)}_${body(r, ALNUM, 59)}`) },
  'gitlab-pat': { provider: 'gitlab', make: (r) => v(`glpat-${body(r, B64URL, 20)}`) },
  'gitlab-deploy': { provider: 'gitlab', make: (r) => v(`gldt-${body(r, B64URL, 20)}`) },
  npm: { provider: 'npm', make: (r) => v(checksummedToken(r, 'npm_')) },
  pypi: { provider: 'pypi', make: (r) => v(`pypi-AgEIcHlwaS5vcmcCJ${body(r, B64URL, r.int(150, 157))}`) },
  'aws-id': { provider: 'aws', make: (r) => v(`AKIA${body(r, BASE32, 16)}`) },
  'aws-id-sts': { provider: 'aws', make: (r) => v(`ASIA${body(r, BASE32, 16)}`) },
  'aws-secret': { provider: 'aws', make: (r) => v(body(r, B64, 40, { minDigits: 2 })) },
  'slack-bot': { provider: 'slack', make: (r) => v(`xoxb-${r.str(DIGITS, 1) + body(r, DIGITS, 11)}-${r.str('123456789', 1) + body(r, DIGITS, 12)}-${body(r, ALNUM, 24)}`) },
  'slack-user': {
    provider: 'slack',
    make: (r) => v(`xoxp-${'1' + body(r, DIGITS, 11)}-${'1' + body(r, DIGITS, 11)}-${'1' + body(r, DIGITS, 12)}-${body(r, HEX, 32)}`),
  },
  'slack-app': { provider: 'slack', make: (r) => v(`xapp-1-A${body(r, UPPER + DIGITS, 10)}-${'1' + body(r, DIGITS, 12)}-${body(r, HEX, 64)}`) },
  'slack-webhook': {
    provider: 'slack',
    make: (r) => {
      const path = `T${body(r, UPPER + DIGITS, 8)}/B${body(r, UPPER + DIGITS, 10)}/${body(r, ALNUM, 24)}`;
      return { value: `https://hooks.slack.com/services/${path}`, alts: [path, path.split('/')[2] as string, `hooks.slack.com/services/${path}`] };
    },
  },
  'stripe-live': { provider: 'stripe', make: (r) => v(`sk_live_${r.pick(['51', ''])}${body(r, ALNUM, r.pick([24, 97]))}`) },
  'stripe-restricted': { provider: 'stripe', make: (r) => v(`rk_live_${r.pick(['51', ''])}${body(r, ALNUM, r.pick([24, 97]))}`) },
  sendgrid: { provider: 'sendgrid', make: (r) => v(`SG.${body(r, B64URL, 22)}.${body(r, B64URL, 43)}`) },
  'twilio-token': { provider: 'twilio', make: (r) => v(body(r, HEX, 32)) },
  'twilio-api-secret': { provider: 'twilio', make: (r) => v(body(r, ALNUM, 32)) },
  'discord-bot': {
    provider: 'discord',
    make: (r) => v(`${b64url(snowflake(r))}.${body(r, B64URL, 6)}.${body(r, B64URL, r.pick([27, 38]))}`),
  },
  'discord-webhook': {
    provider: 'discord',
    make: (r) => {
      const id = snowflake(r);
      const tok = body(r, B64URL, 68);
      return { value: `https://discord.com/api/webhooks/${id}/${tok}`, alts: [`${id}/${tok}`, tok, `discord.com/api/webhooks/${id}/${tok}`] };
    },
  },
  telegram: { provider: 'telegram', make: (r) => v(`${r.int(1, 7)}${r.str(DIGITS, r.int(8, 9))}:AA${body(r, B64URL, 33)}`) },
  'azure-openai': { provider: 'azure-openai', make: (r) => v(body(r, HEX, 32)) },
  databricks: { provider: 'databricks', make: (r) => v(`dapi${body(r, HEX, 32)}${r.pick(['', '-2'])}`) },
  'shopify-token': { provider: 'shopify', make: (r) => v(`${r.pick(['shpat_', 'shpca_', 'shppa_'])}${body(r, HEX, 32)}`) },
  'shopify-secret': { provider: 'shopify', make: (r) => v(`shpss_${body(r, HEX, 32)}`) },
  linear: { provider: 'linear', make: (r) => v(`lin_api_${body(r, ALNUM, 40)}`) },
  notion: { provider: 'notion', make: (r) => v(`ntn_${r.str(DIGITS, 11)}${body(r, ALNUM, 35)}`) },
  'notion-legacy': { provider: 'notion', make: (r) => v(`secret_${body(r, ALNUM, 43)}`) },
  postman: { provider: 'postman', make: (r) => v(`PMAK-${body(r, HEX, 24)}-${body(r, HEX, 34)}`) },
  digitalocean: { provider: 'digitalocean', make: (r) => v(`dop_v1_${body(r, HEX, 64)}`) },
  'digitalocean-oauth': { provider: 'digitalocean', make: (r) => v(`doo_v1_${body(r, HEX, 64)}`) },
  doppler: { provider: 'doppler', make: (r) => v(`dp.pt.${body(r, ALNUM, 43)}`) },
  'doppler-service': { provider: 'doppler', make: (r) => v(`dp.st.prd.${body(r, ALNUM, 43)}`) },
  vercel: { provider: 'vercel', make: (r) => v(`vcp_${body(r, ALNUM, r.pick([24, 56]))}`) },
  'vercel-legacy': { provider: 'vercel', make: (r) => v(body(r, ALNUM, 24, { minDigits: 3 })) },
  'supabase-pat': { provider: 'supabase', make: (r) => v(`sbp_${body(r, HEX, 40)}`) },
  'supabase-secret': { provider: 'supabase', make: (r) => v(`sb_secret_${body(r, B64URL, 31)}`) },
  'supabase-service-jwt': { provider: 'supabase', make: (r) => v(supabaseJwt(r, 'service_role')) },
  'pem-rsa': { provider: 'private-key', make: (r) => v(pem('RSA PRIVATE KEY', rsaPkcs1Der(r))) },
  'pem-pkcs8': { provider: 'private-key', make: (r) => v(pem('PRIVATE KEY', r.next() < 0.5 ? rsaPkcs8Der(r) : ed25519Pkcs8(r.bytes(32)))) },
  'pem-ec': { provider: 'private-key', make: (r) => v(pem('EC PRIVATE KEY', ecSec1Der(r))) },
  'pem-openssh': { provider: 'private-key', make: (r) => v(opensshEd25519(r, r.pick(['deploy@ci', 'alice@laptop', 'build-bot']))) },
  'pem-pgp': { provider: 'private-key', make: (r) => v(pgpSecretKey(r)) },
  'pem-encrypted': { provider: 'private-key', make: (r) => v(pkcs8Encrypted(r)) },
  'pem-rsa-encrypted': { provider: 'private-key', make: (r) => v(rsaEncryptedLegacy(r)) },
  /** PKCS#8 key as it sits in a JSON string (service-account files): newlines written as `\n`. */
  'pem-pkcs8-json': { provider: 'private-key', make: (r) => v(pem('PRIVATE KEY', rsaPkcs8Der(r)).replace(/\n/g, '\\n') + '\\n') },
  'url-password': { provider: 'url-credential', make: (r) => v(body(r, ALNUM + '-_.~', r.int(16, 28), { minDigits: 2 })) },
  'generic-secret': { provider: 'generic', make: (r) => v(body(r, ALNUM, r.pick([32, 40, 48]), { minDigits: 3 })) },
  'generic-hex': { provider: 'generic', make: (r) => v(body(r, HEX, r.pick([32, 64]))) },
  'generic-b64': {
    provider: 'generic',
    make: (r) => {
      const s = Buffer.from(r.bytes(r.pick([32, 33, 40]))).toString('base64');
      return looksContrived(s) ? v(Buffer.from(r.bytes(32)).toString('base64')) : v(s);
    },
  },
  'generic-password': { provider: 'generic', make: (r) => v(body(r, ALNUM + '!@^*-_.~+', r.int(16, 24), { minDigits: 2 })) },
};

/** Generated negatives: `{{gen:<kind>}}`. Realistic values that must NOT be reported. */
export const NEG_KINDS: Record<string, { kind: string; make(rng: Rng): string }> = {
  'github-badcrc': { kind: 'bad-checksum', make: (r) => checksummedToken(r, r.pick(['ghp_', 'gho_', 'ghs_']), true) },
  'npm-badcrc': { kind: 'bad-checksum', make: (r) => checksummedToken(r, 'npm_', true) },
  'supabase-anon': { kind: 'public-key', make: (r) => supabaseJwt(r, 'anon') },
  'stripe-publishable': { kind: 'public-key', make: (r) => `pk_live_51${body(r, ALNUM, 97)}` },
  'twilio-sid': { kind: 'public-id', make: (r) => `AC${body(r, HEX, 32)}` },
  'twilio-key-sid': { kind: 'public-id', make: (r) => `SK${body(r, HEX, 32)}` },
  'twilio-service-sid': { kind: 'public-id', make: (r) => `MG${body(r, HEX, 32)}` },
  uuid: {
    kind: 'uuid',
    make: (r) => {
      const h = body(r, HEX, 32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${r.pick(['8', '9', 'a', 'b'])}${h.slice(17, 20)}-${h.slice(20)}`;
    },
  },
  'git-sha': { kind: 'git-sha', make: (r) => body(r, HEX, 40) },
  sha256: { kind: 'hash-digest', make: (r) => body(r, HEX, 64) },
  integrity: { kind: 'integrity-hash', make: (r) => `sha512-${r.bytes(64).toString('base64')}` },
  'ssh-public': {
    kind: 'public-key',
    make: (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${Buffer.concat([Buffer.from([0]), r.bytes(32)]).toString('base64').slice(1)} ${r.pick(['ci@build', 'bob@desktop'])}`,
  },
  'data-uri': { kind: 'base64-blob', make: (r) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${r.bytes(300).toString('base64')}` },
  'truncated-openai': { kind: 'truncated', make: (r) => `sk-proj-${body(r, ALNUM, 6)}...${body(r, ALNUM, 4)}` },
  'bcrypt': { kind: 'hash-digest', make: (r) => `$2b$12$${body(r, ALNUM + './', 53)}` },
  'mongo-objectid': { kind: 'public-id', make: (r) => body(r, HEX, 24) },
  'docker-digest': { kind: 'hash-digest', make: (r) => `sha256:${body(r, HEX, 64)}` },
};

/** Hash used for file-stable seeds. */
export function seedFor(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex');
}
