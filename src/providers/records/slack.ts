/**
 * Slack: API tokens (bot, user, app-level, rotating and configuration access tokens, legacy
 * kinds), refresh tokens, web-client session tokens, app signing/client secrets, webhooks.
 *
 * Prefixes from Slack's token-types, token-rotation and app-configuration-token pages
 * (https://api.slack.com/concepts/token-types, https://api.slack.com/authentication/rotation,
 * https://api.slack.com/authentication/config-tokens). Slack documents prefixes, not lengths:
 * the lengths below are ranges around published examples and real token shapes.
 */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { ci, END, END_ALNUM, header, near, scopeList, START, START_ALNUM, str, verdict, withContext } from './shared.js';

/** auth.test answers 200 even for bad tokens: the verdict is in `ok` / `error`. */
export function interpretSlack(res: LiveResponse): LiveVerdict | undefined {
  const error = str(res.json, 'error');
  if (res.status === 429 || error === 'ratelimited') return verdict('rate-limited', error);
  if (res.status !== 200) return undefined;
  const ok = (res.json as { ok?: unknown } | undefined)?.ok;
  if (ok === true) {
    const out: LiveVerdict = { status: 'valid' };
    const scopes = scopeList(header(res, 'x-oauth-scopes'));
    if (scopes) out.scopes = scopes;
    const team = str(res.json, 'team');
    if (team) out.detail = `workspace ${team}`;
    return out;
  }
  if (ok === false) {
    if (error === 'missing_scope' || error === 'not_allowed_token_type') return verdict('restricted', error);
    return verdict('invalid', error ?? 'ok:false');
  }
  return verdict('unknown', 'response without "ok"');
}

const USER_TOKEN = /^xox[pe]-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34}$/;

export const slack: ProviderRecord = {
  id: 'slack',
  name: 'Slack',
  rules: [
    {
      id: 'slack-bot-token',
      description: 'Slack bot token (xoxb-).',
      pattern: `${START}xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,40}${END}`,
      keywords: ['xoxb-'],
      window: { before: 16, after: 96 },
      confidence: 'high',
      minDigits: 8,
    },
    {
      id: 'slack-user-token',
      description: 'Slack user or enterprise token (xoxp-, xoxe-).',
      // Loose shape, strict verify: a rejected near-miss (xoxp-1234-1234-…) is not reported by generic rules either.
      pattern: `${START}xox[pe](?:-[0-9]{1,14}){3}-[A-Za-z0-9]{8,34}${END}`,
      keywords: ['xoxp-', 'xoxe-'],
      window: { before: 16, after: 120 },
      confidence: 'high',
      verify: (s) => USER_TOKEN.test(s),
    },
    {
      id: 'slack-app-token',
      description: 'Slack app-level token (xapp-).',
      pattern: `${START}xapp-[0-9]-[A-Z0-9]{8,15}-[0-9]{8,15}-[a-z0-9]{32,66}${END}`,
      keywords: ['xapp-'],
      window: { before: 16, after: 120 },
      confidence: 'high',
    },
    {
      // Token rotation turns bot and user tokens into expiring xoxe.xoxb-1-… / xoxe.xoxp-1-…
      // access tokens; app configuration access tokens have the xoxe.xoxp- shape too. All of
      // them authenticate on auth.test. Their refresh tokens (xoxe-1-…) are `slack-refresh`.
      id: 'slack-config-token',
      description: 'Slack rotating (expiring) bot/user access token or app configuration access token (xoxe.xoxb-, xoxe.xoxp-).',
      pattern: `${START}xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{60,300}${END}`,
      keywords: ['xoxe.xox'],
      window: { before: 16, after: 330 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'slack-legacy-token',
      // Workspace-app access tokens (xoxa-2-…), legacy tester tokens (xoxo-) and the old
      // client session tokens (xoxs-); all answer auth.test. xoxr- refresh tokens are `slack-refresh`.
      description: 'Legacy Slack tokens (xoxa- workspace, xoxo- legacy tester, xoxs- session).',
      pattern: `${START}xox[aos]-[0-9]{1,14}(?:-[A-Za-z0-9]{1,64}){2,4}${END}`,
      keywords: ['xoxa-', 'xoxo-', 'xoxs-'],
      window: { before: 16, after: 300 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 8,
    },
  ],
  envNames: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_APP_TOKEN'],
  envNote: 'Bolt reads SLACK_BOT_TOKEN (and SLACK_APP_TOKEN, an xapp- token, for Socket Mode); SLACK_TOKEN is an older generic name.',
  format: {
    prefixes: ['xoxe.xoxp-', 'xoxe.xoxb-', 'xoxb-', 'xoxp-', 'xoxe-', 'xapp-', 'xoxa-', 'xoxs-', 'xoxo-'],
    charset: '[A-Za-z0-9-]',
    lengths: [[30, 320]],
  },
  rotateUrl: 'https://api.slack.com/apps',
  // POST auth.test with the token as a bearer (no scope needed; bot, user and app-level tokens
  // all accepted). HTTP 200 either way: ok:true is valid (team, scopes in x-oauth-scopes),
  // ok:false with invalid_auth/token_revoked/account_inactive is invalid, ratelimited is 429.
  live: {
    base: 'https://slack.com',
    path: '/api/auth.test',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
    interpret: interpretSlack,
  },
};

/**
 * A webhook URL is itself the secret. Checking one means POSTing a malformed body to the URL
 * (400 invalid_payload = live), which `LiveCheck` cannot express; the health check says unverified.
 */
export const slackWebhook: ProviderRecord = {
  id: 'slack-webhook',
  name: 'Slack webhook',
  rules: [
    {
      id: 'slack-webhook-url',
      description: 'Slack incoming-webhook, workflow or trigger URL.',
      pattern: `https://hooks\\.slack(?:-gov)?\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/(?:[0-9]{10,20}/)?[A-Za-z0-9]{23,40}${END}`,
      keywords: ['hooks.slack.com', 'hooks.slack-gov.com'],
      window: { before: 16, after: 160 },
      confidence: 'high',
    },
  ],
  envNames: ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK'],
  format: { prefixes: ['https://hooks.slack-gov.com/', 'https://hooks.slack.com/'], charset: '[A-Za-z0-9/]', lengths: [[70, 160]] },
  noLive: 'the only request a webhook accepts posts a message',
  rotateUrl: 'https://api.slack.com/apps',
};

/**
 * Refresh tokens: xoxe-1-… comes with every rotating access token and with every app
 * configuration token (tooling.tokens.rotate documents `xoxe-1-…`); xoxr-… was the refresh
 * token of the retired workspace apps. auth.test rejects them (invalid_auth), so they get no
 * live check: the only requests they authenticate exchange them, which revokes them.
 */
export const slackRefresh: ProviderRecord = {
  id: 'slack-refresh',
  name: 'Slack refresh token',
  rules: [
    {
      id: 'slack-refresh-token',
      description: 'Slack refresh token of a rotating access token or of an app configuration token (xoxe-1-).',
      pattern: `${START}xoxe-[0-9]-[A-Za-z0-9]{60,300}${END}`,
      keywords: ['xoxe-'],
      window: { before: 16, after: 330 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'slack-refresh-workspace-token',
      description: 'Legacy Slack workspace-app refresh token (xoxr-).',
      pattern: `${START}xoxr-[0-9]{1,14}(?:-[A-Za-z0-9]{1,64}){2,4}${END}`,
      keywords: ['xoxr-'],
      window: { before: 16, after: 300 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 8,
    },
  ],
  envNames: ['SLACK_REFRESH_TOKEN', 'SLACK_CONFIG_REFRESH_TOKEN'],
  envNote: 'Bolt keeps rotating refresh tokens in its installation store, not in env; the names are conventions of CI scripts that rotate configuration tokens.',
  format: { prefixes: ['xoxe-', 'xoxr-'], charset: '[A-Za-z0-9-]', lengths: [[40, 320]], full: 'xoxe-[0-9]-[A-Za-z0-9]{60,300}|xoxr-[0-9]{1,14}(?:-[A-Za-z0-9]{1,64}){2,4}' },
  noLive: 'a refresh token authenticates only its own exchange (oauth.v2.access, tooling.tokens.rotate), which revokes it',
  rotateUrl: 'https://api.slack.com/apps',
};

/**
 * The web client's session token (xoxc-) works only together with the `d` cookie (xoxd-…,
 * URL-encoded): a leaked pair is a logged-in browser session. Undocumented by Slack; the shape
 * (three numeric ids, 64 hex) is taken from examples in client projects' issues and is a guess
 * around them. Live: the same auth.test as `slack`, with the cookie sent as `d=`; without the
 * cookie nothing is sent (Slack answers invalid_auth for a cookie-less xoxc- token).
 */
export const slackSession: ProviderRecord = {
  id: 'slack-session',
  name: 'Slack web session',
  rules: [
    {
      id: 'slack-session-token',
      description: 'Slack web-client session token (xoxc-), used with the d cookie (xoxd-).',
      pattern: `${START}xoxc-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[0-9a-f]{64}${END}`,
      keywords: ['xoxc-'],
      window: { before: 16, after: 130 },
      confidence: 'high',
      minDigits: 24,
      pair: {
        label: 'd cookie',
        pattern: `${START}xoxd-[A-Za-z0-9%/+=]{40,400}(?![A-Za-z0-9%/+=_-])`,
        window: { before: 600, after: 600 },
        envNames: ['SLACK_MCP_XOXD_TOKEN', 'SLACK_COOKIE'],
      },
    },
  ],
  envNames: ['SLACK_MCP_XOXC_TOKEN', 'SLACK_XOXC_TOKEN'],
  envNote: 'Conventions of client tools (Slack MCP servers, exporters), which read the xoxc- token and the xoxd- cookie from two variables; SLACK_TOKEN is left to `slack`.',
  format: { prefixes: ['xoxc-'], charset: '[0-9a-f-]', lengths: [[96, 114]], full: 'xoxc-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[0-9a-f]{64}' },
  rotateUrl: 'https://slack.com/account/sessions',
  live: {
    base: 'https://slack.com',
    path: '/api/auth.test',
    method: 'POST',
    auth: { kind: 'bearer' },
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'd={pair}' },
    body: '',
    interpret: interpretSlack,
  },
};

const SIGNING_SECRET = `${ci('signing')}[_ -]?${ci('secret')}`;
const CLIENT_SECRET = `${ci('client')}[_ -]?${ci('secret')}`;
/** A Slack app's client ID: two numeric ids joined by a dot (`4123121235.9872358710`). */
const SLACK_CLIENT_ID = '[0-9]{8,14}\\.[0-9]{8,16}';

/**
 * App credentials from the app's Basic Information page: the signing secret (verifies Slack's
 * request signatures) and the OAuth client secret, both 32 hex without a prefix. They are
 * reported only under their own names with Slack nearby (or, for the client secret, a Slack
 * client ID `digits.digits`). Neither authenticates an API request of its own.
 */
export const slackAppCredentials: ProviderRecord = {
  id: 'slack-app-credentials',
  name: 'Slack app credentials',
  rules: [
    {
      id: 'slack-app-credentials-signing-secret',
      description: 'Slack app signing secret (32 hex) under a signing-secret name, with Slack nearby.',
      pattern: withContext(START_ALNUM, `(?<=${SIGNING_SECRET}[\\s\\S]{0,16})${near(['slack'], 400, 200)}`, '[0-9a-f]{32}', END_ALNUM),
      // The env-name stem first: it does not contain the generic rules' `secret`.
      keywords: ['slack_signing', 'signing_secret', 'signingsecret', 'signing-secret', 'signing secret'],
      window: { before: 420, after: 240 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
    },
    {
      id: 'slack-app-credentials-client-secret',
      description: 'Slack app OAuth client secret (32 hex) under a Slack client-secret name, or next to a Slack client ID.',
      // The name first: a regex that starts with a literal is skipped through a window by
      // the regex engine's own search; one that starts with the value tried every position
      // (~8x slower, and these windows are common: every `client_secret` in any file). Then
      // the value's shape, then the context around it (the costlier look-arounds).
      pattern: `${CLIENT_SECRET}(?=[\\s\\S]{0,16}?${START_ALNUM}[0-9a-f]{32}${END_ALNUM})(?:(?<=${ci('slack')}[\\s\\S]{0,80}${CLIENT_SECRET})|(?<=${SLACK_CLIENT_ID}[\\s\\S]{0,216})|(?=[\\s\\S]{0,248}${SLACK_CLIENT_ID}))[\\s\\S]{0,16}?${START_ALNUM}(?<secret>[0-9a-f]{32})${END_ALNUM}`,
      keywords: ['slack_client', 'client_secret', 'clientsecret', 'client-secret', 'client secret'],
      startsWithKeyword: true,
      window: { before: 300, after: 320 },
      confidence: 'medium',
      minEntropy: 3,
      minDigits: 4,
      pair: { label: 'client ID', pattern: `${START_ALNUM}${SLACK_CLIENT_ID}${END_ALNUM}`, envNames: ['SLACK_CLIENT_ID'] },
    },
  ],
  envNames: ['SLACK_SIGNING_SECRET', 'SLACK_CLIENT_SECRET'],
  envNote: 'Bolt reads SLACK_SIGNING_SECRET; the OAuth installer reads SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.',
  format: { prefixes: [], charset: '[0-9a-f]', lengths: [[32, 32]], full: '[0-9a-f]{32}' },
  noLive: 'a signing secret is never sent (it signs requests), and a client secret is checked only by an OAuth code exchange',
  rotateUrl: 'https://api.slack.com/apps',
};

export const slackRecords: ProviderRecord[] = [slack, slackWebhook, slackRefresh, slackSession, slackAppCredentials];
