/** AI model APIs: speech, vision, embeddings, hosted models and cloud AI services. */
import type { LiveCheck, LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, errorDetail, namedKey, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

/** A lowercase-hex UUID (8-4-4-4-12), as a regex source. */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Standard-base64 boundaries: a base64 blob must not continue on either side. */
const B64_START = '(?<![A-Za-z0-9+/_-])';
const B64_END = '(?![A-Za-z0-9+/=_-])';

function base64Text(body: string): string | undefined {
  try {
    return Buffer.from(body, 'base64').toString('latin1');
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- Amazon Bedrock

/**
 * A short-term key is `bedrock-api-key-` + base64 of a SigV4-presigned URL without its scheme:
 * `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-…&X-Amz-Signature=…` + `&Version=1`
 * (aws-bedrock-token-generator, AWS's own generator: AUTH_PREFIX, TOKEN_VERSION, ACTION). The
 * base64 of `bedrock.amazonaws.com` is fixed (28 chars), so the body must start with it.
 */
const BEDROCK_HOST_B64 = 'YmVkcm9jay5hbWF6b25hd3MuY29t';

function bedrockShortTermLooksReal(secret: string): boolean {
  const url = base64Text(secret.slice('bedrock-api-key-'.length));
  return url !== undefined && url.startsWith('bedrock.amazonaws.com/') && url.includes('Action=CallWithBearerToken') && url.includes('X-Amz-Signature=');
}

/**
 * A long-term key is `ABSK` + base64 of the IAM service-specific credential: its public alias
 * (the IAM user name, e.g. `BedrockAPIKey-abcd`, `-at-` the account id), `:`, and its secret.
 * The ABSK prefix is AWS's (documented by AWS's security write-ups of the launch); the decoded
 * layout and the length come from published examples, not from an AWS specification, so the
 * check is only "decodes to printable text with a colon" and the length range is wide
 * (alias 17–200 chars per the IAM API's ServiceUserName limits, plus the secret).
 */
function bedrockLongTermLooksReal(secret: string): boolean {
  const text = base64Text(secret.slice(4));
  return text !== undefined && /^[\x21-\x7e]+$/.test(text) && text.includes(':');
}

/**
 * Bedrock answers a key it cannot authenticate with 403 `{"Message":"Authentication failed:
 * Please make sure your API Key is valid."}` (AccessDenied for a valid key without the
 * permission is 403 too, with another message).
 */
export function interpretBedrock(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 403) return undefined;
  const detail = str(res.json, 'Message') ?? str(res.json, 'message') ?? errorDetail(res);
  if (detail && /authentication failed|api key is valid|security token included in the request is invalid|expired/i.test(detail)) {
    return verdict('invalid', `${detail} (checked in us-east-1: a short-term key authenticates only in the Region it was made for; set AWS_ENDPOINT_URL_BEDROCK for another)`);
  }
  return verdict('restricted', detail);
}

/**
 * Live check: ListFoundationModels (`GET /foundation-models`), a free read of the Bedrock
 * control plane that Bedrock API keys may call (they cover Bedrock and Bedrock Runtime actions).
 * The API is regional and the key does not say where it was made (a long-term key works in
 * every Region; a short-term one only in its own), so the check goes to us-east-1 unless
 * AWS_ENDPOINT_URL_BEDROCK (the SDKs' service endpoint variable) says otherwise. 200: valid;
 * 403 "Authentication failed": not a working key there; 403 AccessDenied: valid without that
 * permission.
 */
export const awsBedrock: ProviderRecord = {
  id: 'aws-bedrock',
  name: 'Amazon Bedrock API key',
  rules: [
    {
      id: 'aws-bedrock-long-term-key',
      description: 'Amazon Bedrock long-term API key (ABSK + base64 of an IAM service-specific credential).',
      pattern: `${B64_START}ABSK[A-Za-z0-9+/]{80,360}={0,2}${B64_END}`,
      keywords: ['absk'],
      window: { before: 16, after: 400 },
      confidence: 'high',
      minEntropy: 4,
      verify: bedrockLongTermLooksReal,
    },
    {
      id: 'aws-bedrock-short-term-key',
      description: 'Amazon Bedrock short-term API key (bedrock-api-key- + base64 of a presigned URL, valid up to 12 hours).',
      pattern: `${START}bedrock-api-key-${BEDROCK_HOST_B64}[A-Za-z0-9+/]{380,8000}={0,2}${B64_END}`,
      keywords: ['bedrock-api-key-'],
      window: { before: 16, after: 8100 },
      confidence: 'high',
      verify: bedrockShortTermLooksReal,
    },
  ],
  envNames: ['AWS_BEARER_TOKEN_BEDROCK'],
  envNote: 'The AWS SDKs and CLI send AWS_BEARER_TOKEN_BEDROCK as a bearer token to Bedrock instead of signing with AWS credentials; AWS_REGION picks the Region.',
  format: {
    prefixes: ['bedrock-api-key-', 'ABSK'],
    charset: '[A-Za-z0-9+/=]',
    lengths: [
      [84, 366],
      [424, 8046],
    ],
    full: `ABSK[A-Za-z0-9+/]{80,360}={0,2}|bedrock-api-key-${BEDROCK_HOST_B64}[A-Za-z0-9+/]{380,8000}={0,2}`,
  },
  rotateUrl: 'https://console.aws.amazon.com/bedrock/home#/api-keys',
  live: {
    base: 'https://bedrock.us-east-1.amazonaws.com',
    path: '/foundation-models',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['AWS_ENDPOINT_URL_BEDROCK'],
    interpret: interpretBedrock,
  },
};

// ---------------------------------------------------------------- Azure AI services

/**
 * Names and hosts that say "Azure AI services" (Speech, Language, Vision, Translator, Document
 * Intelligence, AI Foundry resources). `cognitiveservices.azure.com` is not here: the
 * azure-openai record already uses it as context for the same 32-hex shape.
 */
const AZURE_AI_CONTEXT = [
  'speech_key',
  'speechkey',
  'speech_subscription',
  'speechconfig',
  'azure_speech',
  'speech.microsoft.com',
  'cognitive.microsoft',
  'azure.cognitiveservices',
  'microsoft.cognitiveservices',
  'cognitive_service',
  'translator_key',
  'translatorkey',
  'azure_translator',
  'language_key',
  'azure_language',
  'vision_key',
  'azure_vision',
  'computervision',
  'textanalytics',
  'formrecognizer',
  'documentintelligence',
  'azure_ai_services',
  'azure_ai_key',
  'azure_ai_foundry',
];

/**
 * Azure AI services resource keys (KEY1/KEY2 on the resource's "Keys and Endpoint" page) have
 * no prefix: 32 lowercase hex (the 84-char JQQJ99 format of newer resources is the azure-openai
 * record's `azure-ai-services-key`). A key is sent as `Ocp-Apim-Subscription-Key` to the
 * resource's own endpoint, or with its region (Speech, Translator): no host to check it at.
 */
export const azureAiServices: ProviderRecord = {
  id: 'azure-ai-services',
  name: 'Azure AI services (Cognitive Services)',
  rules: [
    {
      id: 'azure-ai-services-resource-key',
      description: 'Azure AI services resource key (32 hex) next to a Speech, Language, Vision, Translator or AI services name or host.',
      pattern: withContext(START_ALNUM, near(AZURE_AI_CONTEXT, 120, 200), '[a-f0-9]{32}', END_ALNUM),
      keywords: AZURE_AI_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 2,
    },
  ],
  envNames: ['AZURE_AI_SERVICES_KEY', 'SPEECH_KEY', 'AZURE_SPEECH_KEY', 'LANGUAGE_KEY', 'VISION_KEY', 'AZURE_TRANSLATOR_KEY', 'DOCUMENTINTELLIGENCE_API_KEY'],
  envNote: 'The Azure SDKs take the key as a constructor argument; Microsoft\'s quickstarts read SPEECH_KEY (with SPEECH_REGION), LANGUAGE_KEY and VISION_KEY (with their *_ENDPOINT).',
  format: { prefixes: [], charset: '[a-f0-9]', lengths: [[32, 32]], full: '[a-f0-9]{32}' },
  noLive: 'the key authenticates only at its own resource endpoint or region, which the key does not name',
  rotateUrl: 'https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.CognitiveServices%2Faccounts',
};

// ---------------------------------------------------------------- Google service-account keys

/** A line break inside the key: `\n` escaped once (JSON) or twice (JSON in a string), or a real one with the indentation of a YAML block. */
const NL = String.raw`(?:\\{1,2}r)?\\{1,2}n|\r?\n[ \t]{0,16}`;
const Q = String.raw`\\?["']?`;
const PEM_LINE = '[A-Za-z0-9+/=]';

/**
 * The `private_key` of a service-account key file: the PEM block from `-----BEGIN` to the
 * closing quote, its base64 body (the secret) as lines joined by `\n`. The whole match (from
 * the `private_key` name on) is longer than the PEM block the generic private-key rule finds,
 * so this rule wins the overlap.
 */
const GSA_KEY =
  `(?<![A-Za-z0-9_])${Q}private_key${Q}\\s{0,4}[:=]\\s{0,4}(?:\\|[-+]?\\s{1,24})?${Q}` +
  `-----BEGIN (?:RSA )?PRIVATE KEY-----(?:${NL})` +
  `(?<secret>${PEM_LINE}{16,100}(?:(?:${NL})${PEM_LINE}{1,100}){0,160})` +
  `(?:${NL})?-----END (?:RSA )?PRIVATE KEY-----(?:${NL})?${Q}`;
/** `"type": "service_account"` or a `…gserviceaccount.com` email in the same object (no brace in between), before or after. */
const GSA_MARK = `(?:${Q}type${Q}\\s{0,4}[:=]\\s{0,4}${Q}service_account|gserviceaccount\\.com)`;
const GSA_CONTEXT = `(?:(?<=${GSA_MARK}[^{}]{0,16000})|(?=[^{}]{0,2000}${GSA_MARK}))`;

/** The body of a real key: DER (a SEQUENCE with a long length, so `MII…`), enough base64, no filler. */
function gsaBodyLooksReal(body: string): boolean {
  const b64 = body.replace(/\\{1,2}[rn]|\s/g, '');
  if (!b64.startsWith('MII') || b64.length < 200) return false;
  if (/\.\.\.|xxxx|<[a-z ]+>|\$\{|\{\{/i.test(body)) return false;
  return new Set(b64).size >= 40;
}

/**
 * A service-account key authenticates by signing a JWT with the private key and exchanging it
 * at oauth2.googleapis.com/token: no request carries the key itself, so there is no live check.
 */
export const googleServiceAccount: ProviderRecord = {
  id: 'google-service-account',
  name: 'Google Cloud service-account key',
  rules: [
    {
      id: 'google-service-account-private-key',
      description: 'Private key of a Google Cloud service-account JSON key file (Vertex AI, GCP APIs), escaped or not.',
      pattern: `${GSA_KEY}${GSA_CONTEXT}`,
      keywords: ['private_key_id', 'gserviceaccount.com'],
      requires: ['PRIVATE KEY-----'],
      window: { before: 16384, after: 16384 },
      confidence: 'high',
      locateAtMatch: true,
      skipPlaceholderGate: true,
      verify: gsaBodyLooksReal,
    },
  ],
  envNames: ['GOOGLE_CREDENTIALS', 'GOOGLE_APPLICATION_CREDENTIALS'],
  envNote: 'GOOGLE_APPLICATION_CREDENTIALS holds the path of the key file (Application Default Credentials); GOOGLE_CREDENTIALS (Terraform, gcloud-based actions) may hold the JSON itself.',
  format: { prefixes: [], charset: String.raw`[A-Za-z0-9+/=\\\s]`, lengths: [[200, 20000]] },
  noLive: 'the key signs a JWT that is exchanged for an access token; no request carries the key itself',
  rotateUrl: 'https://console.cloud.google.com/iam-admin/serviceaccounts',
};

// ---------------------------------------------------------------- inference APIs

/**
 * Cerebras keys are `csk-` + lowercase alphanumerics; the documentation shows no example, so
 * the body length (48 in the keys seen) is accepted within 40–56.
 */
export const cerebras: ProviderRecord = {
  id: 'cerebras',
  name: 'Cerebras',
  rules: [
    {
      id: 'cerebras-api-key',
      description: 'Cerebras Inference API key (csk- + 40–56 lowercase alphanumerics).',
      pattern: `${START}csk-[a-z0-9]{40,56}${END}`,
      keywords: ['csk-'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      minEntropy: 3.8,
      minDigits: 3,
    },
  ],
  envNames: ['CEREBRAS_API_KEY'],
  format: { prefixes: ['csk-'], charset: '[a-z0-9]', lengths: [[44, 60]], full: 'csk-[a-z0-9]{40,56}' },
  rotateUrl: 'https://cloud.cerebras.ai/platform/api-keys',
  live: { base: 'https://api.cerebras.ai', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['CEREBRAS_BASE_URL'] },
};

/**
 * SambaNova Cloud keys have no prefix: a UUID (as in the keys seen; the documentation gives no
 * format), so "sambanova" must be named before it. Live: the OpenAI-compatible model list,
 * which is authenticated.
 */
export const sambanova: ProviderRecord = {
  id: 'sambanova',
  name: 'SambaNova Cloud',
  rules: [
    {
      id: 'sambanova-api-key',
      description: 'SambaNova Cloud API key (a UUID) after a SambaNova name and a key/token word.',
      pattern: namedKey('sambanova', UUID, 80),
      keywords: ['sambanova'],
      window: { before: 8, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
    },
  ],
  envNames: ['SAMBANOVA_API_KEY'],
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://cloud.sambanova.ai/apis',
  live: { base: 'https://api.sambanova.ai', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['SAMBANOVA_BASE_URL'] },
};

/**
 * AI21 Studio keys have no prefix and no published format: 32 alphanumerics in the keys seen,
 * accepted as 32–40. Live: "List library files" (`GET /studio/v1/library/files`), a read.
 */
export const ai21: ProviderRecord = {
  id: 'ai21',
  name: 'AI21 Labs',
  rules: [
    {
      id: 'ai21-api-key',
      description: 'AI21 Studio API key (32–40 alphanumerics, no prefix) after an AI21 name and a key/token word.',
      pattern: namedKey('ai21', '[A-Za-z0-9]{32,40}'),
      keywords: ['ai21'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['AI21_API_KEY'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 40]], full: '[A-Za-z0-9]{32,40}' },
  rotateUrl: 'https://studio.ai21.com/v2/account/api-key',
  live: { base: 'https://api.ai21.com', path: '/studio/v1/library/files?limit=1', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['AI21_API_HOST'] },
};

// ---------------------------------------------------------------- embeddings

/**
 * Voyage AI keys are `pa-` + base64url (43 chars in the keys seen; accepted 40–48). Voyage's API
 * is embeddings and reranking only, every call billed in tokens, with no account or model read.
 */
export const voyageAi: ProviderRecord = {
  id: 'voyage-ai',
  name: 'Voyage AI',
  rules: [
    {
      id: 'voyage-ai-api-key',
      description: 'Voyage AI API key (pa- + 40–48 base64url chars).',
      pattern: `${START}pa-[A-Za-z0-9_-]{40,48}${END}`,
      keywords: ['pa-'],
      window: { before: 16, after: 64 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['VOYAGE_API_KEY'],
  format: { prefixes: ['pa-'], charset: '[A-Za-z0-9_-]', lengths: [[43, 51]], full: 'pa-[A-Za-z0-9_-]{40,48}' },
  noLive: 'Voyage has only embedding and rerank endpoints, each billed per token, and no account or model read',
  rotateUrl: 'https://dashboard.voyageai.com/organization/api-keys',
};

/**
 * Jina AI keys are `jina_` + alphanumerics (about 60 in the keys seen; accepted 48–72, `_`/`-`
 * allowed). The key balance lookup takes the key in the URL and every API call spends tokens.
 */
export const jinaAi: ProviderRecord = {
  id: 'jina-ai',
  name: 'Jina AI',
  rules: [
    {
      id: 'jina-ai-api-key',
      description: 'Jina AI API key (jina_ + 48–72 chars).',
      pattern: `${START}jina_[A-Za-z0-9_-]{48,72}${END}`,
      keywords: ['jina_'],
      window: { before: 16, after: 88 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 4,
    },
  ],
  envNames: ['JINA_API_KEY', 'JINAAI_API_KEY'],
  envNote: 'Jina\'s examples and LangChain read JINA_API_KEY; some integrations use JINAAI_API_KEY.',
  format: { prefixes: ['jina_'], charset: '[A-Za-z0-9_-]', lengths: [[53, 77]], full: 'jina_[A-Za-z0-9_-]{48,72}' },
  noLive: 'Jina\'s only key lookup takes the key in the URL query, and its APIs spend tokens on every call',
  rotateUrl: 'https://jina.ai/api-dashboard/key-manager',
};

/**
 * Nomic Atlas keys are `nk-` + base64url (43 chars in the keys seen; accepted 40–48). Live: the
 * Atlas API's current user (`GET /v1/user/`), which the Nomic client reads at login.
 */
export const nomic: ProviderRecord = {
  id: 'nomic',
  name: 'Nomic Atlas',
  rules: [
    {
      id: 'nomic-api-key',
      description: 'Nomic Atlas API key (nk- + 40–48 base64url chars).',
      pattern: `${START}nk-[A-Za-z0-9_-]{40,48}${END}`,
      keywords: ['nk-'],
      window: { before: 16, after: 64 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['NOMIC_API_KEY', 'ATLAS_API_KEY'],
  envNote: 'The Python client and LangChain read NOMIC_API_KEY; the TypeScript client reads ATLAS_API_KEY.',
  format: { prefixes: ['nk-'], charset: '[A-Za-z0-9_-]', lengths: [[43, 51]], full: 'nk-[A-Za-z0-9_-]{40,48}' },
  rotateUrl: 'https://atlas.nomic.ai/cli-login',
  live: { base: 'https://api-atlas.nomic.ai', path: '/v1/user/', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- speech

const ELEVENLABS_CONTEXT = ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key', 'eleven_api_key'];

/**
 * ElevenLabs answers a key without the permission a route needs with 401 and
 * `detail.status: "missing_permissions"` (keys can be scoped per API): the key itself works.
 */
export function interpretElevenLabs(res: LiveResponse): LiveVerdict | undefined {
  const status = str(res.json, 'detail', 'status');
  const message = str(res.json, 'detail', 'message');
  if (res.status === 401 && status === 'missing_permissions') return verdict('restricted', message ?? status);
  if (res.status === 401 && status) return verdict('invalid', message ?? status);
  return undefined;
}

/**
 * ElevenLabs keys: `sk_` + 48 lowercase hex (current), 32 lowercase hex (older keys); neither
 * length is documented, both are the keys seen. The `sk_` prefix is too common a substring
 * (`task_`, `disk_`) to be a keyword, so both need an ElevenLabs name or the `xi-api-key`
 * header nearby.
 */
export const elevenlabs: ProviderRecord = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  rules: [
    {
      id: 'elevenlabs-api-key',
      description: 'ElevenLabs API key (sk_ + 48 hex) next to an ElevenLabs name or the xi-api-key header.',
      pattern: withContext(START, near(ELEVENLABS_CONTEXT, 120, 200), 'sk_[a-f0-9]{48}', END),
      keywords: ELEVENLABS_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'high',
      minEntropy: 3,
      minDigits: 4,
    },
    {
      id: 'elevenlabs-legacy-api-key',
      description: 'Older ElevenLabs API key (32 hex, no prefix) next to an ElevenLabs name or the xi-api-key header.',
      pattern: withContext(START_ALNUM, near(ELEVENLABS_CONTEXT, 120, 200), '[a-f0-9]{32}', END_ALNUM),
      keywords: ELEVENLABS_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 2,
    },
  ],
  envNames: ['ELEVENLABS_API_KEY', 'XI_API_KEY'],
  envNote: 'The ElevenLabs SDKs read ELEVENLABS_API_KEY; XI_API_KEY is an older convention some tools accept.',
  format: { prefixes: ['sk_'], charset: '[a-f0-9]', lengths: [[32, 32], [51, 51]], full: 'sk_[a-f0-9]{48}|[a-f0-9]{32}' },
  rotateUrl: 'https://elevenlabs.io/app/settings/api-keys',
  live: {
    base: 'https://api.elevenlabs.io',
    path: '/v1/user',
    method: 'GET',
    auth: { kind: 'header', name: 'xi-api-key' },
    interpret: (res) => interpretElevenLabs(res),
  },
};

/** The ElevenLabs live check: `GET /v1/user` (read-only account info) with the key in the `xi-api-key` header, ElevenLabs' only way of presenting it. */
export const elevenlabsLive: LiveCheck = elevenlabs.live!;

/**
 * AssemblyAI keys: 32 lowercase hex, no prefix. Live: the transcript list (`GET /v2/transcript`,
 * limit 1), with the key as the bare `authorization` header value (AssemblyAI's scheme).
 */
export const assemblyai: ProviderRecord = {
  id: 'assemblyai',
  name: 'AssemblyAI',
  rules: [
    {
      id: 'assemblyai-api-key',
      description: 'AssemblyAI API key (32 hex, no prefix) next to an AssemblyAI name or host.',
      pattern: withContext(START_ALNUM, near(['assemblyai', 'assembly_ai', 'assembly-ai'], 120, 200), '[a-f0-9]{32}', END_ALNUM),
      keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 2,
    },
  ],
  envNames: ['ASSEMBLYAI_API_KEY'],
  format: { prefixes: [], charset: '[a-f0-9]', lengths: [[32, 32]], full: '[a-f0-9]{32}' },
  rotateUrl: 'https://www.assemblyai.com/app/api-keys',
  live: { base: 'https://api.assemblyai.com', path: '/v2/transcript?limit=1', method: 'GET', auth: { kind: 'header', name: 'authorization' } },
};

/**
 * Deepgram keys: 40 lowercase hex, no prefix (like a git SHA, hence the context). Live: the
 * project list (`GET /v1/projects`), with `Authorization: Token <key>` (Deepgram's scheme).
 */
export const deepgram: ProviderRecord = {
  id: 'deepgram',
  name: 'Deepgram',
  rules: [
    {
      id: 'deepgram-api-key',
      description: 'Deepgram API key (40 hex, no prefix) next to a Deepgram name or host.',
      pattern: withContext(START_ALNUM, near(['deepgram'], 120, 200), '[a-f0-9]{40}', END_ALNUM),
      keywords: ['deepgram'],
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 2,
    },
  ],
  envNames: ['DEEPGRAM_API_KEY'],
  format: { prefixes: [], charset: '[a-f0-9]', lengths: [[40, 40]], full: '[a-f0-9]{40}' },
  rotateUrl: 'https://console.deepgram.com/project/_/keys',
  live: { base: 'https://api.deepgram.com', path: '/v1/projects', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'Token ' } },
};

/**
 * Speechmatics keys: alphanumerics without a prefix (32 in the keys seen; accepted 32–40).
 * Live: the batch job list (`GET /v2/jobs`, limit 1), bearer.
 */
export const speechmatics: ProviderRecord = {
  id: 'speechmatics',
  name: 'Speechmatics',
  rules: [
    {
      id: 'speechmatics-api-key',
      description: 'Speechmatics API key (32–40 alphanumerics, no prefix) next to a Speechmatics name or host.',
      pattern: withContext(START_ALNUM, near(['speechmatics'], 120, 200), '[A-Za-z0-9]{32,40}', END_ALNUM),
      keywords: ['speechmatics'],
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['SPEECHMATICS_API_KEY'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 40]], full: '[A-Za-z0-9]{32,40}' },
  rotateUrl: 'https://portal.speechmatics.com/settings/api-keys',
  live: { base: 'https://asr.api.speechmatics.com', path: '/v2/jobs?limit=1', method: 'GET', auth: { kind: 'bearer' } },
};

const REV_CONTEXT = ['rev.ai', 'revai', 'rev_ai', 'rev-ai'];

/**
 * Rev.ai access tokens: base64url-ish, no documented format (about 60–70 chars in the tokens
 * seen, starting `02`; accepted 40–100), so a Rev.ai name or host must be nearby. Live: the
 * account (`GET /speechtotext/v1/account`: email and balance), bearer.
 */
export const revAi: ProviderRecord = {
  id: 'rev-ai',
  name: 'Rev.ai',
  rules: [
    {
      id: 'rev-ai-access-token',
      description: 'Rev.ai access token (40–100 base64url chars) next to a Rev.ai name or host.',
      pattern: withContext(START, near(REV_CONTEXT, 120, 200), '[A-Za-z0-9_-]{40,100}', END),
      keywords: REV_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['REVAI_ACCESS_TOKEN', 'REV_AI_ACCESS_TOKEN'],
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[40, 100]], full: '[A-Za-z0-9_-]{40,100}' },
  rotateUrl: 'https://www.rev.ai/access-token',
  live: { base: 'https://api.rev.ai', path: '/speechtotext/v1/account', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- image and video

const STABILITY_CONTEXT = ['stability', 'dreamstudio'];

/**
 * Stability AI keys are `sk-` + 48 alphanumerics: the very shape of an OpenAI-compatible proxy
 * key (openai-compatible, medium). With a Stability name nearby this rule is sure of the
 * provider, so it is `high` and wins that overlap. Live: `GET /v1/user/account`, bearer.
 */
export const stabilityAi: ProviderRecord = {
  id: 'stability-ai',
  name: 'Stability AI',
  rules: [
    {
      id: 'stability-ai-api-key',
      description: 'Stability AI API key (sk- + 48 alphanumerics) next to a Stability AI name or host.',
      pattern: withContext(START, near(STABILITY_CONTEXT, 120, 200), 'sk-[A-Za-z0-9]{48}', END),
      keywords: STABILITY_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['STABILITY_API_KEY', 'STABILITY_KEY'],
  envNote: 'Stability\'s SDK and examples read STABILITY_API_KEY; the older stability-sdk CLI read STABILITY_KEY.',
  format: { prefixes: ['sk-'], charset: '[A-Za-z0-9]', lengths: [[51, 51]], full: 'sk-[A-Za-z0-9]{48}' },
  rotateUrl: 'https://platform.stability.ai/account/keys',
  live: { base: 'https://api.stability.ai', path: '/v1/user/account', method: 'GET', auth: { kind: 'bearer' } },
};

/**
 * Runway API secrets are `key_` + a long run of alphanumerics (128 hex in the keys seen; not
 * documented, accepted 32–160). `key_` is far too common to be a keyword, so "runway" must be
 * nearby. Live: the organization (`GET /v1/organization`: tier and credit balance), bearer, with
 * the API version header every request needs.
 */
export const runway: ProviderRecord = {
  id: 'runway',
  name: 'Runway',
  rules: [
    {
      id: 'runway-api-secret',
      description: 'Runway API secret (key_ + 32–160 alphanumerics) next to a Runway name or host.',
      pattern: withContext(START, near(['runway'], 120, 240), 'key_[A-Za-z0-9]{32,160}', END),
      keywords: ['runway'],
      window: { before: 256, after: 320 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 4,
    },
  ],
  envNames: ['RUNWAYML_API_SECRET'],
  format: { prefixes: ['key_'], charset: '[A-Za-z0-9]', lengths: [[36, 164]], full: 'key_[A-Za-z0-9]{32,160}' },
  rotateUrl: 'https://dev.runwayml.com/',
  live: {
    base: 'https://api.dev.runwayml.com',
    path: '/v1/organization',
    method: 'GET',
    auth: { kind: 'bearer' },
    headers: { 'X-Runway-Version': '2024-11-06' },
    baseUrlEnv: ['RUNWAYML_BASE_URL'],
  },
};

const FAL_CONTEXT = ['fal_key', 'fal.ai', 'fal.run', 'fal_client', 'fal-ai', 'falai'];

/**
 * A fal key is `key_id:key_secret` in one value (FAL_KEY): a UUID, `:`, 32 hex in the keys seen
 * (the API reference shows only an illustrative `abc123def456:sk_live_…`). The shape is
 * distinctive but not a prefix, so a fal name or host must be nearby. Live: account billing
 * (`GET /v1/account/billing`), `Authorization: Key <key>`; a key without the billing read
 * permission gets 403 (restricted).
 */
export const falAi: ProviderRecord = {
  id: 'fal-ai',
  name: 'fal.ai',
  rules: [
    {
      id: 'fal-ai-api-key',
      description: 'fal.ai API key (key id UUID : 32-hex secret) next to FAL_KEY or a fal host.',
      pattern: withContext(START_ALNUM, near(FAL_CONTEXT, 120, 200), `${UUID}:[a-f0-9]{32}`, END_ALNUM),
      keywords: FAL_CONTEXT,
      window: { before: 256, after: 256 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 6,
    },
  ],
  envNames: ['FAL_KEY'],
  format: { prefixes: [], charset: '[0-9a-f:-]', lengths: [[69, 69]], full: `${UUID}:[a-f0-9]{32}` },
  rotateUrl: 'https://fal.ai/dashboard/keys',
  live: { base: 'https://api.fal.ai', path: '/v1/account/billing', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'Key ' } },
};

export const aiModelRecords: ProviderRecord[] = [
  awsBedrock,
  azureAiServices,
  googleServiceAccount,
  cerebras,
  sambanova,
  ai21,
  voyageAi,
  jinaAi,
  nomic,
  elevenlabs,
  assemblyai,
  deepgram,
  speechmatics,
  revAi,
  stabilityAi,
  runway,
  falAi,
];

/** The offline structure checks, for the group's tests. */
export const structureChecks = { bedrockShortTermLooksReal, bedrockLongTermLooksReal, gsaBodyLooksReal };
