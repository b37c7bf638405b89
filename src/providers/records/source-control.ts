/**
 * Source control, CI/CD and code-quality services: Atlassian (Jira, Confluence, Bitbucket),
 * Gitea/Forgejo, CircleCI, Travis CI, Buildkite, Drone, Harness, Codecov, Coveralls, Codacy,
 * SonarQube / SonarQube Cloud, Snyk, Octopus Deploy, Infracost and JetBrains YouTrack/Hub.
 *
 * One record per kind of credential that is checked the same way: a record has one live check,
 * so a token kind that the check cannot prove (a Bitbucket app password next to an access token,
 * a CircleCI project token next to a personal one) has a record of its own with `noLive`.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, START, START_ALNUM, ci, errorDetail, field, near, str, verdict, withContext } from './shared.js';

// ---------------------------------------------------------------- shared helpers

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEYISH = ['key', 'token', 'secret', 'password', 'authorization', 'auth'];

const anyOf = (words: string[]): string => words.map(ci).join('|');

/**
 * A zero-width context placed before a value: one of `names` (the provider), then within `span`
 * chars a key-ish word, then within `span` chars the value (`GITEA_TOKEN=…`, `drone: { token: … }`).
 */
function namedBefore(names: string[], span = 40, keyish: string[] = KEYISH): string {
  return `(?<=(?:${anyOf(names)})[\\s\\S]{0,${span}}(?:${anyOf(keyish)})[\\s\\S]{0,${span}})`;
}

/** `Authorization: token <value>` / `Bearer <value>` with one of `hosts` named after it (a curl line). */
function headerThenHost(hosts: string[], after = 200): string {
  return `(?<=(?:${anyOf(['token', 'bearer'])})[ \\t]{1,4})(?=[\\s\\S]{0,${after}}(?:${anyOf(hosts)}))`;
}

/** A value in an assignment whose name is exactly one of `names` (`api-token: …`, `CODACY_PROJECT_TOKEN=…`). */
function assignedTo(names: string[]): string {
  return `(?<=(?:${anyOf(names)})["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?)`;
}

/** Atlassian's opaque tokens: a fixed 12-char head, a base64url body of varied length, `=` and 8 hex chars. */
const atlassianOpaque = (head: string): string => `${START}${head}[A-Za-z0-9_-]{100,300}=[0-9A-Fa-f]{8}${END}`;

// ---------------------------------------------------------------- Atlassian (Jira, Confluence)

/**
 * Jira / Confluence Data Center personal access tokens are base64 of `<numeric id>:<random
 * bytes>` (observed: a 12-digit id and 20 random bytes, so 44 chars starting M/N/O). The decoded
 * head is checked; the exact id length is not documented, so 10–14 digits are accepted.
 */
export function isDataCenterPat(value: string): boolean {
  const raw = Buffer.from(value, 'base64');
  if (raw.toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) return false;
  const text = raw.toString('latin1');
  const m = /^(\d{10,14}):/.exec(text);
  return m !== null && raw.length - m[0].length >= 16;
}

/**
 * Atlassian Cloud API tokens (id.atlassian.com): `ATATT3xFfGF0` + base64url + `=` + 8 hex.
 * Atlassian documents no format and warns that the length varies
 * (support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account);
 * the `ATAT` prefix was confirmed by an Atlassian employee (Bitbucket community, 2025-08), the
 * 12-char head and the `=` + 8-hex tail are observed. 100–300 body chars (192 in total today).
 * No live check: a token authenticates only with its account's e-mail, against the site
 * (`<site>.atlassian.net`) or `api.atlassian.com/ex/jira/{cloudId}`; the token names neither.
 */
export const atlassian: ProviderRecord = {
  id: 'atlassian',
  name: 'Atlassian (Jira, Confluence)',
  rules: [
    {
      id: 'atlassian-api-token',
      description: 'Atlassian Cloud API token (ATATT3xFfGF0…=<8 hex>) for Jira, Confluence and Bitbucket.',
      pattern: atlassianOpaque('ATATT3xFfGF0'),
      keywords: ['atatt3xffgf0'],
      window: { before: 16, after: 340 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'atlassian-data-center-pat',
      description: 'Jira or Confluence Data Center personal access token (base64 of <id>:<random>) next to a Jira/Confluence name.',
      pattern: withContext(`(?<![A-Za-z0-9+/])`, near(['jira', 'confluence', 'atlassian'], 120, 200), '[MNO][A-Za-z0-9+/]{39,47}', '(?![A-Za-z0-9+/=])'),
      keywords: ['jira', 'confluence', 'atlassian'],
      window: { before: 180, after: 260 },
      confidence: 'medium',
      minEntropy: 4,
      verify: isDataCenterPat,
    },
  ],
  envNames: ['JIRA_API_TOKEN', 'ATLASSIAN_API_TOKEN', 'CONFLUENCE_API_TOKEN', 'JIRA_PAT', 'CONFLUENCE_PAT'],
  envNote: 'jira-cli reads JIRA_API_TOKEN (a Cloud API token, or a Data Center PAT with JIRA_AUTH_TYPE=bearer); the Atlassian MCP server and most scripts pair it with JIRA_URL/CONFLUENCE_URL and the account e-mail.',
  format: {
    prefixes: ['ATATT3xFfGF0'],
    charset: '[A-Za-z0-9_=+/-]',
    lengths: [
      [121, 321],
      [40, 48],
    ],
    full: 'ATATT3xFfGF0[A-Za-z0-9_-]{100,300}=[0-9A-Fa-f]{8}|[MNO][A-Za-z0-9+/]{39,47}',
  },
  rotateUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  noLive: 'an API token authenticates only with its account e-mail at the site host (<site>.atlassian.net), and a Data Center token only at its own server; the token names neither',
};

// ---------------------------------------------------------------- Bitbucket

/**
 * `GET /2.0/user` with an access token: 200 is a token that may read the user; 403 "This API is
 * not accessible by this authentication mechanism" is an access token that authenticated but is
 * bound to one repository, project or workspace (support.atlassian.com KB); 401 is a bad token.
 */
export function interpretBitbucket(res: LiveResponse): LiveVerdict | undefined {
  const detail = errorDetail(res);
  if (res.status === 403 && /not accessible by this authentication mechanism/i.test(res.body)) {
    return verdict('valid', 'authenticated; the token is bound to one repository, project or workspace');
  }
  if (res.status === 403) return verdict('restricted', detail);
  return undefined;
}

/**
 * Bitbucket Cloud repository, project and workspace access tokens: `ATCTT3xFfGN0` + base64url +
 * `=` + 8 hex (prefix `ATCT` confirmed by Atlassian staff, Bitbucket community 2025-08; the rest
 * observed, like the Atlassian API token). Sent as a bearer token.
 */
export const bitbucket: ProviderRecord = {
  id: 'bitbucket',
  name: 'Bitbucket Cloud',
  rules: [
    {
      id: 'bitbucket-access-token',
      description: 'Bitbucket Cloud repository, project or workspace access token (ATCTT3xFfGN0…=<8 hex>).',
      pattern: atlassianOpaque('ATCTT3xFfGN0'),
      keywords: ['atctt3xffgn0'],
      window: { before: 16, after: 340 },
      confidence: 'high',
      minEntropy: 4,
    },
  ],
  envNames: ['BITBUCKET_ACCESS_TOKEN', 'BITBUCKET_TOKEN', 'BITBUCKET_API_TOKEN'],
  envNote: 'Access tokens are sent as a bearer token (git uses the user x-token-auth); Bitbucket Pipelines and most tools name them BITBUCKET_ACCESS_TOKEN or BITBUCKET_TOKEN.',
  format: { prefixes: ['ATCTT3xFfGN0'], charset: '[A-Za-z0-9_=-]', lengths: [[121, 321]], full: 'ATCTT3xFfGN0[A-Za-z0-9_-]{100,300}=[0-9A-Fa-f]{8}' },
  rotateUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/revoke-a-repository-access-token/',
  live: {
    base: 'https://api.bitbucket.org',
    path: '/2.0/user',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: interpretBitbucket,
  },
};

/**
 * Bitbucket app passwords: `ATBB` (confirmed by Atlassian staff) + alphanumerics; 32 after the
 * prefix in the ones seen, 28–40 accepted. Deprecated in 2025 (disabled June 2026) but still in
 * many CI configs. They authenticate only with Basic auth and the owner's username.
 */
export const bitbucketAppPassword: ProviderRecord = {
  id: 'bitbucket-app-password',
  name: 'Bitbucket app password',
  rules: [
    {
      id: 'bitbucket-app-password',
      description: 'Bitbucket Cloud app password (ATBB + 28–40 alphanumerics).',
      pattern: `${START_ALNUM}ATBB[A-Za-z0-9]{28,40}${END_ALNUM}`,
      keywords: ['atbb'],
      window: { before: 8, after: 48 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['BITBUCKET_APP_PASSWORD', 'BITBUCKET_PASSWORD'],
  envNote: 'An app password is used with the Bitbucket username (BITBUCKET_USERNAME), never alone.',
  format: { prefixes: ['ATBB'], charset: '[A-Za-z0-9]', lengths: [[32, 44]], full: 'ATBB[A-Za-z0-9]{28,40}' },
  rotateUrl: 'https://bitbucket.org/account/settings/app-passwords/',
  noLive: 'an app password authenticates only with Basic auth together with its owner’s username, which the password does not carry',
};

/**
 * Bitbucket OAuth consumers: a key (18 alphanumerics) and a secret (32 alphanumerics), from the
 * examples in Bitbucket's OAuth guide; the secret is reported only with its key nearby.
 */
export const bitbucketOAuth: ProviderRecord = {
  id: 'bitbucket-oauth',
  name: 'Bitbucket OAuth consumer',
  rules: [
    {
      id: 'bitbucket-oauth-consumer-secret',
      description: 'Bitbucket OAuth consumer secret (32 alphanumerics after a Bitbucket secret name), with its consumer key.',
      pattern: withContext(START_ALNUM, `(?<=${ci('bitbucket')}[\\s\\S]{0,80}${ci('secret')}[\\s\\S]{0,16})`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['bitbucket'],
      window: { before: 16, after: 160 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
      pair: {
        label: 'consumer key',
        pattern: `(?:${anyOf(['key', 'client_id', 'clientid', 'client-id', 'consumer'])})[A-Za-z_.-]{0,24}["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?(?<secret>[A-Za-z0-9]{18})(?![A-Za-z0-9])`,
        required: true,
        envNames: ['BITBUCKET_CLIENT_ID', 'BITBUCKET_OAUTH_KEY', 'BITBUCKET_KEY'],
      },
    },
  ],
  envNames: ['BITBUCKET_CLIENT_SECRET', 'BITBUCKET_OAUTH_SECRET', 'BITBUCKET_SECRET'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
  noLive: 'a consumer key and secret are proven only by minting an access token (client-credentials grant)',
};

// ---------------------------------------------------------------- Gitea / Forgejo

/**
 * Gitea and Forgejo access tokens are 40 lowercase hex (the shape of a git SHA-1), so a Gitea,
 * Forgejo or Codeberg name must precede the value with a key-ish word, or follow an
 * `Authorization: token` header value on a curl line. Every instance has its own host.
 */
export const gitea: ProviderRecord = {
  id: 'gitea',
  name: 'Gitea / Forgejo',
  rules: [
    {
      id: 'gitea-access-token',
      description: 'Gitea or Forgejo access token (40 hex) named as a Gitea/Forgejo/Codeberg token.',
      pattern: withContext(START_ALNUM, `(?:${namedBefore(['gitea', 'forgejo', 'codeberg'], 40)}|${headerThenHost(['gitea', 'forgejo', 'codeberg'])})`, '[0-9a-f]{40}', END_ALNUM),
      keywords: ['gitea', 'forgejo', 'codeberg'],
      window: { before: 260, after: 120 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
    },
  ],
  envNames: ['GITEA_TOKEN', 'FORGEJO_TOKEN', 'GITEA_ACCESS_TOKEN', 'CODEBERG_TOKEN'],
  envNote: 'tea and the Gitea/Forgejo Terraform providers read GITEA_TOKEN with GITEA_BASE_URL (the instance).',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[40, 40]], full: '[0-9a-f]{40}' },
  rotateUrl: 'https://docs.gitea.com/development/api-usage#generating-and-listing-api-tokens',
  noLive: 'every Gitea or Forgejo instance has its own host, which the token does not name',
};

// ---------------------------------------------------------------- CircleCI

const BASE58 = '[1-9A-HJ-NP-Za-km-z]';

/**
 * CircleCI API tokens (circleci.com/changelog/new-format-for-api-access-tokens): personal
 * `CCIPAT_<base58 UUID>_<40 hex>`, project `CCIPRJ_…`; older tokens are the 40-hex part alone
 * (reported only after a CircleCI token name). Live: `GET /api/v2/me` with `Circle-Token`:
 * 200 the user; 401 a bad or revoked token.
 */
export const circleci: ProviderRecord = {
  id: 'circleci',
  name: 'CircleCI',
  rules: [
    {
      id: 'circleci-personal-token',
      description: 'CircleCI personal API token (CCIPAT_<base58 id>_<40 hex>).',
      pattern: `${START}CCIPAT_${BASE58}{20,24}_[0-9a-f]{40}${END}`,
      keywords: ['ccipat_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
    {
      id: 'circleci-legacy-token',
      description: 'CircleCI personal API token in the older format (40 hex) after a CircleCI token name.',
      pattern: withContext(START_ALNUM, namedBefore(['circleci', 'circle'], 24, ['token', 'api_key', 'apikey', 'api-key']), '[0-9a-f]{40}', END_ALNUM),
      keywords: ['circleci', 'circle_token', 'circle-token', 'circle_api'],
      window: { before: 32, after: 120 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
    },
  ],
  envNames: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN', 'CIRCLECI_CLI_TOKEN', 'CIRCLE_API_TOKEN'],
  envNote: 'The circleci CLI reads CIRCLECI_CLI_TOKEN (or its config file); the CircleCI MCP server and most scripts CIRCLECI_TOKEN.',
  format: {
    prefixes: ['CCIPAT_'],
    charset: '[0-9A-Za-z_]',
    lengths: [
      [68, 72],
      [40, 40],
    ],
    full: `CCIPAT_${BASE58}{20,24}_[0-9a-f]{40}|[0-9a-f]{40}`,
  },
  rotateUrl: 'https://app.circleci.com/settings/user/tokens',
  live: { base: 'https://circleci.com', path: '/api/v2/me', method: 'GET', auth: { kind: 'header', name: 'Circle-Token' }, baseUrlEnv: ['CIRCLECI_CLI_HOST', 'CIRCLECI_HOST'] },
};

export const circleciProject: ProviderRecord = {
  id: 'circleci-project',
  name: 'CircleCI project token',
  rules: [
    {
      id: 'circleci-project-token',
      description: 'CircleCI project API token (CCIPRJ_<base58 id>_<40 hex>).',
      pattern: `${START}CCIPRJ_${BASE58}{20,24}_[0-9a-f]{40}${END}`,
      keywords: ['cciprj_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
  ],
  envNames: ['CIRCLECI_PROJECT_TOKEN', 'CIRCLE_PROJECT_TOKEN'],
  format: { prefixes: ['CCIPRJ_'], charset: '[0-9A-Za-z_]', lengths: [[68, 72]], full: `CCIPRJ_${BASE58}{20,24}_[0-9a-f]{40}` },
  rotateUrl: 'https://circleci.com/docs/guides/toolkit/managing-api-tokens/',
  noLive: 'a project token works only on API v1.1 endpoints that name its project, which the token does not carry',
};

// ---------------------------------------------------------------- Travis CI

/** 403 `login_required` (or an `access denied` error) is Travis's answer to a bad token. */
export function interpretTravis(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 403 && /login_required|access denied|not_authorized/i.test(res.body)) return verdict('invalid', str(res.json, 'error_message') ?? errorDetail(res));
  return undefined;
}

/**
 * Travis CI API tokens: 22 chars of base64url in the examples (no published format), so a
 * Travis name must come first. Live: `GET api.travis-ci.com/user` with `Authorization: token`
 * and `Travis-API-Version: 3`; 200 the user, 403 `login_required` a bad token.
 */
export const travisCi: ProviderRecord = {
  id: 'travis-ci',
  name: 'Travis CI',
  rules: [
    {
      id: 'travis-ci-api-token',
      description: 'Travis CI API token (22 chars) after a Travis token name, or in an Authorization header sent to api.travis-ci.',
      pattern: withContext(START, `(?:${namedBefore(['travis'], 32)}|${headerThenHost(['travis-ci'])})`, '[A-Za-z0-9_-]{22}', END),
      keywords: ['travis'],
      window: { before: 260, after: 120 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 1,
    },
  ],
  envNames: ['TRAVIS_API_TOKEN', 'TRAVIS_TOKEN', 'TRAVIS_CI_TOKEN'],
  envNote: 'The travis CLI keeps its token in ~/.travis/config.yml and reads TRAVIS_TOKEN; TRAVIS_API_TOKEN is the usual CI name.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[22, 22]], full: '[A-Za-z0-9_-]{22}' },
  rotateUrl: 'https://app.travis-ci.com/account/preferences',
  live: {
    base: 'https://api.travis-ci.com',
    path: '/user',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'token ' },
    headers: { 'travis-api-version': '3' },
    interpret: interpretTravis,
  },
};

// ---------------------------------------------------------------- Buildkite

const BK_SHARD = '(?:[A-Za-z0-9]{2,16}\\.)?';

/** `GET /v2/access-token` describes the token itself: its scopes on 200. */
export function interpretBuildkite(res: LiveResponse): LiveVerdict | undefined {
  if (res.status >= 200 && res.status < 300) {
    const scopes = field(res.json, 'scopes');
    const out: LiveVerdict = { status: 'valid' };
    if (Array.isArray(scopes)) out.scopes = scopes.filter((s): s is string => typeof s === 'string');
    return out;
  }
  return undefined;
}

/**
 * Buildkite API access tokens (buildkite.com/docs/platform/security/tokens): `bkua_` since
 * March 2023; the documented example is `bkua_` + a short base64 shard id + `.` + 40 hex (older
 * ones have no shard). Live: `GET api.buildkite.com/v2/access-token` (bearer) returns the
 * token's own UUID and scopes; 401 a bad or revoked token.
 */
export const buildkite: ProviderRecord = {
  id: 'buildkite',
  name: 'Buildkite',
  rules: [
    {
      id: 'buildkite-api-token',
      description: 'Buildkite API access token (bkua_ + optional shard id + 40 hex).',
      pattern: `${START}bkua_${BK_SHARD}[0-9a-f]{40}${END}`,
      keywords: ['bkua_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
  ],
  envNames: ['BUILDKITE_API_TOKEN', 'BUILDKITE_TOKEN'],
  envNote: 'The bk CLI, the Terraform provider and the Buildkite MCP server read BUILDKITE_API_TOKEN.',
  format: { prefixes: ['bkua_'], charset: '[A-Za-z0-9.]', lengths: [[45, 62]], full: `bkua_${BK_SHARD}[0-9a-f]{40}` },
  rotateUrl: 'https://buildkite.com/user/api-access-tokens',
  live: { base: 'https://api.buildkite.com', path: '/v2/access-token', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretBuildkite },
};

/**
 * Buildkite agent tokens: agent registration (unclustered) `bkar_` and agent session `bkaa_`
 * (documented example: shard id + `.` + 77 alphanumerics). The length after the prefix is not
 * documented; 40–100 alphanumerics are accepted.
 */
export const buildkiteAgent: ProviderRecord = {
  id: 'buildkite-agent',
  name: 'Buildkite agent token',
  rules: [
    {
      id: 'buildkite-agent-token',
      description: 'Buildkite agent registration (bkar_) or agent session (bkaa_) token.',
      pattern: `${START}bka[ar]_${BK_SHARD}[A-Za-z0-9]{40,100}${END}`,
      keywords: ['bkar_', 'bkaa_'],
      window: { before: 16, after: 130 },
      confidence: 'high',
      minEntropy: 3.8,
    },
  ],
  envNames: ['BUILDKITE_AGENT_TOKEN', 'BUILDKITE_AGENT_ACCESS_TOKEN'],
  format: { prefixes: ['bkar_', 'bkaa_'], charset: '[A-Za-z0-9.]', lengths: [[45, 122]], full: `bka[ar]_${BK_SHARD}[A-Za-z0-9]{40,100}` },
  rotateUrl: 'https://buildkite.com/docs/agent/self-hosted/tokens',
  noLive: 'an agent token authenticates only the agent API, whose first call registers an agent',
};

// ---------------------------------------------------------------- Drone

/** Drone CI personal tokens: 32 alphanumerics after a Drone token name; each server has its own host. */
export const drone: ProviderRecord = {
  id: 'drone',
  name: 'Drone CI',
  rules: [
    {
      id: 'drone-token',
      description: 'Drone CI personal token (32 alphanumerics) after a Drone token name.',
      pattern: withContext(START_ALNUM, namedBefore(['drone'], 24), '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['drone'],
      window: { before: 16, after: 100 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['DRONE_TOKEN'],
  envNote: 'The drone CLI reads DRONE_TOKEN with DRONE_SERVER (the server URL).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://docs.drone.io/cli/setup/',
  noLive: 'every Drone server has its own host (DRONE_SERVER), which the token does not name',
};

// ---------------------------------------------------------------- Harness

const HARNESS_BODY = '\\.[A-Za-z0-9_-]{20,24}\\.[0-9a-f]{24}\\.[A-Za-z0-9]{16,32}';

/**
 * Harness API tokens (developer.harness.io, "Manage API keys"): `pat.` (personal) or `sat.`
 * (service account) + the account identifier (22 chars) + `.` + the token id (24 hex) + `.` +
 * the secret (20 alphanumerics in the examples; 16–32 accepted). Live: `GET
 * /gateway/ng/api/user/currentUser` with `x-api-key`: 200 valid, 401 a bad token.
 */
export const harness: ProviderRecord = {
  id: 'harness',
  name: 'Harness',
  rules: [
    {
      id: 'harness-personal-access-token',
      description: 'Harness personal access token (pat.<account>.<token id>.<secret>).',
      pattern: `${START}pat${HARNESS_BODY}${END}`,
      keywords: ['pat.'],
      window: { before: 8, after: 96 },
      confidence: 'high',
    },
    {
      id: 'harness-service-account-token',
      description: 'Harness service account token (sat.<account>.<token id>.<secret>).',
      pattern: `${START}sat${HARNESS_BODY}${END}`,
      keywords: ['sat.'],
      window: { before: 8, after: 96 },
      confidence: 'high',
    },
  ],
  envNames: ['HARNESS_PLATFORM_API_KEY', 'HARNESS_API_KEY', 'HARNESS_API_TOKEN'],
  envNote: 'The Harness Terraform provider reads HARNESS_PLATFORM_API_KEY with HARNESS_ACCOUNT_ID and HARNESS_ENDPOINT.',
  format: { prefixes: ['pat.', 'sat.'], charset: '[A-Za-z0-9_.-]', lengths: [[67, 87]], full: `(?:pat|sat)${HARNESS_BODY}` },
  rotateUrl: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys',
  live: {
    base: 'https://app.harness.io',
    path: '/gateway/ng/api/user/currentUser',
    method: 'GET',
    auth: { kind: 'header', name: 'x-api-key' },
    baseUrlEnv: ['HARNESS_ENDPOINT'],
  },
};

// ---------------------------------------------------------------- Codecov, Coveralls, Codacy

/** Codecov upload tokens (repository or global) are UUIDs: reported after a Codecov token name. */
export const codecov: ProviderRecord = {
  id: 'codecov',
  name: 'Codecov',
  rules: [
    {
      id: 'codecov-upload-token',
      description: 'Codecov upload token (a UUID) after a Codecov token name or in the codecov action/CLI arguments.',
      pattern: withContext(START_ALNUM, `(?:${namedBefore(['codecov'], 48, ['token', ' -t'])})`, UUID, END_ALNUM),
      keywords: ['codecov'],
      window: { before: 16, after: 160 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['CODECOV_TOKEN'],
  envNote: 'The Codecov CLI and codecov/codecov-action read CODECOV_TOKEN (the action also takes it as the `token` input).',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://docs.codecov.com/docs/codecov-tokens',
  noLive: 'an upload token is accepted only by the upload endpoints, which create a commit report',
};

/**
 * Coveralls repo tokens: 32–40 alphanumerics (no published format; 32–33 in the examples),
 * after a Coveralls name or as `repo_token` (Coveralls' own name for it, as in `.coveralls.yml`).
 */
export const coveralls: ProviderRecord = {
  id: 'coveralls',
  name: 'Coveralls',
  rules: [
    {
      id: 'coveralls-repo-token',
      description: 'Coveralls repo token (32–40 alphanumerics) after a Coveralls token name or as repo_token (.coveralls.yml).',
      pattern: withContext(START_ALNUM, `(?:${namedBefore(['coveralls'], 24)}|${assignedTo(['repo_token', 'repotoken'])})`, '[A-Za-z0-9]{32,40}', END_ALNUM),
      keywords: ['coveralls', 'repo_token', 'repotoken'],
      window: { before: 16, after: 110 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['COVERALLS_REPO_TOKEN'],
  envNote: 'coveralls-python, node-coveralls and the Coveralls reporter read COVERALLS_REPO_TOKEN or repo_token in .coveralls.yml.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 40]], full: '[A-Za-z0-9]{32,40}' },
  rotateUrl: 'https://docs.coveralls.io/api-introduction',
  noLive: 'a repo token is accepted only by the job-submission endpoint, which records coverage',
};

/** Codacy answers a revoked or unknown token with 401, or 404 `{"error":"not found"}` (docs.codacy.com, API tokens). */
export function interpretCodacy(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 404 && /not found/i.test(res.body)) return verdict('invalid', 'token not found');
  return undefined;
}

const CODACY_TOKEN = '[A-Za-z0-9]{20,40}';

/**
 * Codacy account API tokens (docs.codacy.com, "API tokens"): 20 alphanumerics in the examples,
 * 20–40 accepted, after a Codacy API/account token name or the `api-token` header. Live:
 * `GET app.codacy.com/api/v3/user` with `api-token`: 200 the account, 401 a bad token.
 */
export const codacy: ProviderRecord = {
  id: 'codacy',
  name: 'Codacy',
  rules: [
    {
      id: 'codacy-api-token',
      description: 'Codacy account API token after a Codacy API token name or an api-token header.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('codacy')}[_.-]?(?:${anyOf(['api', 'account'])})[_.-]?${ci('token')}["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?)|(?<=${ci('api-token')}:[ \\t]{0,4})(?:(?<=${ci('codacy')}[\\s\\S]{0,200})|(?=[\\s\\S]{0,200}${ci('codacy')})))`,
        CODACY_TOKEN,
        END_ALNUM,
      ),
      keywords: ['codacy'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 1,
    },
  ],
  envNames: ['CODACY_API_TOKEN', 'CODACY_ACCOUNT_TOKEN'],
  envNote: 'The Codacy coverage reporter and CLI read CODACY_API_TOKEN (account) or CODACY_PROJECT_TOKEN (one repository).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[20, 40]], full: CODACY_TOKEN },
  rotateUrl: 'https://app.codacy.com/account/access-management',
  live: {
    base: 'https://app.codacy.com',
    path: '/api/v3/user',
    method: 'GET',
    auth: { kind: 'header', name: 'api-token' },
    baseUrlEnv: ['CODACY_API_BASE_URL'],
    interpret: interpretCodacy,
  },
};

export const codacyProject: ProviderRecord = {
  id: 'codacy-project',
  name: 'Codacy project token',
  rules: [
    {
      id: 'codacy-project-token',
      description: 'Codacy project API token after a Codacy project token name or a project-token header.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('codacy')}[_.-]?${ci('project')}[_.-]?${ci('token')}["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?)|(?<=${ci('project-token')}:[ \\t]{0,4})(?:(?<=${ci('codacy')}[\\s\\S]{0,200})|(?=[\\s\\S]{0,200}${ci('codacy')})))`,
        CODACY_TOKEN,
        END_ALNUM,
      ),
      keywords: ['codacy'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 1,
    },
  ],
  envNames: ['CODACY_PROJECT_TOKEN'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[20, 40]], full: CODACY_TOKEN },
  rotateUrl: 'https://docs.codacy.com/codacy-api/api-tokens/',
  noLive: 'a project token works only on endpoints that name its repository, which the token does not carry',
};

// ---------------------------------------------------------------- SonarQube

/**
 * SonarQube Server tokens (docs.sonarsource.com, "Managing your tokens"): user `squ_`, project
 * analysis `sqp_`, global analysis `sqa_`, each + 40 hex. Every server has its own host.
 */
export const sonarqube: ProviderRecord = {
  id: 'sonarqube',
  name: 'SonarQube Server',
  rules: [
    {
      id: 'sonarqube-user-token',
      description: 'SonarQube user token (squ_ + 40 hex).',
      pattern: `${START}squ_[0-9a-f]{40}${END}`,
      keywords: ['squ_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
    },
    {
      id: 'sonarqube-project-analysis-token',
      description: 'SonarQube project analysis token (sqp_ + 40 hex).',
      pattern: `${START}sqp_[0-9a-f]{40}${END}`,
      keywords: ['sqp_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
    },
    {
      id: 'sonarqube-global-analysis-token',
      description: 'SonarQube global analysis token (sqa_ + 40 hex).',
      pattern: `${START}sqa_[0-9a-f]{40}${END}`,
      keywords: ['sqa_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
    },
  ],
  envNames: ['SONAR_TOKEN', 'SONARQUBE_TOKEN', 'SONAR_LOGIN'],
  envNote: 'The SonarScanners read SONAR_TOKEN (SONAR_LOGIN before 10.x) with SONAR_HOST_URL, the server.',
  format: { prefixes: ['squ_', 'sqp_', 'sqa_'], charset: '[0-9a-f]', lengths: [[44, 44]], full: 'sq[upa]_[0-9a-f]{40}' },
  rotateUrl: 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/',
  noLive: 'every SonarQube server has its own host (SONAR_HOST_URL), which the token does not name',
};

/** `api/authentication/validate` answers 200 `{"valid": false}` for a token it does not know. */
export function interpretSonarCloud(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 200 && field(res.json, 'valid') === false) return verdict('invalid', 'the token does not authenticate');
  if (res.status === 200 && field(res.json, 'valid') === true) return verdict('valid');
  if (res.status === 200) return verdict('unknown', 'unexpected answer from api/authentication/validate');
  return undefined;
}

/**
 * SonarQube Cloud (sonarcloud.io) tokens are 40 hex without a prefix: reported after a Sonar
 * token/login name. Live: `GET sonarcloud.io/api/authentication/validate` (bearer), which says
 * `{"valid": true|false}`; SONAR_HOST_URL points it at another server.
 */
export const sonarcloud: ProviderRecord = {
  id: 'sonarcloud',
  name: 'SonarQube Cloud',
  rules: [
    {
      id: 'sonarcloud-token',
      description: 'SonarQube Cloud token (40 hex, no prefix) after a Sonar token or login name.',
      pattern: withContext(START, namedBefore(['sonar'], 20, ['token', 'login']), '[0-9a-f]{40}', END),
      keywords: ['sonar'],
      window: { before: 16, after: 110 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
    },
  ],
  envNames: ['SONARCLOUD_TOKEN', 'SONAR_CLOUD_TOKEN'],
  envNote: 'SonarQube Cloud scans read SONAR_TOKEN like SonarQube Server; a prefix-less token is a Cloud token (or a server token from before 9.5).',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[40, 40]], full: '[0-9a-f]{40}' },
  rotateUrl: 'https://sonarcloud.io/account/security',
  live: {
    base: 'https://sonarcloud.io',
    path: '/api/authentication/validate',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['SONAR_HOST_URL'],
    interpret: interpretSonarCloud,
  },
};

// ---------------------------------------------------------------- Snyk

/**
 * Snyk API tokens (personal and service account) are UUIDs: reported after a Snyk token name or
 * in `snyk auth <token>`. Live: `GET api.snyk.io/rest/self` with `Authorization: token`
 * (docs.snyk.io, "Authenticating"): 200 the user, 401 a bad token, 403 a plan without API access.
 */
export const snyk: ProviderRecord = {
  id: 'snyk',
  name: 'Snyk',
  rules: [
    {
      id: 'snyk-api-token',
      description: 'Snyk API token (a UUID) after a Snyk token name, in snyk auth or in snyk config set api=.',
      pattern: withContext(START_ALNUM, namedBefore(['snyk'], 32, ['token', 'key', 'auth', 'api=', 'secret']), UUID, END_ALNUM),
      keywords: ['snyk'],
      window: { before: 16, after: 130 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['SNYK_TOKEN', 'SNYK_API_TOKEN'],
  envNote: 'The Snyk CLI reads SNYK_TOKEN (over its config file); SNYK_API sets the API URL for other regions.',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://app.snyk.io/account',
  live: {
    base: 'https://api.snyk.io',
    path: '/rest/self?version=2024-06-10',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'token ' },
    headers: { accept: 'application/vnd.api+json' },
    baseUrlEnv: ['SNYK_API'],
  },
};

// ---------------------------------------------------------------- Octopus Deploy

/**
 * Octopus Deploy API keys: `API-` + upper-case alphanumerics (26–28 in the examples; 25–32
 * accepted), reported with "octopus" nearby (the `API-` prefix alone is too common).
 */
export const octopusDeploy: ProviderRecord = {
  id: 'octopus-deploy',
  name: 'Octopus Deploy',
  rules: [
    {
      id: 'octopus-deploy-api-key',
      description: 'Octopus Deploy API key (API- + 25–32 upper-case alphanumerics) with "octopus" nearby.',
      pattern: withContext(START, near(['octopus'], 80, 160), 'API-[A-Z0-9]{25,32}', END),
      keywords: ['octopus'],
      window: { before: 120, after: 200 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['OCTOPUS_API_KEY', 'OCTOPUS_CLI_API_KEY'],
  envNote: 'The octopus CLI reads OCTOPUS_API_KEY with OCTOPUS_URL (the instance); the GitHub actions take it as api_key.',
  format: { prefixes: ['API-'], charset: '[A-Z0-9]', lengths: [[29, 36]], full: 'API-[A-Z0-9]{25,32}' },
  rotateUrl: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key',
  noLive: 'every Octopus instance has its own host (OCTOPUS_URL, <name>.octopus.app), which the key does not name',
};

// ---------------------------------------------------------------- Infracost

/** The pricing API answers 401/403 with "Invalid API key" for a bad key. */
export function interpretInfracost(res: LiveResponse): LiveVerdict | undefined {
  if ((res.status === 401 || res.status === 403) && /invalid|unauthori[sz]ed|api key/i.test(res.body)) return verdict('invalid', errorDetail(res));
  return undefined;
}

/**
 * Infracost API keys: `ico-` + 32 alphanumerics (examples; the format is not published). Live:
 * the Cloud Pricing API's GraphQL endpoint with `X-Api-Key` and the smallest query there is
 * (`{ __typename }`): free, read-only; 200 valid, 401/403 "Invalid API key" a bad key.
 */
export const infracost: ProviderRecord = {
  id: 'infracost',
  name: 'Infracost',
  rules: [
    {
      id: 'infracost-api-key',
      description: 'Infracost API key (ico- + 32 alphanumerics).',
      pattern: `${START}ico-[A-Za-z0-9]{32}${END}`,
      keywords: ['ico-'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['INFRACOST_API_KEY'],
  envNote: 'The infracost CLI reads INFRACOST_API_KEY (over its credentials file) and INFRACOST_PRICING_API_ENDPOINT for a self-hosted pricing API.',
  format: { prefixes: ['ico-'], charset: '[A-Za-z0-9]', lengths: [[36, 36]], full: 'ico-[A-Za-z0-9]{32}' },
  rotateUrl: 'https://dashboard.infracost.io/',
  live: {
    base: 'https://pricing.api.infracost.io',
    path: '/graphql',
    method: 'POST',
    auth: { kind: 'header', name: 'X-Api-Key' },
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
    baseUrlEnv: ['INFRACOST_PRICING_API_ENDPOINT'],
    interpret: interpretInfracost,
  },
};

// ---------------------------------------------------------------- JetBrains YouTrack / Hub

/** The first two parts of a permanent token are base64 of printable text (login, token name). */
export function isPermanentToken(value: string): boolean {
  const parts = value.slice('perm:'.length).split('.');
  if (parts.length !== 3) return false;
  for (const p of parts.slice(0, 2)) {
    const text = Buffer.from(p, 'base64').toString('utf8');
    if (text.length === 0 || /[\u0000-\u001f\ufffd]/.test(text)) return false;
  }
  return true;
}

/**
 * JetBrains Hub permanent tokens (YouTrack, Hub; JetBrains documentation, "Manage Permanent
 * Tokens"): `perm:` + base64(login) + `.` + base64(token name) + `.` + 30 random
 * alphanumerics in the examples (26–34 accepted). Every YouTrack has its own host.
 */
export const youtrack: ProviderRecord = {
  id: 'youtrack',
  name: 'JetBrains YouTrack / Hub',
  rules: [
    {
      id: 'youtrack-permanent-token',
      description: 'JetBrains YouTrack/Hub permanent token (perm:<base64 login>.<base64 name>.<random>).',
      pattern: `(?<![A-Za-z0-9_-])perm:[A-Za-z0-9+/]{2,120}={0,2}\\.[A-Za-z0-9+/]{2,120}={0,2}\\.[A-Za-z0-9]{26,34}${END}`,
      keywords: ['perm:'],
      window: { before: 16, after: 300 },
      confidence: 'high',
      verify: isPermanentToken,
    },
  ],
  envNames: ['YOUTRACK_TOKEN', 'YOUTRACK_API_TOKEN', 'HUB_TOKEN'],
  envNote: 'YouTrack clients pair YOUTRACK_TOKEN with YOUTRACK_URL (the instance).',
  format: { prefixes: ['perm:'], charset: '[A-Za-z0-9+/=.]', lengths: [[40, 300]], full: 'perm:[A-Za-z0-9+/]{2,120}={0,2}\\.[A-Za-z0-9+/]{2,120}={0,2}\\.[A-Za-z0-9]{26,34}' },
  rotateUrl: 'https://www.jetbrains.com/help/youtrack/cloud/manage-permanent-token.html',
  noLive: 'every YouTrack or Hub has its own host (<name>.youtrack.cloud or self-hosted), which the token does not name',
};

export const sourceControlRecords: ProviderRecord[] = [
  atlassian,
  bitbucket,
  bitbucketAppPassword,
  bitbucketOAuth,
  gitea,
  circleci,
  circleciProject,
  travisCi,
  buildkite,
  buildkiteAgent,
  drone,
  harness,
  codecov,
  coveralls,
  codacy,
  codacyProject,
  sonarqube,
  sonarcloud,
  snyk,
  octopusDeploy,
  infracost,
  youtrack,
];
