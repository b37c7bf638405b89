import { curlHeader, dotenv, jsObject, pyKwarg, yamlEntry } from './contexts.js';
import { B64URL, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const api = (s: string): string => `sk-ant-api03-${fakeKey(s, B64URL, 93)}AA`;
const admin = (s: string): string => `sk-ant-admin01-${fakeKey(s, B64URL, 93)}AA`;

export const anthropicSamples: ProviderSamples[] = [
  {
    provider: 'anthropic',
    positives: [
      { text: dotenv('ANTHROPIC_API_KEY', api('an-1')), secret: api('an-1'), rule: 'anthropic-api-key' },
      { text: pyKwarg('anthropic.Anthropic', 'api_key', api('an-2')), secret: api('an-2'), rule: 'anthropic-api-key' },
      { text: curlHeader('https://api.anthropic.com/v1/messages', 'x-api-key', api('an-3')), secret: api('an-3'), rule: 'anthropic-api-key' },
      { text: jsObject('apiKey', api('an-4')), secret: api('an-4'), rule: 'anthropic-api-key' },
    ],
    negatives: [
      { text: 'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA\n', why: 'repeated-x placeholder' },
      { text: 'ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `note: keys look like sk-ant-api03-${fakeKey('an-n1', B64URL, 93)}AB\n`, why: 'missing the AA tail' },
      { text: `truncated: sk-ant-api03-${fakeKey('an-n2', B64URL, 60)}\n`, why: 'truncated key' },
      { text: 'api_key = "<YOUR_ANTHROPIC_API_KEY>"\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'anthropic-admin',
    positives: [
      { text: dotenv('ANTHROPIC_ADMIN_KEY', admin('ana-1')), secret: admin('ana-1'), rule: 'anthropic-admin-key' },
      { text: curlHeader('https://api.anthropic.com/v1/organizations/users', 'x-api-key', admin('ana-2')), secret: admin('ana-2'), rule: 'anthropic-admin-key' },
      { text: yamlEntry('ANTHROPIC_ADMIN_KEY', admin('ana-3')), secret: admin('ana-3'), rule: 'anthropic-admin-key' },
    ],
    negatives: [
      { text: 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-...\n', why: 'elided placeholder' },
      { text: 'admin_key = os.environ["ANTHROPIC_ADMIN_KEY"]\n', why: 'env reference' },
      { text: `log: sk-ant-admin01-${fakeKey('ana-n1', B64URL, 20)}…${fakeKey('ana-n2', B64URL, 4)}AA\n`, why: 'redacted in a log line' },
    ],
  },
];
