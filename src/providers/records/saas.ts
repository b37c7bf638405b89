/** Developer SaaS: Databricks, Linear, Notion, Postman. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, errorDetail, field, near, START, verdict, withContext } from './shared.js';

/** Databricks tokens are checked against the workspace host, which the token does not name: no `live`. */
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
  ],
  envNames: ['DATABRICKS_TOKEN'],
  envNote: 'The Databricks SDK and CLI pair DATABRICKS_TOKEN with DATABRICKS_HOST (the workspace URL).',
  format: { prefixes: ['dapi'], charset: '[0-9a-f-]', lengths: [[36, 38]], full: 'dapi[0-9a-f]{32}(?:-[0-9])?' },
  noLive: 'the token is checked against its workspace host, which the token does not name',
  rotateUrl: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
};

/** Linear answers GraphQL auth failures with an AUTHENTICATION_ERROR in `errors`. */
export function interpretLinear(res: LiveResponse): LiveVerdict | undefined {
  if (/AUTHENTICATION_ERROR|Authentication required|authentication failed/i.test(res.body.slice(0, 4000))) return verdict('invalid', errorDetail(res));
  if (res.status === 200 && field(res.json, 'data', 'viewer') !== undefined) return verdict('valid');
  return undefined;
}

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
  ],
  envNames: ['LINEAR_API_KEY'],
  format: { prefixes: ['lin_api_'], charset: '[A-Za-z0-9]', lengths: [[48, 48]], full: 'lin_api_[A-Za-z0-9]{40}' },
  rotateUrl: 'https://linear.app/settings/account/security',
  live: {
    base: 'https://api.linear.app',
    path: '/graphql',
    method: 'POST',
    // Personal keys go in Authorization without a Bearer prefix.
    auth: { kind: 'header', name: 'Authorization' },
    headers: { 'content-type': 'application/json' },
    body: '{"query":"{ viewer { id } }"}',
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
  ],
  envNames: ['POSTMAN_API_KEY'],
  format: { prefixes: ['PMAK-'], charset: '[a-fA-F0-9-]', lengths: [[64, 64]], full: 'PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}' },
  rotateUrl: 'https://go.postman.co/settings/me/api-keys',
  live: { base: 'https://api.getpostman.com', path: '/me', method: 'GET', auth: { kind: 'header', name: 'X-Api-Key' } },
};

export const saasRecords: ProviderRecord[] = [databricks, linear, notion, postman];
