import { dotenv, jsConst, pyAssign, yamlEntry, curlBearer } from './contexts.js';
import { ALNUM, DIGITS, HEX, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const bot = (s: string): string => `xoxb-${fakeKey(`${s}t`, DIGITS, 11)}-${fakeKey(`${s}u`, DIGITS, 13)}-${fakeKey(`${s}k`, ALNUM, 24)}`;
const user = (s: string): string =>
  `xoxp-${fakeKey(`${s}t`, DIGITS, 11)}-${fakeKey(`${s}u`, DIGITS, 11)}-${fakeKey(`${s}v`, DIGITS, 13)}-${fakeKey(`${s}k`, HEX, 32)}`;
const app = (s: string): string => `xapp-1-A${fakeKey(`${s}a`, UPPER_ALNUM, 10)}-${fakeKey(`${s}n`, DIGITS, 13)}-${fakeKey(`${s}k`, HEX, 64)}`;
const config = (s: string): string => `xoxe.xoxp-1-${fakeKey(s, ALNUM, 150)}`;
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
    ],
    negatives: [
      { text: 'SLACK_BOT_TOKEN=xoxb-XXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'X placeholder' },
      { text: 'token = "xoxp-1234-1234-1234-abcdefabcdefabcdefabcdefabcdefab"\n', why: 'sequential placeholder digits' },
      { text: 'SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}\n', why: 'variable reference' },
      { text: 'app = App(token=os.environ["SLACK_BOT_TOKEN"])\n', why: 'env reference' },
    ],
  },
  {
    provider: 'slack-webhook',
    positives: [
      { text: dotenv('SLACK_WEBHOOK_URL', hook('sw-1')), secret: hook('sw-1'), rule: 'slack-webhook-url' },
      { text: `curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' ${hook('sw-2')}\n`, secret: hook('sw-2'), rule: 'slack-webhook-url' },
      { text: yamlEntry('webhook', workflow('sw-3')), secret: workflow('sw-3'), rule: 'slack-webhook-url' },
    ],
    negatives: [
      { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n', why: "Slack's documentation example" },
      { text: 'webhook_url: ${{ secrets.SLACK_WEBHOOK_URL }}\n', why: 'Actions secret reference' },
      { text: 'see https://hooks.slack.com/services/ for setup\n', why: 'bare host, no token' },
    ],
  },
];
