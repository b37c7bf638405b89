/**
 * Managed databases, streaming and data platforms: Confluent Cloud, Aiven, PlanetScale, Neon,
 * Turso, ClickHouse Cloud, Snowflake, MongoDB Atlas, Redis Cloud, Upstash, Firebase.
 *
 * Credentials in connection URLs (`postgres://user:pass@host`, `rediss://default:…@…upstash.io`)
 * are the generic `url-password` rule's; PEM private keys (Snowflake key-pair auth) are the
 * generic `private-key` rule's; passwords in connection configs are the generic assignment
 * rules'. Supabase and Databricks have records of their own elsewhere.
 */
import { crc32 } from '../checksum.js';
import type { LiveResponse, ProviderRecord } from '../types.js';
import { base64Infixes, decodeJwtPayload } from './jwt.js';
import { END, END_ALNUM, START, START_ALNUM, ci, near, withContext } from './shared.js';

// ---------------------------------------------------------------- local helpers

/** Boundaries for standard-base64 values (`+` and `/` are part of the value, `=` may end it). */
const B64_START = '(?<![A-Za-z0-9+/])';
const B64_END = '(?![A-Za-z0-9+/=])';

/** A case-insensitive alternation of words as regex source. */
const anyOf = (words: string[]): string => words.map(ci).join('|');

/** Upper case, lower case and a digit: rules out hex digests and words of the right length. */
const mixedCase = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);

/** The decoded JOSE header of a JWT, or undefined. */
function jwtHeader(value: string): Record<string, unknown> | undefined {
  const head = value.split('.')[0];
  if (!head) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** An identifier of `n` upper-case letters and digits with at least one of each (Confluent key IDs). */
const upperId = (n: number): string => `(?<![A-Za-z0-9])(?=[A-Z]{0,${n - 1}}[0-9])(?=[0-9]{0,${n - 1}}[A-Z])[A-Z0-9]{${n}}(?![A-Za-z0-9])`;

/** An identifier of `n` mixed-case letters and digits with a digit, an upper and a lower letter. */
const mixedId = (n: number): string =>
  `(?<![A-Za-z0-9])(?=[A-Za-z]{0,${n - 1}}[0-9])(?=[a-z0-9]{0,${n - 1}}[A-Z])(?=[A-Z0-9]{0,${n - 1}}[a-z])[A-Za-z0-9]{${n}}(?![A-Za-z0-9])`;

/** An identifier of `n` lower-case letters and digits with at least one digit (PlanetScale token IDs). */
const lowerId = (n: number): string => `(?<![A-Za-z0-9_-])(?=[a-z]{0,${n - 1}}[0-9])[a-z0-9]{${n}}(?![A-Za-z0-9_-])`;

// ---------------------------------------------------------------- Confluent Cloud

/** The secret Confluent publishes as its format example (its checksum is valid). */
const CONFLUENT_DOC_SECRET = 'cfltT8d8RzkNseTMEDKcjNM1BZTFPHqRn/dQm9q7w6SjzZ12wZfwjaJdipHZtDjw';

/**
 * Secrets since July 2025: `cflt` + 60 chars of `[A-Za-z0-9+/]`, the last 6 the CRC32 of the 54
 * before them, as standard base64 of the little-endian 4 bytes without padding (documented; the
 * byte order was checked against the documentation's example).
 */
export function confluentChecksumOk(secret: string): boolean {
  if (!/^cflt[A-Za-z0-9+/]{60}$/.test(secret)) return false;
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(secret.slice(4, 58)));
  return crc.toString('base64').replace(/=+$/, '') === secret.slice(58);
}

/**
 * Confluent Cloud API keys are an ID (16 upper-case alphanumerics, the username, not secret) and
 * a secret (the password). https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
 * Secrets made before July 2025 have no prefix: 64 chars of `[A-Za-z0-9+/]`, reported only with
 * "confluent" nearby and the key ID next to them.
 *
 * Live: GET /org/v2/environments?page_size=1 on the Cloud API with Basic key-ID:secret. 200: a
 * Cloud (resource-management) key that authenticates; 401: rejected, which includes keys scoped
 * to one Kafka cluster (only that cluster's endpoint accepts those); 403: authenticated, no
 * permission to list environments.
 */
export const confluent: ProviderRecord = {
  id: 'confluent',
  name: 'Confluent Cloud',
  rules: [
    {
      id: 'confluent-api-secret',
      description: 'Confluent Cloud API secret (cflt + 60 base64 chars with a CRC32 tail), reported with its API key ID when it is nearby.',
      pattern: `${B64_START}cflt[A-Za-z0-9+/]{60}${B64_END}`,
      keywords: ['cflt'],
      window: { before: 16, after: 80 },
      confidence: 'high',
      verify: (s) => s !== CONFLUENT_DOC_SECRET && confluentChecksumOk(s),
      pair: { label: 'API key ID', pattern: upperId(16), envNames: ['CONFLUENT_CLOUD_API_KEY', 'KAFKA_API_KEY'] },
    },
    {
      id: 'confluent-legacy-api-secret',
      description: 'Confluent Cloud API secret of the pre-2025 format (64 base64 chars, no prefix) next to "confluent" and its 16-char API key ID.',
      pattern: withContext(B64_START, near(['confluent'], 300, 300), '[A-Za-z0-9+/]{64}', B64_END),
      keywords: ['confluent'],
      window: { before: 380, after: 380 },
      confidence: 'medium',
      minEntropy: 4.5,
      check: (s) => !s.startsWith('cflt') && mixedCase(s),
      pair: { label: 'API key ID', pattern: upperId(16), required: true, envNames: ['CONFLUENT_CLOUD_API_KEY', 'KAFKA_API_KEY'] },
    },
  ],
  envNames: ['CONFLUENT_CLOUD_API_SECRET', 'KAFKA_API_SECRET'],
  envNote: 'The Confluent Terraform provider reads CONFLUENT_CLOUD_API_KEY/CONFLUENT_CLOUD_API_SECRET (Cloud keys) and KAFKA_API_KEY/KAFKA_API_SECRET (cluster keys).',
  format: {
    prefixes: ['cflt'],
    charset: '[A-Za-z0-9+/]',
    lengths: [[64, 64]],
    full: 'cflt[A-Za-z0-9+/]{60}|[A-Za-z0-9+/]{64}',
    checksum: (v) => !v.startsWith('cflt') || confluentChecksumOk(v),
  },
  rotateUrl: 'https://confluent.cloud/settings/api-keys',
  live: { base: 'https://api.confluent.cloud', path: '/org/v2/environments?page_size=1', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Aiven

/**
 * Aiven API tokens are sent as `Authorization: aivenv1 <token>`
 * (https://aiven.io/docs/platform/concepts/authentication-tokens). No format is published; the
 * tokens seen are long standard-base64 strings, so 60–512 chars of `[A-Za-z0-9+/]` (+ `=`) are
 * accepted, only after `aivenv1` or an Aiven token/key name.
 *
 * Live: GET /v1/me with `Authorization: aivenv1 <token>`. 200: the token authenticates (the
 * body names the user); 401: invalid, expired or revoked; 403: authenticated, outside the
 * token's scopes or IP allow list.
 */
export const aiven: ProviderRecord = {
  id: 'aiven',
  name: 'Aiven',
  rules: [
    {
      id: 'aiven-api-token',
      description: 'Aiven API token (long base64, no prefix) after "aivenv1" or assigned to an Aiven token/key name.',
      pattern: withContext(
        B64_START,
        `(?:(?<=${ci('aivenv1')}[ \\t]{1,4})|(?<=${ci('aiven')}[\\s\\S]{0,48}(?:${anyOf(['token', 'key', 'secret'])})[\\s\\S]{0,32}))`,
        '[A-Za-z0-9+/]{60,512}={0,2}',
        B64_END,
      ),
      keywords: ['aiven'],
      window: { before: 8, after: 640 },
      confidence: 'medium',
      minEntropy: 4.5,
      minDigits: 4,
      check: mixedCase,
    },
  ],
  envNames: ['AIVEN_TOKEN', 'AIVEN_AUTH_TOKEN'],
  envNote: 'The Aiven Terraform provider and MCP server read AIVEN_TOKEN; the avn CLI reads AIVEN_AUTH_TOKEN.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[60, 514]], full: '[A-Za-z0-9+/]{60,512}={0,2}' },
  rotateUrl: 'https://console.aiven.io/profile/tokens',
  live: {
    base: 'https://api.aiven.io',
    path: '/v1/me',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'aivenv1 ' },
  },
};

// ---------------------------------------------------------------- PlanetScale

/**
 * PlanetScale service tokens (`pscale_tkn_`), database passwords (`pscale_pw_`) and OAuth tokens
 * (`pscale_oauth_`). The prefixes are PlanetScale's; lengths are not published: the passwords and
 * service tokens seen have 43 chars of `[A-Za-z0-9_]` after the prefix (40–48 accepted), OAuth
 * tokens were not seen (32–64 accepted). A service token authenticates with its 12-char token ID
 * (`Authorization: <id>:<token>`, https://planetscale.com/docs/api/reference/service-tokens).
 */
export const planetscale: ProviderRecord = {
  id: 'planetscale',
  name: 'PlanetScale',
  rules: [
    {
      id: 'planetscale-service-token',
      description: 'PlanetScale service token (pscale_tkn_), with its 12-char token ID when it is nearby.',
      pattern: `${START}pscale_tkn_[A-Za-z0-9_]{40,48}${END}`,
      keywords: ['pscale_tkn_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      minEntropy: 3.5,
      pair: { label: 'service token ID', pattern: lowerId(12), envNames: ['PLANETSCALE_SERVICE_TOKEN_ID'] },
    },
    {
      id: 'planetscale-database-password',
      description: 'PlanetScale database branch password (pscale_pw_).',
      pattern: `${START}pscale_pw_[A-Za-z0-9_]{40,48}${END}`,
      keywords: ['pscale_pw_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'planetscale-oauth-token',
      description: 'PlanetScale OAuth access token (pscale_oauth_).',
      pattern: `${START}pscale_oauth_[A-Za-z0-9_]{32,64}${END}`,
      keywords: ['pscale_oauth_'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['PLANETSCALE_SERVICE_TOKEN', 'DATABASE_PASSWORD'],
  envNote: 'The pscale CLI reads PLANETSCALE_SERVICE_TOKEN with PLANETSCALE_SERVICE_TOKEN_ID; database passwords usually sit in DATABASE_PASSWORD or DATABASE_URL.',
  format: {
    prefixes: ['pscale_oauth_', 'pscale_tkn_', 'pscale_pw_'],
    charset: '[A-Za-z0-9_]',
    lengths: [[45, 77]],
    full: 'pscale_(?:tkn|pw)_[A-Za-z0-9_]{40,48}|pscale_oauth_[A-Za-z0-9_]{32,64}',
  },
  noLive: 'the API takes the token ID and the token in one Authorization header, and passwords are checked only by connecting to the database',
  rotateUrl: 'https://app.planetscale.com/~/settings/service-tokens',
};

// ---------------------------------------------------------------- Neon

/**
 * Neon API keys (personal, organization and project-scoped) start with `napi_`; the length is not
 * published: the key seen has 64 lower-case alphanumerics after the prefix (56–72 accepted).
 *
 * Live: GET /api/v2/projects?limit=1 with Bearer (https://neon.com/docs/reference/api/get-started).
 * 200: the key authenticates; 401: invalid or revoked.
 */
export const neon: ProviderRecord = {
  id: 'neon',
  name: 'Neon',
  rules: [
    {
      id: 'neon-api-key',
      description: 'Neon API key (napi_ + lower-case alphanumerics).',
      pattern: `${START}napi_[a-z0-9]{56,72}${END}`,
      keywords: ['napi_'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 4,
    },
  ],
  envNames: ['NEON_API_KEY'],
  format: { prefixes: ['napi_'], charset: '[a-z0-9]', lengths: [[61, 77]], full: 'napi_[a-z0-9]{56,72}' },
  rotateUrl: 'https://console.neon.tech/app/settings/api-keys',
  live: { base: 'https://console.neon.tech', path: '/api/v2/projects?limit=1', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Turso

/**
 * Turso tokens are EdDSA JWTs (64-byte Ed25519 signature: 86 base64url chars). JWTs of that shape
 * are not Turso's alone, so a token is attributed only with "turso" or "libsql" before it, and by
 * its claims: platform API tokens carry a `jti` and no database claims; database and group auth
 * tokens carry the database (`id`) or group (`gid`) and `rid` claims (seen in tokens from
 * `turso db tokens create`; Turso does not document the claims).
 */
const TURSO_JWT = 'eyJ[A-Za-z0-9_-]{10,120}\\.eyJ[A-Za-z0-9_-]{8,800}\\.[A-Za-z0-9_-]{86}';
const tursoContext = near(['turso', 'libsql'], 200, 0);

const isEdDsa = (s: string): boolean => jwtHeader(s)?.['alg'] === 'EdDSA';

export function isTursoPlatformToken(s: string): boolean {
  const p = decodeJwtPayload(s);
  return isEdDsa(s) && p !== undefined && typeof p['jti'] === 'string' && p['id'] === undefined && p['gid'] === undefined && p['rid'] === undefined;
}

export function isTursoDatabaseToken(s: string): boolean {
  const p = decodeJwtPayload(s);
  return isEdDsa(s) && p !== undefined && (typeof p['id'] === 'string' || typeof p['gid'] === 'string' || typeof p['rid'] === 'string');
}

/**
 * Platform API tokens manage the whole organization (create and destroy databases).
 * Live: GET /v1/auth/validate with Bearer (https://docs.turso.tech/api-reference/tokens/validate).
 * 200 `{"exp": …}`: valid (-1 when it never expires); 401: invalid or revoked.
 */
export const turso: ProviderRecord = {
  id: 'turso',
  name: 'Turso (platform API token)',
  rules: [
    {
      id: 'turso-platform-api-token',
      description: 'Turso Platform API token: an EdDSA JWT with a jti claim, next to "turso".',
      pattern: withContext(START, tursoContext, TURSO_JWT, END),
      keywords: ['turso', 'libsql'],
      window: { before: 8, after: 1300 },
      confidence: 'medium',
      verify: isTursoPlatformToken,
    },
  ],
  envNames: ['TURSO_API_TOKEN', 'TURSO_PLATFORM_API_TOKEN'],
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[100, 1100]] },
  rotateUrl: 'https://app.turso.tech/account/api-tokens',
  live: {
    base: 'https://api.turso.tech',
    path: '/v1/auth/validate',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: (res: LiveResponse) => {
      if (res.status !== 200) return undefined;
      const exp = (res.json as { exp?: unknown } | undefined)?.exp;
      return typeof exp === 'number' && exp > 0 ? { status: 'valid', expiresAt: new Date(exp * 1000).toISOString() } : { status: 'valid' };
    },
  },
};

/** Database and group auth tokens (what libSQL clients send). */
export const tursoDatabaseToken: ProviderRecord = {
  id: 'turso-database-token',
  name: 'Turso (database auth token)',
  rules: [
    {
      id: 'turso-database-token',
      description: 'Turso database or group auth token: an EdDSA JWT with database claims, next to "turso" or "libsql".',
      pattern: withContext(START, tursoContext, TURSO_JWT, END),
      keywords: ['turso', 'libsql'],
      window: { before: 8, after: 1300 },
      confidence: 'medium',
      verify: isTursoDatabaseToken,
    },
  ],
  envNames: ['TURSO_AUTH_TOKEN', 'LIBSQL_AUTH_TOKEN', 'TURSO_DATABASE_TOKEN'],
  envNote: 'libSQL clients take the token with TURSO_DATABASE_URL / LIBSQL_URL (libsql://<db>-<org>.turso.io).',
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[100, 1100]] },
  noLive: 'the token is checked against its database URL, which the token does not name, and every request there runs SQL',
  rotateUrl: 'https://docs.turso.tech/cli/db/tokens/invalidate',
};

// ---------------------------------------------------------------- ClickHouse Cloud

/**
 * ClickHouse Cloud API keys are a key ID (20 alphanumerics) and a key secret, sent as HTTP Basic
 * (https://clickhouse.com/docs/products/cloud/features/admin-features/api/openapi). The secret's
 * `4b1d` prefix and its length (42) are seen in every key found, not documented.
 *
 * Live: GET /v1/organizations with Basic keyID:secret. 200: the key authenticates; 401: invalid,
 * expired or disabled; 403: authenticated, outside its IP allow list or role.
 */
export const clickhouse: ProviderRecord = {
  id: 'clickhouse',
  name: 'ClickHouse Cloud',
  rules: [
    {
      id: 'clickhouse-api-key-secret',
      description: 'ClickHouse Cloud API key secret (4b1d + 38 alphanumerics), with its 20-char key ID when it is nearby.',
      pattern: `${START_ALNUM}4b1d[A-Za-z0-9]{38}${END_ALNUM}`,
      keywords: ['4b1d'],
      window: { before: 8, after: 56 },
      confidence: 'medium',
      minEntropy: 4,
      check: mixedCase,
      pair: { label: 'key ID', pattern: mixedId(20), envNames: ['CLICKHOUSE_KEY_ID', 'CLICKHOUSE_CLOUD_KEY_ID'] },
    },
  ],
  envNames: ['CLICKHOUSE_KEY_SECRET', 'CLICKHOUSE_CLOUD_KEY_SECRET'],
  format: { prefixes: ['4b1d'], charset: '[A-Za-z0-9]', lengths: [[42, 42]], full: '4b1d[A-Za-z0-9]{38}' },
  rotateUrl: 'https://console.clickhouse.cloud/',
  live: { base: 'https://api.clickhouse.cloud', path: '/v1/organizations', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Snowflake

const SNOWFLAKE_ISS = base64Infixes('"iss":"SF:');

/** A Snowflake PAT: an ES256 JWT whose issuer is `SF:<n>`, with a `p` (principal) claim. */
export function isSnowflakePat(s: string): boolean {
  const p = decodeJwtPayload(s);
  const iss = p?.['iss'];
  return jwtHeader(s)?.['alg'] === 'ES256' && typeof iss === 'string' && /^SF:\d+$/.test(iss) && typeof p?.['p'] === 'string';
}

/**
 * Snowflake programmatic access tokens (PATs) are JWTs signed by Snowflake (ES256, issuer
 * `SF:<n>`; seen in tokens, not documented), used as a Bearer token or in place of a password
 * (https://docs.snowflake.com/en/user-guide/programmatic-access-tokens). The issuer makes them
 * specific: no context is needed. Passwords and key-pair private keys in Snowflake connection
 * configs have no Snowflake-specific shape: the generic assignment and private-key rules report them.
 */
export const snowflake: ProviderRecord = {
  id: 'snowflake',
  name: 'Snowflake',
  rules: [
    {
      id: 'snowflake-programmatic-access-token',
      description: 'Snowflake programmatic access token: an ES256 JWT issued by Snowflake ("iss":"SF:…").',
      // The issuer is matched in its base64url form, in each of its three alignments.
      pattern: `${START}eyJ[A-Za-z0-9_-]{8,200}\\.eyJ[A-Za-z0-9_-]{0,200}?(?:${SNOWFLAKE_ISS.join('|')})[A-Za-z0-9_-]{0,200}\\.[A-Za-z0-9_-]{80,90}${END}`,
      keywords: SNOWFLAKE_ISS.map((k) => k.toLowerCase()),
      window: { before: 420, after: 320 },
      confidence: 'high',
      verify: isSnowflakePat,
    },
  ],
  envNames: ['SNOWFLAKE_PAT', 'SNOWFLAKE_PASSWORD', 'SNOWFLAKE_TOKEN'],
  envNote: 'Snowflake CLI and connectors take a PAT as SNOWFLAKE_PASSWORD (or as a token with SNOWFLAKE_AUTHENTICATOR=PROGRAMMATIC_ACCESS_TOKEN); SNOWFLAKE_PAT is a common convention.',
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[120, 600]] },
  noLive: 'the token is checked against its account URL, which the token does not name',
  rotateUrl: 'https://docs.snowflake.com/en/sql-reference/sql/alter-user-rotate-programmatic-access-token',
};

// ---------------------------------------------------------------- MongoDB Atlas

/**
 * MongoDB Atlas Admin API credentials: service accounts (client ID `mdb_sa_id_` + 24 hex, secret
 * `mdb_sa_sk_` + 40 chars; the ID format is documented, the secret's length is seen in secrets
 * found) and programmatic API keys (an 8-char public key and a UUID private key, reported only as
 * a pair, with an Atlas private-key name before the UUID).
 */
export const mongodbAtlas: ProviderRecord = {
  id: 'mongodb-atlas',
  name: 'MongoDB Atlas',
  rules: [
    {
      id: 'mongodb-atlas-service-account-secret',
      description: 'MongoDB Atlas service account client secret (mdb_sa_sk_), with its client ID (mdb_sa_id_) when it is nearby.',
      pattern: `${START}mdb_sa_sk_[A-Za-z0-9_-]{40}${END}`,
      keywords: ['mdb_sa_sk_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      minEntropy: 3.5,
      pair: {
        label: 'client ID',
        pattern: `${START}mdb_sa_id_[0-9a-f]{24}${END}`,
        window: { before: 400, after: 400 },
        envNames: ['MONGODB_ATLAS_CLIENT_ID', 'ATLAS_CLIENT_ID'],
      },
    },
    {
      id: 'mongodb-atlas-private-key',
      description: 'MongoDB Atlas programmatic API private key (a UUID after an Atlas private-key name), reported with its public key.',
      pattern: withContext(
        START_ALNUM,
        `(?<=(?:${anyOf(['atlas', 'mongodb', 'mcli'])})[\\s\\S]{0,64}${ci('private')}[\\s\\S]{0,24})`,
        '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
        END_ALNUM,
      ),
      keywords: ['atlas', 'mongodb', 'mcli'],
      window: { before: 8, after: 180 },
      confidence: 'medium',
      minEntropy: 3,
      pair: {
        label: 'public key',
        pattern: `${ci('public')}[A-Za-z_.-]{0,24}["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?(?<secret>[a-z0-9]{8})(?![A-Za-z0-9])`,
        required: true,
        envNames: ['MONGODB_ATLAS_PUBLIC_API_KEY', 'MONGODB_ATLAS_PUBLIC_KEY', 'MCLI_PUBLIC_API_KEY'],
      },
    },
  ],
  envNames: ['MONGODB_ATLAS_CLIENT_SECRET', 'MONGODB_ATLAS_PRIVATE_API_KEY', 'MONGODB_ATLAS_PRIVATE_KEY', 'MCLI_PRIVATE_API_KEY'],
  envNote: 'The Atlas CLI reads MONGODB_ATLAS_CLIENT_ID/_SECRET or MONGODB_ATLAS_PUBLIC_API_KEY/_PRIVATE_API_KEY (MCLI_ before 1.x); the Terraform provider MONGODB_ATLAS_PUBLIC_KEY/_PRIVATE_KEY.',
  format: {
    prefixes: ['mdb_sa_sk_'],
    charset: '[A-Za-z0-9_-]',
    lengths: [[50, 50], [36, 36]],
    full: 'mdb_sa_sk_[A-Za-z0-9_-]{40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
  },
  noLive: 'API keys use HTTP Digest authentication, and a service-account secret works only by minting an OAuth access token',
  rotateUrl: 'https://cloud.mongodb.com/v2#/preferences/organizations',
};

// ---------------------------------------------------------------- Redis Cloud

/** The key pair Redis publishes in its redisctl documentation. */
const REDIS_CLOUD_DOC_KEYS = new Set(['S3s8ecrrnaguqkvwfvealoe3sn25zqs4wc4lwgo4rb0ud3qm77c', 'A3qcymrvqpn9rrgdt40sv5f9yfxob26vx64hwddh8vminqnkgfq']);

/**
 * Redis Cloud REST API: an account key (`x-api-key`) and a user key (`x-api-secret-key`)
 * (https://redis.io/docs/latest/operate/rc/api/get-started/). Not documented as a format: the
 * keys in Redis's own examples are `A` / `S` + 50 lower-case alphanumerics; the user key is
 * reported with "redis" (or the header name) nearby.
 *
 * Live: GET /v1/ (account information) with both headers. 200: the pair authenticates; 401:
 * invalid, or the API is not enabled for the account; 403: outside the user key's CIDR allow list.
 */
export const redisCloud: ProviderRecord = {
  id: 'redis-cloud',
  name: 'Redis Cloud',
  rules: [
    {
      id: 'redis-cloud-user-key',
      description: 'Redis Cloud API user (secret) key (S + 50 lower-case alphanumerics) near "redis", with the account key when it is nearby.',
      pattern: withContext(START_ALNUM, near(['redis', 'x-api-secret-key'], 200, 200), 'S[a-z0-9]{50}', END_ALNUM),
      keywords: ['redis', 'x-api-secret-key'],
      window: { before: 280, after: 280 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 3,
      check: (s) => !REDIS_CLOUD_DOC_KEYS.has(s),
      pair: {
        label: 'account key',
        pattern: `(?<![A-Za-z0-9])A(?=[a-z]{0,49}[0-9])[a-z0-9]{50}(?![A-Za-z0-9])`,
        envNames: ['REDISCLOUD_ACCESS_KEY', 'REDIS_CLOUD_API_KEY'],
      },
    },
  ],
  envNames: ['REDISCLOUD_SECRET_KEY', 'REDIS_CLOUD_API_SECRET', 'REDIS_CLOUD_SECRET_KEY'],
  envNote: 'The Redis Cloud Terraform provider reads REDISCLOUD_ACCESS_KEY (account key) and REDISCLOUD_SECRET_KEY (user key); redisctl REDIS_CLOUD_API_KEY/REDIS_CLOUD_API_SECRET.',
  format: { prefixes: ['S'], charset: '[a-z0-9]', lengths: [[51, 51]], full: 'S[a-z0-9]{50}' },
  rotateUrl: 'https://cloud.redis.io/#/access-management/api-keys',
  live: {
    base: 'https://api.redislabs.com',
    path: '/v1/',
    method: 'GET',
    auth: { kind: 'header', name: 'x-api-secret-key' },
    headers: { 'x-api-key': '{pair}' },
  },
};

// ---------------------------------------------------------------- Upstash

/**
 * Upstash Redis REST tokens (https://upstash.com/docs/redis/api): base64 whose first byte is 1
 * (read-write: `A` + `[Q-Za-f]`) or 2 (read-only: `A` + `[g-v]`), seen 50–130 chars long
 * (newer base64url, older standard base64 with padding); not documented as a format. Reported with
 * "upstash" or Vercel KV's `KV_REST_API` before it, and with the REST URL when it is nearby.
 */
export const upstash: ProviderRecord = {
  id: 'upstash',
  name: 'Upstash (Redis REST token)',
  rules: [
    {
      id: 'upstash-redis-rest-token',
      description: 'Upstash Redis REST token (base64 starting with A) after "upstash" or KV_REST_API, with the REST URL when it is nearby.',
      pattern: withContext('(?<![A-Za-z0-9_+/-])', near(['upstash', 'kv_rest_api'], 200, 0), 'A[Q-Za-v][A-Za-z0-9_+/-]{38,198}={0,2}', '(?![A-Za-z0-9_+/=-])'),
      keywords: ['upstash', 'kv_rest_api'],
      window: { before: 8, after: 440 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      pair: {
        label: 'REST URL',
        pattern: `https://[a-z0-9-]{1,63}\\.upstash\\.io(?![A-Za-z0-9.-])`,
        envNames: ['UPSTASH_REDIS_REST_URL', 'KV_REST_API_URL'],
      },
    },
  ],
  envNames: ['UPSTASH_REDIS_REST_TOKEN', 'KV_REST_API_TOKEN'],
  envNote: '@upstash/redis reads UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN; Vercel KV names them KV_REST_API_URL / KV_REST_API_TOKEN (KV_REST_API_READ_ONLY_TOKEN for the read-only one).',
  format: { prefixes: ['A'], charset: '[A-Za-z0-9_+/=-]', lengths: [[40, 202]], full: 'A[Q-Za-v][A-Za-z0-9_+/-]{38,198}={0,2}' },
  noLive: 'every REST request runs a metered Redis command on the database the URL names',
  rotateUrl: 'https://console.upstash.com/redis',
};

/**
 * The Upstash Developer API key (https://upstash.com/docs/devops/developer-api/authentication),
 * sent as HTTP Basic email:key. Not documented as a format: the keys seen are UUIDs; reported
 * only after an Upstash API-key name or next to an api.upstash.com URL, and with the account
 * email nearby.
 *
 * Live: GET /v2/teams with Basic email:key (lists the account's teams). 200: valid; 401: invalid
 * or revoked (or the email is not the key's).
 */
export const upstashApiKey: ProviderRecord = {
  id: 'upstash-api-key',
  name: 'Upstash (Developer API key)',
  rules: [
    {
      id: 'upstash-api-key',
      description: 'Upstash Developer API key (a UUID) after an Upstash API-key name, reported with the account email.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('upstash')}[\\s\\S]{0,64}(?:${ci('api')}[_ .-]?${ci('key')}|${ci('apikey')})[\\s\\S]{0,24})|(?<=${ci('api.upstash.com')}[\\s\\S]{0,120})|(?=[\\s\\S]{0,80}${ci('api.upstash.com')}))`,
        '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        END_ALNUM,
      ),
      keywords: ['upstash'],
      window: { before: 140, after: 140 },
      confidence: 'medium',
      minEntropy: 3,
      pair: {
        label: 'account email',
        pattern: `(?<![A-Za-z0-9._%+-])(?<secret>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){1,4})(?![A-Za-z0-9-])`,
        required: true,
        envNames: ['UPSTASH_EMAIL'],
      },
    },
  ],
  envNames: ['UPSTASH_API_KEY'],
  envNote: 'The Upstash CLI and Terraform provider read UPSTASH_EMAIL with UPSTASH_API_KEY.',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  rotateUrl: 'https://console.upstash.com/account/api',
  live: { base: 'https://api.upstash.com', path: '/v2/teams', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Firebase

/**
 * Firebase Cloud Messaging legacy server keys: `AAAA` + 7 chars + `:APA91b` + 134 chars
 * (base64url). Firebase Realtime Database legacy secrets: 40 alphanumerics, reported only after a
 * Firebase secret/auth name. Firebase web API keys (`AIza…`) are the google-api-key rule's, and
 * service-account JSON the google-service-account rule's.
 */
export const firebase: ProviderRecord = {
  id: 'firebase',
  name: 'Firebase',
  rules: [
    {
      id: 'firebase-cloud-messaging-server-key',
      description: 'Firebase Cloud Messaging legacy server key (AAAA…:APA91b…).',
      pattern: `${START}AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}${END}`,
      keywords: ['apa91b'],
      window: { before: 24, after: 160 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'firebase-database-secret',
      description: 'Firebase Realtime Database legacy secret (40 alphanumerics) assigned to a Firebase secret/auth name.',
      pattern: withContext(START_ALNUM, `(?<=${ci('firebase')}[\\s\\S]{0,40}(?:${anyOf(['secret', 'auth'])})[\\s\\S]{0,32})`, '[A-Za-z0-9]{40}', END_ALNUM),
      keywords: ['firebase'],
      window: { before: 8, after: 140 },
      confidence: 'medium',
      minEntropy: 4,
      check: mixedCase,
    },
  ],
  envNames: ['FCM_SERVER_KEY', 'FIREBASE_SERVER_KEY', 'FIREBASE_DATABASE_SECRET'],
  format: {
    prefixes: ['AAAA'],
    charset: '[A-Za-z0-9_:-]',
    lengths: [[152, 152], [40, 40]],
    full: 'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}|[A-Za-z0-9]{40}',
  },
  noLive: 'the legacy FCM send API was retired in 2024 and only ever sent messages, and a database secret is checked against its database URL',
  rotateUrl: 'https://console.firebase.google.com/project/_/settings/cloudmessaging',
};

export const databaseRecords: ProviderRecord[] = [
  confluent,
  aiven,
  planetscale,
  neon,
  turso,
  tursoDatabaseToken,
  clickhouse,
  snowflake,
  mongodbAtlas,
  redisCloud,
  upstash,
  upstashApiKey,
  firebase,
];
