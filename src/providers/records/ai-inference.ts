/** Inference APIs with prefixed keys: Replicate, xAI, Perplexity, OpenRouter, Fireworks AI. */
import type { ProviderRecord } from '../types.js';
import { END, errorDetail, START, str, verdict } from './shared.js';

export const replicate: ProviderRecord = {
  id: 'replicate',
  name: 'Replicate',
  rules: [
    {
      id: 'replicate-api-token',
      description: 'Replicate API token (r8_ + 37 chars).',
      pattern: `${START}r8_[0-9A-Za-z_-]{37}${END}`,
      keywords: ['r8_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['REPLICATE_API_TOKEN'],
  format: { prefixes: ['r8_'], charset: '[0-9A-Za-z_-]', lengths: [[40, 40]], full: 'r8_[0-9A-Za-z_-]{37}' },
  rotateUrl: 'https://replicate.com/account/api-tokens',
  live: { base: 'https://api.replicate.com', path: '/v1/account', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['REPLICATE_BASE_URL'] },
};

export const xai: ProviderRecord = {
  id: 'xai',
  name: 'xAI',
  rules: [
    {
      id: 'xai-api-key',
      description: 'xAI (Grok) API key (xai- + 80 chars).',
      pattern: `${START}xai-[0-9A-Za-z_]{80}${END}`,
      keywords: ['xai-'],
      window: { before: 16, after: 96 },
      confidence: 'high',
    },
  ],
  envNames: ['XAI_API_KEY'],
  format: { prefixes: ['xai-'], charset: '[0-9A-Za-z_]', lengths: [[84, 84]], full: 'xai-[0-9A-Za-z_]{80}' },
  rotateUrl: 'https://console.x.ai/',
  live: {
    base: 'https://api.x.ai',
    path: '/v1/api-key',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: (res) => {
      if (res.status === 400) return verdict('invalid', errorDetail(res));
      if (res.status === 200 && (res.json as { api_key_blocked?: unknown } | undefined)?.api_key_blocked === true) return verdict('restricted', 'key blocked');
      return undefined;
    },
  },
};

/**
 * Perplexity has no free whoami or model list, and a chat completion costs tokens. The check
 * sends a completion request that is invalid on purpose (an unknown model, no messages):
 * Perplexity authenticates before it validates the request (a 400 for a bad model still shows
 * the key authenticated — ../shared/reference/providers.md §14), so 401 is a bad key, 400 an
 * authenticated one, and nothing is generated or billed.
 */
export const perplexity: ProviderRecord = {
  id: 'perplexity',
  name: 'Perplexity',
  rules: [
    {
      id: 'perplexity-api-key',
      description: 'Perplexity API key (pplx- + 48 alphanumerics).',
      pattern: `${START}pplx-[A-Za-z0-9]{48}${END}`,
      keywords: ['pplx-'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
  envNote: 'Perplexity\'s SDK reads PERPLEXITY_API_KEY; PPLX_API_KEY is an older convention (LangChain accepts both).',
  format: { prefixes: ['pplx-'], charset: '[A-Za-z0-9]', lengths: [[53, 53]], full: 'pplx-[A-Za-z0-9]{48}' },
  rotateUrl: 'https://www.perplexity.ai/settings/api',
  live: {
    base: 'https://api.perplexity.ai',
    path: '/chat/completions',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'keylint-auth-probe', messages: [], max_tokens: 1 }),
    baseUrlEnv: ['PERPLEXITY_BASE_URL'],
    interpret: (res) => {
      if (res.status !== 400 && res.status !== 422) return undefined;
      const detail = errorDetail(res);
      // A validation error that is about the key itself is still a bad key.
      if (detail && /api[ _-]?key|unauthori[sz]ed|authenticat|token/i.test(detail)) return verdict('invalid', detail);
      return { status: 'valid', detail: 'authenticated (the probe request names no real model on purpose: nothing was generated)' };
    },
  },
};

export const openrouter: ProviderRecord = {
  id: 'openrouter',
  name: 'OpenRouter',
  rules: [
    {
      id: 'openrouter-api-key',
      description: 'OpenRouter API key (sk-or-v1- + 64 hex).',
      pattern: `${START}sk-or-v1-[0-9a-f]{64}${END}`,
      keywords: ['sk-or-v1-'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
  ],
  envNames: ['OPENROUTER_API_KEY'],
  envNote: 'OpenRouter keys often sit in OPENAI_API_KEY with OPENAI_BASE_URL=https://openrouter.ai/api/v1.',
  format: { prefixes: ['sk-or-v1-'], charset: '[0-9a-f]', lengths: [[73, 73]], full: 'sk-or-v1-[0-9a-f]{64}' },
  rotateUrl: 'https://openrouter.ai/settings/keys',
  live: {
    // Not /models: it is public and proves nothing.
    base: 'https://openrouter.ai',
    path: '/api/v1/key',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: (res) => {
      if (res.status === 402) return verdict('quota-exhausted', errorDetail(res));
      if (res.status === 200) {
        const label = str(res.json, 'data', 'label');
        return label ? { status: 'valid', detail: `label ${label}` } : { status: 'valid' };
      }
      return undefined;
    },
  },
};

export const fireworks: ProviderRecord = {
  id: 'fireworks',
  name: 'Fireworks AI',
  rules: [
    {
      id: 'fireworks-api-key',
      description: 'Fireworks AI API key (fw_ + 20–40 alphanumerics; exact length unpublished).',
      pattern: `${START}fw_[A-Za-z0-9]{20,40}${END}`,
      keywords: ['fw_'],
      window: { before: 16, after: 64 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['FIREWORKS_API_KEY'],
  format: { prefixes: ['fw_'], charset: '[A-Za-z0-9]', lengths: [[23, 43]], full: 'fw_[A-Za-z0-9]{20,40}' },
  rotateUrl: 'https://fireworks.ai/account/api-keys',
  live: { base: 'https://api.fireworks.ai', path: '/inference/v1/models?page_size=1', method: 'GET', auth: { kind: 'bearer' } },
};

export const aiInferenceRecords: ProviderRecord[] = [replicate, xai, perplexity, openrouter, fireworks];
