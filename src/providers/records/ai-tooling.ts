/**
 * AI infrastructure and tooling: serverless GPUs and inference hosts (Modal, Baseten, Anyscale,
 * Lepton, Novita, Hyperbolic, Lambda), vector databases (Pinecone, Weaviate, Qdrant, Zilliz),
 * experiment tracking and LLM observability (W&B, LangSmith, Langfuse, Helicone, Portkey,
 * Braintrust), model APIs (Clarifai, NVIDIA), Sourcegraph and Private AI.
 *
 * Per-tenant hosts (a Weaviate/Qdrant cluster, a self-hosted Langfuse or Sourcegraph) are never
 * taken from the scanned text: a live check goes only to the provider's fixed host, and where the
 * key alone does not name its host the record has `noLive`.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, ci, field, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

// ---------------------------------------------------------------- local helpers

/** Boundaries for a value whose charset is `cls` (a bracket class): not touching another char of it. */
function bounds(cls: string): [string, string] {
  return [`(?<!${cls})`, `(?!${cls})`];
}

/** Key-ish words (as in shared.ts `namedKey`) between a provider name and a prefix-less value. */
const KEYISH = ['key', 'token', 'secret', 'access', 'private', 'bearer', 'authorization'].map(ci).join('|');

/**
 * A prefix-less `value` preceded (within `span` chars) by one of `names` and then a key-ish word:
 * `WEAVIATE_API_KEY=…`, `qdrant: { apiKey: "…" }`. `namedKey` from shared.ts for several names
 * and a charset of the caller's choosing (boundaries from `cls`).
 */
function namedValue(names: string[], value: string, cls: string, span = 48): string {
  const [s, e] = bounds(cls);
  return withContext(s, `(?<=(?:${names.map(ci).join('|')})[\\s\\S]{0,${span}}(?:${KEYISH})[\\s\\S]{0,${span}})`, value, e);
}

/** The value assigned to an identifier that holds `name` and ends in one of `tails` (`CLARIFAI_PAT = "…"`). */
function assignedTo(name: string, tails: string[]): string {
  return `(?<=${ci(name)}[A-Za-z0-9_.-]{0,24}(?:${tails.map(ci).join('|')})["'\`]?\\s{0,4}[:=]{1,2}>?\\s{0,4}["'\`]?)`;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// ---------------------------------------------------------------- Modal

/**
 * Modal: an API token is a token ID (`ak-`) and a token secret (`as-`), always used together
 * (MODAL_TOKEN_ID / MODAL_TOKEN_SECRET, `token_id` / `token_secret` in ~/.modal.toml). Proxy auth
 * tokens for protected web endpoints are the same shape with `wk-` / `ws-` (Modal-Key /
 * Modal-Secret headers). Prefixes from modal.com/docs/reference/modal.config and
 * /docs/guide/webhook-proxy-auth; the body length is not documented: 22 alphanumerics in the
 * examples seen, 16–32 accepted. A bare `as-…`/`ws-…` is too common a shape (`as-` is a word
 * prefix), so the secret is reported only with its ID nearby (required pair).
 */
export const modal: ProviderRecord = {
  id: 'modal',
  name: 'Modal',
  rules: [
    {
      id: 'modal-token-secret',
      description: 'Modal API token secret (as- + 16–32 alphanumerics) with its token ID (ak-) nearby.',
      pattern: `${START}as-[A-Za-z0-9]{16,32}${END}`,
      keywords: ['modal', 'token_secret', 'token-secret'],
      window: { before: 200, after: 200 },
      confidence: 'high',
      minEntropy: 3.3,
      minDigits: 1,
      pair: { label: 'token ID', pattern: `${START}ak-[A-Za-z0-9]{16,32}${END}`, required: true, envNames: ['MODAL_TOKEN_ID'] },
    },
    {
      id: 'modal-proxy-token-secret',
      description: 'Modal proxy auth token secret (ws-, the Modal-Secret header) with its token ID (wk-) nearby.',
      pattern: `${START}ws-[A-Za-z0-9]{16,32}${END}`,
      keywords: ['modal'],
      window: { before: 200, after: 200 },
      confidence: 'high',
      minEntropy: 3.3,
      minDigits: 1,
      pair: { label: 'proxy token ID', pattern: `${START}wk-[A-Za-z0-9]{16,32}${END}`, required: true },
    },
  ],
  envNames: ['MODAL_TOKEN_SECRET'],
  envNote: 'The modal client reads MODAL_TOKEN_ID and MODAL_TOKEN_SECRET before ~/.modal.toml (MODAL_CONFIG_PATH moves that file).',
  format: { prefixes: ['as-', 'ws-'], charset: '[A-Za-z0-9]', lengths: [[19, 35]], full: '(?:as|ws)-[A-Za-z0-9]{16,32}' },
  rotateUrl: 'https://modal.com/settings/tokens',
  noLive: "Modal's API (api.modal.com) is gRPC only: there is no plain HTTPS request that checks a token",
};

// ---------------------------------------------------------------- Baseten

/**
 * Baseten API keys: 8 alphanumerics, a dot, 32 alphanumerics (docs.baseten.co/observability/api-keys,
 * example `abcdefgh.1234567890ABCDEFGHIJKL1234567890`), for personal and workspace keys alike;
 * no prefix, so "baseten" (or ~/.trussrc) must be nearby.
 * Live: `GET https://api.baseten.co/v1/models` with `Authorization: Api-Key <key>` (the management
 * API, read-only). 200 valid; 401 invalid; 403 a workspace key limited to invoking models.
 */
export const baseten: ProviderRecord = {
  id: 'baseten',
  name: 'Baseten',
  rules: [
    {
      id: 'baseten-api-key',
      description: 'Baseten API key (8 alphanumerics . 32 alphanumerics) near "baseten" or in ~/.trussrc.',
      pattern: withContext(START_ALNUM, near(['baseten', 'trussrc'], 160, 200), '[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['baseten', 'trussrc'],
      window: { before: 240, after: 240 },
      requires: ['.'],
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['BASETEN_API_KEY'],
  envNote: 'Truss reads the key from ~/.trussrc (api_key under [baseten]); BASETEN_API_KEY is read by the baseten CLI and integrations.',
  format: { prefixes: [], charset: '[A-Za-z0-9.]', lengths: [[41, 41]], full: '[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32}' },
  rotateUrl: 'https://app.baseten.co/settings/api_keys',
  live: { base: 'https://api.baseten.co', path: '/v1/models', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'Api-Key ' } },
};

// ---------------------------------------------------------------- Anyscale

/**
 * Anyscale platform API keys (user and service-account keys, ANYSCALE_CLI_TOKEN). The format is
 * not documented (docs.anyscale.com/auth/api-keys): a long opaque token, so 32–200 base64url
 * chars are accepted, only next to an Anyscale key/token name, with entropy and digits required.
 * The old Anyscale Endpoints keys (ANYSCALE_API_KEY) are covered by the same context rule; that
 * service was shut down in August 2024.
 */
const ANYSCALE_CLS = '[A-Za-z0-9_-]';
export const anyscale: ProviderRecord = {
  id: 'anyscale',
  name: 'Anyscale',
  rules: [
    {
      id: 'anyscale-api-key',
      description: 'Anyscale platform API key (opaque, no documented prefix) assigned to an Anyscale token/key name.',
      pattern: namedValue(['anyscale'], `${ANYSCALE_CLS}{32,200}`, ANYSCALE_CLS, 32),
      keywords: ['anyscale'],
      window: { before: 8, after: 300 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['ANYSCALE_CLI_TOKEN', 'ANYSCALE_API_KEY'],
  envNote: 'The anyscale CLI and SDK read ANYSCALE_CLI_TOKEN before ~/.anyscale/credentials.json; ANYSCALE_API_KEY was the (retired) Endpoints key.',
  format: { prefixes: [], charset: ANYSCALE_CLS, lengths: [[32, 200]] },
  rotateUrl: 'https://console.anyscale.com/api-keys',
  noLive: 'no read-only HTTP endpoint for checking a platform API key is documented (ANYSCALE_HOST also moves the API per deployment)',
};

// ---------------------------------------------------------------- Lepton AI

/**
 * Lepton AI (now NVIDIA DGX Cloud Lepton) user and workspace tokens (LEPTON_API_TOKEN). No
 * documented format (docs.nvidia.com/dgx-cloud/lepton/features/workspace/token): 24–64
 * alphanumerics accepted next to a Lepton token/key name. The API host is per workspace
 * (`<workspace>.<region>…lepton.ai`) and the token does not name it.
 */
export const lepton: ProviderRecord = {
  id: 'lepton',
  name: 'Lepton AI',
  rules: [
    {
      id: 'lepton-api-token',
      description: 'Lepton AI workspace or user token (no documented prefix) assigned to a Lepton token/key name.',
      pattern: namedValue(['lepton'], '[A-Za-z0-9]{24,64}', '[A-Za-z0-9]', 32),
      keywords: ['lepton'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['LEPTON_API_TOKEN'],
  envNote: 'leptonai reads LEPTON_API_TOKEN with LEPTON_WORKSPACE_ID (or `lep login -c <workspace>:<token>`).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[24, 64]] },
  rotateUrl: 'https://dashboard.lepton.ai/',
  noLive: 'the API host is per workspace and the token does not name its workspace',
};

// ---------------------------------------------------------------- Novita AI

/**
 * Novita AI API keys start with `sk_` (novita.ai/docs/guides/llm-api-keys: "Every key begins with
 * the sk_ prefix"); the length is not documented, 32–64 base64url chars accepted. `sk_` alone is
 * Stripe's and many others' prefix, so "novita" must be nearby and Stripe's `sk_live_`/`sk_test_`
 * are excluded.
 * Live: `GET https://api.novita.ai/openapi/v1/billing/balance/detail` (balance, read-only),
 * bearer. 200 valid; 401 invalid.
 */
export const novita: ProviderRecord = {
  id: 'novita',
  name: 'Novita AI',
  rules: [
    {
      id: 'novita-api-key',
      description: 'Novita AI API key (sk_ + 32–64 chars) with "novita" nearby.',
      pattern: withContext(START, near(['novita'], 160, 200), 'sk_(?!live_|test_)[A-Za-z0-9_-]{32,64}', END),
      keywords: ['novita'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 1,
    },
  ],
  envNames: ['NOVITA_API_KEY'],
  format: { prefixes: ['sk_'], charset: '[A-Za-z0-9_-]', lengths: [[35, 67]], full: 'sk_[A-Za-z0-9_-]{32,64}' },
  rotateUrl: 'https://novita.ai/settings/key-management',
  live: { base: 'https://api.novita.ai', path: '/openapi/v1/billing/balance/detail', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Hyperbolic

/**
 * Hyperbolic API keys are JSON Web Tokens (three base64url parts, header `eyJ…`), issued in the
 * app's settings; seen only in examples, not documented as a format. A JWT is a common shape, so
 * "hyperbolic" must be nearby.
 */
const JWT = 'eyJ[A-Za-z0-9_-]{10,400}\\.eyJ[A-Za-z0-9_-]{10,1000}\\.[A-Za-z0-9_-]{20,400}';
export const hyperbolic: ProviderRecord = {
  id: 'hyperbolic',
  name: 'Hyperbolic',
  rules: [
    {
      id: 'hyperbolic-api-key',
      description: 'Hyperbolic API key (a JWT) with "hyperbolic" nearby.',
      pattern: withContext(START, near(['hyperbolic'], 160, 0), JWT, END),
      keywords: ['hyperbolic'],
      window: { before: 8, after: 2000 },
      confidence: 'medium',
    },
  ],
  envNames: ['HYPERBOLIC_API_KEY'],
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[60, 1900]], full: JWT },
  rotateUrl: 'https://app.hyperbolic.xyz/settings',
  noLive: 'every documented authenticated call is a billed inference; no read-only endpoint is documented',
};

// ---------------------------------------------------------------- Lambda

/**
 * Lambda Cloud API keys: `secret_<key name>_<32 hex>.<32 alphanumerics>`. Not documented as a
 * format (docs-api.lambda.ai); the shape is consistent across every example seen, and the hex id
 * + dot + token structure is distinctive on its own. The key-name part is the user's label
 * (letters, digits, `-`, `_`), 1–64 chars accepted.
 * Live: `GET https://cloud.lambda.ai/api/v1/instances` (running instances, read-only), bearer.
 * 200 valid; 401 invalid; 403 a key without access to instances.
 */
const LAMBDA_KEY = 'secret_[A-Za-z0-9_-]{1,64}_[0-9a-f]{32}\\.[A-Za-z0-9]{32}';
export const lambda: ProviderRecord = {
  id: 'lambda',
  name: 'Lambda',
  rules: [
    {
      id: 'lambda-cloud-api-key',
      description: 'Lambda Cloud API key (secret_<name>_<32 hex>.<32 alphanumerics>).',
      pattern: `${START}${LAMBDA_KEY}${END}`,
      keywords: ['secret_'],
      window: { before: 16, after: 160 },
      requires: ['.'],
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['LAMBDA_API_KEY', 'LAMBDA_CLOUD_API_KEY'],
  envNote: 'Lambda ships no SDK that reads an env var; LAMBDA_API_KEY is the name used in its guides and most tools.',
  format: { prefixes: ['secret_'], charset: '[A-Za-z0-9_.-]', lengths: [[74, 137]], full: LAMBDA_KEY },
  rotateUrl: 'https://cloud.lambda.ai/api-keys',
  live: { base: 'https://cloud.lambda.ai', path: '/api/v1/instances', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Pinecone

/**
 * Pinecone API keys: `pcsk_<key id>_<secret>` (current; a 6-char id and 63 alphanumerics in the
 * examples seen, 4–10 and 50–80 accepted), and the older UUID keys, reported only when assigned
 * to a Pinecone key name (a UUID next to "pinecone" is often a project id).
 * Live: `GET https://api.pinecone.io/indexes` (list indexes, read-only) with `Api-Key: <key>`.
 * 200 valid; 401 invalid; 403 a key whose role cannot list indexes.
 */
export const pinecone: ProviderRecord = {
  id: 'pinecone',
  name: 'Pinecone',
  rules: [
    {
      id: 'pinecone-api-key',
      description: 'Pinecone API key (pcsk_ + key id + _ + secret).',
      pattern: `${START}pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{50,80}${END}`,
      keywords: ['pcsk_'],
      window: { before: 16, after: 112 },
      confidence: 'high',
      minEntropy: 3.8,
    },
    {
      id: 'pinecone-legacy-key',
      description: 'Pinecone API key in the older UUID form, assigned to a Pinecone key name.',
      pattern: `${START_ALNUM}${assignedTo('pinecone', ['key', 'apikey'])}${UUID}${END_ALNUM}`,
      keywords: ['pinecone'],
      window: { before: 8, after: 96 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['PINECONE_API_KEY'],
  format: {
    prefixes: ['pcsk_'],
    charset: '[A-Za-z0-9_-]',
    lengths: [
      [36, 36],
      [60, 96],
    ],
    full: `pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{50,80}|${UUID}`,
  },
  rotateUrl: 'https://app.pinecone.io/organizations/-/projects/-/keys',
  live: {
    base: 'https://api.pinecone.io',
    path: '/indexes',
    method: 'GET',
    auth: { kind: 'header', name: 'Api-Key' },
    headers: { 'X-Pinecone-Api-Version': '2025-04' },
  },
};

// ---------------------------------------------------------------- Weaviate Cloud

/**
 * Weaviate Cloud cluster API keys (admin and read-only). No documented format: 32–100
 * base64-ish chars accepted next to a Weaviate key name. A key is valid only on its cluster
 * (`<cluster>.weaviate.cloud`), whose host the key does not name.
 */
const WEAVIATE_CLS = '[A-Za-z0-9+/_-]';
export const weaviate: ProviderRecord = {
  id: 'weaviate',
  name: 'Weaviate Cloud',
  rules: [
    {
      id: 'weaviate-api-key',
      description: 'Weaviate Cloud cluster API key (no documented prefix) assigned to a Weaviate key name.',
      pattern: namedValue(['weaviate'], `${WEAVIATE_CLS}{32,100}={0,2}`, WEAVIATE_CLS, 64),
      keywords: ['weaviate'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['WEAVIATE_API_KEY'],
  envNote: 'The Weaviate clients take the key and the cluster URL (WEAVIATE_URL by convention) in code.',
  format: { prefixes: [], charset: '[A-Za-z0-9+/_=-]', lengths: [[32, 102]] },
  rotateUrl: 'https://console.weaviate.cloud/',
  noLive: 'a key is checked only by its own cluster, whose host the key does not name',
};

// ---------------------------------------------------------------- Qdrant Cloud

/**
 * Qdrant Cloud database API keys (and management keys). No documented format: long opaque
 * strings, JWT-shaped for the newer database keys, `<uuid>|<secret>` for management keys, so
 * 32–200 chars of `[A-Za-z0-9_.|-]` are accepted next to a Qdrant key name.
 */
const QDRANT_CLS = '[A-Za-z0-9_.|-]';
export const qdrant: ProviderRecord = {
  id: 'qdrant',
  name: 'Qdrant Cloud',
  rules: [
    {
      id: 'qdrant-api-key',
      description: 'Qdrant Cloud API key (no documented prefix) assigned to a Qdrant key name.',
      pattern: namedValue(['qdrant'], `${QDRANT_CLS}{32,200}`, QDRANT_CLS, 32),
      keywords: ['qdrant'],
      window: { before: 8, after: 300 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 3,
    },
  ],
  envNames: ['QDRANT_API_KEY'],
  envNote: 'The Qdrant clients take the key with the cluster URL (QDRANT_URL by convention).',
  format: { prefixes: [], charset: '[A-Za-z0-9_.|-]', lengths: [[32, 200]] },
  rotateUrl: 'https://cloud.qdrant.io/',
  noLive: 'a database key is checked only by its own cluster, whose host the key does not name',
};

// ---------------------------------------------------------------- Zilliz Cloud

/**
 * Zilliz Cloud API keys (control-plane keys, also accepted by clusters as `token`). No documented
 * format: 32–128 alphanumerics next to a Zilliz key/token name.
 * Live: `GET https://api.cloud.zilliz.com/v2/projects` (projects the key can see, read-only),
 * bearer. The body carries `code`: 0 is success; a non-zero code about the token is a bad key.
 */
export function interpretZilliz(res: LiveResponse): LiveVerdict | undefined {
  const code = field(res.json, 'code');
  if (typeof code !== 'number' || code === 0) return undefined;
  const detail = [String(code), str(res.json, 'message')].filter(Boolean).join(' ');
  if (res.status === 401 || /token|api[ _-]?key|auth|credential/i.test(str(res.json, 'message') ?? '')) return verdict('invalid', detail);
  if (res.status === 200) return verdict('unknown', detail);
  return undefined;
}

export const zilliz: ProviderRecord = {
  id: 'zilliz',
  name: 'Zilliz Cloud',
  rules: [
    {
      id: 'zilliz-api-key',
      description: 'Zilliz Cloud API key (no documented prefix) assigned to a Zilliz key/token name.',
      pattern: namedValue(['zilliz'], '[A-Za-z0-9]{32,128}', '[A-Za-z0-9]', 32),
      keywords: ['zilliz'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 3,
    },
  ],
  envNames: ['ZILLIZ_API_KEY', 'ZILLIZ_CLOUD_API_KEY'],
  envNote: 'pymilvus takes the key as `token` in code; ZILLIZ_API_KEY is the name the Zilliz CLI and examples use.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 128]] },
  rotateUrl: 'https://cloud.zilliz.com/',
  live: { base: 'https://api.cloud.zilliz.com', path: '/v2/projects', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretZilliz },
};

// ---------------------------------------------------------------- Weights & Biases

/**
 * W&B API keys: the current `wandb_v1_…` keys (about 86 chars, docs.wandb.ai support article on
 * "must be 40 characters"; 27 + `_` + 49 alphanumerics in every example seen, 20–40 and 40–60
 * accepted) and legacy 40-hex keys, reported only next to a W&B key name or in a .netrc entry
 * for api.wandb.ai (a 40-hex value next to "wandb" is often a git commit).
 * Live: `POST https://api.wandb.ai/graphql` with `{ viewer { id } }` (a query, read-only), basic
 * auth `api:<key>`. 200 with a viewer valid; 401 invalid; 200 with `viewer: null` invalid.
 */
export function interpretWandb(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 200) return undefined;
  const data = field(res.json, 'data');
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && field(data, 'viewer') === null) return verdict('invalid', 'no user for this key');
  const user = str(res.json, 'data', 'viewer', 'username');
  return user ? { status: 'valid', detail: `user ${user}` } : undefined;
}

const WANDB_V1 = 'wandb_v1_[A-Za-z0-9]{20,40}_[A-Za-z0-9]{40,60}';
export const wandb: ProviderRecord = {
  id: 'wandb',
  name: 'Weights & Biases',
  rules: [
    {
      id: 'wandb-api-key',
      description: 'Weights & Biases API key (wandb_v1_ + id + _ + secret, about 86 chars).',
      pattern: `${START}${WANDB_V1}${END}`,
      keywords: ['wandb_v1_'],
      window: { before: 16, after: 112 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'wandb-legacy-api-key',
      description: 'Weights & Biases legacy API key (40 hex) next to a W&B key name or in a .netrc entry for api.wandb.ai.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('wandb')}[\\s\\S]{0,40}(?:${KEYISH})[\\s\\S]{0,40})|(?<=api\\.wandb\\.ai[\\s\\S]{0,80}password\\s{1,8}))`,
        '[0-9a-f]{40}',
        END_ALNUM,
      ),
      keywords: ['wandb'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
    },
  ],
  envNames: ['WANDB_API_KEY'],
  envNote: 'wandb reads WANDB_API_KEY before the api.wandb.ai entry in ~/.netrc; WANDB_BASE_URL points it at a dedicated or self-managed server.',
  format: {
    prefixes: ['wandb_v1_'],
    charset: '[A-Za-z0-9_]',
    lengths: [
      [40, 40],
      [70, 110],
    ],
    full: `${WANDB_V1}|[0-9a-f]{40}`,
  },
  rotateUrl: 'https://wandb.ai/authorize',
  live: {
    base: 'https://api.wandb.ai',
    path: '/graphql',
    method: 'POST',
    auth: { kind: 'basic', user: 'api' },
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { viewer { id username } }' }),
    baseUrlEnv: ['WANDB_BASE_URL'],
    interpret: interpretWandb,
  },
};

// ---------------------------------------------------------------- LangSmith

/**
 * LangSmith API keys: personal access tokens `lsv2_pt_` and service keys `lsv2_sk_`, each
 * `<32 hex>_<10 hex>` (docs.smith.langchain.com, "Create an API key"; the body split is from
 * every example seen).
 * Live: `GET https://api.smith.langchain.com/api/v1/sessions?limit=1` (one tracing project,
 * read-only) with `x-api-key`. 200 valid; 401/403 invalid or not allowed. EU-region keys answer
 * only at eu.api.smith.langchain.com: LANGSMITH_ENDPOINT (or --endpoint) points the check there.
 */
export const langsmith: ProviderRecord = {
  id: 'langsmith',
  name: 'LangSmith',
  rules: [
    {
      id: 'langsmith-personal-token',
      description: 'LangSmith personal access token (lsv2_pt_ + 32 hex + _ + 10 hex).',
      pattern: `${START}lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}${END}`,
      keywords: ['lsv2_pt_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
    },
    {
      id: 'langsmith-service-key',
      description: 'LangSmith service key (lsv2_sk_ + 32 hex + _ + 10 hex), an organization-level key.',
      pattern: `${START}lsv2_sk_[0-9a-f]{32}_[0-9a-f]{10}${END}`,
      keywords: ['lsv2_sk_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
    },
  ],
  envNames: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'],
  envNote: 'The langsmith SDK reads LANGSMITH_API_KEY, then the older LANGCHAIN_API_KEY; LANGSMITH_ENDPOINT selects the region or a self-hosted server.',
  format: { prefixes: ['lsv2_pt_', 'lsv2_sk_'], charset: '[0-9a-f_]', lengths: [[51, 51]], full: 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}' },
  rotateUrl: 'https://smith.langchain.com/settings',
  live: {
    base: 'https://api.smith.langchain.com',
    path: '/api/v1/sessions?limit=1',
    method: 'GET',
    auth: { kind: 'header', name: 'x-api-key' },
    baseUrlEnv: ['LANGSMITH_ENDPOINT', 'LANGCHAIN_ENDPOINT'],
  },
};

// ---------------------------------------------------------------- Langfuse

/**
 * Langfuse API keys come in pairs: a secret key `sk-lf-<uuid>` and a public key `pk-lf-<uuid>`
 * (langfuse.com/docs, "API keys"). The public key alone is not a secret, so it is the pair's
 * other part, not a finding of its own.
 * Live: `GET https://cloud.langfuse.com/api/public/projects` (the key's project, read-only),
 * basic auth public:secret. 200 valid; 401 invalid. Keys of the US region or of a self-hosted
 * server answer only there: LANGFUSE_BASE_URL / LANGFUSE_HOST (or --endpoint) point the check
 * at that host; a host written in a scanned file is never used.
 */
export const langfuse: ProviderRecord = {
  id: 'langfuse',
  name: 'Langfuse',
  rules: [
    {
      id: 'langfuse-secret-key',
      description: 'Langfuse secret key (sk-lf- + UUID), with its public key (pk-lf-) when nearby.',
      pattern: `${START}sk-lf-${UUID}${END}`,
      keywords: ['sk-lf-'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      pair: { label: 'public key', pattern: `${START}pk-lf-${UUID}${END}`, envNames: ['LANGFUSE_PUBLIC_KEY'] },
    },
  ],
  envNames: ['LANGFUSE_SECRET_KEY'],
  envNote: 'The Langfuse SDKs read LANGFUSE_SECRET_KEY with LANGFUSE_PUBLIC_KEY, and LANGFUSE_BASE_URL (LANGFUSE_HOST in older SDKs) for the region or a self-hosted server.',
  format: { prefixes: ['sk-lf-'], charset: '[0-9a-f-]', lengths: [[42, 42]], full: `sk-lf-${UUID}` },
  rotateUrl: 'https://cloud.langfuse.com/',
  live: {
    base: 'https://cloud.langfuse.com',
    path: '/api/public/projects',
    method: 'GET',
    auth: { kind: 'basic', user: '{pair}' },
    baseUrlEnv: ['LANGFUSE_BASE_URL', 'LANGFUSE_HOST'],
  },
};

// ---------------------------------------------------------------- Helicone

/**
 * Helicone API keys: read-write `sk-helicone-…` and write-only `pk-helicone-…`, each four groups
 * of 7 `[a-z0-9]` (docs.helicone.ai/helicone-headers/helicone-auth; the exact shape is the one
 * Helicone's own worker validates), with an optional region (`eu-`) and kind (`cp-`, `rl-`)
 * infix; proxy keys are `sk-helicone-proxy-<groups>-<uuid>`. A write-only key is meant for URL
 * paths and can only log requests, hence `medium`.
 */
const HELI_GROUPS = '[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}';
const HELI_SK = `sk-helicone-(?:proxy-${HELI_GROUPS}-${UUID}|(?:eu-)?(?:cp-|rl-)?${HELI_GROUPS})`;
const HELI_PK = `pk-helicone-(?:eu-)?(?:cp-|rl-)?${HELI_GROUPS}`;
export const helicone: ProviderRecord = {
  id: 'helicone',
  name: 'Helicone',
  rules: [
    {
      id: 'helicone-api-key',
      description: 'Helicone read-write API key (sk-helicone-, also EU, rate-limited and proxy keys).',
      pattern: `${START}${HELI_SK}${END}`,
      keywords: ['sk-helicone-'],
      window: { before: 16, after: 112 },
      confidence: 'high',
      minDigits: 2,
    },
    {
      id: 'helicone-write-key',
      description: 'Helicone write-only key (pk-helicone-), which logs requests into the account.',
      pattern: `${START}${HELI_PK}${END}`,
      keywords: ['pk-helicone-'],
      window: { before: 16, after: 64 },
      confidence: 'medium',
      minDigits: 2,
    },
  ],
  envNames: ['HELICONE_API_KEY'],
  format: {
    prefixes: ['sk-helicone-proxy-', 'sk-helicone-eu-', 'pk-helicone-eu-', 'sk-helicone-', 'pk-helicone-'],
    charset: '[a-z0-9-]',
    lengths: [
      [43, 52],
      [86, 86],
    ],
    full: `${HELI_SK}|${HELI_PK}`,
  },
  rotateUrl: 'https://us.helicone.ai/settings/api-keys',
  noLive: 'the REST API host depends on the key region (US or EU) and write-only keys cannot call it, so one fixed check would misjudge keys',
};

// ---------------------------------------------------------------- Portkey

/**
 * Portkey API keys (workspace and admin keys, sent as `x-portkey-api-key`). No documented
 * format: 20–64 base64 chars accepted next to a Portkey key name (virtual keys and config ids,
 * `pc-…`, carry dashes and are not matched).
 * Live: `GET https://api.portkey.ai/v1/models` (the models the key may route to, read-only),
 * with the key in Portkey's documented `x-portkey-api-key` header.
 * 200 valid; 401 invalid; 403 a key without that scope.
 */
const PORTKEY_CLS = '[A-Za-z0-9+/]';
export const portkey: ProviderRecord = {
  id: 'portkey',
  name: 'Portkey',
  rules: [
    {
      id: 'portkey-api-key',
      description: 'Portkey API key (no documented prefix) assigned to a Portkey key name.',
      pattern: namedValue(['portkey'], `${PORTKEY_CLS}{20,64}={0,2}`, '[A-Za-z0-9+/_-]', 32),
      keywords: ['portkey'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['PORTKEY_API_KEY'],
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[20, 66]] },
  rotateUrl: 'https://app.portkey.ai/api-keys',
  live: { base: 'https://api.portkey.ai', path: '/v1/models', method: 'GET', auth: { kind: 'header', name: 'x-portkey-api-key' }, baseUrlEnv: ['PORTKEY_BASE_URL'] },
};

// ---------------------------------------------------------------- Braintrust

/**
 * Braintrust API keys start with `sk-` and service tokens with `bt-st-`
 * (braintrust.dev/docs/admin/organizations). The `sk-` keys are `sk-` + 48 alphanumerics in the
 * examples seen: the very shape of OpenAI-compatible relay keys, so the Braintrust rule needs
 * "braintrust" nearby, and with it is surer than the relay rule (`high` against `medium`).
 * Service-token length is not documented: 40–64 alphanumerics.
 * Live: `GET https://api.braintrust.dev/v1/project?limit=1` (one project, read-only), bearer.
 * 200 valid; 401 invalid; 403 a key without project access.
 */
export const braintrust: ProviderRecord = {
  id: 'braintrust',
  name: 'Braintrust',
  rules: [
    {
      id: 'braintrust-api-key',
      description: 'Braintrust API key (sk- + 48 alphanumerics) with "braintrust" nearby.',
      pattern: withContext(START, near(['braintrust'], 160, 200), 'sk-[A-Za-z0-9]{48}', END),
      keywords: ['braintrust'],
      window: { before: 240, after: 240 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 3,
    },
    {
      id: 'braintrust-service-token',
      description: 'Braintrust service token (bt-st- prefix) of a service account.',
      pattern: `${START}bt-st-[A-Za-z0-9]{40,64}${END}`,
      keywords: ['bt-st-'],
      window: { before: 16, after: 88 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
    },
  ],
  envNames: ['BRAINTRUST_API_KEY'],
  envNote: 'The Braintrust SDKs read BRAINTRUST_API_KEY; BRAINTRUST_API_URL points them at another data plane.',
  format: {
    prefixes: ['bt-st-', 'sk-'],
    charset: '[A-Za-z0-9]',
    lengths: [
      [51, 51],
      [46, 70],
    ],
    full: 'sk-[A-Za-z0-9]{48}|bt-st-[A-Za-z0-9]{40,64}',
  },
  rotateUrl: 'https://www.braintrust.dev/app/settings?subroute=api-keys',
  live: { base: 'https://api.braintrust.dev', path: '/v1/project?limit=1', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['BRAINTRUST_API_URL'] },
};

// ---------------------------------------------------------------- Clarifai

/**
 * Clarifai personal access tokens (CLARIFAI_PAT) and app-specific API keys: both 32 lowercase
 * hex (docs.clarifai.com, "Authentication"), sent as `Authorization: Key <value>`. Clarifai model
 * and version ids are 32 hex too, so a value counts only when assigned to a Clarifai PAT or key
 * name, or sent in a `Key` authorization header to api.clarifai.com.
 * Live: `GET https://api.clarifai.com/v2/users/me` (the token's user, read-only). Clarifai puts
 * its own status in the body: code 10000 is success; an auth failure is a 401 (or a body code
 * about the key). App keys are scoped to one app and may be refused here: 403 reads restricted.
 */
export function interpretClarifai(res: LiveResponse): LiveVerdict | undefined {
  const code = field(res.json, 'status', 'code');
  if (typeof code !== 'number' || code === 10000) return undefined;
  const description = str(res.json, 'status', 'description') ?? str(res.json, 'status', 'details');
  const detail = [String(code), description].filter(Boolean).join(' ');
  if (res.status === 401 || (code >= 11000 && code < 12000 && /key|token|auth|pat/i.test(description ?? ''))) return verdict('invalid', detail);
  return res.status === 200 ? verdict('unknown', detail) : undefined;
}

export const clarifai: ProviderRecord = {
  id: 'clarifai',
  name: 'Clarifai',
  rules: [
    {
      id: 'clarifai-pat',
      description: 'Clarifai personal access token (32 hex) assigned to a Clarifai PAT name or sent as "Key" to Clarifai.',
      pattern: withContext(
        START_ALNUM,
        `(?:${assignedTo('clarifai', ['pat', 'personal_access_token', 'token'])}|(?:${near(['clarifai'], 200, 200)}(?<=[Aa]uthorization["']?\\s{0,4}[:=,]\\s{0,4}["']?Key\\s{1,4})))`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['clarifai'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 3,
    },
    {
      id: 'clarifai-app-key',
      description: 'Clarifai app-specific API key (32 hex) assigned to a Clarifai API/app key name.',
      pattern: withContext(START_ALNUM, assignedTo('clarifai', ['api_key', 'apikey', 'app_key', 'appkey']), '[0-9a-f]{32}', END_ALNUM),
      keywords: ['clarifai'],
      window: { before: 8, after: 96 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 3,
    },
  ],
  envNames: ['CLARIFAI_PAT', 'CLARIFAI_API_KEY'],
  envNote: 'The Clarifai SDK reads CLARIFAI_PAT; CLARIFAI_API_KEY is the older app-key convention.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://clarifai.com/settings/security',
  live: { base: 'https://api.clarifai.com', path: '/v2/users/me', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'Key ' }, interpret: interpretClarifai },
};

// ---------------------------------------------------------------- NVIDIA

/**
 * NVIDIA API keys (build.nvidia.com and NGC personal/service keys) start with `nvapi-`
 * (docs.nvidia.com NeMo Retriever "Authentication and API keys"); the body is 64 base64url chars in
 * the examples seen, 56–72 accepted. Older NGC API keys have no prefix: base64 of
 * `<id>:<uuid>`, checked by decoding, and only next to an NGC key name or nvcr.io.
 * Live: `GET https://authn.nvidia.com/token?service=ngc` with basic auth `$oauthtoken:<key>` (the
 * documented nvcr.io login exchange: it returns a short-lived token and changes nothing).
 * 200 valid; 401 invalid; 403 a key without NGC access (e.g. inference-only).
 */
function ngcLegacyShape(secret: string): boolean {
  const decoded = Buffer.from(secret, 'base64').toString('latin1');
  return new RegExp(`^[A-Za-z0-9]{16,48}:${UUID}$`).test(decoded);
}

export const nvidia: ProviderRecord = {
  id: 'nvidia',
  name: 'NVIDIA',
  rules: [
    {
      id: 'nvidia-api-key',
      description: 'NVIDIA API key (nvapi- + base64url), for NIM endpoints and NGC.',
      pattern: `${START}nvapi-[A-Za-z0-9_-]{56,72}${END}`,
      keywords: ['nvapi-'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'nvidia-ngc-legacy-key',
      description: 'Legacy NGC API key (base64 of id:uuid) next to an NGC key name or nvcr.io.',
      pattern: withContext(
        '(?<![A-Za-z0-9+/=])',
        near(['ngc_api_key', 'ngc_cli_api_key', 'ngc_key', 'nvcr.io', '$oauthtoken'], 120, 120),
        '[A-Za-z0-9+/]{72,108}={0,2}',
        '(?![A-Za-z0-9+/=])',
      ),
      keywords: ['ngc_api_key', 'ngc_cli_api_key', 'ngc_key', 'nvcr.io', '$oauthtoken'],
      window: { before: 240, after: 240 },
      confidence: 'high',
      verify: ngcLegacyShape,
    },
  ],
  envNames: ['NVIDIA_API_KEY', 'NGC_API_KEY', 'NGC_CLI_API_KEY'],
  envNote: 'NIM clients and LangChain read NVIDIA_API_KEY; NIM containers read NGC_API_KEY; the ngc CLI reads NGC_CLI_API_KEY.',
  format: {
    prefixes: ['nvapi-'],
    charset: '[A-Za-z0-9_+/=-]',
    lengths: [
      [62, 78],
      [72, 110],
    ],
    full: 'nvapi-[A-Za-z0-9_-]{56,72}|[A-Za-z0-9+/]{72,108}={0,2}',
  },
  rotateUrl: 'https://org.ngc.nvidia.com/setup/api-keys',
  live: { base: 'https://authn.nvidia.com', path: '/token?service=ngc', method: 'GET', auth: { kind: 'basic', user: '$oauthtoken' } },
};

// ---------------------------------------------------------------- Sourcegraph

/**
 * Sourcegraph access tokens (also used by Cody): `sgp_` + 40 hex, optionally with an instance
 * identifier between (`sgp_<16 hex>_…`, `sgp_local_…`, workspace instances `sgp_ws<32 hex>_…`).
 * The prefix is documented (sourcegraph.com/docs/cli/how-tos/revoking_an_access_token); the
 * instance-id forms are from examples. A token works only on the instance that issued it, and
 * most instances are self-hosted: the token does not name its host.
 */
const SGP = 'sgp_(?:(?:local|[0-9a-f]{16}|ws[0-9a-f]{32})_)?[0-9a-f]{40}';
export const sourcegraph: ProviderRecord = {
  id: 'sourcegraph',
  name: 'Sourcegraph',
  rules: [
    {
      id: 'sourcegraph-access-token',
      description: 'Sourcegraph access token (sgp_ + optional instance id + 40 hex), used by src and Cody.',
      pattern: `${START}${SGP}${END}`,
      keywords: ['sgp_'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minDigits: 4,
    },
  ],
  envNames: ['SRC_ACCESS_TOKEN'],
  envNote: 'The src CLI reads SRC_ACCESS_TOKEN with SRC_ENDPOINT (the instance URL).',
  format: {
    prefixes: ['sgp_local_', 'sgp_'],
    charset: '[0-9a-fsw_]',
    lengths: [
      [44, 44],
      [50, 50],
      [61, 61],
      [79, 79],
    ],
    full: SGP,
  },
  rotateUrl: 'https://sourcegraph.com/docs/cli/how-tos/revoking_an_access_token',
  noLive: 'a token is checked only by the instance that issued it (often self-hosted), and the token does not name that instance',
};

// ---------------------------------------------------------------- Private AI

/**
 * Private AI API keys (`x-api-key` for the de-identification API). No documented format: 32–64
 * alphanumerics accepted next to a Private AI key name.
 */
export const privateAi: ProviderRecord = {
  id: 'private-ai',
  name: 'Private AI',
  rules: [
    {
      id: 'private-ai-api-key',
      description: 'Private AI API key (no documented prefix) assigned to a Private AI key name.',
      pattern: namedValue(['private-ai', 'private_ai', 'privateai'], '[A-Za-z0-9]{32,64}', '[A-Za-z0-9]', 32),
      keywords: ['private-ai', 'private_ai', 'privateai'],
      window: { before: 8, after: 160 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 3,
    },
  ],
  envNames: ['PRIVATE_AI_API_KEY', 'PAI_API_KEY'],
  envNote: 'The privateai client takes the key in code; PRIVATE_AI_API_KEY is a convention.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 64]] },
  rotateUrl: 'https://portal.private-ai.com/',
  noLive: 'every documented call processes text and counts against the quota; there is no read-only endpoint',
};

export const aiToolingRecords: ProviderRecord[] = [
  modal,
  baseten,
  anyscale,
  lepton,
  novita,
  hyperbolic,
  lambda,
  pinecone,
  weaviate,
  qdrant,
  zilliz,
  wandb,
  langsmith,
  langfuse,
  helicone,
  portkey,
  braintrust,
  clarifai,
  nvidia,
  sourcegraph,
  privateAi,
];
