import { dotenv, jsConst, jsonEntry, pyAssign, shellExport, tomlEntry, yamlEntry, curlBearer } from './contexts.js';
import { ALNUM, DIGITS, HEX, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const bot = (s: string): string => `xoxb-${fakeKey(`${s}t`, DIGITS, 11)}-${fakeKey(`${s}u`, DIGITS, 13)}-${fakeKey(`${s}k`, ALNUM, 24)}`;
const user = (s: string): string =>
  `xoxp-${fakeKey(`${s}t`, DIGITS, 11)}-${fakeKey(`${s}u`, DIGITS, 11)}-${fakeKey(`${s}v`, DIGITS, 13)}-${fakeKey(`${s}k`, HEX, 32)}`;
const app = (s: string): string => `xapp-1-A${fakeKey(`${s}a`, UPPER_ALNUM, 10)}-${fakeKey(`${s}n`, DIGITS, 13)}-${fakeKey(`${s}k`, HEX, 64)}`;
const config = (s: string): string => `xoxe.xoxp-1-${fakeKey(s, ALNUM, 150)}`;
/** A rotating (expiring) bot token, and the older two-part bot token. */
const rotatingBot = (s: string): string => `xoxe.xoxb-1-${fakeKey(s, ALNUM, 140)}`;
const oldBot = (s: string): string => `xoxb-${fakeKey(`${s}t`, DIGITS, 11)}-${fakeKey(`${s}k`, ALNUM, 24)}`;
const workspace = (s: string): string =>
  `xoxa-2-${fakeKey(`${s}a`, DIGITS, 11)}-${fakeKey(`${s}b`, DIGITS, 12)}-${fakeKey(`${s}c`, DIGITS, 12)}-${fakeKey(`${s}k`, HEX, 64)}`;
const refresh = (s: string): string => `xoxe-1-${fakeKey(s, ALNUM, 146)}`;
const workspaceRefresh = (s: string): string => `xoxr-${fakeKey(`${s}a`, DIGITS, 11)}-${fakeKey(`${s}b`, DIGITS, 12)}-${fakeKey(`${s}k`, HEX, 64)}`;
const xoxc = (s: string): string =>
  `xoxc-${fakeKey(`${s}a`, DIGITS, 10)}-${fakeKey(`${s}b`, DIGITS, 12)}-${fakeKey(`${s}c`, DIGITS, 13)}-${fakeKey(`${s}k`, HEX, 64)}`;
/** The d cookie as the browser stores it: URL-encoded base64. */
const xoxd = (s: string): string =>
  `xoxd-${fakeKey(`${s}1`, ALNUM, 60)}%2F${fakeKey(`${s}2`, ALNUM, 70)}%2B${fakeKey(`${s}3`, ALNUM, 48)}%3D%3D`;
const signing = (s: string): string => fakeKey(s, HEX, 32);
const clientId = (s: string): string => `${fakeKey(`${s}a`, DIGITS, 10)}.${fakeKey(`${s}b`, DIGITS, 13)}`;
const legacy = (s: string): string => `xoxs-${fakeKey(`${s}a`, DIGITS, 10)}-${fakeKey(`${s}b`, DIGITS, 11)}-${fakeKey(`${s}c`, DIGITS, 11)}-${fakeKey(`${s}k`, HEX, 64)}`;
const hook = (s: string): string => `https://hooks.slack.com/services/T${fakeKey(`${s}t`, UPPER_ALNUM, 8)}/B${fakeKey(`${s}b`, UPPER_ALNUM, 10)}/${fakeKey(`${s}k`, ALNUM, 24)}`;
const workflow = (s: string): string =>
  `https://hooks.slack.com/workflows/T${fakeKey(`${s}t`, UPPER_ALNUM, 8)}/A${fakeKey(`${s}a`, UPPER_ALNUM, 10)}/${fakeKey(`${s}n`, DIGITS, 18)}/${fakeKey(`${s}k`, ALNUM, 24)}`;

export const slackSamples: ProviderSamples[] = [
  {
    provider: 'slack',
    positives: [
      { text: dotenv('SLACK_BOT_TOKEN', bot('sl-1')), secret: bot('sl-1'), rule: 'slack-bot-token' },
      { text: pyAssign('SLACK_USER_TOKEN', user('sl-2')), secret: user('sl-2'), rule: 'slack-user-token' },
      { text: yamlEntry('SLACK_APP_TOKEN', app('sl-3')), secret: app('sl-3'), rule: 'slack-app-token' },
      { text: curlBearer('https://slack.com/api/apps.manifest.validate', config('sl-4')), secret: config('sl-4'), rule: 'slack-config-token' },
      { text: jsConst('legacyToken', legacy('sl-5')), secret: legacy('sl-5'), rule: 'slack-legacy-token' },
      { text: `client = WebClient(token="${rotatingBot('sl-6')}")  # expires in 12 h\n`, secret: rotatingBot('sl-6'), rule: 'slack-config-token' },
      { text: shellExport('SLACK_TOKEN', oldBot('sl-7')), secret: oldBot('sl-7'), rule: 'slack-bot-token' },
      { text: jsonEntry('access_token', workspace('sl-8')), secret: workspace('sl-8'), rule: 'slack-legacy-token' },
    ],
    negatives: [
      { text: 'SLACK_BOT_TOKEN=xoxb-XXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'X placeholder' },
      { text: 'token = "xoxp-1234-1234-1234-abcdefabcdefabcdefabcdefabcdefab"\n', why: 'sequential placeholder digits' },
      { text: 'SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}\n', why: 'variable reference' },
      { text: 'app = App(token=os.environ["SLACK_BOT_TOKEN"])\n', why: 'env reference' },
      { text: 'SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...\n', why: 'elided documentation example' },
    ],
  },
  {
    provider: 'slack-refresh',
    positives: [
      { text: dotenv('SLACK_CONFIG_REFRESH_TOKEN', refresh('sr-1')), secret: refresh('sr-1'), rule: 'slack-refresh-token' },
      {
        text: `{\n  "ok": true,\n  "token": "${config('sr-2a')}",\n  "refresh_token": "${refresh('sr-2')}",\n  "exp": 1633138860\n}\n`,
        secret: refresh('sr-2'),
        rule: 'slack-refresh-token',
      },
      { text: `curl -s -d "refresh_token=${refresh('sr-3')}" https://slack.com/api/tooling.tokens.rotate\n`, secret: refresh('sr-3'), rule: 'slack-refresh-token' },
      { text: yamlEntry('refresh_token', workspaceRefresh('sr-4')), secret: workspaceRefresh('sr-4'), rule: 'slack-refresh-workspace-token' },
    ],
    negatives: [
      { text: '"refresh_token": "xoxe-1-abcdefg",\n', why: "Slack's documentation example, too short" },
      { text: 'SLACK_REFRESH_TOKEN=${SLACK_REFRESH_TOKEN}\n', why: 'variable reference' },
      { text: `refresh = "xoxe-1-${'x'.repeat(120)}"\n`, why: 'repeated-x placeholder' },
    ],
  },
  {
    provider: 'slack-session',
    liveHost: 'slack.com',
    positives: [
      {
        text: `SLACK_MCP_XOXC_TOKEN=${xoxc('ss-1')}\nSLACK_MCP_XOXD_TOKEN=${xoxd('ss-1')}\n`,
        secret: xoxc('ss-1'),
        rule: 'slack-session-token',
        pair: xoxd('ss-1'),
      },
      {
        text: `curl https://slack.com/api/conversations.list \\\n  -H "Authorization: Bearer ${xoxc('ss-2')}" \\\n  --cookie "d=${xoxd('ss-2')}"\n`,
        secret: xoxc('ss-2'),
        rule: 'slack-session-token',
        pair: xoxd('ss-2'),
      },
      { text: tomlEntry('token', xoxc('ss-3')), secret: xoxc('ss-3'), rule: 'slack-session-token' },
    ],
    negatives: [
      { text: 'SLACK_MCP_XOXC_TOKEN=xoxc-...\nSLACK_MCP_XOXD_TOKEN=xoxd-...\n', why: 'elided placeholders' },
      { text: `token: xoxc-${fakeKey('ss-n1', DIGITS, 10)}...${fakeKey('ss-n2', HEX, 10)}\n`, why: 'truncated in a log line' },
      { text: 'export SLACK_MCP_XOXC_TOKEN="$(security find-generic-password -s slack -w)"\n', why: 'read from the keychain' },
    ],
  },
  {
    provider: 'slack-app-credentials',
    positives: [
      { text: `SLACK_BOT_TOKEN=\nSLACK_SIGNING_SECRET=${signing('sa-1')}\n`, secret: signing('sa-1'), rule: 'slack-app-credentials-signing-secret' },
      {
        text: `const { App } = require('@slack/bolt');\n\nconst app = new App({\n  signingSecret: '${signing('sa-2')}',\n  socketMode: false,\n});\n`,
        secret: signing('sa-2'),
        rule: 'slack-app-credentials-signing-secret',
      },
      {
        text: `SLACK_CLIENT_ID=${clientId('sa-3')}\nSLACK_CLIENT_SECRET=${signing('sa-3s')}\n`,
        secret: signing('sa-3s'),
        rule: 'slack-app-credentials-client-secret',
        pair: clientId('sa-3'),
      },
      {
        text: `installer = InstallProvider({\n  clientId: '${clientId('sa-4')}',\n  clientSecret: '${signing('sa-4s')}',\n});\n`,
        secret: signing('sa-4s'),
        rule: 'slack-app-credentials-client-secret',
        pair: clientId('sa-4'),
      },
    ],
    negatives: [
      { text: 'SLACK_SIGNING_SECRET=<your-signing-secret>\n', why: 'template placeholder' },
      { text: `{ "slack_app": "A04F1B2C3D", "etag": "${signing('sa-n3')}" }\n`, why: 'a 32-hex value that is not under a secret name' },
      { text: 'SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}\n', why: 'variable reference' },
      { text: "signingSecret: process.env.SLACK_SIGNING_SECRET,\n", why: 'env reference' },
    ],
  },
  {
    provider: 'slack-webhook',
    positives: [
      { text: dotenv('SLACK_WEBHOOK_URL', hook('sw-1')), secret: hook('sw-1'), rule: 'slack-webhook-url' },
      { text: `curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' ${hook('sw-2')}\n`, secret: hook('sw-2'), rule: 'slack-webhook-url' },
      { text: yamlEntry('webhook', workflow('sw-3')), secret: workflow('sw-3'), rule: 'slack-webhook-url' },
      { text: dotenv('SLACK_WEBHOOK', hook('sw-4').replace('hooks.slack.com', 'hooks.slack-gov.com')), secret: hook('sw-4').replace('hooks.slack.com', 'hooks.slack-gov.com'), rule: 'slack-webhook-url' },
    ],
    negatives: [
      { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n', why: "Slack's documentation example" },
      { text: 'webhook_url: ${{ secrets.SLACK_WEBHOOK_URL }}\n', why: 'Actions secret reference' },
      { text: 'see https://hooks.slack.com/services/ for setup\n', why: 'bare host, no token' },
    ],
  },
];
