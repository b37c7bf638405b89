/** GitLab tokens: personal access tokens (legacy and routable) and the other gl*- token kinds. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, errorDetail, field, START, str, verdict } from './shared.js';

const OTHER_PREFIXES = ['gldt', 'glrt', 'glrtr', 'glcbt', 'glft', 'glptt', 'gloas', 'glsoat', 'glagent', 'glimt', 'glffct'];

/**
 * The tail of GitLab's routable token format (`<payload>.<2-char version>.<2-char length + 7-char
 * CRC, base36>`), which runner authentication tokens (`glrt-t1_…`) and other kinds take as
 * GitLab moves them to it (docs.gitlab.com/security/tokens, "Token prefixes"). Optional: the
 * older form is the payload alone.
 */
const ROUTABLE_TAIL = '(?:\\.[0-9a-z]{2}\\.[0-9a-z]{9})?';

/** `/personal_access_tokens/self` returns scopes, expiry and revocation; 403 "blocked" is a live token of a blocked user. */
export function interpretGitLab(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 200) {
    if (field(res.json, 'revoked') === true) return verdict('invalid', 'token revoked');
    if (field(res.json, 'active') === false) return verdict('invalid', 'token inactive or expired');
    const out: LiveVerdict = { status: 'valid' };
    const scopes = field(res.json, 'scopes');
    if (Array.isArray(scopes)) out.scopes = scopes.filter((s): s is string => typeof s === 'string');
    const expires = str(res.json, 'expires_at');
    if (expires) out.expiresAt = expires;
    return out;
  }
  if (res.status === 403 && /blocked/i.test(res.body)) return verdict('restricted', 'the token works but its account is blocked');
  if (res.status === 403) return verdict('restricted', errorDetail(res) ?? 'insufficient scope');
  return undefined;
}

export const gitlab: ProviderRecord = {
  id: 'gitlab',
  name: 'GitLab',
  rules: [
    {
      id: 'gitlab-pat',
      description: 'GitLab personal access token (glpat- + 20 chars).',
      pattern: `${START}glpat-[A-Za-z0-9_-]{20}${END}`,
      keywords: ['glpat-'],
      window: { before: 16, after: 40 },
      confidence: 'high',
    },
    {
      id: 'gitlab-pat-routable',
      description: 'GitLab routable personal access token (glpat- payload, version and check segments).',
      pattern: `${START}glpat-[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}(?:\\.[0-9a-z]{9}|[0-9a-z]{7})${END}`,
      keywords: ['glpat-'],
      window: { before: 16, after: 330 },
      confidence: 'high',
    },
    {
      id: 'gitlab-token',
      description: 'Other GitLab tokens: deploy (gldt-), runner (glrt-), CI job (glcbt-), feed, trigger, OAuth app, SCIM, agent, incoming mail, feature-flag tokens, in the plain or the routable form.',
      pattern: `${START}(?:${OTHER_PREFIXES.join('|')})-[0-9A-Za-z_-]{20,64}${ROUTABLE_TAIL}${END}`,
      keywords: OTHER_PREFIXES.map((p) => `${p}-`),
      window: { before: 16, after: 96 },
      confidence: 'high',
      minEntropy: 3.3,
    },
    {
      id: 'gitlab-runner-registration-token',
      description: 'GitLab runner registration token (GR1348941 + 20 chars).',
      pattern: `${START}GR1348941[0-9A-Za-z_-]{20}${END}`,
      keywords: ['gr1348941'],
      window: { before: 16, after: 40 },
      confidence: 'high',
    },
  ],
  envNames: ['GITLAB_TOKEN', 'GL_TOKEN', 'GITLAB_PRIVATE_TOKEN'],
  envNote: 'glab reads GITLAB_TOKEN, then GITLAB_ACCESS_TOKEN and OAUTH_TOKEN; CI_JOB_TOKEN is injected by GitLab CI and is not a personal token.',
  format: {
    prefixes: ['GR1348941', 'glpat-', ...OTHER_PREFIXES.map((p) => `${p}-`)].sort((a, b) => b.length - a.length),
    charset: '[0-9A-Za-z_.-]',
    lengths: [[25, 330]],
    full: `glpat-[A-Za-z0-9_-]{20}|glpat-[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}(?:\\.[0-9a-z]{9}|[0-9a-z]{7})|(?:${OTHER_PREFIXES.join('|')})-[0-9A-Za-z_-]{20,64}${ROUTABLE_TAIL}|GR1348941[0-9A-Za-z_-]{20}`,
  },
  rotateUrl: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  live: {
    base: 'https://gitlab.com',
    path: '/api/v4/personal_access_tokens/self',
    method: 'GET',
    auth: { kind: 'header', name: 'PRIVATE-TOKEN' },
    baseUrlEnv: ['CI_SERVER_URL', 'GITLAB_URL', 'GITLAB_HOST'],
    interpret: interpretGitLab,
  },
};

export const gitlabRecords: ProviderRecord[] = [gitlab];
