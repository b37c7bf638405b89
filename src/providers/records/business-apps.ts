/**
 * CRM, support, project management and productivity apps: Salesforce, HubSpot, Zendesk,
 * Freshdesk, Asana, Airtable, monday.com, ClickUp, Trello, Figma, Typeform, DocuSign, Dropbox,
 * Box, Calendly, Miro, Smartsheet, Pipedrive, Zoho, Intercom.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { base64Infixes, decodeJwtPayload } from './jwt.js';
import { ci, END, END_ALNUM, errorDetail, field, namedKey, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

/** An assignment between a name and its value: `=`, `:`, `=>`, `,` with optional quotes. */
const ASSIGN = '["\'`]?\\s{0,4}(?:=>|[=:,])\\s{0,4}["\'`]?';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** A name that contains `word` and then at most `rest` identifier characters, then an assignment. */
const namedAs = (word: string, rest = 16): string => `${ci(word)}[A-Za-z0-9_.-]{0,${rest}}${ASSIGN}`;
/** A value (regex source) directly assigned to a name containing one of `words` (`…_CLIENT_ID=`). */
const assignedTo = (words: string[], value: string, rest = 16): string =>
  `(?<=(?:${words.map(ci).join('|')})[A-Za-z0-9_.-]{0,${rest}}${ASSIGN})(?<![A-Za-z0-9])${value}(?![A-Za-z0-9])`;

/** The decoded bytes of a base64 / base64url string, or undefined. */
function decode64(s: string): string | undefined {
  try {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- Salesforce

/**
 * Salesforce OAuth access tokens (session IDs) are `<15-char org ID>!<opaque part>`: the org ID
 * starts `00D` (developer.salesforce.com token responses; the CLI docs' example `00D…!AQkAQA`).
 * The opaque part is about 96 characters of `[A-Za-z0-9._]` in examples: 80–200 are accepted.
 * Refresh tokens start `5Aep` and consumer keys `3MVG9` (seen in every token response and
 * connected app, not documented as a format; lengths from examples). A consumer secret (64
 * upper-case hex, or 19 digits in older apps) has no shape of its own: it is reported only with its
 * consumer key. No `live`: every check goes to the org's own instance (My Domain) URL, which
 * neither part names.
 */
export const salesforce: ProviderRecord = {
  id: 'salesforce',
  name: 'Salesforce',
  rules: [
    {
      id: 'salesforce-access-token',
      description: 'Salesforce OAuth access token / session ID (00D org ID + "!" + opaque part).',
      pattern: `${START}00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200}${END}`,
      keywords: ['00d'],
      requires: ['!'],
      window: { before: 8, after: 224 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'salesforce-refresh-token',
      description: 'Salesforce OAuth refresh token (5Aep + about 80 characters).',
      pattern: `${START}5Aep[A-Za-z0-9._]{70,120}${END}`,
      keywords: ['5aep'],
      window: { before: 8, after: 136 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
    {
      id: 'salesforce-consumer-secret',
      description: 'Salesforce connected-app consumer secret (64 hex or 19 digits) with its consumer key (3MVG9…).',
      pattern: withContext(START_ALNUM, `(?<=${namedAs('secret')})`, '(?:[0-9A-F]{64}|[0-9]{19})', END_ALNUM),
      keywords: ['3mvg9'],
      window: { before: 400, after: 400 },
      confidence: 'high',
      minEntropy: 2.5,
      pair: {
        label: 'consumer key',
        pattern: `${START}3MVG9[A-Za-z0-9._]{60,100}${END}`,
        window: { before: 400, after: 400 },
        required: true,
        envNames: ['SF_CLIENT_ID', 'SALESFORCE_CLIENT_ID', 'SALESFORCE_CONSUMER_KEY'],
      },
    },
  ],
  envNames: ['SF_ACCESS_TOKEN', 'SFDX_ACCESS_TOKEN', 'SALESFORCE_ACCESS_TOKEN', 'SALESFORCE_REFRESH_TOKEN', 'SALESFORCE_CLIENT_SECRET'],
  envNote: 'Salesforce CLI reads SF_ACCESS_TOKEN (SFDX_ACCESS_TOKEN in older releases) with the org instance URL; the other names are common conventions.',
  format: {
    prefixes: ['5Aep', '00D'],
    charset: '[A-Za-z0-9._!]',
    lengths: [[19, 19], [64, 64], [74, 124], [96, 216]],
    full: '00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200}|5Aep[A-Za-z0-9._]{70,120}|[0-9A-F]{64}|[0-9]{19}',
  },
  rotateUrl: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_request_manage.htm',
  noLive: "every request goes to the org's own instance (My Domain) URL, which the token does not name",
};

// ---------------------------------------------------------------- HubSpot

/**
 * HubSpot private app access tokens: `pat-<region>-<UUID>` (`pat-na1-…`, `pat-eu1-…`; HubSpot's
 * docs mask it as `***-***-****…`). Legacy API keys (sunset 2022, sent as `hapikey=`) and developer
 * API keys are bare UUIDs: reported next to a HubSpot name only. The live check reads the account
 * details (`GET /account-info/v3/details`, Bearer): 200 valid, 401 invalid, 403 an authenticated
 * token without the scope. Only `pat-` tokens are sent (UUID keys go in a URL query).
 */
export const hubspot: ProviderRecord = {
  id: 'hubspot',
  name: 'HubSpot',
  rules: [
    {
      id: 'hubspot-private-app-token',
      description: 'HubSpot private app access token (pat-<region>-<UUID>).',
      pattern: `${START}pat-[a-z]{2}[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}${END}`,
      keywords: ['pat-'],
      window: { before: 8, after: 56 },
      confidence: 'high',
      minEntropy: 3,
    },
    {
      id: 'hubspot-api-key',
      description: 'HubSpot legacy API key (a UUID) assigned to a HubSpot key name or sent as hapikey=.',
      pattern: withContext(
        START,
        `(?:(?<=${ci('hapikey')}${ASSIGN})|(?<=${ci('hubspot')}[\\s\\S]{0,64}(?:${['key', 'token'].map(ci).join('|')})[\\s\\S]{0,48})(?<!${ci('developer')}[\\s\\S]{0,48}))`,
        UUID,
        END,
      ),
      keywords: ['hubspot', 'hapikey'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
    {
      id: 'hubspot-developer-api-key',
      description: 'HubSpot developer API key (a UUID) assigned to a HubSpot developer key name.',
      pattern: withContext(START, `(?<=${ci('hubspot')}[\\s\\S]{0,64}${ci('developer')}[\\s\\S]{0,48})`, UUID, END),
      keywords: ['hubspot'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['HUBSPOT_ACCESS_TOKEN', 'HUBSPOT_PRIVATE_APP_TOKEN', 'HUBSPOT_API_KEY', 'HUBSPOT_DEVELOPER_API_KEY'],
  envNote: "HubSpot's client libraries take the token in code; HUBSPOT_ACCESS_TOKEN is the name used in HubSpot's own samples.",
  format: {
    prefixes: ['pat-'],
    charset: '[A-Za-z0-9-]',
    lengths: [[36, 36], [44, 44]],
    full: `pat-[a-z]{2}[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|${UUID}`,
  },
  rotateUrl: 'https://developers.hubspot.com/docs/apps/legacy-apps/private-apps/overview',
  live: { base: 'https://api.hubapi.com', path: '/account-info/v3/details', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['pat-'] },
};

// ---------------------------------------------------------------- Zendesk, Freshdesk

/** Zendesk API tokens: 40 alphanumerics (from the Admin Center), used as `{email}/token:{token}`. */
export const zendesk: ProviderRecord = {
  id: 'zendesk',
  name: 'Zendesk',
  rules: [
    {
      id: 'zendesk-api-token',
      description: 'Zendesk API token (40 alphanumerics) next to a Zendesk key/token name.',
      pattern: namedKey('zendesk', '[A-Za-z0-9]{40}'),
      keywords: ['zendesk'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['ZENDESK_API_TOKEN', 'ZENDESK_TOKEN'],
  envNote: 'Zendesk clients pair the token with ZENDESK_EMAIL (or ZENDESK_USERNAME) and ZENDESK_SUBDOMAIN.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: '[A-Za-z0-9]{40}' },
  rotateUrl: 'https://support.zendesk.com/hc/en-us/articles/4408889192858-Managing-access-to-the-Zendesk-API',
  noLive: "every request goes to the customer's own subdomain (<name>.zendesk.com), which the token does not name",
};

/** Freshdesk API keys: 20 alphanumerics in examples (no documented length: 18–24 accepted), sent as Basic `key:X`. */
export const freshdesk: ProviderRecord = {
  id: 'freshdesk',
  name: 'Freshdesk',
  rules: [
    {
      id: 'freshdesk-api-key',
      description: 'Freshdesk API key (about 20 alphanumerics) next to a Freshdesk key name.',
      pattern: namedKey('freshdesk', '[A-Za-z0-9]{18,24}'),
      keywords: ['freshdesk'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['FRESHDESK_API_KEY'],
  envNote: 'Freshdesk clients pair the key with FRESHDESK_DOMAIN (<name>.freshdesk.com).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[18, 24]], full: '[A-Za-z0-9]{18,24}' },
  rotateUrl: 'https://support.freshdesk.com/support/solutions/articles/215517-how-to-find-your-api-key',
  noLive: "every request goes to the customer's own domain (<name>.freshdesk.com), which the key does not name",
};

// ---------------------------------------------------------------- Asana, Airtable

/**
 * Asana personal access tokens: `1/<user gid>:<32 hex>` and the newer `2/<user gid>/<app gid>:<32
 * hex>` (seen in tokens; Asana asks clients to treat tokens as opaque). The shape has no literal
 * the keyword scanner can find, so "asana" must be nearby (a variable, an app.asana.com URL).
 * Live: `GET /api/1.0/users/me` (Bearer): 200 valid, 401 invalid.
 */
export const asana: ProviderRecord = {
  id: 'asana',
  name: 'Asana',
  rules: [
    {
      id: 'asana-personal-access-token',
      description: 'Asana personal access token (1/<gid>:<32 hex> or 2/<gid>/<gid>:<32 hex>) next to "asana".',
      pattern: withContext('(?<![A-Za-z0-9/])', near(['asana'], 160, 160), '(?:1/[0-9]{6,20}|2/[0-9]{6,20}/[0-9]{6,20}):[0-9a-f]{32}', END_ALNUM),
      keywords: ['asana'],
      window: { before: 240, after: 240 },
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['ASANA_ACCESS_TOKEN', 'ASANA_PAT', 'ASANA_TOKEN'],
  format: { prefixes: ['2/', '1/'], charset: '[0-9a-f/:]', lengths: [[42, 80]], full: '(?:1/[0-9]{6,20}|2/[0-9]{6,20}/[0-9]{6,20}):[0-9a-f]{32}' },
  rotateUrl: 'https://app.asana.com/0/my-apps',
  live: { base: 'https://app.asana.com', path: '/api/1.0/users/me', method: 'GET', auth: { kind: 'bearer' } },
};

/**
 * Airtable personal access tokens: `pat` + 14 alphanumerics (the token ID) + `.` + 64 hex (seen in
 * tokens). Legacy API keys (`key` + 14) stopped working in February 2024: low confidence. Neither
 * shape has a keyword rare enough to scan for (`pat`, `key`), so "airtable" must be nearby.
 * Live: `GET /v0/meta/whoami` (Bearer) for `pat` tokens: 200 valid, 401 invalid.
 */
export const airtable: ProviderRecord = {
  id: 'airtable',
  name: 'Airtable',
  rules: [
    {
      id: 'airtable-personal-access-token',
      description: 'Airtable personal access token (pat + 14 alphanumerics + "." + 64 hex) next to "airtable".',
      pattern: withContext(START, near(['airtable'], 160, 160), 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}', END),
      keywords: ['airtable'],
      window: { before: 260, after: 260 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'airtable-api-key',
      description: 'Airtable legacy API key (key + 14 alphanumerics; retired in 2024) next to "airtable".',
      pattern: withContext(START_ALNUM, near(['airtable'], 120, 0), 'key[A-Za-z0-9]{14}', END_ALNUM),
      keywords: ['airtable'],
      window: { before: 8, after: 160 },
      confidence: 'low',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['AIRTABLE_API_KEY', 'AIRTABLE_ACCESS_TOKEN', 'AIRTABLE_TOKEN', 'AIRTABLE_PAT'],
  envNote: 'airtable.js reads AIRTABLE_API_KEY (which now holds a personal access token) and AIRTABLE_ENDPOINT_URL.',
  format: { prefixes: ['pat', 'key'], charset: '[A-Za-z0-9.]', lengths: [[17, 17], [82, 82]], full: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}|key[A-Za-z0-9]{14}' },
  rotateUrl: 'https://airtable.com/create/tokens',
  live: { base: 'https://api.airtable.com', path: '/v0/meta/whoami', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['AIRTABLE_ENDPOINT_URL'], prefixes: ['pat'] },
};

// ---------------------------------------------------------------- monday.com

/** A monday.com API token: an HS256 JWT whose claims start `{"tid":` with numeric account, user and app ids. */
export function isMondayToken(s: string): boolean {
  const p = decodeJwtPayload(s);
  return typeof p?.['tid'] === 'number' && typeof p['uid'] === 'number' && (typeof p['aai'] === 'number' || typeof p['per'] === 'string');
}

/** monday.com's GraphQL answers: `data.me` is a working token; "Not Authenticated" errors a bad one. */
export function interpretMonday(res: LiveResponse): LiveVerdict | undefined {
  const body = res.body.slice(0, 4000);
  const errors = field(res.json, 'errors');
  const first = Array.isArray(errors) ? str(errors[0], 'message') : undefined;
  if (/not authenticated|invalid token|UserUnauthorizedException/i.test(body)) return verdict('invalid', first ?? errorDetail(res));
  if (res.status === 200 && field(res.json, 'data', 'me') !== undefined) return verdict('valid');
  if (res.status === 200 && first !== undefined) return verdict('unknown', first);
  return undefined;
}

/**
 * monday.com API tokens (personal and app tokens) are JWTs (HS256) whose claims begin with the
 * account id `tid`, then `aai`, `uid`, `per`… (seen in tokens, not documented). The claims start is
 * found in its base64url form (`eyJ0aWQiOj`), and `verify` decodes them. Live: `POST /v2` with the
 * query `{ me { id } }`, token in Authorization without a prefix: 200 with `data.me` valid,
 * 401 / "Not Authenticated" invalid. A read: nothing is changed.
 */
export const monday: ProviderRecord = {
  id: 'monday',
  name: 'monday.com',
  rules: [
    {
      id: 'monday-api-token',
      description: 'monday.com API token: a JWT whose claims start with the account id ("tid").',
      pattern: `${START}eyJ[A-Za-z0-9_-]{10,100}\\.eyJ0aWQiOj[A-Za-z0-9_-]{20,600}\\.[A-Za-z0-9_-]{20,90}${END}`,
      keywords: ['eyj0awqioj'],
      window: { before: 120, after: 720 },
      confidence: 'high',
      verify: isMondayToken,
    },
  ],
  envNames: ['MONDAY_API_TOKEN', 'MONDAY_API_KEY', 'MONDAY_TOKEN'],
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[100, 800]], full: 'eyJ[A-Za-z0-9_-]{10,100}\\.eyJ0aWQiOj[A-Za-z0-9_-]{20,600}\\.[A-Za-z0-9_-]{20,90}' },
  rotateUrl: 'https://developer.monday.com/api-reference/docs/authentication',
  live: {
    base: 'https://api.monday.com',
    path: '/v2',
    method: 'POST',
    auth: { kind: 'header', name: 'Authorization' },
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ me { id } }"}',
    interpret: interpretMonday,
  },
};

// ---------------------------------------------------------------- ClickUp, Trello

/**
 * ClickUp personal API tokens: `pk_<user id>_<32 upper-case alphanumerics>` (ClickUp's API docs
 * name the `pk_` prefix; the rest from examples). `pk_` alone is Stripe's publishable-key prefix
 * too, so the keywords are `pk_` with the user id's first digit. Live: `GET /api/v2/user`, token in
 * Authorization without a prefix: 200 valid, 401 invalid.
 */
export const clickup: ProviderRecord = {
  id: 'clickup',
  name: 'ClickUp',
  rules: [
    {
      id: 'clickup-personal-token',
      description: 'ClickUp personal API token (pk_<user id>_<32 upper-case alphanumerics>).',
      pattern: `${START}pk_[1-9][0-9]{2,11}_[A-Z0-9]{32}${END}`,
      keywords: ['pk_1', 'pk_2', 'pk_3', 'pk_4', 'pk_5', 'pk_6', 'pk_7', 'pk_8', 'pk_9'],
      window: { before: 8, after: 56 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['CLICKUP_API_TOKEN', 'CLICKUP_API_KEY', 'CLICKUP_TOKEN'],
  format: { prefixes: ['pk_'], charset: '[A-Z0-9_]', lengths: [[39, 48]], full: 'pk_[1-9][0-9]{2,11}_[A-Z0-9]{32}' },
  rotateUrl: 'https://app.clickup.com/settings/apps',
  live: { base: 'https://api.clickup.com', path: '/api/v2/user', method: 'GET', auth: { kind: 'header', name: 'Authorization' } },
};

/** The Trello API key (32 hex) that a token is used with, assigned to a key name. */
const TRELLO_KEY = assignedTo(['key'], '[0-9a-f]{32}', 12);

/**
 * Trello tokens authorize an API key (32 hex, public: it identifies the Power-Up) for one user.
 * Tokens issued since 2023 start `ATTA` (64 hex and an 8-hex tail in examples: 64–72 accepted);
 * older ones are 64 hex, reported next to "trello". Live: `GET /1/members/me?fields=id` with
 * Trello's OAuth header (`Authorization: OAuth oauth_consumer_key="<key>", oauth_token="<token>"`),
 * so the token never sits in a URL: 200 valid, 401 "invalid token".
 */
export const trello: ProviderRecord = {
  id: 'trello',
  name: 'Trello',
  rules: [
    {
      id: 'trello-api-token',
      description: 'Trello API token (ATTA + 64–72 hex), with its API key when nearby.',
      pattern: `${START}ATTA[a-fA-F0-9]{64,72}${END}`,
      keywords: ['atta'],
      window: { before: 8, after: 88 },
      confidence: 'high',
      minEntropy: 3,
      pair: { label: 'API key', pattern: TRELLO_KEY, envNames: ['TRELLO_API_KEY', 'TRELLO_KEY'] },
    },
    {
      id: 'trello-legacy-token',
      description: 'Trello API token in the pre-2023 form (64 hex) next to a Trello key/token name, with its API key when nearby.',
      pattern: namedKey('trello', '[a-f0-9]{64}'),
      keywords: ['trello'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 6,
      pair: { label: 'API key', pattern: TRELLO_KEY, envNames: ['TRELLO_API_KEY', 'TRELLO_KEY'] },
    },
  ],
  envNames: ['TRELLO_TOKEN', 'TRELLO_API_TOKEN'],
  envNote: 'Trello clients read the token with TRELLO_API_KEY (or TRELLO_KEY); the key alone grants nothing.',
  format: { prefixes: ['ATTA'], charset: '[a-fA-F0-9]', lengths: [[64, 64], [68, 76]], full: 'ATTA[a-fA-F0-9]{64,72}|[a-f0-9]{64}' },
  rotateUrl: 'https://trello.com/my/account',
  live: {
    base: 'https://api.trello.com',
    path: '/1/members/me?fields=id',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'OAuth oauth_consumer_key="{pair}", oauth_token="', suffix: '"' },
  },
};

// ---------------------------------------------------------------- Figma, Typeform

/**
 * Figma personal access tokens start `figd_` (40-odd base64url characters in examples: 38–48
 * accepted). Live: `GET /v1/me` with the X-Figma-Token header (developers.figma.com): 200 valid,
 * 403 "Invalid token".
 */
export const figma: ProviderRecord = {
  id: 'figma',
  name: 'Figma',
  rules: [
    {
      id: 'figma-personal-access-token',
      description: 'Figma personal access token (figd_ + about 40 base64url characters).',
      pattern: `${START}figd_[A-Za-z0-9_-]{38,48}${END}`,
      keywords: ['figd_'],
      window: { before: 8, after: 64 },
      confidence: 'high',
      minEntropy: 3.8,
    },
  ],
  envNames: ['FIGMA_ACCESS_TOKEN', 'FIGMA_TOKEN', 'FIGMA_API_KEY'],
  format: { prefixes: ['figd_'], charset: '[A-Za-z0-9_-]', lengths: [[43, 53]], full: 'figd_[A-Za-z0-9_-]{38,48}' },
  rotateUrl: 'https://help.figma.com/hc/en-us/articles/8085703771159-Manage-personal-access-tokens',
  live: {
    base: 'https://api.figma.com',
    path: '/v1/me',
    method: 'GET',
    auth: { kind: 'header', name: 'X-Figma-Token' },
    prefixes: ['figd_'],
    // Figma answers a token it does not know with 403 "Invalid token".
    interpret: (res) => (res.status === 403 && /invalid token/i.test(res.body.slice(0, 1000)) ? verdict('invalid', errorDetail(res) ?? 'Invalid token') : undefined),
  },
};

/** Typeform's documented example token (typeform.com/developers personal-access-token page). */
const TYPEFORM_DOC_EXAMPLE = 'tfp_943af478d3ff3d4d760020c11af102b79c440513';

/**
 * Typeform personal access tokens start `tfp_` (the docs' example is 40 hex after it; issued
 * tokens are longer, with `_` inside: 40–90 accepted). Live: `GET /me` (Bearer): 200 valid, 401.
 */
export const typeform: ProviderRecord = {
  id: 'typeform',
  name: 'Typeform',
  rules: [
    {
      id: 'typeform-personal-access-token',
      description: 'Typeform personal access token (tfp_ + 40–90 characters).',
      pattern: `${START}tfp_[A-Za-z0-9_-]{40,90}${END}`,
      keywords: ['tfp_'],
      window: { before: 8, after: 104 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 2,
      verify: (s) => s !== TYPEFORM_DOC_EXAMPLE,
    },
  ],
  envNames: ['TYPEFORM_TOKEN', 'TYPEFORM_API_TOKEN', 'TYPEFORM_ACCESS_TOKEN'],
  format: { prefixes: ['tfp_'], charset: '[A-Za-z0-9_-]', lengths: [[44, 94]], full: 'tfp_[A-Za-z0-9_-]{40,90}' },
  rotateUrl: 'https://admin.typeform.com/user/tokens',
  hosts: ['api.eu.typeform.com'],
  live: { base: 'https://api.typeform.com', path: '/me', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- DocuSign

/**
 * DocuSign apps have an integration key (a UUID, the OAuth client ID) and secret keys (UUIDs),
 * used only in the authorization-code grant; the JWT grant signs with the app's RSA private key,
 * which the generic private-key rule reports. The secret key is reported when assigned to a
 * DocuSign secret name, with the integration key when nearby. No `live`: a secret is only ever
 * exchanged together with a user's authorization code.
 */
export const docusign: ProviderRecord = {
  id: 'docusign',
  name: 'DocuSign',
  rules: [
    {
      id: 'docusign-secret-key',
      description: 'DocuSign app secret key (a UUID) assigned to a DocuSign secret name, with the integration key when nearby.',
      pattern: withContext(START_ALNUM, `(?<=${ci('docusign')}[\\s\\S]{0,64}${namedAs('secret')})`, UUID, END_ALNUM),
      keywords: ['docusign'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
      pair: {
        label: 'integration key',
        pattern: assignedTo(['integration', 'client_id', 'clientid', 'client-id', 'ikey'], UUID),
        envNames: ['DOCUSIGN_INTEGRATION_KEY', 'DOCUSIGN_CLIENT_ID'],
      },
    },
  ],
  envNames: ['DOCUSIGN_SECRET_KEY', 'DOCUSIGN_CLIENT_SECRET'],
  format: { prefixes: [], charset: '[0-9a-fA-F-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://admindemo.docusign.com/apps-and-keys',
  noLive: "a secret key is only sent with a user's authorization code, in a token exchange",
};

// ---------------------------------------------------------------- Dropbox

/**
 * Dropbox access tokens issued today are short-lived (4 hours) and start `sl.` (`sl.u.` for the
 * newer, longer form): 130–1,400 base64url characters accepted. Long-lived tokens (no longer
 * issued, 64 characters) are reported next to "dropbox"; app secrets (15 lower-case
 * alphanumerics) only with their app key. Live, for `sl.` tokens: `POST
 * /2/users/get_current_account` with the JSON body `null` (Bearer): 200 valid, 401 invalid
 * (expired tokens too: `expired_access_token`).
 */
export const dropbox: ProviderRecord = {
  id: 'dropbox',
  name: 'Dropbox',
  rules: [
    {
      id: 'dropbox-short-lived-token',
      description: 'Dropbox short-lived access token (sl. or sl.u. + 130 or more base64url characters).',
      pattern: `${START}sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}${END}`,
      keywords: ['sl.'],
      window: { before: 8, after: 1420 },
      confidence: 'high',
      minEntropy: 4.5,
    },
    {
      id: 'dropbox-long-lived-token',
      description: 'Dropbox long-lived access token (64 base64url characters) next to "dropbox".',
      pattern: withContext(START, near(['dropbox'], 120, 0), '[A-Za-z0-9_-]{64}', END),
      keywords: ['dropbox'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
    {
      id: 'dropbox-app-secret',
      description: 'Dropbox app secret (15 lower-case alphanumerics) with its app key, next to "dropbox".',
      pattern: withContext(START_ALNUM, `${near(['dropbox'], 160, 0)}(?<=${namedAs('secret', 8)})`, '[a-z0-9]{15}', END_ALNUM),
      keywords: ['dropbox'],
      window: { before: 8, after: 240 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 2,
      pair: { label: 'app key', pattern: assignedTo(['key', 'client_id', 'clientid'], '[a-z0-9]{15}', 8), required: true, envNames: ['DROPBOX_APP_KEY'] },
    },
  ],
  envNames: ['DROPBOX_ACCESS_TOKEN', 'DROPBOX_TOKEN', 'DROPBOX_APP_SECRET'],
  format: { prefixes: ['sl.u.', 'sl.'], charset: '[A-Za-z0-9_-]', lengths: [[15, 15], [64, 64], [133, 1405]], full: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1400}|[A-Za-z0-9_-]{64}|[a-z0-9]{15}' },
  rotateUrl: 'https://www.dropbox.com/account/connected_apps',
  live: {
    base: 'https://api.dropboxapi.com',
    path: '/2/users/get_current_account',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/json' },
    body: 'null',
    prefixes: ['sl.'],
  },
};

// ---------------------------------------------------------------- Box

/**
 * Box developer tokens (60 minutes) and access tokens are 32 alphanumerics with no prefix: reported
 * when assigned to a Box token name or sent as Bearer to api.box.com. Live: `GET /2.0/users/me`
 * (Bearer): 200 valid, 401 invalid. App credentials are the record below.
 */
export const box: ProviderRecord = {
  id: 'box',
  name: 'Box',
  rules: [
    {
      id: 'box-developer-token',
      description: 'Box developer or access token (32 alphanumerics) assigned to a Box token name or sent to api.box.com.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('box')}[_.-]?(?:${['developer', 'dev', 'access', 'api'].map(ci).join('|')})[_-]?${ci('token')}${ASSIGN})|(?<=${ci('api.box.com')}[\\s\\S]{0,160}${ci('bearer')}\\s{1,4}))`,
        '[A-Za-z0-9]{32}',
        END_ALNUM,
      ),
      keywords: ['box_developer_token', 'box_dev_token', 'box_access_token', 'box_api_token', 'boxdevelopertoken', 'boxaccesstoken', 'api.box.com'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['BOX_DEVELOPER_TOKEN', 'BOX_ACCESS_TOKEN'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://app.box.com/developers/console',
  live: { base: 'https://api.box.com', path: '/2.0/users/me', method: 'GET', auth: { kind: 'bearer' } },
};

/** Box's client ID (32 lower-case alphanumerics), as a `clientID` JSON field or assigned to a client-id name. */
const BOX_CLIENT_ID = `(?:(?<="${ci('clientID')}"\\s{0,4}:\\s{0,4}")|(?<=${ci('client')}[_-]?${ci('id')}${ASSIGN}))(?<![A-Za-z0-9])[a-z0-9]{32}(?![A-Za-z0-9])`;

/**
 * Box app credentials: the client secret (32 alphanumerics) of an OAuth / client-credentials app,
 * and the same secret inside the JWT app config JSON (`boxAppSettings.clientSecret`, with
 * `appAuth.privateKey`, which the private-key rule reports, and its `passphrase`). Reported with the
 * client ID when nearby. No `live`: a secret is only exchanged for a new access token.
 */
export const boxAppCredentials: ProviderRecord = {
  id: 'box-app-credentials',
  name: 'Box (app client secret)',
  rules: [
    {
      id: 'box-client-secret',
      description: 'Box app client secret (32 alphanumerics) assigned to a Box client-secret name, with the client ID when nearby.',
      pattern: withContext(START_ALNUM, `(?<=${ci('box')}[_.-]?${ci('client')}[_-]?${ci('secret')}${ASSIGN})`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['box_client_secret', 'boxclientsecret', 'box.client_secret', 'box-client-secret'],
      window: { before: 8, after: 64 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      pair: { label: 'client ID', pattern: BOX_CLIENT_ID, envNames: ['BOX_CLIENT_ID'] },
    },
    {
      id: 'box-jwt-config-client-secret',
      description: 'Box JWT app config (boxAppSettings JSON): its clientSecret, with the clientID.',
      pattern: withContext(START_ALNUM, `(?<=${ci('boxAppSettings')}[\\s\\S]{0,300}"${ci('clientSecret')}"\\s{0,4}:\\s{0,4}")`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['boxappsettings'],
      window: { before: 8, after: 420 },
      confidence: 'high',
      minEntropy: 3.5,
      pair: { label: 'client ID', pattern: BOX_CLIENT_ID, envNames: ['BOX_CLIENT_ID'] },
    },
  ],
  envNames: ['BOX_CLIENT_SECRET'],
  envNote: 'Box SDKs take the JWT config as a file (BOX_CONFIG / config.json) or BOX_CLIENT_ID + BOX_CLIENT_SECRET.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://app.box.com/developers/console',
  noLive: 'a client secret is only exchanged for a new access token (client-credentials or JWT grant)',
};

// ---------------------------------------------------------------- Calendly, Miro

const CALENDLY_ISS = base64Infixes('calendly.com');

/**
 * Calendly personal access tokens and OAuth tokens are ES256 JWTs issued by
 * `https://auth.calendly.com` (seen in tokens): the issuer is found in its base64url form and
 * decoded by `verify`. Live: `GET /users/me` (Bearer): 200 valid, 401 invalid.
 */
export const calendly: ProviderRecord = {
  id: 'calendly',
  name: 'Calendly',
  rules: [
    {
      id: 'calendly-personal-access-token',
      description: 'Calendly personal access or OAuth token: a JWT issued by auth.calendly.com.',
      pattern: `${START}eyJ[A-Za-z0-9_-]{8,300}\\.eyJ[A-Za-z0-9_-]{0,300}?(?:${CALENDLY_ISS.join('|')})[A-Za-z0-9_-]{0,800}\\.[A-Za-z0-9_-]{40,400}${END}`,
      keywords: CALENDLY_ISS.map((k) => k.toLowerCase()),
      window: { before: 640, after: 1240 },
      confidence: 'high',
      verify: (s) => /^https:\/\/(?:[a-z0-9-]+\.)?calendly\.com$/.test(String(decodeJwtPayload(s)?.['iss'] ?? '')),
    },
  ],
  envNames: ['CALENDLY_ACCESS_TOKEN', 'CALENDLY_API_KEY', 'CALENDLY_TOKEN'],
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[120, 1600]] },
  rotateUrl: 'https://calendly.com/integrations/api_webhooks',
  live: { base: 'https://api.calendly.com', path: '/users/me', method: 'GET', auth: { kind: 'bearer' } },
};

/** A Miro token's first part decodes to `{"miro.origin":"<region>"}`. */
export function isMiroToken(s: string): boolean {
  const head = s.slice(0, s.indexOf('_'));
  return /^\{"miro\.origin":"[A-Za-z0-9-]{1,16}"\}$/.test(decode64(head) ?? '');
}

/**
 * Miro access tokens: base64url `{"miro.origin":"eu01"}`, `_`, then the opaque token (27
 * characters in examples: 20–60 accepted; seen in tokens, not documented). Live: `GET
 * /v1/oauth-token` (Bearer), Miro's token-info call: 200 valid, 401 invalid.
 */
export const miro: ProviderRecord = {
  id: 'miro',
  name: 'Miro',
  rules: [
    {
      id: 'miro-access-token',
      description: 'Miro access token (base64url {"miro.origin":…} + "_" + opaque part).',
      pattern: `${START}eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9-]{4,40}_[A-Za-z0-9_-]{20,60}${END}`,
      keywords: ['eyjtaxjvlm9yawdpbii6'],
      window: { before: 8, after: 128 },
      confidence: 'high',
      minEntropy: 3.5,
      verify: isMiroToken,
    },
  ],
  envNames: ['MIRO_ACCESS_TOKEN', 'MIRO_TOKEN', 'MIRO_API_TOKEN'],
  format: { prefixes: ['eyJtaXJvLm9yaWdpbiI6'], charset: '[A-Za-z0-9_-]', lengths: [[45, 121]], full: 'eyJtaXJvLm9yaWdpbiI6[A-Za-z0-9-]{4,40}_[A-Za-z0-9_-]{20,60}' },
  rotateUrl: 'https://miro.com/app/settings/user-profile/apps',
  live: { base: 'https://api.miro.com', path: '/v1/oauth-token', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Smartsheet, Pipedrive

/**
 * Smartsheet API access tokens: 26 lower-case alphanumerics in older examples, 37 alphanumerics
 * since 2023 (both accepted), next to a Smartsheet name. Live: `GET /2.0/users/me` (Bearer): 200
 * valid, 401 invalid (error code 1002/1003).
 */
export const smartsheet: ProviderRecord = {
  id: 'smartsheet',
  name: 'Smartsheet',
  rules: [
    {
      id: 'smartsheet-access-token',
      description: 'Smartsheet API access token (26 or 37 alphanumerics) next to a Smartsheet key/token name.',
      pattern: namedKey('smartsheet', '(?:[A-Za-z0-9]{37}|[A-Za-z0-9]{26})'),
      keywords: ['smartsheet'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['SMARTSHEET_ACCESS_TOKEN', 'SMARTSHEET_API_TOKEN'],
  envNote: 'The Smartsheet SDKs read SMARTSHEET_ACCESS_TOKEN.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[26, 26], [37, 37]], full: '[A-Za-z0-9]{37}|[A-Za-z0-9]{26}' },
  rotateUrl: 'https://app.smartsheet.com/b/home?dlp=PersonalSettings',
  hosts: ['api.smartsheet.eu', 'api.smartsheet.au', 'api.smartsheetgov.com'],
  live: { base: 'https://api.smartsheet.com', path: '/2.0/users/me', method: 'GET', auth: { kind: 'bearer' } },
};

/** Pipedrive's documented example token (pipedrive.readme.io, core API concepts: authentication). */
const PIPEDRIVE_DOC_EXAMPLE = '659c9fddb16335e48cc67114694b52074e812e03';

/**
 * Pipedrive personal API tokens: 40 hex (the docs' example), one per user and company, sent in
 * the `x-api-token` header. Live: `GET /v1/users/me` on api.pipedrive.com: 200 valid, 401 invalid.
 */
export const pipedrive: ProviderRecord = {
  id: 'pipedrive',
  name: 'Pipedrive',
  rules: [
    {
      id: 'pipedrive-api-token',
      description: 'Pipedrive API token (40 hex) next to a Pipedrive key/token name.',
      pattern: namedKey('pipedrive', '[a-f0-9]{40}'),
      keywords: ['pipedrive'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 6,
      verify: (s) => s !== PIPEDRIVE_DOC_EXAMPLE,
    },
  ],
  envNames: ['PIPEDRIVE_API_TOKEN', 'PIPEDRIVE_API_KEY', 'PIPEDRIVE_TOKEN'],
  format: { prefixes: [], charset: '[a-f0-9]', lengths: [[40, 40]], full: '[a-f0-9]{40}' },
  rotateUrl: 'https://app.pipedrive.com/settings/api',
  live: { base: 'https://api.pipedrive.com', path: '/v1/users/me', method: 'GET', auth: { kind: 'header', name: 'x-api-token' } },
};

// ---------------------------------------------------------------- Zoho

/**
 * Zoho OAuth access and refresh tokens: `1000.<32 hex>.<32 hex>`; client IDs `1000.<30 upper-case
 * alphanumerics>`; client secrets about 42 alphanumerics, reported only with the client ID (all
 * from Zoho's API console and examples). No `live`: tokens are checked at the account's own data
 * centre (zoho.com, zoho.eu, zoho.in, zoho.com.au, …), which they do not name.
 */
export const zoho: ProviderRecord = {
  id: 'zoho',
  name: 'Zoho',
  rules: [
    {
      id: 'zoho-oauth-token',
      description: 'Zoho OAuth access or refresh token (1000. + 32 hex + . + 32 hex).',
      pattern: `${START_ALNUM}1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}${END_ALNUM}`,
      keywords: ['1000.'],
      window: { before: 8, after: 80 },
      confidence: 'high',
      minEntropy: 3.2,
    },
    {
      id: 'zoho-client-secret',
      description: 'Zoho OAuth client secret (about 42 alphanumerics) with its client ID (1000. + 30).',
      pattern: withContext(START_ALNUM, `(?<=${namedAs('secret')})`, '[A-Za-z0-9]{40,44}', END_ALNUM),
      keywords: ['zoho', '1000.'],
      window: { before: 320, after: 320 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 4,
      pair: {
        label: 'client ID',
        pattern: `${START_ALNUM}1000\\.[A-Z0-9]{30}${END_ALNUM}`,
        required: true,
        envNames: ['ZOHO_CLIENT_ID'],
      },
    },
  ],
  envNames: ['ZOHO_ACCESS_TOKEN', 'ZOHO_REFRESH_TOKEN', 'ZOHO_CLIENT_SECRET'],
  format: { prefixes: ['1000.'], charset: '[A-Za-z0-9.]', lengths: [[40, 44], [70, 70]], full: '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}|[A-Za-z0-9]{40,44}' },
  rotateUrl: 'https://api-console.zoho.com/',
  noLive: "tokens are checked at the account's own data centre (zoho.com, zoho.eu, zoho.in, …), which they do not name",
};

// ---------------------------------------------------------------- Intercom

/** An Intercom access token decodes to `tok:<uuid with underscores>:<n>:<n>`. */
export function isIntercomToken(s: string): boolean {
  return /^tok:[0-9a-f_]{20,64}:[0-9]{1,4}:[0-9]{1,4}$/.test(decode64(s) ?? '');
}


export const businessAppRecords: ProviderRecord[] = [
  salesforce,
  hubspot,
  zendesk,
  freshdesk,
  asana,
  airtable,
  monday,
  clickup,
  trello,
  figma,
  typeform,
  docusign,
  dropbox,
  box,
  boxAppCredentials,
  calendly,
  miro,
  smartsheet,
  pipedrive,
  zoho,
];
