/**
 * Email and SMS delivery: Mailgun (API keys and webhook signing keys), Mailchimp and Mandrill,
 * Postmark (server and account tokens), SparkPost, Brevo (API and SMTP keys), Mailjet, Resend,
 * Loops, Twilio API keys (the account auth token is the `twilio` record in messaging.ts), Vonage,
 * Plivo, Telnyx, MessageBird, Sinch and Amazon SES SMTP passwords.
 *
 * Where a provider has two key kinds that no single request checks (a Postmark account token
 * does not open the server API; a Brevo SMTP key does not open the HTTPS API), each kind is a
 * record of its own, so that the live check of a finding is the one its key kind answers to.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { TWILIO_API_KEY_SID, twilioInterpret } from './messaging.js';
import { ci, END, END_ALNUM, errorDetail, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

// ---------------------------------------------------------------- local helpers

/** Alternation of literal words, case-insensitive without the `i` flag. */
const anyOf = (words: string[]): string => words.map(ci).join('|');

/** Key-ish words between a provider name and a prefix-less value (as in shared.ts `namedKey`). */
const KEYISH = anyOf(['key', 'token', 'secret', 'access', 'private', 'bearer', 'authorization']);

/** An assignment operator with optional quotes around it: `=`, `: "`, `" => '`, `:=`. */
const ASSIGN = `["'\`]?\\s{0,4}[:=]{1,2}>?\\s{0,4}["'\`]?`;

/** Mixed case and a digit: random keys have all three, words and identifiers rarely do. */
const mixed = (s: string): boolean => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

// ---------------------------------------------------------------- Mailgun

/**
 * Mailgun API keys (documentation.mailgun.com/docs/mailgun/api-reference/authentication): the
 * primary account key, further account keys and domain sending keys are all sent as HTTP Basic
 * `api:<key>`. Keys made before 2018 are `key-` + 32 lower-case alphanumerics (the old docs'
 * example `key-3ax6x…` is not hex); keys made since are 32 hex, a dash and the key ID (two groups
 * of 8 hex, the `id` the Keys API lists: `f2153fd0-f1277777`). Neither length is stated in the
 * documentation: both come from the examples. Sending keys have the same shape.
 *
 * Live: GET /v3/domains?limit=1 on api.mailgun.net with Basic api:key (read-only). 200 valid;
 * 401 invalid; a domain sending key may only POST messages, so it gets 401/403 here even though
 * it can send (its verdict is therefore at best `restricted`). EU-region accounts use
 * api.eu.mailgun.net (`--endpoint mailgun=https://api.eu.mailgun.net`).
 */
const MAILGUN_DOC_KEY = 'key-3ax6xnjp29jd6fds4gc373sgvjxteol0';
export const mailgun: ProviderRecord = {
  id: 'mailgun',
  name: 'Mailgun',
  rules: [
    {
      id: 'mailgun-api-key',
      description: 'Mailgun API or sending key (32 hex, dash, 8 hex, dash, 8 hex) near "mailgun".',
      pattern: withContext(START, near(['mailgun'], 200, 200), '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}', END),
      keywords: ['mailgun'],
      window: { before: 260, after: 260 },
      confidence: 'high',
      minEntropy: 3,
      minDigits: 6,
    },
    {
      id: 'mailgun-legacy-api-key',
      description: 'Mailgun API key of the pre-2018 format (key- + 32 lower-case alphanumerics) near "mailgun" or after `api:`.',
      pattern: withContext(START, `(?:${near(['mailgun'], 200, 200)}|(?<=api:))`, 'key-[a-z0-9]{32}', END),
      keywords: ['mailgun', 'api:key-'],
      window: { before: 260, after: 260 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 3,
      verify: (s) => s !== MAILGUN_DOC_KEY,
    },
  ],
  envNames: ['MAILGUN_API_KEY', 'MAILGUN_PRIVATE_API_KEY', 'MAILGUN_SENDING_KEY'],
  format: {
    prefixes: ['key-'],
    charset: '[a-z0-9-]',
    lengths: [[36, 50]],
    full: 'key-[a-z0-9]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}',
  },
  rotateUrl: 'https://app.mailgun.com/settings/api_security',
  live: { base: 'https://api.mailgun.net', path: '/v3/domains?limit=1', method: 'GET', auth: { kind: 'basic', user: 'api' } },
};

/**
 * Mailgun HTTP webhook signing key: the HMAC key that verifies webhook payloads (account settings,
 * "HTTP webhook signing key"). Accounts made before 2018 had it equal to the `key-…` API key
 * (that value is the `mailgun-legacy-api-key` rule's); newer ones are 32 hex (examples only; no
 * length is documented), reported only when assigned to a Mailgun webhook/signing name.
 */
export const mailgunWebhook: ProviderRecord = {
  id: 'mailgun-webhook',
  name: 'Mailgun webhook signing key',
  rules: [
    {
      id: 'mailgun-webhook-signing-key',
      description: 'Mailgun HTTP webhook signing key (32 hex) assigned to a Mailgun webhook/signing-key name.',
      pattern: withContext(
        START_ALNUM,
        `(?<=${ci('mailgun')}[A-Za-z0-9_.-]{0,24}(?:${anyOf(['webhook', 'signing'])})[A-Za-z0-9_.-]{0,24}${ASSIGN})`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['mailgun'],
      window: { before: 8, after: 120 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
    },
  ],
  envNames: ['MAILGUN_WEBHOOK_SIGNING_KEY', 'MAILGUN_SIGNING_KEY'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://app.mailgun.com/settings/webhooks',
  noLive: 'the signing key only verifies webhook signatures (an HMAC key); no Mailgun API accepts it',
};

// ---------------------------------------------------------------- Mailchimp and Mandrill

/**
 * Mailchimp Marketing API keys: 32 hex, a dash and the account's data center (`-us21`); the API
 * host is that data center (`https://us21.api.mailchimp.com/3.0/ping`, Basic anystring:key;
 * mailchimp.com/developer/marketing/guides/quick-start). The suffix makes the shape distinctive:
 * no context needed. No `live`: a check can only name a fixed host or a pair's host label, not a
 * host built from the key's own suffix.
 */
export const mailchimp: ProviderRecord = {
  id: 'mailchimp',
  name: 'Mailchimp',
  rules: [
    {
      id: 'mailchimp-api-key',
      description: 'Mailchimp Marketing API key (32 hex, -us<data center>).',
      pattern: `${START}[0-9a-f]{32}-us[1-9][0-9]?${END}`,
      keywords: ['-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'],
      window: { before: 40, after: 16 },
      confidence: 'high',
      minEntropy: 3,
      minDigits: 6,
    },
  ],
  envNames: ['MAILCHIMP_API_KEY', 'MAILCHIMP_KEY'],
  envNote: 'The Mailchimp Marketing SDKs take the key and the server prefix (the key\'s suffix, e.g. us21) in setConfig; MAILCHIMP_SERVER_PREFIX is a common companion variable.',
  format: { prefixes: [], charset: '[0-9a-fsu-]', lengths: [[36, 37]], full: '[0-9a-f]{32}-us[1-9][0-9]?' },
  rotateUrl: 'https://us1.admin.mailchimp.com/account/api/',
  noLive: "the API host is the data center named by the key's own suffix (us21.api.mailchimp.com), which a live check cannot build yet",
};

/**
 * Mandrill (Mailchimp Transactional) API keys: 22 chars of `[A-Za-z0-9_-]` (examples only; the
 * format is not documented), no prefix, so "mandrill" or the Transactional SDK name must be near.
 * Every call is a POST with the key in the JSON body (`{"key": …}`, /api/1.0/users/ping2), which a
 * live check cannot carry: no `live`.
 */
export const mandrill: ProviderRecord = {
  id: 'mandrill',
  name: 'Mandrill (Mailchimp Transactional)',
  rules: [
    {
      id: 'mandrill-api-key',
      description: 'Mandrill / Mailchimp Transactional API key (22 chars) near "mandrill" or the Transactional SDK.',
      pattern: withContext(START, near(['mandrill', 'mailchimp_transactional', 'mailchimptransactional'], 120, 160), '[A-Za-z0-9_-]{22}', END),
      keywords: ['mandrill', 'mailchimp_transactional', 'mailchimptransactional'],
      window: { before: 200, after: 200 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      check: mixed,
    },
  ],
  envNames: ['MANDRILL_API_KEY', 'MANDRILL_KEY', 'MAILCHIMP_TRANSACTIONAL_API_KEY'],
  format: { prefixes: [], charset: '[A-Za-z0-9_-]', lengths: [[22, 22]], full: '[A-Za-z0-9_-]{22}' },
  rotateUrl: 'https://mandrillapp.com/settings',
  noLive: 'every Mandrill call takes the key in the JSON request body, which a live check cannot carry',
};

// ---------------------------------------------------------------- Postmark

/** A Postmark token name before the value, or the value passed to a Postmark `<kind>Client(`. */
const postmarkName = (client: string): string =>
  `(?:(?<=${ci('postmark')}[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48})|(?<=${ci('postmark')}[\\s\\S]{0,24}${ci(client)}\\(\\s{0,4}["'\`]))`;
const NO_ACCOUNT_BEFORE = `(?<!${ci('account')}[\\s\\S]{0,48})`;

/**
 * Postmark API tokens (postmarkapp.com/developer/api/overview#authentication): a server token
 * (`X-Postmark-Server-Token`, one server) and an account token (`X-Postmark-Account-Token`, the
 * whole account). Both are opaque; those issued are UUIDs, so Postmark must be named before the
 * value. The word "account" just before the value makes it an account token; without it, a
 * server token (the one SDKs and the common `POSTMARK_API_TOKEN` hold). `POSTMARK_API_TEST` is the
 * documented test token, not a UUID.
 *
 * Live (server token): GET https://api.postmarkapp.com/server with X-Postmark-Server-Token: the
 * server's own settings, read-only. 200 valid; 401 invalid (ErrorCode 10).
 */
export const postmark: ProviderRecord = {
  id: 'postmark',
  name: 'Postmark',
  rules: [
    {
      id: 'postmark-server-token',
      description: 'Postmark server API token (a UUID) after a Postmark token name or the X-Postmark-Server-Token header.',
      pattern: withContext(START_ALNUM, `${postmarkName('serverclient')}${NO_ACCOUNT_BEFORE}`, UUID, END_ALNUM),
      keywords: ['postmark'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN', 'POSTMARK_SERVER_API_TOKEN'],
  envNote: 'postmark-cli reads POSTMARK_SERVER_TOKEN (and POSTMARK_ACCOUNT_TOKEN, the postmark-account record); the SDKs take the token as an argument.',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://account.postmarkapp.com/servers',
  live: {
    base: 'https://api.postmarkapp.com',
    path: '/server',
    method: 'GET',
    auth: { kind: 'header', name: 'X-Postmark-Server-Token' },
  },
};

/**
 * Postmark account API token: the account-level token (servers, domains, sender signatures).
 * Live: GET https://api.postmarkapp.com/servers?count=1&offset=0 with X-Postmark-Account-Token
 * (lists one server, read-only). 200 valid; 401 invalid.
 */
export const postmarkAccount: ProviderRecord = {
  id: 'postmark-account',
  name: 'Postmark account token',
  rules: [
    {
      id: 'postmark-account-token',
      description: 'Postmark account API token (a UUID) after a Postmark account-token name or the X-Postmark-Account-Token header.',
      pattern: withContext(START_ALNUM, `(?<=${ci('postmark')}[\\s\\S]{0,32}${ci('account')}[\\s\\S]{0,48})(?<=(?:${KEYISH}|${ci('client')})[\\s\\S]{0,24})`, UUID, END_ALNUM),
      keywords: ['postmark'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['POSTMARK_ACCOUNT_TOKEN', 'POSTMARK_ACCOUNT_API_TOKEN'],
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  rotateUrl: 'https://account.postmarkapp.com/api_tokens',
  live: {
    base: 'https://api.postmarkapp.com',
    path: '/servers?count=1&offset=0',
    method: 'GET',
    auth: { kind: 'header', name: 'X-Postmark-Account-Token' },
  },
};

// ---------------------------------------------------------------- SparkPost

/**
 * SparkPost API keys: 40 hex (the reference's example, developers.sparkpost.com/api/#header-authentication,
 * is 40 hex), sent as the bare `Authorization` header. No prefix: a SparkPost key/token name (or
 * the Authorization header near a SparkPost URL) must come first, which keeps commit SHAs in
 * SparkPost's own changelogs out.
 *
 * Live: GET https://api.sparkpost.com/api/v1/account (read-only). 200 valid; 401 invalid; 403 a
 * key without the "Account: Read-only" grant (restricted). EU accounts use api.eu.sparkpost.com.
 */
const SPARKPOST_DOC_KEY = '14ac5499cfdd2bb2859e4476d2e5b1d2bad079bf';
export const sparkpost: ProviderRecord = {
  id: 'sparkpost',
  name: 'SparkPost',
  rules: [
    {
      id: 'sparkpost-api-key',
      description: 'SparkPost API key (40 hex) after a SparkPost key name or Authorization header.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('sparkpost')}[\\s\\S]{0,64}(?:${KEYISH})[\\s\\S]{0,48})|(?<=${ci('sparkpost')}\\(\\s{0,4}["'\`]))`,
        '[0-9a-f]{40}',
        END_ALNUM,
      ),
      keywords: ['sparkpost'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 6,
      verify: (s) => s !== SPARKPOST_DOC_KEY,
    },
  ],
  envNames: ['SPARKPOST_API_KEY'],
  envNote: 'The node-sparkpost client reads SPARKPOST_API_KEY when no key is passed; options.origin moves it to the EU API.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[40, 40]], full: '[0-9a-f]{40}' },
  rotateUrl: 'https://app.sparkpost.com/account/api-keys',
  live: { base: 'https://api.sparkpost.com', path: '/api/v1/account', method: 'GET', auth: { kind: 'header', name: 'Authorization' } },
};

// ---------------------------------------------------------------- Brevo (Sendinblue)

/**
 * Brevo (formerly Sendinblue) v3 API keys: `xkeysib-` + 64 hex + `-` + 16 alphanumerics; SMTP
 * keys the same shape with `xsmtpsib-`. The prefixes are distinctive; the lengths come from keys
 * seen (the documentation, developers.brevo.com/docs/api-key-authentication, does not state them).
 *
 * Live: GET https://api.brevo.com/v3/account with the `api-key` header (the call the docs give for
 * checking a key). 200 valid; 401 invalid ("Key not found"), except a 401 about an unrecognised
 * IP address: the key is good but the account only accepts authorized IPs (restricted).
 */
export function brevoInterpret(res: LiveResponse): LiveVerdict | undefined {
  if (res.status !== 401) return undefined;
  const msg = str(res.json, 'message') ?? res.body;
  return /\bIP\b/.test(msg) ? verdict('restricted', msg.slice(0, 200)) : undefined;
}

export const brevo: ProviderRecord = {
  id: 'brevo',
  name: 'Brevo (Sendinblue)',
  rules: [
    {
      id: 'brevo-api-key',
      description: 'Brevo / Sendinblue v3 API key (xkeysib- + 64 hex + - + 16 alphanumerics).',
      pattern: `${START}xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}${END}`,
      keywords: ['xkeysib-'],
      window: { before: 16, after: 104 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['BREVO_API_KEY', 'SENDINBLUE_API_KEY', 'SIB_API_KEY'],
  format: { prefixes: ['xkeysib-'], charset: '[A-Za-z0-9-]', lengths: [[89, 89]], full: 'xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}' },
  rotateUrl: 'https://app.brevo.com/settings/keys/api',
  live: {
    base: 'https://api.brevo.com',
    path: '/v3/account',
    method: 'GET',
    auth: { kind: 'header', name: 'api-key' },
    interpret: brevoInterpret,
  },
};

export const brevoSmtp: ProviderRecord = {
  id: 'brevo-smtp',
  name: 'Brevo SMTP key',
  rules: [
    {
      id: 'brevo-smtp-key',
      description: 'Brevo / Sendinblue SMTP relay key (xsmtpsib- + 64 hex + - + 16 alphanumerics).',
      pattern: `${START}xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}${END}`,
      keywords: ['xsmtpsib-'],
      window: { before: 16, after: 104 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['BREVO_SMTP_KEY', 'SENDINBLUE_SMTP_KEY'],
  format: { prefixes: ['xsmtpsib-'], charset: '[A-Za-z0-9-]', lengths: [[90, 90]], full: 'xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}' },
  rotateUrl: 'https://app.brevo.com/settings/keys/smtp',
  noLive: 'an SMTP key authenticates only to the SMTP relay (smtp-relay.brevo.com), not to any HTTPS API',
};

// ---------------------------------------------------------------- Mailjet

/**
 * Mailjet API credentials: an API key (public, the Basic username) and a secret key (the
 * password), both 32 hex (examples only; not documented). The SDKs read MJ_APIKEY_PUBLIC /
 * MJ_APIKEY_PRIVATE. A bare 32-hex value is everywhere, so the secret is reported only after a
 * Mailjet secret name and with its API key nearby (required pair).
 *
 * Live: GET https://api.mailjet.com/v3/REST/user with Basic apikey:secret (the account's user,
 * read-only). 200 valid; 401 invalid.
 */
export const mailjet: ProviderRecord = {
  id: 'mailjet',
  name: 'Mailjet',
  rules: [
    {
      id: 'mailjet-secret-key',
      description: 'Mailjet secret key (32 hex) after a Mailjet secret/private name, with its API key nearby.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('mj_apikey_private')}${ASSIGN})|(?<=${ci('mailjet')}[\\s\\S]{0,120}(?:${anyOf(['secret', 'private'])})[A-Za-z0-9_.-]{0,16}${ASSIGN}))`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['mailjet', 'mj_apikey_private'],
      window: { before: 8, after: 120 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: {
        label: 'API key',
        pattern: `${START_ALNUM}[0-9a-f]{32}${END_ALNUM}`,
        window: { before: 200, after: 200 },
        required: true,
        envNames: ['MJ_APIKEY_PUBLIC', 'MAILJET_API_KEY'],
      },
    },
  ],
  envNames: ['MJ_APIKEY_PRIVATE', 'MAILJET_SECRET_KEY', 'MAILJET_API_SECRET'],
  envNote: 'The Mailjet SDKs read MJ_APIKEY_PUBLIC with MJ_APIKEY_PRIVATE (the secret).',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://app.mailjet.com/account/apikeys',
  live: { base: 'https://api.mailjet.com', path: '/v3/REST/user', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Resend

/**
 * Resend API keys: `re_` + 8 alphanumerics + `_` + 24 alphanumerics in the keys seen; the docs show
 * only `re_123456789`-style placeholders, so 6–10 and 20–28 are accepted around that shape.
 *
 * Live: GET https://api.resend.com/domains (read-only, Bearer). Resend's errors
 * (resend.com/docs/api-reference/errors) turn the usual codes around: 401 `restricted_api_key` is a
 * good key limited to sending (restricted); 403 `invalid_api_key` is a bad key (invalid).
 */
export function resendInterpret(res: LiveResponse): LiveVerdict | undefined {
  const name = str(res.json, 'name');
  if (res.status === 401 && name === 'restricted_api_key') return verdict('restricted', errorDetail(res) ?? 'sending access only');
  if (res.status === 403 && name === 'invalid_api_key') return verdict('invalid', errorDetail(res));
  return undefined;
}

export const resend: ProviderRecord = {
  id: 'resend',
  name: 'Resend',
  rules: [
    {
      id: 'resend-api-key',
      description: 'Resend API key (re_ + alphanumerics _ alphanumerics).',
      pattern: `${START}re_[A-Za-z0-9]{6,10}_[A-Za-z0-9]{20,28}${END}`,
      keywords: ['re_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 2,
      check: (s) => mixed(s.slice(3)),
    },
  ],
  envNames: ['RESEND_API_KEY'],
  format: { prefixes: ['re_'], charset: '[A-Za-z0-9_]', lengths: [[30, 42]], full: 're_[A-Za-z0-9]{6,10}_[A-Za-z0-9]{20,28}' },
  rotateUrl: 'https://resend.com/api-keys',
  live: { base: 'https://api.resend.com', path: '/domains', method: 'GET', auth: { kind: 'bearer' }, interpret: resendInterpret },
};

// ---------------------------------------------------------------- Loops

/**
 * Loops API keys: 32 hex (the docs' example key, loops.so/docs/api-reference, is 32 hex; the length
 * is not stated otherwise). "loops" is an ordinary word, so the key is reported only right after a
 * Loops key name (`LOOPS_API_KEY=`), as the LoopsClient argument, or as the Bearer token of a
 * request to loops.so.
 *
 * Live: GET https://app.loops.so/api/v1/api-key (the documented key test). 200 `{"success": true,
 * "teamName": …}` valid; 401 invalid.
 */
const LOOPS_DOC_KEY = 'd2d561f5ff80136f69b4b5a31b9fb3c9'; // keylint:allow (Loops' documented example key)
export const loops: ProviderRecord = {
  id: 'loops',
  name: 'Loops',
  rules: [
    {
      id: 'loops-api-key',
      description: 'Loops API key (32 hex) assigned to a Loops key name, passed to LoopsClient, or sent as Bearer to loops.so.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('loops')}[_-]?(?:${ci('api')}[_-]?)?(?:${anyOf(['key', 'token'])})${ASSIGN})|(?<=${ci('loopsclient')}\\(\\s{0,4}["'\`])|(?<=${ci('loops.so')}[\\s\\S]{0,160}${ci('bearer')}\\s{1,4}))`,
        '[0-9a-f]{32}',
        END_ALNUM,
      ),
      keywords: ['loops'],
      window: { before: 8, after: 220 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      verify: (s) => s !== LOOPS_DOC_KEY,
    },
  ],
  envNames: ['LOOPS_API_KEY'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  rotateUrl: 'https://app.loops.so/settings?page=api',
  live: { base: 'https://app.loops.so', path: '/api/v1/api-key', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Twilio API keys

/**
 * Twilio API keys: an API key SID (SK + 32 hex, the Basic username) and its secret (32
 * alphanumerics in the keys seen; the length is not documented), twilio.com/docs/iam/api-keys.
 * The secret's shape alone is common (32 mixed alphanumerics), so it is reported only with its
 * SID nearby (required pair); the SID alone is the `twilio-sid` rule's identifier (never reported).
 *
 * Live: GET https://messaging.twilio.com/v1/Services?PageSize=1 with Basic SK…:secret. A v1 list
 * with no account SID in its path, which Standard keys may read (they may not read /Accounts;
 * twilio.com/docs/iam/api-keys/keys-in-console). 200 valid; 401 code 20003 invalid (also a key
 * of another Twilio region); 401/403 code 70051 a Restricted key without that permission.
 */
export const twilioApiKey: ProviderRecord = {
  id: 'twilio-api-key',
  name: 'Twilio API key',
  rules: [
    {
      id: 'twilio-api-key-secret',
      description: 'Twilio API key secret (32 alphanumerics) with its API key SID (SK…) nearby.',
      pattern: withContext(
        START_ALNUM,
        `(?=[A-Za-z0-9]{0,31}[A-Z])(?=[A-Za-z0-9]{0,31}[a-z])(?:(?<=${TWILIO_API_KEY_SID}[\\s\\S]{0,160})|(?=[\\s\\S]{0,200}${TWILIO_API_KEY_SID}))`,
        '[A-Za-z0-9]{32}',
        END_ALNUM,
      ),
      keywords: ['twilio', 'api_secret', 'apisecret', 'api_key_secret'],
      window: { before: 240, after: 240 },
      // The context is an API key SID (SK…).
      requires: ['SK'],
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      pair: { label: 'API key SID', pattern: TWILIO_API_KEY_SID, window: { before: 240, after: 240 }, required: true, envNames: ['TWILIO_API_KEY', 'TWILIO_API_KEY_SID'] },
    },
  ],
  envNames: ['TWILIO_API_SECRET', 'TWILIO_API_KEY_SECRET'],
  envNote: 'twilio SDKs take TWILIO_API_KEY (the SK… SID) and TWILIO_API_SECRET with TWILIO_ACCOUNT_SID; the SID is an identifier.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[32, 32]], full: '[A-Za-z0-9]{32}' },
  rotateUrl: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  live: {
    base: 'https://messaging.twilio.com',
    path: '/v1/Services?PageSize=1',
    method: 'GET',
    auth: { kind: 'basic', user: '{pair}' },
    interpret: twilioInterpret,
  },
};

// ---------------------------------------------------------------- Vonage (Nexmo)

/**
 * Vonage (formerly Nexmo) API key and secret: the key is an 8-char account ID (lower-case hex and
 * digits in the examples), the secret 8–25 chars with at least one lower-case letter, one upper-case
 * letter and one digit (developer.vonage.com/account/code-snippets/create-a-secret). The secret is
 * reported only after a Vonage/Nexmo secret name and with its key assigned nearby (required pair).
 *
 * Live: GET https://api.nexmo.com/v2/applications?page_size=1 with Basic key:secret (the
 * Application API takes the key and secret in the header; developer.vonage.com/concepts/guides/authentication).
 * 200 valid; 401 invalid.
 */
export const vonage: ProviderRecord = {
  id: 'vonage',
  name: 'Vonage (Nexmo)',
  rules: [
    {
      id: 'vonage-api-secret',
      description: 'Vonage / Nexmo API secret (8–25 mixed alphanumerics) after a Vonage secret name, with its API key nearby.',
      pattern: withContext(
        START_ALNUM,
        `(?=[A-Za-z0-9]{0,24}[a-z])(?=[A-Za-z0-9]{0,24}[A-Z])(?=[A-Za-z0-9]{0,24}[0-9])(?<=(?:${anyOf(['vonage', 'nexmo'])})[\\s\\S]{0,120}${ci('secret')}${ASSIGN})`,
        '[A-Za-z0-9]{8,25}',
        END_ALNUM,
      ),
      keywords: ['vonage', 'nexmo'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 2.5,
      pair: {
        label: 'API key',
        pattern: `${ci('key')}${ASSIGN}(?<secret>[0-9a-z]{8})(?![A-Za-z0-9])`,
        window: { before: 200, after: 200 },
        required: true,
        envNames: ['VONAGE_API_KEY', 'NEXMO_API_KEY'],
      },
    },
  ],
  envNames: ['VONAGE_API_SECRET', 'NEXMO_API_SECRET'],
  envNote: 'The Vonage CLI and SDK samples read VONAGE_API_KEY with VONAGE_API_SECRET (NEXMO_ before the rename).',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[8, 25]], full: '[A-Za-z0-9]{8,25}' },
  rotateUrl: 'https://dashboard.nexmo.com/settings',
  live: { base: 'https://api.nexmo.com', path: '/v2/applications?page_size=1', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Plivo

/**
 * Plivo auth ID and auth token: the ID is `MA` (account) or `SA` (subaccount) + 18 upper-case
 * alphanumerics, the token 40 alphanumerics (both from examples; not documented). The ID is the
 * Basic username and an identifier; the token is reported after a Plivo token/secret name or
 * right after the auth ID passed to a Plivo client, with the auth ID when it is nearby.
 * No `live`: the read-only account fetch is GET /v1/Account/{auth_id}/, and no keylint record
 * puts the other part in a request path yet.
 */
const PLIVO_AUTH_ID = '(?<![A-Za-z0-9])[MS]A[A-Z0-9]{18}(?![A-Za-z0-9])';
export const plivo: ProviderRecord = {
  id: 'plivo',
  name: 'Plivo',
  rules: [
    {
      id: 'plivo-auth-token',
      description: 'Plivo auth token (40 alphanumerics) after a Plivo token name or auth ID, with the auth ID (MA…/SA…) when it is nearby.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('plivo')}[\\s\\S]{0,64}(?:${anyOf(['token', 'secret'])})[\\s\\S]{0,24})|(?<=${ci('plivo')}[\\s\\S]{0,80}${PLIVO_AUTH_ID}[\\s\\S]{0,24}))`,
        '[A-Za-z0-9]{40}',
        END_ALNUM,
      ),
      keywords: ['plivo'],
      window: { before: 8, after: 240 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      check: mixed,
      pair: { label: 'auth ID', pattern: PLIVO_AUTH_ID, window: { before: 200, after: 200 }, envNames: ['PLIVO_AUTH_ID'] },
    },
  ],
  envNames: ['PLIVO_AUTH_TOKEN'],
  envNote: 'The Plivo SDKs read PLIVO_AUTH_ID with PLIVO_AUTH_TOKEN when no credentials are passed.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[40, 40]], full: '[A-Za-z0-9]{40}' },
  rotateUrl: 'https://console.plivo.com/dashboard/',
  noLive: 'the read-only account fetch names the auth ID in its path (/v1/Account/{auth_id}/), which no check fills in yet',
};

// ---------------------------------------------------------------- Telnyx

/**
 * Telnyx API v2 keys: `KEY` + 32 upper-case hex + `_` + 22 alphanumerics in the keys seen; the docs
 * show only `KEY_xxxx` placeholders (developers.telnyx.com/development/api-fundamentals/authentication),
 * so 20–26 chars are accepted after the underscore. Found next to "telnyx" (the `KEY` prefix alone
 * is an ordinary word).
 *
 * Live: GET https://api.telnyx.com/v2/balance (the documented first, read-only request). 200
 * valid; 401 invalid; 403 a key without billing permission (restricted).
 */
export const telnyx: ProviderRecord = {
  id: 'telnyx',
  name: 'Telnyx',
  rules: [
    {
      id: 'telnyx-api-key',
      description: 'Telnyx API v2 key (KEY + 32 hex + _ + alphanumerics) near "telnyx".',
      pattern: withContext(START, near(['telnyx'], 200, 200), 'KEY[0-9A-F]{32}_[A-Za-z0-9]{20,26}', END),
      keywords: ['telnyx'],
      window: { before: 260, after: 260 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['TELNYX_API_KEY'],
  format: { prefixes: ['KEY'], charset: '[A-Za-z0-9_]', lengths: [[56, 62]], full: 'KEY[0-9A-F]{32}_[A-Za-z0-9]{20,26}' },
  rotateUrl: 'https://portal.telnyx.com/#/app/api-keys',
  live: { base: 'https://api.telnyx.com', path: '/v2/balance', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- MessageBird

/**
 * MessageBird (Bird) REST API access keys: live keys are 25 alphanumerics, test keys `test_` + 25
 * (the Python SDK's example is `test_` + 25; lengths from examples). Sent as
 * `Authorization: AccessKey <key>`; test keys only validate requests (docs.bird.com, "Creating
 * access keys"). Found near "messagebird" or after the AccessKey scheme. The newer Bird platform's
 * access keys (api.bird.com) have no published format and are not covered.
 *
 * Live: GET https://rest.messagebird.com/balance (read-only). 200 valid; 401 invalid.
 */
const MESSAGEBIRD_DOC_KEY = 'test_gshuPaZoeEG6ovbc8M79w0QyM';
const MB_CONTEXT = `(?:${near(['messagebird'], 160, 200)}|(?<=AccessKey {1,2}))`;
export const messagebird: ProviderRecord = {
  id: 'messagebird',
  name: 'MessageBird',
  rules: [
    {
      id: 'messagebird-access-key',
      description: 'MessageBird live access key (25 alphanumerics) near "messagebird" or after `AccessKey`.',
      pattern: withContext(START, MB_CONTEXT, '[A-Za-z0-9]{25}', END),
      keywords: ['messagebird', 'accesskey '],
      window: { before: 220, after: 220 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 2,
      check: mixed,
    },
    {
      id: 'messagebird-test-key',
      description: 'MessageBird test access key (test_ + 25 alphanumerics): validates requests, sends nothing.',
      pattern: withContext(START, MB_CONTEXT, 'test_[A-Za-z0-9]{25}', END),
      keywords: ['messagebird', 'accesskey '],
      window: { before: 220, after: 220 },
      confidence: 'low',
      minEntropy: 3.5,
      minDigits: 2,
      check: (s) => s !== MESSAGEBIRD_DOC_KEY && mixed(s.slice(5)),
    },
  ],
  envNames: ['MESSAGEBIRD_API_KEY', 'MESSAGEBIRD_ACCESS_KEY'],
  format: { prefixes: ['test_'], charset: '[A-Za-z0-9]', lengths: [[25, 30]], full: '(?:test_)?[A-Za-z0-9]{25}' },
  rotateUrl: 'https://dashboard.messagebird.com/en/developers/access',
  live: { base: 'https://rest.messagebird.com', path: '/balance', method: 'GET', auth: { kind: 'header', name: 'Authorization', prefix: 'AccessKey ' } },
};

// ---------------------------------------------------------------- Sinch

/**
 * Sinch SMS REST API: a service plan ID (32 lower-case alphanumerics, e.g. the reference's
 * `jd63jf88477ll123ab4567cd89012ef3`) and its API token (Bearer; 32 lower-case alphanumerics in the
 * examples, not documented). The token is reported after a Sinch token name or as the Bearer of a
 * request to sinch.com, with the service plan ID when it is nearby. Project access keys (key ID and
 * secret for OAuth) have no published secret format and are not covered.
 * No `live`: the API host is the account's region (us./eu.sms.api.sinch.com) and every path names
 * the service plan ID.
 */
export const sinch: ProviderRecord = {
  id: 'sinch',
  name: 'Sinch',
  rules: [
    {
      id: 'sinch-api-token',
      description: 'Sinch SMS API token (32 lower-case alphanumerics) after a Sinch token name or as the Bearer of a sinch.com request.',
      pattern: withContext(
        START_ALNUM,
        `(?:(?<=${ci('sinch')}[\\s\\S]{0,120}${ci('token')}${ASSIGN})|(?<=${ci('sinch.com')}[\\s\\S]{0,200}${ci('bearer')}\\s{1,4})|(?<=${ci('bearer')}\\s{1,4})(?=[\\s\\S]{0,200}${ci('sinch.com')}))`,
        '[a-z0-9]{32}',
        END_ALNUM,
      ),
      keywords: ['sinch'],
      window: { before: 260, after: 260 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: {
        label: 'service plan ID',
        pattern: `(?:${ci('plan')}[A-Za-z0-9_]{0,8}${ASSIGN}|xms/v1/)(?<secret>[a-z0-9]{32})(?![A-Za-z0-9])`,
        window: { before: 240, after: 240 },
        envNames: ['SINCH_SERVICE_PLAN_ID'],
      },
    },
  ],
  envNames: ['SINCH_API_TOKEN'],
  format: { prefixes: [], charset: '[a-z0-9]', lengths: [[32, 32]], full: '[a-z0-9]{32}' },
  rotateUrl: 'https://dashboard.sinch.com/sms/api/rest',
  noLive: "the SMS API host is the account's region and every path names the service plan ID",
};

// ---------------------------------------------------------------- Amazon SES SMTP

/**
 * Amazon SES SMTP passwords: derived from an IAM secret access key as base64(version byte ‖
 * HMAC-SHA256), 33 bytes, so 44 base64 chars (docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html).
 * The version byte fixes the first two chars: 0x04 (current, per-region) gives `B` + one of `A`–`P`,
 * 0x02 (older) `A` + one of `g`–`v`. That shape, next to an SES SMTP host or name, is distinctive;
 * the SMTP username is the IAM access key ID (AKIA…), reported with it when nearby (the key ID
 * itself stays the `aws` record's). No `live`: the credential authenticates only to SMTP.
 */
const B64_START = '(?<![A-Za-z0-9/+._-])';
const B64_END = '(?![A-Za-z0-9/+=._-])';
export const awsSesSmtp: ProviderRecord = {
  id: 'aws-ses-smtp',
  name: 'Amazon SES SMTP',
  rules: [
    {
      id: 'aws-ses-smtp-password',
      description: 'Amazon SES SMTP password (44 base64 chars with the SES version prefix) near an SES SMTP host or name.',
      pattern: withContext(
        B64_START,
        near(['email-smtp', 'ses_smtp', 'ses-smtp', 'sessmtp', 'smtp_ses'], 300, 300),
        '(?:B[A-P]|A[g-v])[A-Za-z0-9+/]{42}',
        B64_END,
      ),
      keywords: ['email-smtp', 'ses_smtp', 'ses-smtp', 'sessmtp', 'smtp_ses'],
      window: { before: 360, after: 360 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 1,
      pair: {
        label: 'SMTP username (access key ID)',
        pattern: '(?<![A-Za-z0-9])AKIA[A-Z2-7]{16}(?![A-Za-z0-9])',
        window: { before: 300, after: 300 },
        envNames: ['SES_SMTP_USERNAME', 'AWS_SES_SMTP_USERNAME'],
      },
    },
  ],
  envNames: ['SES_SMTP_PASSWORD', 'AWS_SES_SMTP_PASSWORD'],
  format: { prefixes: [], charset: '[A-Za-z0-9+/]', lengths: [[44, 44]], full: '(?:B[A-P]|A[g-v])[A-Za-z0-9+/]{42}' },
  rotateUrl: 'https://console.aws.amazon.com/ses/home#/smtp',
  noLive: 'the SMTP password authenticates only to the SES SMTP endpoint (SMTP AUTH), not to any HTTPS API',
};

export const emailSmsRecords: ProviderRecord[] = [
  mailgun,
  mailgunWebhook,
  mailchimp,
  mandrill,
  postmark,
  postmarkAccount,
  sparkpost,
  brevo,
  brevoSmtp,
  mailjet,
  resend,
  loops,
  twilioApiKey,
  vonage,
  plivo,
  telnyx,
  messagebird,
  sinch,
  awsSesSmtp,
];
