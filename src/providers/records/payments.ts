/** Commerce: Stripe secret/restricted keys and webhook secrets, Shopify tokens. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, errorDetail, START_ALNUM, START, verdict } from './shared.js';

/** A 403 from Stripe is a restricted key lacking this permission: it authenticated. */
export function interpretStripe(res: LiveResponse): LiveVerdict | undefined {
  if (res.status === 403) return verdict('restricted', errorDetail(res) ?? 'restricted key without balance read permission');
  return undefined;
}

export const stripe: ProviderRecord = {
  id: 'stripe',
  name: 'Stripe',
  rules: [
    {
      id: 'stripe-secret-key',
      description: 'Stripe secret or restricted API key (sk_live_, rk_live_; sk_test_/rk_test_ low). Publishable pk_ keys are public and not reported.',
      // A body of exactly 40 lowercase hex is a Paystack key (same prefixes); Stripe's are base62.
      pattern: `${START}[sr]k_(?:live|test|prod)_(?![0-9a-f]{40}${END})[A-Za-z0-9]{20,247}${END}`,
      keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'sk_prod_', 'rk_prod_'],
      window: { before: 16, after: 270 },
      confidence: 'high',
      // Test-mode keys reach only test data and cannot move money: still secret, low stakes.
      confidenceOf: (s) => (s.slice(3, 8) === 'test_' ? 'low' : 'high'),
      minEntropy: 3.5,
    },
    {
      id: 'stripe-webhook-secret',
      description: 'Stripe webhook signing secret (whsec_).',
      pattern: `${START_ALNUM}whsec_[A-Za-z0-9+/]{32,64}={0,2}(?![A-Za-z0-9+/=_-])`,
      keywords: ['whsec_'],
      window: { before: 16, after: 80 },
      confidence: 'medium',
      minEntropy: 3.5,
    },
  ],
  envNames: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'STRIPE_RESTRICTED_KEY'],
  envNote: 'Stripe SDKs take the key in code; STRIPE_SECRET_KEY is the convention, STRIPE_WEBHOOK_SECRET holds a whsec_ signing secret, not an API key.',
  format: {
    prefixes: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'sk_prod_', 'rk_prod_'],
    charset: '[A-Za-z0-9]',
    lengths: [[28, 255]],
    full: '[sr]k_(?:live|test|prod)_[A-Za-z0-9]{20,247}',
  },
  rotateUrl: 'https://dashboard.stripe.com/apikeys',
  // GET /v1/balance (read-only): 200 valid, 401 invalid, 403 a restricted key without balance
  // read. Only API keys are sent: a whsec_ signing secret authenticates no request.
  live: { base: 'https://api.stripe.com', path: '/v1/balance', method: 'GET', auth: { kind: 'bearer' }, prefixes: ['sk_', 'rk_'], interpret: interpretStripe },
};

/** Shopify tokens are checked against the shop's own host, which the token does not name: no `live`. */
export const shopify: ProviderRecord = {
  id: 'shopify',
  name: 'Shopify',
  rules: [
    {
      id: 'shopify-token',
      description: 'Shopify admin/custom/private app access token or shared secret (shpat_, shpca_, shppa_, shpss_).',
      pattern: `${START}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${END}`,
      keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
      window: { before: 16, after: 48 },
      confidence: 'high',
      minEntropy: 3,
    },
  ],
  envNames: ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_API_ACCESS_TOKEN', 'SHOPIFY_API_SECRET'],
  format: { prefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], charset: '[a-fA-F0-9]', lengths: [[38, 38]], full: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}' },
  noLive: 'the token is checked against the shop\'s own host, which the token does not name',
  rotateUrl: 'https://admin.shopify.com/settings/apps/development',
};

export const paymentRecords: ProviderRecord[] = [stripe, shopify];
