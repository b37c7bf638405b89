import { crc32 } from '../checksum.js';
import { curlBearer, curlHeader, dotenv, dotenvQuoted, goAssign, jsObject, jsonEntry, pyKwarg, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, HEX, UPPER, UPPER_ALNUM, DIGITS, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

/** A Cloudflare scannable credential: prefix + 40 alphanumerics + CRC-32 (8 hex) of those 40. */
const cf = (prefix: 'cfut_' | 'cfat_' | 'cfk_', s: string): string => {
  const body = fakeKey(s, ALNUM, 40);
  return `${prefix}${body}${crc32(body).toString(16).padStart(8, '0')}`;
};
/** The same with a wrong checksum. */
const cfBad = (prefix: 'cfut_' | 'cfat_' | 'cfk_', s: string): string => {
  const good = cf(prefix, s);
  const last = good[good.length - 1]!;
  return good.slice(0, -1) + (last === '0' ? '1' : '0');
};
const cfLegacyToken = (s: string): string => fakeKey(s, ALNUM, 40);
const cfLegacyKey = (s: string, n = 37): string => fakeKey(s, HEX, n);
const cfAccountId = (s: string): string => fakeKey(s, HEX, 32);
const originCa = (s: string): string => `v1.0-${fakeKey(`${s}-a`, HEX, 24)}-${fakeKey(`${s}-b`, HEX, 146)}`;
const fastlyTok = (s: string): string => fakeKey(s, B64URL, 32);
const akSecret = (s: string): string => `${fakeKey(s, ALNUM + '+/', 43)}=`;
const akab = (s: string): string => `akab-${fakeKey(`${s}-1`, DIGITS + 'abcdefghijklmnopqrstuvwxyz', 16)}-${fakeKey(`${s}-2`, DIGITS + 'abcdefghijklmnopqrstuvwxyz', 16)}`;
const hrku = (s: string): string => `HRKU-AA${fakeKey(s, B64URL, 58)}`;
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
/** One Fly.io macaroon: `fm2_` + standard base64 (optionally with the msgpack header real ones start with). */
const macaroon = (s: string, n = 280, kind = 'fm2', header = ''): string => `${kind}_${header}${fakeKey(s, B64, n)}`;
const fo1 = (s: string, n = 43): string => `fo1_${fakeKey(s, B64URL, n)}`;
const rnd = (s: string, n = 28): string => `rnd_${fakeKey(s, ALNUM, n)}`;
const nf = (s: string, kind = 'nfp'): string => `${kind}_${fakeKey(s, ALNUM, 36)}`;
const blob = (s: string): string => `vercel_blob_rw_${fakeKey(`${s}-store`, ALNUM, 16)}_${fakeKey(s, ALNUM, 30)}`;
const scwAccess = (s: string): string => `SCW${fakeKey(s, UPPER_ALNUM, 17)}`;
const vultrKey = (s: string): string => fakeKey(s, UPPER_ALNUM, 36);
const linodeTok = (s: string): string => fakeKey(s, HEX, 64);
const hcloudTok = (s: string): string => fakeKey(s, ALNUM, 64);
const ovhAk = (s: string): string => fakeKey(s, ALNUM, 16);
const ovh32 = (s: string): string => fakeKey(s, ALNUM, 32);
const dor = (s: string): string => `dor_v1_${fakeKey(s, HEX, 64)}`;

export const hostingSamples: ProviderSamples[] = [
  {
    provider: 'cloudflare',
    liveHost: 'cloudflare.com',
    positives: [
      { text: dotenv('CLOUDFLARE_API_TOKEN', cf('cfut_', 'cf-1')), secret: cf('cfut_', 'cf-1'), rule: 'cloudflare-user-api-token' },
      { text: curlBearer('https://api.cloudflare.com/client/v4/user/tokens/verify', cf('cfut_', 'cf-2')), secret: cf('cfut_', 'cf-2'), rule: 'cloudflare-user-api-token' },
      { text: shellExport('CF_API_TOKEN', cfLegacyToken('cf-3')), secret: cfLegacyToken('cf-3'), rule: 'cloudflare-legacy-api-token' },
      { text: yamlEntry('cloudflare_api_token', cfLegacyToken('cf-4')), secret: cfLegacyToken('cf-4'), rule: 'cloudflare-legacy-api-token' },
      { text: curlBearer('https://api.cloudflare.com/client/v4/zones', cfLegacyToken('cf-5')), secret: cfLegacyToken('cf-5'), rule: 'cloudflare-legacy-api-token' },
    ],
    negatives: [
      { text: dotenv('CLOUDFLARE_API_TOKEN', cfBad('cfut_', 'cf-n1')), why: 'wrong CRC-32 tail' },
      { text: 'CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `cloudflare_api_token = "${fakeKey('cf-n3', HEX, 40)}"\n`, why: 'a 40-hex digest, not a mixed-case token' },
      { text: 'CLOUDFLARE_API_TOKEN=Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY\n', why: "Cloudflare's API reference example token" },
      { text: `see cfut_${fakeKey('cf-n5', ALNUM, 30)} (cut)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'cloudflare-account-token',
    liveHost: 'cloudflare.com',
    positives: [
      {
        text: `CLOUDFLARE_ACCOUNT_ID=${cfAccountId('cfa-1')}\nCLOUDFLARE_API_TOKEN=${cf('cfat_', 'cfa-1')}\n`,
        secret: cf('cfat_', 'cfa-1'),
        rule: 'cloudflare-account-api-token',
        pair: cfAccountId('cfa-1'),
      },
      {
        text: curlBearer(`https://api.cloudflare.com/client/v4/accounts/${cfAccountId('cfa-2')}/tokens/verify`, cf('cfat_', 'cfa-2')),
        secret: cf('cfat_', 'cfa-2'),
        rule: 'cloudflare-account-api-token',
        pair: cfAccountId('cfa-2'),
      },
      { text: jsonEntry('apiToken', cf('cfat_', 'cfa-3')), secret: cf('cfat_', 'cfa-3'), rule: 'cloudflare-account-api-token' },
    ],
    negatives: [
      { text: dotenv('CLOUDFLARE_API_TOKEN', cfBad('cfat_', 'cfa-n1')), why: 'wrong CRC-32 tail' },
      { text: 'CLOUDFLARE_API_TOKEN=cfat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: `CLOUDFLARE_ACCOUNT_ID=${cfAccountId('cfa-n3')}\n`, why: 'an account ID alone is not a secret' },
    ],
  },
  {
    provider: 'cloudflare-global-api-key',
    liveHost: 'cloudflare.com',
    positives: [
      {
        text: `CLOUDFLARE_EMAIL=ops@acme-widgets.io\nCLOUDFLARE_API_KEY=${cf('cfk_', 'cfg-1')}\n`,
        secret: cf('cfk_', 'cfg-1'),
        rule: 'cloudflare-global-api-key',
        pair: 'ops@acme-widgets.io',
      },
      {
        text: `curl https://api.cloudflare.com/client/v4/user \\\n  -H "X-Auth-Email: dev.team@northwind.dev" \\\n  -H "X-Auth-Key: ${cfLegacyKey('cfg-2')}"\n`,
        secret: cfLegacyKey('cfg-2'),
        rule: 'cloudflare-legacy-global-api-key',
        pair: 'dev.team@northwind.dev',
      },
      {
        text: `provider "cloudflare" {\n  email   = "infra@contoso.net"\n  api_key = "${cfLegacyKey('cfg-3', 45)}"\n}\n`,
        secret: cfLegacyKey('cfg-3', 45),
        rule: 'cloudflare-legacy-global-api-key',
        pair: 'infra@contoso.net',
      },
      { text: shellExport('CF_API_KEY', cfLegacyKey('cfg-4', 40)), secret: cfLegacyKey('cfg-4', 40), rule: 'cloudflare-legacy-global-api-key' },
    ],
    negatives: [
      { text: `CLOUDFLARE_ZONE_ID=${fakeKey('cfg-n1', HEX, 32)}\n`, why: 'a zone ID (32 hex), not a key' },
      { text: dotenv('CLOUDFLARE_API_KEY', cfBad('cfk_', 'cfg-n2')), why: 'wrong CRC-32 tail' },
      { text: 'curl -H "X-Auth-Key: $CLOUDFLARE_API_KEY" -H "X-Auth-Email: $CLOUDFLARE_EMAIL" https://api.cloudflare.com/client/v4/user\n', why: 'shell variables' },
    ],
  },
  {
    provider: 'cloudflare-origin-ca-key',
    positives: [
      { text: curlHeader('https://api.cloudflare.com/client/v4/certificates?zone_id=x', 'X-Auth-User-Service-Key', originCa('oca-1')), secret: originCa('oca-1'), rule: 'cloudflare-origin-ca-key' },
      { text: dotenv('CLOUDFLARE_API_USER_SERVICE_KEY', originCa('oca-2')), secret: originCa('oca-2'), rule: 'cloudflare-origin-ca-key' },
      { text: `apiVersion: v1\nkind: Secret\nstringData:\n  key: ${originCa('oca-3')}\n`, secret: originCa('oca-3'), rule: 'cloudflare-origin-ca-key' },
    ],
    negatives: [
      {
        text: 'X-Auth-User-Service-Key: v1.0-144c9defac04969c7bfad8ef-631a41d003a32d25fe878081ef365c49503f7fada600da935e2851a1c7326084b85cbf6429c4b859de8475731dc92a9c329631e6d59e6c73da7b198497172b4cefe071d90d0f5d2719\n',
        why: "Cloudflare's documentation example key",
      },
      { text: `key: v1.0-${fakeKey('oca-n2', HEX, 24)}-${fakeKey('oca-n2b', HEX, 60)}\n`, why: 'truncated' },
      { text: 'release: v1.0-beta-2 (see changelog)\n', why: 'a version string' },
    ],
  },
  {
    provider: 'fastly',
    liveHost: 'fastly.com',
    positives: [
      { text: dotenv('FASTLY_API_TOKEN', fastlyTok('fa-1')), secret: fastlyTok('fa-1'), rule: 'fastly-api-token' },
      { text: curlHeader('https://api.fastly.com/service', 'Fastly-Key', fastlyTok('fa-2')), secret: fastlyTok('fa-2'), rule: 'fastly-api-token' },
      { text: `provider "fastly" {\n  api_key = "${fastlyTok('fa-3')}"\n}\n`, secret: fastlyTok('fa-3'), rule: 'fastly-api-token' },
    ],
    negatives: [
      { text: 'export FASTLY_API_TOKEN=<API-Token>\n', why: 'template placeholder' },
      { text: `fastly_service_checksum = "${fakeKey('fa-n2', HEX, 32)}"\n`, why: 'a digest, not a key name' },
      { text: 'curl -H "Fastly-Key: $FASTLY_API_TOKEN" https://api.fastly.com/tokens/self\n', why: 'shell variable' },
    ],
  },
  {
    provider: 'akamai',
    positives: [
      {
        text: `[default]\nclient_secret = ${akSecret('ak-1')}\nhost = akab-${fakeKey('ak-1h', 'abcdefghijklmnopqrstuvwxyz0123456789', 16)}-${fakeKey('ak-1i', 'abcdefghijklmnopqrstuvwxyz0123456789', 16)}.luna.akamaiapis.net\naccess_token = ${akab('ak-1a')}\nclient_token = ${akab('ak-1c')}\n`,
        secret: akSecret('ak-1'),
        rule: 'akamai-edgegrid-client-secret',
        pair: akab('ak-1c'),
      },
      {
        text: `auth = EdgeGridAuth(\n    client_token="${akab('ak-2c')}",\n    client_secret="${akSecret('ak-2')}",\n    access_token="${akab('ak-2a')}",\n)\n`,
        secret: akSecret('ak-2'),
        rule: 'akamai-edgegrid-client-secret',
        pair: akab('ak-2c'),
      },
      {
        text: `AKAMAI_CLIENT_TOKEN=${akab('ak-3c')}\nAKAMAI_CLIENT_SECRET=${akSecret('ak-3')}\nAKAMAI_ACCESS_TOKEN=${akab('ak-3a')}\n`,
        secret: akSecret('ak-3'),
        rule: 'akamai-edgegrid-client-secret',
        pair: akab('ak-3c'),
      },
    ],
    negatives: [
      {
        text: '[default]\nhost = akaa-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.luna.akamaiapis.net/\nclient_token = akab-XXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX\nclient_secret = XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\naccess_token = akab-XXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXX\n',
        why: 'the EdgeGrid README placeholder section',
      },
      { text: 'client_secret = ${AKAMAI_CLIENT_SECRET}\nclient_token = ${AKAMAI_CLIENT_TOKEN}\n', why: 'variable references' },
      { text: 'eg = EdgeGrid(client_token="akab-your-client-token", client_secret="your-client-secret")\n', why: 'placeholder words' },
    ],
  },
  {
    provider: 'heroku',
    liveHost: 'heroku.com',
    positives: [
      { text: dotenv('HEROKU_API_KEY', hrku('hk-1')), secret: hrku('hk-1'), rule: 'heroku-api-key' },
      { text: yamlEntry('HEROKU_API_KEY', hrku('hk-2')), secret: hrku('hk-2'), rule: 'heroku-api-key' },
      { text: `machine api.heroku.com\n  login someone@acme-widgets.io\n  password ${uuid('hk-3')}\n`, secret: uuid('hk-3'), rule: 'heroku-legacy-api-key' },
      { text: jsonEntry('heroku_api_key', uuid('hk-4')), secret: uuid('hk-4'), rule: 'heroku-legacy-api-key' },
      {
        text: `curl https://api.heroku.com/apps -H "Accept: application/vnd.heroku+json; version=3" \\\n  -H "Authorization: Bearer ${uuid('hk-5')}"\n`,
        secret: uuid('hk-5'),
        rule: 'heroku-legacy-api-key',
      },
    ],
    negatives: [
      { text: `HEROKU_APP_ID=${uuid('hk-n1')}\n`, why: 'an app ID, not a key' },
      { text: 'HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}\n', why: 'Actions secret reference' },
      { text: 'HEROKU_API_KEY=cf0e05d9-4eca-4948-a012-b91fe9704bab\n', why: "the Platform API quickstart's example token" },
      { text: `token HRKU-AA${fakeKey('hk-n4', B64URL, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'flyio',
    liveHost: 'fly.io',
    positives: [
      {
        text: `export FLY_API_TOKEN="FlyV1 ${macaroon('fl-1a', 280, 'fm2', 'lJPECAAAAAAAC')},${macaroon('fl-1b', 160)}"\n`,
        secret: `${macaroon('fl-1a', 280, 'fm2', 'lJPECAAAAAAAC')},${macaroon('fl-1b', 160)}`,
        rule: 'flyio-macaroon-token',
      },
      { text: yamlEntry('FLY_ACCESS_TOKEN', `FlyV1 ${macaroon('fl-2', 320)}`), secret: macaroon('fl-2', 320), rule: 'flyio-macaroon-token' },
      { text: `access_token: ${macaroon('fl-3', 200, 'fm1r')}\n`, secret: macaroon('fl-3', 200, 'fm1r'), rule: 'flyio-macaroon-token' },
    ],
    negatives: [
      { text: 'export FLY_API_TOKEN="FlyV1 fm2_lJPE..."\n', why: 'elided example' },
      { text: 'FLY_API_TOKEN="FlyV1 fm2_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n', why: 'repeated-x placeholder' },
      { text: `expect(tokens).toEqual('fm2_${fakeKey('fl-n3', B64, 20)}')\n`, why: 'too short for a macaroon' },
    ],
  },
  {
    provider: 'flyio-auth-token',
    liveHost: 'fly.io',
    positives: [
      { text: dotenv('FLY_API_TOKEN', fo1('fo-1')), secret: fo1('fo-1'), rule: 'flyio-oauth-token' },
      { text: `access_token: ${fo1('fo-2')}\nemail: someone@acme-widgets.io\n`, secret: fo1('fo-2'), rule: 'flyio-oauth-token' },
      { text: curlBearer('https://api.machines.dev/v1/apps?org_slug=personal', fo1('fo-3', 48)), secret: fo1('fo-3', 48), rule: 'flyio-oauth-token' },
    ],
    negatives: [
      { text: 'FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'export FLY_API_TOKEN=fo1_...\n', why: 'elided placeholder' },
      { text: "require.Equal(t, \"fo1_foo\", cfg.Tokens.All())\n", why: 'test fixture, too short' },
    ],
  },
  {
    provider: 'render',
    liveHost: 'render.com',
    positives: [
      { text: dotenv('RENDER_API_KEY', rnd('rn-1')), secret: rnd('rn-1'), rule: 'render-api-key' },
      { text: curlBearer('https://api.render.com/v1/services?limit=20', rnd('rn-2', 32)), secret: rnd('rn-2', 32), rule: 'render-api-key' },
      { text: jsObject('apiKey', rnd('rn-3', 24)), secret: rnd('rn-3', 24), rule: 'render-api-key' },
    ],
    negatives: [
      { text: 'RENDER_API_KEY=rnd_xxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'RENDER_API_KEY=rnd_your_api_key_here\n', why: 'placeholder words' },
      { text: 'static int rnd_state_buffer_capacity_default;\n', why: 'identifier' },
    ],
  },
  {
    provider: 'railway',
    liveHost: 'railway.com',
    positives: [
      { text: dotenv('RAILWAY_API_TOKEN', uuid('rw-1')), secret: uuid('rw-1'), rule: 'railway-api-token' },
      { text: jsonEntry('railwayWorkspaceToken', uuid('rw-2')), secret: uuid('rw-2'), rule: 'railway-api-token' },
      {
        text: `curl https://backboard.railway.com/graphql/v2 \\\n  -H "Authorization: Bearer ${uuid('rw-3')}" \\\n  -d '{"query":"query { me { id } }"}'\n`,
        secret: uuid('rw-3'),
        rule: 'railway-api-token',
      },
    ],
    negatives: [
      { text: `RAILWAY_PROJECT_ID=${uuid('rw-n1')}\n`, why: 'a project ID, not a token' },
      { text: 'RAILWAY_API_TOKEN: ${{ secrets.RAILWAY_API_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'RAILWAY_API_TOKEN=00000000-0000-0000-0000-000000000000\n', why: 'all-zero placeholder' },
    ],
  },
  {
    provider: 'railway-project-token',
    liveHost: 'railway.com',
    positives: [
      { text: dotenv('RAILWAY_TOKEN', uuid('rp-1')), secret: uuid('rp-1'), rule: 'railway-project-token' },
      { text: curlHeader('https://backboard.railway.com/graphql/v2', 'Project-Access-Token', uuid('rp-2')), secret: uuid('rp-2'), rule: 'railway-project-token' },
      { text: `jobs:\n  deploy:\n    env:\n      RAILWAY_TOKEN: ${uuid('rp-3')}\n`, secret: uuid('rp-3'), rule: 'railway-project-token' },
    ],
    negatives: [
      { text: 'RAILWAY_TOKEN: ${{ secrets.RAILWAY_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `RAILWAY_ENVIRONMENT_ID=${uuid('rp-n2')}\n`, why: 'an environment ID, not a token' },
      { text: 'RAILWAY_TOKEN=<your-project-token>\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'netlify',
    liveHost: 'netlify.com',
    positives: [
      { text: dotenv('NETLIFY_AUTH_TOKEN', nf('nl-1')), secret: nf('nl-1'), rule: 'netlify-access-token' },
      { text: curlBearer('https://api.netlify.com/api/v1/sites', nf('nl-2', 'nfc')), secret: nf('nl-2', 'nfc'), rule: 'netlify-access-token' },
      { text: pyKwarg('NetlifyClient', 'access_token', nf('nl-3', 'nfo')), secret: nf('nl-3', 'nfo'), rule: 'netlify-access-token' },
      { text: yamlEntry('NETLIFY_AUTH_TOKEN', nf('nl-4', 'nfb')), secret: nf('nl-4', 'nfb'), rule: 'netlify-access-token' },
    ],
    negatives: [
      { text: 'NETLIFY_AUTH_TOKEN=nfp_YOUR_TOKEN_HERE\n', why: 'placeholder words' },
      { text: '[CrmPluginRegistration("msnfp_participationschedule")]\n', why: 'identifier' },
      { text: `NETLIFY_AUTH_TOKEN=nfp_${fakeKey('nl-n3', ALNUM, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'vercel-blob',
    positives: [
      { text: dotenvQuoted('BLOB_READ_WRITE_TOKEN', blob('vb-1')), secret: blob('vb-1'), rule: 'vercel-blob-read-write-token' },
      { text: jsObject('token', blob('vb-2')), secret: blob('vb-2'), rule: 'vercel-blob-read-write-token' },
      { text: `vercel blob list --rw-token ${blob('vb-3')}\n`, secret: blob('vb-3'), rule: 'vercel-blob-read-write-token' },
    ],
    negatives: [
      { text: 'BLOB_READ_WRITE_TOKEN="vercel_blob_rw_xxxxxxxxxxxxxx"\n', why: 'repeated-x placeholder' },
      { text: 'BLOB_READ_WRITE_TOKEN="vercel_blob_rw_..."\n', why: 'elided placeholder' },
      { text: 'BLOB_READ_WRITE_TOKEN=vercel_blob_rw_token\n', why: 'placeholder word' },
    ],
  },
  {
    provider: 'scaleway',
    liveHost: 'scaleway.com',
    positives: [
      {
        text: `SCW_ACCESS_KEY=${scwAccess('sc-1')}\nSCW_SECRET_KEY=${uuid('sc-1')}\n`,
        secret: uuid('sc-1'),
        rule: 'scaleway-secret-key',
        pair: scwAccess('sc-1'),
      },
      {
        text: `provider "scaleway" {\n  access_key = "${scwAccess('sc-2')}"\n  secret_key = "${uuid('sc-2')}"\n  region     = "fr-par"\n}\n`,
        secret: uuid('sc-2'),
        rule: 'scaleway-secret-key',
        pair: scwAccess('sc-2'),
      },
      {
        text: `profiles:\n  prod:\n    access_key: ${scwAccess('sc-3')}\n    secret_key: ${uuid('sc-3')}\n    default_region: nl-ams\n`,
        secret: uuid('sc-3'),
        rule: 'scaleway-secret-key',
        pair: scwAccess('sc-3'),
      },
      { text: shellExport('SCW_SECRET_KEY', uuid('sc-4')), secret: uuid('sc-4'), rule: 'scaleway-secret-key' },
    ],
    negatives: [
      { text: `SCW_DEFAULT_PROJECT_ID=${uuid('sc-n1')}\n`, why: 'a project ID, not a key' },
      { text: 'SCW_SECRET_KEY=${SCW_SECRET_KEY}\n', why: 'variable reference' },
      { text: 'const main = scaleway.iam.getApiKey({ accessKey: "SCWABCDEFGHIJKLMNOPQ" });\n', why: 'an access key alone is not a secret' },
    ],
  },
  {
    provider: 'vultr',
    liveHost: 'vultr.com',
    positives: [
      { text: dotenv('VULTR_API_KEY', vultrKey('vu-1')), secret: vultrKey('vu-1'), rule: 'vultr-api-key' },
      { text: `provider "vultr" {\n  api_key = "${vultrKey('vu-2')}"\n}\n`, secret: vultrKey('vu-2'), rule: 'vultr-api-key' },
      { text: jsObject('vultrApiKey', vultrKey('vu-3')), secret: vultrKey('vu-3'), rule: 'vultr-api-key' },
    ],
    negatives: [
      { text: 'export VULTR_API_KEY="YYYY"\n', why: 'placeholder' },
      { text: 'VULTR_API_KEY=your_api_key_here\n', why: 'placeholder words' },
      { text: `VULTR_INSTANCE_ID=${fakeKey('vu-n3', UPPER, 36)}\n`, why: 'not a key name, and no digits' },
    ],
  },
  {
    provider: 'linode',
    liveHost: 'linode.com',
    positives: [
      { text: dotenv('LINODE_TOKEN', linodeTok('li-1')), secret: linodeTok('li-1'), rule: 'linode-personal-access-token' },
      { text: `provider "linode" {\n  token = "${linodeTok('li-2')}"\n}\n`, secret: linodeTok('li-2'), rule: 'linode-personal-access-token' },
      { text: goAssign('linodeToken', linodeTok('li-3')), secret: linodeTok('li-3'), rule: 'linode-personal-access-token' },
    ],
    negatives: [
      { text: `linode_image_sha256: ${fakeKey('li-n1', HEX, 64)}\n`, why: 'a digest, not a token name' },
      { text: 'LINODE_TOKEN: ${{ secrets.LINODE_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'export LINODE_CLI_TOKEN=<your-personal-access-token>\n', why: 'template placeholder' },
    ],
  },
  {
    provider: 'hetzner-cloud',
    liveHost: 'hetzner.cloud',
    positives: [
      { text: shellExport('HCLOUD_TOKEN', hcloudTok('hz-1')), secret: hcloudTok('hz-1'), rule: 'hetzner-cloud-api-token' },
      { text: `provider "hcloud" {\n  token = "${hcloudTok('hz-2')}"\n}\n`, secret: hcloudTok('hz-2'), rule: 'hetzner-cloud-api-token' },
      { text: `- name: Create server\n  hetzner.hcloud.server:\n    api_token: ${hcloudTok('hz-3')}\n    name: my-server\n`, secret: hcloudTok('hz-3'), rule: 'hetzner-cloud-api-token' },
    ],
    negatives: [
      { text: "export HCLOUD_TOKEN='LRK9DAWQ1ZAEFSrCNEEzLCUwhYX1U3g7wMg4dTlkkDC96fyDuyJ39nVbVjCKSDfj'\n", why: "the hcloud guide's example token" },
      { text: 'HCLOUD_TOKEN: ${{ secrets.HCLOUD_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `hcloud_image_checksum_key = "${fakeKey('hz-n3', HEX, 64)}"\n`, why: 'a lowercase hex digest, not a mixed-case token' },
    ],
  },
  {
    provider: 'ovh',
    positives: [
      {
        text: `[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=${ovhAk('ov-1')}\napplication_secret=${ovh32('ov-1s')}\nconsumer_key=${ovh32('ov-1c')}\n`,
        secret: ovh32('ov-1s'),
        rule: 'ovh-application-secret',
        pair: ovhAk('ov-1'),
      },
      {
        text: `[default]\nendpoint=ovh-eu\n\n[ovh-eu]\napplication_key=${ovhAk('ov-1')}\napplication_secret=${ovh32('ov-1s')}\nconsumer_key=${ovh32('ov-1c')}\n`,
        secret: ovh32('ov-1c'),
        rule: 'ovh-consumer-key',
      },
      {
        text: `client = ovh.Client(\n    endpoint="ovh-eu",\n    application_key="${ovhAk('ov-2')}",\n    application_secret="${ovh32('ov-2s')}",\n    consumer_key="${ovh32('ov-2c')}",\n)\n`,
        secret: ovh32('ov-2s'),
        rule: 'ovh-application-secret',
        pair: ovhAk('ov-2'),
      },
      {
        text: `OVH_ENDPOINT=ovh-eu\nOVH_APPLICATION_KEY=${ovhAk('ov-3')}\nOVH_APPLICATION_SECRET=${ovh32('ov-3s')}\nOVH_CONSUMER_KEY=${ovh32('ov-3c')}\n`,
        secret: ovh32('ov-3c'),
        rule: 'ovh-consumer-key',
      },
    ],
    negatives: [
      { text: '[ovh-eu]\napplication_key=my_app_key\napplication_secret=my_application_secret\nconsumer_key=my_consumer_key\n', why: 'the SDK README placeholders' },
      { text: 'OVH_CONSUMER_KEY: ${{ secrets.OVH_CONSUMER_KEY }}\n', why: 'Actions secret reference' },
      { text: "client = OVH::Client.new(application_key: '<app key>', application_secret: '<app secret>', consumer_key: '<consumer key>')\n", why: 'template placeholders' },
    ],
  },
  {
    provider: 'digitalocean-refresh-token',
    positives: [
      { text: dotenv('DIGITALOCEAN_REFRESH_TOKEN', dor('dr-1')), secret: dor('dr-1'), rule: 'digitalocean-refresh-token' },
      { text: jsonEntry('refresh_token', dor('dr-2')), secret: dor('dr-2'), rule: 'digitalocean-refresh-token' },
      { text: tomlEntry('do_refresh_token', dor('dr-3')), secret: dor('dr-3'), rule: 'digitalocean-refresh-token' },
    ],
    negatives: [
      { text: 'refresh_token = "dor_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n', why: 'repeated-x placeholder' },
      { text: `"refresh_token": "dor_v1_${fakeKey('dr-n2', HEX, 30)}"\n`, why: 'truncated' },
      { text: `refresh_token = "dor_v1_${fakeKey('dr-n3', ALNUM, 64)}"\n`, why: 'wrong charset (not hex)' },
    ],
  },
];
