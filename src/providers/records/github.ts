/** GitHub tokens: classic prefixed tokens (with CRC32 tail), fine-grained PATs, new installation tokens. */
import { hasValidGithubChecksum } from '../checksum.js';
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, errorDetail, header, scopeList, START, verdict } from './shared.js';

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

export const githubRecords: ProviderRecord[] = [github];
