/**
 * Chat and collaboration: webhooks, bots and apps. Discord OAuth apps, Microsoft Teams
 * webhooks (Microsoft 365 connectors and Workflows / Power Automate), Mattermost, Zapier catch
 * hooks, LINE Messaging API, Webex, Intercom, Sendbird, Rocket.Chat, Zulip, Pusher Channels,
 * Matrix. (Slack, Discord bots and webhooks and Telegram are in slack.ts and messaging.ts.)
 *
 * A webhook URL is itself the secret: no live check ever requests one (it would post a message
 * or send the secret in a URL a proxy may log), and each such record says so in `noLive`.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { ci, END, END_ALNUM, errorDetail, field, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

const B64_START = '(?<![A-Za-z0-9+/])';
const B64_END = '(?![A-Za-z0-9+/=])';
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** The host and optional sub-path of a self-hosted server's URL, bounded. */
const SELF_HOSTED = 'https?://[A-Za-z0-9.-]{1,253}(?::[0-9]{2,5})?(?:/[A-Za-z0-9._~-]{1,64}){0,3}';

/** True when `s` looks typed rather than drawn: 4 equal chars in a row, or a 5-step run (12345, abcde). */
function looksTyped(s: string): boolean {
  let run = 1;
  let seq = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    run = d === 0 ? run + 1 : 1;
    seq = d === 1 ? seq + 1 : 1;
    if (run >= 4 || seq >= 5) return true;
  }
  return false;
}

// ---------------------------------------------------------------- Discord OAuth2 apps

/**
 * The OAuth2 client secret of a Discord application (Developer Portal > OAuth2): 32 base64url
 * chars, no prefix, shown next to the client id (the application's snowflake). Length from the
 * portal's values; reported only under a Discord client-secret name. The only request it
 * authenticates alone is a token grant (POST /oauth2/token), which issues a new access token.
 */
export const discordOAuth: ProviderRecord = {
  id: 'discord-oauth',
  name: 'Discord OAuth2 app',
  rules: [
    {
      id: 'discord-oauth-client-secret',
      description: 'Discord application OAuth2 client secret (32 chars) under a Discord client-secret name.',
      pattern: withContext(START, `(?<=${ci('discord')}[\\s\\S]{0,80}(?:${ci('client')}[_ -]?)?${ci('secret')}[\\s\\S]{0,16})`, '[A-Za-z0-9_-]{32}', END),
      keywords: ['discord'],
      window: { before: 130, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      pair: { label: 'client ID', pattern: `${START_ALNUM}[1-9][0-9]{16,19}${END_ALNUM}`, window: { before: 240, after: 240 }, envNames: ['DISCORD_CLIENT_ID'] },
    },
  ],
  envNames: ['DISCORD_CLIENT_SECRET', 'AUTH_DISCORD_SECRET'],
  envNote: 'Auth.js reads AUTH_DISCORD_ID/AUTH_DISCORD_SECRET; most apps use DISCORD_CLIENT_ID/DISCORD_CLIENT_SECRET.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[32, 32]], full: '[A-Za-z0-9_-]{32}' },
  noLive: 'a client secret alone authenticates only a token grant, which issues a new access token',
  rotateUrl: 'https://discord.com/developers/applications',
};

// ---------------------------------------------------------------- Microsoft Teams

/**
 * Microsoft Teams incoming webhooks. Microsoft 365 (Office 365) connector URLs:
 * `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant id>/IncomingWebhook/<32 hex>/<owner>`
 * (before 2021 `https://outlook.office.com/webhook/…`), to which Microsoft later appended a
 * `/V2…` segment (seen in examples only: its length is a guess). Workflows (Power Automate)
 * replaced the connectors: their "When a Teams webhook request is received" trigger URL is a
 * Logic Apps or Power Platform `…/workflows/<32 hex>/triggers/manual/paths/invoke?…&sig=<SAS>`;
 * only a URL with its `sig` is a secret (without it the flow demands an Entra ID token).
 * Sources: learn.microsoft.com "Create Incoming Webhooks", Power Automate HTTP-trigger docs.
 */
export const microsoftTeamsWebhook: ProviderRecord = {
  id: 'microsoft-teams-webhook',
  name: 'Microsoft Teams webhook',
  rules: [
    {
      id: 'microsoft-teams-webhook-url',
      description: 'Microsoft Teams incoming webhook (Microsoft 365 connector) URL.',
      pattern: `https://(?:[A-Za-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${GUID}@${GUID}/[Ii]ncoming[Ww]ebhook/[0-9a-fA-F]{32}/${GUID}(?:/V2[A-Za-z0-9_-]{20,100})?${END}`,
      keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
      window: { before: 80, after: 340 },
      confidence: 'high',
    },
    {
      id: 'microsoft-teams-webhook-workflow-url',
      description: 'Teams Workflows / Power Automate (Logic Apps) HTTP-trigger URL with its SAS signature.',
      pattern:
        'https://(?:prod-[0-9]{1,3}\\.[a-z0-9-]{2,30}\\.logic\\.azure\\.com|[A-Za-z0-9.-]{1,120}\\.environment\\.api\\.powerplatform\\.com)(?::443)?' +
        '(?:/powerautomate/automations/direct)?/workflows/[0-9a-fA-F]{32}/triggers/[A-Za-z0-9_.-]{1,80}/paths/invoke/?' +
        '\\?(?:[A-Za-z0-9._~%=-]{0,80}&){0,6}sig=[A-Za-z0-9_%-]{40,64}(?![A-Za-z0-9_%-])',
      keywords: ['logic.azure.com', 'powerplatform.com'],
      window: { before: 200, after: 600 },
      confidence: 'high',
    },
  ],
  envNames: ['TEAMS_WEBHOOK_URL', 'MS_TEAMS_WEBHOOK_URL', 'MSTEAMS_WEBHOOK'],
  envNote: 'Conventions of CI notifiers (Teams has no SDK that reads one); the URL is the whole credential.',
  format: {
    prefixes: ['https://outlook.office365.com/webhook/', 'https://outlook.office.com/webhook/', 'https://'],
    charset: '[A-Za-z0-9@/:.?&=%_~-]',
    lengths: [[150, 700]],
  },
  noLive: 'the URL is the secret, and the only request it accepts posts a message to the channel',
  rotateUrl: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
};

// ---------------------------------------------------------------- Mattermost

/** Mattermost ids (webhook ids, access tokens) are 26 lowercase base32 chars (server model.NewId). */
const MM_ID = '[a-z0-9]{26}';

/**
 * Mattermost incoming webhook: `https://<your-mattermost-server>/hooks/<26-char id>` (docs
 * "Incoming webhooks": "Treat this endpoint as a secret"). The server is the customer's own,
 * so "mattermost" must be in or near the URL.
 */
export const mattermostWebhook: ProviderRecord = {
  id: 'mattermost-webhook',
  name: 'Mattermost webhook',
  rules: [
    {
      id: 'mattermost-webhook-url',
      description: 'Mattermost incoming webhook URL (…/hooks/<26-char id>) with Mattermost in or near it.',
      pattern: withContext('(?<![A-Za-z0-9+.-])', near(['mattermost'], 160, 200), `${SELF_HOSTED}/hooks/${MM_ID}`, '(?![A-Za-z0-9_/-])'),
      keywords: ['mattermost'],
      window: { before: 200, after: 480 },
      confidence: 'medium',
      verify: (url) => !looksTyped(url.slice(-26)),
    },
  ],
  envNames: ['MATTERMOST_WEBHOOK_URL', 'MATTERMOST_WEBHOOK'],
  format: { prefixes: ['https://', 'http://'], charset: '[A-Za-z0-9/:._~-]', lengths: [[40, 400]] },
  noLive: 'the URL is the secret, and the only request it accepts posts a message',
  rotateUrl: 'https://docs.mattermost.com/developers/integrate/webhooks/incoming',
};

/**
 * Mattermost personal access tokens and bot tokens: 26-char ids like every Mattermost id, so
 * they are reported only under a Mattermost token name. The API is on the customer's server.
 */
export const mattermost: ProviderRecord = {
  id: 'mattermost',
  name: 'Mattermost',
  rules: [
    {
      id: 'mattermost-access-token',
      description: 'Mattermost personal access or bot token (26 chars) under a Mattermost token name.',
      pattern: withContext(
        START_ALNUM,
        `(?<!/hooks/)(?<=${ci('mattermost')}[\\s\\S]{0,120}(?:${ci('token')}|${ci('access')}|${ci('bearer')})[\\s\\S]{0,24})`,
        MM_ID,
        END_ALNUM,
      ),
      keywords: ['mattermost'],
      window: { before: 170, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['MATTERMOST_TOKEN', 'MATTERMOST_ACCESS_TOKEN', 'MATTERMOST_BOT_TOKEN', 'MM_AUTHTOKEN'],
  envNote: 'Conventions of bots and CI scripts; the Mattermost Terraform provider and mmctl take the token in a flag or config file.',
  format: { prefixes: [], charset: '[a-z0-9]', lengths: [[26, 26]], full: MM_ID },
  noLive: "the API is on the customer's own Mattermost server, which the token does not name",
  rotateUrl: 'https://docs.mattermost.com/integrations-guide/bots.html',
};

// ---------------------------------------------------------------- Zapier

/**
 * Zapier "Webhooks by Zapier" catch hooks: `https://hooks.zapier.com/hooks/catch/<account id>/<hook id>/`
 * (help.zapier.com "Trigger Zaps from webhooks"; the URL is the credential), and the
 * `/hooks/standard/…` REST-hook URLs of app integrations. Hook id lengths from examples.
 */
export const zapierWebhook: ProviderRecord = {
  id: 'zapier-webhook',
  name: 'Zapier webhook',
  rules: [
    {
      id: 'zapier-webhook-url',
      description: 'Zapier catch-hook or REST-hook URL (hooks.zapier.com/hooks/catch/<account>/<hook>).',
      pattern: `https://hooks\\.zapier\\.com/hooks/(?:catch|standard)/[0-9]{4,12}/[A-Za-z0-9]{5,40}${END}`,
      keywords: ['hooks.zapier.com'],
      window: { before: 16, after: 110 },
      confidence: 'high',
      verify: (url) => {
        const [, account = '', hook = ''] = /\/([0-9]+)\/([A-Za-z0-9]+)$/.exec(url) ?? [];
        return !looksTyped(account) && !looksTyped(hook);
      },
    },
  ],
  envNames: ['ZAPIER_WEBHOOK_URL', 'ZAPIER_HOOK_URL'],
  format: { prefixes: ['https://hooks.zapier.com/hooks/'], charset: '[A-Za-z0-9/]', lengths: [[45, 100]] },
  noLive: 'the URL is the secret, and every request to it triggers the Zap',
  rotateUrl: 'https://zapier.com/app/zaps',
};

// ---------------------------------------------------------------- LINE

/** Words that mark a LINE Messaging API credential (SDK config fields, env names, the API host). */
const LINE_WORDS = ['line_channel', 'linechannel', 'channel_access_token', 'channelaccesstoken', 'channel-access-token', 'line_bot', 'linebot', 'line-bot', 'api.line.me', 'messaging_api'];

/** LINE's 401 body: `{"message":"Authentication failed. Confirm that the access token in the authorization header is valid."}`. */
export function interpretLine(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 401) return verdict('invalid', errorDetail(res));
  return undefined;
}

/**
 * LINE Messaging API channel access token. The long-lived and short-lived tokens are opaque
 * base64 strings (172 chars in every published example; a range around that is accepted) and
 * are reported next to LINE context; v2.1 tokens are JWTs (left to the JWT rule).
 * Live: GET /v2/bot/info with the token as bearer (developers.line.biz Messaging API
 * reference): 200 is the bot's profile, 401 an invalid or expired token, 429 throttled.
 */
export const line: ProviderRecord = {
  id: 'line',
  name: 'LINE Messaging API',
  rules: [
    {
      id: 'line-channel-access-token',
      description: 'LINE Messaging API channel access token (opaque base64, ~172 chars) next to LINE context.',
      pattern: withContext(B64_START, near(LINE_WORDS, 200, 260), '[A-Za-z0-9+/]{140,220}={0,2}', B64_END),
      keywords: LINE_WORDS,
      window: { before: 240, after: 480 },
      confidence: 'medium',
      minEntropy: 5,
      minDigits: 4,
    },
  ],
  envNames: ['LINE_CHANNEL_ACCESS_TOKEN', 'CHANNEL_ACCESS_TOKEN'],
  envNote: "The LINE SDKs' samples read LINE_CHANNEL_ACCESS_TOKEN (CHANNEL_ACCESS_TOKEN in the Node.js samples) with LINE_CHANNEL_SECRET.",
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[140, 222]], full: '[A-Za-z0-9+/]{140,220}={0,2}' },
  rotateUrl: 'https://developers.line.biz/console/',
  live: { base: 'https://api.line.me', path: '/v2/bot/info', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretLine },
};

/**
 * LINE channel secret (32 hex): it signs webhook deliveries (x-line-signature) and, with the
 * channel id, issues channel access tokens. Reported under a channel-secret name next to LINE
 * context; the channel id (10 digits) is its pair.
 */
export const lineChannelSecret: ProviderRecord = {
  id: 'line-channel-secret',
  name: 'LINE channel secret',
  rules: [
    {
      id: 'line-channel-secret',
      description: 'LINE channel secret (32 hex) under a channel-secret name, next to LINE context.',
      pattern: withContext(
        START_ALNUM,
        `(?<=${ci('channel')}[_ -]?${ci('secret')}[\\s\\S]{0,16})${near([...LINE_WORDS, 'line_secret', '@line/bot-sdk'], 300, 300)}`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      // LINE_WORDS too: the keyword scan reports one keyword per position, and `line_channel`
      // covers the start of LINE_CHANNEL_SECRET.
      keywords: [...LINE_WORDS, 'channel_secret', 'channelsecret', 'channel-secret'],
      window: { before: 340, after: 340 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: { label: 'channel ID', pattern: `(?<=${ci('channel')}[_ -]?${ci('id')}[\\s\\S]{0,16})${START_ALNUM}[0-9]{10}${END_ALNUM}`, envNames: ['LINE_CHANNEL_ID'] },
    },
  ],
  envNames: ['LINE_CHANNEL_SECRET', 'CHANNEL_SECRET'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  noLive: 'a channel secret authenticates only a request that issues a new channel access token',
  rotateUrl: 'https://developers.line.biz/console/',
};

// ---------------------------------------------------------------- Webex

const WEBEX_TOKEN = `[A-Za-z0-9]{64}_[A-Z0-9]{4}_${GUID}`;

/** The first 64 chars of a Webex token are base64 of 48 chars of hex and dashes. */
export function webexTokenOk(token: string): boolean {
  return /^[0-9a-f-]{48}$/.test(Buffer.from(token.slice(0, 64), 'base64').toString('latin1'));
}

/**
 * Webex access tokens (personal, bot, integration): `<64 base64 chars>_<4-char cluster>_<org id>`
 * (`…_PF84_<uuid>` on the commercial cloud). The layout is from developer.webex.com examples
 * (it is not specified). Live: GET /v1/people/me with the token as bearer: 200 is the person or
 * bot, 401 an invalid or expired token (personal tokens last 12 hours).
 */
export const webex: ProviderRecord = {
  id: 'webex',
  name: 'Webex',
  rules: [
    {
      id: 'webex-access-token',
      description: 'Webex personal, bot or integration access token (<64 base64>_<cluster>_<org id>).',
      pattern: `${START}${WEBEX_TOKEN}${END}`,
      keywords: ['webex', 'ciscospark', 'spark_access_token', '_pf84_'],
      window: { before: 240, after: 240 },
      confidence: 'high',
      verify: webexTokenOk,
    },
  ],
  envNames: ['WEBEX_ACCESS_TOKEN', 'WEBEX_TEAMS_ACCESS_TOKEN', 'WEBEX_BOT_TOKEN', 'SPARK_ACCESS_TOKEN'],
  envNote: 'webexpythonsdk reads WEBEX_ACCESS_TOKEN, its predecessor webexteamssdk WEBEX_TEAMS_ACCESS_TOKEN, and ciscosparkapi SPARK_ACCESS_TOKEN.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[106, 106]], full: WEBEX_TOKEN },
  rotateUrl: 'https://developer.webex.com/my-apps',
  live: { base: 'https://webexapis.com', path: '/v1/people/me', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Intercom

/** An Intercom access token decodes to `tok:<id>:<n>:<n>`. */
export function intercomTokenOk(token: string): boolean {
  return /^tok:[0-9A-Za-z_-]{20,64}(?::[0-9]{1,8}){0,3}$/.test(Buffer.from(token, 'base64').toString('latin1'));
}

/**
 * Intercom's 401: `{"type":"error.list","errors":[{"code":"token_not_found","message":"Not authorized to access resource"}]}`.
 * A token of an EU or Australian workspace is unknown to api.intercom.io and answers the same.
 */
export function interpretIntercom(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 401) return undefined;
  const errors = field(res.json, 'errors');
  const first = Array.isArray(errors) ? (errors[0] as unknown) : undefined;
  const code = str(first, 'code') ?? 'unauthorized';
  return verdict('invalid', `${code} (a token of an EU or Australian workspace works only on api.eu.intercom.io / api.au.intercom.io)`);
}

/**
 * Intercom access tokens (Developer Hub > Configure > Authentication) are base64 of
 * `tok:<uuid>:<n>:<n>`, so they start with `dG9rO`; `verify` decodes them. Live: GET /me with
 * the token as bearer (developers.intercom.com): 200 is the admin the token acts as, 401
 * token_not_found / token_revoked an invalid token, 403 token_unauthorized a restricted one.
 */
export const intercom: ProviderRecord = {
  id: 'intercom',
  name: 'Intercom',
  rules: [
    {
      id: 'intercom-access-token',
      description: 'Intercom access token (base64 of "tok:…", starts with dG9rO).',
      pattern: `${B64_START}dG9rO[A-Za-z0-9+/]{40,101}={0,2}${B64_END}`,
      keywords: ['dg9ro'],
      window: { before: 16, after: 120 },
      confidence: 'high',
      verify: intercomTokenOk,
    },
  ],
  envNames: ['INTERCOM_API_KEY', 'INTERCOM_ACCESS_TOKEN', 'INTERCOM_TOKEN'],
  envNote: 'The intercom-client SDK (v6+) reads INTERCOM_API_KEY; INTERCOM_ACCESS_TOKEN is the older convention.',
  format: { prefixes: ['dG9rO'], charset: '[A-Za-z0-9+/=]', lengths: [[45, 108]], full: 'dG9rO[A-Za-z0-9+/]{40,101}={0,2}' },
  rotateUrl: 'https://app.intercom.com/a/apps/_/developer-hub',
  hosts: ['api.eu.intercom.io', 'api.au.intercom.io'],
  live: { base: 'https://api.intercom.io', path: '/me', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretIntercom },
};

// ---------------------------------------------------------------- Sendbird

const SENDBIRD_APP_ID = `${START_ALNUM}${GUID}${END_ALNUM}`;

/** Sendbird answers a bad token with `{"error":true,"code":400401,"message":"Invalid value: \"Api-Token\"."}` (HTTP 400 or 401). */
export function interpretSendbird(res: LiveResponse): LiveVerdict | undefined {
  const code = field(res.json, 'code');
  if (code === 400401 || code === 400402) return verdict('invalid', `${String(code)} ${str(res.json, 'message') ?? 'invalid API token'}`);
  return undefined;
}

/**
 * Sendbird Chat Platform API tokens (the master API token and secondary tokens: 40 hex,
 * Settings > Application > General). They work only on the application's own host,
 * `api-<application id>.sendbird.com`, so the application id (a UUID) is the pair.
 * Live: GET /v3/users?limit=1 with the `Api-Token` header (docs "Prepare to use API"): 200
 * lists at most one user, code 400401 is an invalid token.
 */
export const sendbird: ProviderRecord = {
  id: 'sendbird',
  name: 'Sendbird',
  rules: [
    {
      id: 'sendbird-api-token',
      description: 'Sendbird API token (40 hex) under a Sendbird token name or in an Api-Token header near Sendbird.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('sendbird')}[\\s\\S]{0,48}(?:${ci('token')}|${ci('key')})[\\s\\S]{0,24})|(?<=${ci('api-token')}["']?\\s{0,4}[:=,]\\s{0,4}["']?)${near(['sendbird'], 400, 400)})`,
        '[0-9a-f]{40}',
        END_ALNUM,
      ),
      keywords: ['sendbird'],
      window: { before: 440, after: 440 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: { label: 'application ID', pattern: SENDBIRD_APP_ID, window: { before: 400, after: 400 }, envNames: ['SENDBIRD_APP_ID', 'SENDBIRD_APPLICATION_ID'] },
    },
  ],
  envNames: ['SENDBIRD_API_TOKEN', 'SENDBIRD_MASTER_API_TOKEN', 'SENDBIRD_TOKEN'],
  envNote: "Sendbird's Platform SDKs take the token as an argument; SENDBIRD_API_TOKEN with SENDBIRD_APP_ID is the convention of their samples.",
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[40, 40]], full: '[0-9a-f]{40}' },
  rotateUrl: 'https://dashboard.sendbird.com/',
  live: {
    base: 'https://api-{pair}.sendbird.com',
    path: '/v3/users?limit=1',
    method: 'GET',
    auth: { kind: 'header', name: 'Api-Token' },
    interpret: interpretSendbird,
  },
};

// ---------------------------------------------------------------- Rocket.Chat

const ROCKET_WORDS = ['rocket.chat', 'rocketchat', 'rocket_chat', 'rocket-chat'];
/** The authToken of Rocket.Chat's "Authenticate a REST client" example, copied into many READMEs. */
const ROCKET_DOC_TOKENS = new Set(['9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq']);
/** Meteor `Random.id()` alphabet (no 0, 1, I, O, U, V, l): Rocket.Chat user ids and integration tokens. */
const METEOR_ID = '[2-9A-HJ-NP-TW-Za-km-z]';

/**
 * Rocket.Chat personal access tokens (43 base64url chars, Meteor `Random.secret()`) authenticate
 * with the user id (17 chars) as `X-Auth-Token` + `X-User-Id` (developer.rocket.chat
 * "Authentication"). Reported under a token name with Rocket.Chat nearby. Every workspace is
 * its own server.
 */
export const rocketchat: ProviderRecord = {
  id: 'rocketchat',
  name: 'Rocket.Chat',
  rules: [
    {
      id: 'rocketchat-personal-access-token',
      description: 'Rocket.Chat personal access or auth token (43 chars) under a token name, with Rocket.Chat nearby.',
      pattern: withContext(
        START,
        `(?<=(?:${ci('auth-token')}|${ci('auth_token')}|${ci('authtoken')}|${ci('access_token')}|${ci('accesstoken')}|${ci('token')})["']?[\\s\\S]{0,12})${near(ROCKET_WORDS, 300, 300)}`,
        '[A-Za-z0-9_-]{43}',
        END,
      ),
      keywords: ROCKET_WORDS,
      window: { before: 340, after: 340 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 1,
      verify: (token) => !ROCKET_DOC_TOKENS.has(token),
      pair: {
        label: 'user ID',
        pattern: `${START_ALNUM}${METEOR_ID}{17}${END_ALNUM}`,
        window: { before: 300, after: 300 },
        envNames: ['ROCKETCHAT_USER_ID', 'RC_USER_ID'],
      },
    },
  ],
  envNames: ['ROCKETCHAT_AUTH_TOKEN', 'ROCKETCHAT_TOKEN', 'RC_AUTH_TOKEN'],
  envNote: 'Conventions of bots and scripts; the header pair is X-Auth-Token with X-User-Id.',
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[43, 43]], full: '[A-Za-z0-9_-]{43}' },
  noLive: "the API is on the workspace's own server, which the token does not name",
  rotateUrl: 'https://docs.rocket.chat/docs/manage-personal-access-tokens',
};

/**
 * Rocket.Chat incoming-webhook integration URL: `https://<workspace>/hooks/<integration id>/<token>`
 * (17-char id, 48-char token, both Meteor ids; lengths from the server's integration code and
 * examples). Rocket.Chat must be in or near the URL (cloud workspaces are `*.rocket.chat`).
 */
export const rocketchatWebhook: ProviderRecord = {
  id: 'rocketchat-webhook',
  name: 'Rocket.Chat webhook',
  rules: [
    {
      id: 'rocketchat-webhook-url',
      description: 'Rocket.Chat incoming webhook URL (…/hooks/<17-char id>/<48-char token>) with Rocket.Chat in or near it.',
      pattern: withContext('(?<![A-Za-z0-9+.-])', near(ROCKET_WORDS, 160, 200), `${SELF_HOSTED}/hooks/${METEOR_ID}{17}/${METEOR_ID}{48}`, END),
      keywords: ROCKET_WORDS,
      window: { before: 200, after: 520 },
      confidence: 'medium',
    },
  ],
  envNames: ['ROCKETCHAT_WEBHOOK_URL', 'ROCKET_CHAT_WEBHOOK'],
  format: { prefixes: ['https://', 'http://'], charset: '[A-Za-z0-9/:._~-]', lengths: [[80, 420]] },
  noLive: 'the URL is the secret, and the only request it accepts posts a message',
  rotateUrl: 'https://docs.rocket.chat/docs/integrations',
};

// ---------------------------------------------------------------- Zulip

/**
 * Zulip API keys (users and bots): 32 alphanumerics (zulip.com/api/api-keys; the Node client's
 * README says "your_32_character_api_key"). Found in a `zuliprc` (`[api]` with `email=`,
 * `key=`, `site=`) or under a Zulip key name. The API is the organization's own server (the
 * `site`), and it authenticates email + key, so there is no live check.
 */
export const zulip: ProviderRecord = {
  id: 'zulip',
  name: 'Zulip',
  rules: [
    {
      id: 'zulip-api-key',
      description: 'Zulip API key (32 alphanumerics) in a zuliprc or under a Zulip key name.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=\\n[ \\t]{0,4}key[ \\t]{0,4}=[ \\t]{0,4})(?:(?<=\\[api\\][\\s\\S]{0,300})|(?=[\\s\\S]{0,300}\\n[ \\t]{0,4}site[ \\t]{0,4}=))|(?<=${ci('zulip')}[\\s\\S]{0,40}(?:${ci('key')}|${ci('token')})[\\s\\S]{0,24}))`,
        '[A-Za-z0-9]{32}',
        END_ALNUM,
      ),
      keywords: ['zulip'],
      paths: ['zuliprc', '.zuliprc'],
      window: { before: 340, after: 340 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
    },
  ],
  envNames: ['ZULIP_API_KEY'],
  envNote: 'The Python bindings read ZULIP_API_KEY with ZULIP_EMAIL and ZULIP_SITE, or a zuliprc (ZULIP_CONFIG) file.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  noLive: "the key authenticates with its account's email on the organization's own server (the zuliprc site)",
  rotateUrl: 'https://zulip.com/help/protect-your-account',
};

// ---------------------------------------------------------------- Pusher

/**
 * Pusher Channels app credentials (dashboard > App Keys): app_id (digits), key (20 hex, public:
 * it is in every browser client), secret (20 hex), cluster. The secret is the credential; the
 * key is its pair. Every REST request is signed with an HMAC of the secret over the request,
 * which a LiveCheck cannot compute.
 */
export const pusher: ProviderRecord = {
  id: 'pusher',
  name: 'Pusher Channels',
  rules: [
    {
      id: 'pusher-app-secret',
      description: 'Pusher Channels app secret (20 hex) under a secret name, with Pusher nearby.',
      pattern: withContext(START_ALNUM, `(?<=${ci('secret')}["']?[\\s\\S]{0,12})${near(['pusher'], 300, 300)}`, '[0-9a-f]{20}', END_ALNUM),
      keywords: ['pusher'],
      window: { before: 340, after: 340 },
      confidence: 'medium',
      // 20 hex chars: random ones have an entropy around 3.3 bits per char, often below 3.
      minEntropy: 2.5,
      minDigits: 3,
      pair: {
        label: 'app key',
        pattern: `(?<=${ci('key')}["']?[\\s\\S]{0,12})${START_ALNUM}[0-9a-f]{20}${END_ALNUM}`,
        window: { before: 300, after: 300 },
        envNames: ['PUSHER_APP_KEY', 'PUSHER_KEY'],
      },
    },
  ],
  envNames: ['PUSHER_APP_SECRET', 'PUSHER_SECRET'],
  envNote: 'Laravel broadcasting reads PUSHER_APP_ID, PUSHER_APP_KEY, PUSHER_APP_SECRET and PUSHER_APP_CLUSTER; Pusher.forURL reads PUSHER_URL.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[20, 20]], full: '[0-9a-f]{20}' },
  noLive: "every Channels API request is signed with an HMAC of the secret over the request, which a fixed check cannot compute",
  rotateUrl: 'https://dashboard.pusher.com/',
};

// ---------------------------------------------------------------- Matrix

/**
 * Matrix access and refresh tokens issued by Synapse since 1.34: `syt_<base64 localpart>_<20
 * random>_<6-char checksum>` (`syr_` for refresh tokens). The homeserver that accepts them
 * (the client-server API's /account/whoami) is not named in the token. Gitter runs on Matrix
 * since February 2023 (its old API tokens were all invalidated then).
 */
export const matrix: ProviderRecord = {
  id: 'matrix',
  name: 'Matrix (Synapse)',
  rules: [
    {
      id: 'matrix-access-token',
      description: 'Matrix access or refresh token issued by Synapse (syt_…, syr_…).',
      pattern: `${START}sy[tr]_[A-Za-z0-9_-]{2,120}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}${END}`,
      keywords: ['syt_', 'syr_'],
      window: { before: 16, after: 170 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['MATRIX_ACCESS_TOKEN', 'MATRIX_TOKEN'],
  envNote: 'Conventions of bots and bridges (matrix-nio and matrix-bot-sdk take the token as an argument, with the homeserver URL in MATRIX_HOMESERVER).',
  format: { prefixes: ['syt_', 'syr_'], charset: '[A-Za-z0-9_-]', lengths: [[36, 160]], full: 'sy[tr]_[A-Za-z0-9_-]{2,120}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}' },
  noLive: 'the homeserver that issued the token is not named in it',
  rotateUrl: 'https://matrix.org/docs/',
};

export const chatRecords: ProviderRecord[] = [
  discordOAuth,
  microsoftTeamsWebhook,
  mattermostWebhook,
  mattermost,
  zapierWebhook,
  line,
  lineChannelSecret,
  webex,
  intercom,
  sendbird,
  rocketchat,
  rocketchatWebhook,
  zulip,
  pusher,
  matrix,
];
