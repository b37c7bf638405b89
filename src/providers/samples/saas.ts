import { curlBearer, curlHeader, dotenv, jsObject, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, DIGITS, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const dapi = (s: string): string => `dapi${fakeKey(s, HEX, 32)}`;
const lin = (s: string): string => `lin_api_${fakeKey(s, ALNUM, 40)}`;
const ntn = (s: string): string => `ntn_${fakeKey(`${s}d`, DIGITS, 11)}${fakeKey(`${s}k`, ALNUM, 35)}`;
const notionLegacy = (s: string): string => `secret_${fakeKey(s, ALNUM, 43)}`;
const pmak = (s: string): string => `PMAK-${fakeKey(`${s}a`, HEX, 24)}-${fakeKey(`${s}b`, HEX, 34)}`;

export const saasSamples: ProviderSamples[] = [
  {
    provider: 'databricks',
    positives: [
      { text: `DATABRICKS_HOST=https://adb-1234567890123456.7.azuredatabricks.net\nDATABRICKS_TOKEN=${dapi('db-1')}\n`, secret: dapi('db-1'), rule: 'databricks-token' },
      { text: `[DEFAULT]\nhost = https://acme.cloud.databricks.com\ntoken = ${dapi('db-2')}-2\n`, secret: `${dapi('db-2')}-2`, rule: 'databricks-token' },
      { text: curlBearer('https://acme.cloud.databricks.com/api/2.0/clusters/list', dapi('db-3')), secret: dapi('db-3'), rule: 'databricks-token' },
    ],
    negatives: [
      { text: 'DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'token = dbutils.secrets.get(scope="ci", key="databricks-token")\n', why: 'indirect reference' },
      { text: `the rapid${fakeKey('db-n1', HEX, 32)} build id\n`, why: '"dapi" inside a longer word' },
    ],
  },
  {
    provider: 'linear',
    positives: [
      { text: dotenv('LINEAR_API_KEY', lin('li-1')), secret: lin('li-1'), rule: 'linear-api-key' },
      { text: jsObject('apiKey', lin('li-2')), secret: lin('li-2'), rule: 'linear-api-key' },
      { text: curlHeader('https://api.linear.app/graphql', 'Authorization', lin('li-3')), secret: lin('li-3'), rule: 'linear-api-key' },
    ],
    negatives: [
      { text: 'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });\n', why: 'env reference' },
      { text: `# linear keys: lin_api_${fakeKey('li-n1', ALNUM, 16)}\n`, why: 'too short' },
    ],
  },
  {
    provider: 'notion',
    positives: [
      { text: dotenv('NOTION_TOKEN', ntn('no-1')), secret: ntn('no-1'), rule: 'notion-token' },
      { text: `const notion = new Client({ auth: "${ntn('no-2')}" });\n`, secret: ntn('no-2'), rule: 'notion-token' },
      { text: dotenv('NOTION_API_KEY', notionLegacy('no-3')), secret: notionLegacy('no-3'), rule: 'notion-legacy-token' },
      { text: `notion = Client(auth="${notionLegacy('no-4')}")\n`, secret: notionLegacy('no-4'), rule: 'notion-legacy-token' },
    ],
    negatives: [
      { text: `flask_key = "secret_${fakeKey('no-n1', ALNUM, 43)}"\n`.replace('flask_key = ', 'session_cookie_name: '), why: 'secret_ value with no Notion context' },
      { text: 'NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'NOTION_TOKEN: ${{ secrets.NOTION_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `ntn_${fakeKey('no-n2', ALNUM, 46)}\n`, why: 'ntn_ without the 11-digit block' },
    ],
  },
  {
    provider: 'postman',
    positives: [
      { text: dotenv('POSTMAN_API_KEY', pmak('pm-1')), secret: pmak('pm-1'), rule: 'postman-api-key' },
      { text: curlHeader('https://api.getpostman.com/collections', 'X-Api-Key', pmak('pm-2')), secret: pmak('pm-2'), rule: 'postman-api-key' },
      { text: yamlEntry('postman_api_key', pmak('pm-3')), secret: pmak('pm-3'), rule: 'postman-api-key' },
    ],
    negatives: [
      { text: 'POSTMAN_API_KEY=PMAK-<your-key>\n', why: 'template placeholder' },
      { text: `PMAK-${fakeKey('pm-n1', HEX, 24)}-${fakeKey('pm-n2', HEX, 20)}\n`, why: 'truncated' },
      { text: tomlEntry('api_key', '${POSTMAN_API_KEY}'), why: 'variable reference' },
    ],
  },
];

