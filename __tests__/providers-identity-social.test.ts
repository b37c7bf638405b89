/**
 * Identity/social group records beyond the shared sample tests: keys that share Stripe's
 * prefixes (Clerk, WorkOS), JWTs attributed by issuer (Auth0), structural checks (X bearer
 * tokens, Mapbox, Prismic), name-dependent rules (Algolia admin keys, Storyblok public tokens),
 * required pairs, the `interpret` functions and the live requests they build.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest } from '../src/health/live.js';
import {
  algolia,
  easypost,
  facebook,
  interpretAlgolia,
  interpretGraph,
  interpretStytch,
  isAuth0Jwt,
  isMapboxToken,
  isPrismicToken,
  isWorkosKey,
  mapbox,
  shippo,
  stytch,
  twitter,
} from '../src/providers/records/identity-social.js';
import { ALNUM, B64URL, HEX, fakeKey } from '../src/providers/samples/fake.js';
import { auth0Jwt, mapboxToken, prismicToken, workosKey, xBearer } from '../src/providers/samples/identity-social.js';
import type { LiveResponse } from '../src/providers/types.js';

const scan = (text: string) => scanText(text, 'config.env');
const rulesOf = (text: string): string[] => scan(text).map((f) => f.rule);
const res = (status: number, json?: unknown): LiveResponse => ({ status, headers: {}, body: json === undefined ? '' : JSON.stringify(json), json });

describe('keys with Stripe-shaped prefixes', () => {
  const clerkKey = `sk_live_${fakeKey('t-clerk', ALNUM, 42)}`;

  test('a Clerk key is Clerk\'s only with "clerk" before it; otherwise Stripe\'s rule keeps it', () => {
    expect(rulesOf(`CLERK_SECRET_KEY=${clerkKey}\n`)).toEqual(['clerk-secret-key']);
    expect(rulesOf(`STRIPE_SECRET_KEY=${clerkKey}\n`)).toEqual(['stripe-secret-key']);
  });

  test('the Clerk finding starts at the nearest "clerk", not at an earlier line', () => {
    const text = `# Clerk\nCLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsuYQ\nCLERK_SECRET_KEY=${clerkKey}\n`;
    const [f] = scan(text);
    expect([f?.rule, f?.line, f?.secret.reveal()]).toEqual(['clerk-secret-key', 3, clerkKey]);
  });

  test('test-mode Clerk keys are low confidence', () => {
    const [f] = scan(`CLERK_SECRET_KEY=sk_test_${fakeKey('t-clerk2', ALNUM, 42)}\n`);
    expect([f?.rule, f?.confidence]).toEqual(['clerk-secret-key', 'low']);
  });

  test('WorkOS keys decode to key_<ULID>,<secret>; one that does not is not WorkOS\'s', () => {
    expect(isWorkosKey(workosKey('t-wo'))).toBe(true);
    expect(rulesOf(`WORKOS_API_KEY=${workosKey('t-wo')}\n`)).toEqual(['workos-api-key']);
    const forged = `sk_test_a2V5XzAx${fakeKey('t-wo2', ALNUM, 60)}`;
    expect(isWorkosKey(forged)).toBe(false);
    expect(rulesOf(`WORKOS_API_KEY=${forged}\n`)).not.toContain('workos-api-key');
  });
});

describe('Auth0 JWTs, attributed by issuer', () => {
  test('a Management API token is high confidence, another Auth0-issued token medium', () => {
    const mgmt = auth0Jwt('t-a0');
    const other = auth0Jwt('t-a0b', 'acme.eu', 'https://api.acme.example/');
    expect([isAuth0Jwt(mgmt), isAuth0Jwt(other)]).toEqual([true, true]);
    expect(scan(`AUTH0_API_TOKEN=${mgmt}\n`).map((f) => [f.rule, f.confidence])).toEqual([['auth0-access-token', 'high']]);
    expect(scan(`ACCESS_TOKEN=${other}\n`).map((f) => [f.rule, f.confidence])).toEqual([['auth0-access-token', 'medium']]);
  });

  test('an issuer that only mentions auth0.com is not Auth0', () => {
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const fake = `${b64({ alg: 'RS256' })}.${b64({ iss: 'https://evil.example/?auth0.com/' })}.${fakeKey('t-a0c', B64URL, 86)}`;
    expect(isAuth0Jwt(fake)).toBe(false);
    expect(rulesOf(`TOKEN=${fake}\n`)).not.toContain('auth0-access-token');
  });
});

describe('structural checks', () => {
  test('X bearer tokens: generated ones pass, the documentation dummy and base64 zero runs do not', () => {
    expect(rulesOf(`TWITTER_BEARER_TOKEN=${xBearer('t-x')}\n`)).toEqual(['twitter-bearer-token']);
    expect(rulesOf('Bearer AAAAAAAAAAAAAAAAAAAAAFnz2wAAAAAAxTmQbp%2BIHDtAhTBbyNJon%2BA72K4%3DeIaigY0QBrv6Rp8KZQQLOTpo9ubw5Jt?WRE8avbi\n')).toEqual([]);
    expect(rulesOf(`"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D${'A'.repeat(30)}"\n`)).toEqual([]);
  });

  test('Mapbox: secret tokens only, with user JSON in the payload', () => {
    expect(isMapboxToken(mapboxToken('t-mb'))).toBe(true);
    expect(rulesOf(`MAPBOX_ACCESS_TOKEN=${mapboxToken('t-mb')}\n`)).toEqual(['mapbox-secret-token']);
    expect(rulesOf(`MAPBOX_ACCESS_TOKEN=${mapboxToken('t-mb', 'pk')}\n`).filter((r) => r.startsWith('mapbox'))).toEqual([]);
  });

  test('Prismic: the first part decodes to 0.<id>', () => {
    expect(isPrismicToken(prismicToken('t-pr'))).toBe(true);
    expect(isPrismicToken(`MC5${fakeKey('t-pr2', ALNUM, 21)}.${fakeKey('t-pr3', B64URL, 60)}`)).toBe(false);
  });

  test('RapidAPI keys need their msh/p/jsn markers in place', () => {
    const key = `${fakeKey('r1', HEX, 10)}msh${fakeKey('r2', HEX, 15)}p${fakeKey('r3', HEX, 6)}jsn${fakeKey('r4', HEX, 12)}`;
    expect(rulesOf(`'x-rapidapi-key': '${key}'\n`)).toEqual(['rapidapi-key']);
    expect(rulesOf(`'x-rapidapi-key': '${key.replace('jsn', 'jsm')}'\n`)).not.toContain('rapidapi-key');
  });
});

describe('names decide', () => {
  const hex = fakeKey('t-al', HEX, 32);

  test('Algolia: admin/write names are reported with the app ID; search-key names are not Algolia findings', () => {
    const f = scan(`ALGOLIA_APP_ID=K7QW2ZB4XN\nALGOLIA_ADMIN_KEY=${hex}\n`).filter((x) => x.provider === 'algolia');
    expect(f.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['algolia-admin-key', 'K7QW2ZB4XN']]);
    expect(scan(`ALGOLIA_APP_ID=K7QW2ZB4XN\nALGOLIA_SEARCH_KEY=${hex}\n`).filter((x) => x.provider === 'algolia')).toEqual([]);
  });

  test('Storyblok: a token named public is not reported', () => {
    const token = `${fakeKey('t-sb', ALNUM, 22)}tt`;
    expect(rulesOf(`STORYBLOK_PREVIEW_TOKEN=${token}\n`)).toEqual(['storyblok-access-token']);
    expect(scan(`STORYBLOK_PUBLIC_TOKEN=${token}\n`).filter((x) => x.provider === 'storyblok')).toEqual([]);
  });

  test('required pairs: a Facebook app secret or a Spotify secret alone is not theirs', () => {
    const secret = fakeKey('t-fb', HEX, 32);
    expect(scan(`FACEBOOK_APP_SECRET=${secret}\n`).filter((x) => x.provider === 'facebook')).toEqual([]);
    expect(scan(`FACEBOOK_APP_ID=417839205618273\nFACEBOOK_APP_SECRET=${secret}\n`).filter((x) => x.provider === 'facebook').map((x) => x.pair?.secret.reveal())).toEqual([
      '417839205618273',
    ]);
    expect(scan(`SPOTIFY_CLIENT_SECRET=${secret}\n`).filter((x) => x.provider === 'spotify')).toEqual([]);
  });
});

describe('interpret', () => {
  test('Stytch: 401 and credential errors are invalid; the probe user\'s 404 (or a B2B 400) proves the pair', () => {
    expect(interpretStytch(res(401, { status_code: 401, error_type: 'unauthorized_credentials', error_message: 'Unauthorized credentials.' }))?.status).toBe('invalid');
    expect(interpretStytch(res(404, { status_code: 404, error_type: 'user_not_found', error_message: 'User could not be found.' }))?.status).toBe('valid');
    expect(interpretStytch(res(400, { status_code: 400, error_type: 'invalid_project_id', error_message: 'project_id format is invalid.' }))?.status).toBe('invalid');
    expect(interpretStytch(res(200, { user_id: 'x' }))).toBeUndefined();
    expect(interpretStytch(res(503))).toBeUndefined();
  });

  test('Graph API: code 190 is invalid whatever the status; rate limits by code', () => {
    const err = (code: number) => ({ error: { message: 'Invalid OAuth access token - Cannot parse access token', type: 'OAuthException', code, fbtrace_id: 'A1' } });
    expect(interpretGraph(res(400, err(190)))?.status).toBe('invalid');
    expect(interpretGraph(res(400, err(4)))?.status).toBe('rate-limited');
    expect(interpretGraph(res(403, err(200)))?.status).toBe('restricted');
    expect(interpretGraph(res(200, { id: '1', name: 'app' }))).toBeUndefined();
  });

  test('Algolia: a 403 for a bad key is invalid, another 403 a key without the ACL', () => {
    expect(interpretAlgolia(res(403, { message: 'Invalid Application-ID or API key', status: 403 }))?.status).toBe('invalid');
    expect(interpretAlgolia(res(403, { message: 'Method not allowed with this API key', status: 403 }))?.status).toBe('restricted');
    expect(interpretAlgolia(res(200, { items: [] }))).toBeUndefined();
  });
});

describe('live requests', () => {
  test('Algolia: the app ID goes into the host label and its header', () => {
    const req = buildRequest(algolia.live!, 'ADMINKEY', algolia.live!.base, { pair: 'K7QW2ZB4XN' });
    expect(req.url).toBe('https://k7qw2zb4xn-dsn.algolia.net/1/indexes?page=0&hitsPerPage=1');
    expect([req.headers['x-algolia-api-key'], req.headers['X-Algolia-Application-Id']]).toEqual(['ADMINKEY', 'K7QW2ZB4XN']);
  });

  test('Stytch: Basic project ID:secret, live secrets only', () => {
    const req = buildRequest(stytch.live!, 'secret-live-abc', stytch.live!.base, { pair: 'project-live-1' });
    expect(req.headers['authorization']).toBe(`Basic ${Buffer.from('project-live-1:secret-live-abc').toString('base64')}`);
    expect(stytch.live!.prefixes).toEqual(['secret-live-']);
  });

  test('Mapbox is not checked (it takes a token only in the URL); Shippo in a ShippoToken header; EasyPost as Basic user', () => {
    expect(mapbox.live).toBeUndefined();
    expect(buildRequest(shippo.live!, 'shippo_live_x', shippo.live!.base).headers['authorization']).toBe('ShippoToken shippo_live_x');
    expect(buildRequest(easypost.live!, 'EZAKx', easypost.live!.base).headers['authorization']).toBe(`Basic ${Buffer.from('EZAKx:').toString('base64')}`);
  });

  test('only bearer-token kinds are sent for X and Meta', () => {
    expect(twitter.live!.prefixes).toEqual(['AAAAAAAAAAAAAAAAAAAAA']);
    expect(facebook.live!.prefixes).toEqual(['EAA']);
  });
});
