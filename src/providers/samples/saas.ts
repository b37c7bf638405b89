import { curlBearer, curlHeader, dotenv, jsObject, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, DIGITS, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const dapi = (s: string): string => `dapi${fakeKey(s, HEX, 32)}`;
const lin = (s: string): string => `lin_api_${fakeKey(s, ALNUM, 40)}`;
const ntn = (s: string): string => `ntn_${fakeKey(`${s}d`, DIGITS, 11)}${fakeKey(`${s}k`, ALNUM, 35)}`;
const notionLegacy = (s: string): string => `secret_${fakeKey(s, ALNUM, 43)}`;
const pmak = (s: string): string => `PMAK-${fakeKey(`${s}a`, HEX, 24)}-${fakeKey(`${s}b`, HEX, 34)}`;
/** A ULID (Crockford base32, time part first): the body of a Postman collection access key. */
const pmat = (s: string): string => `PMAT-01H${fakeKey(s, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`;
const dose = (s: string): string => `dose${fakeKey(s, HEX, 32)}`;
const linOauth = (s: string): string => `lin_oauth_${fakeKey(s, HEX, 64)}`;
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

export const saasSamples: ProviderSamples[] = [
  {
    provider: 'databricks',
    positives: [
      { text: `DATABRICKS_HOST=https://adb-1234567890123456.7.azuredatabricks.net\nDATABRICKS_TOKEN=${dapi('db-1')}\n`, secret: dapi('db-1'), rule: 'databricks-token' },
      { text: `[DEFAULT]\nhost = https://acme.cloud.databricks.com\ntoken = ${dapi('db-2')}-2\n`, secret: `${dapi('db-2')}-2`, rule: 'databricks-token' },
      { text: curlBearer('https://acme.cloud.databricks.com/api/2.0/clusters/list', dapi('db-3')), secret: dapi('db-3'), rule: 'databricks-token' },
      {
        text: `DATABRICKS_HOST=https://acme.cloud.databricks.com\nDATABRICKS_CLIENT_ID=${uuid('db-4k')}\nDATABRICKS_CLIENT_SECRET=${dose('db-4')}\n`,
        secret: dose('db-4'),
        rule: 'databricks-oauth-secret',
        pair: uuid('db-4k'),
      },
      { text: `[sp]\nhost = https://accounts.cloud.databricks.com\nclient_secret = ${dose('db-5')}\n`, secret: dose('db-5'), rule: 'databricks-oauth-secret' },
    ],
    negatives: [
      { text: 'DATABRICKS_TOKEN=dapixxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'token = dbutils.secrets.get(scope="ci", key="databricks-token")\n', why: 'indirect reference' },
      { text: `the rapid${fakeKey('db-n1', HEX, 32)} build id\n`, why: '"dapi" inside a longer word' },
      { text: 'client_secret = "dose..."  # OAuth M2M\n', why: 'documentation ellipsis' },
      { text: `the overdose${fakeKey('db-n5', HEX, 32)} marker\n`, why: '"dose" inside a longer word' },
    ],
  },
  {
    provider: 'linear',
    positives: [
      { text: dotenv('LINEAR_API_KEY', lin('li-1')), secret: lin('li-1'), rule: 'linear-api-key' },
      { text: jsObject('apiKey', lin('li-2')), secret: lin('li-2'), rule: 'linear-api-key' },
      { text: curlHeader('https://api.linear.app/graphql', 'Authorization', lin('li-3')), secret: lin('li-3'), rule: 'linear-api-key' },
      { text: curlBearer('https://api.linear.app/graphql', linOauth('li-4')), secret: linOauth('li-4'), rule: 'linear-oauth-access-token' },
      {
        text: `LINEAR_CLIENT_ID=${fakeKey('li-5k', HEX, 32)}\nLINEAR_CLIENT_SECRET=${fakeKey('li-5', HEX, 32)}\n`,
        secret: fakeKey('li-5', HEX, 32),
        rule: 'linear-oauth-client-secret',
        pair: fakeKey('li-5k', HEX, 32),
      },
    ],
    negatives: [
      { text: 'LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });\n', why: 'env reference' },
      { text: `# linear keys: lin_api_${fakeKey('li-n1', ALNUM, 16)}\n`, why: 'too short' },
      { text: `lin_oauth_${fakeKey('li-n4', HEX, 40)}\n`, why: 'truncated OAuth token' },
      { text: 'LINEAR_CLIENT_SECRET=${LINEAR_CLIENT_SECRET}\n', why: 'variable reference' },
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
      { text: `curl 'https://api.getpostman.com/collections/12345-${uuid('pm-4c')}?access_key=${pmat('pm-4')}'\n`, secret: pmat('pm-4'), rule: 'postman-collection-access-key' },
    ],
    negatives: [
      { text: 'POSTMAN_API_KEY=PMAK-<your-key>\n', why: 'template placeholder' },
      { text: `PMAK-${fakeKey('pm-n1', HEX, 24)}-${fakeKey('pm-n2', HEX, 20)}\n`, why: 'truncated' },
      { text: tomlEntry('api_key', '${POSTMAN_API_KEY}'), why: 'variable reference' },
      { text: `access_key=PMAT-${fakeKey('pm-n4', '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}\n`, why: 'truncated collection key' },
    ],
  },
  {
    provider: 'notion-oauth-client',
    positives: [
      {
        text: `NOTION_OAUTH_CLIENT_ID=${uuid('nc-1k')}\nNOTION_OAUTH_CLIENT_SECRET=${notionLegacy('nc-1')}\n`,
        secret: notionLegacy('nc-1'),
        rule: 'notion-oauth-client-secret',
        pair: uuid('nc-1k'),
      },
      { text: `notion:\n  client_id: ${uuid('nc-2k')}\n  client_secret: ${notionLegacy('nc-2')}\n`, secret: notionLegacy('nc-2'), rule: 'notion-oauth-client-secret', pair: uuid('nc-2k') },
      { text: `const notionOAuth = { clientSecret: "${notionLegacy('nc-3')}" };\n`, secret: notionLegacy('nc-3'), rule: 'notion-oauth-client-secret' },
    ],
    negatives: [
      { text: 'NOTION_OAUTH_CLIENT_SECRET=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'NOTION_OAUTH_CLIENT_SECRET: ${{ secrets.NOTION_OAUTH_CLIENT_SECRET }}\n', why: 'Actions secret reference' },
      { text: `NOTION_CLIENT_SECRET=secret_${fakeKey('nc-n3', ALNUM, 20)}\n`, why: 'truncated' },
    ],
  },
];

