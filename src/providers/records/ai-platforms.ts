/** Model platforms: Together AI, Nixtla TimeGPT, Hugging Face, Groq, Mistral, DeepSeek, Cohere. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, errorDetail, field, namedKey, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

export const together: ProviderRecord = {
  id: 'together',
  name: 'Together AI',
  rules: [
    {
      id: 'together-api-key',
      description: 'Together AI API key (tgp_v1_ + 43 base64url chars).',
      pattern: `${START}tgp_v1_[A-Za-z0-9_-]{43}${END}`,
      keywords: ['tgp_v1_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
    },
    {
      id: 'together-legacy-key',
      description: 'Together AI key in the older 64-hex form, next to a Together variable name.',
      pattern: withContext(START_ALNUM, near(['together'], 40, 0), '[a-f0-9]{64}', END_ALNUM),
      keywords: ['together'],
      window: { before: 8, after: 120 },
      confidence: 'medium',
      minEntropy: 3.2,
    },
  ],
  envNames: ['TOGETHER_API_KEY', 'TOGETHERAI_API_KEY', 'TOGETHER_AI_API_KEY'],
  envNote: 'The together SDK reads TOGETHER_API_KEY only; the other names are conventions of third-party tools.',
  format: { prefixes: ['tgp_v1_'], charset: '[A-Za-z0-9_-]', lengths: [[50, 50], [64, 64]], full: 'tgp_v1_[A-Za-z0-9_-]{43}|[a-f0-9]{64}' },
  rotateUrl: 'https://api.together.ai/settings/api-keys',
  live: {
    base: 'https://api.together.xyz',
    path: '/v1/models',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['TOGETHER_BASE_URL'],
    // A bare 403 comes from the WAF in front of the API, not from the key check.
    interpret: (res) => (res.status === 403 ? verdict('unknown', errorDetail(res) ?? 'blocked by the API firewall') : undefined),
  },
};

/** Nixtla's 401 body: `{"message":"Invalid API key","details":"Key not found","code":"A12",…}`. */
export function interpretNixtla(res: LiveResponse): LiveVerdict | undefined {
  const code = str(res.json, 'code');
  const details = str(res.json, 'details') ?? str(res.json, 'detail') ?? str(res.json, 'message');
  if (res.status === 401 || code === 'A12') return verdict('invalid', [code, details].filter(Boolean).join(' ') || undefined);
  return undefined;
}

export const nixtla: ProviderRecord = {
  id: 'nixtla',
  name: 'Nixtla TimeGPT',
  rules: [
    {
      id: 'nixtla-api-key',
      description: 'Nixtla TimeGPT API key (nixak- prefix).',
      pattern: `${START}nixak-[A-Za-z0-9]{40,120}${END}`,
      keywords: ['nixak-'],
      window: { before: 16, after: 160 },
      confidence: 'high',
    },
  ],
  envNames: ['NIXTLA_API_KEY', 'TIMEGPT_TOKEN'],
  envNote: 'NixtlaClient reads NIXTLA_API_KEY; TIMEGPT_TOKEN is the legacy name read by the old TimeGPT client (before SDK 0.3.0) and is ignored by current versions.',
  format: { prefixes: ['nixak-'], charset: '[A-Za-z0-9]', lengths: [[46, 126]], full: 'nixak-[A-Za-z0-9]{40,120}' },
  rotateUrl: 'https://dashboard.nixtla.io/',
  live: {
    base: 'https://api.nixtla.io',
    path: '/validate_api_key',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['NIXTLA_BASE_URL'],
    interpret: interpretNixtla,
  },
};

export const huggingface: ProviderRecord = {
  id: 'huggingface',
  name: 'Hugging Face',
  rules: [
    {
      id: 'huggingface-token',
      description: 'Hugging Face user access token (hf_ + 34 chars).',
      pattern: `${START}hf_[A-Za-z0-9]{34}${END}`,
      keywords: ['hf_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'huggingface-org-token',
      description: 'Hugging Face organization API token (api_org_ + 34 chars).',
      pattern: `${START}api_org_[A-Za-z0-9]{34}${END}`,
      keywords: ['api_org_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN', 'HUGGINGFACEHUB_API_TOKEN', 'HF_API_TOKEN'],
  envNote: 'huggingface_hub reads HF_TOKEN first and falls back to the deprecated HUGGING_FACE_HUB_TOKEN; HUGGINGFACEHUB_API_TOKEN is LangChain\'s name.',
  format: { prefixes: ['api_org_', 'hf_'], charset: '[A-Za-z0-9]', lengths: [[37, 37], [42, 42]], full: '(?:hf_|api_org_)[A-Za-z0-9]{34}' },
  rotateUrl: 'https://huggingface.co/settings/tokens',
  live: {
    base: 'https://huggingface.co',
    path: '/api/whoami-v2',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['HF_ENDPOINT'],
    interpret: (res) => {
      if (res.status !== 200) return undefined;
      const role = str(res.json, 'auth', 'accessToken', 'role');
      return role ? { status: 'valid', scopes: [role] } : { status: 'valid' };
    },
  },
};

export const groq: ProviderRecord = {
  id: 'groq',
  name: 'Groq',
  rules: [
    {
      id: 'groq-api-key',
      description: 'Groq API key (gsk_ + 52 alphanumerics).',
      pattern: `${START}gsk_[A-Za-z0-9]{52}${END}`,
      keywords: ['gsk_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
    },
  ],
  envNames: ['GROQ_API_KEY'],
  format: { prefixes: ['gsk_'], charset: '[A-Za-z0-9]', lengths: [[56, 56]], full: 'gsk_[A-Za-z0-9]{52}' },
  rotateUrl: 'https://console.groq.com/keys',
  live: { base: 'https://api.groq.com', path: '/openai/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['GROQ_BASE_URL'] },
};

export const mistral: ProviderRecord = {
  id: 'mistral',
  name: 'Mistral AI',
  rules: [
    {
      id: 'mistral-api-key',
      description: 'Mistral API key (32 alphanumerics, no prefix) next to a Mistral key/token name.',
      pattern: namedKey('mistral', '[A-Za-z0-9]{32}'),
      keywords: ['mistral'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['MISTRAL_API_KEY'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://console.mistral.ai/api-keys',
  live: { base: 'https://api.mistral.ai', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' } },
};

export const deepseek: ProviderRecord = {
  id: 'deepseek',
  name: 'DeepSeek',
  rules: [
    {
      id: 'deepseek-api-key',
      description: 'DeepSeek API key (sk- + 32 lowercase hex) with "deepseek" nearby (the bare shape is ambiguous).',
      pattern: withContext(START, near(['deepseek'], 120, 200), 'sk-[a-f0-9]{32}', END),
      keywords: ['deepseek'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['DEEPSEEK_API_KEY'],
  envNote: 'DeepSeek is used through OpenAI SDKs: OPENAI_API_KEY with OPENAI_BASE_URL=https://api.deepseek.com is common.',
  format: { prefixes: ['sk-'], charset: '[a-f0-9]', lengths: [[35, 35]], full: 'sk-[a-f0-9]{32}' },
  rotateUrl: 'https://platform.deepseek.com/api_keys',
  live: {
    base: 'https://api.deepseek.com',
    path: '/user/balance',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: (res) => {
      if (res.status === 402) return verdict('quota-exhausted', errorDetail(res));
      if (res.status === 200 && field(res.json, 'is_available') === false) return verdict('quota-exhausted', 'balance too low');
      return undefined;
    },
  },
};

export const cohere: ProviderRecord = {
  id: 'cohere',
  name: 'Cohere',
  rules: [
    {
      id: 'cohere-api-key',
      description: 'Cohere API key (40 alphanumerics, no prefix) assigned to a Cohere or CO_API_KEY name.',
      pattern: withContext(START_ALNUM, `${near(['cohere', 'co_api_key'], 64, 0)}(?<=(?:[=:>,(]\\s{0,4}["'\`]?|[Bb]earer\\s{1,4}))`, '[A-Za-z0-9]{40}', END_ALNUM),
      keywords: ['cohere', 'co_api_key'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['CO_API_KEY', 'COHERE_API_KEY'],
  envNote: 'The cohere SDK reads CO_API_KEY; COHERE_API_KEY is read by LangChain and other integrations.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: '[A-Za-z0-9]{40}' },
  rotateUrl: 'https://dashboard.cohere.com/api-keys',
  live: {
    base: 'https://api.cohere.com',
    path: '/v1/check-api-key',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/json' },
    body: '{}',
    baseUrlEnv: ['CO_API_URL'],
    interpret: (res) => (res.status === 200 && field(res.json, 'valid') === false ? verdict('invalid') : undefined),
  },
};

export const aiPlatformRecords: ProviderRecord[] = [together, nixtla, huggingface, groq, mistral, deepseek, cohere];
