/**
 * GitHub: classic prefixed tokens (with CRC32 tail), fine-grained PATs, new installation tokens;
 * GitHub App private keys and OAuth app client secrets (records of their own: no request proves
 * them with the token check).
 */
import { hasValidGithubChecksum } from '../checksum.js';
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { genericProviders } from './generic.js';
import { ci, END, END_ALNUM, errorDetail, header, near, scopeList, START, START_ALNUM, verdict, withContext } from './shared.js';

const CLASSIC = /^gh[pousr]_[A-Za-z0-9]{36}$/;

/** GitHub's expiry header reads `2026-03-01 12:00:00 UTC` (or with a numeric offset). */
export function githubExpiryToIso(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return undefined;
  const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Rate limits come as 403 or 429 with `x-ratelimit-remaining: 0` or a secondary-limit message. */
export function interpretGitHub(res: LiveResponse): LiveVerdict | undefined {
  const detail = errorDetail(res);
  if ((res.status === 403 || res.status === 429) && (header(res, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(detail ?? ''))) {
    return verdict('rate-limited', detail);
  }
  if (res.status >= 200 && res.status < 300) {
    const out: LiveVerdict = { status: 'valid' };
    const scopes = scopeList(header(res, 'x-oauth-scopes'));
    if (scopes) out.scopes = scopes;
    const expiry = header(res, 'github-authentication-token-expiration');
    const iso = expiry ? githubExpiryToIso(expiry) : undefined;
    if (iso) out.expiresAt = iso;
    return out;
  }
  return undefined;
}

export const github: ProviderRecord = {
  id: 'github',
  name: 'GitHub',
  rules: [
    {
      id: 'github-classic-token',
      description: 'GitHub token in the prefixed format (ghp_ PAT, gho_ OAuth, ghu_/ghs_ app, ghr_ refresh) with a valid CRC32 tail.',
      pattern: `${START}gh[pousr]_[A-Za-z0-9]{36}${END}`,
      keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      verify: hasValidGithubChecksum,
      // A random 36-char tail that also satisfies CRC32 is not a hand-written placeholder.
      skipPlaceholderGate: true,
    },
    {
      id: 'github-fine-grained-pat',
      description: 'GitHub fine-grained personal access token (github_pat_ + 82 chars).',
      pattern: `${START}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`,
      keywords: ['github_pat_'],
      window: { before: 16, after: 112 },
      confidence: 'high',
    },
    {
      id: 'github-app-installation-token',
      description: 'GitHub App installation token in the long format (ghs_<app id>_<JWT>).',
      pattern: `${START}ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]{8,600}\\.[A-Za-z0-9_-]{8,2400}\\.[A-Za-z0-9_-]{8,1200}${END}`,
      keywords: ['ghs_'],
      window: { before: 16, after: 4300 },
      confidence: 'high',
    },
  ],
  envNames: ['GH_TOKEN', 'GITHUB_TOKEN', 'GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_PAT'],
  envNote: 'The gh CLI and most tools prefer GH_TOKEN over GITHUB_TOKEN (the Actions-provided token); GH_ENTERPRISE_TOKEN/GITHUB_ENTERPRISE_TOKEN apply to GitHub Enterprise Server hosts.',
  format: {
    prefixes: ['github_pat_', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    charset: '[A-Za-z0-9_.-]',
    lengths: [
      [40, 40],
      [93, 93],
      [60, 4300],
    ],
    full: 'gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}|ghs_[0-9]{1,20}_eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+',
    checksum: (value) => !CLASSIC.test(value) || hasValidGithubChecksum(value),
  },
  rotateUrl: 'https://github.com/settings/tokens',
  live: {
    // /rate_limit accepts every token type (installation tokens cannot read /user) and costs no quota.
    base: 'https://api.github.com',
    path: '/rate_limit',
    method: 'GET',
    auth: { kind: 'bearer' },
    headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    baseUrlEnv: ['GITHUB_API_URL'],
    interpret: interpretGitHub,
  },
};

// ---------------------------------------------------------------- GitHub App private keys

/** The generic PEM private-key rule: a GitHub App key is that block, attributed by its context. */
const PEM_RULE = genericProviders.find((p) => p.id === 'private-key')!.rules[0]!;

/** Words that say "GitHub App" next to a key: env names, the Actions input, Octokit/Probot options. */
const GITHUB_APP_WORDS = ['github_app', 'github-app', 'githubapp', 'github app', 'gh_app_'];

/** The name GitHub gives a downloaded App key: `<app-slug>.<YYYY-MM-DD>.private-key.pem`. */
const GITHUB_KEY_FILE = /(?:^|[\\/])[^\\/]*\.private-key\.pem$/;

/**
 * A GitHub App's private key (an RSA PEM; GitHub names the download
 * `<app-slug>.<date>.private-key.pem`): the PEM block found by the generic private-key rule,
 * attributed to GitHub when a GitHub App name is near it (`GITHUB_APP_PRIVATE_KEY`,
 * `actions/create-github-app-token`, `new App({ appId, privateKey })` under a `githubApp` key)
 * or when the file has GitHub's download name. No live check: the key signs a JWT (with the
 * App ID) that is exchanged for installation tokens; no request carries the key.
 */
export const githubApp: ProviderRecord = {
  id: 'github-app',
  name: 'GitHub App private key',
  rules: [
    {
      id: 'github-app-private-key',
      description: 'GitHub App private key: a PEM private-key block next to GitHub App context, or in a *.private-key.pem file downloaded from GitHub.',
      // The context is optional in the pattern (`app` is set when it is there); `check` wants it,
      // or GitHub's file name. A block without either stays the generic private-key rule's.
      // Tested right after `-----BEGIN`, so the bounded look-arounds run only where a block starts.
      pattern: PEM_RULE.pattern.replace(/^-----BEGIN/, `-----BEGIN(?:${near(GITHUB_APP_WORDS, 4000, 8000)}(?<app>)|)`),
      keywords: [...GITHUB_APP_WORDS, 'private key'],
      requires: ['-----END'],
      window: { before: 4000, after: 16000 },
      confidence: 'high',
      skipPlaceholderGate: true,
      locateAtMatch: true,
      check: (_secret, groups, path) => groups['app'] !== undefined || GITHUB_KEY_FILE.test(path),
      ...(PEM_RULE.verify ? { verify: PEM_RULE.verify } : {}),
      ...(PEM_RULE.confidenceOf ? { confidenceOf: PEM_RULE.confidenceOf } : {}),
    },
  ],
  envNames: ['GITHUB_APP_PRIVATE_KEY', 'GH_APP_PRIVATE_KEY'],
  envNote: 'Probot reads PRIVATE_KEY (or PRIVATE_KEY_PATH) with APP_ID; actions/create-github-app-token takes the key as its private-key input, usually from a secret.',
  format: { prefixes: [], charset: String.raw`[A-Za-z0-9+/=\\\s-]`, lengths: [[200, 20000]] },
  rotateUrl: 'https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/managing-private-keys-for-github-apps',
  noLive: 'the key signs a JWT (with the App ID) that is exchanged for installation tokens; no request carries the key itself',
};

// ---------------------------------------------------------------- OAuth app client secrets

/** OAuth app and GitHub App client IDs: `Ov23li`/`Iv23li` + 14 alphanumerics (since 2024), `Iv1.` + 16 hex, or 20 hex (older OAuth apps). */
const GITHUB_CLIENT_ID = `(?<![A-Za-z0-9.])(?:[OI]v23li[A-Za-z0-9]{14}|Iv1\\.[0-9a-f]{16}|[0-9a-f]{20})${END_ALNUM}`;

/**
 * OAuth app (and GitHub App) client secrets: 40 hex, the shape of a git SHA-1, so the value must
 * follow a GitHub client-secret name (`GITHUB_CLIENT_SECRET=`, `AUTH_GITHUB_SECRET=`,
 * `GitHubStrategy({ clientID, clientSecret })`) and is reported only with its client ID nearby.
 * No live check: the request that proves the pair (`POST /applications/{client_id}/token`,
 * Basic client ID:secret) carries the client ID in its path.
 */
export const githubOAuthApp: ProviderRecord = {
  id: 'github-oauth-app',
  name: 'GitHub OAuth app',
  rules: [
    {
      id: 'github-oauth-app-client-secret',
      description: 'GitHub OAuth app or GitHub App client secret (40 hex) after a GitHub client-secret name, with its client ID.',
      pattern: withContext(
        START_ALNUM,
        `(?<=(?:${ci('github')}[\\s\\S]{0,120}${ci('client')}[_. -]?${ci('secret')}|${ci('github')}[_-]${ci('secret')})["']?[ \\t]{0,4}[:=,][ \\t]{0,4}["']?)`,
        '[0-9a-f]{40}',
        END_ALNUM,
      ),
      keywords: ['client_secret', 'clientsecret', 'client-secret', 'github_secret', 'github-secret'],
      // The regex needs this word in the window (in any case; these are the spellings seen): checked before it runs.
      requires: ['github', 'GitHub', 'Github', 'GITHUB'],
      window: { before: 200, after: 64 },
      confidence: 'high',
      minEntropy: 3.2,
      minDigits: 4,
      pair: { label: 'client ID', pattern: GITHUB_CLIENT_ID, required: true, envNames: ['GITHUB_CLIENT_ID', 'AUTH_GITHUB_ID', 'GITHUB_ID'] },
    },
  ],
  envNames: ['GITHUB_CLIENT_SECRET', 'AUTH_GITHUB_SECRET', 'GITHUB_SECRET'],
  envNote: 'Auth.js reads AUTH_GITHUB_ID/AUTH_GITHUB_SECRET (GITHUB_ID/GITHUB_SECRET in NextAuth v4 examples); most apps GITHUB_CLIENT_ID/GITHUB_CLIENT_SECRET.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[40, 40]], full: '[0-9a-f]{40}' },
  rotateUrl: 'https://github.com/settings/developers',
  noLive: 'the pair is proven only by POST /applications/{client_id}/token, whose path carries the client ID',
};

export const githubRecords: ProviderRecord[] = [github, githubApp, githubOAuthApp];
