/**
 * Payments, banking and crypto exchanges: PayPal, Braintree, Square, Adyen, Plaid, Razorpay,
 * Paystack, Flutterwave, GoCardless, Mollie, Checkout.com, Lemon Squeezy, Paddle, Coinbase,
 * Kraken, KuCoin, Binance, Bittrex, Wise. (Stripe and Shopify are in payments.ts.)
 *
 * Several providers share shapes: `sk_live_` (Stripe: base62; Paystack: 40 lowercase hex;
 * Checkout.com: `sk_` + 27 lowercase base32), `live_`/`test_` (Mollie: 30 alphanumerics;
 * GoCardless: 40 base64url), 88-char base64 private keys (Coinbase CDP, Kraken). Each rule here
 * keeps to its provider's documented charset and length, and the prefix-less or shared shapes
 * require the provider's name nearby.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { decodeJwtPayload } from './jwt.js';
import { END, END_ALNUM, ci, errorDetail, namedKey, near, START, START_ALNUM, str, verdict, withContext } from './shared.js';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/**
 * Boundaries for standard-base64 values (`+`, `/` are part of the token, `=` ends it): a value
 * may follow `=` (`NAME=value`), padding may not run on.
 */
const B64_START = '(?<![A-Za-z0-9+/_-])';
const B64_END = '(?![A-Za-z0-9+/=_-])';

const mixedCase = (s: string): boolean => /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);

/**
 * The value directly follows a name containing one of `words` (`BINANCE_API_SECRET=`,
 * `"secret": "`, `private_key =>`): a bounded look-behind, constant work per candidate.
 */
function afterName(words: string[]): string {
  return `(?<=(?:${words.map(ci).join('|')})[A-Za-z0-9_]{0,16}["'\`]?\\s{0,4}(?:[:=]|=>|,)\\s{0,4}["'\`]?)`;
}

// ---------------------------------------------------------------- PayPal

/**
 * PayPal REST apps have a client ID and a secret, 80 base64url characters each; client IDs start
 * with `A`, secrets with `E` (the lengths and first letters come from the developer dashboard's
 * examples; PayPal does not document the format). The only request the pair authenticates on
 * its own is POST /v1/oauth2/token, which mints an access token, at a live or a sandbox host
 * that the credentials do not name: no live check.
 */
export const paypal: ProviderRecord = {
  id: 'paypal',
  name: 'PayPal',
  rules: [
    {
      id: 'paypal-client-secret',
      description: 'PayPal REST app secret (80 base64url characters starting with E) next to "paypal", with its client ID when nearby.',
      pattern: withContext(START, near(['paypal'], 240, 240), 'E[A-Za-z0-9_-]{79}', END),
      keywords: ['paypal'],
      window: { before: 320, after: 360 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
      check: mixedCase,
      pair: { label: 'client ID', pattern: `${START}A[A-Za-z0-9_-]{79}${END}`, window: { before: 400, after: 400 }, envNames: ['PAYPAL_CLIENT_ID'] },
    },
  ],
  envNames: ['PAYPAL_CLIENT_SECRET', 'PAYPAL_SECRET'],
  envNote: 'PayPal SDKs take the client ID and secret in code; PAYPAL_CLIENT_ID / PAYPAL_CLIENT_SECRET is the convention of PayPal\'s samples.',
  format: { prefixes: ['E'], charset: '[A-Za-z0-9_-]', lengths: [[80, 80]], full: 'E[A-Za-z0-9_-]{79}' },
  hosts: ['api-m.paypal.com', 'api-m.sandbox.paypal.com'],
  rotateUrl: 'https://developer.paypal.com/dashboard/applications/live',
  noLive: 'the pair is only checked by minting an OAuth access token, at a live or sandbox host the credentials do not name',
};

// ---------------------------------------------------------------- Braintree

/**
 * Braintree (a PayPal service): the access token of PayPal Express Checkout via the Braintree
 * SDK is `access_token$<environment>$<merchant ID, 16 [0-9a-z]>$<32 hex>`; the gateway's API
 * keys are a public key (16 [0-9a-z]) and a private key (32 hex). Gateway requests put the
 * merchant ID in the path (part of the token, or a third value), and the GraphQL `ping` needs
 * the environment, which the key pair does not name: no live check.
 */
export const braintree: ProviderRecord = {
  id: 'braintree',
  name: 'Braintree',
  rules: [
    {
      id: 'braintree-access-token',
      description: 'Braintree access token (access_token$production$<merchant>$<32 hex>; sandbox tokens low).',
      pattern: `${START}access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}${END}`,
      // Not `access_token$`: a keyword that ends in a non-identifier character stretches the
      // identifier the generic rules judge at each hit (`access_token$abcd`), which made their
      // runs superlinear on repeated tokens. The environment between the `$`s is rarer anyway.
      keywords: ['$production$', '$sandbox$'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      confidenceOf: (s) => (s.startsWith('access_token$sandbox$') ? 'low' : 'high'),
    },
    {
      id: 'braintree-private-key',
      description: 'Braintree gateway private key (32 hex) assigned to a private-key name next to "braintree" and its public key.',
      pattern: withContext(START_ALNUM, `${near(['braintree'], 300, 300)}${afterName(['private_key', 'privatekey', 'private-key'])}`, '[0-9a-f]{32}', END_ALNUM),
      keywords: ['braintree'],
      window: { before: 360, after: 360 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 2,
      pair: {
        label: 'public key',
        pattern: `${afterName(['public_key', 'publickey', 'public-key'])}([0-9a-z]{16})${END_ALNUM}`,
        window: { before: 320, after: 320 },
        required: true,
        envNames: ['BRAINTREE_PUBLIC_KEY'],
      },
    },
  ],
  envNames: ['BRAINTREE_ACCESS_TOKEN', 'BRAINTREE_PRIVATE_KEY'],
  envNote: 'Braintree SDKs take credentials in code; BRAINTREE_MERCHANT_ID, BRAINTREE_PUBLIC_KEY and BRAINTREE_PRIVATE_KEY are the convention of the samples.',
  format: {
    prefixes: ['access_token$production$', 'access_token$sandbox$'],
    charset: '[0-9a-z$]',
    lengths: [[32, 32], [70, 73]],
    full: 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}|[0-9a-f]{32}',
  },
  hosts: ['payments.braintree-api.com', 'api.braintreegateway.com'],
  rotateUrl: 'https://www.braintreegateway.com/login',
  noLive: 'gateway requests name the merchant ID in the path and the GraphQL API needs an environment the key does not name',
};

// ---------------------------------------------------------------- Square

/**
 * Square: access tokens (personal and OAuth) are 64 characters starting with `EAAA` (Square:
 * "OAuth access tokens are 64 bytes long"); the legacy `sq0atp-` access tokens (22 chars after
 * the prefix) and the `sq0csp-` application secrets (43) are from the examples. `EAA` also
 * starts Meta tokens (longer, other third letters), so the 64-char `EAAA` shape needs "square"
 * nearby. The check is GET /v2/locations (read-only): 200 valid, 401 invalid — a sandbox token
 * authenticates only at connect.squareupsandbox.com, so it reads invalid here too —, 403 a token
 * without MERCHANT_PROFILE_READ. Application secrets only serve the OAuth code exchange.
 */
export function interpretSquare(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 401) {
    const code = str((res.json as { errors?: unknown[] } | undefined)?.errors?.[0], 'code');
    return verdict('invalid', `${code ?? 'UNAUTHORIZED'} (a sandbox token is valid only at connect.squareupsandbox.com)`);
  }
  return undefined;
}

export const square: ProviderRecord = {
  id: 'square',
  name: 'Square',
  rules: [
    {
      id: 'square-access-token',
      description: 'Square access token (EAAA + 60 base64url characters) with "square" nearby.',
      pattern: withContext(START, near(['square', 'sq0idp-'], 300, 300), 'EAAA[A-Za-z0-9_-]{60}', END),
      keywords: ['eaaa'],
      window: { before: 320, after: 400 },
      confidence: 'high',
      minEntropy: 4,
      minDigits: 2,
    },
    {
      id: 'square-legacy-access-token',
      description: 'Square legacy access token (sq0atp-, sandbox-sq0atb-).',
      pattern: `${START}(?:sq0atp-|sandbox-sq0atb-)[A-Za-z0-9_-]{22}${END}`,
      keywords: ['sq0atp-', 'sq0atb-'],
      window: { before: 24, after: 48 },
      confidence: 'high',
      minEntropy: 3.3,
      confidenceOf: (s) => (s.startsWith('sandbox-') ? 'low' : 'high'),
    },
    {
      id: 'square-application-secret',
      description: 'Square OAuth application secret (sq0csp-, sandbox-sq0csb-).',
      pattern: `${START}(?:sq0csp-|sandbox-sq0csb-)[A-Za-z0-9_-]{43}${END}`,
      keywords: ['sq0csp-', 'sq0csb-'],
      window: { before: 24, after: 72 },
      confidence: 'high',
      minEntropy: 3.5,
      confidenceOf: (s) => (s.startsWith('sandbox-') ? 'low' : 'high'),
    },
  ],
  envNames: ['SQUARE_ACCESS_TOKEN', 'SQUARE_APPLICATION_SECRET'],
  envNote: 'Square SDKs read the token in code (SQUARE_ACCESS_TOKEN by convention) and SQUARE_ENVIRONMENT=sandbox for sandbox tokens.',
  format: {
    prefixes: ['sandbox-sq0atb-', 'sandbox-sq0csb-', 'sq0atp-', 'sq0csp-', 'EAAA'],
    charset: '[A-Za-z0-9_-]',
    lengths: [[29, 29], [37, 37], [50, 50], [58, 58], [64, 64]],
    full: 'EAAA[A-Za-z0-9_-]{60}|(?:sq0atp-|sandbox-sq0atb-)[A-Za-z0-9_-]{22}|(?:sq0csp-|sandbox-sq0csb-)[A-Za-z0-9_-]{43}',
  },
  hosts: ['connect.squareupsandbox.com'],
  rotateUrl: 'https://developer.squareup.com/apps',
  live: { base: 'https://connect.squareup.com', path: '/v2/locations', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['EAAA', 'sq0atp-'], interpret: interpretSquare },
};

// ---------------------------------------------------------------- Adyen

/**
 * Adyen API keys (the x-API-key header) are `AQE` + base64, `-`, a 32-byte base64 value (`=`),
 * `-`, and a short tail of printable characters (punctuation included). Adyen does not document
 * the format: the shape and lengths come from examples (first part 76 chars, tail 16–19), so the
 * ranges are wide around them. The structure is distinctive enough to stand without the name.
 * The check is the Management API's GET /v3/me ("API credential details", allowed with any
 * Management API role): 200 valid, 401 invalid — test-environment keys authenticate only at
 * management-test.adyen.com —, 403 a key without a Management API role (it authenticated).
 */
export function interpretAdyen(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 401) return verdict('invalid', `${errorDetail(res) ?? 'unauthorized'} (a test-environment key is valid only at management-test.adyen.com)`);
  if (res.status === 200) {
    const user = str(res.json, 'username');
    return user ? { status: 'valid', detail: `credential ${user}` } : { status: 'valid' };
  }
  return undefined;
}

export const adyen: ProviderRecord = {
  id: 'adyen',
  name: 'Adyen',
  rules: [
    {
      id: 'adyen-api-key',
      description: 'Adyen API key (AQE… base64 - 44-char base64 - short tail), the x-API-key of the Checkout and Management APIs.',
      pattern: `${B64_START}AQE[A-Za-z0-9+/]{50,120}={0,2}-[A-Za-z0-9+/]{43}=-[^\\s"'\`\\\\<>]{12,24}(?![^\\s"'\`\\\\<>])`,
      keywords: ['aqe'],
      requires: ['=-'],
      window: { before: 16, after: 240 },
      confidence: 'high',
      minEntropy: 4.5,
    },
  ],
  envNames: ['ADYEN_API_KEY'],
  envNote: 'Adyen libraries take the key in code; ADYEN_API_KEY with ADYEN_MERCHANT_ACCOUNT and ADYEN_ENVIRONMENT (TEST/LIVE) is the convention of Adyen\'s samples.',
  format: { prefixes: ['AQE'], charset: '[\\x21-\\x7e]', lengths: [[110, 200]], full: 'AQE[A-Za-z0-9+/]{50,120}={0,2}-[A-Za-z0-9+/]{43}=-[^\\s"\'`\\\\<>]{12,24}' },
  hosts: ['checkout-live.adyen.com', 'management-test.adyen.com', 'checkout-test.adyen.com'],
  rotateUrl: 'https://ca-live.adyen.com/ca/ca/config/api_credentials_new.shtml',
  live: { base: 'https://management-live.adyen.com', path: '/v3/me', method: 'GET', auth: { kind: 'header', name: 'X-API-Key' }, interpret: interpretAdyen },
};

// ---------------------------------------------------------------- Plaid

/**
 * Plaid: a client ID (24 hex) and a per-environment secret (30 hex), from the dashboard's
 * examples. Both bare shapes are common, so the secret needs "plaid" nearby and its client ID
 * with it. The check is POST /institutions/get (count 1) with the PLAID-CLIENT-ID and
 * PLAID-SECRET headers: read-only, free. Plaid answers a bad pair with 400 INVALID_API_KEYS (a
 * sandbox secret is invalid at production.plaid.com), 429 / RATE_LIMIT_EXCEEDED when limited.
 */
export function interpretPlaid(res: LiveResponse): LiveVerdict | undefined {
  const code = str(res.json, 'error_code');
  const message = str(res.json, 'error_message');
  if (code === 'INVALID_API_KEYS' || code === 'INVALID_SECRET' || code === 'INVALID_CLIENT_ID') {
    return verdict('invalid', `${code}${message ? ` ${message}` : ''} (a sandbox secret is valid only at sandbox.plaid.com)`);
  }
  if (str(res.json, 'error_type') === 'RATE_LIMIT_EXCEEDED') return verdict('rate-limited', code);
  return undefined;
}

export const plaid: ProviderRecord = {
  id: 'plaid',
  name: 'Plaid',
  rules: [
    {
      id: 'plaid-secret',
      description: 'Plaid API secret (30 hex) next to "plaid" and its client ID (24 hex).',
      pattern: withContext(START_ALNUM, near(['plaid'], 200, 200), '[0-9a-f]{30}', END_ALNUM),
      keywords: ['plaid'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
      pair: { label: 'client ID', pattern: `${START_ALNUM}[0-9a-f]{24}${END_ALNUM}`, window: { before: 320, after: 320 }, required: true, envNames: ['PLAID_CLIENT_ID'] },
    },
  ],
  envNames: ['PLAID_SECRET'],
  envNote: 'Plaid\'s quickstart reads PLAID_CLIENT_ID, PLAID_SECRET and PLAID_ENV (sandbox/production); each environment has its own secret.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[30, 30]], full: '[0-9a-f]{30}' },
  hosts: ['sandbox.plaid.com'],
  rotateUrl: 'https://dashboard.plaid.com/developers/keys',
  live: {
    base: 'https://production.plaid.com',
    path: '/institutions/get',
    method: 'POST',
    auth: { kind: 'header', name: 'PLAID-SECRET' },
    headers: { 'content-type': 'application/json', 'PLAID-CLIENT-ID': '{pair}' },
    body: JSON.stringify({ count: 1, offset: 0, country_codes: ['US'] }),
    interpret: interpretPlaid,
  },
};

// ---------------------------------------------------------------- Razorpay

/**
 * Razorpay: a key ID (`rzp_live_` / `rzp_test_` + 14 alphanumerics, public: it goes to the
 * checkout) and a key secret (24 alphanumerics, from the examples). The secret needs its key ID
 * nearby. The check is GET /v1/payments?count=1 with Basic key_id:key_secret (read-only):
 * 200 valid, 401 invalid.
 */
export const razorpay: ProviderRecord = {
  id: 'razorpay',
  name: 'Razorpay',
  rules: [
    {
      id: 'razorpay-key-secret',
      description: 'Razorpay key secret (24 alphanumerics) next to its rzp_live_/rzp_test_ key ID.',
      pattern: withContext(START_ALNUM, near(['rzp_live_', 'rzp_test_', 'razorpay'], 240, 240), '[A-Za-z0-9]{24}', END_ALNUM),
      keywords: ['rzp_live_', 'rzp_test_'],
      window: { before: 280, after: 280 },
      confidence: 'high',
      minEntropy: 3.8,
      check: mixedCase,
      pair: { label: 'key ID', pattern: `${START}rzp_(?:live|test)_[A-Za-z0-9]{14}${END}`, window: { before: 320, after: 320 }, required: true, envNames: ['RAZORPAY_KEY_ID'] },
    },
  ],
  envNames: ['RAZORPAY_KEY_SECRET'],
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[24, 24]], full: '[A-Za-z0-9]{24}' },
  rotateUrl: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys',
  live: { base: 'https://api.razorpay.com', path: '/v1/payments?count=1', method: 'GET', auth: { kind: 'basic', user: '{pair}' } },
};

// ---------------------------------------------------------------- Paystack

/**
 * Paystack secret keys are `sk_live_` / `sk_test_` + 40 lowercase hex (the dashboard's keys):
 * the hex body tells them from Stripe's base62 keys of the same prefix. The check is
 * GET /balance with Bearer (read-only): 200 valid, 401 invalid.
 */
export const paystack: ProviderRecord = {
  id: 'paystack',
  name: 'Paystack',
  rules: [
    {
      id: 'paystack-secret-key',
      description: 'Paystack secret key (sk_live_/sk_test_ + 40 lowercase hex); pk_ public keys are not reported.',
      pattern: `${START}sk_(?:live|test)_[0-9a-f]{40}${END}`,
      keywords: ['sk_live_', 'sk_test_'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      minEntropy: 3.2,
      confidenceOf: (s) => (s.startsWith('sk_test_') ? 'low' : 'high'),
    },
  ],
  envNames: ['PAYSTACK_SECRET_KEY'],
  format: { prefixes: ['sk_live_', 'sk_test_'], charset: '[0-9a-f]', lengths: [[48, 48]], full: 'sk_(?:live|test)_[0-9a-f]{40}' },
  rotateUrl: 'https://dashboard.paystack.com/#/settings/developers',
  live: { base: 'https://api.paystack.co', path: '/balance', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- Flutterwave

/**
 * Flutterwave (v3) secret keys: `FLWSECK-` / `FLWSECK_TEST-` + 32 hex + `-X` (the dashboard's
 * keys; FLWPUBK- public keys are not reported). The check is GET /v3/balances with Bearer
 * (read-only; test keys answer on the same host): 200 valid, 401 invalid.
 */
export const flutterwave: ProviderRecord = {
  id: 'flutterwave',
  name: 'Flutterwave',
  rules: [
    {
      id: 'flutterwave-secret-key',
      description: 'Flutterwave secret key (FLWSECK- / FLWSECK_TEST- + 32 hex + -X).',
      pattern: `${START}FLWSECK(?:_TEST)?-[0-9a-f]{32}-X${END}`,
      keywords: ['flwseck-', 'flwseck_test-'],
      window: { before: 16, after: 64 },
      confidence: 'high',
      minEntropy: 3,
      confidenceOf: (s) => (s.startsWith('FLWSECK_TEST-') ? 'low' : 'high'),
    },
  ],
  envNames: ['FLW_SECRET_KEY', 'FLUTTERWAVE_SECRET_KEY'],
  envNote: 'The flutterwave-node-v3 samples read FLW_PUBLIC_KEY and FLW_SECRET_KEY.',
  format: { prefixes: ['FLWSECK_TEST-', 'FLWSECK-'], charset: '[0-9a-fX-]', lengths: [[42, 42], [47, 47]], full: 'FLWSECK(?:_TEST)?-[0-9a-f]{32}-X' },
  rotateUrl: 'https://app.flutterwave.com/dashboard/settings/apis/live',
  live: { base: 'https://api.flutterwave.com', path: '/v3/balances', method: 'GET', auth: { kind: 'bearer' } },
};

// ---------------------------------------------------------------- GoCardless

/**
 * GoCardless access tokens: `live_` / `sandbox_` + 40 base64url characters (the length from
 * examples; undocumented). `live_` is a common word prefix, so the token needs "gocardless"
 * nearby. The check is GET /creditors?limit=1 (read-only) on the live API with the mandatory
 * GoCardless-Version header, for live tokens only (sandbox ones answer at
 * api-sandbox.gocardless.com): 200 valid, 401 invalid, 403 a token without read access.
 */
export const gocardless: ProviderRecord = {
  id: 'gocardless',
  name: 'GoCardless',
  rules: [
    {
      id: 'gocardless-access-token',
      description: 'GoCardless access token (live_/sandbox_ + 40 base64url characters) next to "gocardless"; sandbox tokens low.',
      pattern: withContext(START, near(['gocardless'], 200, 200), '(?:live|sandbox)_[A-Za-z0-9_-]{40}', END),
      keywords: ['gocardless'],
      window: { before: 240, after: 280 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
      confidenceOf: (s) => (s.startsWith('sandbox_') ? 'low' : 'medium'),
    },
  ],
  envNames: ['GC_ACCESS_TOKEN', 'GOCARDLESS_ACCESS_TOKEN'],
  envNote: 'GoCardless client libraries take the token in code; the getting-started guides read GC_ACCESS_TOKEN.',
  format: { prefixes: ['sandbox_', 'live_'], charset: '[A-Za-z0-9_-]', lengths: [[45, 45], [48, 48]], full: '(?:live|sandbox)_[A-Za-z0-9_-]{40}' },
  hosts: ['api-sandbox.gocardless.com'],
  rotateUrl: 'https://manage.gocardless.com/developers/access-tokens',
  live: { base: 'https://api.gocardless.com', path: '/creditors?limit=1', method: 'GET', auth: { kind: 'bearer' }, headers: { 'GoCardless-Version': '2015-07-06' }, prefixes: ['live_'] },
};

// ---------------------------------------------------------------- Mollie

/**
 * Mollie: API keys `live_` / `test_` + at least 30 word characters (Mollie's clients reject
 * shorter ones; the documented examples have exactly 30 alphanumerics), organization access
 * tokens `access_` + alphanumerics (30 in the examples). The prefixes are common words, so
 * "mollie" must be nearby. The check is GET /v2/methods (read-only) for API keys: 200 valid,
 * 401 invalid. Organization tokens need a profile and mode on that call: not sent.
 */
/** The test key in Mollie's authentication guide. */
const MOLLIE_DOC_KEY = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';

export const mollie: ProviderRecord = {
  id: 'mollie',
  name: 'Mollie',
  rules: [
    {
      id: 'mollie-api-key',
      description: 'Mollie API key (live_/test_ + 30–40 alphanumerics) next to "mollie"; test keys low.',
      pattern: withContext(START, near(['mollie'], 200, 200), '(?:live|test)_[A-Za-z0-9]{30,40}', END),
      keywords: ['mollie'],
      window: { before: 240, after: 280 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 1,
      check: mixedCase,
      confidenceOf: (s) => (s.startsWith('test_') ? 'low' : 'medium'),
      verify: (s) => s !== MOLLIE_DOC_KEY,
    },
    {
      id: 'mollie-access-token',
      description: 'Mollie organization access token (access_ + 30–40 alphanumerics) next to "mollie".',
      pattern: withContext(START, near(['mollie'], 200, 200), 'access_[A-Za-z0-9]{30,40}', END),
      keywords: ['mollie'],
      window: { before: 240, after: 280 },
      confidence: 'medium',
      minEntropy: 3.6,
      minDigits: 1,
      check: mixedCase,
    },
  ],
  envNames: ['MOLLIE_API_KEY', 'MOLLIE_ACCESS_TOKEN'],
  envNote: 'Mollie clients take the key in code (setApiKey / setAccessToken); MOLLIE_API_KEY is the convention of the examples.',
  format: { prefixes: ['access_', 'live_', 'test_'], charset: '[A-Za-z0-9]', lengths: [[35, 47]], full: '(?:live|test|access)_[A-Za-z0-9]{30,40}' },
  rotateUrl: 'https://my.mollie.com/dashboard/developers/api-keys',
  live: { base: 'https://api.mollie.com', path: '/v2/methods', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['live_', 'test_'] },
};

// ---------------------------------------------------------------- Checkout.com

/** Checkout.com keys may end with one of `*#$=`: the end boundary lets those belong to the key. */
const CKO_END = '(?![A-Za-z0-9_*#$=-])';

/**
 * Checkout.com: current-platform secret keys are `sk_` (live) or `sk_sbox_` (sandbox) + 26
 * lowercase base32 + one of base32 or `*#$=` (the format the official SDKs validate); keys of
 * the previous platform are `sk_` / `sk_test_` + a UUID. The bare `sk_` forms need "checkout"
 * within the rule's window; `sk_sbox_` and `sk_test_` + UUID stand alone. The check is
 * GET /payments?reference=… (a payment search, read-only) on the sandbox API for sandbox keys:
 * 200 valid, 401 invalid, 403 a key without the payments scope. Live keys are not sent: the
 * live API is served per merchant at {prefix}.api.checkout.com.
 */
export const checkoutCom: ProviderRecord = {
  id: 'checkout-com',
  name: 'Checkout.com',
  rules: [
    {
      id: 'checkout-com-secret-key',
      description: 'Checkout.com secret key (sk_ or sk_sbox_ + 27 lowercase base32), live keys next to "checkout"; sandbox keys low.',
      pattern: `${START}sk_(?:sbox_)?[a-z2-7]{26}[a-z2-7*#$=]${CKO_END}`,
      keywords: ['sk_sbox_', 'checkout'],
      window: { before: 200, after: 240 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 1,
      confidenceOf: (s) => (s.startsWith('sk_sbox_') ? 'low' : 'high'),
    },
    {
      id: 'checkout-com-legacy-secret-key',
      description: 'Checkout.com previous-platform secret key (sk_ or sk_test_ + UUID), live keys next to "checkout"; test keys low.',
      pattern: `${START}sk_(?:test_)?${UUID}${END}`,
      keywords: ['sk_test_', 'checkout'],
      window: { before: 200, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
      confidenceOf: (s) => (s.startsWith('sk_test_') ? 'low' : 'medium'),
    },
  ],
  envNames: ['CHECKOUT_SECRET_KEY', 'CKO_SECRET_KEY'],
  envNote: 'Checkout.com SDKs take the key in code (CheckoutSdk.builder().staticKeys().secretKey(…)); CHECKOUT_SECRET_KEY is a convention.',
  format: {
    prefixes: ['sk_sbox_', 'sk_test_', 'sk_'],
    charset: '[a-z0-9*#$=-]',
    lengths: [[30, 30], [35, 35], [39, 39], [44, 44]],
    full: `sk_(?:sbox_)?[a-z2-7]{26}[a-z2-7*#$=]|sk_(?:test_)?${UUID}`,
  },
  hosts: ['api.checkout.com'],
  rotateUrl: 'https://dashboard.checkout.com/developers/keys',
  live: { base: 'https://api.sandbox.checkout.com', path: '/payments?reference=keylint-probe&limit=1', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['sk_sbox_'] },
};

// ---------------------------------------------------------------- Lemon Squeezy

const LEMON_WORDS = ['lemonsqueezy', 'lemon_squeezy', 'lemon-squeezy', 'lemon squeezy'];

/**
 * Lemon Squeezy API keys are JWTs (RS256, about a thousand characters) with no prefix of their
 * own, so the name must be nearby (LEMONSQUEEZY_API_KEY, lemonSqueezySetup, api.lemonsqueezy.com).
 * The check is GET /v1/users/me (read-only, JSON:API): 200 valid, 401 invalid.
 */
export const lemonSqueezy: ProviderRecord = {
  id: 'lemon-squeezy',
  name: 'Lemon Squeezy',
  rules: [
    {
      id: 'lemon-squeezy-api-key',
      description: 'Lemon Squeezy API key (a JWT) next to "lemonsqueezy".',
      pattern: withContext(START, near(LEMON_WORDS, 240, 1800), 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{40,2000}\\.[A-Za-z0-9_-]{40,1400}', END),
      keywords: LEMON_WORDS,
      window: { before: 2400, after: 3800 },
      confidence: 'medium',
      minEntropy: 4.5,
      check: (s) => decodeJwtPayload(s) !== undefined,
    },
  ],
  envNames: ['LEMONSQUEEZY_API_KEY'],
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[100, 3600]], full: 'eyJ[A-Za-z0-9_-]{10,200}\\.eyJ[A-Za-z0-9_-]{40,2000}\\.[A-Za-z0-9_-]{40,1400}' },
  rotateUrl: 'https://app.lemonsqueezy.com/settings/api',
  live: { base: 'https://api.lemonsqueezy.com', path: '/v1/users/me', method: 'GET', auth: { kind: 'bearer' }, headers: { Accept: 'application/vnd.api+json' } },
};

// ---------------------------------------------------------------- Paddle

/**
 * Paddle Billing API keys: `pdl_live_apikey_` / `pdl_sdbx_apikey_` + 26 lowercase base32 (a ULID)
 * + `_` + 22 alphanumerics + `_` + 3 alphanumerics (Paddle's documented example, 69 chars).
 * Keys made before 6 May 2025 are 50-character random strings without a prefix ("legacy"): they
 * need a Paddle key name before them (alphanumerics assumed). The check is GET /event-types
 * (Paddle: "returns data without requiring any entity permissions") on the live API for live
 * keys: 200 valid, 401 invalid / revoked, 403 forbidden.
 */
export const paddle: ProviderRecord = {
  id: 'paddle',
  name: 'Paddle',
  rules: [
    {
      id: 'paddle-api-key',
      description: 'Paddle Billing API key (pdl_live_apikey_ / pdl_sdbx_apikey_ …, 69 chars); sandbox keys low.',
      pattern: `${START}pdl_(?:live|sdbx)_apikey_[0-9a-z]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}${END}`,
      keywords: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
      minEntropy: 3.8,
      confidenceOf: (s) => (s.startsWith('pdl_sdbx_') ? 'low' : 'high'),
    },
    {
      id: 'paddle-legacy-api-key',
      description: 'Paddle legacy API key (50 alphanumerics, no prefix) assigned to a Paddle key name.',
      pattern: namedKey('paddle', '[A-Za-z0-9]{50}', 48),
      keywords: ['paddle'],
      window: { before: 8, after: 200 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 3,
      check: mixedCase,
    },
  ],
  envNames: ['PADDLE_API_KEY'],
  envNote: 'Paddle SDKs take the key in code with an environment (sandbox/production); PADDLE_API_KEY is the convention of the starter kits.',
  format: {
    prefixes: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'],
    charset: '[A-Za-z0-9_]',
    lengths: [[50, 50], [69, 69]],
    full: 'pdl_(?:live|sdbx)_apikey_[0-9a-z]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}|[A-Za-z0-9]{50}',
  },
  hosts: ['sandbox-api.paddle.com'],
  rotateUrl: 'https://vendors.paddle.com/authentication-v2',
  live: { base: 'https://api.paddle.com', path: '/event-types', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['pdl_live_apikey_'] },
};

// ---------------------------------------------------------------- Coinbase

/** A line break inside a PEM value: `\n` escaped once (JSON) or twice, or a real one (YAML block). */
const NL = String.raw`(?:\\{1,2}r)?\\{1,2}n|\r?\n[ \t]{0,16}`;
const Q = String.raw`\\?["'\`]?`;

/**
 * The EC private key of a Coinbase Developer Platform key file or variable, from its name on
 * (so the match is longer than the generic private-key rule's PEM block and wins the overlap);
 * the key's name `organizations/<uuid>/apiKeys/<uuid>` must be nearby.
 */
const CDP_EC_KEY =
  `(?<![A-Za-z0-9_])[A-Za-z_]{0,32}${Q}\\s{0,4}[:=]\\s{0,4}${Q}-----BEGIN EC PRIVATE KEY-----(?:${NL})` +
  `(?<secret>[A-Za-z0-9+/=]{16,100}(?:(?:${NL})[A-Za-z0-9+/=]{1,100}){0,6})(?:${NL})?-----END EC PRIVATE KEY-----(?:${NL})?${Q}`;

/** A P-256 EC private key in SEC 1 DER: SEQUENCE(119) { INTEGER 1, OCTET STRING(32) … }. */
function cdpEcBodyLooksReal(body: string): boolean {
  const b64 = body.replace(/\\{1,2}[rn]|\s/g, '');
  return b64.startsWith('MHcCAQEE') && b64.length >= 150 && b64.length <= 170 && new Set(b64).size >= 30;
}

/**
 * Coinbase: CDP (Developer Platform / Advanced Trade) API keys are a name
 * `organizations/{org}/apiKeys/{key}` with an EC P-256 private key (PEM), or, for keys made
 * since 2025, a key ID (UUID) with an Ed25519 secret (64 bytes, 88 base64 chars); the legacy
 * Coinbase API keys are a 16-char key with a 32-char secret (from examples). No request carries
 * any of them: the EC/Ed25519 keys sign a JWT per request, the legacy secret an HMAC.
 */
export const coinbase: ProviderRecord = {
  id: 'coinbase',
  name: 'Coinbase',
  rules: [
    {
      id: 'coinbase-cdp-ec-private-key',
      description: 'Coinbase Developer Platform EC private key (PEM) next to its organizations/…/apiKeys/… key name.',
      pattern: CDP_EC_KEY,
      keywords: ['/apikeys/'],
      requires: ['PRIVATE KEY-----'],
      window: { before: 1200, after: 1200 },
      confidence: 'high',
      locateAtMatch: true,
      skipPlaceholderGate: true,
      verify: cdpEcBodyLooksReal,
      pair: {
        label: 'API key name',
        pattern: `organizations/${UUID}/apiKeys/${UUID}`,
        window: { before: 1000, after: 1000 },
        required: true,
        envNames: ['CDP_API_KEY_NAME', 'COINBASE_API_KEY_NAME'],
      },
    },
    {
      id: 'coinbase-cdp-api-key-secret',
      description: 'Coinbase Developer Platform Ed25519 API key secret (88 base64 chars) next to "coinbase" or a CDP_API_KEY name.',
      pattern: withContext(B64_START, near(['coinbase', 'cdp_api_key', 'cdpapikey'], 200, 240), '[A-Za-z0-9+/]{86}==', B64_END),
      keywords: ['coinbase', 'cdp_api_key', 'cdpapikey'],
      window: { before: 240, after: 360 },
      confidence: 'medium',
      minEntropy: 4.5,
      check: mixedCase,
      pair: { label: 'API key ID', pattern: `${START}${UUID}${END}`, window: { before: 320, after: 320 }, envNames: ['CDP_API_KEY_ID'] },
    },
    {
      id: 'coinbase-legacy-api-secret',
      description: 'Coinbase legacy API secret (32 alphanumerics) assigned to a secret name next to "coinbase" and its 16-char API key.',
      pattern: withContext(START_ALNUM, `${near(['coinbase'], 200, 200)}${afterName(['secret'])}`, '[A-Za-z0-9]{32}', END_ALNUM),
      keywords: ['coinbase'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 4,
      minDigits: 2,
      check: mixedCase,
      pair: { label: 'API key', pattern: `${START_ALNUM}[A-Za-z0-9]{16}${END_ALNUM}`, window: { before: 240, after: 240 }, required: true, envNames: ['COINBASE_API_KEY'] },
    },
  ],
  envNames: ['CDP_API_KEY_SECRET', 'COINBASE_API_SECRET'],
  envNote: 'The CDP SDKs read CDP_API_KEY_ID and CDP_API_KEY_SECRET (or a downloaded cdp_api_key.json); older Advanced Trade samples use COINBASE_API_KEY / COINBASE_API_SECRET.',
  format: { prefixes: [], charset: String.raw`[A-Za-z0-9+/=\\\s]`, lengths: [[32, 32], [88, 88], [150, 240]] },
  hosts: ['api.cdp.coinbase.com', 'api.coinbase.com'],
  rotateUrl: 'https://portal.cdp.coinbase.com/projects/api-keys',
  noLive: 'every request is signed with the key (a per-request JWT or an HMAC); no request carries the key itself',
};

// ---------------------------------------------------------------- Kraken

/**
 * Kraken: an API key (56 base64 chars) and a private key (64 bytes, 88 base64 chars with `==`),
 * from the examples. The private key needs "kraken" nearby. Requests are signed with HMAC-SHA512
 * over a nonce: no request carries the private key.
 */
export const kraken: ProviderRecord = {
  id: 'kraken',
  name: 'Kraken',
  rules: [
    {
      id: 'kraken-private-key',
      description: 'Kraken API private key (88 base64 chars) next to "kraken", with its 56-char API key when nearby.',
      pattern: withContext(B64_START, near(['kraken'], 200, 240), '[A-Za-z0-9+/]{86}==', B64_END),
      keywords: ['kraken'],
      window: { before: 240, after: 360 },
      confidence: 'medium',
      minEntropy: 4.5,
      check: mixedCase,
      pair: { label: 'API key', pattern: `${B64_START}[A-Za-z0-9+/]{56}${B64_END}`, window: { before: 320, after: 320 }, envNames: ['KRAKEN_API_KEY'] },
    },
  ],
  envNames: ['KRAKEN_PRIVATE_KEY', 'KRAKEN_API_SECRET'],
  format: { prefixes: [], charset: '[A-Za-z0-9+/=]', lengths: [[88, 88]], full: '[A-Za-z0-9+/]{86}==' },
  hosts: ['api.kraken.com'],
  rotateUrl: 'https://pro.kraken.com/app/settings/api',
  noLive: 'private requests are signed with HMAC-SHA512 over a nonce; no request carries the private key',
};

// ---------------------------------------------------------------- KuCoin

/**
 * KuCoin: an API key (24 hex), an API secret (a UUID) and a passphrase the user chose (not
 * detectable by shape). The UUID secret needs "kucoin" and the key nearby. Requests are signed
 * with HMAC (secret) plus the passphrase: no request carries the secret.
 */
export const kucoin: ProviderRecord = {
  id: 'kucoin',
  name: 'KuCoin',
  rules: [
    {
      id: 'kucoin-api-secret',
      description: 'KuCoin API secret (a UUID) next to "kucoin" and its 24-hex API key.',
      pattern: withContext(START, near(['kucoin'], 200, 200), UUID, END),
      keywords: ['kucoin'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
      pair: { label: 'API key', pattern: `${START_ALNUM}[0-9a-f]{24}${END_ALNUM}`, window: { before: 240, after: 240 }, required: true, envNames: ['KUCOIN_API_KEY'] },
    },
  ],
  envNames: ['KUCOIN_API_SECRET', 'KUCOIN_SECRET'],
  envNote: 'KuCoin SDKs take key, secret and passphrase in code; KUCOIN_API_KEY / KUCOIN_API_SECRET / KUCOIN_API_PASSPHRASE is the usual convention.',
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  hosts: ['api.kucoin.com'],
  rotateUrl: 'https://www.kucoin.com/account/api',
  noLive: 'requests are signed with HMAC over the secret and carry a passphrase; no request carries the secret',
};

// ---------------------------------------------------------------- Binance

/**
 * Binance: an API key and a secret key, 64 alphanumerics each (from the examples; HMAC keys —
 * Ed25519/RSA keys are PEM and left to the private-key rule). Both parts look alike, so the
 * secret is the one assigned to a secret name, next to "binance". USER_DATA requests are signed
 * (timestamp + HMAC signature): no request carries the secret.
 */
export const binance: ProviderRecord = {
  id: 'binance',
  name: 'Binance',
  rules: [
    {
      id: 'binance-api-secret',
      description: 'Binance API secret key (64 alphanumerics) assigned to a secret name next to "binance", with its API key when nearby.',
      pattern: withContext(START_ALNUM, `${near(['binance'], 240, 240)}${afterName(['secret'])}`, '[A-Za-z0-9]{64}', END_ALNUM),
      keywords: ['binance'],
      window: { before: 280, after: 320 },
      confidence: 'medium',
      minEntropy: 4.5,
      check: mixedCase,
      pair: { label: 'API key', pattern: `${START_ALNUM}[A-Za-z0-9]{64}${END_ALNUM}`, window: { before: 320, after: 320 }, envNames: ['BINANCE_API_KEY'] },
    },
  ],
  envNames: ['BINANCE_API_SECRET', 'BINANCE_SECRET_KEY'],
  envNote: 'Binance connectors take key and secret in code; BINANCE_API_KEY / BINANCE_API_SECRET is the convention of their examples.',
  format: { prefixes: [], charset: '[A-Za-z0-9]', lengths: [[64, 64]], full: '[A-Za-z0-9]{64}' },
  hosts: ['api.binance.com'],
  rotateUrl: 'https://www.binance.com/en/my/settings/api-management',
  noLive: 'account requests are signed (timestamp + HMAC signature); no unsigned request proves the secret',
};

// ---------------------------------------------------------------- Bittrex

/**
 * Bittrex: an API key and an API secret, 32 hex each (from the examples). Bittrex wound down in
 * 2023 (US in August, Global in December), and its API signed every request with HMAC-SHA512:
 * old keys in history are still reported, there is nothing to check them against.
 */
export const bittrex: ProviderRecord = {
  id: 'bittrex',
  name: 'Bittrex',
  rules: [
    {
      id: 'bittrex-api-secret',
      description: 'Bittrex API secret (32 hex) assigned to a secret name next to "bittrex" and its 32-hex API key.',
      pattern: withContext(START_ALNUM, `${near(['bittrex'], 200, 200)}${afterName(['secret'])}`, '[0-9a-f]{32}', END_ALNUM),
      keywords: ['bittrex'],
      window: { before: 240, after: 240 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 4,
      pair: { label: 'API key', pattern: `${START_ALNUM}[0-9a-f]{32}${END_ALNUM}`, window: { before: 240, after: 240 }, required: true, envNames: ['BITTREX_API_KEY'] },
    },
  ],
  envNames: ['BITTREX_API_SECRET'],
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  hosts: ['api.bittrex.com'],
  rotateUrl: 'https://bittrex.com/',
  noLive: 'Bittrex shut down in 2023 and its API signed every request with HMAC; there is nothing to check against',
};

// ---------------------------------------------------------------- Wise

/** "wise" alone is in otherwise/likewise/clockwise: only its compound names and hosts count. */
const WISE_WORDS = ['transferwise', 'wise_api', 'wise_token', 'wise_access', 'wise_personal', 'wiseapi', 'wisetoken', 'api.wise.com'];

/**
 * Wise personal API tokens are UUIDs, so they need a Wise name or host right before them
 * (WISE_API_TOKEN=, TransferWise, api.wise.com). The check is GET /v2/profiles (read-only):
 * 200 valid, 401 invalid — sandbox tokens authenticate only at api.sandbox.transferwise.tech —,
 * 403 a token without access to the call.
 */
export function interpretWise(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 401) return verdict('invalid', `${errorDetail(res) ?? 'unauthorized'} (a sandbox token is valid only at api.sandbox.transferwise.tech)`);
  return undefined;
}

export const wise: ProviderRecord = {
  id: 'wise',
  name: 'Wise',
  rules: [
    {
      id: 'wise-api-token',
      description: 'Wise (TransferWise) personal API token (a UUID) after a Wise token name or host.',
      pattern: withContext(START, near(WISE_WORDS, 120, 0), UUID, END),
      keywords: WISE_WORDS,
      window: { before: 16, after: 180 },
      confidence: 'medium',
      minEntropy: 3,
    },
  ],
  envNames: ['WISE_API_TOKEN', 'TRANSFERWISE_API_TOKEN'],
  format: { prefixes: [], charset: '[0-9a-f-]', lengths: [[36, 36]], full: UUID },
  hosts: ['api.transferwise.com', 'api.sandbox.transferwise.tech'],
  rotateUrl: 'https://wise.com/settings/api-tokens',
  live: { base: 'https://api.wise.com', path: '/v2/profiles', method: 'GET', auth: { kind: 'bearer' }, interpret: interpretWise },
};

export const financeRecords: ProviderRecord[] = [
  paypal,
  braintree,
  square,
  adyen,
  plaid,
  razorpay,
  paystack,
  flutterwave,
  gocardless,
  mollie,
  checkoutCom,
  lemonSqueezy,
  paddle,
  coinbase,
  kraken,
  kucoin,
  binance,
  bittrex,
  wise,
];
