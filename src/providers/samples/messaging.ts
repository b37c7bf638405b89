import { curlBearer, dotenv, jsObject, pyAssign, yamlEntry, jsonEntry } from './contexts.js';
import { ALNUM, B64URL, DIGITS, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const sg = (s: string): string => `SG.${fakeKey(`${s}a`, B64URL, 22)}.${fakeKey(`${s}b`, B64URL, 43)}`;
const sid = (s: string): string => `AC${fakeKey(s, HEX, 32)}`;
const authToken = (s: string): string => fakeKey(s, HEX, 32);
const apiSid = (s: string): string => `SK${fakeKey(s, HEX, 32)}`;
const apiSecret = (s: string): string => fakeKey(s, ALNUM, 32);
/** Discord bot token: base64 of an 18-digit user id (starts with M/N/O), timestamp, HMAC. */
const discordToken = (s: string): string =>
  `${Buffer.from(`1${fakeKey(`${s}i`, DIGITS, 17)}`).toString('base64').replace(/=+$/, '')}.${fakeKey(`${s}t`, B64URL, 6)}.${fakeKey(`${s}h`, B64URL, 38)}`;
/** A bot token of a given generation: snowflake digits (17 to 20) and HMAC length (27 or 38). */
const discordTokenOf = (s: string, digits: number, hmac: number): string =>
  `${Buffer.from(`${fakeKey(`${s}f`, '123456789', 1)}${fakeKey(`${s}i`, DIGITS, digits - 1)}`).toString('base64url')}.${fakeKey(`${s}t`, B64URL, 6)}.${fakeKey(`${s}h`, B64URL, hmac)}`;
const discordHook = (s: string): string => `https://discord.com/api/webhooks/1${fakeKey(`${s}i`, DIGITS, 18)}/${fakeKey(`${s}k`, B64URL, 68)}`;
const discordHookV10 = (s: string): string => `https://discord.com/api/v10/webhooks/1${fakeKey(`${s}i`, DIGITS, 17)}/${fakeKey(`${s}k`, B64URL, 68)}`;
const tg = (s: string): string => `${fakeKey(`${s}i`, '123456789', 1)}${fakeKey(`${s}n`, DIGITS, 9)}:AA${fakeKey(`${s}k`, B64URL, 33)}`;
const tg9 = (s: string): string => `${fakeKey(`${s}i`, '123456789', 1)}${fakeKey(`${s}n`, DIGITS, 8)}:AA${fakeKey(`${s}k`, B64URL, 33)}`;

export const messagingSamples: ProviderSamples[] = [
  {
    provider: 'sendgrid',
    positives: [
      { text: dotenv('SENDGRID_API_KEY', sg('sg-1')), secret: sg('sg-1'), rule: 'sendgrid-api-key' },
      { text: `sgMail.setApiKey('${sg('sg-2')}');\n`, secret: sg('sg-2'), rule: 'sendgrid-api-key' },
      { text: curlBearer('https://api.sendgrid.com/v3/mail/send', sg('sg-3')), secret: sg('sg-3'), rule: 'sendgrid-api-key' },
    ],
    negatives: [
      { text: 'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `msg.${fakeKey('sg-n1', B64URL, 22)}.${fakeKey('sg-n2', B64URL, 43)}\n`, why: '"sg." inside a longer word' },
      { text: 'sg = SendGridAPIClient(os.environ.get("SENDGRID_API_KEY"))\n', why: 'env reference' },
    ],
  },
  {
    provider: 'twilio',
    liveHost: 'twilio.com',
    positives: [
      { text: `TWILIO_ACCOUNT_SID=${sid('tw-1')}\nTWILIO_AUTH_TOKEN=${authToken('tw-1t')}\n`, secret: authToken('tw-1t'), rule: 'twilio-auth-token', pair: sid('tw-1') },
      { text: `const client = twilio("${sid('tw-2')}", "${authToken('tw-2t')}");\n`, secret: authToken('tw-2t'), rule: 'twilio-auth-token', pair: sid('tw-2') },
      { text: `account_sid = "${sid('tw-4')}"\nauth_token = "${authToken('tw-4t')}"\n`, secret: authToken('tw-4t'), rule: 'twilio-auth-token', pair: sid('tw-4') },
      // The token alone, named by "twilio": reported without its SID (the check then says the SID is missing).
      { text: `export TWILIO_AUTH_TOKEN='${authToken('tw-5t')}'\n`, secret: authToken('tw-5t'), rule: 'twilio-auth-token' },
      { text: `twilio:\n  account_sid: ${sid('tw-6')}\n  auth_token: ${authToken('tw-6t')}\n`, secret: authToken('tw-6t'), rule: 'twilio-auth-token', pair: sid('tw-6') },
      {
        // A whole .env: the auth token pairs with the account SID, not with the API key SID (the API key secret is twilio-api-key's).
        text: `TWILIO_ACCOUNT_SID=${sid('tw-7')}\nTWILIO_AUTH_TOKEN=${authToken('tw-7t')}\nTWILIO_API_KEY=${apiSid('tw-7k')}\nTWILIO_API_SECRET=${apiSecret('tw-7s')}\n`,
        secret: authToken('tw-7t'),
        rule: 'twilio-auth-token',
        pair: sid('tw-7'),
      },
    ],
    negatives: [
      { text: `TWILIO_ACCOUNT_SID=${sid('tw-n1')}\n`, why: 'account SID alone is an identifier' },
      { text: 'TWILIO_AUTH_TOKEN=your_auth_token\n', why: 'placeholder words' },
      { text: 'TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}\n', why: 'variable reference' },
      { text: `TWILIO_API_KEY=${apiSid('tw-n2')}\n`, why: 'API key SID alone is an identifier' },
      { text: `checksum = "${authToken('tw-n3')}"\n`, why: '32 hex with neither "twilio" nor an account SID near it' },
    ],
  },
  {
    provider: 'discord',
    positives: [
      { text: dotenv('DISCORD_TOKEN', discordToken('dc-1')), secret: discordToken('dc-1'), rule: 'discord-bot-token' },
      { text: `const { Client } = require('discord.js');\nclient.login('${discordToken('dc-2')}');\n`, secret: discordToken('dc-2'), rule: 'discord-bot-token' },
      { text: pyAssign('DISCORD_BOT_TOKEN', discordToken('dc-3')), secret: discordToken('dc-3'), rule: 'discord-bot-token' },
      { text: `# discord.py\nbot.run("${discordTokenOf('dc-4', 17, 27)}")\n`, secret: discordTokenOf('dc-4', 17, 27), rule: 'discord-bot-token' },
      { text: yamlEntry('DISCORD_TOKEN', discordTokenOf('dc-5', 19, 38)), secret: discordTokenOf('dc-5', 19, 38), rule: 'discord-bot-token' },
      {
        text: `curl -H "Authorization: Bot ${discordTokenOf('dc-6', 20, 38)}" https://discord.com/api/v10/users/@me\n`,
        secret: discordTokenOf('dc-6', 20, 38),
        rule: 'discord-bot-token',
      },
    ],
    negatives: [
      { text: 'DISCORD_TOKEN=your-bot-token-here\n', why: 'placeholder words' },
      { text: "client.login(process.env.DISCORD_TOKEN);\n", why: 'env reference' },
      { text: `version = "${discordToken('dc-n1')}"\n`, why: 'token shape with no Discord context' },
      {
        text: `DISCORD_TOKEN=M${fakeKey('dc-n2', B64URL, 23)}.${fakeKey('dc-n3', B64URL, 6)}.${fakeKey('dc-n4', B64URL, 38)}\n`,
        why: 'first segment does not decode to a user id',
      },
    ],
  },
  {
    provider: 'discord-webhook',
    positives: [
      { text: dotenv('DISCORD_WEBHOOK_URL', discordHook('dw-1')), secret: discordHook('dw-1'), rule: 'discord-webhook-url' },
      { text: `requests.post("${discordHook('dw-2')}", json={"content": "build ok"})\n`, secret: discordHook('dw-2'), rule: 'discord-webhook-url' },
      { text: jsonEntry('webhook', discordHook('dw-3')), secret: discordHook('dw-3'), rule: 'discord-webhook-url' },
      { text: dotenv('DISCORD_WEBHOOK', discordHookV10('dw-4')), secret: discordHookV10('dw-4'), rule: 'discord-webhook-url' },
    ],
    negatives: [
      { text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/<id>/<token>\n', why: 'template placeholder' },
      { text: 'webhook: ${{ secrets.DISCORD_WEBHOOK }}\n', why: 'Actions secret reference' },
      { text: `https://discord.com/api/webhooks/1${fakeKey('dw-n1', DIGITS, 18)}/${fakeKey('dw-n2', B64URL, 20)}\n`, why: 'token part truncated' },
    ],
  },
  {
    provider: 'telegram',
    positives: [
      { text: dotenv('TELEGRAM_BOT_TOKEN', tg('tg-1')), secret: tg('tg-1'), rule: 'telegram-bot-token' },
      { text: `curl https://api.telegram.org/bot${tg('tg-2')}/getMe\n`, secret: tg('tg-2'), rule: 'telegram-bot-token' },
      { text: jsObject('telegramToken', tg('tg-3')), secret: tg('tg-3'), rule: 'telegram-bot-token' },
      { text: yamlEntry('telegram_bot_token', tg('tg-4')), secret: tg('tg-4'), rule: 'telegram-bot-token' },
      { text: `# token from @BotFather\nBOT_TOKEN = "${tg9('tg-5')}"\n`, secret: tg9('tg-5'), rule: 'telegram-bot-token' },
    ],
    negatives: [
      { text: 'TELEGRAM_BOT_TOKEN=123456789:ABCdefGhIJKlmNoPQRsTUVwxyZ\n', why: 'documentation sample, too short' },
      { text: 'TELEGRAM_BOT_TOKEN=<bot token from @BotFather>\n', why: 'template placeholder' },
      { text: `time: ${fakeKey('tg-n1', DIGITS, 9)}:${fakeKey('tg-n2', B64URL, 35)}\n`, why: 'token shape with no Telegram context' },
      { text: 'bot = Bot(token=os.environ["TELEGRAM_BOT_TOKEN"])\n', why: 'env reference' },
    ],
  },
];
