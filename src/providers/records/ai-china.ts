/**
 * AI providers Chinese-speaking teams use behind OpenAI-compatible endpoints: Moonshot (Kimi),
 * Zhipu (GLM / BigModel), Alibaba DashScope (Qwen / Model Studio), Baidu Qianfan, Volcengine
 * Ark (Doubao), SiliconFlow, MiniMax, Baichuan, StepFun, 01.AI (Yi), iFlytek Spark and Tencent
 * Hunyuan.
 *
 * Most of these keys have no prefix of their own, or share `sk-` + N characters with other
 * providers (`openai-compatible` reports `sk-` + 48 alphanumerics anywhere, `deepseek` reports
 * `sk-` + 32 hex near "deepseek"). A key is attributed by what sits next to it, tightly:
 * - the provider's name (or its env-name stem) at most 40 characters before the value, as in
 *   `MOONSHOT_API_KEY=…`, `moonshot:\n  api_key: …`, `"dashscope": {"apiKey": "…"`;
 * - or the provider's API host within 160 characters before / 240 after, as in
 *   `OpenAI(api_key="…", base_url="https://api.moonshot.cn/v1")`.
 * "Near the name, anywhere in the file" would not do: a `.env` with `DEEPSEEK_API_KEY=sk-…` on
 * one line and `DASHSCOPE_API_KEY=sk-…` on the next would give both keys to both providers.
 * The rules that share a shape with `openai-compatible` or `deepseek` are `high`, so that with
 * that context present they win the overlap; without it they do not fire at all.
 *
 * Key lengths are not published by most of these providers: where a comment says "examples
 * only", the length comes from the keys their consoles show and their docs' masked examples.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, errorDetail, field, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

/** `T3BlbkFJ` (base64 "OpenAI") at offset 20 makes an `sk-` + 48 value an OpenAI key, not ours. */
const NOT_OPENAI = '(?![A-Za-z0-9]{20}T3BlbkFJ)';

/**
 * `value` with the provider's name at most 40 chars before it, or one of its API hosts within
 * 160 chars before / 240 after it (bounded look-arounds: constant work per candidate).
 */
function attributed(names: string[], hosts: string[], value: string, start = START, end = END): string {
  return withContext(start, `(?:${near(names, 40, 0)}|${near(hosts, 160, 240)})`, value, end);
}

/** Window for the context rules: the value may sit up to 240 chars before a host keyword. */
const CONTEXT_WINDOW = { before: 320, after: 320 };

// ---------------------------------------------------------------------------------------------

/**
 * Moonshot AI (Kimi). Keys are `sk-` + 48 alphanumerics (examples only: the console shows them,
 * the docs write `sk-...`). Mainland (platform.moonshot.cn → api.moonshot.cn) and international
 * (platform.moonshot.ai → api.moonshot.ai) accounts are separate; a key works only in its region.
 * Live: GET /v1/users/me/balance (documented, read-only, free): 200 with `data.available_balance`
 * (≤ 0: inference is refused, so quota-exhausted), 401 bad key.
 */
export const moonshot: ProviderRecord = {
  id: 'moonshot',
  name: 'Moonshot AI (Kimi)',
  rules: [
    {
      id: 'moonshot-api-key',
      description: 'Moonshot AI / Kimi API key (sk- + 48 alphanumerics) next to a Moonshot name or api.moonshot.cn/.ai.',
      pattern: attributed(['moonshot', 'kimi'], ['moonshot.cn', 'moonshot.ai'], `sk-${NOT_OPENAI}[A-Za-z0-9]{48}`),
      keywords: ['moonshot', 'kimi'],
      window: CONTEXT_WINDOW,
      confidence: 'high',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['MOONSHOT_API_KEY'],
  envNote: 'Kimi keys are used through OpenAI SDKs: OPENAI_API_KEY with OPENAI_BASE_URL=https://api.moonshot.cn/v1 (mainland) or https://api.moonshot.ai/v1 (international); a key only works in the region that issued it.',
  format: { prefixes: ['sk-'], charset: '[A-Za-z0-9]', lengths: [[51, 51]], full: 'sk-[A-Za-z0-9]{48}' },
  hosts: ['api.moonshot.cn', 'api.moonshot.ai'],
  rotateUrl: 'https://platform.moonshot.cn/console/api-keys',
  live: {
    base: 'https://api.moonshot.cn',
    path: '/v1/users/me/balance',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['MOONSHOT_BASE_URL'],
    interpret: interpretMoonshot,
  },
};

export function interpretMoonshot(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 200) {
    const available = field(res.json, 'data', 'available_balance');
    if (typeof available === 'number' && available <= 0) return verdict('quota-exhausted', `available balance ${available}`);
  }
  return undefined;
}

/**
 * Zhipu AI (GLM, open.bigmodel.cn; Z.AI internationally, api.z.ai). A key is `<id>.<secret>`: the
 * SDKs split it on the dot and sign a short-lived JWT with the secret. The id is 32 hex and the
 * secret 16 alphanumerics (examples only). BigModel documents no read-only endpoint.
 */
export const zhipu: ProviderRecord = {
  id: 'zhipu',
  name: 'Zhipu AI (GLM / BigModel)',
  rules: [
    {
      id: 'zhipu-api-key',
      description: 'Zhipu AI / BigModel API key (32 hex id, a dot, 16-char secret) next to a Zhipu, BigModel or Z.AI name.',
      pattern: withContext(START, near(['zhipu', 'bigmodel', 'chatglm', 'zai_api_key', 'api.z.ai'], 120, 200), '[0-9a-f]{32}\\.[A-Za-z0-9]{16}', END),
      keywords: ['zhipu', 'bigmodel', 'chatglm', 'zai_api_key', 'api.z.ai'],
      window: CONTEXT_WINDOW,
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['ZHIPUAI_API_KEY', 'ZAI_API_KEY'],
  envNote: 'The zhipuai SDK reads ZHIPUAI_API_KEY (open.bigmodel.cn); the zai SDK reads ZAI_API_KEY (api.z.ai). Through OpenAI SDKs: OPENAI_BASE_URL=https://open.bigmodel.cn/api/paas/v4.',
  format: { prefixes: [], charset: '[A-Za-z0-9.]', lengths: [[49, 49]], full: '[0-9a-f]{32}\\.[A-Za-z0-9]{16}' },
  hosts: ['open.bigmodel.cn', 'api.z.ai'],
  rotateUrl: 'https://open.bigmodel.cn/usercenter/apikeys',
  noLive: 'BigModel documents no read-only request: every API call is a billed model call',
};

/**
 * Alibaba Cloud DashScope / Model Studio (Bailian, Qwen). Keys are `sk-` + 32 lowercase hex
 * (examples only), the shape DeepSeek's keys have too. Mainland (dashscope.aliyuncs.com) and
 * international (dashscope-intl.aliyuncs.com, dashscope-us.aliyuncs.com) keys are separate.
 * Live: GET /compatible-mode/v1/models, the OpenAI-compatible model list (read-only, free):
 * 200 valid, 401 bad key.
 */
export const dashscope: ProviderRecord = {
  id: 'dashscope',
  name: 'Alibaba Cloud DashScope (Qwen)',
  rules: [
    {
      id: 'dashscope-api-key',
      description: 'Alibaba Cloud DashScope / Model Studio API key (sk- + 32 hex) next to a DashScope name or dashscope*.aliyuncs.com.',
      pattern: attributed(['dashscope', 'bailian'], ['dashscope.aliyuncs', 'dashscope-intl.aliyuncs', 'dashscope-us.aliyuncs'], 'sk-[a-f0-9]{32}'),
      keywords: ['dashscope', 'bailian'],
      window: CONTEXT_WINDOW,
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['DASHSCOPE_API_KEY'],
  envNote: 'The dashscope SDK reads DASHSCOPE_API_KEY; through OpenAI SDKs, OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1 (or dashscope-intl for international keys).',
  format: { prefixes: ['sk-'], charset: '[a-f0-9]', lengths: [[35, 35]], full: 'sk-[a-f0-9]{32}' },
  hosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com', 'dashscope-us.aliyuncs.com'],
  rotateUrl: 'https://bailian.console.aliyun.com/?tab=model#/api-key',
  live: { base: 'https://dashscope.aliyuncs.com', path: '/compatible-mode/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['DASHSCOPE_BASE_URL'] },
};

/**
 * Baidu Qianfan (ERNIE). Two kinds:
 * - API keys `bce-v3/ALTAK-<id>/<secret>` (the docs show a masked
 *   `bce-v3/ALTAK-…` key;
 *   the id is ~21 alphanumerics and the secret 40 hex in console keys, so 16–32 and 32–64 here);
 * - the older application API Key (24 alphanumerics) + Secret Key (32 alphanumerics) pair that is
 *   exchanged for an access token; the Secret Key alone is too plain a shape, so the API Key
 *   must be near it.
 * Live (API keys only): GET https://qianfan.baidubce.com/v2/models (documented, read-only):
 * 200 valid, 401 bad key. The old pair's token exchange puts both parts in the URL: not used.
 */
export const qianfan: ProviderRecord = {
  id: 'qianfan',
  name: 'Baidu Qianfan',
  rules: [
    {
      id: 'qianfan-api-key',
      description: 'Baidu Qianfan API key (bce-v3/ALTAK-…/…).',
      pattern: `${START}bce-v3/ALTAK-[A-Za-z0-9]{16,32}/[a-f0-9]{32,64}${END}`,
      keywords: ['bce-v3/altak-'],
      window: { before: 16, after: 120 },
      confidence: 'high',
      minEntropy: 3.5,
    },
    {
      id: 'qianfan-secret-key',
      description: 'Baidu Qianfan / Wenxin application Secret Key (32 alphanumerics) next to its 24-char API Key and a Qianfan name.',
      pattern: withContext('(?<![A-Za-z0-9_/-])', near(['qianfan', 'wenxin', 'baidubce'], 160, 200), '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['qianfan', 'wenxin', 'baidubce'],
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      pair: {
        label: 'API Key',
        pattern: '(?<![A-Za-z0-9_/-])[A-Za-z0-9]{24}(?![A-Za-z0-9_-])',
        window: { before: 240, after: 240 },
        required: true,
        envNames: ['QIANFAN_AK'],
      },
    },
  ],
  envNames: ['QIANFAN_API_KEY'],
  envNote: 'QIANFAN_API_KEY holds a bce-v3 API key (OPENAI_BASE_URL=https://qianfan.baidubce.com/v2 with OpenAI SDKs); the older qianfan SDK reads the application pair from QIANFAN_AK and QIANFAN_SK.',
  format: { prefixes: ['bce-v3/ALTAK-'], charset: '[A-Za-z0-9/]', lengths: [[32, 32], [62, 110]] },
  hosts: ['qianfan.baidubce.com'],
  rotateUrl: 'https://console.bce.baidu.com/iam/#/iam/apikey/list',
  live: { base: 'https://qianfan.baidubce.com', path: '/v2/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['QIANFAN_BASE_URL'] },
};

/**
 * Volcengine Ark (Doubao). Ark API keys are UUIDs (examples only) — a shape far too common to
 * report without Ark next to it. Ark's model list is a control-plane API signed with an Access
 * Key pair; with the API key there are only billed inference calls.
 */
export const volcengineArk: ProviderRecord = {
  id: 'volcengine-ark',
  name: 'Volcengine Ark (Doubao)',
  rules: [
    {
      id: 'volcengine-ark-api-key',
      description: 'Volcengine Ark (Doubao) API key (a UUID) next to an ARK_API_KEY / Volcengine name or ark.*.volces.com.',
      pattern: attributed(['ark_api_key', 'ark-api-key', 'arkapikey', 'volcengine', 'doubao'], ['volces.com'], '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
      keywords: ['ark_api_key', 'ark-api-key', 'arkapikey', 'volcengine', 'doubao', 'volces.com'],
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['ARK_API_KEY'],
  envNote: 'The volcengine Ark SDK (arkruntime) reads ARK_API_KEY; through OpenAI SDKs, OPENAI_BASE_URL=https://ark.cn-beijing.volces.com/api/v3.',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]] },
  hosts: ['ark.cn-beijing.volces.com'],
  rotateUrl: 'https://console.volcengine.com/ark/region:ark+cn-beijing/apiKey',
  noLive: 'Ark lists models only through its signed control-plane API; every call with the API key is billed inference',
};

/**
 * SiliconFlow (SiliconCloud). Keys are `sk-` + 48 lowercase letters (examples only); no digits,
 * so `openai-compatible` (which wants 3 digits) never claims them. Mainland api.siliconflow.cn,
 * international api.siliconflow.com. Live: GET /v1/models (documented model list, needs the key):
 * 200 valid, 401 bad key.
 */
export const siliconflow: ProviderRecord = {
  id: 'siliconflow',
  name: 'SiliconFlow',
  rules: [
    {
      id: 'siliconflow-api-key',
      description: 'SiliconFlow API key (sk- + 48 lowercase letters) next to a SiliconFlow name or api.siliconflow.cn/.com.',
      pattern: attributed(['siliconflow', 'siliconcloud'], ['siliconflow.cn', 'siliconflow.com'], 'sk-[a-z]{48}'),
      keywords: ['siliconflow', 'siliconcloud'],
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 3.8,
    },
  ],
  envNames: ['SILICONFLOW_API_KEY'],
  envNote: 'SiliconFlow is used through OpenAI SDKs: OPENAI_API_KEY with OPENAI_BASE_URL=https://api.siliconflow.cn/v1 is common.',
  format: { prefixes: ['sk-'], charset: '[a-z]', lengths: [[51, 51]], full: 'sk-[a-z]{48}' },
  hosts: ['api.siliconflow.cn', 'api.siliconflow.com'],
  rotateUrl: 'https://cloud.siliconflow.cn/account/ak',
  live: { base: 'https://api.siliconflow.cn', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['SILICONFLOW_BASE_URL'] },
};

/**
 * MiniMax. Pay-as-you-go API keys start `sk-api-`, Token Plan (subscription) keys `sk-cp-`; both
 * are long base64url strings (40–256 here; examples only). Older accounts had JWT keys, which the
 * JWT detector reports. Mainland api.minimaxi.com (api.minimax.chat before), international
 * api.minimax.io. Live: GET /v1/models (documented, OpenAI-compatible, read-only). Some MiniMax
 * endpoints answer 200 with `base_resp.status_code` (1004 authentication failed, 1008
 * insufficient balance, 1002 rate limit): read those too.
 */
export const minimax: ProviderRecord = {
  id: 'minimax',
  name: 'MiniMax',
  rules: [
    {
      id: 'minimax-api-key',
      description: 'MiniMax API or Token Plan key (sk-api- / sk-cp-) next to a MiniMax name or host.',
      pattern: withContext(START, near(['minimax'], 160, 240), 'sk-(?:api|cp)-[A-Za-z0-9_-]{40,256}', END),
      keywords: ['minimax'],
      window: { before: 320, after: 560 },
      confidence: 'high',
      minEntropy: 4,
    },
  ],
  envNames: ['MINIMAX_API_KEY'],
  envNote: 'MiniMax is used through OpenAI or Anthropic SDKs as well: OPENAI_BASE_URL=https://api.minimaxi.com/v1 (mainland) or https://api.minimax.io/v1 (international).',
  format: { prefixes: ['sk-api-', 'sk-cp-'], charset: '[A-Za-z0-9_-]', lengths: [[46, 263]], full: 'sk-(?:api|cp)-[A-Za-z0-9_-]{40,256}' },
  hosts: ['api.minimaxi.com', 'api.minimax.io', 'api.minimax.chat'],
  rotateUrl: 'https://platform.minimaxi.com/user-center/basic-information/interface-key',
  live: {
    base: 'https://api.minimaxi.com',
    path: '/v1/models',
    method: 'GET',
    auth: { kind: 'bearer' },
    baseUrlEnv: ['MINIMAX_BASE_URL', 'MINIMAX_API_HOST'],
    interpret: interpretMiniMax,
  },
};

export function interpretMiniMax(res: LiveResponse): LiveVerdict | undefined {
  const code = field(res.json, 'base_resp', 'status_code');
  if (typeof code !== 'number' || code === 0) return undefined;
  const detail = str(res.json, 'base_resp', 'status_msg') ?? errorDetail(res);
  const quoted = detail ? `${code} ${detail}` : `${code}`;
  if (code === 1004) return verdict('invalid', quoted);
  if (code === 1008) return verdict('quota-exhausted', quoted);
  if (code === 1002) return verdict('rate-limited', quoted);
  return res.status === 200 ? verdict('unknown', quoted) : undefined;
}

/**
 * Baichuan. Keys are `sk-` + 32 lowercase hex (examples only), DeepSeek's shape. Baichuan's
 * OpenAI-compatible API documents no model list or account endpoint.
 */
export const baichuan: ProviderRecord = {
  id: 'baichuan',
  name: 'Baichuan',
  rules: [
    {
      id: 'baichuan-api-key',
      description: 'Baichuan API key (sk- + 32 hex) next to a Baichuan name or api.baichuan-ai.com.',
      pattern: attributed(['baichuan'], ['baichuan-ai.com'], 'sk-[a-f0-9]{32}'),
      keywords: ['baichuan'],
      window: CONTEXT_WINDOW,
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['BAICHUAN_API_KEY'],
  format: { prefixes: ['sk-'], charset: '[a-f0-9]', lengths: [[35, 35]], full: 'sk-[a-f0-9]{32}' },
  hosts: ['api.baichuan-ai.com'],
  rotateUrl: 'https://platform.baichuan-ai.com/console/apikey',
  noLive: 'Baichuan documents no read-only request: every API call is a billed completion',
};

/**
 * StepFun. Keys have no prefix and their length is unpublished (the console shows a long run of
 * letters and digits): 32–128 alphanumerics, only when assigned to a StepFun name or next to
 * api.stepfun.com/.ai. Live: GET /v1/models (documented, read-only): 200 valid, 401 bad key.
 */
export const stepfun: ProviderRecord = {
  id: 'stepfun',
  name: 'StepFun',
  rules: [
    {
      id: 'stepfun-api-key',
      description: 'StepFun API key (32–128 alphanumerics, no prefix) assigned to a StepFun name or next to api.stepfun.com.',
      pattern: withContext(
        START_ALNUM,
        `(?:${near(['stepfun', 'step_api_key'], 40, 0)}|${near(['stepfun.com', 'stepfun.ai'], 160, 240)})(?<=(?:[=:>,(]\\s{0,4}["'\`]?|[Bb]earer\\s{1,4}))`,
        '[A-Za-z0-9]{32,128}',
        END_ALNUM,
      ),
      keywords: ['stepfun', 'step_api_key'],
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['STEP_API_KEY', 'STEPFUN_API_KEY'],
  envNote: 'StepFun\'s docs name the key STEP_API_KEY; STEPFUN_API_KEY is what most integrations read. Through OpenAI SDKs: OPENAI_BASE_URL=https://api.stepfun.com/v1.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 128]] },
  hosts: ['api.stepfun.com', 'api.stepfun.ai'],
  rotateUrl: 'https://platform.stepfun.com/interface-key',
  live: { base: 'https://api.stepfun.com', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' }, baseUrlEnv: ['STEPFUN_BASE_URL'] },
};

/**
 * 01.AI (Yi, Lingyiwanwu). Keys are 32 lowercase hex (examples only): reported only when assigned
 * to a Yi / Lingyiwanwu name or next to api.lingyiwanwu.com / api.01.ai. Live: GET /v1/models
 * (the OpenAI-compatible model list, read-only): 200 valid, 401 bad key.
 */
export const yi: ProviderRecord = {
  id: 'yi',
  name: '01.AI (Yi)',
  rules: [
    {
      id: 'yi-api-key',
      description: '01.AI / Yi API key (32 hex) next to a YI_API_KEY / Lingyiwanwu name or api.lingyiwanwu.com / api.01.ai.',
      pattern: attributed(['lingyiwanwu', 'yi_api_key', 'yi-api-key', 'yiapikey'], ['lingyiwanwu.com', 'api.01.ai'], '[a-f0-9]{32}', START_ALNUM, END_ALNUM),
      keywords: ['lingyiwanwu', 'yi_api_key', 'yi-api-key', 'yiapikey', 'api.01.ai'],
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 2,
    },
  ],
  envNames: ['YI_API_KEY'],
  envNote: 'Mainland keys (platform.lingyiwanwu.com) work at api.lingyiwanwu.com, international ones (platform.01.ai) at api.01.ai.',
  format: { prefixes: [], charset: '[a-f0-9]', lengths: [[32, 32]] },
  hosts: ['api.lingyiwanwu.com', 'api.01.ai'],
  rotateUrl: 'https://platform.lingyiwanwu.com/apikeys',
  live: { base: 'https://api.lingyiwanwu.com', path: '/v1/models', method: 'GET', auth: { kind: 'bearer' } },
};

const SPARK_CONTEXT = ['xfyun', 'xf-yun', 'iflytek', 'sparkai', 'spark_api'];

/**
 * iFlytek Spark. An application has an APPID (8 hex), an APIKey (32 hex) and an APISecret (32
 * alphanumerics, base64 of hex: never plain hex); the WebSocket API signs each request with
 * APIKey + APISecret (HMAC), so the APISecret is reported with its APIKey. The HTTP
 * (OpenAI-compatible) API takes an "APIPassword" from the console instead, written
 * `<20 letters>:<20 letters>` (examples only; 16–32 on each side here).
 */
export const iflytekSpark: ProviderRecord = {
  id: 'iflytek-spark',
  name: 'iFlytek Spark',
  rules: [
    {
      id: 'iflytek-spark-api-secret',
      description: 'iFlytek Spark APISecret (32 alphanumerics) assigned to a secret name near Spark / xfyun, with its APIKey (32 hex).',
      pattern: withContext(START_ALNUM, `${near(SPARK_CONTEXT, 200, 240)}${near(['secret'], 40, 0)}`, '(?![a-f0-9]{32}(?![A-Za-z0-9]))[A-Za-z0-9]{32}', END_ALNUM),
      keywords: SPARK_CONTEXT,
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      pair: {
        label: 'APIKey',
        pattern: '(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])',
        window: { before: 240, after: 240 },
        required: true,
        envNames: ['IFLYTEK_SPARK_API_KEY', 'SPARKAI_API_KEY'],
      },
    },
    {
      id: 'iflytek-spark-api-password',
      description: 'iFlytek Spark HTTP API password (<key>:<secret>) next to Spark / xfyun.',
      pattern: withContext(START_ALNUM, near([...SPARK_CONTEXT, 'spark-api-open'], 160, 240), '[A-Za-z0-9]{16,32}:[A-Za-z0-9]{16,32}', END_ALNUM),
      keywords: [...SPARK_CONTEXT, 'spark-api-open'],
      window: CONTEXT_WINDOW,
      confidence: 'medium',
      minEntropy: 3.8,
    },
  ],
  envNames: ['IFLYTEK_SPARK_API_SECRET', 'SPARKAI_API_SECRET'],
  envNote: 'LangChain reads IFLYTEK_SPARK_API_SECRET (with IFLYTEK_SPARK_API_KEY and IFLYTEK_SPARK_APP_ID); the sparkai SDK reads SPARKAI_API_SECRET (with SPARKAI_API_KEY and SPARKAI_APP_ID).',
  format: { prefixes: [], charset: '[A-Za-z0-9:]', lengths: [[32, 32], [33, 65]] },
  hosts: ['spark-api-open.xf-yun.com'],
  rotateUrl: 'https://console.xfyun.cn/services/bm35',
  noLive: 'the WebSocket API signs every request with the secret, and the HTTP API offers only billed completions',
};

/**
 * Tencent Hunyuan, its OpenAI-compatible API key: `sk-` + 48 alphanumerics (the docs say keys
 * always start with `sk-`, unlike a Tencent Cloud SecretKey; length from examples). The
 * compatible API documents no model list or account endpoint. (Tencent Cloud SecretId/SecretKey
 * are another record's.)
 */
export const hunyuan: ProviderRecord = {
  id: 'hunyuan',
  name: 'Tencent Hunyuan',
  rules: [
    {
      id: 'hunyuan-api-key',
      description: 'Tencent Hunyuan OpenAI-compatible API key (sk- + 48 alphanumerics) next to a Hunyuan name or api.hunyuan.cloud.tencent.com.',
      pattern: attributed(['hunyuan'], ['hunyuan.cloud.tencent.com'], `sk-${NOT_OPENAI}[A-Za-z0-9]{48}`),
      keywords: ['hunyuan'],
      window: CONTEXT_WINDOW,
      confidence: 'high',
      minEntropy: 4,
      minDigits: 2,
    },
  ],
  envNames: ['HUNYUAN_API_KEY'],
  envNote: 'Hunyuan\'s API key is used through OpenAI SDKs: OPENAI_BASE_URL=https://api.hunyuan.cloud.tencent.com/v1.',
  format: { prefixes: ['sk-'], charset: '[A-Za-z0-9]', lengths: [[51, 51]], full: 'sk-[A-Za-z0-9]{48}' },
  hosts: ['api.hunyuan.cloud.tencent.com'],
  rotateUrl: 'https://console.cloud.tencent.com/hunyuan/api-key',
  noLive: 'the OpenAI-compatible API documents no read-only request: every call is a billed completion',
};


export const aiChinaRecords: ProviderRecord[] = [moonshot, zhipu, dashscope, qianfan, volcengineArk, siliconflow, minimax, baichuan, stepfun, yi, iflytekSpark, hunyuan];
