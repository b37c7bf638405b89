import { curlBearer, curlHeader, dotenv, dotenvQuoted, jsObject, jsonEntry, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, HEX, LOWER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const b64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

// ---------------------------------------------------------------- values

const ppId = (s: string): string => `A${fakeKey(`${s}-id`, B64URL, 79)}`;
const ppSecret = (s: string): string => `E${fakeKey(`${s}-secret`, B64URL, 79)}`;

const btToken = (s: string, env = 'production'): string => `access_token$${env}$${fakeKey(`${s}-m`, LOWER_ALNUM, 16)}$${fakeKey(`${s}-h`, HEX, 32)}`;
const btPublic = (s: string): string => fakeKey(`${s}-pub`, LOWER_ALNUM, 16);
const btPrivate = (s: string): string => fakeKey(`${s}-priv`, HEX, 32);

const sqToken = (s: string): string => `EAAA${fakeKey(s, B64URL, 60)}`;
const sqLegacy = (s: string, prefix = 'sq0atp-'): string => `${prefix}${fakeKey(s, B64URL, 22)}`;
const sqSecret = (s: string, prefix = 'sq0csp-'): string => `${prefix}${fakeKey(s, B64URL, 43)}`;

const ADYEN_TAIL = `${ALNUM}+;=&*#!`;
const adyenKey = (s: string, n = 71): string => `AQE${fakeKey(`${s}-a`, B64, n)}==-${fakeKey(`${s}-b`, B64, 43)}=-${fakeKey(`${s}-c`, ADYEN_TAIL, 16)}`;

const plaidId = (s: string): string => fakeKey(`${s}-id`, HEX, 24);
const plaidSecret = (s: string): string => fakeKey(`${s}-secret`, HEX, 30);

const rzpId = (s: string, mode = 'live'): string => `rzp_${mode}_${fakeKey(`${s}-id`, ALNUM, 14)}`;
const rzpSecret = (s: string): string => fakeKey(`${s}-secret`, ALNUM, 24);

const paystack = (s: string, mode = 'live'): string => `sk_${mode}_${fakeKey(s, HEX, 40)}`;

const flw = (s: string, test = false): string => `FLWSECK${test ? '_TEST' : ''}-${fakeKey(s, HEX, 32)}-X`;

const gc = (s: string, env = 'live'): string => `${env}_${fakeKey(s, B64URL, 40)}`;

const mollieKey = (s: string, mode = 'live'): string => `${mode}_${fakeKey(s, ALNUM, 30)}`;
const mollieToken = (s: string): string => `access_${fakeKey(s, ALNUM, 30)}`;

const cko = (s: string, sandbox = true, last = ''): string =>
  `sk_${sandbox ? 'sbox_' : ''}${fakeKey(s, BASE32_LOWER, last ? 26 : 27)}${last}`;
const ckoLegacy = (s: string, test = true): string => `sk_${test ? 'test_' : ''}${uuid(s)}`;

/** A Lemon Squeezy-shaped API key: RS256 JWT with the claims such keys carry, a random signature. */
const lemonJwt = (s: string): string => {
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }));
  const payload = b64url(
    JSON.stringify({
      aud: uuid(`${s}-aud`),
      jti: fakeKey(`${s}-jti`, HEX, 80),
      iat: 1717000000,
      nbf: 1717000000,
      exp: 2032532800,
      sub: fakeKey(`${s}-sub`, '123456789', 6),
      scopes: [],
    }),
  );
  return `${header}.${payload}.${fakeKey(`${s}-sig`, B64URL, 342)}`;
};

const paddleKey = (s: string, env = 'live'): string =>
  `pdl_${env}_apikey_${fakeKey(`${s}-u`, LOWER_ALNUM, 26)}_${fakeKey(`${s}-m`, ALNUM, 22)}_${fakeKey(`${s}-t`, ALNUM, 3)}`;
const paddleLegacy = (s: string): string => fakeKey(s, ALNUM, 50);

const cdpName = (s: string): string => `organizations/${uuid(`${s}-org`)}/apiKeys/${uuid(`${s}-key`)}`;
/** The base64 lines of a fake P-256 SEC 1 key (DER starts MHcCAQEE): 64 + 64 + 36 chars. */
const cdpPemLines = (s: string): string[] => {
  const b = `MHcCAQEEI${fakeKey(`${s}-pem`, B64, 155)}`;
  return [b.slice(0, 64), b.slice(64, 128), b.slice(128)];
};
const cdpEd = (s: string): string => `${fakeKey(`${s}-ed`, B64, 86)}==`;
const cbLegacyKey = (s: string): string => fakeKey(`${s}-k`, ALNUM, 16);
const cbLegacySecret = (s: string): string => fakeKey(`${s}-s`, ALNUM, 32);

const krakenKey = (s: string): string => fakeKey(`${s}-k`, B64, 56);
const krakenSecret = (s: string): string => `${fakeKey(`${s}-s`, B64, 86)}==`;

const kucoinKey = (s: string): string => fakeKey(`${s}-k`, HEX, 24);

const bnKey = (s: string): string => fakeKey(`${s}-k`, ALNUM, 64);
const bnSecret = (s: string): string => fakeKey(`${s}-s`, ALNUM, 64);

const btxKey = (s: string): string => fakeKey(`${s}-k`, HEX, 32);
const btxSecret = (s: string): string => fakeKey(`${s}-s`, HEX, 32);

export const financeSamples: ProviderSamples[] = [
  {
    provider: 'paypal',
    positives: [
      {
        text: `# PayPal REST app (live)\nPAYPAL_CLIENT_ID=${ppId('pp-1')}\nPAYPAL_CLIENT_SECRET=${ppSecret('pp-1')}\n`,
        secret: ppSecret('pp-1'),
        rule: 'paypal-client-secret',
        pair: ppId('pp-1'),
      },
      {
        text: `curl -v -X POST https://api-m.paypal.com/v1/oauth2/token \\\n  -u "${ppId('pp-2')}:${ppSecret('pp-2')}" \\\n  -d "grant_type=client_credentials"\n`,
        secret: ppSecret('pp-2'),
        rule: 'paypal-client-secret',
        pair: ppId('pp-2'),
      },
      {
        text: `paypal:\n  mode: live\n  client_id: ${ppId('pp-3')}\n  client_secret: ${ppSecret('pp-3')}\n`,
        secret: ppSecret('pp-3'),
        rule: 'paypal-client-secret',
        pair: ppId('pp-3'),
      },
    ],
    negatives: [
      { text: 'PAYPAL_CLIENT_ID=<your-client-id>\nPAYPAL_CLIENT_SECRET=<your-client-secret>\n', why: 'template placeholders' },
      { text: 'paypal_secret = os.environ["PAYPAL_CLIENT_SECRET"]\n', why: 'env reference' },
      { text: `const cursor = "${ppSecret('pp-n1')}";\n`, why: 'the right shape with no PayPal name nearby' },
    ],
  },
  {
    provider: 'braintree',
    positives: [
      { text: dotenv('BRAINTREE_ACCESS_TOKEN', btToken('bt-1')), secret: btToken('bt-1'), rule: 'braintree-access-token' },
      {
        text: `const gateway = new braintree.BraintreeGateway({\n  accessToken: '${btToken('bt-2', 'sandbox')}',\n});\n`,
        secret: btToken('bt-2', 'sandbox'),
        rule: 'braintree-access-token',
      },
      {
        text: `gateway = braintree.BraintreeGateway(\n    braintree.Configuration(\n        braintree.Environment.Production,\n        merchant_id="${fakeKey('bt-3-m', LOWER_ALNUM, 16)}",\n        public_key="${btPublic('bt-3')}",\n        private_key="${btPrivate('bt-3')}",\n    )\n)\n`,
        secret: btPrivate('bt-3'),
        rule: 'braintree-private-key',
        pair: btPublic('bt-3'),
      },
      {
        text: `Braintree::Gateway.new(\n  environment: :production,\n  merchant_id: "${fakeKey('bt-4-m', LOWER_ALNUM, 16)}",\n  public_key: "${btPublic('bt-4')}",\n  private_key: "${btPrivate('bt-4')}",\n)\n`,
        secret: btPrivate('bt-4'),
        rule: 'braintree-private-key',
        pair: btPublic('bt-4'),
      },
    ],
    negatives: [
      { text: 'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>\n', why: 'template placeholder' },
      { text: 'private_key: process.env.BRAINTREE_PRIVATE_KEY,\n', why: 'env reference' },
      { text: `# e.g. access_token$production$${fakeKey('bt-n1', LOWER_ALNUM, 16)}$${fakeKey('bt-n1h', HEX, 12)}...\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'square',
    liveHost: 'squareup.com',
    positives: [
      { text: dotenv('SQUARE_ACCESS_TOKEN', sqToken('sq-1')), secret: sqToken('sq-1'), rule: 'square-access-token' },
      {
        text: `import { SquareClient, SquareEnvironment } from "square";\n\nconst client = new SquareClient({\n  token: "${sqToken('sq-2')}",\n  environment: SquareEnvironment.Production,\n});\n`,
        secret: sqToken('sq-2'),
        rule: 'square-access-token',
      },
      { text: curlBearer('https://connect.squareup.com/v2/locations', sqLegacy('sq-3')), secret: sqLegacy('sq-3'), rule: 'square-legacy-access-token' },
      { text: yamlEntry('SQUARE_APPLICATION_SECRET', sqSecret('sq-4')), secret: sqSecret('sq-4'), rule: 'square-application-secret' },
      { text: tomlEntry('square_sandbox_secret', sqSecret('sq-5', 'sandbox-sq0csb-')), secret: sqSecret('sq-5', 'sandbox-sq0csb-'), rule: 'square-application-secret' },
    ],
    negatives: [
      { text: `SQUARE_APPLICATION_ID=sq0idp-${fakeKey('sq-n1', B64URL, 22)}\n`, why: 'application ID is public' },
      { text: 'SQUARE_ACCESS_TOKEN=YOUR_SQUARE_ACCESS_TOKEN\n', why: 'template placeholder' },
      { text: `fixture_ref = "${sqToken('sq-n2')}"\n`, why: 'EAAA shape with no Square name nearby' },
      { text: `# sq0csp-${fakeKey('sq-n3', B64URL, 20)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'adyen',
    liveHost: 'adyen.com',
    positives: [
      { text: `ADYEN_API_KEY=${adyenKey('ad-1')}\nADYEN_MERCHANT_ACCOUNT=AcmeShopECOM\nADYEN_ENVIRONMENT=LIVE\n`, secret: adyenKey('ad-1'), rule: 'adyen-api-key' },
      { text: curlHeader('https://checkout-test.adyen.com/v71/paymentMethods', 'x-API-key', adyenKey('ad-2', 60)), secret: adyenKey('ad-2', 60), rule: 'adyen-api-key' },
      {
        text: `Client client = new Client("${adyenKey('ad-3', 88)}", Environment.LIVE, "1797a841fbb37ca7-AcmeShop");\n`,
        secret: adyenKey('ad-3', 88),
        rule: 'adyen-api-key',
      },
    ],
    negatives: [
      { text: 'ADYEN_API_KEY=AQE...\nADYEN_MERCHANT_ACCOUNT=YourMerchantAccount\n', why: 'elided placeholder' },
      { text: 'x-API-key: ADYEN_API_KEY\n', why: 'documentation placeholder' },
      { text: `blob = "AQE${fakeKey('ad-n1', B64, 71)}=="\n`, why: 'first part only' },
    ],
  },
  {
    provider: 'plaid',
    liveHost: 'plaid.com',
    positives: [
      {
        text: `PLAID_CLIENT_ID=${plaidId('pl-1')}\nPLAID_SECRET=${plaidSecret('pl-1')}\nPLAID_ENV=production\n`,
        secret: plaidSecret('pl-1'),
        rule: 'plaid-secret',
        pair: plaidId('pl-1'),
      },
      {
        text: `configuration = plaid.Configuration(\n    host=plaid.Environment.Production,\n    api_key={\n        "clientId": "${plaidId('pl-2')}",\n        "secret": "${plaidSecret('pl-2')}",\n    },\n)\n`,
        secret: plaidSecret('pl-2'),
        rule: 'plaid-secret',
        pair: plaidId('pl-2'),
      },
      {
        text: `curl -X POST https://production.plaid.com/institutions/get \\\n  -H 'PLAID-CLIENT-ID: ${plaidId('pl-3')}' \\\n  -H 'PLAID-SECRET: ${plaidSecret('pl-3')}' \\\n  -d '{"count": 1, "offset": 0, "country_codes": ["US"]}'\n`,
        secret: plaidSecret('pl-3'),
        rule: 'plaid-secret',
        pair: plaidId('pl-3'),
      },
    ],
    negatives: [
      { text: 'PLAID_CLIENT_ID=your_client_id\nPLAID_SECRET=your_secret\n', why: 'placeholder words' },
      { text: 'PLAID_SECRET=${{ secrets.PLAID_SECRET }}\n', why: 'CI secret reference' },
      { text: `log.info("plaid request_id ${plaidSecret('pl-n1')}")\n`, why: '30 hex with no client ID nearby' },
    ],
  },
  {
    provider: 'razorpay',
    liveHost: 'razorpay.com',
    positives: [
      {
        text: `RAZORPAY_KEY_ID=${rzpId('rz-1')}\nRAZORPAY_KEY_SECRET=${rzpSecret('rz-1')}\n`,
        secret: rzpSecret('rz-1'),
        rule: 'razorpay-key-secret',
        pair: rzpId('rz-1'),
      },
      {
        text: `const instance = new Razorpay({\n  key_id: '${rzpId('rz-2', 'test')}',\n  key_secret: '${rzpSecret('rz-2')}',\n});\n`,
        secret: rzpSecret('rz-2'),
        rule: 'razorpay-key-secret',
        pair: rzpId('rz-2', 'test'),
      },
      {
        text: `curl -u ${rzpId('rz-3')}:${rzpSecret('rz-3')} \\\n  -X GET https://api.razorpay.com/v1/payments?count=1\n`,
        secret: rzpSecret('rz-3'),
        rule: 'razorpay-key-secret',
        pair: rzpId('rz-3'),
      },
    ],
    negatives: [
      { text: `NEXT_PUBLIC_RAZORPAY_KEY_ID=${rzpId('rz-n1')}\n`, why: 'key ID alone is public (checkout)' },
      { text: 'RAZORPAY_KEY_ID=rzp_test_your_key_id\nRAZORPAY_KEY_SECRET=your_key_secret\n', why: 'placeholder words' },
      { text: 'key_secret: process.env.RAZORPAY_KEY_SECRET,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'paystack',
    liveHost: 'paystack.co',
    positives: [
      { text: dotenv('PAYSTACK_SECRET_KEY', paystack('ps-1')), secret: paystack('ps-1'), rule: 'paystack-secret-key' },
      { text: curlBearer('https://api.paystack.co/transaction/initialize', paystack('ps-2')), secret: paystack('ps-2'), rule: 'paystack-secret-key' },
      { text: pyKwarg('Paystack', 'secret_key', paystack('ps-3', 'test')), secret: paystack('ps-3', 'test'), rule: 'paystack-secret-key' },
    ],
    negatives: [
      { text: `PAYSTACK_PUBLIC_KEY=pk_live_${fakeKey('ps-n1', HEX, 40)}\n`, why: 'public key' },
      { text: 'PAYSTACK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `// sk_live_${fakeKey('ps-n2', HEX, 16)}…\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'flutterwave',
    liveHost: 'flutterwave.com',
    positives: [
      { text: dotenv('FLW_SECRET_KEY', flw('fl-1')), secret: flw('fl-1'), rule: 'flutterwave-secret-key' },
      {
        text: `const Flutterwave = require('flutterwave-node-v3');\nconst flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, '${flw('fl-2', true)}');\n`,
        secret: flw('fl-2', true),
        rule: 'flutterwave-secret-key',
      },
      { text: curlBearer('https://api.flutterwave.com/v3/transactions', flw('fl-3')), secret: flw('fl-3'), rule: 'flutterwave-secret-key' },
    ],
    negatives: [
      { text: `FLW_PUBLIC_KEY=FLWPUBK-${fakeKey('fl-n1', HEX, 32)}-X\n`, why: 'public key' },
      { text: 'FLW_SECRET_KEY=FLWSECK_TEST-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X\n', why: 'repeated-x placeholder' },
      { text: `# FLWSECK-${fakeKey('fl-n2', HEX, 20)}-X\n`, why: 'too short' },
    ],
  },
  {
    provider: 'gocardless',
    liveHost: 'gocardless.com',
    positives: [
      { text: dotenv('GOCARDLESS_ACCESS_TOKEN', gc('gc-1')), secret: gc('gc-1'), rule: 'gocardless-access-token' },
      {
        text: `import gocardless_pro\n\nclient = gocardless_pro.Client(\n    access_token="${gc('gc-2', 'sandbox')}",\n    environment="sandbox",\n)\n`,
        secret: gc('gc-2', 'sandbox'),
        rule: 'gocardless-access-token',
      },
      {
        text: `@client = GoCardlessPro::Client.new(\n  access_token: "${gc('gc-3')}",\n  environment: :live\n)\n`,
        secret: gc('gc-3'),
        rule: 'gocardless-access-token',
      },
    ],
    negatives: [
      { text: 'GOCARDLESS_ACCESS_TOKEN=sandbox_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: "client = gocardless_pro.Client(access_token=os.environ['GC_ACCESS_TOKEN'], environment='live')\n", why: 'env reference' },
      { text: `cache_key = "${gc('gc-n1')}"\n`, why: 'the right shape with no GoCardless name nearby' },
    ],
  },
  {
    provider: 'mollie',
    liveHost: 'mollie.com',
    positives: [
      { text: `$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setApiKey("${mollieKey('mo-1')}");\n`, secret: mollieKey('mo-1'), rule: 'mollie-api-key' },
      { text: dotenv('MOLLIE_API_KEY', mollieKey('mo-2', 'test')), secret: mollieKey('mo-2', 'test'), rule: 'mollie-api-key' },
      { text: curlBearer('https://api.mollie.com/v2/payments', mollieKey('mo-3')), secret: mollieKey('mo-3'), rule: 'mollie-api-key' },
      {
        text: `from mollie.api.client import Client\n\nmollie_client = Client()\nmollie_client.set_access_token("${mollieToken('mo-4')}")\n`,
        secret: mollieToken('mo-4'),
        rule: 'mollie-access-token',
      },
    ],
    negatives: [
      { text: '$mollie->setApiKey("test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM");\n', why: "Mollie's documented example key" },
      { text: 'MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: "mollie_client.set_api_key(os.environ['MOLLIE_API_KEY'])\n", why: 'env reference' },
      { text: `session_ref = "${mollieKey('mo-n1')}"\n`, why: 'the right shape with no Mollie name nearby' },
    ],
  },
  {
    provider: 'checkout-com',
    liveHost: 'checkout.com',
    positives: [
      { text: `import { Checkout } from 'checkout-sdk-node';\n\nconst cko = new Checkout('${cko('ck-1')}');\n`, secret: cko('ck-1'), rule: 'checkout-com-secret-key' },
      { text: dotenv('CHECKOUT_SECRET_KEY', cko('ck-2', false)), secret: cko('ck-2', false), rule: 'checkout-com-secret-key' },
      { text: jsonEntry('checkoutSecretKey', cko('ck-3', false, '#')), secret: cko('ck-3', false, '#'), rule: 'checkout-com-secret-key' },
      {
        text: `curl https://api.sandbox.checkout.com/payments \\\n  -H "Authorization: ${ckoLegacy('ck-4')}" \\\n  -H "Content-Type: application/json"\n`,
        secret: ckoLegacy('ck-4'),
        rule: 'checkout-com-legacy-secret-key',
      },
      { text: yamlEntry('CHECKOUT_SECRET_KEY', ckoLegacy('ck-5', false)), secret: ckoLegacy('ck-5', false), rule: 'checkout-com-legacy-secret-key' },
    ],
    negatives: [
      { text: `const cko = new Checkout('sk_sbox_XXX', { pk: 'pk_sbox_${fakeKey('ck-n1', BASE32_LOWER, 27)}' });\n`, why: 'placeholder secret and a public key' },
      { text: 'CHECKOUT_SECRET_KEY=${CKO_SECRET_KEY}\n', why: 'variable reference' },
      { text: `slug = "${cko('ck-n2', false)}"\n`, why: 'bare sk_ shape with no Checkout.com name nearby' },
    ],
  },
  {
    provider: 'lemon-squeezy',
    liveHost: 'lemonsqueezy.com',
    positives: [
      { text: dotenv('LEMONSQUEEZY_API_KEY', lemonJwt('ls-1')), secret: lemonJwt('ls-1'), rule: 'lemon-squeezy-api-key' },
      {
        text: `import { lemonSqueezySetup } from "@lemonsqueezy/lemonsqueezy.js";\n\nlemonSqueezySetup({ apiKey: "${lemonJwt('ls-2')}" });\n`,
        secret: lemonJwt('ls-2'),
        rule: 'lemon-squeezy-api-key',
      },
      {
        text: `curl "https://api.lemonsqueezy.com/v1/stores" \\\n  -H "Accept: application/vnd.api+json" \\\n  -H "Authorization: Bearer ${lemonJwt('ls-3')}"\n`,
        secret: lemonJwt('ls-3'),
        rule: 'lemon-squeezy-api-key',
      },
    ],
    negatives: [
      { text: 'LEMONSQUEEZY_API_KEY=eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9...\n', why: 'elided token' },
      { text: 'lemonSqueezySetup({ apiKey: process.env.LEMONSQUEEZY_API_KEY });\n', why: 'env reference' },
      { text: 'LEMONSQUEEZY_API_KEY=<your-api-key>\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'paddle',
    liveHost: 'paddle.com',
    positives: [
      { text: dotenv('PADDLE_API_KEY', paddleKey('pd-1')), secret: paddleKey('pd-1'), rule: 'paddle-api-key' },
      {
        text: `const paddle = new Paddle('${paddleKey('pd-2', 'sdbx')}', {\n  environment: Environment.sandbox,\n});\n`,
        secret: paddleKey('pd-2', 'sdbx'),
        rule: 'paddle-api-key',
      },
      { text: curlBearer('https://api.paddle.com/event-types', paddleKey('pd-3')), secret: paddleKey('pd-3'), rule: 'paddle-api-key' },
      { text: shellExport('PADDLE_API_KEY', paddleLegacy('pd-4')), secret: paddleLegacy('pd-4'), rule: 'paddle-legacy-api-key' },
    ],
    negatives: [
      { text: 'PADDLE_API_KEY=pdl_sdbx_apikey_...\n', why: 'elided placeholder' },
      { text: "const paddle = new Paddle(process.env.PADDLE_API_KEY!);\n", why: 'env reference' },
      { text: `# pdl_live_apikey_${fakeKey('pd-n1', LOWER_ALNUM, 26)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'coinbase',
    positives: [
      {
        text: `{\n  "name": "${cdpName('cb-1')}",\n  "privateKey": "-----BEGIN EC PRIVATE KEY-----\\n${cdpPemLines('cb-1').join('\\n')}\\n-----END EC PRIVATE KEY-----\\n"\n}\n`,
        secret: cdpPemLines('cb-1').join('\\n'),
        rule: 'coinbase-cdp-ec-private-key',
        pair: cdpName('cb-1'),
      },
      {
        text: `COINBASE_API_KEY_NAME="${cdpName('cb-2')}"\nCOINBASE_API_SECRET="-----BEGIN EC PRIVATE KEY-----\\n${cdpPemLines('cb-2').join('\\n')}\\n-----END EC PRIVATE KEY-----\\n"\n`,
        secret: cdpPemLines('cb-2').join('\\n'),
        rule: 'coinbase-cdp-ec-private-key',
        pair: cdpName('cb-2'),
      },
      {
        text: `CDP_API_KEY_ID=${uuid('cb-3')}\nCDP_API_KEY_SECRET=${cdpEd('cb-3')}\n`,
        secret: cdpEd('cb-3'),
        rule: 'coinbase-cdp-api-key-secret',
        pair: uuid('cb-3'),
      },
      {
        text: `from coinbase.wallet.client import Client\n\nclient = Client(\n    api_key="${cbLegacyKey('cb-4')}",\n    api_secret="${cbLegacySecret('cb-4')}",\n)\n`,
        secret: cbLegacySecret('cb-4'),
        rule: 'coinbase-legacy-api-secret',
        pair: cbLegacyKey('cb-4'),
      },
    ],
    negatives: [
      {
        text: '{\n  "name": "organizations/{org_id}/apiKeys/{key_id}",\n  "privateKey": "-----BEGIN EC PRIVATE KEY-----\\nYOUR PRIVATE KEY\\n-----END EC PRIVATE KEY-----\\n"\n}\n',
        why: 'documentation template',
      },
      { text: 'cdp = CdpClient(api_key_id=os.getenv("CDP_API_KEY_ID"), api_key_secret=os.getenv("CDP_API_KEY_SECRET"))\n', why: 'env references' },
      { text: `digest_b64 = "${cdpEd('cb-n1')}"\n`, why: '88 base64 chars with no Coinbase name nearby' },
    ],
  },
  {
    provider: 'kraken',
    positives: [
      {
        text: `KRAKEN_API_KEY=${krakenKey('kr-1')}\nKRAKEN_PRIVATE_KEY=${krakenSecret('kr-1')}\n`,
        secret: krakenSecret('kr-1'),
        rule: 'kraken-private-key',
        pair: krakenKey('kr-1'),
      },
      {
        text: `import krakenex\n\napi = krakenex.API(key="${krakenKey('kr-2')}", secret="${krakenSecret('kr-2')}")\n`,
        secret: krakenSecret('kr-2'),
        rule: 'kraken-private-key',
        pair: krakenKey('kr-2'),
      },
      {
        text: `exchange = ccxt.kraken({\n    'apiKey': '${krakenKey('kr-3')}',\n    'secret': '${krakenSecret('kr-3')}',\n})\n`,
        secret: krakenSecret('kr-3'),
        rule: 'kraken-private-key',
        pair: krakenKey('kr-3'),
      },
    ],
    negatives: [
      { text: 'KRAKEN_API_KEY=your-api-key\nKRAKEN_PRIVATE_KEY=your-private-key\n', why: 'placeholder words' },
      { text: "api = krakenex.API(key=os.environ['KRAKEN_API_KEY'], secret=os.environ['KRAKEN_PRIVATE_KEY'])\n", why: 'env references' },
      { text: `# kraken private key: ${fakeKey('kr-n1', B64, 40)}...\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'kucoin',
    positives: [
      {
        text: `KUCOIN_API_KEY=${kucoinKey('kc-1')}\nKUCOIN_API_SECRET=${uuid('kc-1')}\nKUCOIN_API_PASSPHRASE=\${KUCOIN_PASSPHRASE}\n`,
        secret: uuid('kc-1'),
        rule: 'kucoin-api-secret',
        pair: kucoinKey('kc-1'),
      },
      {
        text: `from kucoin.client import Client\n\nclient = Client(\n    api_key="${kucoinKey('kc-2')}",\n    api_secret="${uuid('kc-2')}",\n    api_passphrase=os.environ["KUCOIN_PASSPHRASE"],\n)\n`,
        secret: uuid('kc-2'),
        rule: 'kucoin-api-secret',
        pair: kucoinKey('kc-2'),
      },
      {
        text: `const exchange = new ccxt.kucoin({\n  apiKey: '${kucoinKey('kc-3')}',\n  secret: '${uuid('kc-3')}',\n  password: process.env.KUCOIN_PASSPHRASE,\n});\n`,
        secret: uuid('kc-3'),
        rule: 'kucoin-api-secret',
        pair: kucoinKey('kc-3'),
      },
    ],
    negatives: [
      { text: `kucoin order ${uuid('kc-n1')} filled\n`, why: 'a UUID with no API key nearby' },
      { text: 'KUCOIN_API_KEY=your_api_key\nKUCOIN_API_SECRET=your_api_secret\n', why: 'placeholder words' },
      { text: 'api_secret=os.getenv("KUCOIN_API_SECRET")\n', why: 'env reference' },
    ],
  },
  {
    provider: 'binance',
    positives: [
      {
        text: `BINANCE_API_KEY=${bnKey('bn-1')}\nBINANCE_API_SECRET=${bnSecret('bn-1')}\n`,
        secret: bnSecret('bn-1'),
        rule: 'binance-api-secret',
        pair: bnKey('bn-1'),
      },
      {
        text: `from binance.client import Client\n\nclient = Client(api_key="${bnKey('bn-2')}", api_secret="${bnSecret('bn-2')}")\n`,
        secret: bnSecret('bn-2'),
        rule: 'binance-api-secret',
        pair: bnKey('bn-2'),
      },
      {
        text: `const exchange = new ccxt.binance({\n  apiKey: '${bnKey('bn-3')}',\n  secret: '${bnSecret('bn-3')}',\n});\n`,
        secret: bnSecret('bn-3'),
        rule: 'binance-api-secret',
        pair: bnKey('bn-3'),
      },
    ],
    negatives: [
      { text: 'BINANCE_API_KEY=your_api_key\nBINANCE_API_SECRET=your_api_secret\n', why: 'placeholder words' },
      { text: "client = Client(os.environ['BINANCE_API_KEY'], os.environ['BINANCE_API_SECRET'])\n", why: 'env references' },
      { text: `# binance secret: ${fakeKey('bn-n1', ALNUM, 24)}...\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'bittrex',
    positives: [
      {
        text: `BITTREX_API_KEY=${btxKey('bx-1')}\nBITTREX_API_SECRET=${btxSecret('bx-1')}\n`,
        secret: btxSecret('bx-1'),
        rule: 'bittrex-api-secret',
        pair: btxKey('bx-1'),
      },
      {
        text: `from bittrex.bittrex import Bittrex\n\nmy_bittrex = Bittrex(api_key="${btxKey('bx-2')}", api_secret="${btxSecret('bx-2')}")\n`,
        secret: btxSecret('bx-2'),
        rule: 'bittrex-api-secret',
        pair: btxKey('bx-2'),
      },
      {
        text: `exchange = ccxt.bittrex({\n    'apiKey': '${btxKey('bx-3')}',\n    'secret': '${btxSecret('bx-3')}',\n})\n`,
        secret: btxSecret('bx-3'),
        rule: 'bittrex-api-secret',
        pair: btxKey('bx-3'),
      },
    ],
    negatives: [
      { text: 'BITTREX_API_KEY=your_api_key\nBITTREX_API_SECRET=your_api_secret\n', why: 'placeholder words' },
      { text: 'my_bittrex = Bittrex(os.getenv("BITTREX_API_KEY"), os.getenv("BITTREX_API_SECRET"))\n', why: 'env references' },
      { text: `# bittrex secret ${fakeKey('bx-n1', HEX, 16)}...\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'wise',
    liveHost: 'wise.com',
    positives: [
      { text: dotenv('WISE_API_TOKEN', uuid('ws-1')), secret: uuid('ws-1'), rule: 'wise-api-token' },
      { text: curlBearer('https://api.wise.com/v2/profiles', uuid('ws-2')), secret: uuid('ws-2'), rule: 'wise-api-token' },
      { text: `transferwise:\n  api_token: ${uuid('ws-3')}\n  profile_id: 12345678\n`, secret: uuid('ws-3'), rule: 'wise-api-token' },
      { text: jsObject('wiseApiToken', uuid('ws-4')), secret: uuid('ws-4'), rule: 'wise-api-token' },
    ],
    negatives: [
      { text: `// otherwise fall back to request ${uuid('ws-n1')}\n`, why: '"wise" inside another word' },
      { text: 'WISE_API_TOKEN=<your-api-token>\n', why: 'template placeholder' },
      { text: dotenvQuoted('WISE_API_TOKEN', '${WISE_TOKEN}'), why: 'variable reference' },
    ],
  },
];
