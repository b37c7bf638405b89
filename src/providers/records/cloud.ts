/** Cloud platforms: DigitalOcean, Doppler, Vercel, Supabase. */
import type { ProviderRecord } from '../types.js';
import { base64Infixes, decodeJwtPayload } from './jwt.js';
import { ci, END, END_ALNUM, errorDetail, START, START_ALNUM, verdict, withContext } from './shared.js';

/**
 * DigitalOcean API tokens: personal access tokens (`dop_v1_`) and OAuth access tokens
 * (`doo_v1_`), 64 hex after the prefix; tokens made before the prefixes (2021) are bare 64 hex
 * and still work, reported next to a DigitalOcean token name. OAuth refresh tokens (`dor_v1_`)
 * are the `digitalocean-refresh-token` record (hosting.ts): this record's check would read one as
 * invalid. Live: `GET https://api.digitalocean.com/v2/account` with `Authorization: Bearer`.
 */
export const digitalocean: ProviderRecord = {
  id: 'digitalocean',
  name: 'DigitalOcean',
  rules: [
    {
      id: 'digitalocean-token',
      description: 'DigitalOcean personal access token or OAuth access token (dop_v1_, doo_v1_ + 64 hex).',
      pattern: `${START}do[po]_v1_[a-f0-9]{64}${END}`,
      keywords: ['dop_v1_', 'doo_v1_'],
      window: { before: 16, after: 80 },
      confidence: 'high',
    },
    {
      id: 'digitalocean-legacy-token',
      description: 'DigitalOcean API token in the pre-2021 form (64 lowercase hex, no prefix) assigned to a DigitalOcean token name.',
      pattern: withContext(
        START_ALNUM,
        `(?<=(?:${['digitalocean', 'digital_ocean', 'do_token', 'do_api', 'do_access'].map(ci).join('|')})[\\s\\S]{0,32}(?:${['token', 'key', 'secret', 'access'].map(ci).join('|')})[A-Za-z0-9_.-]{0,16}["'\`]?\\s{0,4}(?:=>|[=:,])\\s{0,4}["'\`]?)`,
        '[a-f0-9]{64}',
        END_ALNUM,
      ),
      keywords: ['digitalocean', 'digital_ocean', 'do_token', 'do_api', 'do_access'],
      window: { before: 112, after: 160 },
      confidence: 'medium',
      minEntropy: 3.2,
      minDigits: 8,
    },
  ],
  envNames: ['DIGITALOCEAN_ACCESS_TOKEN', 'DIGITALOCEAN_TOKEN', 'DO_TOKEN'],
  envNote: 'doctl and the Terraform provider read DIGITALOCEAN_ACCESS_TOKEN (Terraform also DIGITALOCEAN_TOKEN). Refresh tokens (dor_v1_) are the digitalocean-refresh-token record and are not validated: redeeming one has side effects.',
  format: { prefixes: ['dop_v1_', 'doo_v1_'], charset: '[a-f0-9]', lengths: [[71, 71], [64, 64]], full: 'do[po]_v1_[a-f0-9]{64}|[a-f0-9]{64}' },
  rotateUrl: 'https://cloud.digitalocean.com/account/api/tokens',
  live: { base: 'https://api.digitalocean.com', path: '/v2/account', method: 'GET', auth: { kind: 'bearer' } },
};

export const doppler: ProviderRecord = {
  id: 'doppler',
  name: 'Doppler',
  rules: [
    {
      id: 'doppler-token',
      description: 'Doppler token (dp.pt. personal, dp.st. service, dp.ct. CLI, dp.sa. service account, dp.scim., dp.audit.).',
      pattern: `${START}dp\\.(?:pt|st(?:\\.[a-z0-9_-]{2,35})?|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}${END}`,
      keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minEntropy: 4,
    },
  ],
  envNames: ['DOPPLER_TOKEN'],
  format: { prefixes: ['dp.audit.', 'dp.scim.', 'dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.'], charset: '[A-Za-z0-9._-]', lengths: [[46, 90]] },
  rotateUrl: 'https://dashboard.doppler.com/workplace/tokens',
  live: { base: 'https://api.doppler.com', path: '/v3/me', method: 'GET', auth: { kind: 'bearer' } },
};

/**
 * Vercel credentials (vercel.com/changelog/new-token-formats-and-secret-scanning): `vcp_`
 * personal access tokens, `vci_` integration tokens, `vca_` app access tokens, `vcr_` app
 * refresh tokens, `vck_` API keys (AI Gateway) — the full documented list. No length is
 * published; `vcp_` tokens seen in public code have 56 alphanumerics, the rule accepts 20–60.
 * Older tokens are 24 alphanumerics, reported next to a Vercel name. Blob read-write tokens are
 * the `vercel-blob` record (hosting.ts).
 */
export const vercel: ProviderRecord = {
  id: 'vercel',
  name: 'Vercel',
  rules: [
    {
      id: 'vercel-token',
      description: 'Vercel token (vcp_ personal, vci_ integration, vca_/vcr_ app, vck_ AI Gateway).',
      pattern: `${START}vc[picrk]_[A-Za-z0-9]{20,60}${END}`,
      keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
      window: { before: 16, after: 72 },
      confidence: 'high',
      minEntropy: 3.5,
      minDigits: 2,
    },
    {
      id: 'vercel-legacy-token',
      description: 'Legacy Vercel token (24 alphanumerics) assigned to a Vercel token/key name.',
      pattern: withContext(START_ALNUM, `(?<=${ci('vercel')}[\\s\\S]{0,16}(?:${['token', 'key', 'secret', 'access'].map(ci).join('|')})[\\s\\S]{0,32})`, '[A-Za-z0-9]{24}', END_ALNUM),
      keywords: ['vercel'],
      window: { before: 8, after: 96 },
      confidence: 'medium',
      minEntropy: 3.8,
      minDigits: 2,
    },
  ],
  envNames: ['VERCEL_TOKEN', 'AI_GATEWAY_API_KEY'],
  envNote: 'The Vercel CLI reads VERCEL_TOKEN; AI_GATEWAY_API_KEY holds a vck_ AI Gateway key, which the /v2/user check does not accept.',
  format: { prefixes: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], charset: '[A-Za-z0-9]', lengths: [[24, 24], [24, 64]], full: 'vc[picrk]_[A-Za-z0-9]{20,60}|[A-Za-z0-9]{24}' },
  rotateUrl: 'https://vercel.com/account/settings/tokens',
  live: {
    base: 'https://api.vercel.com',
    path: '/v2/user',
    method: 'GET',
    auth: { kind: 'bearer' },
    interpret: (res) => (res.status === 403 ? verdict('invalid', errorDetail(res) ?? 'forbidden') : undefined),
  },
};

export const supabase: ProviderRecord = {
  id: 'supabase',
  name: 'Supabase (access token)',
  rules: [
    {
      id: 'supabase-access-token',
      description: 'Supabase Management API personal access token (sbp_ + 40 chars).',
      pattern: `${START}sbp_[A-Za-z0-9]{40}${END}`,
      keywords: ['sbp_'],
      window: { before: 16, after: 56 },
      confidence: 'high',
      minEntropy: 3.2,
    },
  ],
  envNames: ['SUPABASE_ACCESS_TOKEN'],
  format: { prefixes: ['sbp_'], charset: '[A-Za-z0-9]', lengths: [[44, 44]], full: 'sbp_[A-Za-z0-9]{40}' },
  rotateUrl: 'https://supabase.com/dashboard/account/tokens',
  live: { base: 'https://api.supabase.com', path: '/v1/projects', method: 'GET', auth: { kind: 'bearer' } },
};

/**
 * Project secret keys (sb_secret_, server-side, bypass row-level security). Publishable keys
 * (sb_publishable_) and anon JWTs are public by design and not reported. Checking a secret key
 * needs the project URL: no `live`.
 */
export const supabaseSecretKey: ProviderRecord = {
  id: 'supabase-secret-key',
  name: 'Supabase (project secret key)',
  rules: [
    {
      id: 'supabase-secret-key',
      description: 'Supabase project secret API key (sb_secret_), which bypasses row-level security.',
      pattern: `${START}sb_secret_[A-Za-z0-9_-]{20,100}${END}`,
      keywords: ['sb_secret_'],
      window: { before: 16, after: 120 },
      confidence: 'high',
      minEntropy: 3.5,
    },
  ],
  envNames: ['SUPABASE_SECRET_KEY', 'SUPABASE_SERVICE_ROLE_KEY'],
  envNote: 'supabase-js takes keys in code; SUPABASE_SERVICE_ROLE_KEY holds either a legacy service_role JWT or an sb_secret_ key.',
  format: { prefixes: ['sb_secret_'], charset: '[A-Za-z0-9_-]', lengths: [[30, 110]], full: 'sb_secret_[A-Za-z0-9_-]{20,100}' },
  noLive: 'the key is checked against its project URL, which the key does not name',
  rotateUrl: 'https://supabase.com/dashboard/project/_/settings/api-keys',
};

/**
 * Legacy project keys are JWTs: `service_role` bypasses row-level security and is a secret;
 * `anon` is public by design and never reported. Checking one needs the project URL: no `live`.
 */
export const supabaseServiceRole: ProviderRecord = {
  id: 'supabase-service-role',
  name: 'Supabase (service_role key)',
  rules: [
    {
      id: 'supabase-service-role-key',
      description: 'Supabase legacy service_role key: a JWT whose payload has "role":"service_role"; it bypasses row-level security.',
      // The payload is matched in its base64url form, in each of its three alignments.
      pattern: `${START}eyJ[A-Za-z0-9_-]{8,400}\\.eyJ[A-Za-z0-9_-]{0,400}?(?:${base64Infixes('"role":"service_role"').join('|')})[A-Za-z0-9_-]{0,400}\\.[A-Za-z0-9_-]{20,400}${END}`,
      keywords: ['eyj'],
      window: { before: 8, after: 1300 },
      confidence: 'high',
      verify: (s) => decodeJwtPayload(s)?.['role'] === 'service_role',
    },
  ],
  envNames: ['SUPABASE_SERVICE_ROLE_KEY', 'SUPABASE_SERVICE_KEY'],
  format: { prefixes: ['eyJ'], charset: '[A-Za-z0-9_.-]', lengths: [[100, 1300]] },
  noLive: 'the key is checked against its project URL, which the key does not name',
  rotateUrl: 'https://supabase.com/dashboard/project/_/settings/api',
};

export const cloudRecords: ProviderRecord[] = [digitalocean, doppler, vercel, supabase, supabaseSecretKey, supabaseServiceRole];
