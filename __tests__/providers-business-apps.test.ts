/**
 * Business apps group (and the SaaS records it extends): provider answer shapes read by the
 * records' `interpret` functions, the structural checks (monday.com / Calendly JWT claims, Miro
 * and Intercom decoded prefixes, documented example tokens), the two-part credentials, and how
 * the live requests are built (which key kinds are sent, where the other part goes).
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest, liveCheck, needsPair } from '../src/health/live.js';
import {
  clickup,
  dropbox,
  figma,
  hubspot,
  interpretMonday,
  isIntercomToken,
  isMiroToken,
  isMondayToken,
  monday,
  pipedrive,
  trello,
} from '../src/providers/records/business-apps.js';
import { linear, postman } from '../src/providers/records/saas.js';
import { ALNUM, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json: unknown): LiveResponse => ({ status, headers: {}, body: JSON.stringify(json), json });
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
/** Findings of specific rules (the generic assignment rule may report the other part on its own). */
const specific = (text: string, path = '.env') => scanText(text, path).filter((x) => x.provider !== 'generic');
const KEY = 'k3yLint0Value9Q7w';

describe('monday.com', () => {
  const jwt = (claims: object): string => `${b64url({ alg: 'HS256' })}.${b64url(claims)}.${fakeKey('mo-sig', B64URL, 43)}`;

  test('a token is a JWT with numeric tid and uid, and aai or per', () => {
    expect(isMondayToken(jwt({ tid: 123456789, aai: 11, uid: 23456789, iad: '2024-01-01T00:00:00.000Z', per: 'me:write' }))).toBe(true);
    expect(isMondayToken(jwt({ tid: 123456789, uid: 23456789, per: 'me:write' }))).toBe(true);
    expect(isMondayToken(jwt({ tid: 'tenant-guid', uid: 1, aai: 2 }))).toBe(false);
    expect(isMondayToken(jwt({ tid: 1, sub: 'x' }))).toBe(false);
    expect(isMondayToken('not.a.jwt')).toBe(false);
  });

  test('GraphQL answers: data.me valid; "Not Authenticated" invalid; another error unknown', () => {
    expect(interpretMonday(res(200, { data: { me: { id: '1' } }, account_id: 1 }))).toEqual({ status: 'valid' });
    expect(interpretMonday(res(401, { errors: [{ message: 'Not Authenticated', extensions: { code: 'UNAUTHENTICATED' } }] }))).toEqual({ status: 'invalid', detail: 'Not Authenticated' });
    expect(interpretMonday(res(200, { errors: [{ message: 'Complexity budget exhausted' }] }))).toEqual({ status: 'unknown', detail: 'Complexity budget exhausted' });
    expect(interpretMonday(res(503, {}))).toBeUndefined();
  });

  test('the token goes in Authorization without a prefix, in a read-only query', () => {
    const r = buildRequest(monday.live!, KEY, monday.live!.base);
    expect([r.url, r.method, r.headers['authorization'], r.body]).toEqual(['https://api.monday.com/v2', 'POST', KEY, '{"query":"{ me { id } }"}']);
  });
});

describe('decoded prefixes and documented examples', () => {
  test('Miro: the first part must decode to {"miro.origin":…}', () => {
    expect(isMiroToken(`${b64url({ 'miro.origin': 'eu01' })}_${fakeKey('mi-t', ALNUM, 27)}`)).toBe(true);
    expect(isMiroToken(`${b64url({ 'miro.originals': 'eu01' })}_${fakeKey('mi-t', ALNUM, 27)}`)).toBe(false);
  });

  test('Intercom: base64 of tok:<id>:<n>:<n>', () => {
    const good = Buffer.from(`tok:${uuid('ic-t').replace(/-/g, '_')}:1:0`).toString('base64');
    expect(isIntercomToken(good)).toBe(true);
    expect(isIntercomToken(Buffer.from(`tok:${fakeKey('ic-x', ALNUM, 36)}`).toString('base64'))).toBe(false);
  });

  test('Calendly: only a JWT issued by calendly.com is reported', () => {
    const sig = fakeKey('ca-sig', B64URL, 86);
    const make = (iss: string): string => `${b64url({ kid: fakeKey('ca-k', HEX, 64), typ: 'PAT', alg: 'ES256' })}.${b64url({ iss, iat: 1717000000, jti: uuid('ca-j') })}.${sig}`;
    expect(scanText(`CALENDLY_TOKEN=${make('https://auth.calendly.com')}\n`, '.env').map((f) => f.rule)).toEqual(['calendly-personal-access-token']);
    expect(specific(`CALENDLY_TOKEN=${make('https://auth.calendly.com.evil.example')}\n`).filter((f) => f.provider === 'calendly')).toEqual([]);
  });

  test('Typeform and Pipedrive documentation example tokens are not findings of theirs', () => {
    expect(scanText('TYPEFORM_TOKEN=tfp_943af478d3ff3d4d760020c11af102b79c440513\n', '.env')).toEqual([]);
    // Rejected by the Pipedrive rule, the span is not left to the generic rules either.
    expect(scanText("curl https://companydomain.pipedrive.com/api/v2/deals -H 'x-api-token: 659c9fddb16335e48cc67114694b52074e812e03'\n", 'a.sh')).toEqual([]);
  });
});

describe('Figma answers', () => {
  test('403 "Invalid token" is a bad token; another 403 falls to the default (restricted)', () => {
    const interpret = figma.live!.interpret!;
    expect(interpret({ status: 403, headers: {}, body: '{"status":403,"err":"Invalid token"}', json: { status: 403, err: 'Invalid token' } })?.status).toBe('invalid');
    expect(interpret(res(403, { status: 403, err: 'Forbidden: missing scope' }))).toBeUndefined();
  });
});

describe('two-part credentials in the engine', () => {
  test('Salesforce: the consumer secret is reported only with its consumer key', () => {
    const key = `3MVG9${fakeKey('pr-sf', ALNUM, 80)}`;
    const secret = fakeKey('pr-sf-s', '0123456789ABCDEF', 64);
    const both = specific(`SALESFORCE_CLIENT_ID=${key}\nSALESFORCE_CLIENT_SECRET=${secret}\n`);
    expect(both.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['salesforce-consumer-secret', key]]);
    expect(specific(`SALESFORCE_CLIENT_SECRET=${secret}\n`).filter((x) => x.provider === 'salesforce')).toEqual([]);
  });

  test('Trello: the token carries its API key; the key is not taken from a token-named value', () => {
    const key = fakeKey('pr-tr', HEX, 32);
    const tok = `ATTA${fakeKey('pr-tr-t', HEX, 64)}${fakeKey('pr-tr-c', '0123456789ABCDEF', 8)}`;
    const f = specific(`TRELLO_API_KEY=${key}\nTRELLO_TOKEN=${tok}\n`);
    expect(f.map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['trello-api-token', key]]);
    const alone = specific(`TRELLO_TOKEN=${tok}\n`);
    expect(alone.map((x) => [x.rule, x.pair])).toEqual([['trello-api-token', undefined]]);
  });

  test('Dropbox, Zoho and Linear app secrets need their app key / client ID', () => {
    const dk = fakeKey('pr-dk', LOWER_ALNUM, 15);
    const ds = fakeKey('pr-ds', LOWER_ALNUM, 15);
    expect(specific(`DROPBOX_APP_KEY=${dk}\nDROPBOX_APP_SECRET=${ds}\n`).map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['dropbox-app-secret', dk]]);
    expect(specific(`DROPBOX_APP_SECRET=${ds}\n`)).toEqual([]);
    const zid = `1000.${fakeKey('pr-zi', UPPER_ALNUM, 30)}`;
    const zs = fakeKey('pr-zs', LOWER_ALNUM, 42);
    expect(specific(`ZOHO_CLIENT_ID=${zid}\nZOHO_CLIENT_SECRET=${zs}\n`).map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['zoho-client-secret', zid]]);
    expect(specific(`ZOHO_CLIENT_SECRET=${zs}\n`)).toEqual([]);
    const lid = fakeKey('pr-li', HEX, 32);
    const ls = fakeKey('pr-ls', HEX, 32);
    expect(specific(`LINEAR_CLIENT_ID=${lid}\nLINEAR_CLIENT_SECRET=${ls}\n`).map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['linear-oauth-client-secret', lid]]);
    expect(specific(`LINEAR_CLIENT_SECRET=${ls}\n`)).toEqual([]);
  });

  test('Box JWT config: clientSecret with clientID; Databricks OAuth secret with its client ID', () => {
    const id = fakeKey('pr-bx', LOWER_ALNUM, 32);
    const sec = fakeKey('pr-bs', ALNUM, 32);
    const cfg = JSON.stringify({ boxAppSettings: { clientID: id, clientSecret: sec, appAuth: { publicKeyID: 'k1', passphrase: '' } }, enterpriseID: '1' }, null, 2);
    expect(specific(cfg, 'config.json').map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['box-jwt-config-client-secret', id]]);
    const cid = uuid('pr-db');
    const dose = `dose${fakeKey('pr-db', HEX, 32)}`;
    expect(specific(`DATABRICKS_CLIENT_ID=${cid}\nDATABRICKS_CLIENT_SECRET=${dose}\n`).map((x) => [x.rule, x.pair?.secret.reveal()])).toEqual([['databricks-oauth-secret', cid]]);
  });
});

describe('kinds kept apart', () => {
  test('a Notion secret_ value under a client-secret name is an OAuth client secret, not a token', () => {
    const v = `secret_${fakeKey('ka-no', ALNUM, 43)}`;
    expect(specific(`NOTION_CLIENT_SECRET=${v}\n`).map((f) => [f.provider, f.rule])).toEqual([['notion-oauth-client', 'notion-oauth-client-secret']]);
    expect(specific(`NOTION_TOKEN=${v}\n`).map((f) => [f.provider, f.rule])).toEqual([['notion', 'notion-legacy-token']]);
  });

  test('HubSpot: a UUID under a developer key name is a developer key, else a legacy API key', () => {
    const u = uuid('ka-hs');
    expect(specific(`HUBSPOT_DEVELOPER_API_KEY=${u}\n`).map((f) => f.rule)).toEqual(['hubspot-developer-api-key']);
    expect(specific(`HUBSPOT_API_KEY=${u}\n`).map((f) => f.rule)).toEqual(['hubspot-api-key']);
    expect(specific(`HUBSPOT_ACCESS_TOKEN=pat-na1-${u}\n`).map((f) => f.rule)).toEqual(['hubspot-private-app-token']);
  });
});

describe('live requests', () => {
  test('only the key kinds a check can prove are sent', async () => {
    for (const [live, other] of [
      [hubspot.live!, uuid('lv-hs')],
      [dropbox.live!, fakeKey('lv-db', B64URL, 64)],
      [linear.live!, `lin_oauth_${fakeKey('lv-li', HEX, 64)}`],
      [postman.live!, `PMAT-01H${fakeKey('lv-pm', '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`],
    ] as const) {
      const r = await liveCheck(live, other, 'http://127.0.0.1:9', { retry: { retries: 0 } });
      expect([r.status, r.attempts]).toEqual(['unknown', 0]);
    }
  });

  test('Trello sends the API key and the token in its OAuth header, never in the URL', () => {
    expect(needsPair(trello.live!)).toBe(true);
    const r = buildRequest(trello.live!, KEY, trello.live!.base, { pair: '0123456789abcdef0123456789abcdef' });
    expect(r.url).toBe('https://api.trello.com/1/members/me?fields=id');
    expect(r.headers['authorization']).toBe(`OAuth oauth_consumer_key="0123456789abcdef0123456789abcdef", oauth_token="${KEY}"`);
  });

  test('ClickUp, Pipedrive and Figma: the key only in their own header', () => {
    expect(buildRequest(clickup.live!, KEY, clickup.live!.base).headers['authorization']).toBe(KEY);
    const p = buildRequest(pipedrive.live!, KEY, pipedrive.live!.base);
    expect([p.url, p.headers['x-api-token'], p.headers['authorization']]).toEqual(['https://api.pipedrive.com/v1/users/me', KEY, undefined]);
    expect(buildRequest(figma.live!, KEY, figma.live!.base).headers['x-figma-token']).toBe(KEY);
  });

  test('Dropbox: a POST with the JSON body null', () => {
    const r = buildRequest(dropbox.live!, KEY, dropbox.live!.base);
    expect([r.method, r.body, r.headers['content-type'], r.headers['authorization']]).toEqual(['POST', 'null', 'application/json', `Bearer ${KEY}`]);
  });
});
