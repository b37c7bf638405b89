import { curlBearer, dotenv, dotenvQuoted, jsObject, jsonEntry, pyAssign, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, HEX_UPPER, LOWER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const guid = (s: string): string =>
  `${fakeKey(`${s}1`, HEX, 8)}-${fakeKey(`${s}2`, HEX, 4)}-4${fakeKey(`${s}3`, HEX, 3)}-a${fakeKey(`${s}4`, HEX, 3)}-${fakeKey(`${s}5`, HEX, 12)}`;
const guidUpper = (s: string): string => guid(s).toUpperCase();
const snowflake = (s: string): string => `1${fakeKey(s, DIGITS, 18)}`;

const discordSecret = (s: string): string => fakeKey(s, B64URL, 32);

const teamsHook = (s: string, v2 = false): string =>
  `https://contoso.webhook.office.com/webhookb2/${guid(`${s}g`)}@${guid(`${s}t`)}/IncomingWebhook/${fakeKey(`${s}h`, HEX, 32)}/${guid(`${s}o`)}` +
  (v2 ? `/V2${fakeKey(`${s}v`, B64URL, 44)}` : '');
const teamsOldHook = (s: string): string =>
  `https://outlook.office.com/webhook/${guid(`${s}g`)}@${guid(`${s}t`)}/IncomingWebhook/${fakeKey(`${s}h`, HEX, 32)}/${guid(`${s}o`)}`;
const QUERY = 'sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0';
const logicApp = (s: string): string =>
  `https://prod-27.westus.logic.azure.com:443/workflows/${fakeKey(`${s}w`, HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&${QUERY}&sig=${fakeKey(`${s}s`, B64URL, 43)}`;
const powerAutomate = (s: string): string =>
  `https://${fakeKey(`${s}e`, HEX, 30)}.${fakeKey(`${s}r`, HEX, 2)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fakeKey(`${s}w`, HEX, 32)}/triggers/manual/paths/invoke?api-version=1&${QUERY}&sig=${fakeKey(`${s}s`, B64URL, 43)}`;

/** Mattermost ids: 26 chars of its base32 alphabet. */
const mmId = (s: string): string => fakeKey(s, 'ybndrfg8ejkmcpqxot1uwisza345h769', 26);

const zap = (s: string): string => `https://hooks.zapier.com/hooks/catch/${fakeKey(`${s}a`, '123456789', 1)}${fakeKey(`${s}b`, DIGITS, 7)}/${fakeKey(`${s}h`, LOWER_ALNUM, 7)}`;
const zapStandard = (s: string): string => `https://hooks.zapier.com/hooks/standard/${fakeKey(`${s}a`, '123456789', 1)}${fakeKey(`${s}b`, DIGITS, 6)}/${fakeKey(`${s}h`, HEX, 32)}`;

const lineToken = (s: string): string => `${fakeKey(s, B64, 171)}=`;
const lineSecret = (s: string): string => fakeKey(s, HEX, 32);
const lineChannelId = (s: string): string => `1${fakeKey(s, DIGITS, 9)}`;

/** Webex: base64 of 48 chars of hex and dashes, a cluster id, the org id. */
const webexToken = (s: string, cluster = 'PF84'): string =>
  `${Buffer.from(`${guid(`${s}a`)}${fakeKey(`${s}b`, HEX, 8)}-${fakeKey(`${s}c`, HEX, 3)}`).toString('base64')}_${cluster}_${guid(`${s}o`)}`;

/** Intercom: base64 of `tok:<uuid with underscores>:1:0`. */
const intercomToken = (s: string): string => Buffer.from(`tok:${guid(s).split('-').join('_')}:1:0`).toString('base64');

const sendbirdToken = (s: string): string => fakeKey(s, HEX, 40);

const METEOR = '23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz';
const rcUser = (s: string): string => fakeKey(s, METEOR, 17);
const rcToken = (s: string): string => fakeKey(s, B64URL, 43);
const rcHook = (s: string, host = 'acme.rocket.chat'): string => `https://${host}/hooks/${fakeKey(`${s}i`, METEOR, 17)}/${fakeKey(`${s}t`, METEOR, 48)}`;

const zulipKey = (s: string): string => fakeKey(s, ALNUM, 32);

const pusherHex = (s: string): string => fakeKey(s, HEX, 20);

const matrixToken = (s: string, kind = 'syt', localpart = 'notifier'): string =>
  `${kind}_${Buffer.from(localpart).toString('base64url')}_${fakeKey(`${s}r`, ALNUM, 20)}_${fakeKey(`${s}c`, ALNUM, 6)}`;

export const chatSamples: ProviderSamples[] = [
  {
    provider: 'discord-oauth',
    positives: [
      {
        text: `DISCORD_CLIENT_ID=${snowflake('do-1')}\nDISCORD_CLIENT_SECRET=${discordSecret('do-1s')}\n`,
        secret: discordSecret('do-1s'),
        rule: 'discord-oauth-client-secret',
        pair: snowflake('do-1'),
      },
      {
        text: `providers: [\n  DiscordProvider({\n    clientId: '${snowflake('do-2')}',\n    clientSecret: '${discordSecret('do-2s')}',\n  }),\n],\n`,
        secret: discordSecret('do-2s'),
        rule: 'discord-oauth-client-secret',
        pair: snowflake('do-2'),
      },
      { text: dotenvQuoted('AUTH_DISCORD_SECRET', discordSecret('do-3s')), secret: discordSecret('do-3s'), rule: 'discord-oauth-client-secret' },
    ],
    negatives: [
      { text: 'DISCORD_CLIENT_SECRET=your-client-secret-goes-here\n', why: 'placeholder words' },
      { text: 'clientSecret: process.env.DISCORD_CLIENT_SECRET,\n', why: 'env reference' },
      { text: 'DISCORD_CLIENT_SECRET=${{ secrets.DISCORD_CLIENT_SECRET }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'microsoft-teams-webhook',
    positives: [
      { text: dotenv('TEAMS_WEBHOOK_URL', teamsHook('mt-1')), secret: teamsHook('mt-1'), rule: 'microsoft-teams-webhook-url' },
      {
        text: `curl -H 'Content-Type: application/json' -d '{"text": "Build failed"}' ${teamsHook('mt-2', true)}\n`,
        secret: teamsHook('mt-2', true),
        rule: 'microsoft-teams-webhook-url',
      },
      { text: jsonEntry('webhookUrl', teamsOldHook('mt-3')), secret: teamsOldHook('mt-3'), rule: 'microsoft-teams-webhook-url' },
      { text: yamlEntry('MS_TEAMS_WEBHOOK_URL', `"${logicApp('mt-4')}"`), secret: logicApp('mt-4'), rule: 'microsoft-teams-webhook-workflow-url' },
      {
        text: `requests.post(\n    "${powerAutomate('mt-5')}",\n    json=card,\n)\n`,
        secret: powerAutomate('mt-5'),
        rule: 'microsoft-teams-webhook-workflow-url',
      },
    ],
    negatives: [
      {
        text: `flow: https://${fakeKey('mt-n1', HEX, 30)}.09.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fakeKey('mt-n2', HEX, 32)}/triggers/manual/paths/invoke?api-version=1\n`,
        why: 'tenant-only flow URL without a sig (needs an Entra ID token)',
      },
      {
        text: `url: https://prod-27.westus.logic.azure.com:443/workflows/${fakeKey('mt-n3', HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&${QUERY}&sig=<Signature>\n`,
        why: 'documentation template for the signature',
      },
      { text: 'TEAMS_WEBHOOK_URL=https://<organization>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<altId>/<groupOwner>\n', why: 'URL template' },
      { text: 'webhook-uri: ${{ secrets.MSTEAMS_WEBHOOK }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'mattermost-webhook',
    positives: [
      {
        text: `# Mattermost alerts\nMATTERMOST_WEBHOOK_URL=https://chat.acmecorp.io/hooks/${mmId('mw-1')}\n`,
        secret: `https://chat.acmecorp.io/hooks/${mmId('mw-1')}`,
        rule: 'mattermost-webhook-url',
      },
      {
        text: `curl -i -X POST -H 'Content-Type: application/json' -d '{"text": "deploy done"}' https://mattermost.acmecorp.net/hooks/${mmId('mw-2')}\n`,
        secret: `https://mattermost.acmecorp.net/hooks/${mmId('mw-2')}`,
        rule: 'mattermost-webhook-url',
      },
      {
        text: `notifiers:\n  mattermost:\n    url: https://team.acmecorp.io:8065/chat/hooks/${mmId('mw-3')}\n    channel: ops\n`,
        secret: `https://team.acmecorp.io:8065/chat/hooks/${mmId('mw-3')}`,
        rule: 'mattermost-webhook-url',
      },
    ],
    negatives: [
      { text: 'Mattermost: POST https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx\n', why: "Mattermost's documentation example" },
      { text: 'MATTERMOST_WEBHOOK_URL=${{ secrets.MATTERMOST_WEBHOOK_URL }}\n', why: 'Actions secret reference' },
      { text: 'mattermost: https://chat.acmecorp.io/hooks/abcdefghijkmnopqrstuwxyz13\n', why: 'alphabet run, typed by hand' },
    ],
  },
  {
    provider: 'mattermost',
    positives: [
      { text: dotenv('MATTERMOST_TOKEN', mmId('mm-1')), secret: mmId('mm-1'), rule: 'mattermost-access-token' },
      {
        text: `from mattermostdriver import Driver\n\ndriver = Driver({\n    'url': 'chat.acmecorp.io',\n    'token': '${mmId('mm-2')}',\n})\n`,
        secret: mmId('mm-2'),
        rule: 'mattermost-access-token',
      },
      { text: yamlEntry('MATTERMOST_BOT_TOKEN', mmId('mm-3')), secret: mmId('mm-3'), rule: 'mattermost-access-token' },
    ],
    negatives: [
      { text: 'MATTERMOST_TOKEN=<personal access token>\n', why: 'template placeholder' },
      { text: `mattermost channel_id: ${mmId('mm-n1')}\n`, why: 'a channel id, not under a token name' },
      { text: "token = os.environ['MATTERMOST_TOKEN']\n", why: 'env reference' },
    ],
  },
  {
    provider: 'zapier-webhook',
    positives: [
      { text: dotenv('ZAPIER_WEBHOOK_URL', zap('zw-1')), secret: zap('zw-1'), rule: 'zapier-webhook-url' },
      { text: `fetch('${zap('zw-2')}/', { method: 'POST', body: JSON.stringify(lead) });\n`, secret: zap('zw-2'), rule: 'zapier-webhook-url' },
      { text: jsonEntry('hookUrl', `${zapStandard('zw-3')}/`), secret: zapStandard('zw-3'), rule: 'zapier-webhook-url' },
    ],
    negatives: [
      { text: '"hookUrl": "https://hooks.zapier.com/hooks/catch/123456/abcdef/"\n', why: "Zapier's documentation example" },
      { text: 'Paste the URL (https://hooks.zapier.com/hooks/catch/...) into the field.\n', why: 'elided' },
      { text: 'ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/{account_id}/{hook_id}/\n', why: 'URL template' },
    ],
  },
  {
    provider: 'line',
    liveHost: 'line.me',
    positives: [
      { text: dotenv('LINE_CHANNEL_ACCESS_TOKEN', lineToken('ln-1')), secret: lineToken('ln-1'), rule: 'line-channel-access-token' },
      {
        text: `const line = require('@line/bot-sdk');\nconst client = new line.messagingApi.MessagingApiClient({\n  channelAccessToken: '${lineToken('ln-2')}',\n});\n`,
        secret: lineToken('ln-2'),
        rule: 'line-channel-access-token',
      },
      { text: curlBearer('https://api.line.me/v2/bot/info', lineToken('ln-3')), secret: lineToken('ln-3'), rule: 'line-channel-access-token' },
    ],
    negatives: [
      { text: 'LINE_CHANNEL_ACCESS_TOKEN=<your channel access token>\n', why: 'template placeholder' },
      { text: "channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN || '',\n", why: 'env reference' },
      { text: `LINE_CHANNEL_ACCESS_TOKEN=${fakeKey('ln-n1', B64, 40)}...\n`, why: 'elided in a log line' },
    ],
  },
  {
    provider: 'line-channel-secret',
    positives: [
      {
        text: `LINE_CHANNEL_ID=${lineChannelId('ls-1')}\nLINE_CHANNEL_SECRET=${lineSecret('ls-1s')}\n`,
        secret: lineSecret('ls-1s'),
        rule: 'line-channel-secret',
        pair: lineChannelId('ls-1'),
      },
      {
        text: `const config = {\n  channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN,\n  channelSecret: '${lineSecret('ls-2s')}',\n};\n`,
        secret: lineSecret('ls-2s'),
        rule: 'line-channel-secret',
      },
      { text: `line_bot:\n  channel_id: "${lineChannelId('ls-3')}"\n  channel_secret: "${lineSecret('ls-3s')}"\n`, secret: lineSecret('ls-3s'), rule: 'line-channel-secret', pair: lineChannelId('ls-3') },
    ],
    negatives: [
      { text: 'LINE_CHANNEL_SECRET=<channel secret>\n', why: 'template placeholder' },
      { text: 'channelSecret: process.env.CHANNEL_SECRET,\n', why: 'env reference' },
      { text: "handler = WebhookHandler(os.getenv('LINE_CHANNEL_SECRET'))\n", why: 'env reference' },
    ],
  },
  {
    provider: 'webex',
    liveHost: 'webexapis.com',
    positives: [
      { text: dotenv('WEBEX_ACCESS_TOKEN', webexToken('wx-1')), secret: webexToken('wx-1'), rule: 'webex-access-token' },
      { text: `from webexpythonsdk import WebexAPI\n\napi = WebexAPI(access_token="${webexToken('wx-2', 'P0A1')}")\n`, secret: webexToken('wx-2', 'P0A1'), rule: 'webex-access-token' },
      { text: curlBearer('https://webexapis.com/v1/rooms', webexToken('wx-3')), secret: webexToken('wx-3'), rule: 'webex-access-token' },
    ],
    negatives: [
      { text: 'curl -H "Authorization: Bearer <YOUR_PERSON_ACCESS_TOKEN>" https://webexapis.com/v1/rooms/\n', why: 'documentation placeholder' },
      { text: `WEBEX_ACCESS_TOKEN=${fakeKey('wx-n1', ALNUM, 64)}_PF84_${guid('wx-n2')}\n`, why: 'first part does not decode to an id' },
      { text: "api = WebexAPI(access_token=os.environ['WEBEX_ACCESS_TOKEN'])\n", why: 'env reference' },
    ],
  },
  {
    provider: 'intercom',
    liveHost: 'intercom.io',
    positives: [
      { text: dotenv('INTERCOM_ACCESS_TOKEN', intercomToken('ic-1')), secret: intercomToken('ic-1'), rule: 'intercom-access-token' },
      { text: jsObject('token', intercomToken('ic-2')), secret: intercomToken('ic-2'), rule: 'intercom-access-token' },
      { text: curlBearer('https://api.intercom.io/admins', intercomToken('ic-3')), secret: intercomToken('ic-3'), rule: 'intercom-access-token' },
    ],
    negatives: [
      { text: 'INTERCOM_ACCESS_TOKEN=dG9rOmFi\n', why: 'truncated example' },
      { text: `token = "${Buffer.from('tok: this is not a token, only prose').toString('base64')}"\n`, why: 'decodes to prose, not a token id' },
      { text: "const client = new IntercomClient({ token: process.env.INTERCOM_API_KEY! });\n", why: 'env reference' },
    ],
  },
  {
    provider: 'sendbird',
    liveHost: 'sendbird.com',
    positives: [
      {
        text: `SENDBIRD_APP_ID=${guidUpper('sb-1')}\nSENDBIRD_API_TOKEN=${sendbirdToken('sb-1t')}\n`,
        secret: sendbirdToken('sb-1t'),
        rule: 'sendbird-api-token',
        pair: guidUpper('sb-1'),
      },
      {
        text: `curl -X GET "https://api-${guidUpper('sb-2')}.sendbird.com/v3/users?limit=10" \\\n  -H "Api-Token: ${sendbirdToken('sb-2t')}"\n`,
        secret: sendbirdToken('sb-2t'),
        rule: 'sendbird-api-token',
        pair: guidUpper('sb-2'),
      },
      { text: `import sendbird_platform_sdk\n\napi_token = "${sendbirdToken('sb-3t')}"\n`, secret: sendbirdToken('sb-3t'), rule: 'sendbird-api-token' },
    ],
    negatives: [
      { text: '"sendbird": "github:sendbird/sendbird-chat-sdk-javascript#9f1c2ab0d54e6f1387c2e4b9a0d3f6e5c1b8a7d2"\n', why: 'a git commit pin, not a token' },
      { text: 'Api-Token: {master_api_token or secondary_api_token}\n', why: 'documentation template' },
      { text: "SENDBIRD_API_TOKEN=os.getenv('SENDBIRD_API_TOKEN')\n", why: 'env reference' },
    ],
  },
  {
    provider: 'rocketchat',
    positives: [
      {
        text: `ROCKETCHAT_URL=https://chat.acmecorp.io\nROCKETCHAT_USER_ID=${rcUser('rc-1')}\nROCKETCHAT_AUTH_TOKEN=${rcToken('rc-1t')}\n`,
        secret: rcToken('rc-1t'),
        rule: 'rocketchat-personal-access-token',
        pair: rcUser('rc-1'),
      },
      {
        text: `curl https://acme.rocket.chat/api/v1/me \\\n  -H "X-Auth-Token: ${rcToken('rc-2t')}" \\\n  -H "X-User-Id: ${rcUser('rc-2')}"\n`,
        secret: rcToken('rc-2t'),
        rule: 'rocketchat-personal-access-token',
        pair: rcUser('rc-2'),
      },
      {
        text: `from rocketchat_API.rocketchat import RocketChat\n\nrocket = RocketChat(user_id='${rcUser('rc-3')}', auth_token='${rcToken('rc-3t')}', server_url='https://chat.acmecorp.io')\n`,
        secret: rcToken('rc-3t'),
        rule: 'rocketchat-personal-access-token',
        pair: rcUser('rc-3'),
      },
    ],
    negatives: [
      { text: 'curl https://open.rocket.chat/api/v1/me -H "X-Auth-Token: 9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq" -H "X-User-Id: aobEdbYhXfu5hkeqG"\n', why: "Rocket.Chat's documentation example" },
      { text: 'Rocket.Chat: X-Auth-Token: your-auth-token, X-User-Id: your-user-id\n', why: 'documentation placeholders' },
      { text: "rocket = RocketChat(user_id=os.environ['ROCKETCHAT_USER_ID'], auth_token=os.environ['ROCKETCHAT_AUTH_TOKEN'])\n", why: 'env references' },
    ],
  },
  {
    provider: 'rocketchat-webhook',
    positives: [
      { text: `curl -X POST -H 'Content-Type: application/json' --data '{"text":"hi"}' ${rcHook('rw-1')}\n`, secret: rcHook('rw-1'), rule: 'rocketchat-webhook-url' },
      { text: `# Rocket.Chat incoming integration\nROCKETCHAT_WEBHOOK_URL=${rcHook('rw-2', 'chat.acmecorp.io')}\n`, secret: rcHook('rw-2', 'chat.acmecorp.io'), rule: 'rocketchat-webhook-url' },
      { text: `alerting:\n  rocketchat:\n    webhook: ${rcHook('rw-3', 'im.acmecorp.net')}\n`, secret: rcHook('rw-3', 'im.acmecorp.net'), rule: 'rocketchat-webhook-url' },
    ],
    negatives: [
      { text: 'Rocket.Chat webhook: https://your-server/hooks/<integration-id>/<token>\n', why: 'URL template' },
      { text: 'ROCKETCHAT_WEBHOOK_URL=${{ secrets.ROCKETCHAT_WEBHOOK_URL }}\n', why: 'Actions secret reference' },
      { text: `rocketchat: https://acme.rocket.chat/hooks/${fakeKey('rw-n1', METEOR, 17)}/${fakeKey('rw-n2', METEOR, 20)}\n`, why: 'token part truncated' },
    ],
  },
  {
    provider: 'zulip',
    positives: [
      { text: dotenv('ZULIP_API_KEY', zulipKey('zl-1')), secret: zulipKey('zl-1'), rule: 'zulip-api-key' },
      {
        text: `[api]\nemail=deploy-bot@acme.zulipchat.com\nkey=${zulipKey('zl-2')}\nsite=https://acme.zulipchat.com\n`,
        secret: zulipKey('zl-2'),
        rule: 'zulip-api-key',
      },
      {
        text: `client = zulip.Client(email="deploy-bot@acme.zulipchat.com", api_key="${zulipKey('zl-3')}", site="https://acme.zulipchat.com")\n`,
        secret: zulipKey('zl-3'),
        rule: 'zulip-api-key',
      },
    ],
    negatives: [
      { text: 'const client = new zulip.Client({ email: "your-bot@zulip.com", api_key: "your_32_character_api_key" });\n', why: "the Node client's README placeholder" },
      { text: '[api]\nemail=bot@zulip.example.com\nkey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nsite=https://zulip.example.com\n', why: 'placeholder zuliprc' },
      { text: "client = zulip.Client(api_key=os.environ['ZULIP_API_KEY'])\n", why: 'env reference' },
    ],
  },
  {
    provider: 'pusher',
    positives: [
      {
        text: `PUSHER_APP_ID=${fakeKey('pu-1i', DIGITS, 7)}\nPUSHER_APP_KEY=${pusherHex('pu-1k')}\nPUSHER_APP_SECRET=${pusherHex('pu-1s')}\nPUSHER_APP_CLUSTER=eu\n`,
        secret: pusherHex('pu-1s'),
        rule: 'pusher-app-secret',
        pair: pusherHex('pu-1k'),
      },
      {
        text: `const Pusher = require('pusher');\n\nconst pusher = new Pusher({\n  appId: '${fakeKey('pu-2i', DIGITS, 7)}',\n  key: '${pusherHex('pu-2k')}',\n  secret: '${pusherHex('pu-2s')}',\n  cluster: 'us2',\n});\n`,
        secret: pusherHex('pu-2s'),
        rule: 'pusher-app-secret',
        pair: pusherHex('pu-2k'),
      },
      { text: pyAssign('PUSHER_SECRET', pusherHex('pu-3s')), secret: pusherHex('pu-3s'), rule: 'pusher-app-secret' },
    ],
    negatives: [
      { text: `MIX_PUSHER_APP_KEY=${pusherHex('pu-n1')}\n`, why: 'the app key is public' },
      { text: 'MIX_PUSHER_APP_SECRET="${PUSHER_APP_SECRET}"\n', why: 'variable reference' },
      { text: "pusher = Pusher(app_id=app_id, key=key, secret='your-pusher-secret', cluster='eu')\n", why: 'placeholder words' },
    ],
  },
  {
    provider: 'matrix',
    positives: [
      { text: shellExport('MATRIX_ACCESS_TOKEN', matrixToken('mx-1')), secret: matrixToken('mx-1'), rule: 'matrix-access-token' },
      {
        text: `{\n  "user_id": "@notifier:matrix.org",\n  "access_token": "${matrixToken('mx-2')}",\n  "refresh_token": "${matrixToken('mx-2r', 'syr')}",\n  "device_id": "GHTYAJCE"\n}\n`,
        secret: matrixToken('mx-2'),
        rule: 'matrix-access-token',
      },
      { text: curlBearer('https://matrix.org/_matrix/client/v3/account/whoami', matrixToken('mx-3', 'syt', 'ci-bot')), secret: matrixToken('mx-3', 'syt', 'ci-bot'), rule: 'matrix-access-token' },
      { text: tomlEntry('refresh_token', matrixToken('mx-4', 'syr')), secret: matrixToken('mx-4', 'syr'), rule: 'matrix-access-token' },
    ],
    negatives: [
      { text: 'MATRIX_ACCESS_TOKEN=syt_...\n', why: 'elided' },
      { text: 'access_token: "syt_<base64 user>_<random>_<crc>"\n', why: 'format description' },
      { text: `token = "syt_bm90aWZpZXI_${fakeKey('mx-n1', ALNUM, 12)}"\n`, why: 'truncated token' },
    ],
  },
];

/** Exposed for the group's own tests. */
export const chatFixtures = { guid, snowflake, teamsHook, logicApp, powerAutomate, mmId, zap, lineToken, webexToken, intercomToken, sendbirdToken, rcUser, rcToken, zulipKey, pusherHex, matrixToken, HEX_UPPER };
