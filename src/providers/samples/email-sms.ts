import { curlBearer, curlHeader, dotenv, dotenvQuoted, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, HEX_UPPER, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const hex = (s: string, n = 32): string => fakeKey(s, HEX, n);
/** A random value with at least one lower-case letter, upper-case letter and digit, `n` chars. */
const mixedKey = (s: string, n: number): string => `${fakeKey(`${s}l`, LOWER, 1)}${fakeKey(`${s}u`, UPPER, 1)}${fakeKey(`${s}d`, DIGITS, 1)}${fakeKey(s, ALNUM, n - 3)}`;
const uuid = (s: string): string => {
  const h = hex(s);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

const mgKey = (s: string): string => `${hex(`${s}a`)}-${hex(`${s}b`, 8)}-${hex(`${s}c`, 8)}`;
const mgLegacy = (s: string): string => `key-${fakeKey(s, LOWER_ALNUM, 32)}`;
const mcKey = (s: string, dc: string): string => `${hex(s)}-us${dc}`;
const mandrillKey = (s: string): string => `${mixedKey(s, 20).slice(0, 10)}_${fakeKey(`${s}t`, B64URL, 11)}`;
const brevoKey = (s: string, kind: 'xkeysib' | 'xsmtpsib'): string => `${kind}-${hex(`${s}h`, 64)}-${mixedKey(`${s}t`, 16)}`;
const resendKey = (s: string, a = 8, b = 24): string => `re_${mixedKey(`${s}a`, a)}_${mixedKey(`${s}b`, b)}`;
const skSid = (s: string): string => `SK${hex(s)}`;
const acSid = (s: string): string => `AC${hex(s)}`;
const vonageKey = (s: string): string => hex(s, 8);
const plivoId = (s: string): string => `MA${fakeKey(s, UPPER_ALNUM, 18)}`;
const telnyxKey = (s: string): string => `KEY${fakeKey(s, HEX_UPPER, 32)}_${mixedKey(`${s}t`, 22)}`;
const sinchValue = (s: string): string => `${fakeKey(`${s}d`, DIGITS, 2)}${fakeKey(s, LOWER_ALNUM, 30)}`;
const akia = (s: string): string => `AKIA${fakeKey(s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
/** SES SMTP password: base64 of version byte 0x04 (B + A–P) or 0x02 (A + g–v) and a 32-byte HMAC. */
const sesPassword = (s: string, version: 2 | 4 = 4): string =>
  `${version === 4 ? `B${fakeKey(`${s}v`, 'ABCDEFGHIJKLMNOP', 1)}` : `A${fakeKey(`${s}v`, 'ghijklmnopqrstuv', 1)}`}${mixedKey(`${s}b`, 40)}+${fakeKey(`${s}s`, B64, 1)}`;

export const emailSmsSamples: ProviderSamples[] = [
  {
    provider: 'mailgun',
    liveHost: 'mailgun.net',
    positives: [
      { text: dotenv('MAILGUN_API_KEY', mgKey('mg-1')), secret: mgKey('mg-1'), rule: 'mailgun-api-key' },
      { text: `const mg = mailgun.client({ username: 'api', key: '${mgKey('mg-2')}' });\n`, secret: mgKey('mg-2'), rule: 'mailgun-api-key' },
      { text: `MAILGUN_DOMAIN=mg.example.org\nMAILGUN_SENDING_KEY="${mgKey('mg-5')}"\n`, secret: mgKey('mg-5'), rule: 'mailgun-api-key' },
      {
        text: `curl -s --user 'api:${mgLegacy('mg-3')}' \\\n  https://api.mailgun.net/v3/mg.example.org/messages -F to=ops@example.org\n`,
        secret: mgLegacy('mg-3'),
        rule: 'mailgun-legacy-api-key',
      },
      { text: `mailgun:\n  domain: mg.example.org\n  api_key: ${mgLegacy('mg-4')}\n`, secret: mgLegacy('mg-4'), rule: 'mailgun-legacy-api-key' },
    ],
    negatives: [
      { text: 'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: "curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/samples.mailgun.org/log\n", why: "the old documentation's example key" },
      { text: 'mg_client = Client(auth=("api", os.environ["MAILGUN_API_KEY"]))\n', why: 'env reference' },
      { text: `artifact: build-${mgKey('mg-n1')}\n`, why: 'the new key shape with no Mailgun context' },
      { text: `mailgun_event_id = "${mgKey('mg-n2').slice(0, 41)}"\n`, why: 'the last group is missing' },
    ],
  },
  {
    provider: 'mailgun-webhook',
    positives: [
      { text: dotenv('MAILGUN_WEBHOOK_SIGNING_KEY', hex('mw-1')), secret: hex('mw-1'), rule: 'mailgun-webhook-signing-key' },
      {
        text: `ANYMAIL = {\n    "MAILGUN_API_KEY": env("MAILGUN_API_KEY"),\n    "MAILGUN_WEBHOOK_SIGNING_KEY": "${hex('mw-2')}",\n}\n`,
        secret: hex('mw-2'),
        rule: 'mailgun-webhook-signing-key',
      },
      { text: yamlEntry('MAILGUN_SIGNING_KEY', hex('mw-3')), secret: hex('mw-3'), rule: 'mailgun-webhook-signing-key' },
    ],
    negatives: [
      { text: `webhook_id = "${hex('mw-n1')}"\n`, why: '32 hex with no Mailgun name' },
      { text: 'MAILGUN_WEBHOOK_SIGNING_KEY=${{ secrets.MAILGUN_WEBHOOK_SIGNING_KEY }}\n', why: 'Actions secret reference' },
      { text: 'mailgun_webhook_signing_key = "your-signing-key"\n', why: 'placeholder words' },
    ],
  },
  {
    provider: 'mailchimp',
    positives: [
      { text: dotenv('MAILCHIMP_API_KEY', mcKey('mc-1', '21')), secret: mcKey('mc-1', '21'), rule: 'mailchimp-api-key' },
      { text: `mailchimp.setConfig({ apiKey: '${mcKey('mc-2', '6')}', server: 'us6' });\n`, secret: mcKey('mc-2', '6'), rule: 'mailchimp-api-key' },
      {
        text: `client = MailchimpMarketing.Client()\nclient.set_config({"api_key": "${mcKey('mc-3', '19')}", "server": "us19"})\n`,
        secret: mcKey('mc-3', '19'),
        rule: 'mailchimp-api-key',
      },
    ],
    negatives: [
      { text: 'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21\n', why: 'repeated-x placeholder' },
      { text: `mailchimp_list_id = "${hex('mc-n1')}-us"\n`, why: 'no data center number' },
      { text: `locale_cache/${hex('mc-n2')}-uk1.json\n`, why: 'not a Mailchimp data center' },
      { text: "mailchimp.setConfig({ apiKey: process.env.MAILCHIMP_API_KEY, server: 'us21' });\n", why: 'env reference' },
    ],
  },
  {
    provider: 'mandrill',
    positives: [
      { text: dotenv('MANDRILL_API_KEY', mandrillKey('md-1')), secret: mandrillKey('md-1'), rule: 'mandrill-api-key' },
      {
        text: `const mailchimpTx = require("@mailchimp/mailchimp_transactional")("${mandrillKey('md-2')}");\n`,
        secret: mandrillKey('md-2'),
        rule: 'mandrill-api-key',
      },
      { text: `import mandrill\nmandrill_client = mandrill.Mandrill('${mandrillKey('md-3')}')\n`, secret: mandrillKey('md-3'), rule: 'mandrill-api-key' },
    ],
    negatives: [
      { text: 'MANDRILL_API_KEY=your-mandrill-api-key\n', why: 'placeholder words' },
      { text: `session_ref = "${mandrillKey('md-n1')}"\n`, why: 'the shape with no Mandrill context' },
      { text: 'mandrill_client = mandrill.Mandrill(os.environ["MANDRILL_API_KEY"])\n', why: 'env reference' },
    ],
  },
  {
    provider: 'postmark',
    liveHost: 'postmarkapp.com',
    positives: [
      { text: dotenv('POSTMARK_SERVER_TOKEN', uuid('pm-1')), secret: uuid('pm-1'), rule: 'postmark-server-token' },
      { text: `const client = new postmark.ServerClient("${uuid('pm-2')}");\n`, secret: uuid('pm-2'), rule: 'postmark-server-token' },
      {
        text: `curl "https://api.postmarkapp.com/email" -X POST \\\n  -H "X-Postmark-Server-Token: ${uuid('pm-3')}" -d @message.json\n`,
        secret: uuid('pm-3'),
        rule: 'postmark-server-token',
      },
      { text: `postmark:\n  api_token: ${uuid('pm-4')}\n`, secret: uuid('pm-4'), rule: 'postmark-server-token' },
      {
        text: `POSTMARK_ACCOUNT_TOKEN=${uuid('pm-5a')}\nPOSTMARK_SERVER_TOKEN=${uuid('pm-5')}\n`,
        secret: uuid('pm-5'),
        rule: 'postmark-server-token',
      },
    ],
    negatives: [
      { text: 'X-Postmark-Server-Token: POSTMARK_API_TEST\n', why: 'the documented test token' },
      { text: `request_id = "${uuid('pm-n1')}"\n`, why: 'a UUID with no Postmark name' },
      { text: 'POSTMARK_SERVER_TOKEN=${{ secrets.POSTMARK_SERVER_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'postmark-account',
    liveHost: 'postmarkapp.com',
    positives: [
      { text: dotenv('POSTMARK_ACCOUNT_TOKEN', uuid('pa-1')), secret: uuid('pa-1'), rule: 'postmark-account-token' },
      {
        text: `curl "https://api.postmarkapp.com/servers?count=50&offset=0" \\\n  -H "X-Postmark-Account-Token: ${uuid('pa-2')}"\n`,
        secret: uuid('pa-2'),
        rule: 'postmark-account-token',
      },
      { text: `const accountClient = new postmark.AccountClient("${uuid('pa-3')}");\n`, secret: uuid('pa-3'), rule: 'postmark-account-token' },
    ],
    negatives: [
      { text: 'POSTMARK_ACCOUNT_TOKEN=<account token>\n', why: 'template placeholder' },
      { text: `account_id = "${uuid('pa-n1')}"\n`, why: 'a UUID with no Postmark name' },
      { text: 'accountClient = new postmark.AccountClient(process.env.POSTMARK_ACCOUNT_TOKEN);\n', why: 'env reference' },
    ],
  },
  {
    provider: 'sparkpost',
    liveHost: 'sparkpost.com',
    positives: [
      { text: dotenv('SPARKPOST_API_KEY', hex('sp-1', 40)), secret: hex('sp-1', 40), rule: 'sparkpost-api-key' },
      { text: `const SparkPost = require('sparkpost');\nconst client = new SparkPost('${hex('sp-2', 40)}');\n`, secret: hex('sp-2', 40), rule: 'sparkpost-api-key' },
      { text: curlHeader('https://api.sparkpost.com/api/v1/account', 'Authorization', hex('sp-3', 40)), secret: hex('sp-3', 40), rule: 'sparkpost-api-key' },
      { text: `$sparky = new SparkPost($httpClient, ['key' => '${hex('sp-4', 40)}']);\n`, secret: hex('sp-4', 40), rule: 'sparkpost-api-key' },
    ],
    negatives: [
      { text: 'curl https://api.sparkpost.com/api/v1/account -H "Authorization: 14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf"\n', why: "the reference's example key" },
      { text: `sparkpost@2.1.4:\n  resolved "https://codeload.github.com/SparkPost/node-sparkpost/tar.gz/${hex('sp-n1', 40)}"\n`, why: 'a commit SHA in a lockfile' },
      { text: 'SPARKPOST_API_KEY=<your api key>\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'brevo',
    liveHost: 'brevo.com',
    positives: [
      { text: dotenv('BREVO_API_KEY', brevoKey('bv-1', 'xkeysib')), secret: brevoKey('bv-1', 'xkeysib'), rule: 'brevo-api-key' },
      { text: curlHeader('https://api.brevo.com/v3/account', 'api-key', brevoKey('bv-2', 'xkeysib')), secret: brevoKey('bv-2', 'xkeysib'), rule: 'brevo-api-key' },
      {
        text: `configuration = sib_api_v3_sdk.Configuration()\nconfiguration.api_key['api-key'] = '${brevoKey('bv-3', 'xkeysib')}'\n`,
        secret: brevoKey('bv-3', 'xkeysib'),
        rule: 'brevo-api-key',
      },
    ],
    negatives: [
      { text: 'BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `BREVO_API_KEY=xkeysib-${hex('bv-n1', 64)}\n`, why: 'truncated: the suffix is missing' },
      { text: 'SENDINBLUE_API_KEY=${SENDINBLUE_API_KEY}\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'brevo-smtp',
    positives: [
      { text: dotenv('BREVO_SMTP_KEY', brevoKey('bs-1', 'xsmtpsib')), secret: brevoKey('bs-1', 'xsmtpsib'), rule: 'brevo-smtp-key' },
      {
        text: `const transport = nodemailer.createTransport({\n  host: 'smtp-relay.brevo.com',\n  auth: { user: 'ops@example.org', pass: '${brevoKey('bs-2', 'xsmtpsib')}' },\n});\n`,
        secret: brevoKey('bs-2', 'xsmtpsib'),
        rule: 'brevo-smtp-key',
      },
      {
        text: `spring:\n  mail:\n    host: smtp-relay.brevo.com\n    password: ${brevoKey('bs-3', 'xsmtpsib')}\n`,
        secret: brevoKey('bs-3', 'xsmtpsib'),
        rule: 'brevo-smtp-key',
      },
    ],
    negatives: [
      { text: 'BREVO_SMTP_KEY=xsmtpsib-<your smtp key>\n', why: 'template placeholder' },
      { text: `smtp_key: xsmtpsib-${hex('bs-n1', 40)}\n`, why: 'truncated' },
      { text: 'password: ${BREVO_SMTP_KEY}\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'mailjet',
    liveHost: 'mailjet.com',
    positives: [
      { text: `MJ_APIKEY_PUBLIC=${hex('mj-1p')}\nMJ_APIKEY_PRIVATE=${hex('mj-1')}\n`, secret: hex('mj-1'), rule: 'mailjet-secret-key', pair: hex('mj-1p') },
      {
        text: `MAILJET_API_KEY = "${hex('mj-2p')}"\nMAILJET_SECRET_KEY = "${hex('mj-2')}"\n`,
        secret: hex('mj-2'),
        rule: 'mailjet-secret-key',
        pair: hex('mj-2p'),
      },
      {
        text: `mailjet:\n  api_key: ${hex('mj-3p')}\n  secret_key: ${hex('mj-3')}\n`,
        secret: hex('mj-3'),
        rule: 'mailjet-secret-key',
        pair: hex('mj-3p'),
      },
    ],
    negatives: [
      { text: `MJ_APIKEY_PRIVATE=${hex('mj-n1')}\n`, why: 'the secret alone: a bare 32-hex value needs its API key' },
      { text: 'MJ_APIKEY_PRIVATE=your_api_secret\n', why: 'placeholder words' },
      { text: "mailjet = Client(auth=(os.environ['MJ_APIKEY_PUBLIC'], os.environ['MJ_APIKEY_PRIVATE']))\n", why: 'env references' },
    ],
  },
  {
    provider: 'resend',
    liveHost: 'resend.com',
    positives: [
      { text: dotenv('RESEND_API_KEY', resendKey('rs-1')), secret: resendKey('rs-1'), rule: 'resend-api-key' },
      { text: `import { Resend } from 'resend';\nconst resend = new Resend('${resendKey('rs-2')}');\n`, secret: resendKey('rs-2'), rule: 'resend-api-key' },
      { text: curlBearer('https://api.resend.com/emails', resendKey('rs-3', 9, 26)), secret: resendKey('rs-3', 9, 26), rule: 'resend-api-key' },
    ],
    negatives: [
      { text: "const resend = new Resend('re_123456789');\n", why: "the docs' placeholder" },
      { text: 'RESEND_API_KEY=re_xxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'm = re_compile_MultilineMode_AllowTrailingSpaces(pattern)\n', why: 'an identifier that starts with re_' },
      { text: 'resend = Resend(api_key=os.environ["RESEND_API_KEY"])\n', why: 'env reference' },
    ],
  },
  {
    provider: 'loops',
    liveHost: 'loops.so',
    positives: [
      { text: dotenv('LOOPS_API_KEY', hex('lp-1')), secret: hex('lp-1'), rule: 'loops-api-key' },
      { text: `import { LoopsClient } from "loops";\nconst loops = new LoopsClient("${hex('lp-2')}");\n`, secret: hex('lp-2'), rule: 'loops-api-key' },
      { text: curlBearer('https://app.loops.so/api/v1/contacts/create', hex('lp-3')), secret: hex('lp-3'), rule: 'loops-api-key' },
    ],
    negatives: [
      { text: 'curl https://app.loops.so/api/v1/api-key -H "Authorization: Bearer d2d561f5ff80136f69b4b5a31b9fb3c9"\n', why: "the docs' example key" },
      { text: `# unroll the inner loops\nrow_digest = "${hex('lp-n1')}"\n`, why: '"loops" the word, then an unrelated hex value' },
      { text: 'const loops = new LoopsClient(process.env.LOOPS_API_KEY);\n', why: 'env reference' },
    ],
  },
  {
    provider: 'twilio-api-key',
    liveHost: 'twilio.com',
    positives: [
      {
        text: `TWILIO_API_KEY=${skSid('tk-1')}\nTWILIO_API_SECRET=${mixedKey('tk-1s', 32)}\n`,
        secret: mixedKey('tk-1s', 32),
        rule: 'twilio-api-key-secret',
        pair: skSid('tk-1'),
      },
      {
        text: `const client = require('twilio')('${skSid('tk-2')}', '${mixedKey('tk-2s', 32)}', { accountSid: '${acSid('tk-2a')}' });\n`,
        secret: mixedKey('tk-2s', 32),
        rule: 'twilio-api-key-secret',
        pair: skSid('tk-2'),
      },
      {
        text: `from twilio.rest import Client\nclient = Client("${skSid('tk-3')}", "${mixedKey('tk-3s', 32)}", "${acSid('tk-3a')}")\n`,
        secret: mixedKey('tk-3s', 32),
        rule: 'twilio-api-key-secret',
        pair: skSid('tk-3'),
      },
    ],
    negatives: [
      { text: `TWILIO_API_KEY_SID=${skSid('tk-n1')}\n`, why: 'the API key SID alone is an identifier' },
      { text: 'TWILIO_API_SECRET=your_api_secret_here\n', why: 'placeholder words' },
      { text: 'TWILIO_API_SECRET: ${{ secrets.TWILIO_API_SECRET }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'vonage',
    liveHost: 'nexmo.com',
    positives: [
      {
        text: `VONAGE_API_KEY=${vonageKey('vn-1k')}\nVONAGE_API_SECRET=${mixedKey('vn-1', 16)}\n`,
        secret: mixedKey('vn-1', 16),
        rule: 'vonage-api-secret',
        pair: vonageKey('vn-1k'),
      },
      {
        text: `const vonage = new Vonage({\n  apiKey: "${vonageKey('vn-2k')}",\n  apiSecret: "${mixedKey('vn-2', 16)}",\n});\n`,
        secret: mixedKey('vn-2', 16),
        rule: 'vonage-api-secret',
        pair: vonageKey('vn-2k'),
      },
      {
        text: `client = vonage.Client(key="${vonageKey('vn-3k')}", secret="${mixedKey('vn-3', 12)}")\n`,
        secret: mixedKey('vn-3', 12),
        rule: 'vonage-api-secret',
        pair: vonageKey('vn-3k'),
      },
      {
        text: `export NEXMO_API_KEY=${vonageKey('vn-4k')}\nexport NEXMO_API_SECRET=${mixedKey('vn-4', 25)}\n`,
        secret: mixedKey('vn-4', 25),
        rule: 'vonage-api-secret',
        pair: vonageKey('vn-4k'),
      },
    ],
    negatives: [
      { text: `VONAGE_API_SECRET=${mixedKey('vn-n1', 16)}\n`, why: 'the secret alone: its API key is required' },
      { text: 'VONAGE_API_KEY=abcd1234\nVONAGE_API_SECRET=your-api-secret\n', why: 'placeholder words' },
      { text: 'vonage = Vonage(Auth(api_key=os.environ["VONAGE_API_KEY"], api_secret=os.environ["VONAGE_API_SECRET"]))\n', why: 'env references' },
    ],
  },
  {
    provider: 'plivo',
    positives: [
      {
        text: `PLIVO_AUTH_ID=${plivoId('pl-1')}\nPLIVO_AUTH_TOKEN=${mixedKey('pl-1', 40)}\n`,
        secret: mixedKey('pl-1', 40),
        rule: 'plivo-auth-token',
        pair: plivoId('pl-1'),
      },
      {
        text: `import plivo\nclient = plivo.RestClient('${plivoId('pl-2')}', '${mixedKey('pl-2', 40)}')\n`,
        secret: mixedKey('pl-2', 40),
        rule: 'plivo-auth-token',
        pair: plivoId('pl-2'),
      },
      { text: shellExport('PLIVO_AUTH_TOKEN', mixedKey('pl-3', 40)), secret: mixedKey('pl-3', 40), rule: 'plivo-auth-token' },
    ],
    negatives: [
      { text: 'PLIVO_AUTH_TOKEN=<your auth token>\n', why: 'template placeholder' },
      { text: 'client = plivo.RestClient(os.environ["PLIVO_AUTH_ID"], os.environ["PLIVO_AUTH_TOKEN"])\n', why: 'env references' },
      { text: `checksum: ${mixedKey('pl-n1', 40)}\n`, why: '40 alphanumerics with no Plivo name' },
    ],
  },
  {
    provider: 'telnyx',
    liveHost: 'telnyx.com',
    positives: [
      { text: dotenv('TELNYX_API_KEY', telnyxKey('tx-1')), secret: telnyxKey('tx-1'), rule: 'telnyx-api-key' },
      { text: `const telnyx = require('telnyx')('${telnyxKey('tx-2')}');\n`, secret: telnyxKey('tx-2'), rule: 'telnyx-api-key' },
      { text: curlBearer('https://api.telnyx.com/v2/balance', telnyxKey('tx-3')), secret: telnyxKey('tx-3'), rule: 'telnyx-api-key' },
    ],
    negatives: [
      { text: 'TELNYX_API_KEY=KEY_xxxxxxxxxxxxx\n', why: "the docs' placeholder" },
      { text: `TELNYX_API_KEY=KEY${fakeKey('tx-n1', HEX_UPPER, 32)}\n`, why: 'truncated: the part after the underscore is missing' },
      { text: `ref: ${telnyxKey('tx-n2')}\n`, why: 'the shape with no Telnyx context' },
    ],
  },
  {
    provider: 'messagebird',
    liveHost: 'messagebird.com',
    positives: [
      { text: dotenv('MESSAGEBIRD_API_KEY', mixedKey('mb-1', 25)), secret: mixedKey('mb-1', 25), rule: 'messagebird-access-key' },
      { text: `import messagebird\nclient = messagebird.Client('${mixedKey('mb-2', 25)}')\n`, secret: mixedKey('mb-2', 25), rule: 'messagebird-access-key' },
      {
        text: curlHeader('https://rest.messagebird.com/messages', 'Authorization', `AccessKey ${mixedKey('mb-3', 25)}`),
        secret: mixedKey('mb-3', 25),
        rule: 'messagebird-access-key',
      },
      { text: dotenvQuoted('MESSAGEBIRD_ACCESS_KEY', `test_${mixedKey('mb-4', 25)}`), secret: `test_${mixedKey('mb-4', 25)}`, rule: 'messagebird-test-key' },
    ],
    negatives: [
      { text: "client = messagebird.Client('test_gshuPaZoeEG6ovbc8M79w0QyM')\n", why: "the SDK README's example test key" },
      { text: "client = messagebird.Client('YOUR_ACCESS_KEY')\n", why: 'placeholder words' },
      { text: "client = messagebird.Client(os.environ['MESSAGEBIRD_API_KEY'])\n", why: 'env reference' },
    ],
  },
  {
    provider: 'sinch',
    positives: [
      {
        text: `SINCH_SERVICE_PLAN_ID=${sinchValue('sn-1p')}\nSINCH_API_TOKEN=${sinchValue('sn-1')}\n`,
        secret: sinchValue('sn-1'),
        rule: 'sinch-api-token',
        pair: sinchValue('sn-1p'),
      },
      {
        text: `curl -X POST -H "Authorization: Bearer ${sinchValue('sn-2')}" \\\n  "https://us.sms.api.sinch.com/xms/v1/${sinchValue('sn-2p')}/batches" -d @batch.json\n`,
        secret: sinchValue('sn-2'),
        rule: 'sinch-api-token',
        pair: sinchValue('sn-2p'),
      },
      {
        text: `const sinch = new SinchClient({\n  servicePlanId: '${sinchValue('sn-3p')}',\n  apiToken: '${sinchValue('sn-3')}',\n});\n`,
        secret: sinchValue('sn-3'),
        rule: 'sinch-api-token',
        pair: sinchValue('sn-3p'),
      },
    ],
    negatives: [
      { text: "const SERVICE_PLAN_ID = 'YOUR_service_plan_id';\nconst API_TOKEN = 'YOUR_API_token'; // sinch\n", why: "the tutorials' placeholders" },
      { text: 'sinch = SinchClient(key_id=os.environ["SINCH_KEY_ID"], key_secret=os.environ["SINCH_KEY_SECRET"])\n', why: 'env references' },
      { text: `sinch_batch = "${sinchValue('sn-n1')}"\n`, why: 'a Sinch value that is not named a token' },
    ],
  },
  {
    provider: 'aws-ses-smtp',
    positives: [
      {
        text: `MAIL_MAILER=smtp\nMAIL_HOST=email-smtp.eu-west-1.amazonaws.com\nMAIL_PORT=587\nMAIL_USERNAME=${akia('ses-1')}\nMAIL_PASSWORD=${sesPassword('ses-1')}\n`,
        secret: sesPassword('ses-1'),
        rule: 'aws-ses-smtp-password',
        pair: akia('ses-1'),
      },
      { text: dotenvQuoted('SES_SMTP_PASSWORD', sesPassword('ses-2', 2)), secret: sesPassword('ses-2', 2), rule: 'aws-ses-smtp-password' },
      {
        text: `EMAIL_HOST = "email-smtp.us-east-1.amazonaws.com"\nEMAIL_HOST_USER = "${akia('ses-3')}"\nEMAIL_HOST_PASSWORD = "${sesPassword('ses-3')}"\n`,
        secret: sesPassword('ses-3'),
        rule: 'aws-ses-smtp-password',
        pair: akia('ses-3'),
      },
      { text: tomlEntry('ses_smtp_password', sesPassword('ses-4')), secret: sesPassword('ses-4'), rule: 'aws-ses-smtp-password' },
    ],
    negatives: [
      { text: 'MAIL_HOST=email-smtp.us-east-1.amazonaws.com\nMAIL_PASSWORD=${SES_SMTP_PASSWORD}\n', why: 'variable reference' },
      { text: 'SES_SMTP_PASSWORD=<smtp password from the SES console>\n', why: 'template placeholder' },
      { text: `digest: ${sesPassword('ses-n1')}\n`, why: 'the shape with no SES SMTP context' },
      {
        text: `MAIL_HOST=email-smtp.us-east-1.amazonaws.com\nDKIM_DIGEST=C${fakeKey('ses-n2', B64, 43)}\n`,
        why: 'no SES version prefix (C…)',
      },
    ],
  },
];
