import { crc32 } from '../checksum.js';
import { curlBearer, dotenv, dotenvQuoted, jsObject, jsonEntry, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

// ---------------------------------------------------------------- generated values

/** A Confluent secret (cflt + 54 random + 6-char CRC32 tail), as the documentation describes it. */
export function confluentSecret(seed: string): string {
  const body = fakeKey(seed, B64, 54);
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(body));
  return `cflt${body}${crc.toString('base64').replace(/=+$/, '')}`;
}
/** The same secret with one body character changed: the CRC32 tail no longer matches. */
const brokenConfluent = (seed: string): string => {
  const s = confluentSecret(seed);
  return s.slice(0, 10) + (s[10] === 'Q' ? 'R' : 'Q') + s.slice(11);
};
const confluentId = (seed: string): string => fakeKey(`${seed}-id`, UPPER_ALNUM, 16);
const confluentLegacy = (seed: string): string => fakeKey(seed, B64, 64);

const aivenToken = (seed: string, n = 372): string => fakeKey(seed, B64, n);

const pscale = (kind: 'tkn' | 'pw' | 'oauth', seed: string, n = 43): string => `pscale_${kind}_${fakeKey(seed, `${ALNUM}_`, n)}`;
const pscaleId = (seed: string): string => `${fakeKey(seed, LOWER, 6)}${fakeKey(`${seed}-d`, DIGITS, 2)}${fakeKey(`${seed}-t`, LOWER_ALNUM, 4)}`;

const napi = (seed: string, n = 64): string => `napi_${fakeKey(seed, LOWER_ALNUM, n)}`;

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const uuid = (seed: string): string => {
  const h = fakeKey(seed, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const jwt = (header: unknown, payload: unknown, seed: string, sig = 86): string => `${b64url(header)}.${b64url(payload)}.${fakeKey(seed, B64URL, sig)}`;
const EDDSA = { alg: 'EdDSA', typ: 'JWT' };
const tursoPlatform = (seed: string): string => jwt(EDDSA, { jti: fakeKey(`${seed}-jti`, B64URL, 22) }, seed);
const tursoDb = (seed: string, claims: Record<string, unknown> = {}): string =>
  jwt(EDDSA, { a: 'rw', iat: 1760000000 + Number(fakeKey(`${seed}-t`, DIGITS, 6)), id: uuid(`${seed}-id`), rid: uuid(`${seed}-rid`), ...claims }, seed);
const tursoGroup = (seed: string): string => jwt(EDDSA, { a: 'ro', gid: uuid(`${seed}-gid`), iat: 1761234567, rid: uuid(`${seed}-rid`) }, seed);

const chSecret = (seed: string): string => `4b1d${fakeKey(seed, ALNUM, 38)}`;
const chId = (seed: string): string => fakeKey(`${seed}-id`, ALNUM, 20);

const snowflakePat = (seed: string, alg = 'ES256', iss = `SF:${fakeKey(`${seed}-i`, DIGITS, 4)}`): string =>
  jwt({ kid: fakeKey(`${seed}-k`, DIGITS, 16), alg }, { p: `${fakeKey(`${seed}-p`, DIGITS, 9)}:${fakeKey(`${seed}-q`, DIGITS, 11)}`, iss, exp: 1790000000 }, seed);

const mdbSecret = (seed: string): string => `mdb_sa_sk_${fakeKey(seed, `${ALNUM}_`, 40)}`;
const mdbId = (seed: string): string => `mdb_sa_id_${fakeKey(`${seed}-id`, HEX, 24)}`;
const atlasPublic = (seed: string): string => fakeKey(`${seed}-pub`, LOWER, 8);

const redisUser = (seed: string): string => `S${fakeKey(seed, LOWER_ALNUM, 50)}`;
const redisAccount = (seed: string): string => `A${fakeKey(`${seed}-acct`, LOWER_ALNUM, 50)}`;

/** Upstash REST token: base64(url) of a first byte 1 (read-write) or 2 (read-only) and random bytes. */
const upstashToken = (seed: string, first: 1 | 2, bytes = 46, std = false): string => {
  const buf = Buffer.concat([Buffer.from([first]), Buffer.from(fakeKey(seed, HEX, bytes * 2), 'hex')]);
  return std ? buf.toString('base64') : buf.toString('base64url');
};
const upstashUrl = (seed: string): string => `https://${fakeKey(seed, LOWER, 6)}-${fakeKey(`${seed}-b`, LOWER, 5)}-${fakeKey(`${seed}-n`, DIGITS, 5)}.upstash.io`;

const fcmKey = (seed: string): string => `AAAA${fakeKey(`${seed}-a`, B64URL, 7)}:APA91b${fakeKey(seed, B64URL, 134)}`;
const fbSecret = (seed: string): string => fakeKey(seed, ALNUM, 40);

// ---------------------------------------------------------------- samples

export const databaseSamples: ProviderSamples[] = [
  {
    provider: 'confluent',
    liveHost: 'confluent.cloud',
    positives: [
      {
        text: `# Confluent Cloud (resource management)\nCONFLUENT_CLOUD_API_KEY=${confluentId('cf-1')}\nCONFLUENT_CLOUD_API_SECRET=${confluentSecret('cf-1')}\n`,
        secret: confluentSecret('cf-1'),
        rule: 'confluent-api-secret',
        pair: confluentId('cf-1'),
      },
      {
        text: `bootstrap.servers=pkc-41wq6.eu-west-2.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.username=${confluentId('cf-2')}\nsasl.password=${confluentLegacy('cf-2')}\n`,
        secret: confluentLegacy('cf-2'),
        rule: 'confluent-legacy-api-secret',
        pair: confluentId('cf-2'),
      },
      {
        text: `resource "confluent_kafka_topic" "orders" {\n  credentials {\n    key    = "${confluentId('cf-3')}"\n    secret = "${confluentSecret('cf-3')}"\n  }\n}\n`,
        secret: confluentSecret('cf-3'),
        rule: 'confluent-api-secret',
        pair: confluentId('cf-3'),
      },
      { text: shellExport('KAFKA_API_SECRET', confluentSecret('cf-4')), secret: confluentSecret('cf-4'), rule: 'confluent-api-secret' },
    ],
    negatives: [
      {
        text: 'API key ID example: ABCD1234567890AB\nAPI secret example: cfltT8d8RzkNseTMEDKcjNM1BZTFPHqRn/dQm9q7w6SjzZ12wZfwjaJdipHZtDjw\n',
        why: "the documentation's example secret",
      },
      { text: `CONFLUENT_CLOUD_API_SECRET=${brokenConfluent('cf-n1')}\n`, why: 'cflt secret with a wrong CRC32 tail' },
      { text: `# confluent cluster\nsasl.password=${confluentLegacy('cf-n2')}\n`, why: 'legacy-shaped secret without its key ID' },
      { text: 'api_key: <your-confluent-cloud-api-key>\napi_secret: <your-confluent-cloud-api-secret>\n', why: 'template placeholders' },
    ],
  },
  {
    provider: 'aiven',
    liveHost: 'aiven.io',
    positives: [
      { text: dotenv('AIVEN_TOKEN', aivenToken('av-1')), secret: aivenToken('av-1'), rule: 'aiven-api-token' },
      {
        text: `curl -s -H "Authorization: aivenv1 ${aivenToken('av-2', 288)}" \\\n  https://api.aiven.io/v1/project\n`,
        secret: aivenToken('av-2', 288),
        rule: 'aiven-api-token',
      },
      { text: `provider "aiven" {\n  api_token = "${aivenToken('av-3', 96)}"\n}\n`, secret: aivenToken('av-3', 96), rule: 'aiven-api-token' },
    ],
    negatives: [
      { text: 'curl -s -H "Authorization: aivenv1 $AIVEN_TOKEN" https://api.aiven.io/v1/me\n', why: 'env reference' },
      { text: 'AIVEN_TOKEN=your-aiven-api-token\n', why: 'placeholder words' },
      { text: `# aiven service ca\ncert_body = "${aivenToken('av-n1', 200)}"\n`, why: 'base64 data without a token name' },
      { text: 'avn user login ops@example.com --token\n', why: 'token prompted for, not written' },
    ],
  },
  {
    provider: 'planetscale',
    positives: [
      {
        text: `<?php\n$user = "${fakeKey('ps-u', LOWER_ALNUM, 20)}";\n$pass = "${pscale('pw', 'ps-1')}";\n$host = "aws.connect.psdb.cloud";\n`,
        secret: pscale('pw', 'ps-1'),
        rule: 'planetscale-database-password',
      },
      {
        text: `PLANETSCALE_ORG=acme\nPLANETSCALE_SERVICE_TOKEN_ID=${pscaleId('ps-2')}\nPLANETSCALE_SERVICE_TOKEN=${pscale('tkn', 'ps-2')}\n`,
        secret: pscale('tkn', 'ps-2'),
        rule: 'planetscale-service-token',
        pair: pscaleId('ps-2'),
      },
      { text: jsonEntry('access_token', pscale('oauth', 'ps-3', 48)), secret: pscale('oauth', 'ps-3', 48), rule: 'planetscale-oauth-token' },
      {
        text: `docker run -e PLANETSCALE_SERVICE_TOKEN=${pscale('tkn', 'ps-4', 44)} -e PLANETSCALE_SERVICE_TOKEN_ID=${pscaleId('ps-4')} pscale-deploy\n`,
        secret: pscale('tkn', 'ps-4', 44),
        rule: 'planetscale-service-token',
        pair: pscaleId('ps-4'),
      },
    ],
    negatives: [
      { text: 'DATABASE_PASSWORD=pscale_pw_...\nPLANETSCALE_SERVICE_TOKEN=pscale_tkn_...\n', why: 'elided placeholders' },
      { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `password = "${pscale('pw', 'ps-n1', 20)}"\n`, why: 'truncated' },
      { text: 'const conn = connect({ password: process.env.DATABASE_PASSWORD });\n', why: 'env reference' },
    ],
  },
  {
    provider: 'neon',
    liveHost: 'neon.tech',
    positives: [
      { text: dotenv('NEON_API_KEY', napi('ne-1')), secret: napi('ne-1'), rule: 'neon-api-key' },
      { text: curlBearer('https://console.neon.tech/api/v2/projects', napi('ne-2', 60)), secret: napi('ne-2', 60), rule: 'neon-api-key' },
      { text: pyKwarg('NeonAPI', 'api_key', napi('ne-3', 70)), secret: napi('ne-3', 70), rule: 'neon-api-key' },
    ],
    negatives: [
      { text: 'NEON_API_KEY=napi_your_neon_api_key\n', why: 'placeholder words' },
      { text: 'napi_status status = napi_create_function(env, NULL, 0, Method, NULL, &fn);\n', why: 'Node-API identifiers' },
      { text: `NEON_API_KEY=${napi('ne-n1', 24)}\n`, why: 'truncated' },
      { text: '-H "Authorization: Bearer $NEON_API_KEY"\n', why: 'env reference' },
    ],
  },
  {
    provider: 'turso',
    liveHost: 'turso.tech',
    positives: [
      { text: `TURSO_ORG=acme\nTURSO_API_TOKEN=${tursoPlatform('tu-1')}\n`, secret: tursoPlatform('tu-1'), rule: 'turso-platform-api-token' },
      {
        text: curlBearer('https://api.turso.tech/v1/organizations/acme/databases', tursoPlatform('tu-2')),
        secret: tursoPlatform('tu-2'),
        rule: 'turso-platform-api-token',
      },
      {
        text: `import { createClient } from "@tursodatabase/api";\n\nconst turso = createClient({\n  org: "acme",\n  token: "${tursoPlatform('tu-3')}",\n});\n`,
        secret: tursoPlatform('tu-3'),
        rule: 'turso-platform-api-token',
      },
    ],
    negatives: [
      { text: 'TURSO_API_TOKEN=eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9...\n', why: 'elided token' },
      { text: `signed with our own Ed25519 key: ${tursoPlatform('tu-n1')}\n`, why: 'EdDSA JWT with no Turso context' },
      { text: `# turso docs: an HS256 token is rejected: ${jwt({ alg: 'HS256', typ: 'JWT' }, { jti: 'aB3dE5fG7hJ9kL1mN3pQ5r' }, 'tu-n2', 43)}\n`, why: 'not an EdDSA JWT' },
      { text: 'TURSO_API_TOKEN: ${{ secrets.TURSO_API_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'turso-database-token',
    positives: [
      {
        text: `TURSO_DATABASE_URL=libsql://orders-acme.aws-eu-west-1.turso.io\nTURSO_AUTH_TOKEN=${tursoDb('td-1')}\n`,
        secret: tursoDb('td-1'),
        rule: 'turso-database-token',
      },
      {
        text: `import { createClient } from "@libsql/client";\n\nexport const db = createClient({\n  url: "libsql://orders-acme.turso.io",\n  authToken: "${tursoDb('td-2', { a: undefined })}",\n});\n`,
        secret: tursoDb('td-2', { a: undefined }),
        rule: 'turso-database-token',
      },
      {
        text: `import libsql_client\n\nclient = libsql_client.create_client(url="libsql://tenants-acme.turso.io", auth_token="${tursoGroup('td-3')}")\n`,
        secret: tursoGroup('td-3'),
        rule: 'turso-database-token',
      },
    ],
    negatives: [
      { text: 'TURSO_AUTH_TOKEN=eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9...\n', why: 'elided token' },
      { text: 'const db = createClient({ url: process.env.TURSO_DATABASE_URL, authToken: process.env.TURSO_AUTH_TOKEN });\n', why: 'env references' },
      { text: `a database token looks like ${tursoDb('td-n1')} once decoded\n`, why: 'EdDSA JWT with no Turso context' },
      { text: 'TURSO_AUTH_TOKEN=\nTURSO_DATABASE_URL=file:local.db\n', why: 'empty value, local file database' },
    ],
  },
  {
    provider: 'clickhouse',
    liveHost: 'clickhouse.cloud',
    positives: [
      {
        text: `CLICKHOUSE_KEY_ID=${chId('ch-1')}\nCLICKHOUSE_KEY_SECRET=${chSecret('ch-1')}\n`,
        secret: chSecret('ch-1'),
        rule: 'clickhouse-api-key-secret',
        pair: chId('ch-1'),
      },
      {
        text: `curl --user "${chId('ch-2')}:${chSecret('ch-2')}" https://api.clickhouse.cloud/v1/organizations\n`,
        secret: chSecret('ch-2'),
        rule: 'clickhouse-api-key-secret',
        pair: chId('ch-2'),
      },
      {
        text: `provider "clickhouse" {\n  organization_id = var.org_id\n  token_key       = "${chId('ch-3')}"\n  token_secret    = "${chSecret('ch-3')}"\n}\n`,
        secret: chSecret('ch-3'),
        rule: 'clickhouse-api-key-secret',
        pair: chId('ch-3'),
      },
    ],
    negatives: [
      { text: `digest = "4b1d${fakeKey('ch-n1', HEX, 38)}"\n`, why: 'hex digest with the same prefix' },
      { text: 'CLICKHOUSE_KEY_ID=your_key_id\nCLICKHOUSE_KEY_SECRET=your_key_secret\n', why: 'placeholder words' },
      { text: `CLICKHOUSE_KEY_SECRET=4b1d${fakeKey('ch-n2', ALNUM, 20)}\n`, why: 'truncated' },
      { text: 'clickhouse_key_secret=os.getenv("CLICKHOUSE_KEY_SECRET")\n', why: 'env reference' },
    ],
  },
  {
    provider: 'snowflake',
    positives: [
      {
        text: `conn = snowflake.connector.connect(\n    account="ACME-ANALYTICS",\n    user="ETL_SVC",\n    password="${snowflakePat('sf-1')}",\n)\n`,
        secret: snowflakePat('sf-1'),
        rule: 'snowflake-programmatic-access-token',
      },
      { text: dotenv('SNOWFLAKE_PAT', snowflakePat('sf-2')), secret: snowflakePat('sf-2'), rule: 'snowflake-programmatic-access-token' },
      {
        text: `curl -X POST https://acme-analytics.snowflakecomputing.com/api/v2/statements \\\n  -H "Authorization: Bearer ${snowflakePat('sf-3')}" \\\n  -H "X-Snowflake-Authorization-Token-Type: PROGRAMMATIC_ACCESS_TOKEN"\n`,
        secret: snowflakePat('sf-3'),
        rule: 'snowflake-programmatic-access-token',
      },
    ],
    negatives: [
      { text: 'SNOWFLAKE_PAT=eyJraWQiOi...\n', why: 'elided token' },
      { text: 'SNOWFLAKE_PAT=<your-programmatic-access-token>\n', why: 'template placeholder' },
      { text: `issued elsewhere: ${snowflakePat('sf-n1', 'ES256', 'https://accounts.example.org')}\n`, why: 'ES256 JWT from another issuer' },
      { text: `a forged one: ${snowflakePat('sf-n2', 'HS256')}\n`, why: 'SF issuer but not ES256' },
    ],
  },
  {
    provider: 'mongodb-atlas',
    positives: [
      {
        text: `ATLAS_CLIENT_ID=${mdbId('ma-1')}\nATLAS_CLIENT_SECRET=${mdbSecret('ma-1')}\nATLAS_GROUP_ID=${fakeKey('ma-g', HEX, 24)}\n`,
        secret: mdbSecret('ma-1'),
        rule: 'mongodb-atlas-service-account-secret',
        pair: mdbId('ma-1'),
      },
      { text: jsObject('clientSecret', mdbSecret('ma-2')), secret: mdbSecret('ma-2'), rule: 'mongodb-atlas-service-account-secret' },
      {
        text: `export MONGODB_ATLAS_PUBLIC_API_KEY=${atlasPublic('ma-3')}\nexport MONGODB_ATLAS_PRIVATE_API_KEY=${uuid('ma-3')}\n`,
        secret: uuid('ma-3'),
        rule: 'mongodb-atlas-private-key',
        pair: atlasPublic('ma-3'),
      },
      {
        text: `provider "mongodbatlas" {\n  public_key  = "${atlasPublic('ma-4')}"\n  private_key = "${uuid('ma-4')}"\n}\n`,
        secret: uuid('ma-4'),
        rule: 'mongodb-atlas-private-key',
        pair: atlasPublic('ma-4'),
      },
    ],
    negatives: [
      { text: 'ATLAS_CLIENT_SECRET=mdb_sa_sk_…\n', why: 'elided placeholder' },
      { text: `MONGODB_ATLAS_PRIVATE_API_KEY=${uuid('ma-n1')}\n`, why: 'private key without its public key' },
      { text: `clientSecret: "${mdbSecret('ma-n2').slice(0, 30)}"\n`, why: 'truncated' },
      { text: 'private_key = var.mongodb_atlas_private_key\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'redis-cloud',
    liveHost: 'redislabs.com',
    positives: [
      {
        text: `export REDISCLOUD_ACCESS_KEY=${redisAccount('rc-1')}\nexport REDISCLOUD_SECRET_KEY=${redisUser('rc-1')}\n`,
        secret: redisUser('rc-1'),
        rule: 'redis-cloud-user-key',
        pair: redisAccount('rc-1'),
      },
      {
        text: `curl -s https://api.redislabs.com/v1/subscriptions \\\n  -H "x-api-key: ${redisAccount('rc-2')}" \\\n  -H "x-api-secret-key: ${redisUser('rc-2')}"\n`,
        secret: redisUser('rc-2'),
        rule: 'redis-cloud-user-key',
        pair: redisAccount('rc-2'),
      },
      {
        text: `[profiles.redis-prod]\ndeployment_type = "cloud"\napi_secret = "${redisUser('rc-3')}"\n`,
        secret: redisUser('rc-3'),
        rule: 'redis-cloud-user-key',
      },
    ],
    negatives: [
      { text: '# Redis Cloud docs example user key: S3s8ecrrnaguqkvwfvealoe3sn25zqs4wc4lwgo4rb0ud3qm77c\n', why: "Redis's published example key" },
      { text: 'export REDISCLOUD_SECRET_KEY=<YOUR_API_USER_KEY>\n', why: 'template placeholder' },
      { text: `session id: ${redisUser('rc-n1')}\n`, why: 'right shape, no Redis context' },
      { text: 'REDISCLOUD_SECRET_KEY: ${{ secrets.REDISCLOUD_SECRET_KEY }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'upstash',
    positives: [
      {
        text: `UPSTASH_REDIS_REST_URL=${upstashUrl('up-1')}\nUPSTASH_REDIS_REST_TOKEN=${upstashToken('up-1', 1)}\n`,
        secret: upstashToken('up-1', 1),
        rule: 'upstash-redis-rest-token',
        pair: upstashUrl('up-1'),
      },
      {
        text: `import { Redis } from "@upstash/redis";\n\nconst redis = new Redis({\n  url: "${upstashUrl('up-2')}",\n  token: "${upstashToken('up-2', 2, 40)}",\n});\n`,
        secret: upstashToken('up-2', 2, 40),
        rule: 'upstash-redis-rest-token',
        pair: upstashUrl('up-2'),
      },
      { text: dotenvQuoted('KV_REST_API_TOKEN', upstashToken('up-3', 1, 71, true)), secret: upstashToken('up-3', 1, 71, true), rule: 'upstash-redis-rest-token' },
    ],
    negatives: [
      { text: 'UPSTASH_REDIS_REST_TOKEN=AXxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: 'UPSTASH_REDIS_REST_TOKEN="your_token_here"\n', why: 'placeholder words' },
      { text: `blob = "${upstashToken('up-n1', 1)}"\n`, why: 'right shape, no Upstash context' },
      { text: 'UPSTASH_REDIS_REST_TOKEN: ${{ secrets.UPSTASH_REDIS_REST_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'upstash-api-key',
    liveHost: 'upstash.com',
    positives: [
      { text: `UPSTASH_EMAIL=ops@acme-labs.io\nUPSTASH_API_KEY=${uuid('ua-1')}\n`, secret: uuid('ua-1'), rule: 'upstash-api-key', pair: 'ops@acme-labs.io' },
      {
        text: `provider "upstash" {\n  email   = "platform@acme-labs.dev"\n  api_key = "${uuid('ua-2')}"\n}\n`,
        secret: uuid('ua-2'),
        rule: 'upstash-api-key',
        pair: 'platform@acme-labs.dev',
      },
      {
        text: `curl https://api.upstash.com/v2/redis/databases -u dev.team@acme-labs.io:${uuid('ua-3')}\n`,
        secret: uuid('ua-3'),
        rule: 'upstash-api-key',
        pair: 'dev.team@acme-labs.io',
      },
    ],
    negatives: [
      { text: `UPSTASH_API_KEY=${uuid('ua-n1')}\n`, why: 'API key without the account email' },
      { text: 'UPSTASH_EMAIL="your-email@example.com"\nUPSTASH_API_KEY="your-management-api-key"\n', why: 'placeholders' },
      { text: `UPSTASH_EMAIL=ops@acme-labs.io\nUPSTASH_DATABASE_ID=${uuid('ua-n2')}\n`, why: 'a database ID, not a key' },
    ],
  },
  {
    provider: 'firebase',
    positives: [
      { text: dotenv('FCM_SERVER_KEY', fcmKey('fb-1')), secret: fcmKey('fb-1'), rule: 'firebase-cloud-messaging-server-key' },
      {
        text: `curl -X POST https://fcm.googleapis.com/fcm/send \\\n  -H "Authorization: key=${fcmKey('fb-2')}" \\\n  -H "Content-Type: application/json"\n`,
        secret: fcmKey('fb-2'),
        rule: 'firebase-cloud-messaging-server-key',
      },
      { text: yamlEntry('FIREBASE_DATABASE_SECRET', fbSecret('fb-3')), secret: fbSecret('fb-3'), rule: 'firebase-database-secret' },
      { text: tomlEntry('firebase_secret', fbSecret('fb-4')), secret: fbSecret('fb-4'), rule: 'firebase-database-secret' },
    ],
    negatives: [
      { text: 'FCM_SERVER_KEY=AAAA...:APA91b...\n', why: 'elided placeholder' },
      { text: `FCM_SERVER_KEY=${fcmKey('fb-n1').slice(0, 80)}\n`, why: 'truncated' },
      { text: `firebase_auth_hash = "${fakeKey('fb-n2', HEX, 40)}"\n`, why: 'hex digest, not a secret' },
      { text: 'FIREBASE_AUTH_DOMAIN=acme-app.firebaseapp.com\n', why: 'public config' },
    ],
  },
];
