/** Google API keys (Gemini, Maps, Firebase …) and Google OAuth client secrets. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, errorDetail, START, verdict } from './shared.js';

/**
 * Google answers a bad key with 400 (reason API_KEY_INVALID), and a live key without Gemini
 * access with 403 (API not enabled or key restricted to other APIs).
 */
export function interpretGoogle(res: LiveResponse): LiveVerdict | undefined {
  const detail = errorDetail(res);
  if (res.status === 400 && /API_KEY_INVALID|API key not valid|API key expired/i.test(res.body)) return verdict('invalid', detail ?? 'API_KEY_INVALID');
  if (res.status === 403) return verdict('restricted', detail ?? 'the key works but cannot use the Gemini API');
  if (res.status === 429 && /RESOURCE_EXHAUSTED/.test(res.body) && /quota/i.test(res.body)) return verdict('quota-exhausted', detail);
  return undefined;
}

export const googleApiKey: ProviderRecord = {
  id: 'google-api-key',
  name: 'Google API key (Gemini)',
  rules: [
    {
      id: 'google-api-key',
      description: 'Google API key (AIza…, 39 chars), e.g. for Gemini, Maps or Firebase.',
      pattern: `${START}AIza[0-9A-Za-z_-]{35}${END}`,
      keywords: ['aiza'],
      window: { before: 16, after: 64 },
      confidence: 'high',
    },
  ],
  envNames: ['GOOGLE_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_GENERATIVE_AI_API_KEY', 'FIREBASE_API_KEY'],
  envNote: 'The google-genai SDK reads GEMINI_API_KEY and GOOGLE_API_KEY but uses GOOGLE_API_KEY when both are set; the Vercel AI SDK reads GOOGLE_GENERATIVE_AI_API_KEY.',
  format: { prefixes: ['AIza'], charset: '[0-9A-Za-z_-]', lengths: [[39, 39]], full: 'AIza[0-9A-Za-z_-]{35}' },
  rotateUrl: 'https://console.cloud.google.com/apis/credentials',
  live: {
    base: 'https://generativelanguage.googleapis.com',
    path: '/v1/models?pageSize=1',
    method: 'GET',
    auth: { kind: 'header', name: 'x-goog-api-key' },
    baseUrlEnv: ['GOOGLE_GEMINI_BASE_URL'],
    interpret: interpretGoogle,
  },
};

/**
 * OAuth client secrets can only be checked together with their client ID and a token request;
 * no side-effect-free check is known, so there is no `live` (the health check says unverified).
 */
export const googleOauth: ProviderRecord = {
  id: 'google-oauth',
  name: 'Google OAuth client secret',
  rules: [
    {
      id: 'google-oauth-client-secret',
      description: 'Google OAuth client secret (GOCSPX-, 35 chars).',
      pattern: `${START}GOCSPX-[A-Za-z0-9_-]{28}${END}`,
      keywords: ['gocspx-'],
      window: { before: 16, after: 64 },
      confidence: 'high',
    },
  ],
  envNames: ['GOOGLE_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET'],
  format: { prefixes: ['GOCSPX-'], charset: '[A-Za-z0-9_-]', lengths: [[35, 35]], full: 'GOCSPX-[A-Za-z0-9_-]{28}' },
  noLive: 'a client secret authenticates only with its client ID in an OAuth flow; no side-effect-free check is known',
  rotateUrl: 'https://console.cloud.google.com/apis/credentials',
};

export const googleRecords: ProviderRecord[] = [googleApiKey, googleOauth];
