/** OpenAI, OpenAI admin keys, OpenAI-compatible proxy keys and Azure OpenAI. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, errorDetail, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

/** `T3BlbkFJ` is base64 of "OpenAI": every OpenAI-issued secret key carries it. */
const MARKER = 'T3BlbkFJ';
const PROJECT_BODY = `[A-Za-z0-9_-]{20,200}${MARKER}[A-Za-z0-9_-]{20,200}`;

/** OpenAI's own reading: 429 is either throttling or an empty balance; some 401/403 do not prove a dead key. */
export function interpretOpenAI(res: LiveResponse): LiveVerdict | undefined {
  const code = str(res.json, 'error', 'code') ?? str(res.json, 'error', 'type');
  const detail = errorDetail(res);
  if (res.status === 429) {
    return code === 'insufficient_quota' ? verdict('quota-exhausted', detail) : verdict('rate-limited', detail);
  }
  if (res.status === 401 && detail && (/\bIP\b/.test(detail) || /member of an organization/i.test(detail))) {
    // A project IP allowlist or a missing org membership: the key may well be alive.
    return verdict('unknown', detail);
  }
  if (res.status === 403 && detail && /country|region|territory/i.test(detail)) return verdict('unknown', detail);
  return undefined;
}

export const openai: ProviderRecord = {
  id: 'openai',
  name: 'OpenAI',
  rules: [
    {
      id: 'openai-project-key',
      description: 'OpenAI project or service-account secret key (sk-proj-, sk-svcacct-).',
      pattern: `${START}sk-(?:proj|svcacct|service)-${PROJECT_BODY}${END}`,
      keywords: ['t3blbkfj'],
      window: { before: 256, after: 256 },
      confidence: 'high',
    },
    {
      id: 'openai-legacy-key',
      description: 'OpenAI user secret key in the original sk- format (51 chars with the T3BlbkFJ marker).',
      pattern: `${START}sk-[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20}${END}`,
      keywords: ['t3blbkfj'],
      window: { before: 32, after: 32 },
      confidence: 'high',
    },
  ],
  envNames: ['OPENAI_API_KEY'],
  envNote: 'The OpenAI SDKs read OPENAI_API_KEY; OPENAI_BASE_URL (OPENAI_API_BASE in old SDKs) sends it to another host, e.g. a proxy.',
  format: {
    prefixes: ['sk-svcacct-', 'sk-service-', 'sk-proj-', 'sk-'],
    charset: '[A-Za-z0-9_-]',
    lengths: [
      [51, 51],
      [60, 420],
    ],
    full: `sk-(?:(?:proj|svcacct|service)-${PROJECT_BODY}|[A-Za-z0-9]{20}${MARKER}[A-Za-z0-9]{20})`,
  },
  rotateUrl: 'https://platform.openai.com/api-keys',
  live: {
    base: 'https://api.openai.com',
    path: '/v1/models',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['OPENAI_BASE_URL', 'OPENAI_API_BASE'],
    interpret: interpretOpenAI,
  },
};

export const openaiAdmin: ProviderRecord = {
  id: 'openai-admin',
  name: 'OpenAI (admin key)',
  rules: [
    {
      id: 'openai-admin-key',
      description: 'OpenAI organization admin key (sk-admin-), which manages keys, users and billing.',
      pattern: `${START}sk-admin-${PROJECT_BODY}${END}`,
      keywords: ['sk-admin-'],
      window: { before: 16, after: 440 },
      confidence: 'high',
    },
  ],
  envNames: ['OPENAI_ADMIN_KEY'],
  envNote: 'OPENAI_ADMIN_KEY is a convention; the SDKs never read an admin key on their own.',
  format: { prefixes: ['sk-admin-'], charset: '[A-Za-z0-9_-]', lengths: [[60, 420]], full: `sk-admin-${PROJECT_BODY}` },
  rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
  live: {
    base: 'https://api.openai.com',
    path: '/v1/organization/admin_api_keys?limit=1',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: interpretOpenAI,
  },
};

/**
 * `sk-` + 48 alphanumerics without the OpenAI marker: the shape used by OpenAI-compatible relays
 * (ChatAnywhere and others). There is no official host: such a key is valid only at the base URL
 * configured next to it, and sending it to api.openai.com would both fail and leak it to a third
 * party. So no `live` here; the health check validates it only against an endpoint the workflow
 * author set (OPENAI_BASE_URL / OPENAI_API_BASE / --endpoint), with the `openai` record's check.
 */
export const openaiCompatible: ProviderRecord = {
  id: 'openai-compatible',
  name: 'OpenAI-compatible proxy',
  rules: [
    {
      id: 'openai-compatible-key',
      description: 'sk- key of an OpenAI-compatible proxy or relay (48 alphanumerics, no OpenAI marker).',
      pattern: `${START}sk-(?![A-Za-z0-9]{20}${MARKER})[A-Za-z0-9]{48}${END}`,
      keywords: ['sk-'],
      window: { before: 16, after: 64 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['OPENAI_API_KEY'],
  envNote: 'Proxies reuse OPENAI_API_KEY; OPENAI_BASE_URL (or OPENAI_API_BASE) must point at the proxy, otherwise the SDK sends the key to api.openai.com and gets 401.',
  format: { prefixes: ['sk-'], charset: '[A-Za-z0-9]', lengths: [[51, 51]], full: 'sk-[A-Za-z0-9]{48}' },
  noLive: 'a proxy key is checked only at the base URL the person running keylint names (--endpoint)',
  rotateUrl: 'https://github.com/chatanywhere/GPT_API_free',
};

const AZURE_CONTEXT = ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azure-openai', 'azureopenai'];

/** Azure OpenAI / Azure AI services keys. A live check needs the resource host, so there is none here. */
export const azureOpenai: ProviderRecord = {
  id: 'azure-openai',
  name: 'Azure OpenAI',
  rules: [
    {
      id: 'azure-openai-key',
      description: 'Azure OpenAI key (32 hex) next to an Azure OpenAI endpoint or variable name.',
      pattern: withContext(START_ALNUM, near(AZURE_CONTEXT, 120, 200), '[a-f0-9]{32}', END_ALNUM),
      keywords: AZURE_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 2,
    },
    {
      id: 'azure-ai-services-key',
      // The 84-char Microsoft key format: JQQJ99 at 52, the service signature at 76 (ACOG for
      // Azure AI services; AZDO is a DevOps PAT, AWPS Web PubSub: not this provider's).
      description: 'Azure AI services key in the 84-char format (JQQJ99 marker, ACOG service signature).',
      pattern: `${START_ALNUM}[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}${END_ALNUM}`,
      keywords: ['jqqj99'],
      window: { before: 64, after: 32 },
      confidence: 'medium',
    },
  ],
  envNames: ['AZURE_OPENAI_API_KEY'],
  envNote: 'The openai SDK\'s AzureOpenAI client reads AZURE_OPENAI_API_KEY with AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32], [84, 84]], full: '[a-f0-9]{32}|[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{18}ACOG[A-Za-z0-9]{4}' },
  noLive: 'the key is checked against its resource endpoint, which the key does not name',
  rotateUrl: 'https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.CognitiveServices%2Faccounts',
};

export const openaiRecords: ProviderRecord[] = [openai, openaiAdmin, openaiCompatible, azureOpenai];
