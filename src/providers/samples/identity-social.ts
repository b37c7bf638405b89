import { curlBearer, curlHeader, dotenv, jsonEntry, pyAssign, pyKwarg, shellExport, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

// ---------------------------------------------------------------- generated values

const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const uuid = (seed: string): string => {
  const h = fakeKey(seed, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
/** A number of `n` digits that does not start with 0. */
const digits = (seed: string, n: number): string => `${1 + (fakeKey(`${seed}-first`, DIGITS, 1).charCodeAt(0) % 9)}${fakeKey(seed, DIGITS, n - 1)}`;

const oktaToken = (seed: string): string => `00${fakeKey(seed, B64URL, 40)}`;

const auth0Secret = (seed: string): string => fakeKey(seed, B64URL, 64);
const auth0ClientId = (seed: string): string => fakeKey(`${seed}-id`, ALNUM, 32);
export const auth0Jwt = (seed: string, tenant = 'dev-k3xq7m2p.us', aud?: string): string =>
  `${b64url({ alg: 'RS256', typ: 'JWT', kid: fakeKey(`${seed}-kid`, B64URL, 22) })}.${b64url({
    iss: `https://${tenant}.auth0.com/`,
    sub: `${auth0ClientId(seed)}@clients`,
    aud: aud ?? `https://${tenant}.auth0.com/api/v2/`,
    iat: 1760000000,
    exp: 1760086400,
    scope: 'read:users read:clients',
    gty: 'client-credentials',
    azp: auth0ClientId(seed),
  })}.${fakeKey(seed, B64URL, 342)}`;

const hex64 = (seed: string): string => fakeKey(seed, HEX, 64);

const duoIkey = (seed: string): string => `DI${fakeKey(`${seed}-ikey`, UPPER_ALNUM, 18)}`;
const duoSkey = (seed: string): string => fakeKey(seed, ALNUM, 40);

const clerkKey = (seed: string, mode: 'live' | 'test' = 'live', n = 42): string => `sk_${mode}_${fakeKey(seed, ALNUM, n)}`;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const workosKey = (seed: string, mode = 'test_'): string =>
  `sk_${mode}${Buffer.from(`key_01${fakeKey(`${seed}-ulid`, CROCKFORD, 24)},${fakeKey(seed, ALNUM, 25)}`).toString('base64')}`;

const stytchSecret = (seed: string, mode: 'live' | 'test' = 'live'): string => `secret-${mode}-${fakeKey(seed, B64URL, 36)}`;
const stytchProject = (seed: string, mode: 'live' | 'test' = 'live'): string => `project-${mode}-${uuid(`${seed}-project`)}`;

const stKey = (seed: string, n = 32): string => fakeKey(seed, `${ALNUM}=-`, n);

export const xBearer = (seed: string): string =>
  `AAAAAAAAAAAAAAAAAAAAA${fakeKey(`${seed}-a`, ALNUM, 4)}AAAAAAAA${fakeKey(`${seed}-b`, ALNUM, 6)}%2B${fakeKey(`${seed}-c`, ALNUM, 20)}%3D${fakeKey(seed, ALNUM, 50)}`;
const xConsumerKey = (seed: string): string => fakeKey(`${seed}-ck`, ALNUM, 25);
const xConsumerSecret = (seed: string): string => fakeKey(seed, ALNUM, 50);
const xAccessToken = (seed: string): string => `${digits(`${seed}-uid`, 19)}-${fakeKey(`${seed}-at`, ALNUM, 31)}`;
const xAccessSecret = (seed: string): string => fakeKey(seed, ALNUM, 45);

const fbToken = (seed: string, n = 180): string => `EAAG${fakeKey(seed, ALNUM, n)}`;
const fbAppId = (seed: string): string => digits(`${seed}-app`, 15);
const fbSecret = (seed: string): string => fakeKey(seed, HEX, 32);

const liSecret = (seed: string): string => `WPL_AP1.${fakeKey(seed, ALNUM, 16)}.${fakeKey(`${seed}-t`, B64, 6)}==`;
const liLegacy = (seed: string): string => fakeKey(seed, ALNUM, 16);
const liClientId = (seed: string): string => `${fakeKey(`${seed}-id`, DIGITS, 2)}${fakeKey(`${seed}-id2`, LOWER_ALNUM, 12)}`;

const twitch30 = (seed: string): string => fakeKey(seed, LOWER_ALNUM, 30);

const hex32 = (seed: string): string => fakeKey(seed, HEX, 32);

const redditId = (seed: string): string => fakeKey(`${seed}-id`, B64URL, 22);
const redditSecret = (seed: string, n = 30): string => fakeKey(seed, B64URL, n);

export const mapboxToken = (seed: string, kind = 'sk'): string =>
  `${kind}.${b64url({ u: `carto${fakeKey(`${seed}-u`, LOWER, 5)}`, a: fakeKey(`${seed}-a`, LOWER_ALNUM, 25) })}.${fakeKey(seed, B64URL, 22)}`;

const hereKey = (seed: string): string => fakeKey(seed, B64URL, 43);
const hereSecret = (seed: string): string => fakeKey(seed, B64URL, 86);
const hereKeyId = (seed: string): string => fakeKey(`${seed}-id`, B64URL, 22);

const tomtomKey = (seed: string): string => fakeKey(seed, ALNUM, 32);

const algoliaAppId = (seed: string): string => fakeKey(`${seed}-app`, UPPER_ALNUM, 10);

const cfpat = (seed: string): string => `CFPAT-${fakeKey(seed, B64URL, 43)}`;
const cfDelivery = (seed: string): string => fakeKey(seed, B64URL, 43);
const cfSpace = (seed: string): string => fakeKey(`${seed}-space`, LOWER_ALNUM, 12);

const sanityToken = (seed: string, n = 180): string => `sk${fakeKey(seed, ALNUM, n)}`;

const sbToken = (seed: string): string => `${fakeKey(seed, ALNUM, 22)}tt`;
const sbPat = (seed: string): string => `${sbToken(seed)}-${digits(`${seed}-user`, 6)}-${fakeKey(`${seed}-pat`, B64URL, 20)}`;

const strapiToken = (seed: string): string => fakeKey(seed, HEX, 256);

export const prismicToken = (seed: string): string =>
  `${Buffer.from(`0.${fakeKey(`${seed}-id`, ALNUM, 16)}`).toString('base64url')}.${Buffer.from(
    `\uFFFD${fakeKey(`${seed}-a`, ALNUM, 3)}\uFFFD\uFFFD${fakeKey(`${seed}-b`, ALNUM, 9)}\uFFFD${fakeKey(`${seed}-c`, ALNUM, 12)}\uFFFD\uFFFD`,
  ).toString('base64url')}`;

const shippo = (seed: string, mode: 'live' | 'test' = 'live'): string => `shippo_${mode}_${fakeKey(seed, HEX, 40)}`;

const easypost = (seed: string, kind: 'A' | 'T' = 'A'): string => `EZ${kind}K${fakeKey(`${seed}-h`, HEX, 32)}${fakeKey(seed, ALNUM, 22)}`;

const fio = (seed: string): string => `fio-u-${fakeKey(seed, B64URL, 64)}`;

const adobeSecret = (seed: string): string => `p8e-${fakeKey(seed, B64URL, 32)}`;
const adobeClientId = (seed: string): string => fakeKey(`${seed}-id`, HEX, 32);

const rdme = (seed: string, marker = true): string => (marker ? `rdme_xn8s9h${fakeKey(seed, LOWER_ALNUM, 64)}` : `rdme_${fakeKey(seed, LOWER_ALNUM, 70)}`);

export const rapidKey = (seed: string): string =>
  `${fakeKey(`${seed}-a`, HEX, 10)}msh${fakeKey(`${seed}-b`, HEX, 15)}p${fakeKey(`${seed}-c`, HEX, 6)}jsn${fakeKey(`${seed}-d`, HEX, 12)}`;

// ---------------------------------------------------------------- samples

export const identitySocialSamples: ProviderSamples[] = [
  {
    provider: 'okta',
    positives: [
      { text: `OKTA_CLIENT_ORGURL=https://dev-41822907.okta.com\nOKTA_CLIENT_TOKEN=${oktaToken('ok-1')}\n`, secret: oktaToken('ok-1'), rule: 'okta-api-token' },
      { text: `curl -s https://acme.okta.com/api/v1/users?limit=1 \\\n  -H "Authorization: SSWS ${oktaToken('ok-2')}"\n`, secret: oktaToken('ok-2'), rule: 'okta-api-token' },
      { text: `provider "okta" {\n  org_name  = "acme"\n  base_url  = "okta.com"\n  api_token = "${oktaToken('ok-3')}"\n}\n`, secret: oktaToken('ok-3'), rule: 'okta-api-token' },
    ],
    negatives: [
      { text: 'Authorization: SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua\n', why: "the documentation's elided token" },
      { text: 'OKTA_API_TOKEN=${{ secrets.OKTA_API_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `build_id = "00${fakeKey('ok-n1', B64URL, 40)}"\n`, why: 'right shape without Okta nearby' },
    ],
  },
  {
    provider: 'auth0',
    positives: [
      {
        text: `AUTH0_DOMAIN=dev-k3xq7m2p.us.auth0.com\nAUTH0_CLIENT_ID=${auth0ClientId('a0-1')}\nAUTH0_CLIENT_SECRET=${auth0Secret('a0-1')}\n`,
        secret: auth0Secret('a0-1'),
        rule: 'auth0-client-secret',
        pair: auth0ClientId('a0-1'),
      },
      {
        text: `const management = new ManagementClient({\n  domain: 'acme.eu.auth0.com',\n  clientId: '${auth0ClientId('a0-2')}',\n  clientSecret: '${auth0Secret('a0-2')}',\n});\n`,
        secret: auth0Secret('a0-2'),
        rule: 'auth0-client-secret',
        pair: auth0ClientId('a0-2'),
      },
      { text: curlBearer('https://dev-k3xq7m2p.us.auth0.com/api/v2/users', auth0Jwt('a0-3')), secret: auth0Jwt('a0-3'), rule: 'auth0-access-token' },
      { text: shellExport('AUTH0_API_TOKEN', auth0Jwt('a0-4', 'acme')), secret: auth0Jwt('a0-4', 'acme'), rule: 'auth0-access-token' },
    ],
    negatives: [
      { text: 'AUTH0_CLIENT_SECRET=<your-auth0-client-secret>\n', why: 'template placeholder' },
      { text: "AUTH0_SECRET='use [openssl rand -hex 32] to generate a 32 bytes value'\n", why: 'nextjs-auth0 setup instructions' },
      { text: 'clientSecret: process.env.AUTH0_CLIENT_SECRET,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'onelogin',
    positives: [
      {
        text: `ONELOGIN_CLIENT_ID=${hex64('ol-1-id')}\nONELOGIN_CLIENT_SECRET=${hex64('ol-1')}\nONELOGIN_API_URL=https://acme.onelogin.com\n`,
        secret: hex64('ol-1'),
        rule: 'onelogin-client-secret',
        pair: hex64('ol-1-id'),
      },
      {
        text: `from onelogin.api.client import OneLoginClient\n\nclient = OneLoginClient(\n    client_id="${hex64('ol-2-id')}",\n    client_secret="${hex64('ol-2')}",\n    region="us",\n)\n`,
        secret: hex64('ol-2'),
        rule: 'onelogin-client-secret',
        pair: hex64('ol-2-id'),
      },
      {
        text: `onelogin:\n  client_id: ${hex64('ol-3-id')}\n  client_secret: ${hex64('ol-3')}\n`,
        secret: hex64('ol-3'),
        rule: 'onelogin-client-secret',
        pair: hex64('ol-3-id'),
      },
    ],
    negatives: [
      { text: 'ONELOGIN_CLIENT_SECRET=your_onelogin_client_secret\n', why: 'placeholder words' },
      { text: 'client_secret = os.environ["ONELOGIN_CLIENT_SECRET"]\n', why: 'env reference' },
      { text: `# onelogin release\nsha256sum: ${hex64('ol-n1')}\n`, why: 'a digest, not assigned to a secret name' },
    ],
  },
  {
    provider: 'duo',
    positives: [
      {
        text: `[duo]\nikey = ${duoIkey('duo-1')}\nskey = ${duoSkey('duo-1')}\nhost = api-1f2a3b4c.duosecurity.com\n`,
        secret: duoSkey('duo-1'),
        rule: 'duo-secret-key',
        pair: duoIkey('duo-1'),
      },
      {
        text: `admin_api = duo_client.Admin(\n    ikey="${duoIkey('duo-2')}",\n    skey="${duoSkey('duo-2')}",\n    host="api-9c8d7e6f.duosecurity.com",\n)\n`,
        secret: duoSkey('duo-2'),
        rule: 'duo-secret-key',
        pair: duoIkey('duo-2'),
      },
      {
        text: `DUO_CLIENT_ID=${duoIkey('duo-3')}\nDUO_CLIENT_SECRET=${duoSkey('duo-3')}\nDUO_API_HOST=api-5a6b7c8d.duosecurity.com\n`,
        secret: duoSkey('duo-3'),
        rule: 'duo-secret-key',
        pair: duoIkey('duo-3'),
      },
    ],
    negatives: [
      { text: '[duo]\nikey = DIXXXXXXXXXXXXXXXXXX\nskey = <your secret key>\n', why: 'template placeholders' },
      { text: `skey = ${fakeKey('duo-n1', HEX, 40)}\n`, why: 'a hex digest, no integration key' },
      { text: 'DUO_SKEY: ${{ secrets.DUO_SKEY }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'clerk',
    liveHost: 'clerk.com',
    positives: [
      { text: `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsuYWNtZS5leGFtcGxlLmNvbSQ\nCLERK_SECRET_KEY=${clerkKey('ck-1')}\n`, secret: clerkKey('ck-1'), rule: 'clerk-secret-key' },
      { text: `const clerkClient = createClerkClient({ secretKey: '${clerkKey('ck-2', 'test')}' });\n`, secret: clerkKey('ck-2', 'test'), rule: 'clerk-secret-key' },
      { text: curlBearer('https://api.clerk.com/v1/users?limit=10', clerkKey('ck-3', 'live', 40)), secret: clerkKey('ck-3', 'live', 40), rule: 'clerk-secret-key' },
    ],
    negatives: [
      { text: 'CLERK_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_Y29udmluY2luZy1yYXktNzIuY2xlcmsuYWNjb3VudHMuZGV2JA\n', why: 'publishable key (public)' },
      { text: 'CLERK_SECRET_KEY=sk_live_...\n', why: 'elided placeholder' },
    ],
  },
  {
    provider: 'workos',
    liveHost: 'workos.com',
    positives: [
      { text: dotenv('WORKOS_API_KEY', workosKey('wo-1')), secret: workosKey('wo-1'), rule: 'workos-api-key' },
      { text: `const workos = new WorkOS('${workosKey('wo-2', 'live_')}');\n`, secret: workosKey('wo-2', 'live_'), rule: 'workos-api-key' },
      { text: yamlEntry('WORKOS_API_KEY', workosKey('wo-3', '')), secret: workosKey('wo-3', ''), rule: 'workos-api-key' },
    ],
    negatives: [
      { text: "const workos = new WorkOS('sk_example_123456789');\n", why: "the documentation's example key" },
      { text: 'WORKOS_API_KEY=${WORKOS_API_KEY}\n', why: 'variable reference' },
      { text: `WORKOS_CLIENT_ID=client_01${fakeKey('wo-n1', '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}\n`, why: 'client ID (not secret)' },
    ],
  },
  {
    provider: 'stytch',
    liveHost: 'stytch.com',
    positives: [
      { text: `STYTCH_PROJECT_ID=${stytchProject('sy-1')}\nSTYTCH_SECRET=${stytchSecret('sy-1')}\n`, secret: stytchSecret('sy-1'), rule: 'stytch-secret', pair: stytchProject('sy-1') },
      {
        text: `client = stytch.Client(\n    project_id="${stytchProject('sy-2', 'test')}",\n    secret="${stytchSecret('sy-2', 'test')}",\n)\n`,
        secret: stytchSecret('sy-2', 'test'),
        rule: 'stytch-secret',
        pair: stytchProject('sy-2', 'test'),
      },
      { text: `curl https://test.stytch.com/v1/users/search -u '${stytchProject('sy-3', 'test')}:${stytchSecret('sy-3', 'test')}'\n`, secret: stytchSecret('sy-3', 'test'), rule: 'stytch-secret', pair: stytchProject('sy-3', 'test') },
    ],
    negatives: [
      { text: "client = stytch.Client(project_id='PROJECT_ID', secret='SECRET')\n", why: 'documentation placeholders' },
      { text: `STYTCH_PUBLIC_TOKEN=public-token-live-${uuid('sy-n1')}\n`, why: 'frontend public token' },
      { text: `secret-test-${fakeKey('sy-n2', B64URL, 10)} (truncated)\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'supertokens',
    positives: [
      { text: `SUPERTOKENS_CONNECTION_URI=https://st-dev-abc.aws.supertokens.io\nSUPERTOKENS_API_KEY=${stKey('st-1')}\n`, secret: stKey('st-1'), rule: 'supertokens-api-key' },
      {
        text: `supertokens.init({\n  supertokens: {\n    connectionURI: "https://try.supertokens.io",\n    apiKey: "${stKey('st-2', 40)}",\n  },\n});\n`,
        secret: stKey('st-2', 40),
        rule: 'supertokens-api-key',
      },
      { text: `init(\n    supertokens_config=SupertokensConfig(\n        connection_uri="http://localhost:3567",\n        api_key="${stKey('st-3', 24)}",\n    ),\n)\n`, secret: stKey('st-3', 24), rule: 'supertokens-api-key' },
    ],
    negatives: [
      { text: 'supertokens: { connectionURI: process.env.SUPERTOKENS_URI, apiKey: process.env.SUPERTOKENS_API_KEY },\n', why: 'env references' },
      { text: 'SUPERTOKENS_API_KEY=<your-api-key>\n', why: 'template placeholder' },
      { text: `# supertokens core\ncore_version: ${fakeKey('st-n1', LOWER, 8)}\n`, why: 'no API-key name' },
    ],
  },
  {
    provider: 'twitter',
    liveHost: 'x.com',
    positives: [
      { text: dotenv('TWITTER_BEARER_TOKEN', xBearer('tw-1')), secret: xBearer('tw-1'), rule: 'twitter-bearer-token' },
      { text: curlBearer('https://api.x.com/2/tweets/search/recent?query=keylint', xBearer('tw-2')), secret: xBearer('tw-2'), rule: 'twitter-bearer-token' },
      {
        text: `TWITTER_API_KEY=${xConsumerKey('tw-3')}\nTWITTER_API_SECRET=${xConsumerSecret('tw-3')}\n`,
        secret: xConsumerSecret('tw-3'),
        rule: 'twitter-api-key-secret',
        pair: xConsumerKey('tw-3'),
      },
      {
        text: `import tweepy\n\nauth = tweepy.OAuth1UserHandler(\n    consumer_key="${xConsumerKey('tw-4')}",\n    consumer_secret="${xConsumerSecret('tw-4')}",\n    access_token="${xAccessToken('tw-4')}",\n    access_token_secret="${xAccessSecret('tw-4')}",\n)\n`,
        secret: xAccessSecret('tw-4'),
        rule: 'twitter-access-token-secret',
        pair: xAccessToken('tw-4'),
      },
      {
        text: `twitter:\n  access_token: ${xAccessToken('tw-5')}\n  access_secret: ${xAccessSecret('tw-5')}\n`,
        secret: xAccessSecret('tw-5'),
        rule: 'twitter-access-token-secret',
        pair: xAccessToken('tw-5'),
      },
    ],
    negatives: [
      {
        text: 'curl "https://api.x.com/2/tweets?ids=1261326399320715264" -H "Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAFnz2wAAAAAAxTmQbp%2BIHDtAhTBbyNJon%2BA72K4%3DeIaigY0QBrv6Rp8KZQQLOTpo9ubw5Jt?WRE8avbi"\n',
        why: "the documentation's dummy bearer token",
      },
      { text: `icon = "data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAAAA${fakeKey('tw-n1', B64, 60)}"\n`, why: 'base64 zero bytes, not a token' },
      { text: 'TWITTER_CONSUMER_SECRET=${TWITTER_CONSUMER_SECRET}\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'facebook',
    liveHost: 'facebook.com',
    positives: [
      { text: dotenv('FACEBOOK_ACCESS_TOKEN', fbToken('fb-1')), secret: fbToken('fb-1'), rule: 'facebook-access-token' },
      { text: curlBearer('https://graph.facebook.com/v21.0/me/accounts', fbToken('fb-2', 230)), secret: fbToken('fb-2', 230), rule: 'facebook-access-token' },
      { text: `FB_APP_TOKEN=${fbAppId('fb-3')}|${fbSecret('fb-3')}\n`, secret: `${fbAppId('fb-3')}|${fbSecret('fb-3')}`, rule: 'facebook-app-access-token' },
      {
        text: `FACEBOOK_APP_ID=${fbAppId('fb-4')}\nFACEBOOK_APP_SECRET=${fbSecret('fb-4')}\n`,
        secret: fbSecret('fb-4'),
        rule: 'facebook-app-secret',
        pair: fbAppId('fb-4'),
      },
    ],
    negatives: [
      { text: 'FACEBOOK_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: `facebook_pixel_hash: ${fbSecret('fb-n1')}\n`, why: 'hex value under a name that is no secret, no app ID' },
      { text: `preview: "EAAG${fakeKey('fb-n2', ALNUM, 40)}"\n`, why: 'too short' },
    ],
  },
  {
    provider: 'linkedin',
    positives: [
      { text: `LINKEDIN_CLIENT_ID=${liClientId('li-1')}\nLINKEDIN_CLIENT_SECRET=${liSecret('li-1')}\n`, secret: liSecret('li-1'), rule: 'linkedin-client-secret', pair: liClientId('li-1') },
      { text: `SOCIAL_AUTH_LINKEDIN_OAUTH2_KEY = '${liClientId('li-2')}'\nSOCIAL_AUTH_LINKEDIN_OAUTH2_SECRET = '${liSecret('li-2')}'\n`, secret: liSecret('li-2'), rule: 'linkedin-client-secret', pair: liClientId('li-2') },
      {
        text: `linkedin:\n  client_id: ${liClientId('li-3')}\n  client_secret: ${liLegacy('li-3')}\n`,
        secret: liLegacy('li-3'),
        rule: 'linkedin-legacy-client-secret',
        pair: liClientId('li-3'),
      },
    ],
    negatives: [
      { text: 'placeholder="e.g. WPL_AP1.xxxxxxxx..."\n', why: 'placeholder' },
      { text: 'LINKEDIN_CLIENT_SECRET=${LINKEDIN_CLIENT_SECRET}\n', why: 'variable reference' },
      { text: `WPL_AP1.${fakeKey('li-n1', ALNUM, 9)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'twitch',
    positives: [
      {
        text: `TWITCH_CLIENT_ID=${twitch30('tc-1-id')}\nTWITCH_CLIENT_SECRET=${twitch30('tc-1')}\n`,
        secret: twitch30('tc-1'),
        rule: 'twitch-client-secret',
        pair: twitch30('tc-1-id'),
      },
      { text: `const client = new tmi.Client({\n  identity: { username: 'keylintbot', password: 'oauth:${twitch30('tc-2')}' },\n  channels: ['keylint'],\n});\n`, secret: twitch30('tc-2'), rule: 'twitch-access-token' },
      { text: dotenv('TWITCH_ACCESS_TOKEN', twitch30('tc-3')), secret: twitch30('tc-3'), rule: 'twitch-access-token' },
    ],
    negatives: [
      { text: "password: 'oauth:<your-token>'\n", why: 'template placeholder' },
      { text: 'TWITCH_CLIENT_SECRET=${TWITCH_CLIENT_SECRET}\n', why: 'variable reference' },
      { text: `TWITCH_CHANNEL=${fakeKey('tc-n1', LOWER, 30)}\n`, why: 'no token name, no digits' },
    ],
  },
  {
    provider: 'spotify',
    positives: [
      { text: `SPOTIPY_CLIENT_ID=${hex32('sp-1-id')}\nSPOTIPY_CLIENT_SECRET=${hex32('sp-1')}\n`, secret: hex32('sp-1'), rule: 'spotify-client-secret', pair: hex32('sp-1-id') },
      {
        text: `sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(\n    client_id="${hex32('sp-2-id')}",\n    client_secret="${hex32('sp-2')}",\n))\n`,
        secret: hex32('sp-2'),
        rule: 'spotify-client-secret',
        pair: hex32('sp-2-id'),
      },
      { text: `{\n  "spotify": {\n    "clientId": "${hex32('sp-3-id')}",\n    "clientSecret": "${hex32('sp-3')}"\n  }\n}\n`, secret: hex32('sp-3'), rule: 'spotify-client-secret', pair: hex32('sp-3-id') },
    ],
    negatives: [
      { text: 'SPOTIFY_CLIENT_SECRET=your_spotify_client_secret\n', why: 'placeholder words' },
      { text: `# spotify playlist\ntrack_hash: ${hex32('sp-n1')}\n`, why: 'hex value under a name that is no secret' },
      { text: 'client_secret=os.getenv("SPOTIFY_CLIENT_SECRET")\n', why: 'env reference' },
    ],
  },
  {
    provider: 'reddit',
    positives: [
      { text: `# praw.ini\n[keylint_bot]\nclient_id=${redditId('rd-1')}\nclient_secret=${redditSecret('rd-1')}\nuser_agent=keylint by u/reddit_user\n`, secret: redditSecret('rd-1'), rule: 'reddit-client-secret', pair: redditId('rd-1') },
      {
        text: `reddit = praw.Reddit(\n    client_id="${redditId('rd-2')}",\n    client_secret="${redditSecret('rd-2', 27)}",\n    user_agent="keylint",\n)\n`,
        secret: redditSecret('rd-2', 27),
        rule: 'reddit-client-secret',
        pair: redditId('rd-2'),
      },
      { text: `REDDIT_CLIENT_ID=${redditId('rd-3')}\nREDDIT_CLIENT_SECRET=${redditSecret('rd-3')}\n`, secret: redditSecret('rd-3'), rule: 'reddit-client-secret', pair: redditId('rd-3') },
    ],
    negatives: [
      { text: 'reddit = praw.Reddit(client_id="CLIENT_ID", client_secret="CLIENT_SECRET", user_agent="bot")\n', why: 'placeholders' },
      { text: 'REDDIT_CLIENT_SECRET=${REDDIT_CLIENT_SECRET}\n', why: 'variable reference' },
      { text: `reddit post id: t3_${fakeKey('rd-n1', LOWER_ALNUM, 7)}\n`, why: 'post ID' },
    ],
  },
  {
    provider: 'mapbox',
    positives: [
      { text: dotenv('MAPBOX_DOWNLOADS_TOKEN', mapboxToken('mb-1')), secret: mapboxToken('mb-1'), rule: 'mapbox-secret-token' },
      { text: `curl "https://api.mapbox.com/tokens/v2/cartoabc?access_token=${mapboxToken('mb-2')}"\n`, secret: mapboxToken('mb-2'), rule: 'mapbox-secret-token' },
      { text: `MAPBOX_SECRET_TOKEN: ${mapboxToken('mb-3')}\n`, secret: mapboxToken('mb-3'), rule: 'mapbox-secret-token' },
    ],
    negatives: [
      { text: `mapboxgl.accessToken = '${mapboxToken('mb-n1', 'pk')}';\n`, why: 'public pk. token, meant for the browser' },
      { text: 'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiWU9VUl9VU0VSTkFNRSIsImEiOiJ...\n', why: 'elided placeholder' },
      { text: `token = "sk.${Buffer.from('not json').toString('base64url')}eyJ.${fakeKey('mb-n2', B64URL, 22)}"\n`, why: 'no user JSON in the payload' },
    ],
  },
  {
    provider: 'here',
    positives: [
      { text: dotenv('HERE_API_KEY', hereKey('he-1')), secret: hereKey('he-1'), rule: 'here-api-key' },
      { text: `fetch(\`https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117+Berlin&apiKey=${hereKey('he-2')}\`)\n`, secret: hereKey('he-2'), rule: 'here-api-key' },
      {
        text: `here.user.id = HERE-${uuid('he-3-user')}\nhere.client.id = ${fakeKey('he-3-client', B64URL, 20)}\nhere.access.key.id = ${hereKeyId('he-3')}\nhere.access.key.secret = ${hereSecret('he-3')}\nhere.token.endpoint.url = https://account.api.here.com/oauth2/token\n`,
        secret: hereSecret('he-3'),
        rule: 'here-access-key-secret',
        pair: hereKeyId('he-3'),
      },
    ],
    negatives: [
      { text: 'HERE_API_KEY=<your-here-api-key>\n', why: 'template placeholder' },
      { text: `// put the value here: ${fakeKey('he-n1', LOWER, 20)}\n`, why: 'the word "here", no key name' },
      { text: 'here.access.key.secret = ${HERE_ACCESS_KEY_SECRET}\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'tomtom',
    positives: [
      { text: dotenv('TOMTOM_API_KEY', tomtomKey('tt-1')), secret: tomtomKey('tt-1'), rule: 'tomtom-api-key' },
      { text: `const url = "https://api.tomtom.com/search/2/geocode/Amsterdam.json?key=${tomtomKey('tt-2')}";\n`, secret: tomtomKey('tt-2'), rule: 'tomtom-api-key' },
      {
        text: `import tt from '@tomtom-international/web-sdk-maps';\n\nconst map = tt.map({\n  key: '${tomtomKey('tt-3')}',\n  container: 'map',\n});\n`,
        secret: tomtomKey('tt-3'),
        rule: 'tomtom-api-key',
      },
    ],
    negatives: [
      { text: 'TOMTOM_API_KEY=YOUR_API_KEY\n', why: 'placeholder' },
      { text: 'const key = process.env.TOMTOM_API_KEY;\n', why: 'env reference' },
      { text: `tomtom release ${fakeKey('tt-n1', LOWER, 32)}\n`, why: 'no key name' },
    ],
  },
  {
    provider: 'algolia',
    liveHost: 'algolia.net',
    positives: [
      { text: `ALGOLIA_APP_ID=${algoliaAppId('al-1')}\nALGOLIA_ADMIN_KEY=${hex32('al-1')}\n`, secret: hex32('al-1'), rule: 'algolia-admin-key', pair: algoliaAppId('al-1') },
      { text: `algolia:\n  application_id: ${algoliaAppId('al-2')}\n  write_api_key: ${hex32('al-2')}\n`, secret: hex32('al-2'), rule: 'algolia-admin-key', pair: algoliaAppId('al-2') },
      { text: `const algolia = {\n  appId: '${algoliaAppId('al-3')}',\n  adminApiKey: '${hex32('al-3')}',\n};\n`, secret: hex32('al-3'), rule: 'algolia-admin-key', pair: algoliaAppId('al-3') },
    ],
    negatives: [
      { text: 'ALGOLIA_ADMIN_KEY=YourAdminAPIKey\n', why: 'placeholder' },
      { text: "const client = algoliasearch('latency', '6be0576ff61c053d5f9a3225e2a90f76');\n", why: "Algolia's public demo search key, positional" },
      { text: 'ALGOLIA_ADMIN_KEY: ${{ secrets.ALGOLIA_ADMIN_KEY }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'contentful',
    liveHost: 'contentful.com',
    positives: [
      { text: dotenv('CONTENTFUL_MANAGEMENT_TOKEN', cfpat('cf-1')), secret: cfpat('cf-1'), rule: 'contentful-personal-access-token' },
      { text: curlBearer('https://api.contentful.com/spaces', cfpat('cf-2')), secret: cfpat('cf-2'), rule: 'contentful-personal-access-token' },
      {
        text: `const client = contentful.createClient({\n  space: '${cfSpace('cf-3')}',\n  accessToken: '${cfDelivery('cf-3')}',\n});\n`,
        secret: cfDelivery('cf-3'),
        rule: 'contentful-access-token',
        pair: cfSpace('cf-3'),
      },
      { text: `CONTENTFUL_SPACE_ID=${cfSpace('cf-4')}\nCONTENTFUL_PREVIEW_TOKEN=${cfDelivery('cf-4')}\n`, secret: cfDelivery('cf-4'), rule: 'contentful-access-token', pair: cfSpace('cf-4') },
    ],
    negatives: [
      { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-<your-token>\n', why: 'template placeholder' },
      { text: 'accessToken: process.env.CONTENTFUL_DELIVERY_TOKEN,\n', why: 'env reference' },
      { text: `CFPAT-${fakeKey('cf-n1', B64URL, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'sanity',
    liveHost: 'sanity.io',
    positives: [
      { text: dotenv('SANITY_API_TOKEN', sanityToken('sa-1')), secret: sanityToken('sa-1'), rule: 'sanity-api-token' },
      {
        text: `import { createClient } from '@sanity/client';\n\nexport const client = createClient({\n  projectId: 'k3xq7m2p',\n  dataset: 'production',\n  token: '${sanityToken('sa-2', 78)}',\n});\n`,
        secret: sanityToken('sa-2', 78),
        rule: 'sanity-api-token',
      },
      { text: curlBearer('https://k3xq7m2p.api.sanity.io/v2021-06-07/data/query/production', sanityToken('sa-3', 150)), secret: sanityToken('sa-3', 150), rule: 'sanity-api-token' },
    ],
    negatives: [
      { text: `sku_list = ["sk${fakeKey('sa-n1', ALNUM, 90)}"]\n`, why: 'right shape without "sanity" nearby' },
      { text: 'SANITY_API_TOKEN=<paste-token>\n', why: 'template placeholder' },
      { text: 'token: process.env.SANITY_API_READ_TOKEN,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'storyblok',
    positives: [
      { text: dotenv('STORYBLOK_PREVIEW_TOKEN', sbToken('sb-1')), secret: sbToken('sb-1'), rule: 'storyblok-access-token' },
      { text: shellExport('STORYBLOK_PERSONAL_ACCESS_TOKEN', sbPat('sb-2')), secret: sbPat('sb-2'), rule: 'storyblok-access-token' },
      {
        text: `storyblokInit({\n  accessToken: '${sbToken('sb-3')}',\n  use: [apiPlugin],\n});\n`,
        secret: sbToken('sb-3'),
        rule: 'storyblok-access-token',
      },
    ],
    negatives: [
      { text: `STORYBLOK_PUBLIC_TOKEN=${sbToken('sb-n1')}\n`, why: 'public token (published content only)' },
      { text: 'storyblokInit({ accessToken: "YOUR_ACCESS_TOKEN", use: [apiPlugin] });\n', why: 'documentation placeholder' },
      { text: 'STORYBLOK_PERSONAL_ACCESS_TOKEN=your-pat-here\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'strapi',
    positives: [
      { text: `STRAPI_URL=https://cms.example.org\nSTRAPI_API_TOKEN=${strapiToken('sr-1')}\n`, secret: strapiToken('sr-1'), rule: 'strapi-api-token' },
      {
        text: `const strapi = axios.create({\n  baseURL: 'https://cms.acme.io/api',\n  headers: { Authorization: 'Bearer ${strapiToken('sr-2')}' },\n});\n`,
        secret: strapiToken('sr-2'),
        rule: 'strapi-api-token',
      },
      { text: `[strapi]\ntoken = "${strapiToken('sr-3')}"\n`, secret: strapiToken('sr-3'), rule: 'strapi-api-token' },
    ],
    negatives: [
      { text: 'STRAPI_API_TOKEN=<token from Settings > API Tokens>\n', why: 'template placeholder' },
      { text: "headers: { Authorization: `Bearer ${process.env.STRAPI_API_TOKEN}` },\n", why: 'env reference' },
      { text: `# strapi build\nchecksum: ${fakeKey('sr-n1', HEX, 64)}\n`, why: 'digest of another length, no token name' },
    ],
  },
  {
    provider: 'prismic',
    positives: [
      { text: `PRISMIC_REPOSITORY_NAME=acme-site\nPRISMIC_ACCESS_TOKEN=${prismicToken('pr-1')}\n`, secret: prismicToken('pr-1'), rule: 'prismic-access-token' },
      { text: `const client = prismic.createClient('acme-site', {\n  accessToken: '${prismicToken('pr-2')}',\n});\n`, secret: prismicToken('pr-2'), rule: 'prismic-access-token' },
      { text: `{\n  "prismic": {\n    "repositoryName": "acme",\n    "accessToken": "${prismicToken('pr-3')}"\n  }\n}\n`, secret: prismicToken('pr-3'), rule: 'prismic-access-token' },
    ],
    negatives: [
      { text: "const client = prismic.createClient('acme', { accessToken: 'your-access-token' });\n", why: 'placeholder' },
      { text: 'PRISMIC_ACCESS_TOKEN=${PRISMIC_ACCESS_TOKEN}\n', why: 'variable reference' },
      { text: `# prismic\nversion: MC5${fakeKey('pr-n1', ALNUM, 8)}\n`, why: 'truncated, no second part' },
    ],
  },
  {
    provider: 'shippo',
    liveHost: 'goshippo.com',
    positives: [
      { text: dotenv('SHIPPO_API_KEY', shippo('sh-1')), secret: shippo('sh-1'), rule: 'shippo-api-token' },
      { text: curlHeader('https://api.goshippo.com/shipments/', 'Authorization', `ShippoToken ${shippo('sh-2', 'test')}`), secret: shippo('sh-2', 'test'), rule: 'shippo-api-token' },
      { text: pyKwarg('shippo.Shippo', 'api_key_header', shippo('sh-3')), secret: shippo('sh-3'), rule: 'shippo-api-token' },
    ],
    negatives: [
      { text: 'SHIPPO_API_KEY=shippo_test_<your_token>\n', why: 'template placeholder' },
      { text: `shippo_live_${fakeKey('sh-n1', HEX, 20)}\n`, why: 'truncated' },
      { text: `ref = "shippo_live_${fakeKey('sh-n2', UPPER_ALNUM, 40)}"\n`, why: 'wrong charset (not lower-case hex)' },
    ],
  },
  {
    provider: 'easypost',
    liveHost: 'easypost.com',
    positives: [
      { text: pyAssign('easypost.api_key', easypost('ep-1')), secret: easypost('ep-1'), rule: 'easypost-api-key' },
      { text: dotenv('EASYPOST_API_KEY', easypost('ep-2', 'T')), secret: easypost('ep-2', 'T'), rule: 'easypost-api-key' },
      { text: `const client = new EasyPostClient('${easypost('ep-3')}');\n`, secret: easypost('ep-3'), rule: 'easypost-api-key' },
    ],
    negatives: [
      { text: 'EASYPOST_API_KEY=EZTK...\n', why: 'elided placeholder' },
      { text: 'EASYPOST_API_KEY=EZTK_your_test_key_here\n', why: 'placeholder words' },
      { text: `key = "EZAK${fakeKey('ep-n1', HEX, 32)}"\n`, why: 'truncated (no 22-char tail)' },
    ],
  },
  {
    provider: 'frameio',
    liveHost: 'frame.io',
    positives: [
      { text: `client = FrameioClient("${fio('fi-1')}")\n`, secret: fio('fi-1'), rule: 'frameio-developer-token' },
      { text: curlBearer('https://api.frame.io/v2/me', fio('fi-2')), secret: fio('fi-2'), rule: 'frameio-developer-token' },
      { text: yamlEntry('FRAMEIO_TOKEN', fio('fi-3')), secret: fio('fi-3'), rule: 'frameio-developer-token' },
    ],
    negatives: [
      { text: 'FRAMEIO_TOKEN=fio-u-<your-developer-token>\n', why: 'template placeholder' },
      { text: `fio-u-${fakeKey('fi-n1', B64URL, 30)}\n`, why: 'truncated' },
      { text: 'token = os.getenv("FRAMEIO_TOKEN")\n', why: 'env reference' },
    ],
  },
  {
    provider: 'adobe',
    positives: [
      { text: `ADOBE_CLIENT_ID=${adobeClientId('ad-1')}\nADOBE_CLIENT_SECRET=${adobeSecret('ad-1')}\n`, secret: adobeSecret('ad-1'), rule: 'adobe-client-secret', pair: adobeClientId('ad-1') },
      { text: jsonEntry('CLIENT_SECRET', adobeSecret('ad-2')), secret: adobeSecret('ad-2'), rule: 'adobe-client-secret' },
      { text: `curl -X POST 'https://ims-na1.adobelogin.com/ims/token/v3' \\\n  -d 'grant_type=client_credentials&client_id=${adobeClientId('ad-3')}&client_secret=${adobeSecret('ad-3')}'\n`, secret: adobeSecret('ad-3'), rule: 'adobe-client-secret', pair: adobeClientId('ad-3') },
    ],
    negatives: [
      { text: 'ADOBE_CLIENT_SECRET=p8e-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'placeholder' },
      { text: `ADOBE_IMS_CLIENT_SECRET=p8e-${fakeKey('ad-n1', B64URL, 10)}-....\n`, why: 'truncated' },
      { text: 'clientSecret: process.env.ADOBE_CLIENT_SECRET,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'readme',
    liveHost: 'readme.com',
    positives: [
      { text: 'rdme openapi ./openapi.json --key=' + rdme('rm-1') + '\n', secret: rdme('rm-1'), rule: 'readme-api-key' },
      { text: dotenv('README_API_KEY', rdme('rm-2', false)), secret: rdme('rm-2', false), rule: 'readme-api-key' },
      { text: `app.use(readme.metrics('${rdme('rm-3')}', (req) => ({ apiKey: req.user.key })));\n`, secret: rdme('rm-3'), rule: 'readme-api-key' },
    ],
    negatives: [
      { text: 'README_API_KEY=rdme_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'key: ${{ secrets.README_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `rdme_xn8s9h${fakeKey('rm-n1', LOWER_ALNUM, 20)}\n`, why: 'truncated' },
    ],
  },
  {
    provider: 'rapidapi',
    positives: [
      {
        text: `const options = {\n  method: 'GET',\n  headers: {\n    'X-RapidAPI-Key': '${rapidKey('ra-1')}',\n    'X-RapidAPI-Host': 'weatherapi-com.p.rapidapi.com',\n  },\n};\n`,
        secret: rapidKey('ra-1'),
        rule: 'rapidapi-key',
      },
      { text: dotenv('RAPIDAPI_KEY', rapidKey('ra-2')), secret: rapidKey('ra-2'), rule: 'rapidapi-key' },
      { text: curlHeader('https://imdb8.p.rapidapi.com/auto-complete?q=game', 'x-rapidapi-key', rapidKey('ra-3')), secret: rapidKey('ra-3'), rule: 'rapidapi-key' },
    ],
    negatives: [
      { text: "'X-RapidAPI-Key': 'SIGN-UP-FOR-KEY',\n", why: 'documentation placeholder' },
      { text: "headers: { 'x-rapidapi-key': process.env.RAPIDAPI_KEY },\n", why: 'env reference' },
      { text: `'X-Request-Id': '${fakeKey('ra-n1', HEX, 50)}',\n`, why: 'hex without the msh/jsn markers' },
    ],
  },
];

