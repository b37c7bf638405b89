/**
 * Identity platforms (Okta, Auth0, OneLogin, Duo, Clerk, WorkOS, Stytch, SuperTokens), social
 * networks (X/Twitter, Meta/Facebook, LinkedIn, Twitch, Spotify, Reddit), maps (Mapbox, HERE,
 * TomTom), search and CMS (Algolia, Contentful, Sanity, Storyblok, Strapi, Prismic) and other APIs
 * (Shippo, EasyPost, Frame.io, Adobe, ReadMe, RapidAPI).
 *
 * Google API keys (YouTube, Google Maps) are the google-api-key rule's; Firebase, Discord and
 * Postman have records elsewhere.
 */
import type { Confidence, LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { base64Infixes, decodeJwtPayload } from './jwt.js';
import { END, END_ALNUM, START, START_ALNUM, ci, errorDetail, field, near, str, verdict, withContext } from './shared.js';

// ---------------------------------------------------------------- local helpers

/** A case-insensitive alternation of literal words as regex source. */
const anyOf = (words: string[]): string => words.map(ci).join('|');

/**
 * The operator between a name and its value, with the quotes around either: `=`, `:`, `:=`, `=>`
 * (`.env`, YAML, JSON, Python/JS/Go/PHP code, `-H 'Name: value'`, `?name=value`).
 */
const OP = `["'\\]]?[ \\t]{0,4}(?::=|=>|[:=])[ \\t]{0,4}["'\`]?(?:[Bb]earer[ \\t]{1,4})?`;

/**
 * A value assigned to a name that contains one of `names`, with one of `providers` at most
 * `span` characters before that name (`SPOTIFY_CLIENT_SECRET=…`, `spotify:\n  client_secret: …`,
 * `SpotifyOAuth(client_id=…, client_secret="…")`). Bounded look-behind: constant work per candidate.
 */
function assigned(providers: string[], names: string[], value: string, opts: { span?: number; start?: string; end?: string } = {}): string {
  const span = opts.span ?? 120;
  const ctx = `(?<=(?:${anyOf(providers)})[\\s\\S]{0,${span}}(?:${anyOf(names)})[A-Za-z0-9_.-]{0,24}${OP})`;
  return withContext(opts.start ?? START_ALNUM, ctx, value, opts.end ?? END_ALNUM);
}

/** The other part of a pair: `value` (group `secret`) assigned to a name matching the `name` regex source. */
const namedPart = (name: string, value: string, end = END_ALNUM): string => `(?:${name})[A-Za-z0-9_.-]{0,16}${OP}(?<secret>${value})${end}`;

/** `client_id`, `clientId`, `client-id`, `CLIENT ID` … as regex source. */
const idName = (word: string): string => `${ci(word)}[_. -]?${ci('id')}`;

/** Upper case, lower case and a digit: rules out hex digests, words and identifiers of the right length. */
const mixedCase = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);

/** Standard base64 (or base64url) text decoded as latin1, or undefined. */
function decodeB64(s: string): string | undefined {
  try {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  } catch {
    return undefined;
  }
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const JWT = 'eyJ[A-Za-z0-9_-]{8,600}\\.eyJ[A-Za-z0-9_-]{10,3000}\\.[A-Za-z0-9_-]{16,1400}';

// ================================================================ identity

// ---------------------------------------------------------------- Okta

/**
 * Okta API tokens (SSWS): the documentation shows `00QCjAl4MlV-WPXM...0HmjFx-vbGua` (elided);
 * tokens are `00` + 40 base64url chars (42), a length seen in tokens, not stated. `00` is no
 * prefix to rely on, so "okta" or the SSWS scheme must be nearby.
 * https://developer.okta.com/docs/guides/create-an-api-token/
 */
export const okta: ProviderRecord = {
  id: 'okta',
  name: 'Okta',
  rules: [
    {
      id: 'okta-api-token',
      description: 'Okta API token (SSWS; 00 + 40 base64url chars) after "okta" or the SSWS scheme.',
      pattern: withContext(START, near(['okta', 'ssws'], 100, 0), '00[A-Za-z0-9_-]{40}', END),
      keywords: ['okta', 'ssws'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      check: mixedCase,
    },
  ],
  envNames: ['OKTA_CLIENT_TOKEN', 'OKTA_API_TOKEN'],
  envNote: 'Okta SDKs read OKTA_CLIENT_TOKEN with OKTA_CLIENT_ORGURL; the Terraform provider reads OKTA_API_TOKEN with OKTA_ORG_NAME and OKTA_BASE_URL.',
  format: { prefixes: ['00'], charset: '[A-Za-z0-9_-]', lengths: [[42, 42]], full: '00[A-Za-z0-9_-]{40}' },
  rotateUrl: 'https://help.okta.com/en-us/content/topics/security/api.htm',
  noLive: "the API is the customer's own org host (<org>.okta.com or a custom domain), which the token does not name",
};

// ---------------------------------------------------------------- Auth0

const AUTH0_ISS = base64Infixes('.auth0.com/"');

/** An Auth0 tenant issuer: `https://<tenant>[.<region>].auth0.com/`. */
export function isAuth0Jwt(s: string): boolean {
  const iss = decodeJwtPayload(s)?.['iss'];
  return typeof iss === 'string' && /^https:\/\/[a-z0-9-]{1,63}(?:\.[a-z]{2,4})?\.auth0\.com\/$/.test(iss);
}

/** A Management API token names the tenant's `/api/v2/` in its audience. */
function auth0Confidence(s: string): Confidence {
  const aud = decodeJwtPayload(s)?.['aud'];
  const list = Array.isArray(aud) ? aud : [aud];
  return list.some((a) => typeof a === 'string' && /\.auth0\.com\/api\/v2\/$/.test(a)) ? 'high' : 'medium';
}

/**
 * Auth0: application client secrets (64 base64url chars, with the 32-char client ID) and
 * access tokens, JWTs whose issuer is the tenant (`https://<tenant>.<region>.auth0.com/`); a
 * Management API token (audience `…/api/v2/`) is high confidence, another Auth0-issued token
 * medium. Both lengths are seen in the dashboard, not documented.
 * https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens
 */
export const auth0: ProviderRecord = {
  id: 'auth0',
  name: 'Auth0',
  rules: [
    {
      id: 'auth0-client-secret',
      description: 'Auth0 application client secret (64 base64url chars) assigned to an Auth0 secret name, with its client ID.',
      pattern: assigned(['auth0'], ['secret'], '[A-Za-z0-9_-]{64}', { start: START, end: END }),
      keywords: ['auth0'],
      window: { before: 8, after: 240 },
      confidence: 'medium',
      minEntropy: 4.2,
      check: mixedCase,
      pair: {
        label: 'client ID',
        pattern: namedPart(idName('client'), '[A-Za-z0-9]{32}'),
        envNames: ['AUTH0_CLIENT_ID'],
      },
    },
    {
      id: 'auth0-access-token',
      description: 'Auth0-issued JWT (issuer https://<tenant>.auth0.com/); a Management API token when its audience is /api/v2/.',
      pattern: `${START}eyJ[A-Za-z0-9_-]{8,600}\\.eyJ[A-Za-z0-9_-]{0,1000}?(?:${AUTH0_ISS.join('|')})[A-Za-z0-9_-]{0,2000}\\.[A-Za-z0-9_-]{16,1400}${END}`,
      keywords: ['eyj'],
      window: { before: 8, after: 5000 },
      confidence: 'high',
      confidenceOf: auth0Confidence,
      verify: isAuth0Jwt,
    },
  ],
  envNames: ['AUTH0_CLIENT_SECRET', 'AUTH0_API_TOKEN'],
  envNote: 'Auth0 SDKs and the Terraform provider read AUTH0_DOMAIN with AUTH0_CLIENT_ID/AUTH0_CLIENT_SECRET; the Terraform provider takes a Management API token from AUTH0_API_TOKEN. AUTH0_SECRET (nextjs-auth0) encrypts cookies and is no API credential.',
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[64, 64], [100, 5000]], full: `[A-Za-z0-9_-]{64}|${JWT}` },
  rotateUrl: 'https://manage.auth0.com/#/applications',
  noLive: "requests go to the tenant's own domain (<tenant>.auth0.com or a custom domain), which a secret does not name",
};

// ---------------------------------------------------------------- OneLogin

/**
 * OneLogin API credentials: a client ID and a client secret, both 64 hex
 * (https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials; the
 * length is seen in credentials). A 64-hex value is a digest's shape, so the secret is reported
 * only after a OneLogin secret name and with its client ID.
 */
export const onelogin: ProviderRecord = {
  id: 'onelogin',
  name: 'OneLogin',
  rules: [
    {
      id: 'onelogin-client-secret',
      description: 'OneLogin API client secret (64 hex) after a OneLogin secret name, with its client ID.',
      pattern: assigned(['onelogin'], ['secret'], '[0-9a-f]{64}'),
      keywords: ['onelogin'],
      window: { before: 8, after: 240 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 8,
      pair: { label: 'client ID', pattern: namedPart(idName('client'), '[0-9a-f]{64}'), required: true, envNames: ['ONELOGIN_CLIENT_ID'] },
    },
  ],
  envNames: ['ONELOGIN_CLIENT_SECRET'],
  envNote: 'The OneLogin SDKs and Terraform provider read ONELOGIN_CLIENT_ID, ONELOGIN_CLIENT_SECRET and ONELOGIN_API_URL (the account subdomain).',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[64, 64]], full: '[0-9a-f]{64}' },
  rotateUrl: 'https://developers.onelogin.com/api-docs/2/getting-started/working-with-api-credentials',
  noLive: "every call first mints an OAuth token on the account's own subdomain (<account>.onelogin.com), which the secret does not name",
};

// ---------------------------------------------------------------- Duo

/**
 * Duo Security applications: an integration key (`DI` + 18 upper-case alphanumerics, the
 * client ID) and a secret key (40 alphanumerics, `skey`), used against the account's own API host
 * `api-XXXXXXXX.duosecurity.com` (https://duo.com/docs/adminapi). The secret is reported only next
 * to its integration key.
 */
export const duo: ProviderRecord = {
  id: 'duo',
  name: 'Duo Security',
  rules: [
    {
      id: 'duo-secret-key',
      description: 'Duo secret key (40 alphanumerics) named skey or a Duo secret name, next to its DI… integration key.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('skey')}${OP})|(?<=(?:${anyOf(['duo', 'duosecurity'])})[\\s\\S]{0,120}${ci('secret')}[A-Za-z0-9_.-]{0,24}${OP}))`,
        '[A-Za-z0-9]{40}',
        END_ALNUM,
      ),
      keywords: ['skey', 'duo_', 'duosecurity', 'duo.', 'duo:'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      check: mixedCase,
      pair: {
        label: 'integration key',
        pattern: `(?<![A-Za-z0-9])(?<secret>DI[A-Z0-9]{18})(?![A-Za-z0-9])`,
        required: true,
        envNames: ['DUO_IKEY', 'DUO_INTEGRATION_KEY', 'DUO_CLIENT_ID'],
      },
    },
  ],
  envNames: ['DUO_SKEY', 'DUO_SECRET_KEY', 'DUO_CLIENT_SECRET'],
  envNote: 'Duo has no standard env names: its clients take ikey/skey/host in code or config (authproxy.cfg, duo_unix login_duo.conf); the Universal Prompt SDKs call them client ID and client secret.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: '[A-Za-z0-9]{40}' },
  rotateUrl: 'https://admin.duosecurity.com/applications',
  noLive: "the API is the account's own host (api-XXXXXXXX.duosecurity.com), and every request must be HMAC-signed with the integration key",
};

// ---------------------------------------------------------------- Clerk

/**
 * Clerk secret keys: `sk_live_` / `sk_test_` + base62 (https://clerk.com/docs/upgrade-guides/api-keys;
 * the length is not documented: 42 chars after the prefix are seen, 36–50 accepted). Stripe's keys
 * have the same prefixes and charset, so a Clerk key is told apart by context: "clerk" (a
 * CLERK_SECRET_KEY name, a clerkClient call, an api.clerk.com URL) before it. The match runs from
 * that word to the key (`locateAtMatch`): spanning more than the bare key, it outranks
 * stripe-secret-key, whose pattern also covers Clerk's keys. `pk_` publishable keys are public.
 *
 * Live: GET /v1/jwks on the Backend API, Bearer secret key (the instance's public signing keys;
 * reads nothing private). 200 valid, 401 invalid.
 */
export const clerk: ProviderRecord = {
  id: 'clerk',
  name: 'Clerk',
  rules: [
    {
      id: 'clerk-secret-key',
      description: 'Clerk secret key (sk_live_/sk_test_ + base62) with "clerk" before it; test keys are low confidence.',
      pattern: `${ci('clerk')}(?:(?!${ci('clerk')})[\\s\\S]){0,80}?(?<![A-Za-z0-9_-])(?<secret>sk_(?:live|test)_[A-Za-z0-9]{36,50})${END}`,
      keywords: ['clerk'],
      window: { before: 8, after: 160 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('sk_test_') ? 'low' : 'high'),
      locateAtMatch: true,
      minEntropy: 4,
      minDigits: 1,
    },
  ],
  envNames: ['CLERK_SECRET_KEY', 'CLERK_API_KEY'],
  envNote: 'Clerk SDKs read CLERK_SECRET_KEY (CLERK_API_KEY before 2023); CLERK_PUBLISHABLE_KEY / NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY hold the public pk_ key.',
  format: { prefixes: ['sk_live_', 'sk_test_'], charset: '[A-Za-z0-9]', lengths: [[44, 58]], full: 'sk_(?:live|test)_[A-Za-z0-9]{36,50}' },
  rotateUrl: 'https://dashboard.clerk.com/last-active?path=api-keys',
  live: { base: 'https://api.clerk.com', path: '/v1/jwks', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['CLERK_API_URL'] },
};

// ---------------------------------------------------------------- WorkOS

/** A WorkOS key body decodes to `key_<ULID>,<secret>`. */
export function isWorkosKey(s: string): boolean {
  const body = s.slice(s.indexOf('a2V5XzAx'));
  return /^key_01[0-9A-HJKMNP-TV-Z]{24},[\x21-\x7e]{8,}/.test(decodeB64(body) ?? '');
}

/**
 * WorkOS API keys: "prefixed with sk_" (https://workos.com/docs/reference/api-authentication).
 * Their body is base64 of `key_<ULID>,<secret>`, so it starts `a2V5XzAx` (`key_01`); seen as
 * `sk_test_…` (staging) and `sk_live_…`, 70–80 chars of body (200 accepted). The decoded ULID is
 * verified. Stripe's rule also covers `sk_test_`/`sk_live_` + alphanumerics, so the match takes in
 * the character before the key (`locateAtMatch`) to outrank it on the same span.
 *
 * Live: GET /organizations?limit=1, Bearer. 200 valid, 401 invalid, 403 a key without that permission.
 */
export const workos: ProviderRecord = {
  id: 'workos',
  name: 'WorkOS',
  rules: [
    {
      id: 'workos-api-key',
      description: 'WorkOS API key (sk_ + base64 of key_<ULID>,<secret>).',
      pattern: `(?:^|[^A-Za-z0-9_-])(?<secret>sk_(?:test_|live_)?a2V5XzAx[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=_-])`,
      keywords: ['a2v5xzax'],
      window: { before: 16, after: 230 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('sk_test_') ? 'medium' : 'high'),
      locateAtMatch: true,
      verify: isWorkosKey,
    },
  ],
  envNames: ['WORKOS_API_KEY'],
  envNote: 'WorkOS SDKs read WORKOS_API_KEY and WORKOS_CLIENT_ID (client_01…, not secret).',
  format: { prefixes: ['sk_test_', 'sk_live_', 'sk_'], charset: '[A-Za-z0-9+/=]', lengths: [[51, 212]], full: 'sk_(?:test_|live_)?a2V5XzAx[A-Za-z0-9+/]{40,200}={0,2}' },
  rotateUrl: 'https://dashboard.workos.com/api-keys',
  live: { base: 'https://api.workos.com', path: '/organizations?limit=1', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Stytch

/** Stytch's error bodies: `{"status_code":401,"error_type":"unauthorized_credentials","error_message":…}`. */
export function interpretStytch(res: LiveResponse): LiveVerdict | undefined {
  const type = str(res.json, 'error_type') ?? '';
  const message = str(res.json, 'error_message');
  const detail = [type, message].filter(Boolean).join(': ') || undefined;
  if (res.status === 401 || /unauthorized|credentials|secret|project_id/i.test(type)) return verdict('invalid', detail);
  // The probe asks for a user that does not exist: a 404 (or a B2B project's 400) comes after authentication.
  if (res.status === 404 || res.status === 400) return { status: 'valid', detail: 'authenticated (the probe asks for a user that does not exist)' };
  return undefined;
}

/**
 * Stytch: a project ID (`project-live-<uuid>` / `project-test-<uuid>`) and a secret
 * (`secret-live-…` / `secret-test-…`), sent as HTTP Basic (https://stytch.com/docs/api). The
 * secret's body length is not documented (seen around 36 base64url chars; 24–60 accepted).
 *
 * Live (live-environment secrets only: test secrets go to test.stytch.com): GET /v1/users/<a
 * user ID that cannot exist> with Basic project ID:secret. 401 invalid credentials; 404 (no such
 * user) or 400 (a B2B project) an authenticated pair. Nothing is read or changed.
 */
export const stytch: ProviderRecord = {
  id: 'stytch',
  name: 'Stytch',
  rules: [
    {
      id: 'stytch-secret',
      description: 'Stytch project secret (secret-live-/secret-test- + base64url), with its project ID when it is nearby.',
      pattern: `${START}secret-(?:live|test)-[A-Za-z0-9_-]{24,60}={0,2}(?![A-Za-z0-9_=-])`,
      keywords: ['secret-live-', 'secret-test-'],
      window: { before: 16, after: 90 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('secret-test-') ? 'low' : 'high'),
      minEntropy: 3.8,
      minDigits: 2,
      pair: { label: 'project ID', pattern: `${START}project-(?:live|test)-${UUID}${END}`, window: { before: 400, after: 400 }, envNames: ['STYTCH_PROJECT_ID'] },
    },
  ],
  envNames: ['STYTCH_SECRET'],
  envNote: 'Stytch examples read STYTCH_PROJECT_ID and STYTCH_SECRET; STYTCH_PUBLIC_TOKEN is the frontend SDKs\' public token.',
  format: { prefixes: ['secret-live-', 'secret-test-'], charset: '[A-Za-z0-9_=-]', lengths: [[36, 74]], full: 'secret-(?:live|test)-[A-Za-z0-9_-]{24,60}={0,2}' },
  rotateUrl: 'https://stytch.com/dashboard/api-keys',
  hosts: ['test.stytch.com'],
  live: {
    base: 'https://api.stytch.com',
    path: '/v1/users/user-live-00000000-0000-4000-8000-000000000000',
    method: 'GET',
    auth: { kind: 'basic', user: '{pair}' },
    prefixes: ['secret-live-'],
    interpret: interpretStytch,
  },
};

// ---------------------------------------------------------------- SuperTokens

/**
 * SuperTokens core API keys: chosen by the operator (self-hosted core) or issued for a managed
 * core; the core accepts `=`, `-` and alphanumerics, at least 20 characters
 * (https://supertokens.com/docs/deployment/self-host-supertokens). No prefix, so only a value
 * assigned to an API-key name after "supertokens" (`connectionURI` + `apiKey` in
 * `supertokens.init`, SUPERTOKENS_API_KEY) is reported.
 */
export const supertokens: ProviderRecord = {
  id: 'supertokens',
  name: 'SuperTokens',
  rules: [
    {
      id: 'supertokens-api-key',
      description: 'SuperTokens core API key assigned to an API-key name after "supertokens".',
      pattern: assigned(['supertokens'], ['apikey', 'api_key', 'api-key', 'api_keys'], '[A-Za-z0-9=-]{20,128}', { span: 200, start: '(?<![A-Za-z0-9-])', end: '(?![A-Za-z0-9=_-])' }),
      keywords: ['supertokens'],
      window: { before: 8, after: 380 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 2,
      check: mixedCase,
    },
  ],
  envNames: ['SUPERTOKENS_API_KEY'],
  envNote: 'SuperTokens backend SDKs take connectionURI and apiKey in supertokens.init; SUPERTOKENS_API_KEY / SUPERTOKENS_CONNECTION_URI are the usual env names. The self-hosted core reads API_KEYS.',
  format: { prefixes: [], charset: '[A-Za-z0-9=-]', lengths: [[20, 128]] },
  rotateUrl: 'https://supertokens.com/dashboard-saas',
  noLive: "the core is the customer's own host (self-hosted, or a managed core URL), which the key does not name",
};

// ================================================================ social and media

// ---------------------------------------------------------------- X / Twitter

/** The dummy bearer token of X's OAuth 2.0 documentation, cut where its `?` ends our match. */
const X_DOC_BEARER = 'AAAAAAAAAAAAAAAAAAAAAFnz2wAAAAAAxTmQbp%2BIHDtAhTBbyNJon%2BA72K4%3DeIaigY0QBrv6Rp8KZQQLOTpo9ubw5Jt';

/** The part after the run of A's is a random URL-encoded value, not filler. */
function xBearerLooksReal(s: string): boolean {
  if (s === X_DOC_BEARER) return false;
  const body = s.slice(21);
  if (/x{4}|example|your|redact/i.test(body)) return false;
  return /[a-z]/.test(body) && /[A-Z]/.test(body) && (body.match(/[0-9]/g)?.length ?? 0) >= 3 && new Set(body).size >= 20;
}

/**
 * X (Twitter) API credentials (https://docs.x.com/fundamentals/authentication):
 * - app-only bearer tokens: 21 `A`s then a URL-encoded base64 value with `%3D` (an encoded `=`)
 *   before the last 20–80 chars, as in every example seen (the documentation's dummy token is
 *   excluded);
 * - the API key (consumer key, 25 alphanumerics) and API key secret (50): the secret, assigned to
 *   a consumer/API secret name near "twitter" or a Twitter library, with the key when nearby;
 * - access tokens (`<user id>-<alphanumerics>`) and their secrets (45 alphanumerics), likewise.
 * Lengths are seen in the developer portal, not documented.
 *
 * Live (bearer tokens only; the other parts need an OAuth 1.0a signature): GET /2/usage/tweets,
 * the project's read usage. 200 valid, 401 invalid, 403 a token without project access.
 */
/**
 * An X/Twitter secret: `name` (ending in "secret"), with "twitter" or a client library's name
 * at most `span` characters before it, then an assignment and `value`. The name comes first: a
 * regex that starts with a literal is skipped through a window by the regex engine's own
 * search, where one that starts with the value tried every position (~8x slower).
 */
function TWITTER_NAMED(name: string, span: number, value: string): string {
  const context = anyOf(['twitter', 'tweepy', 'twython', 'twit']);
  return `${name}(?<=(?:${context})[\\s\\S]{0,${span}}${name})[A-Za-z0-9_.-]{0,16}${OP}${START_ALNUM}(?<secret>${value})${END_ALNUM}`;
}

export const twitter: ProviderRecord = {
  id: 'twitter',
  name: 'X (Twitter)',
  rules: [
    {
      id: 'twitter-bearer-token',
      description: 'X/Twitter app-only bearer token (21 A + URL-encoded base64 with %3D).',
      pattern: `(?<![A-Za-z0-9%_+/-])AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{20,100}%3D[A-Za-z0-9]{20,80}(?![A-Za-z0-9%_+/-])`,
      keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
      requires: ['%3D'],
      window: { before: 8, after: 200 },
      confidence: 'high',
      skipPlaceholderGate: true,
      check: xBearerLooksReal,
    },
    {
      id: 'twitter-api-key-secret',
      description: 'X/Twitter API key secret (consumer secret, 50 alphanumerics) assigned to a consumer/API secret name near "twitter".',
      // The name first (see TWITTER_NAMED).
      pattern: TWITTER_NAMED(`(?:${ci('consumer')}[_. -]?|${ci('api')}[_. -]?(?:${ci('key')}[_. -]?)?)${ci('secret')}`, 200, '[A-Za-z0-9]{50}'),
      keywords: ['twitter', 'tweepy', 'twython', 'twit'],
      // The name the value is assigned to ends in "secret" (any case in the regex; these are the spellings seen).
      requires: ['secret', 'Secret', 'SECRET'],
      requiresRun: { chars: 'A-Za-z0-9', lengths: [50] },
      window: { before: 8, after: 330 },
      confidence: 'medium',
      minEntropy: 4.2,
      check: mixedCase,
      pair: {
        label: 'API key',
        pattern: namedPart(`${ci('consumer')}[_. -]?${ci('key')}|${ci('api')}[_. -]?${ci('key')}(?![_. -]?${ci('secret')})`, '[A-Za-z0-9]{25}'),
        envNames: ['TWITTER_API_KEY', 'TWITTER_CONSUMER_KEY', 'X_API_KEY'],
      },
    },
    {
      id: 'twitter-access-token-secret',
      description: 'X/Twitter access token secret (45 alphanumerics) assigned to an access-secret name near "twitter", with its access token.',
      pattern: TWITTER_NAMED(`${ci('access')}[_. -]?(?:${ci('token')}[_. -]?)?${ci('secret')}`, 300, '[A-Za-z0-9]{45}'),
      keywords: ['twitter', 'tweepy', 'twython', 'twit'],
      // The name the value is assigned to ends in "secret" (any case in the regex; these are the spellings seen).
      requires: ['secret', 'Secret', 'SECRET'],
      requiresRun: { chars: 'A-Za-z0-9', lengths: [45] },
      window: { before: 8, after: 420 },
      confidence: 'medium',
      minEntropy: 4.2,
      check: mixedCase,
      pair: {
        label: 'access token',
        pattern: `(?<![A-Za-z0-9-])(?<secret>[1-9][0-9]{0,19}-[A-Za-z0-9]{20,50})(?![A-Za-z0-9-])`,
        envNames: ['TWITTER_ACCESS_TOKEN', 'X_ACCESS_TOKEN'],
      },
    },
  ],
  envNames: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN', 'TWITTER_API_SECRET', 'TWITTER_CONSUMER_SECRET', 'TWITTER_ACCESS_TOKEN_SECRET'],
  envNote: 'There is no official env convention: tweepy and twitter-api-v2 take the four OAuth 1.0a parts or a bearer token in code; TWITTER_BEARER_TOKEN and TWITTER_API_KEY/_SECRET, TWITTER_ACCESS_TOKEN/_SECRET are the usual names.',
  format: {
    prefixes: ['AAAAAAAAAAAAAAAAAAAAA'],
    charset: '[A-Za-z0-9%]',
    lengths: [[45, 45], [50, 50], [64, 204]],
    full: 'AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{20,100}%3D[A-Za-z0-9]{20,80}|[A-Za-z0-9]{50}|[A-Za-z0-9]{45}',
  },
  rotateUrl: 'https://developer.x.com/en/portal/dashboard',
  hosts: ['api.twitter.com'],
  live: { base: 'https://api.x.com', path: '/2/usage/tweets', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['AAAAAAAAAAAAAAAAAAAAA'] },
};

// ---------------------------------------------------------------- Meta / Facebook

/** Graph API errors: `{"error":{"message":"Invalid OAuth access token…","type":"OAuthException","code":190}}`. */
export function interpretGraph(res: LiveResponse): LiveVerdict | undefined {
  const code = field(res.json, 'error', 'code');
  const detail = errorDetail(res);
  if (code === 190 || code === 102) return verdict('invalid', detail);
  if (code === 4 || code === 17 || code === 32 || code === 613) return verdict('rate-limited', detail);
  if (code === 10 || code === 200) return verdict('restricted', detail);
  return undefined;
}

/**
 * Meta (Facebook) Graph API credentials (https://developers.facebook.com/docs/facebook-login/guides/access-tokens):
 * - user, page and system-user access tokens: `EAA` + base62, 100–400 chars seen (not documented);
 * - app access tokens: `<app ID>|<app secret>` (the app ID 14–17 digits, the secret 32 hex). Client
 *   tokens (`<app ID>|<client token>`, embedded in apps) have the same shape, hence medium;
 * - the app secret alone (32 hex), reported only after a Facebook/Meta secret name and with the app ID.
 *
 * Live (EAA tokens only): GET /app?fields=id,name (the app the token belongs to), Bearer. 200
 * valid; an OAuthException with code 190 (any status) invalid; codes 4/17/32/613 rate-limited.
 */
export const facebook: ProviderRecord = {
  id: 'facebook',
  name: 'Meta (Facebook)',
  rules: [
    {
      id: 'facebook-access-token',
      description: 'Meta/Facebook Graph API user, page or system-user access token (EAA + base62).',
      pattern: `(?<![A-Za-z0-9_+/-])EAA[A-Za-z0-9]{97,400}(?![A-Za-z0-9_+/=-])`,
      keywords: ['eaa'],
      requires: ['EAA'],
      window: { before: 8, after: 420 },
      confidence: 'medium',
      minEntropy: 4.5,
      minDigits: 6,
      check: (s) => s[3] !== 'A' && /[a-z]/.test(s) && /[A-Z]/.test(s.slice(3)),
    },
    {
      id: 'facebook-app-access-token',
      description: 'Meta/Facebook app access token (<app ID>|<app secret>).',
      pattern: `(?<![0-9A-Za-z])[1-9][0-9]{13,16}(?:\\||%7[Cc])[0-9a-f]{32}(?![0-9A-Za-z])`,
      keywords: ['facebook', 'access_token', 'accesstoken', 'app_token', 'apptoken', 'fb_', 'graph.'],
      // The app id and the secret are joined by `|` (or its percent-encoding).
      requires: ['|', '%7C', '%7c'],
      window: { before: 160, after: 200 },
      confidence: 'medium',
      minDigits: 16,
    },
    {
      id: 'facebook-app-secret',
      description: 'Meta/Facebook app secret (32 hex) after a Facebook/Meta secret name, with its app ID.',
      pattern: assigned(['facebook', 'fb_', 'fb.', 'meta_', 'instagram', 'whatsapp'], ['secret'], '[0-9a-f]{32}', { span: 60 }),
      keywords: ['facebook', 'fb_', 'fb.', 'meta_', 'instagram', 'whatsapp'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
      pair: {
        label: 'app ID',
        pattern: namedPart(`${idName('app')}|${idName('client')}`, '[1-9][0-9]{13,16}'),
        required: true,
        envNames: ['FACEBOOK_APP_ID', 'FB_APP_ID', 'META_APP_ID'],
      },
    },
  ],
  envNames: ['FACEBOOK_ACCESS_TOKEN', 'FB_ACCESS_TOKEN', 'FACEBOOK_APP_SECRET', 'FB_APP_SECRET', 'META_APP_SECRET'],
  envNote: 'The Graph API SDKs take tokens in code; FACEBOOK_APP_ID/FACEBOOK_APP_SECRET (FB_/META_ variants) and FACEBOOK_ACCESS_TOKEN are conventions.',
  format: {
    prefixes: ['EAA'],
    charset: '[A-Za-z0-9|%]',
    lengths: [[32, 32], [47, 54], [100, 403]],
    full: 'EAA[A-Za-z0-9]{97,400}|[1-9][0-9]{13,16}(?:\\||%7[Cc])[0-9a-f]{32}|[0-9a-f]{32}',
  },
  rotateUrl: 'https://developers.facebook.com/apps/',
  live: { base: 'https://graph.facebook.com', path: '/app?fields=id,name', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['EAA'], interpret: interpretGraph },
};

// ---------------------------------------------------------------- LinkedIn

/**
 * LinkedIn app client secrets: the current format is `WPL_AP<n>.` + 16 alphanumerics + `.` + 8
 * base64 chars ending `==` (seen in apps' credentials; not documented); older secrets are 16
 * alphanumerics, reported only after a LinkedIn secret name and next to the client ID (12–16
 * lower-case alphanumerics). https://learn.microsoft.com/linkedin/shared/authentication/client-credentials-flow
 */
export const linkedin: ProviderRecord = {
  id: 'linkedin',
  name: 'LinkedIn',
  rules: [
    {
      id: 'linkedin-client-secret',
      description: 'LinkedIn app client secret (WPL_AP<n>.<16>.<8 base64>), with the client ID when it is nearby.',
      pattern: `${START}WPL_AP[0-9]\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{6}==(?![A-Za-z0-9+/=])`,
      keywords: ['wpl_ap'],
      window: { before: 8, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
      pair: { label: 'client ID', pattern: namedPart(`${idName('client')}|${ci('key')}`, '[a-z0-9]{12,16}'), envNames: ['LINKEDIN_CLIENT_ID'] },
    },
    {
      id: 'linkedin-legacy-client-secret',
      description: 'LinkedIn app client secret of the older form (16 alphanumerics) after a LinkedIn secret name, with its client ID.',
      pattern: assigned(['linkedin'], ['secret'], '[A-Za-z0-9]{16}', { span: 80 }),
      keywords: ['linkedin'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3,
      check: mixedCase,
      pair: { label: 'client ID', pattern: namedPart(`${idName('client')}|${ci('key')}`, '[a-z0-9]{12,16}'), required: true, envNames: ['LINKEDIN_CLIENT_ID'] },
    },
  ],
  envNames: ['LINKEDIN_CLIENT_SECRET'],
  envNote: 'No official SDK reads env vars; LINKEDIN_CLIENT_ID/LINKEDIN_CLIENT_SECRET are the convention (python-social-auth: SOCIAL_AUTH_LINKEDIN_OAUTH2_KEY/_SECRET).',
  format: { prefixes: ['WPL_AP'], charset: '[A-Za-z0-9.+/=]', lengths: [[16, 16], [33, 33]], full: 'WPL_AP[0-9]\\.[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{6}==|[A-Za-z0-9]{16}' },
  rotateUrl: 'https://www.linkedin.com/developers/apps',
  noLive: 'a client secret only works inside an OAuth token exchange, which mints a token',
};

// ---------------------------------------------------------------- Twitch

/**
 * Twitch: app client secrets and OAuth access tokens are both 30 lower-case alphanumerics
 * (https://dev.twitch.tv/docs/authentication/; the length is seen, not documented). A secret is
 * reported after a Twitch secret name and with its client ID (30 chars too); a token after
 * `oauth:` (chat bots) or a Twitch token name.
 */
export const twitch: ProviderRecord = {
  id: 'twitch',
  name: 'Twitch',
  rules: [
    {
      id: 'twitch-client-secret',
      description: 'Twitch app client secret (30 lower-case alphanumerics) after a Twitch secret name, with its client ID.',
      pattern: assigned(['twitch'], ['secret'], '[a-z0-9]{30}', { span: 80 }),
      keywords: ['twitch'],
      window: { before: 8, after: 180 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 3,
      pair: { label: 'client ID', pattern: namedPart(idName('client'), '[a-z0-9]{30}'), required: true, envNames: ['TWITCH_CLIENT_ID'] },
    },
    {
      id: 'twitch-access-token',
      description: 'Twitch OAuth access token (30 lower-case alphanumerics) after oauth: or a Twitch token name.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('oauth:')})|(?<=${ci('twitch')}[\\s\\S]{0,80}(?:${anyOf(['token', 'oauth'])})[A-Za-z0-9_.-]{0,24}${OP}))`,
        '[a-z0-9]{30}',
        END_ALNUM,
      ),
      keywords: ['oauth:', 'twitch'],
      window: { before: 8, after: 180 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 3,
    },
  ],
  envNames: ['TWITCH_CLIENT_SECRET', 'TWITCH_ACCESS_TOKEN', 'TWITCH_OAUTH_TOKEN'],
  envNote: 'Twitch has no official env convention: TWITCH_CLIENT_ID/TWITCH_CLIENT_SECRET for apps, TWITCH_ACCESS_TOKEN or TWITCH_OAUTH_TOKEN (oauth:… for chat) for tokens.',
  format: { prefixes: ['oauth:'], charset: '[a-z0-9]', lengths: [[30, 30], [36, 36]], full: '(?:oauth:)?[a-z0-9]{30}' },
  rotateUrl: 'https://dev.twitch.tv/console/apps',
  noLive: 'client secrets and tokens share one shape, and /oauth2/validate proves only tokens: a valid client secret would read as invalid',
};

// ---------------------------------------------------------------- Spotify

/**
 * Spotify Web API apps: a client ID and a client secret, both 32 hex
 * (https://developer.spotify.com/documentation/web-api/concepts/apps). Reported only after a
 * Spotify secret name and with the client ID.
 */
export const spotify: ProviderRecord = {
  id: 'spotify',
  name: 'Spotify',
  rules: [
    {
      id: 'spotify-client-secret',
      description: 'Spotify app client secret (32 hex) after a Spotify secret name, with its client ID.',
      pattern: assigned(['spotify', 'spotipy'], ['secret'], '[0-9a-f]{32}'),
      keywords: ['spotify', 'spotipy'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
      pair: { label: 'client ID', pattern: namedPart(idName('client'), '[0-9a-f]{32}'), required: true, envNames: ['SPOTIFY_CLIENT_ID', 'SPOTIPY_CLIENT_ID'] },
    },
  ],
  envNames: ['SPOTIFY_CLIENT_SECRET', 'SPOTIPY_CLIENT_SECRET'],
  envNote: 'Spotipy reads SPOTIPY_CLIENT_ID/SPOTIPY_CLIENT_SECRET; SPOTIFY_CLIENT_ID/SPOTIFY_CLIENT_SECRET is the convention elsewhere.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://developer.spotify.com/dashboard',
  noLive: 'a client secret only works in the client-credentials exchange, which mints an access token',
};

// ---------------------------------------------------------------- Reddit

/**
 * Reddit script/web apps: a client ID (14–22 base64url chars) and a secret (27–30 base64url
 * chars) (https://github.com/reddit-archive/reddit/wiki/OAuth2; lengths seen, not documented).
 * Reported only after a Reddit/PRAW secret name and with the client ID.
 */
export const reddit: ProviderRecord = {
  id: 'reddit',
  name: 'Reddit',
  rules: [
    {
      id: 'reddit-client-secret',
      description: 'Reddit app secret (27–30 base64url chars) after a Reddit/PRAW secret name, with its client ID.',
      pattern: assigned(['reddit', 'praw'], ['secret'], '[A-Za-z0-9_-]{27,30}', { start: START, end: END }),
      keywords: ['reddit', 'praw'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      check: mixedCase,
      pair: { label: 'client ID', pattern: namedPart(idName('client'), '[A-Za-z0-9_-]{14,22}', END), required: true, envNames: ['REDDIT_CLIENT_ID', 'PRAW_CLIENT_ID'] },
    },
  ],
  envNames: ['REDDIT_CLIENT_SECRET', 'PRAW_CLIENT_SECRET'],
  envNote: 'PRAW reads praw_client_id/praw_client_secret (praw.ini or env); REDDIT_CLIENT_ID/REDDIT_CLIENT_SECRET is the convention elsewhere.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[27, 30]], full: '[A-Za-z0-9_-]{27,30}' },
  rotateUrl: 'https://www.reddit.com/prefs/apps',
  noLive: 'a secret only works in the OAuth token exchange, which mints an access token',
};

// ================================================================ maps and geo

// ---------------------------------------------------------------- Mapbox

/** A Mapbox token's middle part is base64url JSON naming the user (`{"u":"…","a":"…"}`). */
export function isMapboxToken(s: string): boolean {
  const payload = s.split('.')[1];
  if (!payload) return false;
  try {
    const json: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof str(json, 'u') === 'string';
  } catch {
    return false;
  }
}

/**
 * Mapbox access tokens are `pk.` (public), `sk.` (secret) or `tk.` (temporary) + base64url JSON
 * naming the user + `.` + a signature (https://docs.mapbox.com/api/accounts/tokens/). Only `sk.`
 * tokens are reported: `pk.` tokens are public by design (they go into web pages and apps, with
 * public scopes and optional URL restrictions), and `tk.` tokens expire within an hour.
 *
 * Live: GET /tokens/v2?access_token=… (Retrieve a token: reads the token's own metadata, no scope
 * needed). Mapbox takes tokens only in the access_token query parameter. The answer's `code` says
 * TokenValid (with the scopes) or TokenInvalid/TokenExpired/TokenRevoked. (The `path` form puts the
 * key in the same query parameter as `query` would; the shared mock reads only `?key=`.)
 */
export const mapbox: ProviderRecord = {
  id: 'mapbox',
  name: 'Mapbox',
  rules: [
    {
      id: 'mapbox-secret-token',
      description: 'Mapbox secret access token (sk.<base64url user JSON>.<signature>). Public pk. tokens are not reported.',
      pattern: `${START}sk\\.eyJ[A-Za-z0-9_-]{10,400}\\.[A-Za-z0-9_-]{20,40}${END}`,
      keywords: ['sk.eyj'],
      window: { before: 8, after: 460 },
      confidence: 'high',
      verify: isMapboxToken,
    },
  ],
  envNames: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_ACCESS_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'],
  envNote: 'The Mapbox CLI and SDK tools read MAPBOX_ACCESS_TOKEN; MAPBOX_DOWNLOADS_TOKEN (a secret token with downloads:read) fetches the mobile SDKs; web apps put a public pk. token in MAPBOX_ACCESS_TOKEN / NEXT_PUBLIC_MAPBOX_TOKEN.',
  format: { prefixes: ['sk.'], charset: '[A-Za-z0-9_.-]', lengths: [[40, 450]], full: 'sk\\.eyJ[A-Za-z0-9_-]{10,400}\\.[A-Za-z0-9_-]{20,40}' },
  rotateUrl: 'https://console.mapbox.com/account/access-tokens/',
  noLive: 'Mapbox takes a token only in the URL query (access_token=), which proxies and logs keep',
};

// ---------------------------------------------------------------- HERE

/**
 * HERE Location Services: API keys (43 base64url chars, `apiKey=` in requests) and OAuth access
 * keys (`here.access.key.id` / `here.access.key.secret` in credentials.properties)
 * (https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-using-apikeys.html).
 * "here" is a common word: an API key is reported only after a HERE API-key name or in a
 * hereapi.com URL; an access key secret (its length not documented, 40–100 accepted) only after
 * its credentials.properties name.
 */
export const here: ProviderRecord = {
  id: 'here',
  name: 'HERE',
  rules: [
    {
      id: 'here-api-key',
      description: 'HERE API key (43 base64url chars) after a HERE API-key name or as apiKey= in a hereapi.com URL.',
      pattern: withContext(
        START,
        `(?:(?<=(?<![A-Za-z])${ci('here')}[_.-]?(?:${ci('api')}[_.-]?)?${ci('key')}${OP})|(?<=${ci('hereapi.com')}[^\\s"'<>]{0,300}[?&]${ci('apikey')}=))`,
        '[A-Za-z0-9_-]{43}',
        END,
      ),
      keywords: ['here_api', 'here_key', 'hereapikey', 'here-api', 'hereapi.com', 'here.api'],
      window: { before: 8, after: 400 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
      check: mixedCase,
    },
    {
      id: 'here-access-key-secret',
      description: 'HERE OAuth access key secret (here.access.key.secret in credentials.properties), with its access key ID.',
      pattern: withContext(START, `(?<=${ci('here.access.key.secret')}[ \\t]{0,4}[=:][ \\t]{0,4}["']?)`, '[A-Za-z0-9_-]{40,100}', END),
      keywords: ['here.access.key.secret'],
      window: { before: 8, after: 140 },
      confidence: 'high',
      minEntropy: 4,
      pair: {
        label: 'access key ID',
        pattern: `${ci('here.access.key.id')}[ \\t]{0,4}[=:][ \\t]{0,4}["']?(?<secret>[A-Za-z0-9_-]{16,32})${END}`,
        envNames: ['HERE_ACCESS_KEY_ID'],
      },
    },
  ],
  envNames: ['HERE_API_KEY', 'HERE_ACCESS_KEY_SECRET'],
  envNote: 'HERE SDKs take the API key in code (HERE_API_KEY by convention); the OAuth clients read credentials.properties (here.access.key.id / here.access.key.secret) or HERE_ACCESS_KEY_ID / HERE_ACCESS_KEY_SECRET.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[40, 100]], full: '[A-Za-z0-9_-]{40,100}' },
  rotateUrl: 'https://platform.here.com/admin/apps',
  noLive: 'every API-key request is a metered location-service call, and access keys only work by minting an OAuth token',
};

// ---------------------------------------------------------------- TomTom

/**
 * TomTom API keys: 32 alphanumerics (https://developer.tomtom.com/knowledgebase/platform/articles/how-to-get-an-tomtom-api-key/;
 * length seen, not documented), sent as `?key=`. Reported only after a TomTom key name or in an
 * api.tomtom.com URL.
 */
export const tomtom: ProviderRecord = {
  id: 'tomtom',
  name: 'TomTom',
  rules: [
    {
      id: 'tomtom-api-key',
      description: 'TomTom API key (32 alphanumerics) after a TomTom key name or as key= in an api.tomtom.com URL.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('tomtom')}[\\s\\S]{0,80}${ci('key')}[A-Za-z0-9_.-]{0,16}${OP})|(?<=${ci('api.tomtom.com')}[^\\s"'<>]{0,300}[?&]${ci('key')}=))`,
        '[A-Za-z0-9]{32}',
        END_ALNUM,
      ),
      keywords: ['tomtom'],
      window: { before: 8, after: 400 },
      confidence: 'medium',
      minEntropy: 3.8,
      check: mixedCase,
    },
  ],
  envNames: ['TOMTOM_API_KEY'],
  envNote: 'TomTom SDKs take the key in code; TOMTOM_API_KEY is the convention.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://developer.tomtom.com/user/me/apps',
  noLive: 'every request is a metered transaction on a map or search API; there is no free key check',
};

// ================================================================ search and CMS

// ---------------------------------------------------------------- Algolia

/** Algolia answers a bad key with 403 `{"message":"Invalid Application-ID or API key","status":403}`. */
export function interpretAlgolia(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 403) return undefined;
  const detail = errorDetail(res);
  if (detail && /invalid application-id or api key|invalid api key/i.test(detail)) return verdict('invalid', detail);
  return verdict('restricted', detail ?? 'the key lacks the listIndexes ACL');
}

/**
 * Algolia: an application ID (10 upper-case alphanumerics) and API keys of 32 hex
 * (https://www.algolia.com/doc/guides/security/api-keys/). The admin key and write keys are
 * secret; search-only keys are public by design (they ship in web pages), so only a key assigned
 * to an admin/write/secret name after "algolia" is reported (ALGOLIA_ADMIN_KEY,
 * ALGOLIA_WRITE_API_KEY, adminApiKey …), with the application ID when it is nearby.
 *
 * Live: GET https://{app id}-dsn.algolia.net/1/indexes?page=0&hitsPerPage=1 with
 * X-Algolia-API-Key and X-Algolia-Application-Id (lists index names). 200 valid; 403 "Invalid
 * Application-ID or API key" invalid; another 403 a key without the listIndexes ACL.
 */
export const algolia: ProviderRecord = {
  id: 'algolia',
  name: 'Algolia',
  rules: [
    {
      id: 'algolia-admin-key',
      description: 'Algolia admin or write API key (32 hex) assigned to an admin/write name after "algolia", with the application ID.',
      pattern: assigned(['algolia'], ['admin', 'write', 'secret', 'private', 'master'], '[0-9a-f]{32}', { span: 60 }),
      keywords: ['algolia'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
      pair: {
        label: 'application ID',
        pattern: namedPart(`${ci('app')}(?:${ci('lication')})?[_. -]?${ci('id')}`, '[A-Z0-9]{10}'),
        envNames: ['ALGOLIA_APP_ID', 'ALGOLIA_APPLICATION_ID'],
      },
    },
  ],
  envNames: ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_WRITE_API_KEY', 'ALGOLIA_API_KEY'],
  envNote: 'Algolia clients take the app ID and key in code; ALGOLIA_APP_ID with ALGOLIA_ADMIN_KEY (or ALGOLIA_WRITE_API_KEY) is the convention; ALGOLIA_API_KEY is used for admin and search keys alike, and ALGOLIA_SEARCH_KEY holds a public key.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://dashboard.algolia.com/account/api-keys',
  live: {
    base: 'https://{pair}-dsn.algolia.net',
    path: '/1/indexes?page=0&hitsPerPage=1',
    method: 'GET',
    auth: { kind: 'header', name: 'X-Algolia-API-Key' },
    headers: { 'X-Algolia-Application-Id': '{pair}' },
    interpret: interpretAlgolia,
  },
};

// ---------------------------------------------------------------- Contentful

/**
 * Contentful: Content Management API personal access tokens (`CFPAT-` + 43 base64url chars) and
 * Content Delivery/Preview API tokens (43 base64url chars, no prefix)
 * (https://www.contentful.com/developers/docs/references/authentication/; the length is seen in
 * tokens). Delivery tokens read published content and are often shipped to browsers, preview
 * tokens read drafts: both are reported only after a Contentful token name, as medium, with the
 * space ID when it is nearby.
 *
 * Live (CFPAT- tokens only): GET /users/me on the Management API, Bearer. 200 valid, 401 invalid.
 */
export const contentful: ProviderRecord = {
  id: 'contentful',
  name: 'Contentful',
  rules: [
    {
      id: 'contentful-personal-access-token',
      description: 'Contentful Content Management API personal access token (CFPAT- + 43 base64url chars).',
      pattern: `${START}CFPAT-[A-Za-z0-9_-]{43}${END}`,
      keywords: ['cfpat-'],
      window: { before: 8, after: 64 },
      confidence: 'high',
      minEntropy: 3.8,
    },
    {
      id: 'contentful-access-token',
      description: 'Contentful Delivery, Preview (or OAuth) access token (43 base64url chars, no prefix) after a Contentful token name.',
      pattern: assigned(['contentful'], ['token', 'delivery', 'preview'], '[A-Za-z0-9_-]{43}', { span: 120, start: START, end: END }),
      keywords: ['contentful'],
      window: { before: 8, after: 260 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
      check: (s) => !s.startsWith('CFPAT') && mixedCase(s),
      pair: { label: 'space ID', pattern: namedPart(ci('space'), '[a-z0-9]{12}'), envNames: ['CONTENTFUL_SPACE_ID'] },
    },
  ],
  envNames: ['CONTENTFUL_MANAGEMENT_TOKEN', 'CONTENTFUL_MANAGEMENT_ACCESS_TOKEN', 'CONTENTFUL_DELIVERY_TOKEN', 'CONTENTFUL_ACCESS_TOKEN', 'CONTENTFUL_PREVIEW_TOKEN'],
  envNote: 'contentful-cli and the migration tooling read CONTENTFUL_MANAGEMENT_TOKEN (CONTENTFUL_MANAGEMENT_ACCESS_TOKEN in older starters); sites read CONTENTFUL_SPACE_ID with CONTENTFUL_DELIVERY_TOKEN / CONTENTFUL_ACCESS_TOKEN and CONTENTFUL_PREVIEW_TOKEN.',
  format: { prefixes: ['CFPAT-'], charset: '[A-Za-z0-9_-]', lengths: [[43, 43], [49, 49]], full: '(?:CFPAT-)?[A-Za-z0-9_-]{43}' },
  rotateUrl: 'https://app.contentful.com/account/profile/cma_tokens',
  hosts: ['cdn.contentful.com', 'preview.contentful.com'],
  live: { base: 'https://api.contentful.com', path: '/users/me', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['CFPAT-'] },
};

// ---------------------------------------------------------------- Sanity

/**
 * Sanity API tokens (robot and personal tokens) are `sk` + base62: the documentation's example
 * has 78 chars after `sk`, current tokens about 180 (https://www.sanity.io/docs/http-auth); 78–200
 * accepted, and only with "sanity" nearby (`sk` alone is no prefix to rely on).
 *
 * Live: GET /v2021-06-07/users/me on api.sanity.io, Bearer (the token's own user or robot). 200
 * valid, 401 invalid.
 */
export const sanity: ProviderRecord = {
  id: 'sanity',
  name: 'Sanity',
  rules: [
    {
      id: 'sanity-api-token',
      description: 'Sanity API token (sk + 78–200 base62 chars) with "sanity" nearby.',
      pattern: withContext(START_ALNUM, near(['sanity'], 160, 0), 'sk[A-Za-z0-9]{78,200}', END_ALNUM),
      keywords: ['sanity'],
      window: { before: 8, after: 380 },
      confidence: 'medium',
      minEntropy: 4.5,
      minDigits: 4,
      check: mixedCase,
    },
  ],
  envNames: ['SANITY_API_TOKEN', 'SANITY_AUTH_TOKEN', 'SANITY_API_READ_TOKEN', 'SANITY_API_WRITE_TOKEN'],
  envNote: 'The Sanity CLI reads SANITY_AUTH_TOKEN; project code and starters use SANITY_API_TOKEN, SANITY_API_READ_TOKEN and SANITY_API_WRITE_TOKEN.',
  format: { prefixes: ['sk'], charset: '[A-Za-z0-9]', lengths: [[80, 202]], full: 'sk[A-Za-z0-9]{78,200}' },
  rotateUrl: 'https://www.sanity.io/manage',
  live: { base: 'https://api.sanity.io', path: '/v2021-06-07/users/me', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Storyblok

const SB_TOKEN = '[A-Za-z0-9]{22}tt(?:-[0-9]{1,12}-[A-Za-z0-9_-]{16,40})?';

/**
 * Storyblok tokens (https://www.storyblok.com/docs/concepts/access-tokens): space access tokens
 * (22 alphanumerics + `tt`, as in the documentation's examples) and personal access tokens for the
 * Management API (seen as the same 24 chars + `-<user id>-<random>`; not documented). Public
 * tokens read published content and ship to browsers: a token whose name says "public" is not
 * reported; other Storyblok token names (preview, management, personal, oauth, access) are.
 */
export const storyblok: ProviderRecord = {
  id: 'storyblok',
  name: 'Storyblok',
  rules: [
    {
      id: 'storyblok-access-token',
      description: 'Storyblok preview/management access token (22 alphanumerics + tt, optionally -<id>-<random>) after a non-public Storyblok token name.',
      // Written out rather than with withContext: the look-behind captures the name (group
      // `name`), so the value needs its own `secret` group.
      pattern: `${START}(?=${SB_TOKEN}${END})(?<=${ci('storyblok')}(?<name>[\\s\\S]{0,80}?)(?:${anyOf(['token', 'oauth'])})[A-Za-z0-9_.-]{0,24}${OP})(?<secret>${SB_TOKEN})${END}`,
      keywords: ['storyblok'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      check: (s, g) => mixedCase(s) && !/public/i.test(g['name'] ?? ''),
    },
  ],
  envNames: ['STORYBLOK_PERSONAL_ACCESS_TOKEN', 'STORYBLOK_MANAGEMENT_TOKEN', 'STORYBLOK_OAUTH_TOKEN', 'STORYBLOK_PREVIEW_TOKEN', 'STORYBLOK_TOKEN'],
  envNote: 'The Storyblok CLI reads STORYBLOK_PERSONAL_ACCESS_TOKEN (or STORYBLOK_OAUTH_TOKEN / STORYBLOK_MANAGEMENT_TOKEN); sites read a space token from STORYBLOK_TOKEN, STORYBLOK_PREVIEW_TOKEN or STORYBLOK_PUBLIC_TOKEN.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[24, 24], [43, 79]], full: '[A-Za-z0-9]{22}tt(?:-[0-9]{1,12}-[A-Za-z0-9_-]{16,40})?' },
  rotateUrl: 'https://app.storyblok.com/#/me/account?tab=token',
  noLive: 'space tokens (Content Delivery API) and personal tokens (Management API) share no prefix and are checked on different APIs, so a wrong guess would read as invalid',
};

// ---------------------------------------------------------------- Strapi

/**
 * Strapi API tokens: 256 hex (128 random bytes), created in the admin panel of a self-hosted or
 * Strapi Cloud instance (https://docs.strapi.io/cms/features/api-tokens; the length is Strapi's
 * generator's). Reported only after "strapi" and a token name.
 */
export const strapi: ProviderRecord = {
  id: 'strapi',
  name: 'Strapi',
  rules: [
    {
      id: 'strapi-api-token',
      description: 'Strapi API token (256 hex) after "strapi" and a token name.',
      pattern: assigned(['strapi'], ['token', 'key', 'authorization'], '[0-9a-f]{256}', { span: 120 }),
      keywords: ['strapi'],
      window: { before: 8, after: 440 },
      confidence: 'medium',
      minEntropy: 3.6,
    },
  ],
  envNames: ['STRAPI_API_TOKEN', 'STRAPI_TOKEN'],
  envNote: 'Strapi clients take the token in code; STRAPI_API_TOKEN with STRAPI_URL (or STRAPI_API_URL) is the convention. Strapi Cloud deploy tokens are a different thing.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[256, 256]], full: '[0-9a-f]{256}' },
  rotateUrl: 'https://docs.strapi.io/cms/features/api-tokens',
  noLive: "the API is the customer's own Strapi host (self-hosted or <project>.strapiapp.com), which the token does not name",
};

// ---------------------------------------------------------------- Prismic

/** A Prismic access token's first part is base64 of `0.` + a 16-char document-style ID. */
export function isPrismicToken(s: string): boolean {
  const head = s.split('.')[0] ?? '';
  return /^0\.[A-Za-z0-9_-]{10,24}$/.test(decodeB64(head) ?? '');
}

/**
 * Prismic repository access tokens (for private Content APIs) are two base64url parts, the first
 * decoding to `0.<id>` so starting `MC5` (seen in repositories' settings; not documented). Reported
 * only with "prismic" nearby. Their body repeats chunks (`77-9`, the encoding of U+FFFD), which
 * the placeholder gate would take for filler, so the structural check replaces it.
 */
export const prismic: ProviderRecord = {
  id: 'prismic',
  name: 'Prismic',
  rules: [
    {
      id: 'prismic-access-token',
      description: 'Prismic repository access token (MC5… base64url, two parts) with "prismic" nearby.',
      pattern: withContext(START, near(['prismic'], 160, 0), 'MC5[A-Za-z0-9_-]{16,40}\\.[A-Za-z0-9_-]{20,240}', END),
      keywords: ['prismic'],
      window: { before: 8, after: 460 },
      confidence: 'medium',
      skipPlaceholderGate: true,
      verify: isPrismicToken,
      check: (s) => !/x{4}|example|your/i.test(s),
    },
  ],
  envNames: ['PRISMIC_ACCESS_TOKEN', 'PRISMIC_TOKEN'],
  envNote: 'Prismic clients take accessToken with the repository name in code; PRISMIC_ACCESS_TOKEN with PRISMIC_REPOSITORY_NAME (or PRISMIC_ENDPOINT) is the convention.',
  format: { prefixes: ['MC5'], charset: '[A-Za-z0-9_.-]', lengths: [[40, 284]], full: 'MC5[A-Za-z0-9_-]{16,40}\\.[A-Za-z0-9_-]{20,240}' },
  rotateUrl: 'https://prismic.io/dashboard',
  noLive: "the Content API is the repository's own host (<repo>.cdn.prismic.io), which the token does not name",
};

// ================================================================ shipping and other APIs

// ---------------------------------------------------------------- Shippo

/**
 * Shippo API tokens: `shippo_live_` / `shippo_test_` + 40 hex (https://docs.goshippo.com/docs/guides_general/authentication/;
 * the length is seen in tokens). Test tokens create test labels only: low.
 *
 * Live: GET /addresses?results=1 with `Authorization: ShippoToken <token>`. 200 valid, 401 invalid.
 */
export const shippo: ProviderRecord = {
  id: 'shippo',
  name: 'Shippo',
  rules: [
    {
      id: 'shippo-api-token',
      description: 'Shippo API token (shippo_live_/shippo_test_ + 40 hex); test tokens are low confidence.',
      pattern: `${START}shippo_(?:live|test)_[0-9a-f]{40}${END}`,
      keywords: ['shippo_live_', 'shippo_test_'],
      window: { before: 8, after: 64 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('shippo_test_') ? 'low' : 'high'),
      minEntropy: 3.2,
    },
  ],
  envNames: ['SHIPPO_API_KEY', 'SHIPPO_API_TOKEN', 'SHIPPO_TOKEN'],
  envNote: 'Shippo SDKs take the token in code (api_key_header / apiKeyHeader); SHIPPO_API_KEY is the convention of their examples.',
  format: { prefixes: ['shippo_live_', 'shippo_test_'], charset: '[0-9a-f]', lengths: [[52, 52]], full: 'shippo_(?:live|test)_[0-9a-f]{40}' },
  rotateUrl: 'https://apps.goshippo.com/settings/api',
  live: { base: 'https://api.goshippo.com', path: '/addresses?results=1', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'ShippoToken ' } },
};

// ---------------------------------------------------------------- EasyPost

/**
 * EasyPost API keys: `EZAK` (production) or `EZTK` (test) + 32 hex + 22 alphanumerics (58 chars;
 * the format is seen in keys, the documentation only names the two kinds:
 * https://docs.easypost.com/docs/authentication). Test keys are free and reach test data: low.
 *
 * Live: GET /v2/addresses?page_size=1 with HTTP Basic key: (no password). 200 valid, 401 invalid.
 */
export const easypost: ProviderRecord = {
  id: 'easypost',
  name: 'EasyPost',
  rules: [
    {
      id: 'easypost-api-key',
      description: 'EasyPost API key (EZAK production / EZTK test + 32 hex + 22 alphanumerics).',
      pattern: `${START_ALNUM}EZ[AT]K[0-9a-f]{32}[A-Za-z0-9]{22}${END_ALNUM}`,
      keywords: ['ezak', 'eztk'],
      window: { before: 8, after: 64 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('EZTK') ? 'low' : 'high'),
      minEntropy: 3.8,
    },
  ],
  envNames: ['EASYPOST_API_KEY', 'EASYPOST_TEST_API_KEY', 'EASYPOST_PROD_API_KEY'],
  envNote: 'EasyPost client libraries take the key in code; their examples read EASYPOST_API_KEY (EASYPOST_TEST_API_KEY / EASYPOST_PROD_API_KEY in the test suites).',
  format: { prefixes: ['EZAK', 'EZTK'], charset: '[A-Za-z0-9]', lengths: [[58, 58]], full: 'EZ[AT]K[0-9a-f]{32}[A-Za-z0-9]{22}' },
  rotateUrl: 'https://app.easypost.com/account/api-keys',
  live: { base: 'https://api.easypost.com', path: '/v2/addresses?page_size=1', method: 'GET', auth: { kind: 'basic' } },
};

// ---------------------------------------------------------------- Frame.io

/**
 * Frame.io (legacy V2 API) developer tokens: `fio-u-` + 64 base64url chars (seen in tokens;
 * https://developer.frame.io/docs/getting-started/authentication). V4 goes through Adobe IMS
 * (the adobe record's client secrets).
 *
 * Live: GET /v2/me, Bearer (the token's user). 200 valid, 401 invalid.
 */
export const frameio: ProviderRecord = {
  id: 'frameio',
  name: 'Frame.io',
  rules: [
    {
      id: 'frameio-developer-token',
      description: 'Frame.io developer token (fio-u- + 64 base64url chars).',
      pattern: `${START}fio-u-[A-Za-z0-9_-]{64}${END}`,
      keywords: ['fio-u-'],
      window: { before: 8, after: 80 },
      confidence: 'high',
      minEntropy: 4,
    },
  ],
  envNames: ['FRAMEIO_TOKEN', 'FRAMEIO_API_TOKEN', 'FRAME_IO_TOKEN'],
  envNote: 'frameioclient takes the token in code; FRAMEIO_TOKEN is the convention of its examples.',
  format: { prefixes: ['fio-u-'], charset: '[A-Za-z0-9_-]', lengths: [[70, 70]], full: 'fio-u-[A-Za-z0-9_-]{64}' },
  rotateUrl: 'https://developer.frame.io/app/tokens',
  live: { base: 'https://api.frame.io', path: '/v2/me', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Adobe

/**
 * Adobe Developer Console OAuth credentials (server-to-server, web app): a client ID (API key, 32
 * hex) and a client secret `p8e-` + 32 base64url chars (the prefix and length are seen in
 * credentials; https://developer.adobe.com/developer-console/docs/guides/authentication/).
 */
export const adobe: ProviderRecord = {
  id: 'adobe',
  name: 'Adobe (Developer Console)',
  rules: [
    {
      id: 'adobe-client-secret',
      description: 'Adobe Developer Console OAuth client secret (p8e- + 32 base64url chars), with the client ID when it is nearby.',
      pattern: `${START}p8e-[A-Za-z0-9_-]{32}${END}`,
      keywords: ['p8e-'],
      window: { before: 8, after: 48 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 1,
      check: mixedCase,
      pair: { label: 'client ID', pattern: namedPart(`${idName('client')}|${ci('api')}[_. -]?${ci('key')}`, '[0-9a-f]{32}'), envNames: ['ADOBE_CLIENT_ID'] },
    },
  ],
  envNames: ['ADOBE_CLIENT_SECRET'],
  envNote: 'Adobe SDKs take the credential in code or from the downloaded credential JSON; ADOBE_CLIENT_ID/ADOBE_CLIENT_SECRET (with ADOBE_ORG_ID) are the convention; aio-cli reads its own config.',
  format: { prefixes: ['p8e-'], charset: '[A-Za-z0-9_-]', lengths: [[36, 36]], full: 'p8e-[A-Za-z0-9_-]{32}' },
  rotateUrl: 'https://developer.adobe.com/console/projects',
  noLive: 'a client secret only works by minting an access token at ims-na1.adobelogin.com (a POST that creates a token)',
};

// ---------------------------------------------------------------- ReadMe

/**
 * ReadMe API keys: `rdme_` + 70 lower-case alphanumerics (seen in keys; many begin `rdme_xn8s9h`)
 * (https://docs.readme.com/main/reference/authentication).
 *
 * Live: GET /v2/projects/me on api.readme.com, Bearer (the key's project). 200 valid, 401 invalid.
 */
export const readme: ProviderRecord = {
  id: 'readme',
  name: 'ReadMe',
  rules: [
    {
      id: 'readme-api-key',
      description: 'ReadMe API key (rdme_ + 70 lower-case alphanumerics).',
      pattern: `${START}rdme_[a-z0-9]{70}${END}`,
      keywords: ['rdme_'],
      window: { before: 8, after: 90 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 6,
    },
  ],
  envNames: ['README_API_KEY', 'RDME_API_KEY'],
  envNote: 'The rdme CLI and GitHub Action read README_API_KEY (or --key); RDME_API_KEY is a convention of CI setups.',
  format: { prefixes: ['rdme_'], charset: '[a-z0-9]', lengths: [[75, 75]], full: 'rdme_[a-z0-9]{70}' },
  rotateUrl: 'https://dash.readme.com/',
  live: { base: 'https://api.readme.com', path: '/v2/projects/me', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- RapidAPI

/**
 * RapidAPI application keys (sent as X-RapidAPI-Key): 50 hex-and-marker chars, 10 hex + `msh` +
 * 15 hex + `p` + 6 hex + `jsn` + 12 hex (the structure is seen in keys, not documented;
 * https://docs.rapidapi.com/docs/keys-and-key-rotation). The fixed markers make it specific.
 */
export const rapidapi: ProviderRecord = {
  id: 'rapidapi',
  name: 'RapidAPI',
  rules: [
    {
      id: 'rapidapi-key',
      description: 'RapidAPI application key (10 hex + msh + 15 hex + p + 6 hex + jsn + 12 hex).',
      pattern: `${START_ALNUM}[0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12}${END_ALNUM}`,
      keywords: ['jsn'],
      window: { before: 48, after: 16 },
      confidence: 'high',
      minEntropy: 3.2,
    },
  ],
  envNames: ['RAPIDAPI_KEY', 'X_RAPIDAPI_KEY', 'RAPID_API_KEY'],
  envNote: 'RapidAPI snippets put the key in the X-RapidAPI-Key header in code; RAPIDAPI_KEY is the usual env name.',
  format: { prefixes: [], charset: '[a-z0-9]', lengths: [[50, 50]], full: '[0-9a-f]{10}msh[0-9a-f]{15}p[0-9a-f]{6}jsn[0-9a-f]{12}' },
  rotateUrl: 'https://rapidapi.com/developer/apps',
  noLive: "a key is checked only by calling one of its subscribed APIs on that API's own host, and those calls are metered",
};

export const identitySocialRecords: ProviderRecord[] = [
  okta,
  auth0,
  onelogin,
  duo,
  clerk,
  workos,
  stytch,
  supertokens,
  twitter,
  facebook,
  linkedin,
  twitch,
  spotify,
  reddit,
  mapbox,
  here,
  tomtom,
  algolia,
  contentful,
  sanity,
  storyblok,
  strapi,
  prismic,
  shippo,
  easypost,
  frameio,
  adobe,
  readme,
  rapidapi,
];
