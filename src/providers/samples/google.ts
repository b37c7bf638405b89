import { curlHeader, dotenv, goAssign, jsonEntry, pyAssign, yamlEntry } from './contexts.js';
import { B64URL, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const gkey = (s: string): string => `AIzaSy${fakeKey(s, B64URL, 33)}`;
const gocspx = (s: string): string => `GOCSPX-${fakeKey(s, B64URL, 28)}`;

export const googleSamples: ProviderSamples[] = [
  {
    provider: 'google-api-key',
    positives: [
      { text: dotenv('GEMINI_API_KEY', gkey('g-1')), secret: gkey('g-1'), rule: 'google-api-key' },
      { text: `fetch("https://generativelanguage.googleapis.com/v1/models?key=${gkey('g-2')}")\n`, secret: gkey('g-2'), rule: 'google-api-key' },
      { text: curlHeader('https://generativelanguage.googleapis.com/v1beta/models', 'x-goog-api-key', gkey('g-3')), secret: gkey('g-3'), rule: 'google-api-key' },
      { text: pyAssign('GOOGLE_API_KEY', gkey('g-4')), secret: gkey('g-4'), rule: 'google-api-key' },
    ],
    negatives: [
      { text: 'GEMINI_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'repeated-X placeholder' },
      { text: 'GOOGLE_API_KEY=AIzaSyabcdefghijklmnopqrstuvwxyz1234567\n', why: 'published Firebase sample key (alphabet run)' },
      { text: `key: AIza${fakeKey('g-n1', B64URL, 30)}\n`, why: 'truncated key (34 chars)' },
      { text: `client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])\n`, why: 'env reference' },
      { text: `const id = "xAIza${fakeKey('g-n2', B64URL, 35)}";\n`, why: 'embedded in a longer token' },
    ],
  },
  {
    provider: 'google-oauth',
    positives: [
      { text: jsonEntry('client_secret', gocspx('go-1')), secret: gocspx('go-1'), rule: 'google-oauth-client-secret' },
      { text: dotenv('GOOGLE_CLIENT_SECRET', gocspx('go-2')), secret: gocspx('go-2'), rule: 'google-oauth-client-secret' },
      { text: goAssign('clientSecret', gocspx('go-3')), secret: gocspx('go-3'), rule: 'google-oauth-client-secret' },
      { text: yamlEntry('GOOGLE_OAUTH_CLIENT_SECRET', gocspx('go-4')), secret: gocspx('go-4'), rule: 'google-oauth-client-secret' },
    ],
    negatives: [
      { text: 'GOOGLE_CLIENT_SECRET=GOCSPX-<your-client-secret>\n', why: 'template placeholder' },
      { text: 'GOOGLE_CLIENT_SECRET=${GOOGLE_CLIENT_SECRET}\n', why: 'shell reference' },
      { text: `warning: pasted secret GOCSPX-${fakeKey('go-n1', B64URL, 12)} looks cut off\n`, why: 'truncated secret' },
    ],
  },
];
