/** The chat group (Slack, Discord, Telegram, Teams, Mattermost, LINE, Webex, Intercom, Sendbird …): structure checks, live answers, pairs. */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { buildRequest } from '../src/health/live.js';
import { getProvider } from '../src/providers/registry.js';
import { intercomTokenOk, interpretIntercom, interpretLine, interpretSendbird, webexTokenOk } from '../src/providers/records/chat.js';
import { discordTokenIdOk } from '../src/providers/records/messaging.js';
import { interpretSlack } from '../src/providers/records/slack.js';
import { chatFixtures as fx } from '../src/providers/samples/chat.js';
import { ALNUM, B64URL, DIGITS, HEX, fakeKey } from '../src/providers/samples/fake.js';
import type { LiveResponse } from '../src/providers/types.js';

const res = (status: number, json: unknown, headers: Record<string, string> = {}): LiveResponse => ({ status, headers, body: JSON.stringify(json), json });
const rules = (text: string, path = 'sample.txt'): string[] => scanText(text, path).map((f) => f.rule);

describe('Slack token kinds', () => {
  test('a rotation answer holds an access token (auth.test) and a refresh token (no live check): two records', () => {
    const access = `xoxe.xoxb-1-${fakeKey('c-1', ALNUM, 140)}`;
    const refresh = `xoxe-1-${fakeKey('c-2', ALNUM, 146)}`;
    const f = scanText(`{"ok":true,"access_token":"${access}","refresh_token":"${refresh}","expires_in":43200}`, 'oauth.json');
    expect(f.map((x) => [x.provider, x.rule, x.secret.reveal()])).toEqual([
      ['slack', 'slack-config-token', access],
      ['slack-refresh', 'slack-refresh-token', refresh],
    ]);
    expect(getProvider('slack-refresh')?.live).toBeUndefined();
  });
  test('auth.test answers 200 for every token: ok decides', () => {
    expect(interpretSlack(res(200, { ok: true, team: 'Acme' }, { 'x-oauth-scopes': 'chat:write,channels:read' }))).toEqual({
      status: 'valid',
      scopes: ['chat:write', 'channels:read'],
      detail: 'workspace Acme',
    });
    expect(interpretSlack(res(200, { ok: false, error: 'invalid_auth' }))?.status).toBe('invalid');
    expect(interpretSlack(res(429, { ok: false, error: 'ratelimited' }))?.status).toBe('rate-limited');
  });
  test('a session token is checked with its d cookie, and not without it', () => {
    const live = getProvider('slack-session')!.live!;
    const req = buildRequest(live, 'xoxc-1', 'https://slack.com', { pair: 'xoxd-abc%2Fdef' });
    expect([req.url, req.method, req.headers['authorization'], req.headers['cookie']]).toEqual(['https://slack.com/api/auth.test', 'POST', 'Bearer xoxc-1', 'd=xoxd-abc%2Fdef']);
    expect(() => buildRequest(live, 'xoxc-1', 'https://slack.com')).toThrow(/other part/);
  });
  test('a signing secret needs Slack nearby; a client secret a Slack name or client ID', () => {
    const hex = fakeKey('c-3', HEX, 32);
    expect(rules(`SLACK_SIGNING_SECRET=${hex}\n`)).toEqual(['slack-app-credentials-signing-secret']);
    expect(rules(`STRIPE_SIGNING_SECRET=${hex}\n`)).not.toContain('slack-app-credentials-signing-secret');
    expect(rules(`ZOOM_CLIENT_SECRET=${hex}\n`)).not.toContain('slack-app-credentials-client-secret');
  });
});

describe('Discord bot tokens of every generation', () => {
  const token = (digits: number, hmac: number, seed: string): string =>
    `${Buffer.from(`1${fakeKey(seed, DIGITS, digits - 1)}`).toString('base64url')}.${fakeKey(`${seed}t`, B64URL, 6)}.${fakeKey(`${seed}h`, B64URL, hmac)}`;
  test.each([
    [17, 27],
    [18, 27],
    [18, 38],
    [19, 38],
    [20, 38],
  ])('a %i-digit user id with a %i-char HMAC is found', (digits, hmac) => {
    const t = token(digits, hmac, `c-d${digits}${hmac}`);
    expect(discordTokenIdOk(t)).toBe(true);
    expect(scanText(`DISCORD_TOKEN=${t}\n`, '.env').map((f) => [f.rule, f.secret.reveal()])).toEqual([['discord-bot-token', t]]);
  });
  test('a first segment that is not a user id is not a token', () => {
    expect(discordTokenIdOk(`MTIz${fakeKey('c-4', ALNUM, 20)}.abcdef.${fakeKey('c-5', ALNUM, 38)}`)).toBe(false);
  });
  test('the OAuth client secret carries its client ID and is not the bot token', () => {
    const id = fx.snowflake('c-6');
    const secret = fakeKey('c-7', B64URL, 32);
    const f = scanText(`DISCORD_CLIENT_ID=${id}\nDISCORD_CLIENT_SECRET=${secret}\n`, '.env');
    expect(f.map((x) => [x.rule, x.secret.reveal(), x.pair?.secret.reveal()])).toEqual([['discord-oauth-client-secret', secret, id]]);
  });
});

describe('webhook URLs are secrets and never requested', () => {
  test.each(['slack-webhook', 'discord-webhook', 'microsoft-teams-webhook', 'mattermost-webhook', 'zapier-webhook', 'rocketchat-webhook'])('%s has no live check', (id) => {
    const p = getProvider(id)!;
    expect([p.live, (p.noLive ?? '').length > 10]).toEqual([undefined, true]);
  });
  test('a workflow URL is reported whole, with its signature; without one it is not a secret', () => {
    const url = fx.powerAutomate('c-8');
    expect(scanText(`url = "${url}"\n`, 'notify.py').map((f) => [f.rule, f.secret.reveal()])).toEqual([['microsoft-teams-webhook-workflow-url', url]]);
    expect(rules(`url = "${url.replace(/&sig=.*$/, '')}"\n`, 'notify.py')).toEqual([]);
  });
});

describe('LINE', () => {
  test('LINE_CHANNEL_SECRET is found although line_channel covers the start of the name', () => {
    const secret = fakeKey('c-9', HEX, 32);
    expect(rules(`LINE_CHANNEL_SECRET=${secret}\n`)).toEqual(['line-channel-secret']);
  });
  test('401 is an invalid token with its message; other answers use the default mapping', () => {
    expect(interpretLine(res(401, { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' }))).toEqual({
      status: 'invalid',
      detail: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
    });
    expect(interpretLine(res(200, { userId: 'U1', basicId: '@abc' }))).toBeUndefined();
  });
});

describe('Webex and Intercom structure', () => {
  test('a Webex token decodes to hex and dashes before its cluster and org id', () => {
    expect(webexTokenOk(fx.webexToken('c-10'))).toBe(true);
    expect(webexTokenOk(`${fakeKey('c-11', ALNUM, 64)}_PF84_${fx.guid('c-12')}`)).toBe(false);
  });
  test('an Intercom token decodes to tok:<id>:…', () => {
    expect(intercomTokenOk(fx.intercomToken('c-13'))).toBe(true);
    expect(intercomTokenOk(Buffer.from('tok: nothing like an id at all, but long').toString('base64'))).toBe(false);
  });
  test("Intercom's 401 is invalid, with the region caveat", () => {
    const v = interpretIntercom(res(401, { type: 'error.list', errors: [{ code: 'token_not_found', message: 'Not authorized to access resource' }] }));
    expect(v?.status).toBe('invalid');
    expect(v?.detail).toMatch(/^token_not_found .*api\.eu\.intercom\.io/);
    expect(interpretIntercom(res(200, { type: 'admin', id: '1' }))).toBeUndefined();
  });
});

describe('Sendbird', () => {
  test('the check goes to the application host named by the pair, with the Api-Token header', () => {
    const live = getProvider('sendbird')!.live!;
    const app = fx.guid('c-14').toUpperCase();
    const req = buildRequest(live, 'tok', live.base, { pair: app });
    expect([req.url, req.headers['api-token']]).toEqual([`https://api-${app.toLowerCase()}.sendbird.com/v3/users?limit=1`, 'tok']);
  });
  test('code 400401 is an invalid token, whatever the HTTP status', () => {
    expect(interpretSendbird(res(400, { error: true, code: 400401, message: 'Invalid value: "Api-Token".' }))?.status).toBe('invalid');
    expect(interpretSendbird(res(401, { error: true, code: 400401, message: 'Invalid value: "Api-Token".' }))?.status).toBe('invalid');
    expect(interpretSendbird(res(200, { users: [], next: '' }))).toBeUndefined();
  });
});

describe('Zulip', () => {
  test('a zuliprc of a self-hosted server is read by its file name', () => {
    const key = fx.zulipKey('c-15');
    const rc = `[api]\nemail=ops-bot@chat.acmecorp.io\nkey=${key}\nsite=https://chat.acmecorp.io\n`;
    expect(scanText(rc, 'bots/ops/zuliprc').map((f) => [f.rule, f.secret.reveal()])).toEqual([['zulip-api-key', key]]);
    expect(scanText(rc, '.zuliprc').map((f) => f.rule)).toEqual(['zulip-api-key']);
  });
});
