import { curlBearer, dotenv, jsObject, jsonEntry, pyKwarg, shellExport, yamlEntry, goAssign } from './contexts.js';
import { ALNUM, B64URL, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const M = 'T3BlbkFJ';
const legacy = (s: string): string => `sk-${fakeKey(`${s}a`, ALNUM, 20)}${M}${fakeKey(`${s}b`, ALNUM, 20)}`;
const project = (s: string, kind = 'proj', n = 74): string => `sk-${kind}-${fakeKey(`${s}a`, B64URL, n)}${M}${fakeKey(`${s}b`, B64URL, n)}`;
const compat = (s: string): string => `sk-${fakeKey(s, ALNUM, 48)}`;

const proj1 = project('oa-proj-1');
const svc1 = project('oa-svc-1', 'svcacct', 58);
const leg1 = legacy('oa-leg-1');
const admin1 = project('oa-admin-1', 'admin', 58);

export const openaiSamples: ProviderSamples[] = [
  {
    provider: 'openai',
    positives: [
      { text: dotenv('OPENAI_API_KEY', proj1), secret: proj1, rule: 'openai-project-key' },
      { text: pyKwarg('OpenAI', 'api_key', leg1), secret: leg1, rule: 'openai-legacy-key' },
      { text: curlBearer('https://api.openai.com/v1/models', svc1), secret: svc1, rule: 'openai-project-key' },
      { text: jsonEntry('openai_api_key', project('oa-proj-2', 'proj', 58)), secret: project('oa-proj-2', 'proj', 58), rule: 'openai-project-key' },
    ],
    negatives: [
      { text: 'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder, no marker' },
      { text: 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n', why: 'env reference' },
      { text: `openai.error.AuthenticationError: Incorrect API key provided: sk-proj-${fakeKey('oa-n1', ALNUM, 4)}**********************${fakeKey('oa-n2', ALNUM, 4)}\n`, why: 'masked key in an error message' },
      { text: `# layout: sk-${fakeKey('oa-n3', ALNUM, 20)}${M}${fakeKey('oa-n4', ALNUM, 12)} (truncated)\n`, why: 'truncated legacy key' },
      { text: `const ref = "build${legacy('oa-n5')}";\n`, why: 'embedded in a longer identifier' },
    ],
  },
  {
    provider: 'openai-admin',
    positives: [
      { text: shellExport('OPENAI_ADMIN_KEY', admin1), secret: admin1, rule: 'openai-admin-key' },
      { text: curlBearer('https://api.openai.com/v1/organization/users', project('oa-admin-2', 'admin', 74)), secret: project('oa-admin-2', 'admin', 74), rule: 'openai-admin-key' },
      { text: yamlEntry('OPENAI_ADMIN_KEY', project('oa-admin-3', 'admin', 58)), secret: project('oa-admin-3', 'admin', 58), rule: 'openai-admin-key' },
    ],
    negatives: [
      { text: 'OPENAI_ADMIN_KEY: ${{ secrets.OPENAI_ADMIN_KEY }}\n', why: 'Actions secret reference' },
      { text: 'export OPENAI_ADMIN_KEY="sk-admin-<your-admin-key>"\n', why: 'placeholder' },
      { text: `see sk-admin-${fakeKey('oa-admin-n', B64URL, 40)} for the admin key prefix\n`, why: 'no OpenAI marker' },
    ],
  },
  {
    provider: 'openai-compatible',
    positives: [
      { text: `OPENAI_API_BASE=https://api.chatanywhere.tech/v1\nOPENAI_API_KEY=${compat('oc-1')}\n`, secret: compat('oc-1'), rule: 'openai-compatible-key' },
      { text: `client = OpenAI(\n    api_key="${compat('oc-2')}",\n    base_url="https://api.chatanywhere.org/v1",\n)\n`, secret: compat('oc-2'), rule: 'openai-compatible-key' },
      { text: jsObject('apiKey', compat('oc-3')), secret: compat('oc-3'), rule: 'openai-compatible-key' },
    ],
    negatives: [
      { text: 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'const apiKey = process.env.OPENAI_API_KEY;\n', why: 'env reference' },
      { text: `task-${fakeKey('oc-n1', ALNUM, 48)}\n`, why: 'sk- inside a longer word' },
      { text: `# a relay key is sk- plus 48 chars, e.g. sk-${fakeKey('oc-n2', ALNUM, 30)}\n`, why: 'too short' },
      { text: `ref: sk-${fakeKey('oc-n3', ALNUM, 48)}${fakeKey('oc-n4', ALNUM, 4)}\n`, why: 'too long for the shape' },
    ],
  },
  {
    provider: 'azure-openai',
    positives: [
      {
        text: `AZURE_OPENAI_ENDPOINT=https://contoso-ai.openai.azure.com/\nAZURE_OPENAI_API_KEY=${fakeKey('az-1', HEX, 32)}\n`,
        secret: fakeKey('az-1', HEX, 32),
        rule: 'azure-openai-key',
      },
      {
        text: `client = AzureOpenAI(\n    api_key="${fakeKey('az-2', HEX, 32)}",\n    azure_endpoint="https://myres.openai.azure.com",\n)\n`,
        secret: fakeKey('az-2', HEX, 32),
        rule: 'azure-openai-key',
      },
      {
        text: `azure_openai:\n  key: ${fakeKey('az-3a', ALNUM, 52)}JQQJ99${fakeKey('az-3b', ALNUM, 18)}ACOG${fakeKey('az-3c', ALNUM, 4)}\n`,
        secret: `${fakeKey('az-3a', ALNUM, 52)}JQQJ99${fakeKey('az-3b', ALNUM, 18)}ACOG${fakeKey('az-3c', ALNUM, 4)}`,
        rule: 'azure-ai-services-key',
      },
      {
        text: goAssign('azureOpenAIKey', fakeKey('az-4', HEX, 32)) + '// endpoint: https://eastus-prod.openai.azure.com\n',
        secret: fakeKey('az-4', HEX, 32),
        rule: 'azure-openai-key',
      },
    ],
    negatives: [
      { text: 'AZURE_OPENAI_API_KEY=<your-azure-openai-key>\nAZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n', why: 'placeholder' },
      { text: `AZURE_OPENAI_DEPLOYMENT=gpt4o\ncommit ${fakeKey('az-n1', HEX, 40)}\n`, why: 'a 40-hex commit id, wrong length' },
      { text: 'api_key = os.getenv("AZURE_OPENAI_API_KEY")\n', why: 'env reference' },
      { text: `request_id = "${fakeKey('az-n2', HEX, 32)}"  # no azure context here\n`, why: 'hex id without Azure context' },
    ],
  },
];
