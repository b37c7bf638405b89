/**
 * Hosting, CDN and edge platforms: Cloudflare (API tokens, account tokens, Global API Key,
 * Origin CA key), Fastly, Akamai EdgeGrid, Heroku, Fly.io, Render, Railway, Netlify, Vercel
 * Blob, Scaleway, Vultr, Linode (Akamai Cloud), Hetzner Cloud, OVHcloud, and DigitalOcean OAuth
 * refresh tokens (the other DigitalOcean and Vercel kinds are on their records in cloud.ts).
 */
import { crc32 } from '../checksum.js';
import type { LiveCheck, LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { ci, END, END_ALNUM, errorDetail, field, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

// ------------------------------------------------------------------ shared pieces

/** Words that say "this value is a key" when they follow a provider name. */
const KEYISH = ['key', 'token', 'secret', 'access', 'password', 'bearer', 'authorization'].map(ci).join('|');

/** The end of an assignment: optional closing quote, `=`/`:`/`=>`/`,`, optional opening quote. */
const ASSIGN = '["\'`]?\\s{0,4}(?:=>|[=:,])\\s{0,4}["\'`]?';

/**
 * A value assigned to a name that contains `provider` then a key-ish word, in one identifier
 * (`HCLOUD_TOKEN=`, `linode_api_key:`, `"vultrApiKey": "`), or with up to `gap` chars of
 * anything between the provider word and the key-ish word (`provider "hcloud" {\n token = "`).
 */
function assignedTo(providers: string[], gap = 48): string {
  const names = providers.map(ci).join('|');
  return `(?<=(?:${names})[\\s\\S]{0,${gap}}(?:${KEYISH})[A-Za-z0-9_.-]{0,16}${ASSIGN})`;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const UUID_START = '(?<![A-Za-z0-9-])';
const UUID_END = '(?![A-Za-z0-9-])';

/** Boundaries for standard base64 (`+`, `/`, `=` are part of the value). */
const START_B64 = '(?<![A-Za-z0-9+/])';
const END_B64 = '(?![A-Za-z0-9+/=])';

/**
 * Example keys printed in the providers' own documentation (Cloudflare's API reference token,
 * Cloudflare's Origin CA example, Heroku's Platform API quickstart token, the hcloud Ansible
 * guide's token): valid-looking, and in many READMEs. Never reported.
 */
const DOC_EXAMPLES: ReadonlySet<string> = new Set([
  'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY',
  'v1.0-144c9defac04969c7bfad8ef-631a41d003a32d25fe878081ef365c49503f7fada600da935e2851a1c7326084b85cbf6429c4b859de8475731dc92a9c329631e6d59e6c73da7b198497172b4cefe071d90d0f5d2719',
  'cf0e05d9-4eca-4948-a012-b91fe9704bab',
  'LRK9DAWQ1ZAEFSrCNEEzLCUwhYX1U3g7wMg4dTlkkDC96fyDuyJ39nVbVjCKSDfj',
]);
const notDocExample = (s: string): boolean => !DOC_EXAMPLES.has(s);

const hasUpper = (s: string): boolean => /[A-Z]/.test(s);
const hasLower = (s: string): boolean => /[a-z]/.test(s);
/** A random mixed-case alphanumeric value: identifiers and hex digests of the same length are not. */
const mixedCase = (s: string): boolean => hasUpper(s) && hasLower(s);

/** GraphQL answers come back 200 with `errors`: read them (Fly.io, Railway). */
function graphqlErrors(res: LiveResponse): string | undefined {
  const errors = field(res.json, 'errors');
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const first = errors[0] as unknown;
  return str(first, 'message') ?? 'GraphQL error';
}

// ------------------------------------------------------------------ Cloudflare

/**
 * Cloudflare's scannable credentials (developers.cloudflare.com/fundamentals/api/get-started/
 * token-formats): `cfut_` user tokens, `cfat_` account tokens, `cfk_` Global API Keys, each
 * "40 characters and a checksum". The page names no checksum; tokens seen in public code carry
 * 8 lowercase hex that equal the CRC-32 of the 40-character body (checked on real-shaped
 * examples), so a wrong tail is a made-up value. The body is alphanumeric in every example; the
 * rule accepts `_`/`-` too (the CRC keeps precision).
 */
const CF_BODY = '[A-Za-z0-9_-]{40}';
const CF_TAIL = '[0-9a-f]{8}';

/** `cfut_`/`cfat_`/`cfk_` value whose last 8 hex are the CRC-32 of the 40 characters before them. */
export function hasValidCloudflareChecksum(token: string): boolean {
  const m = /^cf(?:ut|at|k)_([A-Za-z0-9_-]{40})([0-9a-f]{8})$/.exec(token);
  if (!m) return false;
  return crc32(m[1]!).toString(16).padStart(8, '0') === m[2];
}

/** Error code and message from Cloudflare's envelope `{success:false, errors:[{code, message}]}`. */
function cloudflareError(res: LiveResponse): string | undefined {
  const errors = field(res.json, 'errors');
  if (!Array.isArray(errors) || errors.length === 0) return errorDetail(res);
  const e = errors[0] as unknown;
  const code = field(e, 'code');
  const message = str(e, 'message');
  return [typeof code === 'number' || typeof code === 'string' ? String(code) : undefined, message].filter(Boolean).join(' ') || undefined;
}

/**
 * `GET /client/v4/user/tokens/verify` (and the account form): 200 with `result.status` `active`,
 * `disabled` or `expired`; 401 (code 1000 "Invalid API Token") for an unknown token; 400
 * (6003/6111, bad header) for a malformed one.
 */
export function interpretCloudflareVerify(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 400) return verdict('invalid', cloudflareError(res));
  if (res.status === 401 || res.status === 403) return verdict(res.status === 401 ? 'invalid' : 'restricted', cloudflareError(res));
  if (res.status !== 200) return undefined;
  const status = str(res.json, 'result', 'status');
  if (status === 'disabled' || status === 'expired') return verdict('invalid', `token ${status}`);
  const expires = str(res.json, 'result', 'expires_on');
  if (status === 'active') return expires ? { status: 'valid', expiresAt: expires } : { status: 'valid' };
  return undefined;
}

/**
 * User API tokens: `cfut_` tokens, and the older unprefixed 40-character ones next to a
 * Cloudflare token name. Live: `GET https://api.cloudflare.com/client/v4/user/tokens/verify`
 * with `Authorization: Bearer` (read-only, documented for exactly this): 200 + `active` valid,
 * `disabled`/`expired` invalid, 401 invalid.
 */
export const cloudflare: ProviderRecord = {
  id: 'cloudflare',
  name: 'Cloudflare (API token)',
  rules: [
    {
      id: 'cloudflare-user-api-token',
      description: 'Cloudflare user API token (cfut_ + 40 characters + CRC-32 checksum).',
      pattern: `${START}cfut_${CF_BODY}${CF_TAIL}${END}`,
      keywords: ['cfut_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      verify: hasValidCloudflareChecksum,
    },
    {
      id: 'cloudflare-legacy-api-token',
      description: 'Cloudflare API token in the pre-2026 form (40 mixed-case alphanumerics) assigned to a Cloudflare token name.',
      pattern: withContext(
        START,
        `(?:${assignedTo(['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'wrangler'], 24)}|(?<=${ci('bearer')}\\s{1,4})${near(['api.cloudflare.com'], 200, 200)})`,
        '[A-Za-z0-9_-]{40}',
        END,
      ),
      keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token', 'wrangler'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
      check: (s) => mixedCase(s) && notDocExample(s),
    },
  ],
  envNames: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'],
  envNote: 'Wrangler and the SDKs read CLOUDFLARE_API_TOKEN (CF_API_TOKEN is the older Wrangler name); an account token (cfat_) may sit there too.',
  format: { prefixes: ['cfut_'], charset: '[A-Za-z0-9_-]', lengths: [[53, 53], [40, 40]], full: `cfut_${CF_BODY}${CF_TAIL}|[A-Za-z0-9_-]{40}` },
  rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  live: {
    base: 'https://api.cloudflare.com',
    path: '/client/v4/user/tokens/verify',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: interpretCloudflareVerify,
  },
};

/** The account ID (32 hex) a Cloudflare account token is verified against, named as such. */
const CF_ACCOUNT_ID = `(?<=${ci('account')}[A-Za-z_-]{0,4}[\\s\\S]{0,12})(?<![A-Za-z0-9])[0-9a-f]{32}(?![A-Za-z0-9])`;

/**
 * Account-owned API tokens (`cfat_`). They are verified under their account:
 * `GET /client/v4/accounts/{account_id}/tokens/verify` (read-only; same answers as the user form),
 * so the account ID found next to the token (or in CLOUDFLARE_ACCOUNT_ID) is sent with it.
 */
/** Live check of an account token, under the account ID found next to it. */
export const cloudflareAccountTokenLive: LiveCheck = {
  base: 'https://api.cloudflare.com',
  path: '/client/v4/accounts/{pair}/tokens/verify',
  method: 'GET',
  auth: { kind: 'bearer' },
  interpret: interpretCloudflareVerify,
};

export const cloudflareAccountToken: ProviderRecord = {
  id: 'cloudflare-account-token',
  name: 'Cloudflare (account API token)',
  rules: [
    {
      id: 'cloudflare-account-api-token',
      description: 'Cloudflare account-owned API token (cfat_ + 40 characters + CRC-32 checksum).',
      pattern: `${START}cfat_${CF_BODY}${CF_TAIL}${END}`,
      keywords: ['cfat_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      verify: hasValidCloudflareChecksum,
      pair: { label: 'account ID', pattern: CF_ACCOUNT_ID, envNames: ['CLOUDFLARE_ACCOUNT_ID', 'CF_ACCOUNT_ID'] },
    },
  ],
  envNames: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'],
  envNote: 'Account tokens sit in CLOUDFLARE_API_TOKEN like user tokens; the account ID comes from CLOUDFLARE_ACCOUNT_ID.',
  format: { prefixes: ['cfat_'], charset: '[A-Za-z0-9_-]', lengths: [[53, 53]], full: `cfat_${CF_BODY}${CF_TAIL}`, checksum: hasValidCloudflareChecksum },
  rotateUrl: 'https://dash.cloudflare.com/?to=/:account/api-tokens',
  live: cloudflareAccountTokenLive,
};


/** An e-mail address (the Global API Key authenticates together with the account's e-mail). */
const EMAIL = '(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])';

/**
 * The Global API Key (full access to the user's resources) authenticates only together with the
 * account e-mail: `X-Auth-Email` + `X-Auth-Key`. Pre-2026 keys are 37–45 lowercase hex
 * (token-formats page), new ones `cfk_`. Live: `GET https://api.cloudflare.com/client/v4/user`
 * with both headers (reads the user profile): 200 valid; 400/403 with code 9103/6003 (unknown
 * e-mail/key pair) or 401 invalid. It is sent only when the e-mail was found (or is in
 * CLOUDFLARE_EMAIL).
 */
export function interpretCloudflareGlobalKey(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 400 || res.status === 403) return verdict('invalid', cloudflareError(res));
  return undefined;
}

const CF_GLOBAL_KEY_PAIR = {
  label: 'account e-mail',
  pattern: EMAIL,
  envNames: ['CLOUDFLARE_EMAIL', 'CLOUDFLARE_API_EMAIL', 'CF_API_EMAIL'],
};

/** Live check of the Global API Key (sent with the account e-mail). */
const CLOUDFLARE_GLOBAL_KEY_LIVE: LiveCheck = {
  base: 'https://api.cloudflare.com',
  path: '/client/v4/user',
  method: 'GET',
  auth: { kind: 'header', name: 'X-Auth-Key' },
  headers: { 'x-auth-email': '{pair}' },
  interpret: interpretCloudflareGlobalKey,
};

export const cloudflareGlobalKey: ProviderRecord = {
  id: 'cloudflare-global-api-key',
  name: 'Cloudflare (Global API Key)',
  rules: [
    {
      id: 'cloudflare-global-api-key',
      description: 'Cloudflare Global API Key (cfk_ + 40 characters + CRC-32 checksum), with the account e-mail when it is nearby.',
      pattern: `${START}cfk_${CF_BODY}${CF_TAIL}${END}`,
      keywords: ['cfk_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      verify: hasValidCloudflareChecksum,
      pair: CF_GLOBAL_KEY_PAIR,
    },
    {
      id: 'cloudflare-legacy-global-api-key',
      description: 'Cloudflare Global API Key in the pre-2026 form (37–45 lowercase hex) assigned to a Cloudflare key name or sent as X-Auth-Key.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('x-auth-key')}["'\`]?\\s{0,4}[:=,]\\s{0,4}["'\`]?)|(?<=(?:${['cloudflare', 'cf_api', 'cf-api', 'cf_global', 'cf_auth'].map(ci).join('|')})[\\s\\S]{0,64}${ci('key')}[A-Za-z0-9_.-]{0,16}${ASSIGN}))`,
        '[0-9a-f]{37,45}',
        END_ALNUM,
      ),
      keywords: ['cloudflare', 'x-auth-key', 'cf_api', 'cf-api', 'cf_global', 'cf_auth'],
      window: { before: 96, after: 180 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 6,
      pair: CF_GLOBAL_KEY_PAIR,
    },
  ],
  envNames: ['CLOUDFLARE_API_KEY', 'CF_API_KEY'],
  envNote: 'The SDKs and Terraform read CLOUDFLARE_API_KEY with CLOUDFLARE_EMAIL; CF_API_KEY/CF_API_EMAIL are the older Wrangler and flarectl names.',
  format: { prefixes: ['cfk_'], charset: '[A-Za-z0-9_-]', lengths: [[52, 52], [37, 45]], full: `cfk_${CF_BODY}${CF_TAIL}|[0-9a-f]{37,45}` },
  rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  live: CLOUDFLARE_GLOBAL_KEY_LIVE,
};
export const cloudflareGlobalKeyLive = CLOUDFLARE_GLOBAL_KEY_LIVE;

/**
 * Origin CA keys ("always start with v1.0-", developers.cloudflare.com/fundamentals/api/get-started/
 * ca-keys); the shape — 24 hex, `-`, 146 hex — is that of the documentation's example key. Every
 * Origin CA read (`GET /certificates?zone_id=…`) names a zone the key does not carry: no `live`.
 */
export const cloudflareOriginCaKey: ProviderRecord = {
  id: 'cloudflare-origin-ca-key',
  name: 'Cloudflare (Origin CA key)',
  rules: [
    {
      id: 'cloudflare-origin-ca-key',
      description: 'Cloudflare Origin CA key (v1.0- + 24 hex + - + 146 hex), sent as X-Auth-User-Service-Key.',
      pattern: `${START}v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}${END}`,
      keywords: ['v1.0-'],
      window: { before: 16, after: 190 },
      confidence: 'high',
      minEntropy: 3.5,
      check: notDocExample,
    },
  ],
  envNames: ['CLOUDFLARE_API_USER_SERVICE_KEY', 'CF_API_USER_SERVICE_KEY'],
  format: { prefixes: ['v1.0-'], charset: '[0-9a-f-]', lengths: [[176, 176]], full: 'v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}' },
  rotateUrl: 'https://dash.cloudflare.com/profile/api-tokens',
  noLive: 'every Origin CA read names a zone ID, which the key does not carry',
};

// ------------------------------------------------------------------ Fastly

/**
 * Fastly API tokens (user and automation tokens) have no prefix; the docs give no length, the
 * examples are 32 base64url characters. Live: `GET https://api.fastly.com/tokens/self` with the
 * `Fastly-Key` header (describes the calling token): 200 valid, 401 invalid, 403 restricted.
 */
const FASTLY_LIVE: LiveCheck = { base: 'https://api.fastly.com', path: '/tokens/self', method: 'GET', auth: { kind: 'header', name: 'Fastly-Key' } };

export const fastly: ProviderRecord = {
  id: 'fastly',
  name: 'Fastly',
  rules: [
    {
      id: 'fastly-api-token',
      description: 'Fastly API token (32 base64url characters, no prefix) assigned to a Fastly name or sent as Fastly-Key.',
      pattern: withContext(START, `(?:${assignedTo(['fastly'], 32)})`, '[A-Za-z0-9_-]{32}', END),
      keywords: ['fastly'],
      window: { before: 96, after: 120 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      check: (s) => mixedCase(s),
    },
  ],
  envNames: ['FASTLY_API_TOKEN', 'FASTLY_API_KEY'],
  envNote: 'The Fastly CLI, Terraform provider and SDKs read FASTLY_API_TOKEN; FASTLY_API_KEY is an older convention.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[32, 32]], full: '[A-Za-z0-9_-]{32}' },
  rotateUrl: 'https://manage.fastly.com/account/personal/tokens',
  live: FASTLY_LIVE,
};
export const fastlyLive = FASTLY_LIVE;

// ------------------------------------------------------------------ Akamai EdgeGrid

/**
 * Akamai EdgeGrid credentials (.edgerc, techdocs.akamai.com/developer/docs/set-up-authentication-
 * credentials): `client_secret` (32 bytes, 44 base64 chars), `client_token` and `access_token`
 * (`akab-…`), and `host` (`akab-….luna.akamaiapis.net`). The secret is what signs requests: the
 * rule reports it with the client token, and only then (a bare 44-char base64 value under a
 * `client_secret` name is every OAuth client). No `live`: every EdgeGrid request is an
 * HMAC-SHA256 signature over the request with the secret, sent to the credential's own host.
 */
const AKAB_TOKEN = 'akab-[a-z0-9]{10,40}-[a-z0-9]{5,40}';

export const akamai: ProviderRecord = {
  id: 'akamai',
  name: 'Akamai EdgeGrid',
  rules: [
    {
      id: 'akamai-edgegrid-client-secret',
      description: 'Akamai EdgeGrid client secret (44 base64 chars) with its client token (akab-…), as in an .edgerc section.',
      // The name first: the regex engine skips through the window to it (a value-first regex
      // tried every position of every `client_secret` window, ~8x slower).
      pattern: `${ci('client')}[_-]?${ci('secret')}${ASSIGN}${START_B64}(?<secret>[A-Za-z0-9+/]{43}=)${END_B64}`,
      keywords: ['client_secret', 'client-secret', 'clientsecret'],
      startsWithKeyword: true,
      window: { before: 48, after: 80 },
      confidence: 'high',
      minEntropy: 4,
      pair: {
        label: 'client token',
        pattern: `(?<=${ci('client')}[_-]?${ci('token')}${ASSIGN})(?<![A-Za-z0-9-])${AKAB_TOKEN}(?![A-Za-z0-9-])`,
        window: { before: 400, after: 400 },
        required: true,
        envNames: ['AKAMAI_CLIENT_TOKEN'],
      },
    },
  ],
  envNames: ['AKAMAI_CLIENT_SECRET'],
  envNote: 'The EdgeGrid libraries read ~/.edgerc; the Terraform provider and CLI also read AKAMAI_CLIENT_SECRET, AKAMAI_CLIENT_TOKEN, AKAMAI_ACCESS_TOKEN and AKAMAI_HOST (or AKAMAI_{SECTION}_…).',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[44, 44]], full: '[A-Za-z0-9+/]{43}=', padding: '=' },
  rotateUrl: 'https://control.akamai.com/apps/identity-management/#/tabs/users/list',
  noLive: 'EdgeGrid requests are HMAC-signed with the client secret and go to the host the credential names (akab-….luna.akamaiapis.net)',
};

// ------------------------------------------------------------------ Heroku

/**
 * Heroku API keys: the current form is `HRKU-AA` + 58 base64url characters (from keys seen in
 * public code; Heroku's pages show none), the older one a bare UUID (the Dev Center examples),
 * reported only when assigned to a Heroku name, in a netrc entry for api.heroku.com or as a
 * Bearer value next to api.heroku.com. Live: `GET https://api.heroku.com/account` with
 * `Authorization: Bearer` and the v3 Accept header (reads the account): 200 valid, 401 invalid,
 * 403 restricted (a scoped authorization or an expired dashboard key, per Heroku help).
 */
export const heroku: ProviderRecord = {
  id: 'heroku',
  name: 'Heroku',
  rules: [
    {
      id: 'heroku-api-key',
      description: 'Heroku API key (HRKU-AA + 58 base64url characters).',
      pattern: `${START}HRKU-AA[A-Za-z0-9_-]{58}${END}`,
      keywords: ['hrku-aa'],
      window: { before: 16, after: 80 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'heroku-legacy-api-key',
      description: 'Heroku API key in the older UUID form, assigned to a Heroku key/token name or used for api.heroku.com.',
      pattern: withContext(
        UUID_START,
        `(?:(?<=${ci('heroku')}[A-Za-z0-9_.-]{0,24}(?:${KEYISH})[A-Za-z0-9_.-]{0,16}${ASSIGN})|(?<=${ci('api.heroku.com')}[\\s\\S]{0,96}${ci('password')}\\s{1,4})|(?<=${ci('bearer')}\\s{1,4})${near(['api.heroku.com'], 200, 200)})`,
        UUID,
        UUID_END,
      ),
      keywords: ['heroku'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
      check: notDocExample,
    },
  ],
  envNames: ['HEROKU_API_KEY'],
  envNote: 'The Heroku CLI reads HEROKU_API_KEY before ~/.netrc (machine api.heroku.com).',
  format: { prefixes: ['HRKU-AA'], charset: '[A-Za-z0-9_-]', lengths: [[65, 65], [36, 36]], full: `HRKU-AA[A-Za-z0-9_-]{58}|${UUID}` },
  rotateUrl: 'https://dashboard.heroku.com/account/applications',
  live: {
    base: 'https://api.heroku.com',
    path: '/account',
    method: 'GET',
    auth: { kind: 'bearer' },
    headers: { accept: 'application/vnd.heroku+json; version=3' },
  },
};

// ------------------------------------------------------------------ Fly.io

/**
 * Fly.io's GraphQL API (api.fly.io/graphql, what `fly auth whoami` asks) answers a read-only
 * `viewer` query: `data.viewer` is an authenticated token; 401 a bad one. A token that
 * authenticates but may not read the viewer (a deploy or org token) gets `errors` with 200: read
 * as unknown with the message, never as invalid.
 */
export function interpretFlyGraphql(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 200) return undefined;
  if (field(res.json, 'data', 'viewer') !== undefined && field(res.json, 'data', 'viewer') !== null) return { status: 'valid' };
  const err = graphqlErrors(res);
  if (err === undefined) return undefined;
  if (/not authenticated|must be authenticated|invalid token|token (?:is )?(?:invalid|expired|revoked)/i.test(err)) return verdict('invalid', err);
  return verdict('unknown', `${err} (a deploy or org token cannot read the viewer)`);
}

const FLY_VIEWER_QUERY = JSON.stringify({ query: 'query { viewer { id } }' });

/**
 * Fly.io macaroon tokens (`fly tokens create …`, superfly/macaroon): `FlyV1 fm2_…` — one or more
 * comma-separated macaroons (`fm2_`, older `fm1r_`/`fm1a_`), each standard base64 of a msgpack
 * body. The base64 of a real token has runs of `A` (zero bytes) that the generic placeholder
 * gate would take for filler: the rule skips it and requires 64+ characters and entropy instead.
 * Live: the viewer query with `Authorization: FlyV1 <tokens>`.
 */
const FLY_MACAROON = 'fm(?:1[ar]|2)_[A-Za-z0-9+/]{64,1500}={0,2}';

export const flyio: ProviderRecord = {
  id: 'flyio',
  name: 'Fly.io (macaroon token)',
  rules: [
    {
      id: 'flyio-macaroon-token',
      description: 'Fly.io API token (FlyV1 fm2_… macaroons, comma-separated; also fm1r_/fm1a_).',
      pattern: `${START}${FLY_MACAROON}(?:,${FLY_MACAROON}){0,5}(?![A-Za-z0-9+/=_-])`,
      keywords: ['fm2_', 'fm1r_', 'fm1a_'],
      window: { before: 16, after: 9200 },
      confidence: 'high',
      skipPlaceholderGate: true,
      minEntropy: 4.5,
      check: (s) => !/xxxx|XXXX/.test(s),
    },
  ],
  envNames: ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN'],
  envNote: 'flyctl reads --access-token, then FLY_ACCESS_TOKEN, then FLY_API_TOKEN, then ~/.fly/config.yml; the value is usually "FlyV1 fm2_…".',
  format: { prefixes: ['fm1r_', 'fm1a_', 'fm2_'], charset: '[A-Za-z0-9+/=,_]', lengths: [[68, 9200]] },
  rotateUrl: 'https://fly.io/dashboard/personal/tokens',
  live: {
    base: 'https://api.fly.io',
    path: '/graphql',
    method: 'POST',
    auth: { kind: 'header', name: 'Authorization', prefix: 'FlyV1 ' },
    headers: { 'content-type': 'application/json' },
    body: FLY_VIEWER_QUERY,
    interpret: interpretFlyGraphql,
  },
};

/**
 * Fly.io user OAuth tokens (`fo1_`, the older `fly auth token` output and ~/.fly/config.yml
 * `access_token`). No length is published; the rule accepts 30–64 base64url characters. Live:
 * the same viewer query with `Authorization: Bearer`.
 */
export const flyioAuthToken: ProviderRecord = {
  id: 'flyio-auth-token',
  name: 'Fly.io (user auth token)',
  rules: [
    {
      id: 'flyio-oauth-token',
      description: 'Fly.io user auth token (fo1_ + 30–64 base64url characters; exact length unpublished).',
      pattern: `${START}fo1_[A-Za-z0-9_-]{30,64}${END}`,
      keywords: ['fo1_'],
      window: { before: 16, after: 84 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
      check: (s) => mixedCase(s.slice(4)),
    },
  ],
  envNames: ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN'],
  envNote: 'flyctl reads FLY_ACCESS_TOKEN, then FLY_API_TOKEN, then ~/.fly/config.yml.',
  format: { prefixes: ['fo1_'], charset: '[A-Za-z0-9_-]', lengths: [[34, 68]], full: 'fo1_[A-Za-z0-9_-]{30,64}' },
  rotateUrl: 'https://fly.io/dashboard/personal/tokens',
  live: {
    base: 'https://api.fly.io',
    path: '/graphql',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/json' },
    body: FLY_VIEWER_QUERY,
    interpret: interpretFlyGraphql,
  },
};

// ------------------------------------------------------------------ Render

/**
 * Render API keys (`rnd_`); the docs give no length, keys seen in public code have 28
 * alphanumerics after the prefix, the rule accepts 20–40. Live: `GET
 * https://api.render.com/v1/owners?limit=1` with `Authorization: Bearer` (lists the workspaces
 * the key can see): 200 valid, 401 invalid.
 */
export const render: ProviderRecord = {
  id: 'render',
  name: 'Render',
  rules: [
    {
      id: 'render-api-key',
      description: 'Render API key (rnd_ + 20–40 alphanumerics; exact length unpublished).',
      pattern: `${START}rnd_[A-Za-z0-9]{20,40}${END}`,
      keywords: ['rnd_'],
      window: { before: 16, after: 60 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 1,
      check: (s) => mixedCase(s.slice(4)),
    },
  ],
  envNames: ['RENDER_API_KEY'],
  format: { prefixes: ['rnd_'], charset: '[A-Za-z0-9]', lengths: [[24, 44]], full: 'rnd_[A-Za-z0-9]{20,40}' },
  rotateUrl: 'https://dashboard.render.com/u/settings#api-keys',
  live: { base: 'https://api.render.com', path: '/v1/owners?limit=1', method: 'GET', auth: { kind: 'bearer' } },
};

// ------------------------------------------------------------------ Railway

/**
 * Railway's GraphQL API answers 200 with `errors: [{message: "Not Authorized"}]` both for an
 * unknown token and for one that may not run the query: not proof of a bad token.
 */
export function interpretRailway(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 200) return undefined;
  const data = field(res.json, 'data');
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && Object.values(data).some((v) => v !== null && v !== undefined)) return { status: 'valid' };
  const err = graphqlErrors(res);
  if (err === undefined) return undefined;
  return verdict('unknown', `${err} (Railway answers so for an unknown token and for one the query does not allow)`);
}

/**
 * Railway account and workspace tokens are UUIDs (docs.railway.com/integrations/api), reported
 * when assigned to a Railway API/account/workspace token name or sent as Bearer to
 * backboard.railway.com. Live: `POST https://backboard.railway.com/graphql/v2` with
 * `query { me { id } }` (a read) and `Authorization: Bearer`.
 */
export const railway: ProviderRecord = {
  id: 'railway',
  name: 'Railway (account/workspace token)',
  rules: [
    {
      id: 'railway-api-token',
      description: 'Railway account or workspace API token (UUID) assigned to RAILWAY_API_TOKEN or a Railway API token name.',
      pattern: withContext(
        UUID_START,
        `(?:(?<=${ci('railway')}[_.-]?(?:${['api', 'account', 'team', 'workspace'].map(ci).join('|')})[_.-]?${ci('token')}${ASSIGN})|(?<=${ci('bearer')}\\s{1,4})${near(['backboard.railway'], 200, 200)})`,
        UUID,
        UUID_END,
      ),
      keywords: ['railway'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['RAILWAY_API_TOKEN'],
  envNote: 'The Railway CLI reads RAILWAY_API_TOKEN for account/workspace tokens and RAILWAY_TOKEN for project tokens.',
  format: { prefixes: [], charset: '[0-9a-fA-F-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://railway.com/account/tokens',
  live: {
    base: 'https://backboard.railway.com',
    path: '/graphql/v2',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { me { id } }' }),
    interpret: interpretRailway,
  },
};

/**
 * Railway project tokens (UUID, one environment of one project) go in a `Project-Access-Token`
 * header; the documented check is `query { projectToken { projectId environmentId } }`.
 */
const RAILWAY_PROJECT_LIVE: LiveCheck = {
  base: 'https://backboard.railway.com',
  path: '/graphql/v2',
  method: 'POST',
  auth: { kind: 'header', name: 'Project-Access-Token' },
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'query { projectToken { projectId environmentId } }' }),
  interpret: interpretRailway,
};

export const railwayProjectToken: ProviderRecord = {
  id: 'railway-project-token',
  name: 'Railway (project token)',
  rules: [
    {
      id: 'railway-project-token',
      description: 'Railway project token (UUID) assigned to RAILWAY_TOKEN or sent as Project-Access-Token.',
      pattern: withContext(
        UUID_START,
        `(?:(?<=${ci('railway')}[_.-]?(?:${ci('project')}[_.-]?)?${ci('token')}${ASSIGN})|(?<=${ci('project-access-token')}["'\`]?\\s{0,4}[:=,]\\s{0,4}["'\`]?))`,
        UUID,
        UUID_END,
      ),
      keywords: ['railway', 'project-access-token'],
      window: { before: 64, after: 110 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['RAILWAY_TOKEN'],
  format: { prefixes: [], charset: '[0-9a-fA-F-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://railway.com/dashboard',
  live: RAILWAY_PROJECT_LIVE,
};
export const railwayProjectLive = RAILWAY_PROJECT_LIVE;

// ------------------------------------------------------------------ Netlify

/**
 * Netlify authentication tokens (answers.netlify.com "Change to the Netlify authentication token
 * format"): `nf` + one letter — `nfp` personal access, `nfc` CLI, `nfo` OAuth, `nfu`
 * app.netlify.com, `nfb` build — and 40 characters in all (`nfp_` + 36 alphanumerics). Live:
 * `GET https://api.netlify.com/api/v1/user` with `Authorization: Bearer` (the token's user):
 * 200 valid, 401 invalid.
 */
export const netlify: ProviderRecord = {
  id: 'netlify',
  name: 'Netlify',
  rules: [
    {
      id: 'netlify-access-token',
      description: 'Netlify access token (nfp_ personal, nfc_ CLI, nfo_ OAuth, nfu_ app, nfb_ build + 36 alphanumerics).',
      pattern: `${START}nf[pcoub]_[A-Za-z0-9]{36}${END}`,
      keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['NETLIFY_AUTH_TOKEN'],
  format: { prefixes: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: 'nf[pcoub]_[A-Za-z0-9]{36}' },
  rotateUrl: 'https://app.netlify.com/user/applications#personal-access-tokens',
  live: { base: 'https://api.netlify.com', path: '/api/v1/user', method: 'GET', auth: { kind: 'bearer' } },
};

// ------------------------------------------------------------------ Vercel Blob

/**
 * Vercel Blob read-write tokens (`BLOB_READ_WRITE_TOKEN`): `vercel_blob_rw_` + store ID + `_` +
 * secret (16 and 30 alphanumerics in tokens seen in public code; the rule accepts 12–24 and
 * 24–40). The Blob API is documented only through the SDK and CLI: no `live`.
 */
export const vercelBlob: ProviderRecord = {
  id: 'vercel-blob',
  name: 'Vercel Blob',
  rules: [
    {
      id: 'vercel-blob-read-write-token',
      description: 'Vercel Blob read-write token (vercel_blob_rw_ + store ID + _ + secret).',
      pattern: `${START_ALNUM}vercel_blob_rw_[A-Za-z0-9]{12,24}_[A-Za-z0-9]{24,40}${END}`,
      keywords: ['vercel_blob_rw_'],
      window: { before: 16, after: 84 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['BLOB_READ_WRITE_TOKEN'],
  format: { prefixes: ['vercel_blob_rw_'], charset: '[A-Za-z0-9_]', lengths: [[52, 80]], full: 'vercel_blob_rw_[A-Za-z0-9]{12,24}_[A-Za-z0-9]{24,40}' },
  rotateUrl: 'https://vercel.com/dashboard/stores',
  noLive: 'Vercel documents the Blob store API only through its SDK and CLI, not as an endpoint to call',
};

// ------------------------------------------------------------------ Scaleway

/**
 * Scaleway API keys (scaleway.com/en/developers/api/iam/api-keys): an access key `SCW` + 17
 * uppercase alphanumerics ("not sensitive", the docs say) and a secret key (UUID) sent as
 * `X-Auth-Token`. The rule reports the secret, next to a Scaleway secret name, with the access
 * key when it is nearby. Live: `GET https://api.scaleway.com/iam/v1alpha1/api-keys/{access_key}`
 * (reads the key's own record): 200 valid, 401 invalid, 403 authenticated without IAM read.
 */
const SCALEWAY_LIVE: LiveCheck = {
  base: 'https://api.scaleway.com',
  path: '/iam/v1alpha1/api-keys/{pair}',
  method: 'GET',
  auth: { kind: 'header', name: 'X-Auth-Token' },
};

export const scaleway: ProviderRecord = {
  id: 'scaleway',
  name: 'Scaleway',
  rules: [
    {
      id: 'scaleway-secret-key',
      description: 'Scaleway API secret key (UUID) assigned to SCW_SECRET_KEY or a Scaleway secret name, with its access key (SCW…) when nearby.',
      // The name first (a literal start the regex engine skips to): SCW_SECRET_KEY, a secret
      // name with "scaleway" before it, or `secret_key` after an access key (SCW…).
      pattern: `(?:${ci('scw')}[_.-]?${ci('secret')}[_.-]?${ci('key')}|${ci('secret')}(?=[A-Za-z0-9_.-]{0,16}${ASSIGN}${UUID_START}${UUID}${UUID_END})(?:(?<=${ci('scaleway')}[\\s\\S]{0,80}${ci('secret')})[A-Za-z0-9_.-]{0,16}|(?<=SCW[A-Z0-9]{17}[\\s\\S]{0,80}${ci('secret')})[_-]?${ci('key')}))${ASSIGN}${UUID_START}(?<secret>${UUID})${UUID_END}`,
      keywords: ['scw_secret', 'scw-secret', 'scwsecret', 'scaleway', 'secret_key'],
      // The UUID, bounded by neither an alphanumeric nor `-`: a run of exactly 36 hex and `-`.
      requiresRun: { chars: '0-9a-fA-F-', lengths: [36] },
      window: { before: 130, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
      pair: { label: 'access key', pattern: '(?<![A-Za-z0-9])SCW[A-Z0-9]{17}(?![A-Za-z0-9])', envNames: ['SCW_ACCESS_KEY'] },
    },
  ],
  envNames: ['SCW_SECRET_KEY'],
  envNote: 'The Scaleway CLI, SDKs and Terraform read SCW_SECRET_KEY and SCW_ACCESS_KEY (or ~/.config/scw/config.yaml).',
  format: { prefixes: [], charset: '[0-9a-fA-F-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://console.scaleway.com/iam/api-keys',
  live: SCALEWAY_LIVE,
};
export const scalewayLive = SCALEWAY_LIVE;

// ------------------------------------------------------------------ Vultr

/** Vultr answers 401 for a key used from an address outside its access-control list: the key exists. */
export function interpretVultr(res: LiveResponse): LiveVerdict | undefined {
  const detail = errorDetail(res);
  if (res.status === 401 && detail && /\bIP\b|address/i.test(detail)) return verdict('restricted', detail);
  return undefined;
}

/**
 * Vultr API keys: 36 uppercase alphanumerics, no prefix (from examples; the docs give no
 * format), reported next to a Vultr key name. Live: `GET https://api.vultr.com/v2/account`
 * with `Authorization: Bearer` (account info): 200 valid, 401 invalid, 401 naming the caller's
 * IP restricted (ACL), 403 restricted.
 */
export const vultr: ProviderRecord = {
  id: 'vultr',
  name: 'Vultr',
  rules: [
    {
      id: 'vultr-api-key',
      description: 'Vultr API key (36 uppercase alphanumerics, no prefix) assigned to a Vultr key name.',
      pattern: withContext(START_ALNUM, assignedTo(['vultr'], 32), '[A-Z0-9]{36}', END_ALNUM),
      keywords: ['vultr'],
      window: { before: 96, after: 140 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      check: (s) => /[A-Z]/.test(s),
    },
  ],
  envNames: ['VULTR_API_KEY'],
  format: { prefixes: [], charset: '[A-Z0-9]', lengths: [[36, 36]], full: '[A-Z0-9]{36}' },
  rotateUrl: 'https://my.vultr.com/settings/#settingsapi',
  live: { base: 'https://api.vultr.com', path: '/v2/account', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretVultr },
};

// ------------------------------------------------------------------ Linode (Akamai Cloud)

/**
 * Linode personal access tokens: 64 lowercase hex, no prefix, reported next to a Linode token
 * name. Live: `GET https://api.linode.com/v4/profile` with `Authorization: Bearer` (the token's
 * user): 200 valid, 401 invalid, 403 restricted (scopes).
 */
export const linode: ProviderRecord = {
  id: 'linode',
  name: 'Linode (Akamai Cloud)',
  rules: [
    {
      id: 'linode-personal-access-token',
      description: 'Linode (Akamai Cloud) personal access token (64 lowercase hex) assigned to a Linode token name.',
      pattern: withContext(START_ALNUM, assignedTo(['linode'], 32), '[a-f0-9]{64}', END_ALNUM),
      keywords: ['linode'],
      window: { before: 96, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 8,
    },
  ],
  envNames: ['LINODE_TOKEN', 'LINODE_CLI_TOKEN'],
  envNote: 'The Terraform provider and linodego read LINODE_TOKEN; linode-cli reads LINODE_CLI_TOKEN.',
  format: { prefixes: [], charset: '[a-f0-9]', lengths: [[64, 64]], full: '[a-f0-9]{64}' },
  rotateUrl: 'https://cloud.linode.com/profile/tokens',
  live: { base: 'https://api.linode.com', path: '/v4/profile', method: 'GET', auth: { kind: 'bearer' } },
};

// ------------------------------------------------------------------ Hetzner Cloud

/**
 * Hetzner Cloud API tokens (per project): 64 alphanumerics, no prefix (the hcloud Ansible
 * guide's example), reported next to an hcloud/Hetzner token name. Live: `GET
 * https://api.hetzner.cloud/v1/locations` with `Authorization: Bearer` (every endpoint needs the
 * token; this one reads a public list): 200 valid, 401 invalid.
 */
export const hetzner: ProviderRecord = {
  id: 'hetzner-cloud',
  name: 'Hetzner Cloud',
  rules: [
    {
      id: 'hetzner-cloud-api-token',
      description: 'Hetzner Cloud API token (64 alphanumerics) assigned to HCLOUD_TOKEN or an hcloud/Hetzner token name.',
      pattern: withContext(START_ALNUM, assignedTo(['hcloud', 'hetzner'], 40), '[A-Za-z0-9]{64}', END_ALNUM),
      keywords: ['hcloud', 'hetzner'],
      window: { before: 112, after: 170 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      check: (s) => mixedCase(s) && notDocExample(s),
    },
  ],
  envNames: ['HCLOUD_TOKEN'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[64, 64]], full: '[A-Za-z0-9]{64}' },
  rotateUrl: 'https://console.hetzner.cloud/projects',
  live: { base: 'https://api.hetzner.cloud', path: '/v1/locations', method: 'GET', auth: { kind: 'bearer' } },
};

// ------------------------------------------------------------------ OVHcloud

/**
 * OVHcloud API credentials (python-ovh README): application key (AK, 16 alphanumerics, "may
 * safely be shared"), application secret (AS, 32) and consumer key (CK, 32). AS and CK are
 * secrets, reported when assigned to their names with "ovh" earlier in the text (ovh.conf, the
 * SDK constructors, OVH_* env names); the lengths are those of the SDKs' examples. No `live`:
 * every call is signed (`X-Ovh-Signature`, SHA-1 over AS+CK+method+URL+body+timestamp) and goes
 * to the account's region endpoint (eu/ca/us).
 */
const OVH_NEAR = near(['ovh'], 240, 0);

export const ovh: ProviderRecord = {
  id: 'ovh',
  name: 'OVHcloud',
  rules: [
    {
      id: 'ovh-application-secret',
      description: 'OVHcloud API application secret (32 alphanumerics) in an OVH configuration, with its application key when nearby.',
      pattern: withContext(START_ALNUM, `${OVH_NEAR}(?<=${ci('application')}[_-]?${ci('secret')}${ASSIGN})`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['application_secret', 'applicationsecret', 'application-secret'],
      window: { before: 260, after: 60 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 2,
      check: (s) => mixedCase(s),
      pair: {
        label: 'application key',
        pattern: `(?<=${ci('application')}[_-]?${ci('key')}${ASSIGN})(?<![A-Za-z0-9])[A-Za-z0-9]{16}(?![A-Za-z0-9])`,
        envNames: ['OVH_APPLICATION_KEY'],
      },
    },
    {
      id: 'ovh-consumer-key',
      description: 'OVHcloud API consumer key (32 alphanumerics) in an OVH configuration.',
      pattern: withContext(START_ALNUM, `${OVH_NEAR}(?<=${ci('consumer')}[_-]?${ci('key')}${ASSIGN})`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['consumer_key', 'consumerkey', 'consumer-key'],
      window: { before: 260, after: 60 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 2,
      check: (s) => mixedCase(s),
    },
  ],
  envNames: ['OVH_APPLICATION_SECRET', 'OVH_CONSUMER_KEY'],
  envNote: 'The OVH SDKs and Terraform provider read OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or ovh.conf).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://www.ovh.com/manager/#/iam/api-keys',
  noLive: 'every OVH API call is signed (X-Ovh-Signature over secret, consumer key, request and time) and goes to the account region endpoint',
};

// ------------------------------------------------------------------ DigitalOcean refresh tokens

/**
 * DigitalOcean OAuth refresh tokens (`dor_v1_` + 64 hex; docs.digitalocean.com/reference/api/
 * oauth-api). The only check is redeeming one at the token endpoint, which mints a new access
 * token and rotates the refresh token: no `live` (and so not on the `digitalocean` record,
 * whose /v2/account check would read a refresh token as invalid).
 */
export const digitaloceanRefreshToken: ProviderRecord = {
  id: 'digitalocean-refresh-token',
  name: 'DigitalOcean (OAuth refresh token)',
  rules: [
    {
      id: 'digitalocean-refresh-token',
      description: 'DigitalOcean OAuth refresh token (dor_v1_ + 64 hex).',
      pattern: `${START}dor_v1_[a-f0-9]{64}${END}`,
      keywords: ['dor_v1_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
  ],
  envNames: ['DIGITALOCEAN_REFRESH_TOKEN'],
  format: { prefixes: ['dor_v1_'], charset: '[a-f0-9]', lengths: [[71, 71]], full: 'dor_v1_[a-f0-9]{64}' },
  rotateUrl: 'https://cloud.digitalocean.com/account/api/tokens',
  noLive: 'the only check redeems the refresh token, which mints a new access token and rotates it',
};

export const hostingRecords: ProviderRecord[] = [
  cloudflare,
  cloudflareAccountToken,
  cloudflareGlobalKey,
  cloudflareOriginCaKey,
  fastly,
  akamai,
  heroku,
  flyio,
  flyioAuthToken,
  render,
  railway,
  railwayProjectToken,
  netlify,
  vercelBlob,
  scaleway,
  vultr,
  linode,
  hetzner,
  ovh,
  digitaloceanRefreshToken,
];
