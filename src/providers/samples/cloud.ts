import { curlBearer, dotenv, goAssign, jsonEntry, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64URL, HEX, LOWER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const dop = (s: string, kind = 'dop'): string => `${kind}_v1_${fakeKey(s, HEX, 64)}`;
const dp = (s: string, kind = 'pt'): string => `dp.${kind}.${fakeKey(s, ALNUM, 43)}`;
const vc = (s: string, kind = 'vcp', n = 24): string => `${kind}_${fakeKey(s, ALNUM, n)}`;
const sbp = (s: string): string => `sbp_${fakeKey(s, LOWER_ALNUM, 40)}`;
const sbSecret = (s: string): string => `sb_secret_${fakeKey(s, B64URL, 31)}`;
/** A legacy Supabase project JWT with the given role (signature random). */
const sbJwt = (s: string, role: string): string => {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const ref = fakeKey(`${s}-ref`, LOWER_ALNUM, 20);
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'supabase', ref, role, iat: 1700000000, exp: 2015576000 })}.${fakeKey(`${s}-sig`, B64URL, 43)}`;
};

export const cloudSamples: ProviderSamples[] = [
  {
    provider: 'digitalocean',
    positives: [
      { text: dotenv('DIGITALOCEAN_ACCESS_TOKEN', dop('do-1')), secret: dop('do-1'), rule: 'digitalocean-token' },
      { text: `provider "digitalocean" {\n  token = "${dop('do-2')}"\n}\n`, secret: dop('do-2'), rule: 'digitalocean-token' },
      { text: curlBearer('https://api.digitalocean.com/v2/droplets', dop('do-3', 'doo')), secret: dop('do-3', 'doo'), rule: 'digitalocean-token' },
      { text: dotenv('DIGITALOCEAN_TOKEN', fakeKey('do-4', HEX, 64)), secret: fakeKey('do-4', HEX, 64), rule: 'digitalocean-legacy-token' },
      { text: `provider "digitalocean" {\n  token = "${fakeKey('do-5', HEX, 64)}"\n}\n`, secret: fakeKey('do-5', HEX, 64), rule: 'digitalocean-legacy-token' },
    ],
    negatives: [
      { text: 'DIGITALOCEAN_TOKEN=dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'token = var.do_token\n', why: 'variable reference' },
      { text: `dop_v1_${fakeKey('do-n1', ALNUM, 64)}\n`, why: 'wrong charset (not hex)' },
      { text: `digitalocean_image_sha256: ${fakeKey('do-n4', HEX, 64)}\n`, why: 'a digest, not a token name' },
    ],
  },
  {
    provider: 'doppler',
    positives: [
      { text: dotenv('DOPPLER_TOKEN', dp('dp-1')), secret: dp('dp-1'), rule: 'doppler-token' },
      { text: shellExport('DOPPLER_TOKEN', `dp.st.prd.${fakeKey('dp-2', ALNUM, 43)}`), secret: `dp.st.prd.${fakeKey('dp-2', ALNUM, 43)}`, rule: 'doppler-token' },
      { text: yamlEntry('DOPPLER_TOKEN', dp('dp-3', 'sa')), secret: dp('dp-3', 'sa'), rule: 'doppler-token' },
    ],
    negatives: [
      { text: 'DOPPLER_TOKEN=dp.st.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'DOPPLER_TOKEN: ${{ secrets.DOPPLER_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `see dp.pt.${fakeKey('dp-n1', ALNUM, 20)} for the format\n`, why: 'too short' },
    ],
  },
  {
    provider: 'vercel',
    positives: [
      { text: dotenv('VERCEL_TOKEN', vc('vc-1')), secret: vc('vc-1'), rule: 'vercel-token' },
      { text: jsonEntry('AI_GATEWAY_API_KEY', vc('vc-2', 'vck', 40)), secret: vc('vc-2', 'vck', 40), rule: 'vercel-token' },
      { text: goAssign('vercelToken', fakeKey('vc-3', ALNUM, 24)), secret: fakeKey('vc-3', ALNUM, 24), rule: 'vercel-legacy-token' },
      { text: `vercel deploy --token ${fakeKey('vc-4', ALNUM, 24)}\n`.replace('--token ', '--token='), secret: fakeKey('vc-4', ALNUM, 24), rule: 'vercel-legacy-token' },
    ],
    negatives: [
      { text: 'VERCEL_TOKEN=<your-vercel-token>\n', why: 'template placeholder' },
      { text: 'vercel --token ${{ secrets.VERCEL_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'const vcp_handler = createHandlerForPlatformRuntime(config);\n', why: 'identifier, not a token' },
      { text: `VERCEL_ORG_ID=team_${fakeKey('vc-n1', ALNUM, 24)}\n`, why: 'an org id (team_ prefix), not a token' },
    ],
  },
  {
    provider: 'supabase',
    positives: [
      { text: dotenv('SUPABASE_ACCESS_TOKEN', sbp('sb-1')), secret: sbp('sb-1'), rule: 'supabase-access-token' },
      { text: curlBearer('https://api.supabase.com/v1/projects', sbp('sb-2')), secret: sbp('sb-2'), rule: 'supabase-access-token' },
      { text: yamlEntry('SUPABASE_ACCESS_TOKEN', sbp('sb-3')), secret: sbp('sb-3'), rule: 'supabase-access-token' },
    ],
    negatives: [
      { text: 'SUPABASE_ACCESS_TOKEN=sbp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'SUPABASE_ACCESS_TOKEN: ${{ secrets.SUPABASE_ACCESS_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `sbp_${fakeKey('sb-n1', LOWER_ALNUM, 20)} (truncated)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'supabase-service-role',
    positives: [
      { text: dotenv('SUPABASE_SERVICE_ROLE_KEY', sbJwt('sr-1', 'service_role')), secret: sbJwt('sr-1', 'service_role'), rule: 'supabase-service-role-key' },
      { text: `const admin = createClient(url, '${sbJwt('sr-2', 'service_role')}');\n`, secret: sbJwt('sr-2', 'service_role'), rule: 'supabase-service-role-key' },
      { text: `  "serviceKey": "${sbJwt('sr-3', 'service_role')}",\n`, secret: sbJwt('sr-3', 'service_role'), rule: 'supabase-service-role-key' },
    ],
    negatives: [
      { text: dotenv('SUPABASE_ANON_KEY', sbJwt('sr-n1', 'anon')), why: 'anon key: public by design' },
      { text: `NEXT_PUBLIC_SUPABASE_ANON_KEY=${sbJwt('sr-n2', 'anon')}\n`, why: 'anon key in a public env var' },
      { text: `SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0\n`, why: 'truncated: no signature part' },
    ],
  },
  {
    provider: 'supabase-secret-key',
    positives: [
      { text: dotenv('SUPABASE_SECRET_KEY', sbSecret('ss-1')), secret: sbSecret('ss-1'), rule: 'supabase-secret-key' },
      { text: `const supabase = createClient("https://xyzcompany.supabase.co", "${sbSecret('ss-2')}");\n`, secret: sbSecret('ss-2'), rule: 'supabase-secret-key' },
      { text: shellExport('SUPABASE_SERVICE_ROLE_KEY', sbSecret('ss-3')), secret: sbSecret('ss-3'), rule: 'supabase-secret-key' },
    ],
    negatives: [
      { text: `const supabase = createClient(url, "sb_publishable_${fakeKey('ss-n1', B64URL, 31)}");\n`, why: 'publishable key is public' },
      { text: 'SUPABASE_SECRET_KEY=sb_secret_...\n', why: 'elided placeholder' },
      { text: 'SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}\n', why: 'variable reference' },
    ],
  },
];
