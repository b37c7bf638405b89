/** Slack API tokens and incoming/workflow webhooks. */
import type { LiveResponse, LiveVerdict, ProviderRecord } from '../types.js';
import { END, header, scopeList, START, str, verdict } from './shared.js';

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
      id: 'slack-config-token',
      description: 'Slack app configuration access or refresh token (xoxe.xoxp-/xoxe.xoxb-, xoxe-1-).',
      pattern: `${START}(?:xoxe\\.xox[bp]|xoxe)-[0-9]-[A-Za-z0-9]{60,300}${END}`,
      keywords: ['xoxe.xox', 'xoxe-'],
      window: { before: 16, after: 330 },
      confidence: 'high',
      minEntropy: 4,
    },
    {
      id: 'slack-legacy-token',
      description: 'Legacy Slack tokens (xoxa-, xoxr-, xoxo-, xoxs-).',
      pattern: `${START}xox[aors]-[0-9]{1,14}(?:-[A-Za-z0-9]{1,64}){2,4}${END}`,
      keywords: ['xoxa-', 'xoxr-', 'xoxo-', 'xoxs-'],
      window: { before: 16, after: 300 },
      confidence: 'medium',
      minEntropy: 3.5,
      minDigits: 8,
    },
  ],
  envNames: ['SLACK_BOT_TOKEN', 'SLACK_TOKEN', 'SLACK_USER_TOKEN', 'SLACK_APP_TOKEN'],
  envNote: 'Bolt reads SLACK_BOT_TOKEN (and SLACK_APP_TOKEN, an xapp- token, for Socket Mode); SLACK_TOKEN is an older generic name.',
  format: {
    prefixes: ['xoxe.xoxp-', 'xoxe.xoxb-', 'xoxb-', 'xoxp-', 'xoxe-', 'xapp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
    charset: '[A-Za-z0-9-]',
    lengths: [[30, 320]],
  },
  rotateUrl: 'https://api.slack.com/apps',
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
      pattern: `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/(?:[0-9]{10,20}/)?[A-Za-z0-9]{23,40}${END}`,
      keywords: ['hooks.slack.com'],
      window: { before: 16, after: 160 },
      confidence: 'high',
    },
  ],
  envNames: ['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK'],
  format: { prefixes: ['https://hooks.slack.com/'], charset: '[A-Za-z0-9/]', lengths: [[70, 160]] },
  noLive: 'the only request a webhook accepts posts a message',
  rotateUrl: 'https://api.slack.com/apps',
};

export const slackRecords: ProviderRecord[] = [slack, slackWebhook];
