/**
 * Observability, alerting and product analytics: Datadog, New Relic, Grafana, Sentry, Honeycomb,
 * Dynatrace, Splunk, Sumo Logic, Logz.io, Better Stack, Bugsnag, Rollbar, PagerDuty, Opsgenie,
 * LaunchDarkly, PostHog, Mixpanel, Amplitude, Segment, Elastic.
 *
 * Deliberately not reported (client-side or public by design; shipping them in a web page or an
 * app is the documented use):
 * - Datadog client tokens (`pub` + 32 hex, browser logs and RUM);
 * - New Relic browser keys (`NRJS-`) and mobile app tokens (`…-NRMA`);
 * - Sentry DSNs that carry only the public key (`https://<key>@o1.ingest.sentry.io/1`);
 * - Bugsnag notifier API keys (32 hex in every app that reports errors);
 * - Rollbar `post_client_item` tokens (the `_rollbarConfig` browser snippet);
 * - LaunchDarkly mobile keys (`mob-`) and client-side IDs;
 * - PostHog project API keys (`phc_`, the capture key in every frontend);
 * - Mixpanel project tokens and the Amplitude API key alone (both sent by the browser SDKs);
 * - Segment write keys: analytics.js puts them in every page; they can only send events, which
 *   Segment's own docs treat as a client-side value. Reporting them would flag every site that
 *   uses Segment. (The Public API token, `sgp_`, is reported.)
 * - Elastic `cloud_id` (deployment name + base64 of host names).
 */
import { crc32 } from '../checksum.js';
import type { LiveCheck, LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, START, START_ALNUM, ci, errorDetail, field, near, str, verdict, withContext } from './shared.js';

// ---------------------------------------------------------------- local helpers

/** The key-ish words of `shared.namedKey`, here for several provider words at once. */
const KEYISH = ['key', 'token', 'secret', 'access', 'private', 'bearer', 'authorization'].map(ci).join('|');

/**
 * A prefix-less `value` preceded (within `span` chars) by one of `names` and then a key-ish word,
 * as `namedKey` in shared.ts does for a single name. Bounded look-behind: constant work per candidate.
 */
function namedKeyAny(names: string[], value: string, span = 64, start = START_ALNUM, end = END_ALNUM): string {
  const alt = names.map(ci).join('|');
  return withContext(start, `(?<=(?:${alt})[\\s\\S]{0,${span}}(?:${KEYISH})[\\s\\S]{0,${span}})`, value, end);
}

/** Lower-case UUID (the shape most of these APIs use for tokens). */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** UUID in either case (Splunk shows HEC tokens in upper case). */
const UUID_ANY_CASE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Base64 (standard or url-safe) decoded to text; undefined when it is not base64. */
function b64Text(s: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return undefined;
  try {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

/** Base64 of a JSON object, parsed; undefined otherwise. */
function b64Json(s: string): Record<string, unknown> | undefined {
  const text = b64Text(s);
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Datadog's error body: `{"errors": ["Forbidden"]}`. */
function firstError(res: LiveResponse): string | undefined {
  const errors = field(res.json, 'errors');
  if (Array.isArray(errors) && typeof errors[0] === 'string') return errors[0].slice(0, 200);
  if (Array.isArray(errors) && errors[0] && typeof errors[0] === 'object') return str(errors[0], 'message')?.slice(0, 200);
  return errorDetail(res);
}

// ---------------------------------------------------------------- Datadog

/**
 * Datadog API keys: 32 lower-case hex, organisation-wide, enough to submit metrics, logs and events
 * (docs.datadoghq.com/account_management/api-app-keys/; the 32-hex shape is stated in AWS Secrets
 * Manager's Datadog rotation docs). No prefix, so a Datadog / DD_API name must come first.
 *
 * Live: GET /api/v1/validate with DD-API-KEY ("Check if the API key (not the APP key) is valid. If
 * invalid, a 403 is returned"). 200 `{"valid": true}`: valid; 403: invalid. The host is the record's
 * (US1, api.datadoghq.com); other sites (datadoghq.eu, us3/us5/ap1/ap2.datadoghq.com, ddog-gov.com)
 * only through `--endpoint datadog=https://api.datadoghq.eu` — never from DD_SITE in a scanned file,
 * which would let a file choose where its key is sent.
 */
export const datadog: ProviderRecord = {
  id: 'datadog',
  name: 'Datadog (API key)',
  rules: [
    {
      id: 'datadog-api-key',
      description: 'Datadog API key (32 lower-case hex) after a Datadog / DD_API key name.',
      pattern: namedKeyAny(['datadog', 'dd_api', 'dd-api', 'ddapi'], '[0-9a-f]{32}'),
      keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 3,
    },
  ],
  envNames: ['DD_API_KEY', 'DATADOG_API_KEY'],
  envNote: 'The Agent and the API clients read DD_API_KEY (Terraform also DATADOG_API_KEY); the site comes from DD_SITE / DATADOG_HOST, which keylint check does not follow: use --endpoint datadog=https://api.<site>.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
  live: {
    base: 'https://api.datadoghq.com',
    path: '/api/v1/validate',
    method: 'GET',
    auth: { kind: 'header', name: 'DD-API-KEY' },
    interpret: (res) => {
      if (res.status === 403) return verdict('invalid', firstError(res));
      if (res.status === 200 && field(res.json, 'valid') === false) return verdict('invalid', 'valid: false');
      return undefined;
    },
  },
};

/** The other part of an application key: the organisation's API key, 32 lower-case hex. */
const DATADOG_API_KEY_PAIR = {
  label: 'API key',
  pattern: `${START_ALNUM}[0-9a-f]{32}${END_ALNUM}`,
  envNames: ['DD_API_KEY', 'DATADOG_API_KEY'],
};

/**
 * Datadog application keys: 40 lower-case hex (legacy) or `ddapp_` + 34 alphanumerics (newer
 * keys, per AWS Secrets Manager's Datadog rotation docs). An application key reads everything its
 * user may read, but only together with an API key: the finding carries the API key when one is
 * nearby.
 *
 * Live: GET /api/v2/validate_keys with DD-APPLICATION-KEY and DD-API-KEY ({pair}): 200
 * `{"status": "ok"}` when both are valid, "401 or 403 otherwise". Same host rule as the API key:
 * the record's US1 host, or `--endpoint datadog-app-key=…`.
 */
export const datadogAppKey: ProviderRecord = {
  id: 'datadog-app-key',
  name: 'Datadog (application key)',
  rules: [
    {
      id: 'datadog-application-key',
      description: 'Datadog application key (40 lower-case hex) after a Datadog / DD_APP key name, with the API key when it is nearby.',
      pattern: namedKeyAny(['datadog', 'dd_app', 'dd-app', 'ddapp'], '[0-9a-f]{40}'),
      keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 3,
      pair: DATADOG_API_KEY_PAIR,
    },
    {
      id: 'datadog-application-key-ddapp',
      description: 'Datadog application key in the ddapp_ form (ddapp_ + 34 alphanumerics), with the API key when it is nearby.',
      pattern: `${START}ddapp_[A-Za-z0-9]{34}${END}`,
      keywords: ['ddapp_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 2,
      pair: DATADOG_API_KEY_PAIR,
    },
  ],
  envNames: ['DD_APP_KEY', 'DD_APPLICATION_KEY', 'DATADOG_APP_KEY', 'DATADOG_APPLICATION_KEY'],
  envNote: 'datadog-api-client reads DD_APP_KEY; the Terraform provider DD_APP_KEY or DATADOG_APP_KEY. The API key is DD_API_KEY.',
  format: { prefixes: ['ddapp_'], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: '[0-9a-f]{40}|ddapp_[A-Za-z0-9]{34}' },
  rotateUrl: 'https://app.datadoghq.com/organization-settings/application-keys',
  live: {
    base: 'https://api.datadoghq.com',
    path: '/api/v2/validate_keys',
    method: 'GET',
    auth: { kind: 'header', name: 'DD-APPLICATION-KEY' },
    headers: { 'DD-API-KEY': '{pair}' },
    interpret: (res) => (res.status === 403 ? verdict('invalid', firstError(res) ?? 'the API key or the application key was refused') : undefined),
  },
};

// ---------------------------------------------------------------- New Relic

/** New Relic's NerdGraph errors arrive with HTTP 200: `{"errors": [{"message": "Invalid API key"}]}`. */
export function interpretNerdGraph(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 200) return undefined;
  const errors = field(res.json, 'errors');
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const message = errors.map((e) => str(e, 'message')).find((m) => m !== undefined);
  if (message && /api[ -]?key|unauthori[sz]ed|authenticat|forbidden/i.test(message)) return verdict('invalid', message.slice(0, 200));
  return verdict('unknown', message?.slice(0, 200) ?? 'NerdGraph answered with errors');
}

/**
 * New Relic user keys (NerdGraph, REST v2): `NRAK-` + 27 upper-case alphanumerics
 * (docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ names the prefix in its examples;
 * the length is seen in examples only).
 *
 * Live: POST /graphql with API-Key and the query `{ actor { user { id } } }` (a read; NerdGraph is
 * GraphQL over POST). 200 without `errors`: valid; NerdGraph reports a bad key either as 401/403
 * or as 200 with `errors`. EU and JP accounts: `--endpoint newrelic=https://api.eu.newrelic.com`.
 */
export const newrelic: ProviderRecord = {
  id: 'newrelic',
  name: 'New Relic (user key)',
  rules: [
    {
      id: 'newrelic-user-api-key',
      description: 'New Relic user API key (NRAK- + 27 upper-case alphanumerics).',
      pattern: `${START}NRAK-[A-Z0-9]{27}${END}`,
      keywords: ['nrak-'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['NEW_RELIC_API_KEY', 'NEW_RELIC_USER_KEY', 'NEWRELIC_API_KEY'],
  envNote: 'The New Relic CLI and Terraform provider read NEW_RELIC_API_KEY (the user key) with NEW_RELIC_ACCOUNT_ID and NEW_RELIC_REGION.',
  format: { prefixes: ['NRAK-'], charset: '[A-Z0-9]', lengths: [[32, 32]], full: 'NRAK-[A-Z0-9]{27}' },
  rotateUrl: 'https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher',
  live: {
    base: 'https://api.newrelic.com',
    path: '/graphql',
    method: 'POST',
    auth: { kind: 'header', name: 'API-Key' },
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ actor { user { id } } }' }),
    interpret: interpretNerdGraph,
  },
};

/**
 * New Relic ingest keys. License keys are 40 characters: the current form ends in `NRAL` (36 hex,
 * or a region tag such as `eu01xx` + 30 hex, then NRAL); the original form is 40 hex, reported only
 * after a New Relic license-key name. Insights insert (`NRII-`) and query (`NRIQ-`) keys: prefix +
 * 32 chars (lengths from examples only). A license key lets anyone write arbitrary data into the
 * account (the docs' own warning); a query key reads it.
 */
export const newrelicIngest: ProviderRecord = {
  id: 'newrelic-ingest',
  name: 'New Relic (license and Insights keys)',
  rules: [
    {
      id: 'newrelic-license-key',
      description: 'New Relic license (ingest) key: 36 hex, or a region tag + 30 hex, then NRAL.',
      pattern: `${START_ALNUM}(?:[0-9a-f]{36}|[a-z]{2}[0-9]{2}xx[0-9a-f]{30})NRAL${END_ALNUM}`,
      keywords: ['nral'],
      window: { before: 48, after: 8 },
      confidence: 'high',
      minEntropy: 3.2,
      minDigits: 3,
    },
    {
      id: 'newrelic-legacy-license-key',
      description: 'New Relic license key in the original 40-hex form, after a New Relic license name.',
      pattern: withContext(START_ALNUM, `(?<=(?:${ci('new_relic')}|${ci('newrelic')}|${ci('new-relic')}|${ci('new relic')})[\\s\\S]{0,40}${ci('license')}[\\s\\S]{0,40})`, '[0-9a-f]{40}', END_ALNUM),
      keywords: ['new_relic', 'newrelic', 'new-relic', 'new relic'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 3,
    },
    {
      id: 'newrelic-insights-insert-key',
      description: 'New Relic Insights insert key (NRII- + 32 chars).',
      pattern: `${START}NRII-[A-Za-z0-9_-]{32}${END}`,
      keywords: ['nrii-'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'newrelic-insights-query-key',
      description: 'New Relic Insights query key (NRIQ- + 32 chars).',
      pattern: `${START}NRIQ-[A-Za-z0-9_-]{32}${END}`,
      keywords: ['nriq-'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['NEW_RELIC_LICENSE_KEY', 'NEW_RELIC_INSERT_KEY', 'NEW_RELIC_QUERY_KEY'],
  envNote: 'APM agents and the infrastructure agent read NEW_RELIC_LICENSE_KEY (newrelic.yml license_key otherwise).',
  format: {
    prefixes: ['NRII-', 'NRIQ-'],
    charset: '[A-Za-z0-9_-]',
    lengths: [[37, 37], [40, 40]],
    full: '(?:[0-9a-f]{36}|[a-z]{2}[0-9]{2}xx[0-9a-f]{30})NRAL|[0-9a-f]{40}|NRI[IQ]-[A-Za-z0-9_-]{32}',
  },
  rotateUrl: 'https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher',
  noLive: 'license and insert keys only authenticate data submission, and a query key needs the account ID in the request path',
};

// ---------------------------------------------------------------- Grafana

/**
 * Grafana Cloud access policy tokens: `glc_` + base64 of a small JSON object (organisation, name,
 * secret, region). The JSON is checked, so random text after `glc_` is not reported.
 *
 * Live: GET https://grafana.com/api/instances (the Cloud API's stack list) with Bearer. 200:
 * valid; 401: invalid; 403: the token authenticates but lacks `stacks:read` (an Alloy token with
 * only `metrics:write`, say).
 */
export const grafanaCloud: ProviderRecord = {
  id: 'grafana-cloud',
  name: 'Grafana Cloud (access policy token)',
  rules: [
    {
      id: 'grafana-cloud-access-policy-token',
      description: 'Grafana Cloud access policy token (glc_ + base64 of a JSON object).',
      pattern: `${START}glc_eyJ[A-Za-z0-9+/_-]{30,600}={0,2}(?![A-Za-z0-9+/=_-])`,
      keywords: ['glc_eyj'],
      window: { before: 16, after: 640 },
      confidence: 'high',
      verify: (s) => b64Json(s.slice(4)) !== undefined,
    },
  ],
  envNames: ['GRAFANA_CLOUD_ACCESS_POLICY_TOKEN', 'GRAFANA_CLOUD_API_KEY', 'GRAFANA_CLOUD_TOKEN'],
  envNote: 'The Grafana Terraform provider reads GRAFANA_CLOUD_ACCESS_POLICY_TOKEN (GRAFANA_CLOUD_API_KEY is its deprecated name).',
  format: { prefixes: ['glc_'], charset: '[A-Za-z0-9+/_=-]', lengths: [[40, 610]], full: 'glc_eyJ[A-Za-z0-9+/_-]{30,600}={0,2}' },
  rotateUrl: 'https://grafana.com/orgs',
  live: { base: 'https://grafana.com', path: '/api/instances', method: 'GET', auth: { kind: 'bearer' } },
};

/** Grafana's own check (pkg/components/satokengen): CRC32 of `glsa_<secret>`, its 4 bytes little-endian, in hex. */
export function grafanaServiceAccountChecksumOk(token: string): boolean {
  const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(token);
  if (!m) return false;
  const c = crc32(m[1]!);
  const le = [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, (c >>> 24) & 0xff].map((b) => b.toString(16).padStart(2, '0')).join('');
  return le === m[2];
}

/** A legacy Grafana API key decodes to `{"k": "<secret>", "n": "<name>", "id": <org>}`. */
export function isGrafanaLegacyApiKey(value: string): boolean {
  const j = b64Json(value);
  return j !== undefined && typeof j['k'] === 'string' && typeof j['n'] === 'string' && typeof j['id'] === 'number';
}

/**
 * Grafana instance credentials: service account tokens `glsa_` + 32 alphanumerics + `_` + 8-hex
 * CRC32 (verified as Grafana's own code computes it), and the legacy API keys (base64 of
 * `{"k":…,"n":…,"id":…}`, starting `eyJrIjoi`, decoded and checked). Both authenticate only
 * against the Grafana instance (self-hosted or `<stack>.grafana.net`) they were created on, a host
 * the token does not name: no live check.
 */
export const grafana: ProviderRecord = {
  id: 'grafana',
  name: 'Grafana (service account token)',
  rules: [
    {
      id: 'grafana-service-account-token',
      description: 'Grafana service account token (glsa_ + 32 alphanumerics + _ + CRC32 checksum).',
      pattern: `${START}glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}${END}`,
      keywords: ['glsa_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      verify: grafanaServiceAccountChecksumOk,
    },
    {
      id: 'grafana-legacy-api-key',
      description: 'Legacy Grafana API key (base64 of {"k":…,"n":…,"id":…}).',
      pattern: `(?<![A-Za-z0-9+/_-])eyJrIjoi[A-Za-z0-9+/]{30,200}={0,2}(?![A-Za-z0-9+/=_-])`,
      keywords: ['eyjrijoi'],
      window: { before: 16, after: 240 },
      confidence: 'high',
      verify: isGrafanaLegacyApiKey,
    },
  ],
  envNames: ['GRAFANA_SERVICE_ACCOUNT_TOKEN', 'GRAFANA_AUTH', 'GRAFANA_API_KEY', 'GRAFANA_TOKEN'],
  envNote: 'The Grafana Terraform provider reads GRAFANA_AUTH with GRAFANA_URL; Grafana\'s MCP server GRAFANA_SERVICE_ACCOUNT_TOKEN.',
  format: {
    prefixes: ['eyJrIjoi', 'glsa_'],
    charset: '[A-Za-z0-9_+/=]',
    lengths: [[46, 46], [38, 210]],
    full: 'glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}|eyJrIjoi[A-Za-z0-9+/]{30,200}={0,2}',
    checksum: (v) => !v.startsWith('glsa_') || grafanaServiceAccountChecksumOk(v),
  },
  rotateUrl: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  noLive: 'the token authenticates only against its own Grafana instance, whose host it does not name',
};

// ---------------------------------------------------------------- Sentry

/** An organisation token's payload: base64 JSON with `iat` (sentry/utils/security/orgauthtoken_token.py). */
export function isSentryOrgToken(token: string): boolean {
  const m = /^sntrys_([A-Za-z0-9+/=]+)_[A-Za-z0-9+/]{43}$/.exec(token);
  if (!m) return false;
  const j = b64Json(m[1]!);
  return j !== undefined && j['iat'] !== undefined;
}

/**
 * Sentry auth tokens (docs.sentry.io/account/auth-tokens/): organisation tokens `sntrys_` + base64
 * of `{"iat","url","region_url","org"}` + `_` + 43-char secret (the payload is decoded and checked,
 * as Sentry's own parser does); user tokens `sntryu_` + 64 hex; older user / integration tokens
 * 64 hex without a prefix, reported after a Sentry token name.
 *
 * Live: GET /api/0/organizations/ with Bearer (List your organizations, a read). 200: valid; 401:
 * invalid or revoked; 403: authenticates without `org:read` (organisation tokens carry `org:ci`
 * only). Self-hosted Sentry: SENTRY_URL (read by sentry-cli) or `--endpoint sentry=…`.
 */
export const sentry: ProviderRecord = {
  id: 'sentry',
  name: 'Sentry (auth token)',
  rules: [
    {
      id: 'sentry-org-auth-token',
      description: 'Sentry organization auth token (sntrys_ + base64 JSON payload + _ + secret).',
      pattern: `${START}sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}(?![A-Za-z0-9+/=_-])`,
      keywords: ['sntrys_'],
      window: { before: 16, after: 700 },
      confidence: 'high',
      verify: isSentryOrgToken,
    },
    {
      id: 'sentry-user-auth-token',
      description: 'Sentry user auth token (sntryu_ + 64 hex).',
      pattern: `${START}sntryu_[0-9a-f]{64}${END}`,
      keywords: ['sntryu_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
    {
      id: 'sentry-legacy-auth-token',
      description: 'Sentry auth token in the older form (64 hex, no prefix) after a Sentry token name.',
      pattern: namedKeyAny(['sentry'], '[0-9a-f]{64}'),
      keywords: ['sentry'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
    },
  ],
  envNames: ['SENTRY_AUTH_TOKEN'],
  envNote: 'sentry-cli and the bundler plugins read SENTRY_AUTH_TOKEN (with SENTRY_ORG, SENTRY_PROJECT and SENTRY_URL for self-hosted).',
  format: { prefixes: ['sntrys_', 'sntryu_'], charset: '[A-Za-z0-9+/=_]', lengths: [[64, 64], [71, 71], [90, 700]], full: 'sntryu_[0-9a-f]{64}|[0-9a-f]{64}|sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}' },
  rotateUrl: 'https://sentry.io/settings/account/api/auth-tokens/',
  live: { base: 'https://sentry.io', path: '/api/0/organizations/', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['SENTRY_URL'] },
};

/**
 * Legacy Sentry DSNs carry a secret key: `https://<public key>:<secret key>@host/<project id>`,
 * both 32 hex. The secret is the finding; current DSNs have only the public key, which is meant
 * to ship in client apps, and are not reported.
 */
export const sentryDsn: ProviderRecord = {
  id: 'sentry-dsn',
  name: 'Sentry (DSN secret key)',
  rules: [
    {
      id: 'sentry-dsn-secret-key',
      description: 'Secret key in a legacy Sentry DSN (https://<public>:<secret>@host/<project>).',
      pattern: `https?://[0-9a-f]{32}:(?<secret>[0-9a-f]{32})@[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?(?:/[A-Za-z0-9._-]{1,64}){0,3}/[0-9]{1,12}(?![A-Za-z0-9])`,
      keywords: ['sentry'],
      window: { before: 160, after: 320 },
      requires: ['@'],
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['SENTRY_DSN'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://docs.sentry.io/concepts/key-terms/dsn-explainer/',
  noLive: 'the DSN secret key only authenticates event submission to the ingest endpoint',
};

// ---------------------------------------------------------------- Honeycomb

/** `hc` + one letter + `ik_`: the letter "varies and is assigned at key creation" (docs.honeycomb.io). */
const HONEYCOMB_INGEST_PREFIXES = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `hc${c}ik_`);

/**
 * Honeycomb API keys (docs.honeycomb.io/api/authentication): ingest keys are the key ID
 * (`hc?ik_` + 26) and the secret (32) concatenated, 64 chars; configuration keys (and Classic
 * keys) carry no prefix: 22 alphanumerics (environment keys) or 32 hex (Classic), reported only
 * after a Honeycomb key name or an X-Honeycomb-Team header. Management keys (`hc?mk_` ID + a
 * separate secret) are not covered.
 *
 * Live: GET /1/auth with X-Honeycomb-Team ("any valid Honeycomb ingest or configuration API key
 * will work with this endpoint"; returns the key's team, environment and permissions). EU:
 * `--endpoint honeycomb=https://api.eu1.honeycomb.io`.
 */
export const HONEYCOMB_LIVE: LiveCheck = { base: 'https://api.honeycomb.io', path: '/1/auth', method: 'GET', auth: { kind: 'header', name: 'X-Honeycomb-Team' } };

export const honeycomb: ProviderRecord = {
  id: 'honeycomb',
  name: 'Honeycomb',
  rules: [
    {
      id: 'honeycomb-ingest-key',
      description: 'Honeycomb ingest key (hc?ik_ key ID + secret, 64 chars).',
      pattern: `${START}hc[a-z]ik_[a-z0-9]{58}${END}`,
      keywords: HONEYCOMB_INGEST_PREFIXES,
      window: { before: 16, after: 80 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 4,
    },
    {
      id: 'honeycomb-configuration-key',
      description: 'Honeycomb configuration or Classic key (22 alphanumerics or 32 hex) after a Honeycomb key name or X-Honeycomb-Team.',
      pattern: withContext(
        START_ALNUM,
        `(?:${near(['x-honeycomb-team'], 12, 0)}|(?<=${ci('honeycomb')}[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48}))`,
        '(?:[A-Za-z0-9]{22}|[0-9a-f]{32})',
        END_ALNUM,
      ),
      keywords: ['honeycomb'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['HONEYCOMB_API_KEY', 'HONEYCOMB_WRITEKEY', 'HONEYCOMB_INGEST_KEY'],
  envNote: 'The Honeycomb Terraform provider reads HONEYCOMB_API_KEY; Beelines and libhoney HONEYCOMB_WRITEKEY; OpenTelemetry sends the key as x-honeycomb-team in OTEL_EXPORTER_OTLP_HEADERS.',
  format: { prefixes: [], charset: '[A-Za-z0-9_]', lengths: [[22, 22], [32, 32], [64, 64]], full: 'hc[a-z]ik_[a-z0-9]{58}|[A-Za-z0-9]{22}|[0-9a-f]{32}' },
  rotateUrl: 'https://ui.honeycomb.io/account',
  live: HONEYCOMB_LIVE,
};

// ---------------------------------------------------------------- Dynatrace

/** The token of Dynatrace's own documentation (docs.dynatrace.com, "Token format"). */
const DYNATRACE_DOC_PUBLIC = 'ST2EY72KQINMH574WMNVI7YN';

/**
 * Dynatrace tokens (docs.dynatrace.com, "Access tokens", "Token format"): prefix (`dt0c01` API
 * tokens, `dt0s01`/`dt0s02`/… platform and OAuth tokens), a 24-char public identifier and a
 * 64-char secret portion, separated by dots. The documentation's example is not reported.
 */
export const dynatrace: ProviderRecord = {
  id: 'dynatrace',
  name: 'Dynatrace',
  rules: [
    {
      id: 'dynatrace-token',
      description: 'Dynatrace access token (dt0c01. / dt0s0x. + 24-char public part + . + 64-char secret).',
      pattern: `${START}dt0[cs][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}${END}`,
      keywords: ['dt0c', 'dt0s'],
      window: { before: 16, after: 110 },
      confidence: 'high',
      minDigits: 4,
      check: (s) => s.split('.')[1] !== DYNATRACE_DOC_PUBLIC,
    },
  ],
  envNames: ['DYNATRACE_API_TOKEN', 'DT_API_TOKEN', 'DT_PAAS_TOKEN'],
  envNote: 'The Dynatrace Terraform provider reads DYNATRACE_API_TOKEN (or DT_API_TOKEN) with DYNATRACE_ENV_URL.',
  format: { prefixes: [], charset: '[A-Za-z0-9.]', lengths: [[96, 96]], full: 'dt0[cs][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}' },
  rotateUrl: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens-legacy',
  noLive: 'the API answers only on the environment\'s own host ({environment-id}.live.dynatrace.com), which the token does not name',
};

// ---------------------------------------------------------------- Splunk

/**
 * Splunk HTTP Event Collector tokens: a UUID (Splunk shows them in upper case), sent as
 * `Authorization: Splunk <token>`. Reported after "Splunk" (the header scheme) or a Splunk / HEC
 * token name.
 */
export const splunkHec: ProviderRecord = {
  id: 'splunk-hec',
  name: 'Splunk (HEC token)',
  rules: [
    {
      id: 'splunk-hec-token',
      description: 'Splunk HTTP Event Collector token (a UUID) after "Splunk" or a Splunk / HEC token name.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('splunk')} {1,4})|(?<=(?:${ci('splunk')}|${ci('hec_')}|${ci('hec-')}|${ci('hectoken')})[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48}))`,
        UUID_ANY_CASE,
        END_ALNUM,
      ),
      keywords: ['splunk', 'hec_', 'hec-', 'hectoken'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['SPLUNK_HEC_TOKEN', 'SPLUNK_TOKEN'],
  envNote: 'The Splunk OpenTelemetry Collector reads SPLUNK_HEC_TOKEN with SPLUNK_HEC_URL.',
  format: { prefixes: [], charset: '[0-9a-fA-F-]', lengths: [[36, 36]], full: UUID_ANY_CASE },
  rotateUrl: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
  noLive: 'HEC answers on the customer\'s own Splunk host, and its only authenticated endpoint submits events',
};

/**
 * Splunk Observability Cloud (formerly SignalFx) access tokens: 22 base64url chars in the examples
 * seen (the length is not documented; 20–24 accepted), sent as X-SF-Token. Reported after a
 * SignalFx / Splunk access-token name or the header.
 *
 * Live: GET /v2/metric?limit=1 (metric metadata, a read) with X-SF-Token on the us0 realm. 200:
 * valid; 401: invalid, or an ingest-only token (the API cannot tell them apart). Other realms:
 * `--endpoint splunk-observability=https://api.eu0.signalfx.com`.
 */
export const splunkObservability: ProviderRecord = {
  id: 'splunk-observability',
  name: 'Splunk Observability Cloud (access token)',
  rules: [
    {
      id: 'splunk-observability-access-token',
      description: 'Splunk Observability (SignalFx) access token after a SignalFx / Splunk access-token name or X-SF-Token.',
      pattern: withContext(
        START,
        `(?:${near(['x-sf-token'], 12, 0)}|(?<=(?:${ci('signalfx')}|${ci('sfx_')}|${ci('splunk_access')}|${ci('splunk_observability')}|${ci('splunk-observability')})[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48}))`,
        '[A-Za-z0-9_-]{20,24}',
        END,
      ),
      keywords: ['x-sf-token', 'signalfx', 'sfx_', 'splunk_access', 'splunk_observability', 'splunk-observability'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 1,
    },
  ],
  envNames: ['SPLUNK_ACCESS_TOKEN', 'SFX_AUTH_TOKEN', 'SIGNALFX_ACCESS_TOKEN'],
  envNote: 'The Splunk OpenTelemetry Collector reads SPLUNK_ACCESS_TOKEN with SPLUNK_REALM; the SignalFx Terraform provider SFX_AUTH_TOKEN.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[20, 24]], full: '[A-Za-z0-9_-]{20,24}' },
  rotateUrl: 'https://help.splunk.com/splunk-observability-cloud/administer/authentication-and-security/authentication-tokens/org-access-tokens',
  live: { base: 'https://api.us0.signalfx.com', path: '/v2/metric?limit=1', method: 'GET', auth: { kind: 'header', name: 'X-SF-Token' } },
};

// ---------------------------------------------------------------- Sumo Logic

/**
 * Sumo Logic access keys (help.sumologic.com, "Access Keys"): an access ID (`su` + 12
 * alphanumerics) and an access key (64 alphanumerics), both seen in examples only. The key is
 * reported after a Sumo Logic name, with the ID when it is nearby.
 *
 * Live: GET /api/v1/collectors?limit=1 with Basic ID:key on the US1 deployment. 200: valid; 401:
 * invalid (or another deployment's key: `--endpoint sumo-logic=https://api.eu.sumologic.com`);
 * 403: authenticates without the capability to view collectors.
 */
export const sumoLogic: ProviderRecord = {
  id: 'sumo-logic',
  name: 'Sumo Logic',
  rules: [
    {
      id: 'sumologic-access-key',
      description: 'Sumo Logic access key (64 alphanumerics) after a Sumo Logic key name, with the access ID when it is nearby.',
      pattern: namedKeyAny(['sumologic', 'sumo_', 'sumo-', 'sumo logic'], '[A-Za-z0-9]{64}'),
      keywords: ['sumologic', 'sumo_', 'sumo-', 'sumo logic'],
      window: { before: 8, after: 240 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      pair: { label: 'access ID', pattern: `${START_ALNUM}su[A-Za-z0-9]{12}${END_ALNUM}`, envNames: ['SUMOLOGIC_ACCESSID', 'SUMO_ACCESS_ID'] },
    },
  ],
  envNames: ['SUMOLOGIC_ACCESSKEY', 'SUMO_ACCESS_KEY'],
  envNote: 'The Sumo Logic Terraform provider reads SUMOLOGIC_ACCESSID and SUMOLOGIC_ACCESSKEY with SUMOLOGIC_ENVIRONMENT (the deployment).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[64, 64]], full: '[A-Za-z0-9]{64}' },
  rotateUrl: 'https://service.sumologic.com/ui/#/security/access-keys',
  live: { base: 'https://api.sumologic.com', path: '/api/v1/collectors?limit=1', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Logz.io

/**
 * Logz.io API tokens: UUIDs (app.logz.io, "Manage tokens › API"), sent as X-API-TOKEN, reported
 * after a Logz.io token name. Shipping tokens (32 letters, log submission only) are not covered.
 *
 * Live: GET /v2/whoami with X-API-TOKEN ("good for testing or for confirming that you're using an
 * API token from the right account"). 200: valid; 401/403: invalid. Other regions: LOGZIO_BASE_URL
 * or `--endpoint logzio=https://api-eu.logz.io`.
 */
export const logzio: ProviderRecord = {
  id: 'logzio',
  name: 'Logz.io',
  rules: [
    {
      id: 'logzio-api-token',
      description: 'Logz.io API token (a UUID) after a Logz.io token name.',
      pattern: namedKeyAny(['logz'], UUID),
      keywords: ['logz'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['LOGZIO_API_TOKEN'],
  envNote: 'The Logz.io Terraform provider reads LOGZIO_API_TOKEN with LOGZIO_BASE_URL for the region.',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://app.logz.io/#/dashboard/settings/manage-tokens/api',
  live: { base: 'https://api.logz.io', path: '/v2/whoami', method: 'GET', auth: { kind: 'header', name: 'X-API-TOKEN' }, baseUrlEnv: ['LOGZIO_BASE_URL'] },
};

// ---------------------------------------------------------------- Better Stack

const BETTERSTACK_NAMES = ['betterstack', 'better_stack', 'better-stack', 'betteruptime', 'better_uptime', 'better-uptime'];

/**
 * Better Stack API tokens (global or team-scoped Uptime tokens, betterstack.com/docs/uptime/api):
 * no documented format; the tokens seen are 24 alphanumerics (22–32 accepted), reported after a
 * Better Stack / Better Uptime token name that is not a source token's.
 *
 * Live: GET https://uptime.betterstack.com/api/v2/monitors?per_page=1 with Bearer. 200: valid;
 * 401: invalid; 403: a token of another product or team.
 */
export const betterstack: ProviderRecord = {
  id: 'betterstack',
  name: 'Better Stack (API token)',
  rules: [
    {
      id: 'betterstack-api-token',
      description: 'Better Stack / Better Uptime API token after a Better Stack token name (not a source token).',
      pattern: withContext(
        START_ALNUM,
        `(?<=(?:${BETTERSTACK_NAMES.map(ci).join('|')})[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48})(?<!${ci('source')}[\\s\\S]{0,48})`,
        '[A-Za-z0-9]{22,32}',
        END_ALNUM,
      ),
      keywords: BETTERSTACK_NAMES,
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 1,
    },
  ],
  envNames: ['BETTERSTACK_API_TOKEN', 'BETTER_STACK_API_TOKEN', 'BETTERUPTIME_API_TOKEN'],
  envNote: 'The Better Stack Terraform provider reads BETTERSTACK_API_TOKEN (the older Better Uptime provider BETTERUPTIME_API_TOKEN).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[22, 32]], full: '[A-Za-z0-9]{22,32}' },
  rotateUrl: 'https://betterstack.com/settings/global-api-tokens',
  live: { base: 'https://uptime.betterstack.com', path: '/api/v2/monitors?per_page=1', method: 'GET', auth: { kind: 'bearer' } },
};

/**
 * Better Stack Telemetry (Logtail) source tokens: 24 alphanumerics in the examples seen (22–32
 * accepted), reported after "Logtail" or a Better Stack source-token name.
 */
export const betterstackLogs: ProviderRecord = {
  id: 'betterstack-logs',
  name: 'Better Stack (Logtail source token)',
  rules: [
    {
      id: 'betterstack-source-token',
      description: 'Better Stack / Logtail source token after "Logtail" or a Better Stack source-token name.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('logtail')}[\\s\\S]{0,48})|(?<=(?:${BETTERSTACK_NAMES.map(ci).join('|')})[\\s\\S]{0,40}${ci('source')}[\\s\\S]{0,40}))`,
        '[A-Za-z0-9]{22,32}',
        END_ALNUM,
      ),
      keywords: ['logtail', ...BETTERSTACK_NAMES],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 1,
    },
  ],
  envNames: ['BETTER_STACK_SOURCE_TOKEN', 'LOGTAIL_SOURCE_TOKEN'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[22, 32]], full: '[A-Za-z0-9]{22,32}' },
  rotateUrl: 'https://telemetry.betterstack.com/',
  noLive: 'a source token only authenticates log ingestion: checking it would write a log line into the source',
};

// ---------------------------------------------------------------- Bugsnag

/**
 * Bugsnag (Insight Hub) personal auth tokens for the Data Access API: UUIDs in the examples seen
 * (the format is not documented), reported after a Bugsnag token name. The notifier API key
 * (32 hex, in every app that reports errors) is not reported.
 *
 * Live: GET /user/organizations with `Authorization: token <token>` and `X-Version: 2`. 200:
 * valid; 401: invalid or revoked.
 */
export const bugsnag: ProviderRecord = {
  id: 'bugsnag',
  name: 'Bugsnag (personal auth token)',
  rules: [
    {
      id: 'bugsnag-personal-auth-token',
      description: 'Bugsnag personal auth token (a UUID) after a Bugsnag token name.',
      pattern: namedKeyAny(['bugsnag'], UUID),
      keywords: ['bugsnag'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['BUGSNAG_AUTH_TOKEN', 'BUGSNAG_PERSONAL_AUTH_TOKEN'],
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://app.bugsnag.com/settings/my-account/auth-tokens',
  live: {
    base: 'https://api.bugsnag.com',
    path: '/user/organizations',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'token ' },
    headers: { 'X-Version': '2' },
  },
};

// ---------------------------------------------------------------- Rollbar

/**
 * Rollbar access tokens (rollbar.com/docs/api_overview): 32 hex, project tokens with scopes
 * `read`, `write`, `post_server_item`, `post_client_item`, plus account tokens. Reported after a
 * Rollbar token name, except where the name says client or browser (`post_client_item` tokens
 * are meant to ship in the `_rollbarConfig` browser snippet).
 *
 * Live: GET /api/1/items/ with X-Rollbar-Access-Token (list items, a read). 200: a read token;
 * 401: invalid; 403: a valid token without the `read` scope (a server-side posting token).
 */
export const rollbar: ProviderRecord = {
  id: 'rollbar',
  name: 'Rollbar',
  rules: [
    {
      id: 'rollbar-access-token',
      description: 'Rollbar access token (32 hex) after a Rollbar token name that is not a client-side one.',
      pattern: withContext(
        START_ALNUM,
        `(?<=${ci('rollbar')}[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48})(?<!(?:${ci('client')}|${ci('browser')}|${ci('_rollbarconfig')})[\\s\\S]{0,64})`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['rollbar'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 3,
    },
  ],
  envNames: ['ROLLBAR_ACCESS_TOKEN', 'ROLLBAR_SERVER_TOKEN', 'ROLLBAR_TOKEN'],
  envNote: 'Rollbar SDKs take the token in code; ROLLBAR_ACCESS_TOKEN is the common convention (the Terraform provider reads ROLLBAR_API_KEY for account tokens).',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://app.rollbar.com/settings/accounts',
  live: { base: 'https://api.rollbar.com', path: '/api/1/items/', method: 'GET', auth: { kind: 'header', name: 'X-Rollbar-Access-Token' } },
};

// ---------------------------------------------------------------- PagerDuty

/**
 * PagerDuty REST API keys: "Both types of REST API keys are 20-character strings"
 * (support.pagerduty.com, "API Access Keys"); user tokens start `u+`. Reported after a PagerDuty
 * key/token name or a `Token token=` header near "PagerDuty".
 *
 * Live: GET /abilities with `Authorization: Token token=<key>` (the account's abilities, a read
 * any key may make). 200: valid; 401: invalid. EU service region:
 * `--endpoint pagerduty=https://api.eu.pagerduty.com`.
 */
export const pagerduty: ProviderRecord = {
  id: 'pagerduty',
  name: 'PagerDuty (REST API key)',
  rules: [
    {
      id: 'pagerduty-rest-api-key',
      description: 'PagerDuty REST API key (20 chars) after a PagerDuty key/token name.',
      pattern: withContext(
        '(?<![A-Za-z0-9_+-])',
        `(?<=(?:${ci('pagerduty')}|${ci('pager_duty')}|${ci('pager-duty')})[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,40})`,
        '[A-Za-z0-9_+-]{20}',
        '(?![A-Za-z0-9_+=-])',
      ),
      keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.3,
      minDigits: 1,
    },
  ],
  envNames: ['PAGERDUTY_TOKEN', 'PAGERDUTY_API_KEY', 'PAGERDUTY_USER_TOKEN'],
  envNote: 'The PagerDuty Terraform provider reads PAGERDUTY_TOKEN (account key) or PAGERDUTY_USER_TOKEN.',
  format: { prefixes: ['u+'], charset: '[A-Za-z0-9_+-]', lengths: [[20, 20]], full: '[A-Za-z0-9_+-]{20}' },
  rotateUrl: 'https://support.pagerduty.com/main/docs/api-access-keys',
  live: {
    base: 'https://api.pagerduty.com',
    path: '/abilities',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'Token token=' },
    headers: { accept: 'application/vnd.pagerduty+json;version=2' },
  },
};

/**
 * PagerDuty Events API integration (routing) keys: 32 hex. Less secret than a REST key — they
 * read nothing and cannot change configuration — but anyone holding one can open incidents that
 * page the on-call team, so they are reported, with low confidence, after a PagerDuty routing /
 * integration / service key name.
 */
export const pagerdutyIntegrationKey: ProviderRecord = {
  id: 'pagerduty-integration-key',
  name: 'PagerDuty (Events API integration key)',
  rules: [
    {
      id: 'pagerduty-integration-key',
      description: 'PagerDuty Events API integration / routing key (32 hex) after a PagerDuty routing, integration or service key name.',
      pattern: withContext(
        START_ALNUM,
        `(?<=(?:${ci('pagerduty')}|${ci('pager_duty')}|${ci('pager-duty')})[\\s\\S]{0,64}(?:${ci('routing')}|${ci('integration')}|${ci('service')}|${ci('events')})[_ .-]?(?:${ci('key')}|${ci('token')})[\\s\\S]{0,24})`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
      window: { before: 8, after: 200 },
      confidence: 'low',
      minEntropy: 3.2,
      minDigits: 3,
    },
  ],
  envNames: ['PAGERDUTY_ROUTING_KEY', 'PAGERDUTY_INTEGRATION_KEY', 'PAGERDUTY_SERVICE_KEY'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://support.pagerduty.com/main/docs/services-and-integrations',
  noLive: 'the Events API checks a routing key only by accepting an event, which opens an incident',
};

// ---------------------------------------------------------------- Opsgenie

/**
 * Opsgenie API keys (integration and API-integration keys): UUIDs, sent as
 * `Authorization: GenieKey <key>`. Reported after an Opsgenie key name or the GenieKey scheme.
 *
 * Live: GET /v2/account with GenieKey (the account's name and plan, a read). 200: valid; 401:
 * invalid; 403: a key without configuration access. EU: `--endpoint opsgenie=https://api.eu.opsgenie.com`.
 */
export const opsgenie: ProviderRecord = {
  id: 'opsgenie',
  name: 'Opsgenie',
  rules: [
    {
      id: 'opsgenie-api-key',
      description: 'Opsgenie API key (a UUID) after an Opsgenie key name or the GenieKey scheme.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('geniekey')} {1,4})|(?<=${ci('opsgenie')}[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48}))`,
        UUID,
        END_ALNUM,
      ),
      keywords: ['opsgenie', 'geniekey'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['OPSGENIE_API_KEY', 'OPSGENIE_TOKEN'],
  envNote: 'The Opsgenie Terraform provider reads OPSGENIE_API_KEY (with OPSGENIE_API_URL for the EU instance).',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
  live: { base: 'https://api.opsgenie.com', path: '/v2/account', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'GenieKey ' } },
};

// ---------------------------------------------------------------- LaunchDarkly

const LAUNCHDARKLY_NAMES = ['launchdarkly', 'launch_darkly', 'launch-darkly', 'ld_api', 'ld_access', 'ld_sdk', 'ldclient', 'ld-sdk'];

/**
 * LaunchDarkly keys (launchdarkly.com/docs/api): REST access tokens `api-` + UUID and server-side
 * SDK keys `sdk-` + UUID. `api-`/`sdk-` + UUID also name other things (resource ids), so
 * "LaunchDarkly" or an LD_* name must be near. Mobile keys (`mob-`) ship inside apps and
 * client-side IDs are public: neither is reported.
 *
 * Live: GET /api/v2/caller-identity with the key as the Authorization header (no scheme): "basic
 * information about the identity used (session cookie, API token, SDK keys, etc.)". 200: valid;
 * 401: invalid. Federal instance: `--endpoint launchdarkly=https://app.launchdarkly.us`.
 */
export const launchdarkly: ProviderRecord = {
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  rules: [
    {
      id: 'launchdarkly-access-token',
      description: 'LaunchDarkly REST API access token (api- + UUID) near "LaunchDarkly" or an LD_* name.',
      pattern: withContext(START, near(LAUNCHDARKLY_NAMES, 120, 120), `api-${UUID}`, END),
      keywords: LAUNCHDARKLY_NAMES,
      window: { before: 200, after: 200 },
      confidence: 'high',
      minEntropy: 3,
    },
    {
      id: 'launchdarkly-sdk-key',
      description: 'LaunchDarkly server-side SDK key (sdk- + UUID) near "LaunchDarkly" or an LD_* name.',
      pattern: withContext(START, near(LAUNCHDARKLY_NAMES, 120, 120), `sdk-${UUID}`, END),
      keywords: LAUNCHDARKLY_NAMES,
      window: { before: 200, after: 200 },
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['LAUNCHDARKLY_ACCESS_TOKEN', 'LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY', 'LD_API_KEY'],
  envNote: 'The LaunchDarkly Terraform provider and CLI read LAUNCHDARKLY_ACCESS_TOKEN; server SDKs take the SDK key in code (LAUNCHDARKLY_SDK_KEY / LD_SDK_KEY by convention).',
  format: { prefixes: ['api-', 'sdk-'], charset: '[0-9a-f-]', lengths: [[40, 40]], full: `(?:api|sdk)-${UUID}` },
  rotateUrl: 'https://app.launchdarkly.com/settings/authorization',
  live: { base: 'https://app.launchdarkly.com', path: '/api/v2/caller-identity', method: 'GET', auth: { kind: 'header', name: 'Authorization' } },
};

// ---------------------------------------------------------------- PostHog

/** The personal API key shown in PostHog's own tutorial (posthog.com/tutorials/api-get-insights-persons). */
const POSTHOG_DOC_KEY = 'phx_IFdqdH62fKoax8x17bwu8gujE0tsTBZRvNmlMJ7eZxz';

/**
 * PostHog personal API keys (posthog.com/docs/api/personal-api-keys): `phx_` + 43 alphanumerics in
 * the documented examples (39–47 accepted). Project API keys (`phc_`) are "designed to be
 * public" capture keys and are not reported.
 *
 * Live: GET /api/users/@me/ with Bearer (the key's own user). 200: valid; 401: invalid; 403: a
 * scoped key without user:read. EU Cloud: `--endpoint posthog=https://eu.posthog.com`.
 */
export const posthog: ProviderRecord = {
  id: 'posthog',
  name: 'PostHog (personal API key)',
  rules: [
    {
      id: 'posthog-personal-api-key',
      description: 'PostHog personal API key (phx_ + ~43 alphanumerics).',
      pattern: `${START}phx_[A-Za-z0-9]{39,47}${END}`,
      keywords: ['phx_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 2,
      check: (s) => s !== POSTHOG_DOC_KEY,
    },
  ],
  envNames: ['POSTHOG_PERSONAL_API_KEY', 'POSTHOG_API_KEY'],
  envNote: 'POSTHOG_API_KEY often holds the public project key (phc_); the personal key (phx_) is the secret one.',
  format: { prefixes: ['phx_'], charset: '[A-Za-z0-9]', lengths: [[43, 51]], full: 'phx_[A-Za-z0-9]{39,47}' },
  rotateUrl: 'https://us.posthog.com/settings/user-api-keys',
  live: { base: 'https://us.posthog.com', path: '/api/users/@me/', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Mixpanel

/** A Mixpanel service account username: `<name>.<id>.mp-service-account`. */
const MIXPANEL_SA_USERNAME = `(?<![A-Za-z0-9._-])(?<secret>[A-Za-z0-9_-]{1,64}(?:\\.[A-Za-z0-9_-]{1,32}){0,3}\\.mp-service-account)(?![A-Za-z0-9._-])`;

/**
 * Mixpanel service account secrets (docs.mixpanel.com/reference/service-accounts): 32
 * alphanumerics in the examples seen; reported only with the service account's username
 * (`….mp-service-account`) nearby, which is distinctive where the secret is not. The project token
 * (client-side tracking) is not reported.
 *
 * Live: GET /api/app/me with Basic username:secret (the documented check). 200: valid; 401:
 * invalid. EU residency: `--endpoint mixpanel=https://eu.mixpanel.com`.
 */
export const mixpanel: ProviderRecord = {
  id: 'mixpanel',
  name: 'Mixpanel (service account)',
  rules: [
    {
      id: 'mixpanel-service-account-secret',
      description: 'Mixpanel service account secret (32 alphanumerics) after a Mixpanel secret name, with its ….mp-service-account username.',
      pattern: withContext(START_ALNUM, `(?<=(?:${ci('mixpanel')}|${ci('mp_service')}|${ci('mp-service')})[\\s\\S]{0,64}${ci('secret')}[\\s\\S]{0,32})`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['mixpanel', 'mp_service', 'mp-service'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      pair: { label: 'service account username', pattern: MIXPANEL_SA_USERNAME, required: true, envNames: ['MIXPANEL_SERVICE_ACCOUNT_USERNAME', 'MP_SERVICE_ACCOUNT_USERNAME'] },
    },
  ],
  envNames: ['MIXPANEL_SERVICE_ACCOUNT_SECRET', 'MP_SERVICE_ACCOUNT_SECRET'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://mixpanel.com/settings/org/service-accounts',
  live: { base: 'https://mixpanel.com', path: '/api/app/me', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

/**
 * Mixpanel project secrets (the deprecated API secret, docs.mixpanel.com/reference/project-secret):
 * 32 hex, reported after a Mixpanel API/project-secret name. The project token, same shape, is
 * public and is not reported (the rule needs "secret", not "token").
 */
export const mixpanelProjectSecret: ProviderRecord = {
  id: 'mixpanel-project-secret',
  name: 'Mixpanel (project secret)',
  rules: [
    {
      id: 'mixpanel-project-secret',
      description: 'Mixpanel project (API) secret (32 hex) after a Mixpanel api_secret / project_secret name.',
      pattern: withContext(
        START_ALNUM,
        `(?<=${ci('mixpanel')}[\\s\\S]{0,48}(?:${ci('api')}|${ci('project')})[_ .-]?${ci('secret')}[\\s\\S]{0,24})`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['mixpanel'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 3,
    },
  ],
  envNames: ['MIXPANEL_API_SECRET', 'MIXPANEL_PROJECT_SECRET'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://mixpanel.com/settings/project',
  noLive: 'the deprecated project secret authenticates only the import and raw-export APIs, which write or bulk-read event data',
};

// ---------------------------------------------------------------- Amplitude

/**
 * Amplitude secret keys (amplitude.com/docs/apis/authentication): 32 hex, used with the project's
 * API key (32 hex) as HTTP Basic for the Export and Dashboard REST APIs. The API key alone is sent
 * by every browser SDK and is not reported; the secret is, after an Amplitude secret name, with
 * the API key when it is nearby.
 *
 * Live: GET /api/2/events/list with Basic api_key:secret_key (the project's event types, a read).
 * 200: valid; 401: invalid; 403: a plan without the Dashboard REST API. EU residency:
 * `--endpoint amplitude=https://analytics.eu.amplitude.com`.
 */
export const amplitude: ProviderRecord = {
  id: 'amplitude',
  name: 'Amplitude',
  rules: [
    {
      id: 'amplitude-secret-key',
      description: 'Amplitude secret key (32 hex) after an Amplitude secret name, with the API key when it is nearby.',
      pattern: withContext(START_ALNUM, `(?<=${ci('amplitude')}[\\s\\S]{0,48}${ci('secret')}[\\s\\S]{0,32})`, '[0-9a-f]{32}', END_ALNUM),
      keywords: ['amplitude'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 3,
      pair: { label: 'API key', pattern: `${START_ALNUM}[0-9a-f]{32}${END_ALNUM}`, envNames: ['AMPLITUDE_API_KEY'] },
    },
  ],
  envNames: ['AMPLITUDE_SECRET_KEY', 'AMPLITUDE_API_SECRET'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://amplitude.com/docs/admin/account-management/manage-your-api-keys-and-secret-keys',
  live: { base: 'https://amplitude.com', path: '/api/2/events/list', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Segment

/**
 * Segment Public API tokens: `sgp_` + 64 alphanumerics in the examples seen (40–72 accepted; the
 * length is not documented). Write keys are not reported (see the top of this file).
 *
 * Live: GET https://api.segmentapis.com/ with Bearer (Get Workspace, a read). 200: valid; 401:
 * invalid; 403: a token without workspace read. EU workspaces: `--endpoint
 * segment=https://eu1.api.segmentapis.com`.
 */
export const segment: ProviderRecord = {
  id: 'segment',
  name: 'Segment (Public API token)',
  rules: [
    {
      id: 'segment-public-api-token',
      description: 'Segment Public API token (sgp_ + alphanumerics).',
      pattern: `${START}sgp_[A-Za-z0-9]{40,72}${END}`,
      keywords: ['sgp_'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['SEGMENT_PUBLIC_API_TOKEN', 'SEGMENT_API_TOKEN'],
  format: { prefixes: ['sgp_'], charset: '[A-Za-z0-9]', lengths: [[44, 76]], full: 'sgp_[A-Za-z0-9]{40,72}' },
  rotateUrl: 'https://app.segment.com/goto-my-workspace/settings/access-management',
  live: { base: 'https://api.segmentapis.com', path: '/', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Elastic

/**
 * base64 of `<20-char id>:<22-char key>` (43 bytes): 60 chars ending `==`; the `:` (byte 20) makes
 * char 27 always `6` and char 26 a multiple of 4, and the last byte leaves char 57 in A/Q/g/w.
 * Random base64 runs almost never have this shape, so junk gives no candidates to verify.
 */
const ES_ENCODED_KEY = '[A-Za-z0-9+/]{26}[AEIMQUYcgkosw048]6[A-Za-z0-9+/]{29}[AQgw]==';

/** An Elasticsearch encoded API key decodes to `<id>:<api_key>` (both base64url, 20 and 22 chars today). */
export function isElasticsearchEncodedKey(value: string): boolean {
  const text = b64Text(value);
  return text !== undefined && /^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,64}$/.test(text);
}

/** The base64 half of a `cloud_id` (`name:base64(host$es-uuid$kibana-uuid)`). */
function isElasticCloudIdPart(value: string): boolean {
  const text = b64Text(value);
  return text !== undefined && /^[A-Za-z0-9.:-]{1,255}\$[0-9a-f]{32}(?:\$[0-9a-f]{32})?$/.test(text);
}

const ELASTIC_CLOUD_NAMES = ['elastic_cloud', 'elastic-cloud', 'elasticcloud', 'elastic cloud', 'ec_api_key'];

/**
 * Elastic Cloud (organisation) API keys, used with the Cloud API as `Authorization: ApiKey <key>`:
 * base64 text whose format is not documented, so reported only after EC_API_KEY or an Elastic
 * Cloud key name. The deployment's `cloud_id` is not a secret (a name and base64 host names).
 *
 * Live: GET /api/v1/deployments with `ApiKey` (the documented first request: a list). 200: valid;
 * 401: invalid; 403: a key whose role cannot list deployments.
 */
export const elasticCloud: ProviderRecord = {
  id: 'elastic-cloud',
  name: 'Elastic Cloud (API key)',
  rules: [
    {
      id: 'elastic-cloud-api-key',
      description: 'Elastic Cloud API key (base64) after EC_API_KEY or an Elastic Cloud key name.',
      pattern: withContext(
        '(?<![A-Za-z0-9+/_-])',
        `(?<=(?:${ELASTIC_CLOUD_NAMES.map(ci).join('|')})[\\s\\S]{0,48})`,
        '[A-Za-z0-9+/_-]{40,200}={0,2}',
        '(?![A-Za-z0-9+/=_-])',
      ),
      keywords: ELASTIC_CLOUD_NAMES,
      window: { before: 8, after: 260 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      // A cloud_id's base64 part decodes to `host$uuid$uuid`: not a key.
      check: (s) => !isElasticCloudIdPart(s),
    },
  ],
  envNames: ['EC_API_KEY'],
  envNote: 'ecctl and the Elastic Cloud Terraform provider read EC_API_KEY.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/_=-]', lengths: [[40, 202]], full: '[A-Za-z0-9+/_-]{40,200}={0,2}' },
  rotateUrl: 'https://cloud.elastic.co/account/keys',
  live: { base: 'https://api.elastic-cloud.com', path: '/api/v1/deployments', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'ApiKey ' } },
};

/**
 * Elasticsearch API keys in their encoded form (base64 of `id:api_key`, as the create-API-key
 * response's `encoded` field gives it), sent as `Authorization: ApiKey <encoded>`. The decoded
 * `id:key` shape is checked (ids are 20 chars and keys 22 in current Elasticsearch; other lengths
 * are not matched). Reported after the ApiKey scheme or an Elasticsearch / ES API-key
 * name, but not after an Elastic Cloud name (that is the elastic-cloud record's key).
 */
export const elasticsearch: ProviderRecord = {
  id: 'elasticsearch',
  name: 'Elasticsearch (API key)',
  rules: [
    {
      id: 'elasticsearch-api-key',
      description: 'Elasticsearch encoded API key (base64 of id:key) after the ApiKey scheme or an Elasticsearch API-key name.',
      pattern: withContext(
        '(?<![A-Za-z0-9+/_-])',
        `(?:(?<=${ci('apikey')} {1,4})|(?<=(?:${ci('elasticsearch')}|${ci('elastic_')}|${ci('es_api_key')}|${ci('es_apikey')})[\\s\\S]{0,48}(?:${KEYISH})[\\s\\S]{0,32}))(?<!(?:${ELASTIC_CLOUD_NAMES.map(ci).join('|')})[\\s\\S]{0,64})`,
        ES_ENCODED_KEY,
        '(?![A-Za-z0-9+/=_-])',
      ),
      keywords: ['elasticsearch', 'elastic_', 'es_api_key', 'es_apikey', 'apikey '],
      // Every Elastic API key (base64 of id:key) ends in `==`: no window without one can match.
      requires: ['=='],
      window: { before: 8, after: 200 },
      confidence: 'high',
      verify: isElasticsearchEncodedKey,
    },
  ],
  envNames: ['ELASTIC_API_KEY', 'ELASTICSEARCH_API_KEY', 'ES_API_KEY'],
  envNote: 'Elastic\'s clients take the key in code; Beats, Elastic Agent and the Terraform elasticstack provider read ELASTICSEARCH_API_KEY.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[60, 60]], full: ES_ENCODED_KEY },
  rotateUrl: 'https://www.elastic.co/docs/deploy-manage/api-keys/elasticsearch-api-keys',
  noLive: 'the key authenticates only against its own cluster, whose host it does not name (the cloud_id is not in the key)',
};

export const observabilityRecords: ProviderRecord[] = [
  datadog,
  datadogAppKey,
  newrelic,
  newrelicIngest,
  grafanaCloud,
  grafana,
  sentry,
  sentryDsn,
  honeycomb,
  dynatrace,
  splunkHec,
  splunkObservability,
  sumoLogic,
  logzio,
  betterstack,
  betterstackLogs,
  bugsnag,
  rollbar,
  pagerduty,
  pagerdutyIntegrationKey,
  opsgenie,
  launchdarkly,
  posthog,
  mixpanel,
  mixpanelProjectSecret,
  amplitude,
  segment,
  elasticCloud,
  elasticsearch,
];
