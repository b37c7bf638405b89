/** Developer SaaS: Databricks, Linear, Notion (tokens, OAuth client secrets), Postman. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { ci, END, END_ALNUM, errorDetail, field, near, START, START_ALNUM, verdict, withContext } from './shared.js';

/** An assignment between a name and its value: `=`, `:`, `=>`, `,` with optional quotes. */
const ASSIGN = '["\'`]?\\s{0,4}(?:=>|[=:,])\\s{0,4}["\'`]?';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** A value (regex source) directly assigned to a name containing one of `words` (`…_CLIENT_ID=`). */
const assignedTo = (words: string[], value: string, rest = 16): string =>
  `(?<=(?:${words.map(ci).join('|')})[A-Za-z0-9_.-]{0,${rest}}${ASSIGN})(?<![A-Za-z0-9])${value}(?![A-Za-z0-9])`;
/** A client ID / application ID name (`client_id`, `clientId`, `CLIENT-ID`, `application_id`). */
const CLIENT_ID_NAMES = ['client_id', 'clientid', 'client-id', 'application_id', 'applicationid'];

/**
 * Databricks personal access tokens (`dapi` + 32 hex, an optional `-<n>` suffix) and service
 * principal OAuth secrets (`dose` + the secret: docs.databricks.com and AWS Secrets Manager's
 * Databricks rotation page; 32 hex, the `dapi` body's form, seen in examples only), with the
 * service principal's application (client) ID when nearby. Both are checked against the
 * workspace or account host, which they do not name: no `live`.
 */
export const databricks: ProviderRecord = {
  id: 'databricks',
  name: 'Databricks',
  rules: [
    {
      id: 'databricks-token',
      description: 'Databricks personal access token (dapi + 32 hex).',
      pattern: `${START}dapi[0-9a-f]{32}(?:-[0-9])?${END}`,
      keywords: ['dapi'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3,
    },
    {
      id: 'databricks-oauth-secret',
      description: 'Databricks service principal OAuth secret (dose + 32 hex), with its client ID when nearby.',
      pattern: `${START}dose[0-9a-f]{32}${END}`,
      keywords: ['dose'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3,
      pair: { label: 'client ID', pattern: assignedTo(CLIENT_ID_NAMES, UUID), envNames: ['DATABRICKS_CLIENT_ID'] },
    },
  ],
  envNames: ['DATABRICKS_TOKEN', 'DATABRICKS_CLIENT_SECRET'],
  envNote: 'The Databricks SDK and CLI pair DATABRICKS_TOKEN, or DATABRICKS_CLIENT_ID + DATABRICKS_CLIENT_SECRET, with DATABRICKS_HOST (the workspace URL).',
  format: { prefixes: ['dapi', 'dose'], charset: '[0-9a-f-]', lengths: [[36, 38]], full: 'dapi[0-9a-f]{32}(?:-[0-9])?|dose[0-9a-f]{32}' },
  noLive: 'tokens and OAuth secrets are checked against their workspace or account host, which they do not name',
  rotateUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
};

/** Linear answers GraphQL auth failures with an AUTHENTICATION_ERROR in `errors`. */
export function interpretLinear(res: LiveResponse): LiveVerdict | undefined {
  if (/AUTHENTICATION_ERROR|Authentication required|authentication failed/i.test(res.body.slice(0, 4000))) return verdict('invalid', errorDetail(res));
  if (res.status === 200 && field(res.json, 'data', 'viewer') !== undefined) return verdict('valid');
  return undefined;
}

/** A Linear OAuth client ID or secret: 32 hex (from an app's settings page; examples only). */
const LINEAR_HEX32 = '[0-9a-f]{32}';

/**
 * Linear: personal API keys (`lin_api_` + 40), OAuth access tokens (`lin_oauth_` + 64 hex, as
 * issued by the token endpoint) and OAuth app client secrets (32 hex, no prefix: reported with
 * the app's client ID only). The live check is a GraphQL `viewer` read with a personal key in
 * Authorization without a prefix; OAuth tokens need `Bearer` and client secrets are never sent, so
 * only `lin_api_` keys are checked.
 */
export const linear: ProviderRecord = {
  id: 'linear',
  name: 'Linear',
  rules: [
    {
      id: 'linear-api-key',
      description: 'Linear personal API key (lin_api_ + 40 alphanumerics).',
      pattern: `${START}lin_api_[A-Za-z0-9]{40}${END}`,
      keywords: ['lin_api_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
    },
    {
      id: 'linear-oauth-access-token',
      description: 'Linear OAuth access token (lin_oauth_ + 64 hex).',
      pattern: `${START}lin_oauth_[a-f0-9]{64}${END}`,
      keywords: ['lin_oauth_'],
      window: { before: 16, after: 84 },
      confidence: 'high',
      minEntropy: 3,
    },
    {
      id: 'linear-oauth-client-secret',
      description: 'Linear OAuth app client secret (32 hex) assigned to a Linear client-secret name, with its client ID.',
      pattern: withContext(START_ALNUM, `(?<=${ci('linear')}[A-Za-z0-9_.-]{0,24}${ci('secret')}${ASSIGN})`, LINEAR_HEX32, END_ALNUM),
      keywords: ['linear'],
      window: { before: 8, after: 96 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: { label: 'client ID', pattern: assignedTo(CLIENT_ID_NAMES, LINEAR_HEX32, 4), required: true, envNames: ['LINEAR_CLIENT_ID'] },
    },
  ],
  envNames: ['LINEAR_API_KEY', 'LINEAR_ACCESS_TOKEN', 'LINEAR_CLIENT_SECRET'],
  envNote: 'The Linear SDK takes apiKey (personal keys) or accessToken (OAuth) in code; LINEAR_API_KEY is the usual variable.',
  format: {
    prefixes: ['lin_oauth_', 'lin_api_'],
    charset: '[A-Za-z0-9]',
    lengths: [[32, 32], [48, 48], [74, 74]],
    full: 'lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64}|[0-9a-f]{32}',
  },
  rotateUrl: 'https://linear.app/settings/account/security',
  live: {
    base: 'https://api.linear.app',
    path: '/graphql',
    method: 'POST',
    // Personal keys go in Authorization without a Bearer prefix.
    auth: { kind: 'header', name: 'Authorization' },
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ viewer { id } }"}',
    prefixes: ['lin_api_'],
    interpret: interpretLinear,
  },
};

export const notion: ProviderRecord = {
  id: 'notion',
  name: 'Notion',
  rules: [
    {
      id: 'notion-token',
      description: 'Notion integration token (ntn_ + 11 digits + 35 alphanumerics).',
      pattern: `${START}ntn_[0-9]{11}[A-Za-z0-9]{35}${END}`,
      keywords: ['ntn_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
    },
    {
      id: 'notion-legacy-token',
      description: 'Legacy Notion integration token (secret_ + 43 alphanumerics) next to "notion".',
      pattern: withContext(START, near(['notion'], 120, 200), 'secret_[A-Za-z0-9]{43}', END),
      keywords: ['notion'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['NOTION_TOKEN', 'NOTION_API_KEY', 'NOTION_SECRET'],
  envNote: 'The Notion SDK takes the token in code; NOTION_TOKEN is the name used in Notion\'s own examples.',
  format: { prefixes: ['secret_', 'ntn_'], charset: '[A-Za-z0-9]', lengths: [[50, 50]], full: 'ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}' },
  rotateUrl: 'https://www.notion.so/profile/integrations',
  live: {
    base: 'https://api.notion.com',
    path: '/v1/users/me',
    method: 'GET',
    auth: { kind: 'bearer' },
    headers: { 'notion-version': '2022-06-28' },
    // 403: the integration lacks the user-information capability, but the token authenticated.
    interpret: (res) => (res.status === 403 ? verdict('restricted', errorDetail(res) ?? 'token works; integration lacks user capability') : undefined),
  },
};

/**
 * A Notion public integration's OAuth client secret has the legacy token's shape (`secret_` +
 * 43); assigned to a client-secret name it is reported here, with the integration's OAuth client
 * ID (a UUID) when nearby, rather than as a token. No `live`: the secret is only sent (Basic, with
 * the client ID) to exchange a user's authorization code for a token.
 */
export const notionOAuthClient: ProviderRecord = {
  id: 'notion-oauth-client',
  name: 'Notion (OAuth client secret)',
  rules: [
    {
      id: 'notion-oauth-client-secret',
      description: 'Notion public integration OAuth client secret (secret_ + 43) assigned to a client-secret name next to "notion".',
      pattern: withContext(
        START,
        `${near(['notion'], 160, 0)}(?<=${ci('client')}[_-]?${ci('secret')}${ASSIGN})`,
        'secret_[A-Za-z0-9]{43}',
        END,
      ),
      keywords: ['notion'],
      window: { before: 8, after: 240 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 2,
      pair: { label: 'OAuth client ID', pattern: assignedTo(CLIENT_ID_NAMES, UUID, 4), envNames: ['NOTION_CLIENT_ID', 'NOTION_OAUTH_CLIENT_ID'] },
    },
  ],
  envNames: ['NOTION_CLIENT_SECRET', 'NOTION_OAUTH_CLIENT_SECRET'],
  format: { prefixes: ['secret_'], charset: '[A-Za-z0-9]', lengths: [[50, 50]], full: 'secret_[A-Za-z0-9]{43}' },
  rotateUrl: 'https://www.notion.so/profile/integrations',
  noLive: "the client secret is only sent with a user's authorization code, in a token exchange",
};

/**
 * Postman API keys (`PMAK-<24 hex>-<34 hex>`) and collection access keys (`PMAT-` + 26
 * characters, a ULID: read-only access to one shared collection, passed as `access_key=`). The
 * live check (`GET /me`, X-Api-Key) proves API keys only: a collection key works only on the
 * collection it was made for.
 */
export const postman: ProviderRecord = {
  id: 'postman',
  name: 'Postman',
  rules: [
    {
      id: 'postman-api-key',
      description: 'Postman API key (PMAK-<24 hex>-<34 hex>).',
      pattern: `${START}PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}${END}`,
      keywords: ['pmak-'],
      window: { before: 16, after: 72 },
      confidence: 'high',
    },
    {
      id: 'postman-collection-access-key',
      description: 'Postman collection access key (PMAT- + 26-character ULID).',
      pattern: `${START}PMAT-[0-9A-HJKMNP-TV-Z]{26}${END}`,
      keywords: ['pmat-'],
      window: { before: 16, after: 40 },
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['POSTMAN_API_KEY'],
  format: {
    prefixes: ['PMAK-', 'PMAT-'],
    charset: '[a-zA-Z0-9-]',
    lengths: [[31, 31], [64, 64]],
    full: 'PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}|PMAT-[0-9A-HJKMNP-TV-Z]{26}',
  },
  rotateUrl: 'https://go.postman.co/settings/me/api-keys',
  live: { base: 'https://api.getpostman.com', path: '/me', method: 'GET', auth: { kind: 'header', name: 'X-Api-Key' }, prefixes: ['PMAK-'] },
};

export const saasRecords: ProviderRecord[] = [databricks, linear, notion, notionOAuthClient, postman];
