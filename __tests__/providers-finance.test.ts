/**
 * Finance group: the providers' answer shapes read by `interpret`, the shared `sk_live_` /
 * `live_` shapes kept apart (Stripe, Paystack, Checkout.com; Mollie, GoCardless), test keys at
 * low confidence, live checks that send only the key kinds they can prove, the two-part
 * credentials (Plaid headers, Binance's look-alike key and secret) and the Coinbase CDP key
 * file winning over the generic private-key rule.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest, liveCheck } from '../src/health/live.js';
import { interpretStripe, stripe } from '../src/providers/records/payments.js';
import {
  checkoutCom,
  gocardless,
  interpretAdyen,
  interpretPlaid,
  interpretSquare,
  interpretWise,
  mollie,
  paddle,
  plaid,
  razorpay,
  square,
} from '../src/providers/records/finance.js';
import { ALNUM, B64, HEX, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: JSON.stringify(json), json });
const only = (text: string): Array<[string, string, string]> => scanText(text, 'config.env').map((f) => [f.provider, f.rule, f.confidence]);

describe('interpret', () => {
  test('Stripe: 403 is a restricted key that authenticated', () => {
    expect(interpretStripe(res(403, { error: { message: 'The provided key does not have the required permissions' } }))).toEqual({
      status: 'restricted',
      detail: 'The provided key does not have the required permissions',
    });
    expect(interpretStripe(res(200, { object: 'balance' }))).toBeUndefined();
  });

  test('Square: 401 is invalid and says a sandbox token would be too', () => {
    const v = interpretSquare(res(401, { errors: [{ category: 'AUTHENTICATION_ERROR', code: 'UNAUTHORIZED', detail: 'This request could not be authorized.' }] }));
    expect(v?.status).toBe('invalid');
    expect(v?.detail).toMatch(/^UNAUTHORIZED .*squareupsandbox/);
    expect(interpretSquare(res(200, { locations: [] }))).toBeUndefined();
  });

  test('Adyen: 200 names the credential, 401 mentions the test environment, 403 is left to the default', () => {
    expect(interpretAdyen(res(200, { id: 'S2-6A6C2E3432', username: 'ws_123456@Company.Acme', active: true }))).toEqual({ status: 'valid', detail: 'credential ws_123456@Company.Acme' });
    expect(interpretAdyen(res(401, { status: 401, errorCode: '000', message: 'HTTP Status Response - Unauthorized', errorType: 'security' }))?.detail).toMatch(/Unauthorized .*management-test/);
    expect(interpretAdyen(res(403, { status: 403, errorCode: '901', message: 'Invalid Merchant Account', errorType: 'security' }))).toBeUndefined();
  });

  test('Plaid: INVALID_API_KEYS (a 400) is invalid; RATE_LIMIT_EXCEEDED is rate-limited', () => {
    const bad = interpretPlaid(res(400, { error_type: 'INVALID_INPUT', error_code: 'INVALID_API_KEYS', error_message: 'invalid client_id or secret provided', request_id: 'x' }));
    expect(bad?.status).toBe('invalid');
    expect(bad?.detail).toMatch(/^INVALID_API_KEYS invalid client_id or secret provided/);
    expect(interpretPlaid(res(429, { error_type: 'RATE_LIMIT_EXCEEDED', error_code: 'INSTITUTIONS_GET_LIMIT' }))).toEqual({ status: 'rate-limited', detail: 'INSTITUTIONS_GET_LIMIT' });
    expect(interpretPlaid(res(200, { institutions: [], total: 11000 }))).toBeUndefined();
  });

  test('Wise: 401 mentions the sandbox host', () => {
    expect(interpretWise(res(401, { error: 'invalid_token', error_description: 'Invalid token' }))?.detail).toMatch(/sandbox\.transferwise\.tech/);
    expect(interpretWise(res(200, []))).toBeUndefined();
  });
});

describe('shared shapes stay with their provider', () => {
  const stripeLive = `sk_live_51${fakeKey('fx-st', ALNUM, 97)}`;
  const paystackLive = `sk_live_${fakeKey('fx-ps', HEX, 40)}`;
  const ckoLive = `sk_${fakeKey('fx-ck', 'abcdefghijklmnopqrstuvwxyz234567', 27)}`;

  test('sk_live_: base62 is Stripe, 40 lowercase hex is Paystack', () => {
    expect(only(`STRIPE_SECRET_KEY=${stripeLive}\n`)).toEqual([['stripe', 'stripe-secret-key', 'high']]);
    expect(only(`PAYSTACK_SECRET_KEY=${paystackLive}\n`)).toEqual([['paystack', 'paystack-secret-key', 'high']]);
  });

  test('sk_ + 27 base32 is Checkout.com only next to "checkout"', () => {
    expect(only(`CHECKOUT_SECRET_KEY=${ckoLive}\n`)).toEqual([['checkout-com', 'checkout-com-secret-key', 'high']]);
    expect(only(`slug: ${ckoLive}\n`)).toEqual([]);
  });

  test('live_: 30 alphanumerics next to "mollie", 40 base64url next to "gocardless"', () => {
    const m = `live_${fakeKey('fx-mo', ALNUM, 30)}`;
    const g = `live_${fakeKey('fx-gc', ALNUM, 40)}`;
    expect(only(`MOLLIE_API_KEY=${m}\n`)).toEqual([['mollie', 'mollie-api-key', 'medium']]);
    expect(only(`GOCARDLESS_ACCESS_TOKEN=${g}\n`)).toEqual([['gocardless', 'gocardless-access-token', 'medium']]);
  });
});

describe('test and sandbox keys are low confidence', () => {
  test.each([
    ['STRIPE_SECRET_KEY', `sk_test_${fakeKey('lo-st', ALNUM, 99)}`, 'stripe'],
    ['STRIPE_KEY', `rk_test_${fakeKey('lo-rk', ALNUM, 99)}`, 'stripe'],
    ['PAYSTACK_SECRET_KEY', `sk_test_${fakeKey('lo-ps', HEX, 40)}`, 'paystack'],
    ['FLW_SECRET_KEY', `FLWSECK_TEST-${fakeKey('lo-fl', HEX, 32)}-X`, 'flutterwave'],
    ['CKO_SECRET_KEY', `sk_sbox_${fakeKey('lo-ck', 'abcdefghijklmnopqrstuvwxyz234567', 27)}`, 'checkout-com'],
    ['PADDLE_API_KEY', `pdl_sdbx_apikey_${fakeKey('lo-pd', '0123456789abcdefghjkmnpqrstvwxyz', 26)}_${fakeKey('lo-pd2', ALNUM, 22)}_${fakeKey('lo-pd3', ALNUM, 3)}`, 'paddle'],
    ['GOCARDLESS_ACCESS_TOKEN', `sandbox_${fakeKey('lo-gc', ALNUM, 40)}`, 'gocardless'],
    ['MOLLIE_API_KEY', `test_${fakeKey('lo-mo', ALNUM, 30)}`, 'mollie'],
  ])('%s', (name, value, provider) => {
    const [f] = scanText(`${name}=${value}\n`, '.env');
    expect([f?.provider, f?.confidence, f?.secret.reveal()]).toEqual([provider, 'low', value]);
  });
});

describe('live checks send only the key kinds they can prove', () => {
  test.each(
    ([
    [stripe, `whsec_${fakeKey('nc-st', ALNUM, 32)}`],
    [paddle, `pdl_sdbx_apikey_${fakeKey('nc-pd', ALNUM, 53)}`],
    [gocardless, `sandbox_${fakeKey('nc-gc', ALNUM, 40)}`],
    [checkoutCom, `sk_${fakeKey('nc-ck', 'abcdefghijklmnopqrstuvwxyz234567', 27)}`],
    [mollie, `access_${fakeKey('nc-mo', ALNUM, 30)}`],
    [square, `sq0csp-${fakeKey('nc-sq', ALNUM, 43)}`],
    ] as const).map(([record, key]) => [record.id, record, key] as const),
  )('%s: nothing is sent for another kind', async (_id, record, key) => {
    const out = await liveCheck(record.live!, key, 'http://127.0.0.1:9');
    expect([out.attempts, out.notCheckable]).toEqual([0, true]);
  });

  test('Plaid sends the client ID and the secret in their own headers, nothing in the body', () => {
    const secret = fakeKey('lc-pl', HEX, 30);
    const r = buildRequest(plaid.live!, secret, plaid.live!.base, { pair: '0a1b2c3d4e5f60718293a4b5' });
    expect([r.url, r.method, r.headers['plaid-secret'] ?? r.headers['PLAID-SECRET'], r.headers['plaid-client-id'] ?? r.headers['PLAID-CLIENT-ID']]).toEqual([
      'https://production.plaid.com/institutions/get',
      'POST',
      secret,
      '0a1b2c3d4e5f60718293a4b5',
    ]);
    expect(String(r.body)).not.toContain(secret);
  });

  test('Razorpay sends Basic key_id:key_secret', () => {
    const secret = fakeKey('lc-rz', ALNUM, 24);
    const r = buildRequest(razorpay.live!, secret, razorpay.live!.base, { pair: 'rzp_live_Ab12Cd34Ef56Gh' });
    expect(r.headers['authorization']).toBe(`Basic ${Buffer.from(`rzp_live_Ab12Cd34Ef56Gh:${secret}`).toString('base64')}`);
  });
});

describe('two-part credentials', () => {
  test('Binance: the secret-named value is the secret, the other 64-char value its API key', () => {
    const key = fakeKey('tp-bn-k', ALNUM, 64);
    const secret = fakeKey('tp-bn-s', ALNUM, 64);
    const fs = scanText(`BINANCE_API_SECRET=${secret}\nBINANCE_API_KEY=${key}\n`, '.env');
    expect(fs.map((f) => [f.rule, f.secret.reveal(), f.pair?.secret.reveal()])).toEqual([['binance-api-secret', secret, key]]);
  });

  test('Plaid and Razorpay secrets are not reported without their ID', () => {
    expect(only(`plaid_secret_hex ${fakeKey('tp-pl', HEX, 30)}\n`)).toEqual([]);
    expect(only(`rzp_live_ key? no; razorpay value ${fakeKey('tp-rz', ALNUM, 24)}\n`)).toEqual([]);
  });

  test('Coinbase CDP key file: one finding of the Coinbase rule (not the generic private-key rule), with the key name', () => {
    const body = `MHcCAQEEI${fakeKey('tp-cb', B64, 155)}`;
    const lines = [body.slice(0, 64), body.slice(64, 128), body.slice(128)];
    const name = 'organizations/0b6c7d8e-1f2a-4b3c-9d4e-5f6a7b8c9d0e/apiKeys/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
    const text = `{\n  "name": "${name}",\n  "privateKey": "-----BEGIN EC PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END EC PRIVATE KEY-----\\n"\n}\n`;
    const fs = scanText(text, 'cdp_api_key.json');
    expect(fs.map((f) => [f.rule, f.line, f.pair?.secret.reveal()])).toEqual([['coinbase-cdp-ec-private-key', 3, name]]);
    // Without the key name it is just a private key.
    expect(scanText(text.replace(name, 'my-key'), 'key.json').map((f) => f.rule)).not.toContain('coinbase-cdp-ec-private-key');
  });
});
