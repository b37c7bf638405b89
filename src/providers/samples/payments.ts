import { curlBearer, dotenv, jsConst, pyAssign, yamlEntry, shellExport } from './contexts.js';
import { ALNUM, B64, HEX, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const stripeKey = (s: string, kind = 'sk_live_', n = 99): string => `${kind}${fakeKey(s, ALNUM, n)}`;
const shop = (s: string, kind = 'shpat_'): string => `${kind}${fakeKey(s, HEX, 32)}`;

export const paymentSamples: ProviderSamples[] = [
  {
    provider: 'stripe',
    positives: [
      { text: dotenv('STRIPE_SECRET_KEY', stripeKey('st-1')), secret: stripeKey('st-1'), rule: 'stripe-secret-key' },
      { text: `const stripe = require('stripe')('${stripeKey('st-2', 'rk_live_', 24)}');\n`, secret: stripeKey('st-2', 'rk_live_', 24), rule: 'stripe-secret-key' },
      { text: curlBearer('https://api.stripe.com/v1/charges', stripeKey('st-3', 'sk_test_', 24)), secret: stripeKey('st-3', 'sk_test_', 24), rule: 'stripe-secret-key' },
      { text: shellExport('STRIPE_WEBHOOK_SECRET', `whsec_${fakeKey('st-4', B64, 32)}`), secret: `whsec_${fakeKey('st-4', B64, 32)}`, rule: 'stripe-webhook-secret' },
      { text: dotenv('STRIPE_RESTRICTED_KEY', stripeKey('st-5', 'rk_test_')), secret: stripeKey('st-5', 'rk_test_'), rule: 'stripe-secret-key' },
      {
        text: `const event = stripe.webhooks.constructEvent(req.body, sig, 'whsec_${fakeKey('st-6', HEX, 64)}');\n`,
        secret: `whsec_${fakeKey('st-6', HEX, 64)}`,
        rule: 'stripe-webhook-secret',
      },
      { text: jsConst('STRIPE_SECRET_KEY', stripeKey('st-7', 'rk_live_')), secret: stripeKey('st-7', 'rk_live_'), rule: 'stripe-secret-key' },
    ],
    negatives: [
      { text: `const stripe = Stripe('pk_live_${fakeKey('st-n1', ALNUM, 99)}');\n`, why: 'publishable key is public' },
      { text: 'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'stripe.api_key = os.environ["STRIPE_SECRET_KEY"]\n', why: 'env reference' },
      { text: `# key prefix: sk_live_${fakeKey('st-n2', ALNUM, 8)}\n`, why: 'too short' },
    ],
  },
  {
    provider: 'shopify',
    positives: [
      { text: dotenv('SHOPIFY_ACCESS_TOKEN', shop('sh-1')), secret: shop('sh-1'), rule: 'shopify-token' },
      { text: `curl https://acme.myshopify.com/admin/api/2024-01/shop.json -H "X-Shopify-Access-Token: ${shop('sh-2')}"\n`, secret: shop('sh-2'), rule: 'shopify-token' },
      { text: yamlEntry('SHOPIFY_API_SECRET', shop('sh-3', 'shpss_')), secret: shop('sh-3', 'shpss_'), rule: 'shopify-token' },
      { text: pyAssign('token', shop('sh-4', 'shppa_')), secret: shop('sh-4', 'shppa_'), rule: 'shopify-token' },
      { text: jsConst('SHOPIFY_CUSTOM_APP_TOKEN', shop('sh-5', 'shpca_')), secret: shop('sh-5', 'shpca_'), rule: 'shopify-token' },
    ],
    negatives: [
      { text: 'SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `shpat_${fakeKey('sh-n1', ALNUM, 32).replace(/[0-9a-f]/g, 'z')}\n`, why: 'wrong charset (not hex)' },
      { text: jsConst('token', 'process.env.SHOPIFY_ACCESS_TOKEN').replace(/"/g, ''), why: 'env reference' },
    ],
  },
];
