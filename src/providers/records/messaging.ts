/** Messaging: SendGrid, Twilio, Discord (bot tokens and webhooks), Telegram bots. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, END_ALNUM, errorDetail, field, near, START, START_ALNUM, verdict, withContext } from './shared.js';

export const sendgrid: ProviderRecord = {
  id: 'sendgrid',
  name: 'SendGrid',
  rules: [
    {
      id: 'sendgrid-api-key',
      description: 'SendGrid API key (SG.<22>.<43>).',
      pattern: `${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`,
      keywords: ['sg.'],
      window: { before: 16, after: 80 },
      confidence: 'high',
      minEntropy: 4,
    },
  ],
  envNames: ['SENDGRID_API_KEY'],
  format: { prefixes: ['SG.'], charset: '[A-Za-z0-9_.-]', lengths: [[69, 69]], full: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}' },
  rotateUrl: 'https://app.sendgrid.com/settings/api_keys',
  live: {
    base: 'https://api.sendgrid.com',
    path: '/v3/scopes',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: (res: LiveResponse): LiveVerdict | undefined => {
      if (res.status !== 200) return undefined;
      const scopes = field(res.json, 'scopes');
      return Array.isArray(scopes) ? { status: 'valid', scopes: scopes.filter((s): s is string => typeof s === 'string') } : { status: 'valid' };
    },
  },
};

const ACCOUNT_SID = '(?<![A-Za-z0-9])AC[0-9a-fA-F]{32}(?![A-Za-z0-9])';
const API_KEY_SID = '(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])';
/** The SIDs as the other part of a pair (the SID is group 1). Pattern `^AC|SK[0-9a-fA-F]{32}$` in Twilio's API reference. */
export const TWILIO_ACCOUNT_SID = ACCOUNT_SID;
export const TWILIO_API_KEY_SID = API_KEY_SID;

/**
 * Twilio's error body (`{"code": 20003, "message": "Authenticate", "more_info": …, "status": 401}`,
 * twilio.com/docs/api/errors): 20003 is a rejected credential; 70051 (authorization failed) is
 * an authenticated Restricted API key without the permission; 20403 an account suspended or
 * closed. A 200 on the account list says the account's own status.
 */
export function twilioInterpret(res: LiveResponse): LiveVerdict | undefined {
  const code = field(res.json, 'code');
  const detail = (): string | undefined => {
    const msg = errorDetail(res);
    return typeof code === 'number' ? `${code}${msg ? ` ${msg}` : ''}` : msg;
  };
  if (res.status === 200) {
    const accounts = field(res.json, 'accounts');
    const first = Array.isArray(accounts) ? (accounts[0] as unknown) : undefined;
    const status = field(first, 'status');
    if (status === 'suspended' || status === 'closed') return verdict('restricted', `account ${status}`);
    return undefined;
  }
  if ((res.status === 401 || res.status === 403) && code === 70051) return verdict('restricted', detail());
  if (res.status === 403 && code === 20403) return verdict('restricted', detail());
  if (res.status === 401 && code === 20003) return verdict('invalid', detail());
  return undefined;
}

/**
 * Twilio account credentials: the auth token (32 lower-case hex) authenticates only with its
 * account SID (AC + 32 hex) as HTTP Basic `SID:token` (twilio.com/docs/usage/requests-to-twilio).
 * The token is a pair with its SID; the SID alone is an identifier and is never reported
 * (`twilio-sid` claims it and rejects it, which keeps generic rules off `TWILIO_ACCOUNT_SID=AC…`).
 * A token is reported alone when "twilio" names it (the name, not the bare 32-hex shape, makes it
 * Twilio's); next to an account SID alone it is found with its pair by construction.
 * API key secrets (SK… + secret) are the `twilio-api-key` record (email-sms.ts): their check
 * differs (Standard API keys may not read /Accounts).
 *
 * Live: GET /2010-04-01/Accounts.json?PageSize=1 with Basic SID:token (read-only; lists the
 * account the credential belongs to). 200 valid (a suspended or closed account: restricted);
 * 401 with code 20003 invalid; 403 (20403) a suspended account. The account fetch
 * (/Accounts/{SID}.json) would say the same but puts the SID in the path.
 */
export const twilio: ProviderRecord = {
  id: 'twilio',
  name: 'Twilio',
  rules: [
    {
      id: 'twilio-auth-token',
      description: 'Twilio auth token (32 hex) next to "twilio" or an account SID, reported with its account SID (AC…) when it is nearby.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=(?:twilio|Twilio|TWILIO)[\\s\\S]{0,96})|(?<=${ACCOUNT_SID}[\\s\\S]{0,160})|(?=[\\s\\S]{0,200}${ACCOUNT_SID}))`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['twilio', 'auth_token', 'authtoken'],
      window: { before: 240, after: 240 },
      // The context needs the word or an account SID: most `auth_token` windows have neither.
      requires: ['twilio', 'Twilio', 'TWILIO', 'AC'],
      requiresRun: { chars: '0-9a-f', lengths: [32] },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: { label: 'account SID', pattern: ACCOUNT_SID, window: { before: 240, after: 240 }, envNames: ['TWILIO_ACCOUNT_SID'] },
    },
    {
      id: 'twilio-sid',
      description: 'Twilio account or API key SID (AC…/SK…): an identifier, never reported; it keeps generic rules off `TWILIO_API_KEY=SK…`.',
      pattern: `${START_ALNUM}(?:AC[0-9a-f]{32}|SK[0-9a-fA-F]{32})${END_ALNUM}`,
      keywords: ['twilio'],
      window: { before: 120, after: 120 },
      confidence: 'low',
      // Claims the span and rejects it: the engine then keeps generic rules off it too.
      verify: () => false,
    },
  ],
  envNames: ['TWILIO_AUTH_TOKEN'],
  envNote: 'twilio SDKs pair TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET, the twilio-api-key record); the SIDs are identifiers.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  live: {
    base: 'https://api.twilio.com',
    path: '/2010-04-01/Accounts.json?PageSize=1',
    method: 'GET',
    auth: { kind: 'basic', user: '{pair}' },
    interpret: twilioInterpret,
  },
};

/**
 * A Discord bot token is three base64url segments: the bot's user id (a snowflake of 17 to 20
 * digits, so 23 to 27 chars unpadded, starting M/N/O), a 6-char timestamp, and an HMAC of 27
 * (older) or 38 (current) chars. `verify` decodes the first segment: it must be a snowflake.
 * Sources: Discord's developer docs (Bot authorization header, users/@me) and published token
 * shapes; the segment lengths are derived from the snowflake sizes, the HMAC lengths from examples.
 */
const DISCORD_BOT_TOKEN = '[MNO][A-Za-z0-9_-]{22,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}';

/** The first segment of a bot token decodes to the bot's snowflake id. */
export function discordTokenIdOk(token: string): boolean {
  const first = token.split('.')[0] ?? '';
  return /^[1-9][0-9]{16,19}$/.test(Buffer.from(first, 'base64url').toString('latin1'));
}

export const discord: ProviderRecord = {
  id: 'discord',
  name: 'Discord bot',
  rules: [
    {
      id: 'discord-bot-token',
      description: 'Discord bot token (base64 user id . timestamp . HMAC) next to "discord".',
      pattern: withContext(START, near(['discord'], 160, 240), DISCORD_BOT_TOKEN, END),
      keywords: ['discord'],
      window: { before: 240, after: 240 },
      confidence: 'high',
      minEntropy: 4,
      verify: discordTokenIdOk,
    },
  ],
  envNames: ['DISCORD_TOKEN', 'DISCORD_BOT_TOKEN'],
  format: {
    prefixes: [],
    charset: '[A-Za-z0-9_.-]',
    lengths: [[58, 73]],
    full: DISCORD_BOT_TOKEN,
  },
  rotateUrl: 'https://discord.com/developers/applications',
  // GET users/@me with `Authorization: Bot <token>`: 200 is the bot user, 401 a bad token, 429 throttled.
  live: {
    base: 'https://discord.com',
    path: '/api/v10/users/@me',
    method: 'GET',
    auth: { kind: 'header', name: 'Authorization', prefix: 'Bot ' },
  },
};

/** The webhook URL is the secret; a GET on it would validate, but LiveCheck cannot target it. */
export const discordWebhook: ProviderRecord = {
  id: 'discord-webhook',
  name: 'Discord webhook',
  rules: [
    {
      id: 'discord-webhook-url',
      description: 'Discord webhook URL (id and token), with or without an API version in the path.',
      pattern: `https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,68}${END}`,
      keywords: ['discord.com/api/', 'discordapp.com/api/'],
      window: { before: 24, after: 130 },
      confidence: 'high',
    },
  ],
  envNames: ['DISCORD_WEBHOOK_URL', 'DISCORD_WEBHOOK'],
  format: { prefixes: ['https://discordapp.com/api/', 'https://discord.com/api/'], charset: '[A-Za-z0-9_/-]', lengths: [[110, 145]] },
  noLive: 'the webhook URL is the secret; a request to it would send the secret in a URL',
  rotateUrl: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks',
};

/**
 * Telegram bot token: `<bot id>:<35 chars>` (BotFather; Bot API docs "Authorizing your bot").
 * Bot ids were 8 to 10 digits so far and keep growing (the Bot API allows up to 52 bits), so up
 * to 11 digits are accepted. The secret part has always started with "AA" in practice; any
 * 35 base64url chars are accepted, with Telegram context required.
 */
export const telegram: ProviderRecord = {
  id: 'telegram',
  name: 'Telegram bot',
  rules: [
    {
      id: 'telegram-bot-token',
      description: 'Telegram bot token (<bot id>:<35 chars>) next to "telegram".',
      pattern: withContext('(?:(?<![A-Za-z0-9])|(?<=/bot))', near(['telegram', 'tgram', 'botfather'], 120, 200), '[0-9]{8,11}:[A-Za-z0-9_-]{35}', END),
      keywords: ['telegram', 'tgram', 'botfather'],
      window: { before: 240, after: 240 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_TOKEN', 'BOT_TOKEN'],
  format: { prefixes: [], charset: '[A-Za-z0-9_:-]', lengths: [[44, 47]], full: '[0-9]{8,11}:[A-Za-z0-9_-]{35}' },
  rotateUrl: 'https://t.me/BotFather',
  // GET /bot<token>/getMe (the Bot API takes the token only in the path): 200 ok:true is the
  // bot, 401 Unauthorized a revoked token, 404 a malformed one.
  live: {
    base: 'https://api.telegram.org',
    path: '/bot{key}/getMe',
    method: 'GET',
    auth: { kind: 'path', template: '/bot{key}/getMe' },
    // 404 is Telegram's answer to a malformed token.
    interpret: (res) => (res.status === 404 ? verdict('invalid', errorDetail(res) ?? 'Not Found') : undefined),
  },
};

export const messagingRecords: ProviderRecord[] = [sendgrid, twilio, discord, discordWebhook, telegram];
