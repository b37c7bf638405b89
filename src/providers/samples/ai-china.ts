import { curlBearer, dotenv, dotenvQuoted, goAssign, jsObject, jsonEntry, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, ALPHA, B64URL, HEX, LOWER, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const ms = (s: string): string => `sk-${fakeKey(s, ALNUM, 48)}`;
const zp = (s: string): string => `${fakeKey(s, HEX, 32)}.${fakeKey(`${s}-secret`, ALNUM, 16)}`;
const sk32 = (s: string): string => `sk-${fakeKey(s, HEX, 32)}`;
const qf = (s: string): string => `bce-v3/ALTAK-${fakeKey(s, ALNUM, 21)}/${fakeKey(`${s}-secret`, HEX, 40)}`;
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const sf = (s: string): string => `sk-${fakeKey(s, LOWER, 48)}`;
const mmApi = (s: string, n = 120): string => `sk-api-${fakeKey(s, B64URL, n)}`;
const mmCp = (s: string, n = 80): string => `sk-cp-${fakeKey(s, B64URL, n)}`;
const step = (s: string, n = 64): string => fakeKey(s, ALNUM, n);
const yiKey = (s: string): string => fakeKey(s, HEX, 32);
const sparkSecret = (s: string): string => fakeKey(s, ALNUM, 32);
const sparkKey = (s: string): string => fakeKey(s, HEX, 32);
const sparkPassword = (s: string): string => `${fakeKey(s, ALPHA, 20)}:${fakeKey(`${s}-2`, ALPHA, 20)}`;

export const aiChinaSamples: ProviderSamples[] = [
  {
    provider: 'moonshot',
    liveHost: 'moonshot.cn',
    positives: [
      { text: dotenv('MOONSHOT_API_KEY', ms('ms-1')), secret: ms('ms-1'), rule: 'moonshot-api-key' },
      { text: `client = OpenAI(\n    api_key="${ms('ms-2')}",\n    base_url="https://api.moonshot.cn/v1",\n)\n`, secret: ms('ms-2'), rule: 'moonshot-api-key' },
      { text: `OPENAI_BASE_URL=https://api.moonshot.ai/v1\nOPENAI_API_KEY=${ms('ms-3')}\n`, secret: ms('ms-3'), rule: 'moonshot-api-key' },
      { text: `providers:\n  kimi:\n    api_key: ${ms('ms-4')}\n    model: kimi-k2-turbo-preview\n`, secret: ms('ms-4'), rule: 'moonshot-api-key' },
    ],
    negatives: [
      { text: 'MOONSHOT_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'client = OpenAI(api_key=os.environ["MOONSHOT_API_KEY"], base_url="https://api.moonshot.cn/v1")\n', why: 'env reference' },
      { text: `# a moonshot key is sk- plus 48 chars, e.g. sk-${fakeKey('ms-n1', ALNUM, 30)}\n`, why: 'truncated' },
      { text: `// kimi: sk-${fakeKey('ms-n2', ALNUM, 56)} is longer than any key\n`, why: 'too long for the shape' },
    ],
  },
  {
    provider: 'zhipu',
    positives: [
      { text: dotenv('ZHIPUAI_API_KEY', zp('zp-1')), secret: zp('zp-1'), rule: 'zhipu-api-key' },
      { text: `from zhipuai import ZhipuAI\nclient = ZhipuAI(api_key="${zp('zp-2')}")\n`, secret: zp('zp-2'), rule: 'zhipu-api-key' },
      { text: `const glm = new OpenAI({\n  apiKey: '${zp('zp-3')}',\n  baseURL: 'https://open.bigmodel.cn/api/paas/v4',\n});\n`, secret: zp('zp-3'), rule: 'zhipu-api-key' },
      { text: shellExport('ZAI_API_KEY', zp('zp-4')), secret: zp('zp-4'), rule: 'zhipu-api-key' },
    ],
    negatives: [
      { text: 'ZHIPUAI_API_KEY=your-zhipuai-api-key\n', why: 'placeholder words' },
      { text: 'client = ZhipuAI(api_key=os.getenv("ZHIPUAI_API_KEY"))\n', why: 'env reference' },
      { text: `build ${fakeKey('zp-n1', HEX, 32)}.${fakeKey('zp-n2', ALNUM, 16)} done\n`, why: 'the shape without a Zhipu name nearby' },
      { text: `# zhipu keys are <id>.<secret>, the id alone is ${fakeKey('zp-n3', HEX, 32)}\n`, why: 'id without its secret' },
    ],
  },
  {
    provider: 'dashscope',
    liveHost: 'aliyuncs.com',
    positives: [
      { text: dotenv('DASHSCOPE_API_KEY', sk32('dsc-1')), secret: sk32('dsc-1'), rule: 'dashscope-api-key' },
      {
        text: `client = OpenAI(\n    api_key="${sk32('dsc-2')}",\n    base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",\n)\ncompletion = client.chat.completions.create(model="deepseek-v3", messages=messages)\n`,
        secret: sk32('dsc-2'),
        rule: 'dashscope-api-key',
      },
      { text: `DEEPSEEK_MODEL=deepseek-chat\nDASHSCOPE_API_KEY=${sk32('dsc-3')}\n`, secret: sk32('dsc-3'), rule: 'dashscope-api-key' },
      { text: jsonEntry('dashscope_api_key', sk32('dsc-4')), secret: sk32('dsc-4'), rule: 'dashscope-api-key' },
      { text: `[llm]\nbase_url = "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"\napi_key = "${sk32('dsc-5')}"\n`, secret: sk32('dsc-5'), rule: 'dashscope-api-key' },
    ],
    negatives: [
      { text: 'DASHSCOPE_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'DASHSCOPE_API_KEY: ${{ secrets.DASHSCOPE_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `# dashscope keys look like sk-${fakeKey('dsc-n1', HEX, 24)}…\n`, why: 'truncated' },
      { text: `dashscope: sk-${fakeKey('dsc-n2', ALNUM, 32).toUpperCase()}\n`, why: 'uppercase, not lowercase hex' },
    ],
  },
  {
    provider: 'qianfan',
    liveHost: 'baidubce.com',
    positives: [
      { text: dotenv('QIANFAN_API_KEY', qf('qf-1')), secret: qf('qf-1'), rule: 'qianfan-api-key' },
      { text: curlBearer('https://qianfan.baidubce.com/v2/chat/completions', qf('qf-2')), secret: qf('qf-2'), rule: 'qianfan-api-key' },
      { text: `client = OpenAI(api_key="${qf('qf-3')}", base_url="https://qianfan.baidubce.com/v2")\n`, secret: qf('qf-3'), rule: 'qianfan-api-key' },
      {
        text: `import os\nos.environ["QIANFAN_AK"] = "${fakeKey('qf-4-ak', ALNUM, 24)}"\nos.environ["QIANFAN_SK"] = "${fakeKey('qf-4-sk', ALNUM, 32)}"\n`,
        secret: fakeKey('qf-4-sk', ALNUM, 32),
        rule: 'qianfan-secret-key',
        pair: fakeKey('qf-4-ak', ALNUM, 24),
      },
      {
        text: `wenxin:\n  api_key: ${fakeKey('qf-5-ak', ALNUM, 24)}\n  secret_key: ${fakeKey('qf-5-sk', ALNUM, 32)}\n`,
        secret: fakeKey('qf-5-sk', ALNUM, 32),
        rule: 'qianfan-secret-key',
        pair: fakeKey('qf-5-ak', ALNUM, 24),
      },
    ],
    negatives: [
      { text: "headers = {'Authorization': 'Bearer bce-v3/ALTAK-*********/614fb**********'}\n", why: "the docs' masked example" },
      { text: 'QIANFAN_API_KEY=<your-api-key>\n', why: 'template placeholder' },
      { text: `# qianfan secret key ${fakeKey('qf-n1', ALNUM, 32)} without its API key\n`, why: 'secret key without the API key' },
      { text: `see bce-v3/ALTAK-${fakeKey('qf-n2', ALNUM, 21)}/${fakeKey('qf-n3', HEX, 20)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'volcengine-ark',
    positives: [
      { text: dotenv('ARK_API_KEY', uuid('ark-1')), secret: uuid('ark-1'), rule: 'volcengine-ark-api-key' },
      { text: `client = OpenAI(\n    base_url="https://ark.cn-beijing.volces.com/api/v3",\n    api_key="${uuid('ark-2')}",\n)\n`, secret: uuid('ark-2'), rule: 'volcengine-ark-api-key' },
      { text: jsObject('arkApiKey', uuid('ark-3')), secret: uuid('ark-3'), rule: 'volcengine-ark-api-key' },
      { text: yamlEntry('VOLCENGINE_ARK_API_KEY', uuid('ark-4')), secret: uuid('ark-4'), rule: 'volcengine-ark-api-key' },
    ],
    negatives: [
      { text: 'ARK_API_KEY=<ARK_API_KEY>\n', why: 'template placeholder' },
      { text: 'client = Ark(api_key=os.environ.get("ARK_API_KEY"))\n', why: 'env reference' },
      { text: `request_id = "${uuid('ark-n1')}"\n`, why: 'a UUID without Ark next to it' },
      { text: `# doubao trace ${uuid('ark-n2').slice(0, 23)} (cut)\n`, why: 'truncated UUID' },
    ],
  },
  {
    provider: 'siliconflow',
    liveHost: 'siliconflow.cn',
    positives: [
      { text: dotenv('SILICONFLOW_API_KEY', sf('sf-1')), secret: sf('sf-1'), rule: 'siliconflow-api-key' },
      { text: `client = OpenAI(api_key="${sf('sf-2')}", base_url="https://api.siliconflow.cn/v1")\n`, secret: sf('sf-2'), rule: 'siliconflow-api-key' },
      { text: curlBearer('https://api.siliconflow.com/v1/chat/completions', sf('sf-3')), secret: sf('sf-3'), rule: 'siliconflow-api-key' },
      { text: goAssign('siliconflowAPIKey', sf('sf-4')), secret: sf('sf-4'), rule: 'siliconflow-api-key' },
    ],
    negatives: [
      { text: 'SILICONFLOW_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'client = OpenAI(api_key="YOUR_API_KEY_FROM_CLOUD_SILICONFLOW_CN", base_url="https://api.siliconflow.cn/v1")\n', why: "the docs' placeholder" },
      { text: `# siliconflow keys: sk-${fakeKey('sf-n1', LOWER, 30)}\n`, why: 'truncated' },
      { text: `# sk-${fakeKey('sf-n2', LOWER, 48)} came from some other relay\n`, why: 'the shape without SiliconFlow nearby' },
    ],
  },
  {
    provider: 'minimax',
    liveHost: 'minimaxi.com',
    positives: [
      { text: dotenv('MINIMAX_API_KEY', mmApi('mm-1')), secret: mmApi('mm-1'), rule: 'minimax-api-key' },
      { text: `export OPENAI_BASE_URL=https://api.minimax.io/v1\nexport OPENAI_API_KEY=${mmCp('mm-2')}\n`, secret: mmCp('mm-2'), rule: 'minimax-api-key' },
      { text: curlBearer('https://api.minimaxi.com/v1/text/chatcompletion_v2', mmApi('mm-3', 200)), secret: mmApi('mm-3', 200), rule: 'minimax-api-key' },
      { text: tomlEntry('minimax_api_key', mmCp('mm-4', 48)), secret: mmCp('mm-4', 48), rule: 'minimax-api-key' },
    ],
    negatives: [
      { text: 'export MINIMAX_API_KEY=${YOUR_API_KEY}\n', why: "the docs' placeholder" },
      { text: `# minimax pay-as-you-go keys start sk-api-${fakeKey('mm-n1', B64URL, 20)}\n`, why: 'truncated' },
      { text: `# subscription key sk-cp-${fakeKey('mm-n2', B64URL, 80)} of some other gateway\n`, why: 'the shape without MiniMax nearby' },
      { text: 'minimax:\n  api_key: sk-api-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
    ],
  },
  {
    provider: 'baichuan',
    positives: [
      { text: dotenv('BAICHUAN_API_KEY', sk32('bc-1')), secret: sk32('bc-1'), rule: 'baichuan-api-key' },
      { text: `llm = ChatOpenAI(\n    api_key="${sk32('bc-2')}",\n    base_url="https://api.baichuan-ai.com/v1",\n    model="Baichuan4-Turbo",\n)\n`, secret: sk32('bc-2'), rule: 'baichuan-api-key' },
      { text: pyKwarg('ChatBaichuan', 'baichuan_api_key', sk32('bc-3')), secret: sk32('bc-3'), rule: 'baichuan-api-key' },
    ],
    negatives: [
      { text: 'BAICHUAN_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'os.environ["BAICHUAN_API_KEY"] = "YOUR_API_KEY"\n', why: 'placeholder words' },
      { text: `baichuan: sk-${fakeKey('bc-n1', ALNUM, 32).toUpperCase()}\n`, why: 'uppercase, not lowercase hex' },
      { text: `# baichuan keys look like sk-${fakeKey('bc-n2', HEX, 20)}…\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'stepfun',
    liveHost: 'stepfun.com',
    positives: [
      { text: dotenv('STEPFUN_API_KEY', step('st-1')), secret: step('st-1'), rule: 'stepfun-api-key' },
      { text: `client = OpenAI(api_key="${step('st-2', 48)}", base_url="https://api.stepfun.com/v1")\n`, secret: step('st-2', 48), rule: 'stepfun-api-key' },
      { text: dotenvQuoted('STEP_API_KEY', step('st-3', 96)), secret: step('st-3', 96), rule: 'stepfun-api-key' },
    ],
    negatives: [
      { text: 'client = OpenAI(api_key="STEP_API_KEY", base_url="https://api.stepfun.com/v1")\n', why: "the docs' placeholder" },
      { text: 'curl https://api.stepfun.com/v1/models -H "Authorization: Bearer $STEP_API_KEY"\n', why: 'shell reference' },
      { text: `stepfun model step-1-8k, build ${step('st-n1')}\n`, why: 'not assigned to a StepFun name' },
    ],
  },
  {
    provider: 'yi',
    liveHost: 'lingyiwanwu.com',
    positives: [
      { text: dotenv('YI_API_KEY', yiKey('yi-1')), secret: yiKey('yi-1'), rule: 'yi-api-key' },
      { text: `client = OpenAI(api_key="${yiKey('yi-2')}", base_url="https://api.lingyiwanwu.com/v1")\n`, secret: yiKey('yi-2'), rule: 'yi-api-key' },
      { text: curlBearer('https://api.01.ai/v1/chat/completions', yiKey('yi-3')), secret: yiKey('yi-3'), rule: 'yi-api-key' },
      { text: jsObject('yiApiKey', yiKey('yi-4')), secret: yiKey('yi-4'), rule: 'yi-api-key' },
    ],
    negatives: [
      { text: 'YI_API_KEY=YOUR_API_KEY\n', why: 'placeholder words' },
      { text: 'llm = YiLLM(api_key=os.environ["YI_API_KEY"])\n', why: 'env reference' },
      { text: `commit ${yiKey('yi-n1')} bumps the yi model\n`, why: '32 hex without a Yi name next to it' },
    ],
  },
  {
    provider: 'iflytek-spark',
    positives: [
      {
        text: `SPARKAI_APP_ID = "${fakeKey('sp-1-app', HEX, 8)}"\nSPARKAI_API_SECRET = "${sparkSecret('sp-1')}"\nSPARKAI_API_KEY = "${sparkKey('sp-1')}"\n`,
        secret: sparkSecret('sp-1'),
        rule: 'iflytek-spark-api-secret',
        pair: sparkKey('sp-1'),
      },
      {
        text: `export IFLYTEK_SPARK_APP_ID=${fakeKey('sp-2-app', HEX, 8)}\nexport IFLYTEK_SPARK_API_KEY=${sparkKey('sp-2')}\nexport IFLYTEK_SPARK_API_SECRET=${sparkSecret('sp-2')}\n`,
        secret: sparkSecret('sp-2'),
        rule: 'iflytek-spark-api-secret',
        pair: sparkKey('sp-2'),
      },
      {
        text: `curl -X POST https://spark-api-open.xf-yun.com/v1/chat/completions \\\n  -H "Authorization: Bearer ${sparkPassword('sp-3')}"\n`,
        secret: sparkPassword('sp-3'),
        rule: 'iflytek-spark-api-password',
      },
      {
        text: `spark:\n  base_url: https://spark-api-open.xf-yun.com/v1\n  api_password: ${sparkPassword('sp-4')}\n`,
        secret: sparkPassword('sp-4'),
        rule: 'iflytek-spark-api-password',
      },
    ],
    negatives: [
      { text: `SPARKAI_API_SECRET = "${sparkSecret('sp-n1')}"\n`, why: 'APISecret without its APIKey' },
      { text: "curl -i -k -X POST 'https://spark-api-open.xf-yun.com/v1/chat/completions' --header 'Authorization: Bearer 123456'\n", why: "the docs' example password" },
      { text: 'SPARKAI_API_SECRET = ""  # from console.xfyun.cn\n', why: 'empty value' },
      { text: `spark.sql("select ${fakeKey('sp-n2', ALPHA, 20)}:${fakeKey('sp-n3', ALPHA, 20)}")\n`, why: 'Apache Spark code, no iFlytek name' },
    ],
  },
  {
    provider: 'hunyuan',
    positives: [
      { text: dotenv('HUNYUAN_API_KEY', ms('hy-1')), secret: ms('hy-1'), rule: 'hunyuan-api-key' },
      { text: `client = OpenAI(\n    api_key="${ms('hy-2')}",\n    base_url="https://api.hunyuan.cloud.tencent.com/v1",\n)\n`, secret: ms('hy-2'), rule: 'hunyuan-api-key' },
      { text: jsonEntry('hunyuan_api_key', ms('hy-3')), secret: ms('hy-3'), rule: 'hunyuan-api-key' },
    ],
    negatives: [
      { text: 'HUNYUAN_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'client = OpenAI(api_key=os.environ.get("HUNYUAN_API_KEY"), base_url="https://api.hunyuan.cloud.tencent.com/v1")\n', why: 'env reference' },
      { text: `# hunyuan keys start with sk-, e.g. sk-${fakeKey('hy-n1', ALNUM, 24)}\n`, why: 'truncated' },
    ],
  },
];
