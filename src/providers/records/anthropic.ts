/** Anthropic API keys and admin keys. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, errorDetail, START, str, verdict } from './shared.js';

/** Error bodies are `{"type":"error","error":{"type":"…","message":"…"}}`. */
export function interpretAnthropic(res: LiveResponse): LiveVerdict | undefined {
  const type = str(res.json, 'error', 'type');
  const detail = type ? `${type}: ${errorDetail(res) ?? ''}`.trim() : errorDetail(res);
  if (res.status === 404) return verdict('invalid', detail); // a key of the other kind sent to this endpoint
  if (res.status === 402 || type === 'billing_error') return verdict('quota-exhausted', detail);
  if (res.status === 529 || type === 'overloaded_error') return verdict('unknown', detail);
  return undefined;
}

const HEADERS = { 'anthropic-version': '2023-06-01' };
const BODY = '[A-Za-z0-9_-]{93}AA';

export const anthropic: ProviderRecord = {
  id: 'anthropic',
  name: 'Anthropic',
  rules: [
    {
      id: 'anthropic-api-key',
      description: 'Anthropic API key (sk-ant-api03-, 108 chars ending in AA).',
      pattern: `${START}sk-ant-api0[0-9]-${BODY}${END}`,
      keywords: ['sk-ant-api'],
      window: { before: 16, after: 160 },
      confidence: 'high',
    },
  ],
  envNames: ['ANTHROPIC_API_KEY'],
  format: { prefixes: ['sk-ant-api03-'], charset: '[A-Za-z0-9_-]', lengths: [[108, 108]], full: `sk-ant-api0[0-9]-${BODY}` },
  rotateUrl: 'https://console.anthropic.com/settings/keys',
  live: {
    base: 'https://api.anthropic.com',
    path: '/v1/models?limit=1',
    method: 'GET',
    auth: { kind: 'header', name: 'x-api-key' },
    headers: HEADERS,
    baseUrlEnv: ['ANTHROPIC_BASE_URL'],
    interpret: interpretAnthropic,
  },
};

export const anthropicAdmin: ProviderRecord = {
  id: 'anthropic-admin',
  name: 'Anthropic (admin key)',
  rules: [
    {
      id: 'anthropic-admin-key',
      description: 'Anthropic Admin API key (sk-ant-admin01-), which manages the organization.',
      pattern: `${START}sk-ant-admin0[0-9]-${BODY}${END}`,
      keywords: ['sk-ant-admin'],
      window: { before: 16, after: 160 },
      confidence: 'high',
    },
  ],
  envNames: ['ANTHROPIC_ADMIN_KEY'],
  envNote: 'ANTHROPIC_ADMIN_KEY is a convention only; the SDK reads ANTHROPIC_API_KEY, which must not hold an admin key.',
  format: { prefixes: ['sk-ant-admin01-'], charset: '[A-Za-z0-9_-]', lengths: [[110, 110]], full: `sk-ant-admin0[0-9]-${BODY}` },
  rotateUrl: 'https://console.anthropic.com/settings/admin-keys',
  live: {
    base: 'https://api.anthropic.com',
    path: '/v1/organizations/api_keys?limit=1',
    method: 'GET',
    auth: { kind: 'header', name: 'x-api-key' },
    headers: HEADERS,
    interpret: interpretAnthropic,
  },
};

export const anthropicRecords: ProviderRecord[] = [anthropic, anthropicAdmin];
