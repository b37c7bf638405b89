import { curlBearer, dotenv, goAssign, jsConst, jsonEntry, pyKwarg, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const r8 = (s: string): string => `r8_${fakeKey(s, B64URL, 37)}`;
const xai = (s: string): string => `xai-${fakeKey(s, `${ALNUM}_`, 80)}`;
const pplx = (s: string): string => `pplx-${fakeKey(s, ALNUM, 48)}`;
const orKey = (s: string): string => `sk-or-v1-${fakeKey(s, HEX, 64)}`;
const fw = (s: string, n = 33): string => `fw_${fakeKey(s, ALNUM, n)}`;

export const aiInferenceSamples: ProviderSamples[] = [
  {
    provider: 'replicate',
    positives: [
      { text: dotenv('REPLICATE_API_TOKEN', r8('rp-1')), secret: r8('rp-1'), rule: 'replicate-api-token' },
      { text: curlBearer('https://api.replicate.com/v1/account', r8('rp-2')), secret: r8('rp-2'), rule: 'replicate-api-token' },
      { text: pyKwarg('replicate.Client', 'api_token', r8('rp-3')), secret: r8('rp-3'), rule: 'replicate-api-token' },
    ],
    negatives: [
      { text: 'REPLICATE_API_TOKEN=r8_******************************\n', why: 'masked placeholder' },
      { text: 'export REPLICATE_API_TOKEN=<paste-your-token-here>\n', why: 'template placeholder' },
      { text: `see r8_${fakeKey('rp-n1', B64URL, 20)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'xai',
    positives: [
      { text: dotenv('XAI_API_KEY', xai('xa-1')), secret: xai('xa-1'), rule: 'xai-api-key' },
      { text: jsConst('XAI_API_KEY', xai('xa-2')), secret: xai('xa-2'), rule: 'xai-api-key' },
      { text: curlBearer('https://api.x.ai/v1/chat/completions', xai('xa-3')), secret: xai('xa-3'), rule: 'xai-api-key' },
    ],
    negatives: [
      { text: 'XAI_API_KEY=xai-...\n', why: 'elided placeholder' },
      { text: 'client = Client(api_key=os.getenv("XAI_API_KEY"))\n', why: 'env reference' },
      { text: `prefix xai-${fakeKey('xa-n1', ALNUM, 40)} half a key\n`, why: 'too short' },
    ],
  },
  {
    provider: 'perplexity',
    positives: [
      { text: dotenv('PERPLEXITY_API_KEY', pplx('px-1')), secret: pplx('px-1'), rule: 'perplexity-api-key' },
      { text: curlBearer('https://api.perplexity.ai/chat/completions', pplx('px-2')), secret: pplx('px-2'), rule: 'perplexity-api-key' },
      { text: yamlEntry('PPLX_API_KEY', pplx('px-3')), secret: pplx('px-3'), rule: 'perplexity-api-key' },
    ],
    negatives: [
      { text: 'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'PERPLEXITY_API_KEY: ${{ secrets.PERPLEXITY_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `pplx-${fakeKey('px-n1', ALNUM, 30)} (truncated)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'openrouter',
    positives: [
      { text: dotenv('OPENROUTER_API_KEY', orKey('or-1')), secret: orKey('or-1'), rule: 'openrouter-api-key' },
      { text: `client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="${orKey('or-2')}")\n`, secret: orKey('or-2'), rule: 'openrouter-api-key' },
      { text: goAssign('openRouterKey', orKey('or-3')), secret: orKey('or-3'), rule: 'openrouter-api-key' },
    ],
    negatives: [
      { text: 'OPENROUTER_API_KEY=sk-or-v1-<your-key>\n', why: 'template placeholder' },
      { text: `sk-or-v1-${fakeKey('or-n1', ALNUM, 64)}\n`, why: 'wrong charset (not hex)' },
      { text: 'apiKey: process.env.OPENROUTER_API_KEY,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'fireworks',
    positives: [
      { text: dotenv('FIREWORKS_API_KEY', fw('fw-1')), secret: fw('fw-1'), rule: 'fireworks-api-key' },
      { text: shellExport('FIREWORKS_API_KEY', fw('fw-2', 24)), secret: fw('fw-2', 24), rule: 'fireworks-api-key' },
      { text: jsonEntry('fireworks_api_key', fw('fw-3', 40)), secret: fw('fw-3', 40), rule: 'fireworks-api-key' },
    ],
    negatives: [
      { text: 'FIREWORKS_API_KEY=fw_your_api_key_here\n', why: 'placeholder words' },
      { text: 'api_key = os.environ["FIREWORKS_API_KEY"]\n', why: 'env reference' },
      { text: 'def fw_forward_pass_with_cache_enabled(model):\n', why: 'identifier, no digits' },
      { text: `x = fw_${fakeKey('fw-n1', ALNUM, 12)}\n`, why: 'too short' },
    ],
  },
];
