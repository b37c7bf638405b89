import { curlBearer, dotenv, dotenvQuoted, jsObject, jsonEntry, pyAssign, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, ALPHA, B64URL, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const tgp = (s: string): string => `tgp_v1_${fakeKey(s, B64URL, 43)}`;
const nixak = (s: string, n = 80): string => `nixak-${fakeKey(s, ALNUM, n)}`;
const hf = (s: string): string => `hf_${fakeKey(s, ALPHA, 34)}`;
const gsk = (s: string): string => `gsk_${fakeKey(s, ALNUM, 52)}`;
const mistralKey = (s: string): string => fakeKey(s, ALNUM, 32);
const ds = (s: string): string => `sk-${fakeKey(s, HEX, 32)}`;
const co = (s: string): string => fakeKey(s, ALNUM, 40);

export const aiPlatformSamples: ProviderSamples[] = [
  {
    provider: 'together',
    positives: [
      { text: dotenv('TOGETHER_API_KEY', tgp('tg-1')), secret: tgp('tg-1'), rule: 'together-api-key' },
      { text: pyKwarg('Together', 'api_key', tgp('tg-2')), secret: tgp('tg-2'), rule: 'together-api-key' },
      { text: curlBearer('https://api.together.xyz/v1/models', tgp('tg-3')), secret: tgp('tg-3'), rule: 'together-api-key' },
      { text: dotenv('TOGETHER_API_KEY', fakeKey('tg-4', HEX, 64)), secret: fakeKey('tg-4', HEX, 64), rule: 'together-legacy-key' },
    ],
    negatives: [
      { text: 'TOGETHER_API_KEY=tgp_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'TOGETHER_API_KEY=your-together-api-key\n', why: 'placeholder words' },
      { text: `# format: tgp_v1_${fakeKey('tg-n1', B64URL, 20)} (truncated)\n`, why: 'truncated key' },
      { text: `together with commit ${fakeKey('tg-n2', HEX, 40)}\n`, why: '40 hex, not the 64-hex legacy shape' },
    ],
  },
  {
    provider: 'nixtla',
    positives: [
      { text: dotenv('NIXTLA_API_KEY', nixak('nx-1')), secret: nixak('nx-1'), rule: 'nixtla-api-key' },
      { text: pyKwarg('NixtlaClient', 'api_key', nixak('nx-2')), secret: nixak('nx-2'), rule: 'nixtla-api-key' },
      { text: shellExport('TIMEGPT_TOKEN', nixak('nx-3', 56)), secret: nixak('nx-3', 56), rule: 'nixtla-api-key' },
    ],
    negatives: [
      { text: 'nixtla_client = NixtlaClient(api_key="nixak-xxx")\n', why: 'placeholder from the docs' },
      { text: 'NIXTLA_API_KEY=${{ secrets.NIXTLA_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `key prefix nixak-${fakeKey('nx-n1', ALNUM, 12)} only\n`, why: 'too short' },
      { text: 'api_key = os.environ["TIMEGPT_TOKEN"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'huggingface',
    positives: [
      { text: dotenv('HF_TOKEN', hf('hf-1')), secret: hf('hf-1'), rule: 'huggingface-token' },
      { text: `from huggingface_hub import login\nlogin(token="${hf('hf-2')}")\n`, secret: hf('hf-2'), rule: 'huggingface-token' },
      { text: curlBearer('https://huggingface.co/api/whoami-v2', hf('hf-3')), secret: hf('hf-3'), rule: 'huggingface-token' },
      { text: yamlEntry('HF_API_TOKEN', `api_org_${fakeKey('hf-4', ALPHA, 34)}`), secret: `api_org_${fakeKey('hf-4', ALPHA, 34)}`, rule: 'huggingface-org-token' },
    ],
    negatives: [
      { text: 'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'HUGGING_FACE_HUB_TOKEN="<your token>"\n', why: 'template placeholder' },
      { text: `model_id = "hf_${fakeKey('hf-n1', ALPHA, 12)}"\n`, why: 'too short' },
      { text: `config_hf_${fakeKey('hf-n2', ALPHA, 34)}\n`, why: 'embedded in a longer identifier' },
    ],
  },
  {
    provider: 'groq',
    positives: [
      { text: dotenv('GROQ_API_KEY', gsk('gq-1')), secret: gsk('gq-1'), rule: 'groq-api-key' },
      { text: jsObject('apiKey', gsk('gq-2')), secret: gsk('gq-2'), rule: 'groq-api-key' },
      { text: curlBearer('https://api.groq.com/openai/v1/models', gsk('gq-3')), secret: gsk('gq-3'), rule: 'groq-api-key' },
    ],
    negatives: [
      { text: 'GROQ_API_KEY=gsk_...\n', why: 'elided placeholder' },
      { text: 'const groq = new Groq({ apiKey: process.env.GROQ_API_KEY });\n', why: 'env reference' },
      { text: `gsk_${fakeKey('gq-n1', ALNUM, 40)} is too short\n`, why: 'wrong length' },
    ],
  },
  {
    provider: 'mistral',
    positives: [
      { text: dotenv('MISTRAL_API_KEY', mistralKey('mi-1')), secret: mistralKey('mi-1'), rule: 'mistral-api-key' },
      { text: pyAssign('mistral_api_key', mistralKey('mi-2')), secret: mistralKey('mi-2'), rule: 'mistral-api-key' },
      { text: tomlEntry('mistral_token', mistralKey('mi-3')), secret: mistralKey('mi-3'), rule: 'mistral-api-key' },
    ],
    negatives: [
      { text: 'MISTRAL_API_KEY=your_mistral_api_key_here\n', why: 'placeholder words' },
      { text: `MISTRAL_MODEL=mistral-large-latest\nREQUEST_ID=${fakeKey('mi-n1', ALNUM, 32)}\n`, why: 'no key word right before the value' },
      { text: 'api_key = os.environ["MISTRAL_API_KEY"]\n', why: 'env reference' },
      { text: `mistral key: ${fakeKey('mi-n2', ALNUM, 24)}\n`, why: 'wrong length' },
    ],
  },
  {
    provider: 'deepseek',
    positives: [
      { text: dotenv('DEEPSEEK_API_KEY', ds('dsk-1')), secret: ds('dsk-1'), rule: 'deepseek-api-key' },
      { text: `client = OpenAI(api_key="${ds('dsk-2')}", base_url="https://api.deepseek.com")\n`, secret: ds('dsk-2'), rule: 'deepseek-api-key' },
      { text: jsonEntry('deepseek_key', ds('dsk-3')), secret: ds('dsk-3'), rule: 'deepseek-api-key' },
    ],
    negatives: [
      { text: `# deepseek keys are sk- plus 32 hex, e.g. sk-${fakeKey('dsk-n1', HEX, 28)}…\n`, why: 'truncated' },
      { text: 'DEEPSEEK_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}\n', why: 'shell reference' },
      { text: `deepseek: sk-${fakeKey('dsk-n2', ALNUM, 32).toUpperCase()}\n`, why: 'uppercase, not lowercase hex' },
    ],
  },
  {
    provider: 'cohere',
    positives: [
      { text: dotenv('COHERE_API_KEY', co('co-1')), secret: co('co-1'), rule: 'cohere-api-key' },
      { text: pyKwarg('cohere.ClientV2', 'api_key', co('co-2')) + '# cohere client\n', secret: co('co-2'), rule: 'cohere-api-key' },
      { text: dotenvQuoted('CO_API_KEY', co('co-3')), secret: co('co-3'), rule: 'cohere-api-key' },
    ],
    negatives: [
      { text: 'COHERE_API_KEY=<cohere-api-key>\n', why: 'template placeholder' },
      { text: 'co = cohere.ClientV2(api_key=os.getenv("CO_API_KEY"))\n', why: 'env reference' },
      { text: `cohere model trained on ${fakeKey('co-n1', ALNUM, 40)}\n`, why: 'no assignment, just prose' },
    ],
  },
];
