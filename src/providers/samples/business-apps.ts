import { curlBearer, curlHeader, dotenv, goAssign, jsConst, jsObject, jsonEntry, pyAssign, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, DIGITS, HEX, HEX_UPPER, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const num = (s: string, n: number): number => Number(`${1 + (fakeKey(`${s}-lead`, DIGITS, 1).charCodeAt(0) % 9)}${fakeKey(s, DIGITS, n - 1)}`);

// Salesforce
const SF_BODY = `${ALNUM}._`;
const sfAccess = (s: string, n = 96): string => `00D${fakeKey(`${s}-org`, UPPER_ALNUM, 12)}!${fakeKey(s, SF_BODY, n - 1)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
const sfRefresh = (s: string): string => `5Aep861${fakeKey(s, SF_BODY, 79)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
const sfKey = (s: string): string => `3MVG9${fakeKey(s, SF_BODY, 79)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
// HubSpot
const hsPat = (s: string, region = 'na1'): string => `pat-${region}-${uuid(s)}`;
// Asana
const asana1 = (s: string): string => `1/${num(`${s}-u`, 16)}:${fakeKey(s, HEX, 32)}`;
const asana2 = (s: string): string => `2/${num(`${s}-u`, 16)}/${num(`${s}-a`, 16)}:${fakeKey(s, HEX, 32)}`;
// Airtable
const atPat = (s: string): string => `pat${fakeKey(`${s}-id`, ALNUM, 14)}.${fakeKey(s, HEX, 64)}`;
const atKey = (s: string): string => `key${fakeKey(s, ALNUM, 14)}`;
// monday.com
const mondayJwt = (s: string): string =>
  `${b64url({ alg: 'HS256' })}.${b64url({ tid: num(`${s}-t`, 9), aai: 11, uid: num(`${s}-u`, 8), iad: '2024-03-05T10:11:12.000Z', per: 'me:write', actid: num(`${s}-a`, 7), rgn: 'use1' })}.${fakeKey(s, B64URL, 43)}`;
// ClickUp
const clickup = (s: string): string => `pk_${num(`${s}-u`, 8)}_${fakeKey(s, UPPER_ALNUM, 32)}`;
// Trello
const trelloKey = (s: string): string => fakeKey(s, HEX, 32);
const atta = (s: string): string => `ATTA${fakeKey(s, HEX, 64)}${fakeKey(`${s}-c`, HEX_UPPER, 8)}`;
const trelloLegacy = (s: string): string => fakeKey(s, HEX, 64);
// Figma, Typeform
const figd = (s: string, n = 40): string => `figd_${fakeKey(s, B64URL, n - 1)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
const tfp = (s: string): string => `tfp_${fakeKey(`${s}-a`, ALNUM, 44)}_${fakeKey(`${s}-b`, ALNUM, 14)}`;
const tfpHex = (s: string): string => `tfp_${fakeKey(s, HEX, 40)}`;
// Dropbox
const slTok = (s: string, n = 138, u = false): string => `sl.${u ? 'u.' : ''}${fakeKey(`${s}-h`, ALNUM, 1)}${fakeKey(s, B64URL, n - 2)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
const dbxLong = (s: string): string => `${fakeKey(`${s}-h`, ALNUM, 1)}${fakeKey(s, B64URL, 62)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
const dbx15 = (s: string): string => fakeKey(s, LOWER_ALNUM, 15);
// Box
const box32 = (s: string): string => fakeKey(s, ALNUM, 32);
const boxId = (s: string): string => fakeKey(s, LOWER_ALNUM, 32);
// Calendly
const calendlyJwt = (s: string): string =>
  `${b64url({ kid: fakeKey(`${s}-k`, HEX, 64), typ: 'PAT', alg: 'ES256' })}.${b64url({
    iss: 'https://auth.calendly.com',
    iat: 1717000000 + num(`${s}-i`, 6),
    jti: uuid(`${s}-j`),
    user_uuid: uuid(`${s}-u`),
  })}.${fakeKey(s, B64URL, 86)}`;
// Miro
const miro = (s: string, region = 'eu01'): string => `${b64url({ 'miro.origin': region })}_${fakeKey(s, B64URL, 26)}${fakeKey(`${s}-z`, ALNUM, 1)}`;
// Smartsheet, Pipedrive
const ss37 = (s: string): string => fakeKey(s, ALNUM, 37);
const ss26 = (s: string): string => fakeKey(s, LOWER_ALNUM, 26);
const pd = (s: string): string => fakeKey(s, HEX, 40);
// Zoho
const zohoTok = (s: string): string => `1000.${fakeKey(`${s}-a`, HEX, 32)}.${fakeKey(`${s}-b`, HEX, 32)}`;
const zohoId = (s: string): string => `1000.${fakeKey(s, UPPER_ALNUM, 30)}`;
const zohoSecret = (s: string): string => fakeKey(s, LOWER_ALNUM, 42);
// Intercom

export const businessAppSamples: ProviderSamples[] = [
  {
    provider: 'salesforce',
    positives: [
      { text: dotenv('SF_ACCESS_TOKEN', sfAccess('sf-1')), secret: sfAccess('sf-1'), rule: 'salesforce-access-token' },
      { text: curlBearer('https://acme.my.salesforce.com/services/data/v60.0/sobjects', sfAccess('sf-2', 112)), secret: sfAccess('sf-2', 112), rule: 'salesforce-access-token' },
      {
        text: `{\n  "access_token": "${sfAccess('sf-3')}",\n  "refresh_token": "${sfRefresh('sf-3r')}",\n  "instance_url": "https://acme.my.salesforce.com"\n}\n`,
        secret: sfRefresh('sf-3r'),
        rule: 'salesforce-refresh-token',
      },
      {
        text: `SALESFORCE_CLIENT_ID=${sfKey('sf-4k')}\nSALESFORCE_CLIENT_SECRET=${fakeKey('sf-4', HEX_UPPER, 64)}\n`,
        secret: fakeKey('sf-4', HEX_UPPER, 64),
        rule: 'salesforce-consumer-secret',
        pair: sfKey('sf-4k'),
      },
      {
        text: `salesforce:\n  consumer_key: ${sfKey('sf-5k')}\n  consumer_secret: "${fakeKey('sf-5', DIGITS, 19)}"\n`,
        secret: fakeKey('sf-5', DIGITS, 19),
        rule: 'salesforce-consumer-secret',
        pair: sfKey('sf-5k'),
      },
    ],
    negatives: [
      { text: 'sf org login access-token --instance-url https://acme.my.salesforce.com  # token: 00D8H0000007wprAQkAQA (truncated)\n', why: 'org ID with no "!" part' },
      { text: `SF_ACCESS_TOKEN=00D${fakeKey('sf-n2', UPPER_ALNUM, 12)}!${fakeKey('sf-n2', ALNUM, 24)}\n`, why: 'truncated access token' },
      { text: 'SF_ACCESS_TOKEN=00Dxx0000000000!<your-access-token>\n', why: 'template placeholder' },
      { text: 'consumer_secret = os.environ["SALESFORCE_CONSUMER_SECRET"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'hubspot',
    liveHost: 'hubapi.com',
    positives: [
      { text: dotenv('HUBSPOT_ACCESS_TOKEN', hsPat('hs-1')), secret: hsPat('hs-1'), rule: 'hubspot-private-app-token' },
      { text: curlBearer('https://api.hubapi.com/crm/v3/objects/contacts?limit=10', hsPat('hs-2', 'eu1')), secret: hsPat('hs-2', 'eu1'), rule: 'hubspot-private-app-token' },
      { text: `const hubspotClient = new hubspot.Client({ accessToken: "${hsPat('hs-3', 'na2')}" });\n`, secret: hsPat('hs-3', 'na2'), rule: 'hubspot-private-app-token' },
      { text: shellExport('HUBSPOT_API_KEY', uuid('hs-4')), secret: uuid('hs-4'), rule: 'hubspot-api-key' },
      { text: `curl "https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=${uuid('hs-5')}"\n`, secret: uuid('hs-5'), rule: 'hubspot-api-key' },
      { text: yamlEntry('HUBSPOT_DEVELOPER_API_KEY', uuid('hs-6')), secret: uuid('hs-6'), rule: 'hubspot-developer-api-key' },
    ],
    negatives: [
      { text: 'HUBSPOT_ACCESS_TOKEN=pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `hubspot portal: ${num('hs-n2', 8)}, form guid ${uuid('hs-n2')}\n`, why: 'a HubSpot form GUID, not assigned to a key name' },
      { text: `pat-na1-${uuid('hs-n3').slice(0, 20)}\n`, why: 'truncated token' },
      { text: 'const client = new hubspot.Client({ accessToken: process.env.HUBSPOT_ACCESS_TOKEN });\n', why: 'env reference' },
    ],
  },
  {
    provider: 'zendesk',
    positives: [
      { text: dotenv('ZENDESK_API_TOKEN', fakeKey('zd-1', ALNUM, 40)), secret: fakeKey('zd-1', ALNUM, 40), rule: 'zendesk-api-token' },
      { text: pyKwarg('Zenpy', 'zendesk_token', fakeKey('zd-2', ALNUM, 40)).replace('client = ', 'zendesk = '), secret: fakeKey('zd-2', ALNUM, 40), rule: 'zendesk-api-token' },
      { text: `zendesk:\n  subdomain: acme\n  email: ops@acme-widgets.io\n  token: ${fakeKey('zd-3', ALNUM, 40)}\n`, secret: fakeKey('zd-3', ALNUM, 40), rule: 'zendesk-api-token' },
    ],
    negatives: [
      { text: 'ZENDESK_API_TOKEN=<your-zendesk-api-token>\n', why: 'template placeholder' },
      { text: `zendesk ticket ${num('zd-n2', 6)} merged into commit ${fakeKey('zd-n2', HEX, 40)}\n`, why: 'a commit hash in prose, no key name' },
      { text: 'zendesk:\n  token: "{{ zendesk_api_token }}"\n', why: 'template variable' },
    ],
  },
  {
    provider: 'freshdesk',
    positives: [
      { text: dotenv('FRESHDESK_API_KEY', fakeKey('fd-1', ALNUM, 20)), secret: fakeKey('fd-1', ALNUM, 20), rule: 'freshdesk-api-key' },
      { text: `freshdesk = {"domain": "acme.freshdesk.com", "api_key": "${fakeKey('fd-2', ALNUM, 20)}"}\n`, secret: fakeKey('fd-2', ALNUM, 20), rule: 'freshdesk-api-key' },
      { text: jsConst('FRESHDESK_KEY', fakeKey('fd-3', ALNUM, 22)), secret: fakeKey('fd-3', ALNUM, 22), rule: 'freshdesk-api-key' },
    ],
    negatives: [
      { text: 'FRESHDESK_API_KEY=YOUR_API_KEY\n', why: 'template placeholder' },
      { text: 'curl -u "$FRESHDESK_API_KEY:X" https://acme.freshdesk.com/api/v2/tickets\n', why: 'env reference' },
      { text: `freshdesk ticket https://acme.freshdesk.com/a/tickets/${num('fd-n3', 6)}\n`, why: 'a ticket URL' },
    ],
  },
  {
    provider: 'asana',
    liveHost: 'asana.com',
    positives: [
      { text: dotenv('ASANA_ACCESS_TOKEN', asana1('as-1')), secret: asana1('as-1'), rule: 'asana-personal-access-token' },
      { text: curlBearer('https://app.asana.com/api/1.0/users/me', asana2('as-2')), secret: asana2('as-2'), rule: 'asana-personal-access-token' },
      { text: `import asana\nconfiguration = asana.Configuration()\nconfiguration.access_token = "${asana2('as-3')}"\n`, secret: asana2('as-3'), rule: 'asana-personal-access-token' },
    ],
    negatives: [
      { text: 'ASANA_ACCESS_TOKEN=1/1234567890:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `ratio 2/${num('as-n2', 10)}:${fakeKey('as-n2', HEX, 32)} in a log line\n`, why: 'shape without Asana nearby' },
      { text: `asana task https://app.asana.com/0/${num('as-n3', 16)}/${num('as-n3b', 16)}\n`, why: 'a task URL (gids without a secret)' },
    ],
  },
  {
    provider: 'airtable',
    liveHost: 'airtable.com',
    positives: [
      { text: dotenv('AIRTABLE_API_KEY', atPat('at-1')), secret: atPat('at-1'), rule: 'airtable-personal-access-token' },
      { text: `const Airtable = require('airtable');\nconst base = new Airtable({ apiKey: '${atPat('at-2')}' }).base('app${fakeKey('at-2b', ALNUM, 14)}');\n`, secret: atPat('at-2'), rule: 'airtable-personal-access-token' },
      { text: curlBearer('https://api.airtable.com/v0/meta/whoami', atPat('at-3')), secret: atPat('at-3'), rule: 'airtable-personal-access-token' },
      { text: shellExport('AIRTABLE_API_KEY', atKey('at-4')), secret: atKey('at-4'), rule: 'airtable-api-key' },
    ],
    negatives: [
      { text: 'AIRTABLE_API_KEY=patXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'placeholder' },
      { text: 'airtable:\n  table_key: keyboardShortcuts\n', why: 'an identifier that starts with "key"' },
      { text: `AIRTABLE_API_KEY=pat${fakeKey('at-n3', ALNUM, 14)}.${fakeKey('at-n3', HEX, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'monday',
    liveHost: 'monday.com',
    positives: [
      { text: dotenv('MONDAY_API_TOKEN', mondayJwt('mo-1')), secret: mondayJwt('mo-1'), rule: 'monday-api-token' },
      { text: curlHeader('https://api.monday.com/v2', 'Authorization', mondayJwt('mo-2')), secret: mondayJwt('mo-2'), rule: 'monday-api-token' },
      { text: `headers = {"Authorization": "${mondayJwt('mo-3')}", "API-Version": "2024-01"}\n`, secret: mondayJwt('mo-3'), rule: 'monday-api-token' },
    ],
    negatives: [
      { text: 'MONDAY_API_TOKEN=<your monday.com API token>\n', why: 'template placeholder' },
      { text: `id_token = "${b64url({ alg: 'HS256' })}.${b64url({ tid: 'f3a1c2d4', oid: 'x' })}.${fakeKey('mo-n2', B64URL, 43)}"\n`, why: 'a JWT with a string tid and no monday claims' },
      { text: `MONDAY_API_TOKEN=${mondayJwt('mo-n3').slice(0, 60)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'clickup',
    liveHost: 'clickup.com',
    positives: [
      { text: dotenv('CLICKUP_API_TOKEN', clickup('cu-1')), secret: clickup('cu-1'), rule: 'clickup-personal-token' },
      { text: curlHeader('https://api.clickup.com/api/v2/user', 'Authorization', clickup('cu-2')), secret: clickup('cu-2'), rule: 'clickup-personal-token' },
      { text: goAssign('clickupToken', clickup('cu-3')), secret: clickup('cu-3'), rule: 'clickup-personal-token' },
    ],
    negatives: [
      { text: 'CLICKUP_API_TOKEN=pk_12345678_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'placeholder' },
      { text: `const pk_1 = 'primary key column';\n`, why: 'identifier, not a token' },
      { text: `CLICKUP_API_TOKEN=pk_${num('cu-n3', 8)}_${fakeKey('cu-n3', UPPER_ALNUM, 16)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'trello',
    liveHost: 'trello.com',
    positives: [
      {
        text: `TRELLO_API_KEY=${trelloKey('tr-1k')}\nTRELLO_TOKEN=${atta('tr-1')}\n`,
        secret: atta('tr-1'),
        rule: 'trello-api-token',
        pair: trelloKey('tr-1k'),
      },
      { text: `curl 'https://api.trello.com/1/members/me/boards?key=${trelloKey('tr-2k')}&token=${atta('tr-2')}'\n`, secret: atta('tr-2'), rule: 'trello-api-token', pair: trelloKey('tr-2k') },
      { text: jsObject('token', atta('tr-3')), secret: atta('tr-3'), rule: 'trello-api-token' },
      {
        text: `trello:\n  api_key: ${trelloKey('tr-4k')}\n  token: ${trelloLegacy('tr-4')}\n`,
        secret: trelloLegacy('tr-4'),
        rule: 'trello-legacy-token',
        pair: trelloKey('tr-4k'),
      },
    ],
    negatives: [
      { text: 'TRELLO_TOKEN=ATTAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: `sha256 ${fakeKey('tr-n2', HEX, 64)}  trello-export.zip\n`, why: 'a file digest next to a file name' },
      { text: `TRELLO_TOKEN=ATTA${fakeKey('tr-n3', HEX, 30)}\n`, why: 'truncated' },
      { text: `const attachmentId = "ATTACHMENT_${fakeKey('tr-n4', UPPER_ALNUM, 12)}";\n`, why: '"ATTA" inside a word' },
    ],
  },
  {
    provider: 'figma',
    liveHost: 'figma.com',
    positives: [
      { text: dotenv('FIGMA_ACCESS_TOKEN', figd('fg-1')), secret: figd('fg-1'), rule: 'figma-personal-access-token' },
      { text: curlHeader('https://api.figma.com/v1/files/abc123', 'X-Figma-Token', figd('fg-2', 44)), secret: figd('fg-2', 44), rule: 'figma-personal-access-token' },
      { text: jsonEntry('figmaToken', figd('fg-3', 38)), secret: figd('fg-3', 38), rule: 'figma-personal-access-token' },
    ],
    negatives: [
      { text: 'FIGMA_ACCESS_TOKEN=figd_<your-token>\n', why: 'template placeholder' },
      { text: `FIGMA_ACCESS_TOKEN=figd_${fakeKey('fg-n2', ALNUM, 12)}\n`, why: 'truncated' },
      { text: 'FIGMA_ACCESS_TOKEN: ${{ secrets.FIGMA_ACCESS_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'typeform',
    liveHost: 'typeform.com',
    positives: [
      { text: dotenv('TYPEFORM_TOKEN', tfp('tf-1')), secret: tfp('tf-1'), rule: 'typeform-personal-access-token' },
      { text: curlBearer('https://api.typeform.com/forms', tfp('tf-2')), secret: tfp('tf-2'), rule: 'typeform-personal-access-token' },
      { text: pyAssign('TYPEFORM_API_TOKEN', tfpHex('tf-3')), secret: tfpHex('tf-3'), rule: 'typeform-personal-access-token' },
    ],
    negatives: [
      { text: 'TYPEFORM_TOKEN=tfp_943af478d3ff3d4d760020c11af102b79c440513\n', why: "Typeform's documentation example token" },
      { text: 'TYPEFORM_TOKEN=ACCESS_TOKEN\n', why: 'placeholder' },
      { text: `TYPEFORM_TOKEN=tfp_${fakeKey('tf-n3', ALNUM, 16)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'docusign',
    positives: [
      {
        text: `DOCUSIGN_INTEGRATION_KEY=${uuid('ds-1k')}\nDOCUSIGN_SECRET_KEY=${uuid('ds-1')}\n`,
        secret: uuid('ds-1'),
        rule: 'docusign-secret-key',
        pair: uuid('ds-1k'),
      },
      { text: `docusign:\n  client_id: ${uuid('ds-2k')}\n  client_secret: ${uuid('ds-2')}\n`, secret: uuid('ds-2'), rule: 'docusign-secret-key', pair: uuid('ds-2k') },
      { text: `const docusignSecret = "${uuid('ds-3')}";\n`, secret: uuid('ds-3'), rule: 'docusign-secret-key' },
    ],
    negatives: [
      { text: 'DOCUSIGN_SECRET_KEY=00000000-0000-0000-0000-000000000000\n', why: 'zero UUID placeholder' },
      { text: `docusign envelope id: ${uuid('ds-n2')}\n`, why: 'an envelope ID, not a secret name' },
      { text: 'DOCUSIGN_SECRET_KEY=${DOCUSIGN_SECRET_KEY}\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'dropbox',
    liveHost: 'dropboxapi.com',
    positives: [
      { text: dotenv('DROPBOX_ACCESS_TOKEN', slTok('db-1')), secret: slTok('db-1'), rule: 'dropbox-short-lived-token' },
      { text: curlBearer('https://api.dropboxapi.com/2/files/list_folder', slTok('db-2', 1100, true)), secret: slTok('db-2', 1100, true), rule: 'dropbox-short-lived-token' },
      { text: `dbx = dropbox.Dropbox("${dbxLong('db-3')}")\n`, secret: dbxLong('db-3'), rule: 'dropbox-long-lived-token' },
      {
        text: `DROPBOX_APP_KEY=${dbx15('db-4k')}\nDROPBOX_APP_SECRET=${dbx15('db-4')}\n`,
        secret: dbx15('db-4'),
        rule: 'dropbox-app-secret',
        pair: dbx15('db-4k'),
      },
    ],
    negatives: [
      { text: 'DROPBOX_ACCESS_TOKEN=sl.xxxxxxxx\n', why: 'placeholder' },
      { text: 'import ssl\nctx = ssl.create_default_context()\n', why: '"sl." inside ssl.' },
      { text: `DROPBOX_ACCESS_TOKEN=sl.${fakeKey('db-n3', B64URL, 40)}\n`, why: 'truncated' },
      { text: `DROPBOX_APP_SECRET=${dbx15('db-n4')}\n`, why: 'app secret without its app key' },
    ],
  },
  {
    provider: 'box',
    liveHost: 'box.com',
    positives: [
      { text: dotenv('BOX_DEVELOPER_TOKEN', box32('bx-1')), secret: box32('bx-1'), rule: 'box-developer-token' },
      { text: curlBearer('https://api.box.com/2.0/folders/0', box32('bx-2')), secret: box32('bx-2'), rule: 'box-developer-token' },
      { text: yamlEntry('BOX_ACCESS_TOKEN', box32('bx-3')), secret: box32('bx-3'), rule: 'box-developer-token' },
    ],
    negatives: [
      { text: 'BOX_DEVELOPER_TOKEN=<paste developer token>\n', why: 'template placeholder' },
      { text: `checkbox_token_hash = "${fakeKey('bx-n2', HEX, 20)}"\n`, why: 'short hex under an unrelated name' },
      { text: 'BOX_DEVELOPER_TOKEN: ${{ secrets.BOX_DEVELOPER_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'box-app-credentials',
    positives: [
      {
        text: `BOX_CLIENT_ID=${boxId('bc-1k')}\nBOX_CLIENT_SECRET=${box32('bc-1')}\n`,
        secret: box32('bc-1'),
        rule: 'box-client-secret',
        pair: boxId('bc-1k'),
      },
      {
        text: `{\n  "boxAppSettings": {\n    "clientID": "${boxId('bc-2k')}",\n    "clientSecret": "${box32('bc-2')}",\n    "appAuth": {\n      "publicKeyID": "${fakeKey('bc-2p', LOWER_ALNUM, 8)}",\n      "passphrase": "${fakeKey('bc-2s', HEX, 32)}"\n    }\n  },\n  "enterpriseID": "${num('bc-2e', 9)}"\n}\n`,
        secret: box32('bc-2'),
        rule: 'box-jwt-config-client-secret',
        pair: boxId('bc-2k'),
      },
      { text: shellExport('BOX_CLIENT_SECRET', box32('bc-3')), secret: box32('bc-3'), rule: 'box-client-secret' },
    ],
    negatives: [
      { text: '{\n  "boxAppSettings": {\n    "clientID": "",\n    "clientSecret": "",\n    "appAuth": { "publicKeyID": "", "privateKey": "", "passphrase": "" }\n  },\n  "enterpriseID": ""\n}\n', why: 'empty config template' },
      { text: 'BOX_CLIENT_SECRET=your_client_secret_here\n', why: 'placeholder' },
      { text: 'client = BoxClient(auth=BoxCCGAuth(config=CCGConfig(client_id=os.environ["BOX_CLIENT_ID"], client_secret=os.environ["BOX_CLIENT_SECRET"])))\n', why: 'env references' },
    ],
  },
  {
    provider: 'calendly',
    liveHost: 'calendly.com',
    positives: [
      { text: dotenv('CALENDLY_ACCESS_TOKEN', calendlyJwt('ca-1')), secret: calendlyJwt('ca-1'), rule: 'calendly-personal-access-token' },
      { text: curlBearer('https://api.calendly.com/users/me', calendlyJwt('ca-2')), secret: calendlyJwt('ca-2'), rule: 'calendly-personal-access-token' },
      { text: `const token = "${calendlyJwt('ca-3')}";\n`, secret: calendlyJwt('ca-3'), rule: 'calendly-personal-access-token' },
    ],
    negatives: [
      { text: 'CALENDLY_ACCESS_TOKEN=<personal access token>\n', why: 'template placeholder' },
      { text: `CALENDLY_ACCESS_TOKEN=${calendlyJwt('ca-n2').slice(0, 180)}\n`, why: 'truncated (no signature)' },
      {
        text: `session = "${b64url({ alg: 'HS256' })}.${b64url({ iss: 'https://calendly.com.evil.example', sub: 'x' })}.${fakeKey('ca-n3', B64URL, 43)}"\n`,
        why: 'a JWT whose issuer only contains calendly.com',
      },
    ],
  },
  {
    provider: 'miro',
    liveHost: 'miro.com',
    positives: [
      { text: dotenv('MIRO_ACCESS_TOKEN', miro('mi-1')), secret: miro('mi-1'), rule: 'miro-access-token' },
      { text: curlBearer('https://api.miro.com/v2/boards', miro('mi-2', 'us01')), secret: miro('mi-2', 'us01'), rule: 'miro-access-token' },
      { text: tomlEntry('miro_token', miro('mi-3')), secret: miro('mi-3'), rule: 'miro-access-token' },
    ],
    negatives: [
      { text: 'MIRO_ACCESS_TOKEN=replace_with_actual_access_token\n', why: "Miro docs' placeholder" },
      { text: `MIRO_ACCESS_TOKEN=${b64url({ 'miro.origin': 'eu01' })}_${fakeKey('mi-n2', ALNUM, 8)}\n`, why: 'truncated' },
      { text: `x = "${b64url({ 'miro.originals': [1, 2] })}_${fakeKey('mi-n3', ALNUM, 27)}"\n`, why: 'prefix-alike that does not decode to a Miro origin' },
    ],
  },
  {
    provider: 'smartsheet',
    liveHost: 'smartsheet.com',
    positives: [
      { text: dotenv('SMARTSHEET_ACCESS_TOKEN', ss37('sm-1')), secret: ss37('sm-1'), rule: 'smartsheet-access-token' },
      { text: `smart = smartsheet.Smartsheet(access_token="${ss26('sm-2')}")\n`, secret: ss26('sm-2'), rule: 'smartsheet-access-token' },
      { text: curlBearer('https://api.smartsheet.com/2.0/sheets', ss37('sm-3')).replace('curl -s', '# smartsheet\ncurl -s'), secret: ss37('sm-3'), rule: 'smartsheet-access-token' },
    ],
    negatives: [
      { text: 'SMARTSHEET_ACCESS_TOKEN=JKlMNOpQ12RStUVwxYZAbcde34\n'.replace('JKlMNOpQ12RStUVwxYZAbcde34', 'xxxxxxxxxxxxxxxxxxxxxxxxxx'), why: 'placeholder' }, // keylint:allow (a negative sample)
      { text: `smartsheet sheet id ${num('sm-n2', 16)}\n`, why: 'a sheet id' },
      { text: 'smart = smartsheet.Smartsheet()  # reads SMARTSHEET_ACCESS_TOKEN\n', why: 'env lookup by the SDK' },
    ],
  },
  {
    provider: 'pipedrive',
    liveHost: 'pipedrive.com',
    positives: [
      { text: dotenv('PIPEDRIVE_API_TOKEN', pd('pd-1')), secret: pd('pd-1'), rule: 'pipedrive-api-token' },
      { text: curlHeader('https://acme.pipedrive.com/api/v2/deals', 'x-api-token', pd('pd-2')), secret: pd('pd-2'), rule: 'pipedrive-api-token' },
      { text: jsObject('pipedriveApiToken', pd('pd-3')), secret: pd('pd-3'), rule: 'pipedrive-api-token' },
    ],
    negatives: [
      { text: curlHeader('https://companydomain.pipedrive.com/api/v2/deals', 'x-api-token', '659c9fddb16335e48cc67114694b52074e812e03'), why: "Pipedrive's documentation example token" },
      { text: `pipedrive webhook delivered, commit ${fakeKey('pd-n2', HEX, 40)}\n`, why: 'a commit hash, no key name' },
      { text: 'PIPEDRIVE_API_TOKEN=${PIPEDRIVE_API_TOKEN}\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'zoho',
    positives: [
      { text: dotenv('ZOHO_REFRESH_TOKEN', zohoTok('zo-1')), secret: zohoTok('zo-1'), rule: 'zoho-oauth-token' },
      { text: curlHeader('https://www.zohoapis.com/crm/v6/Leads', 'Authorization', `Zoho-oauthtoken ${zohoTok('zo-2')}`), secret: zohoTok('zo-2'), rule: 'zoho-oauth-token' },
      {
        text: `ZOHO_CLIENT_ID=${zohoId('zo-3k')}\nZOHO_CLIENT_SECRET=${zohoSecret('zo-3')}\n`,
        secret: zohoSecret('zo-3'),
        rule: 'zoho-client-secret',
        pair: zohoId('zo-3k'),
      },
    ],
    negatives: [
      { text: 'ZOHO_REFRESH_TOKEN=1000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: 'timeout = 1000.0\nretries = 3\n', why: 'a number' },
      { text: `ZOHO_REFRESH_TOKEN=1000.${fakeKey('zo-n3', HEX, 32)}.${fakeKey('zo-n3b', HEX, 10)}\n`, why: 'truncated' },
    ],
  },
];
