/**
 * Email/SMS records beyond the shared sample tests: Twilio's two pairs (auth token + account SID,
 * API key secret + API key SID) and the requests they build, the provider-specific answers
 * (Twilio error codes, Resend's swapped 401/403, Brevo's IP allow-list), Postmark's two token
 * kinds, SES SMTP passwords derived as SES does, and the required pairs.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest } from '../src/health/live.js';
import { resolveTarget } from '../src/health/targets.js';
import { awsSesSmtp, brevoInterpret, mailchimp, mailgun, mailjet, resendInterpret, twilioApiKey, vonage } from '../src/providers/records/email-sms.js';
import { twilio, twilioInterpret } from '../src/providers/records/messaging.js';
import { providers } from '../src/providers/registry.js';
import { ALNUM, HEX, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json?: unknown, body?: string): LiveResponse => ({ status, headers: {}, body: body ?? (json === undefined ? '' : JSON.stringify(json)), json });
const basicOf = (header: string | undefined): string => Buffer.from((header ?? '').replace(/^Basic /, ''), 'base64').toString();
const found = (text: string, path = 'config.env'): Array<[string, string, string | undefined]> =>
  scanText(text, path).map((f) => [f.rule, f.secret.reveal(), f.pair?.secret.reveal()]);

const AC = `AC${fakeKey('t-ac', HEX, 32)}`;
const SK = `SK${fakeKey('t-sk', HEX, 32)}`;
const TOKEN = fakeKey('t-tok', HEX, 32);
const SECRET = `Qz7${fakeKey('t-sec', ALNUM, 29)}`;

describe('Twilio: each secret with its own SID', () => {
  test('a whole .env: the auth token carries the account SID, the API key secret the API key SID; no SID is reported', () => {
    const text = `TWILIO_ACCOUNT_SID=${AC}\nTWILIO_AUTH_TOKEN=${TOKEN}\nTWILIO_API_KEY=${SK}\nTWILIO_API_SECRET=${SECRET}\n`;
    expect(found(text)).toEqual([
      ['twilio-auth-token', TOKEN, AC],
      ['twilio-api-key-secret', SECRET, SK],
    ]);
  });

  test('the auth token alone is reported (named by "twilio"); the API key secret alone is not (required pair)', () => {
    expect(found(`TWILIO_AUTH_TOKEN=${TOKEN}\n`)).toEqual([['twilio-auth-token', TOKEN, undefined]]);
    expect(found(`api_secret = "${SECRET}"\n`, 'a.py').filter(([r]) => r.startsWith('twilio'))).toEqual([]);
  });

  test('live: Basic SID:secret, the account list for the auth token and a v1 list for API keys (no SID in either path)', () => {
    const a = buildRequest(twilio.live!, TOKEN, twilio.live!.base, { pair: AC });
    expect(a.url).toBe('https://api.twilio.com/2010-04-01/Accounts.json?PageSize=1');
    expect(basicOf(a.headers['authorization'])).toBe(`${AC}:${TOKEN}`);
    const k = buildRequest(twilioApiKey.live!, SECRET, twilioApiKey.live!.base, { pair: SK });
    expect(k.url).toBe('https://messaging.twilio.com/v1/Services?PageSize=1');
    expect(basicOf(k.headers['authorization'])).toBe(`${SK}:${SECRET}`);
  });

  test('keylint check: each secret env name reads its own SID env name', () => {
    const env = { TWILIO_ACCOUNT_SID: AC, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_API_KEY: SK, TWILIO_API_SECRET: SECRET };
    const t = resolveTarget({ name: 'TWILIO_AUTH_TOKEN' }, { providers, env });
    expect([t.provider?.id, t.pair?.name, t.pair?.value]).toEqual(['twilio', 'TWILIO_ACCOUNT_SID', AC]);
    const k = resolveTarget({ name: 'TWILIO_API_SECRET' }, { providers, env });
    expect([k.provider?.id, k.pair?.name, k.pair?.value]).toEqual(['twilio-api-key', 'TWILIO_API_KEY', SK]);
  });

  test("Twilio's answers: 20003 invalid, 70051 a Restricted key, 20403 and suspended accounts restricted", () => {
    expect(twilioInterpret(res(401, { code: 20003, message: 'Authenticate', status: 401 }))).toEqual({ status: 'invalid', detail: '20003 Authenticate' });
    expect(twilioInterpret(res(401, { code: 70051, message: 'Authorization Failed', status: 401 }))?.status).toBe('restricted');
    expect(twilioInterpret(res(403, { code: 20403, message: 'Forbidden', status: 403 }))?.status).toBe('restricted');
    expect(twilioInterpret(res(200, { accounts: [{ sid: AC, status: 'suspended' }] }))).toEqual({ status: 'restricted', detail: 'account suspended' });
    expect(twilioInterpret(res(200, { accounts: [{ sid: AC, status: 'active' }] }))).toBeUndefined();
    expect(twilioInterpret(res(200, { services: [] }))).toBeUndefined();
    expect(twilioInterpret(res(503, undefined, 'Service Unavailable'))).toBeUndefined();
  });
});

describe('pairs that are required', () => {
  const pub = fakeKey('t-mjp', HEX, 32);
  const priv = fakeKey('t-mjs', HEX, 32);

  test('Mailjet: the secret needs its API key nearby; the check sends Basic apikey:secret', () => {
    expect(found(`MJ_APIKEY_PRIVATE=${priv}\n`)).toEqual([]);
    expect(found(`MJ_APIKEY_PUBLIC=${pub}\nMJ_APIKEY_PRIVATE=${priv}\n`)).toEqual([['mailjet-secret-key', priv, pub]]);
    const req = buildRequest(mailjet.live!, priv, mailjet.live!.base, { pair: pub });
    expect(req.url).toBe('https://api.mailjet.com/v3/REST/user');
    expect(basicOf(req.headers['authorization'])).toBe(`${pub}:${priv}`);
  });

  test('Vonage: the secret needs its key assigned nearby; Basic key:secret to the Application API', () => {
    const secret = `aB3${fakeKey('t-vs', ALNUM, 13)}`;
    expect(found(`VONAGE_API_SECRET=${secret}\n`)).toEqual([]);
    expect(found(`VONAGE_API_KEY=1a2b3c4d\nVONAGE_API_SECRET=${secret}\n`)).toEqual([['vonage-api-secret', secret, '1a2b3c4d']]);
    const req = buildRequest(vonage.live!, secret, vonage.live!.base, { pair: '1a2b3c4d' });
    expect(req.url).toBe('https://api.nexmo.com/v2/applications?page_size=1');
    expect(basicOf(req.headers['authorization'])).toBe(`1a2b3c4d:${secret}`);
  });
});

describe('Postmark: one UUID shape, two token kinds by their name', () => {
  const id = '3f2c9a1e-7b4d-4e8a-9c6f-2d1b0a9e8f7c';
  test.each([
    [`POSTMARK_SERVER_TOKEN=${id}\n`, 'postmark-server-token'],
    [`POSTMARK_API_TOKEN=${id}\n`, 'postmark-server-token'],
    [`-H "X-Postmark-Server-Token: ${id}"  # api.postmarkapp.com\n`, 'postmark-server-token'],
    [`POSTMARK_ACCOUNT_TOKEN=${id}\n`, 'postmark-account-token'],
    [`-H "X-Postmark-Account-Token: ${id}"\n`, 'postmark-account-token'],
    [`client = new postmark.AccountClient("${id}");\n`, 'postmark-account-token'],
  ])('%s → %s only', (text, rule) => {
    expect(found(text).map(([r]) => r)).toEqual([rule]);
  });
});

describe('provider answers', () => {
  test("Resend: 401 restricted_api_key is a sending-only key, 403 invalid_api_key a bad one", () => {
    expect(resendInterpret(res(401, { statusCode: 401, name: 'restricted_api_key', message: 'This API key is restricted to only send emails' }))).toEqual({
      status: 'restricted',
      detail: 'This API key is restricted to only send emails',
    });
    expect(resendInterpret(res(403, { statusCode: 403, name: 'invalid_api_key', message: 'API key is invalid' }))).toEqual({ status: 'invalid', detail: 'API key is invalid' });
    expect(resendInterpret(res(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' }))).toBeUndefined();
    expect(resendInterpret(res(200, { data: [] }))).toBeUndefined();
  });

  test('Brevo: a 401 about an unrecognised IP is a good key behind an allow-list', () => {
    expect(brevoInterpret(res(401, { code: 'unauthorized', message: 'We have detected you are using an unrecognised IP address 192.0.2.1.' }))?.status).toBe('restricted');
    expect(brevoInterpret(res(401, { code: 'unauthorized', message: 'Key not found' }))).toBeUndefined();
    expect(brevoInterpret(res(200, { email: 'ops@example.org' }))).toBeUndefined();
  });

  test('Mailgun: Basic api:key; the old docs example key is not reported', () => {
    const req = buildRequest(mailgun.live!, 'k', mailgun.live!.base);
    expect([req.url, basicOf(req.headers['authorization'])]).toEqual(['https://api.mailgun.net/v3/domains?limit=1', 'api:k']);
    expect(found("curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/samples.mailgun.org/log\n")).toEqual([]);
  });

  test('Mailchimp: no live check (its host is the key suffix); a data center needs a number from 1', () => {
    expect(mailchimp.live).toBeUndefined();
    expect(mailchimp.noLive).toMatch(/data center/);
    const h = fakeKey('t-mc', HEX, 32);
    expect(found(`MAILCHIMP_API_KEY=${h}-us21\n`)).toEqual([['mailchimp-api-key', `${h}-us21`, undefined]]);
    expect(found(`mailchimp_list = "${h}-us0"\n`).filter(([r]) => r === 'mailchimp-api-key')).toEqual([]);
  });
});

describe('Amazon SES SMTP passwords', () => {
  // base64(version byte ‖ 32-byte HMAC-SHA256), as the SES conversion script builds them.
  const derive = (version: number, seed: string): string => Buffer.concat([Buffer.from([version]), Buffer.from(fakeKey(seed, HEX, 64), 'hex')]).toString('base64');
  const full = new RegExp(`^(?:${awsSesSmtp.format!.full})$`);

  test('both version prefixes fit the format; other version bytes do not', () => {
    for (let i = 0; i < 50; i++) {
      expect(full.test(derive(4, `v4-${i}`))).toBe(true);
      expect(full.test(derive(2, `v2-${i}`))).toBe(true);
      expect(full.test(derive(3, `v3-${i}`))).toBe(false);
    }
  });

  test('found next to the SES SMTP host, with the access key ID as its pair', () => {
    const pw = derive(4, 'ses-pair');
    const id = 'AKIA2E7QWTX5LZ3NPK4B';
    const f = scanText(`MAIL_HOST=email-smtp.eu-west-1.amazonaws.com\nMAIL_USERNAME=${id}\nMAIL_PASSWORD=${pw}\n`, '.env');
    const ses = f.filter((x) => x.provider === 'aws-ses-smtp');
    expect(ses.map((x) => [x.secret.reveal(), x.pair?.secret.reveal()])).toEqual([[pw, id]]);
  });
});
