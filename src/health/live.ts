/**
 * The live check of one key: build the provider's side-effect-free request, send it (with
 * retries), and read the answer (record `interpret` first, then the default mapping). Also
 * reads what the provider tells about the key (scopes, expiry) and the server's clock.
 */
import type { LiveCheck, LiveResponse, LiveStatus, LiveVerdict } from '../providers/types.js';
import { defaultVerdict, extractProviderError, headerOf } from './interpret.js';
import { joinUrl } from './targets.js';
import { KEYLINT_VERSION, sendWithRetry, type HttpRequest, type HttpResponse, type RetryPolicy } from './transport.js';

export interface LiveOptions {
  /** The other part of a two-part credential (`Rule.pair`), for checks that name `{pair}`. */
  pair?: string;
  timeoutMs?: number;
  retry?: RetryPolicy;
  version?: string;
  maxBodyBytes?: number;
}

export interface LiveOutcome {
  status: LiveStatus;
  httpStatus: number | null;
  /** Provider's quoted error, or the reason the check could not conclude. */
  detail?: string;
  latencyMs: number;
  host: string;
  scopes?: string[];
  expiresAt?: string;
  /** Server time from the `Date` header, ms since epoch. */
  serverTime?: number;
  /** Local time the response arrived, ms since epoch. */
  localTime?: number;
  attempts: number;
  /** The request could not be made at all with this value (e.g. a newline in a header). */
  unsendable?: boolean;
  /** The check needs the other part of a two-part credential, and none was given: nothing was sent. */
  missingPair?: boolean;
  /** The check cannot prove this kind of key (`LiveCheck.prefixes`): nothing was sent. */
  notCheckable?: boolean;
}

const PAIR = '{pair}';

/** Whether the check sends the other part of a two-part credential (names `{pair}` anywhere). */
export function needsPair(live: LiveCheck): boolean {
  if (live.base.includes(PAIR) || live.path.includes(PAIR)) return true;
  if (live.auth.kind === 'basic' && live.auth.user === PAIR) return true;
  if (live.auth.kind === 'header' && (live.auth.prefix?.includes(PAIR) || live.auth.suffix?.includes(PAIR))) return true;
  if (live.auth.kind === 'path' && live.auth.template.includes(PAIR)) return true;
  return Object.values(live.headers ?? {}).some((v) => v.includes(PAIR));
}

/** A base URL with `{pair}` in its host: only a plain host label may go there. */
export function baseWithPair(base: string, pair: string | undefined): string {
  if (!base.includes(PAIR)) return base;
  if (pair === undefined || !/^[A-Za-z0-9-]{1,63}$/.test(pair)) throw new Error('the other part cannot be a host name label');
  return base.split(PAIR).join(pair.toLowerCase());
}

/** Builds the request for `key`; the key goes only into the auth slot the record names. */
export function buildRequest(live: LiveCheck, key: string, baseUrl: string, opts: LiveOptions = {}): HttpRequest {
  const pair = opts.pair;
  if (pair === undefined && needsPair(live)) throw new Error('this check needs the other part of the credential');
  const withPair = (text: string, encode: (s: string) => string = (s) => s): string => (pair === undefined ? text : text.split(PAIR).join(encode(pair)));
  let path = withPair(live.path, encodeURIComponent);
  const headers: Record<string, string> = {
    'user-agent': `keylint/${opts.version ?? KEYLINT_VERSION}`,
    accept: 'application/json',
  };
  for (const [name, value] of Object.entries(live.headers ?? {})) headers[name] = withPair(value);
  const auth = live.auth;
  switch (auth.kind) {
    case 'bearer':
      headers['authorization'] = `Bearer ${key}`;
      break;
    case 'header':
      headers[auth.name.toLowerCase()] = `${withPair(auth.prefix ?? '')}${key}${withPair(auth.suffix ?? '')}`;
      break;
    case 'query':
      path += `${path.includes('?') ? '&' : '?'}${encodeURIComponent(auth.name)}=${encodeURIComponent(key)}`;
      break;
    case 'path':
      path = withPair(auth.template, encodeURIComponent).split('{key}').join(encodeURIComponent(key));
      break;
    case 'basic': {
      const user = auth.user !== undefined ? withPair(auth.user) : undefined;
      const both = user !== undefined ? `${user}:${key}` : `${key}:`;
      headers['authorization'] = `Basic ${Buffer.from(both, 'utf8').toString('base64')}`;
      break;
    }
  }
  if (live.method === 'POST' && live.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const req: HttpRequest = { url: joinUrl(baseWithPair(baseUrl, pair), path), method: live.method, headers };
  if (live.method === 'POST') req.body = live.body ?? '';
  if (opts.timeoutMs !== undefined) req.timeoutMs = opts.timeoutMs;
  if (opts.maxBodyBytes !== undefined) req.maxBodyBytes = opts.maxBodyBytes;
  return req;
}

function toLiveResponse(res: HttpResponse): LiveResponse {
  let json: unknown;
  try {
    json = res.body.trim() === '' ? undefined : JSON.parse(res.body);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, body: res.body, json };
}

/** Record `interpret` first, then the default mapping; a throwing `interpret` falls back too. */
export function interpretResponse(live: LiveCheck, res: LiveResponse): LiveVerdict {
  if (live.interpret) {
    try {
      const v = live.interpret(res);
      if (v) return v;
    } catch {
      // fall through to the default mapping
    }
  }
  return defaultVerdict(res);
}

/** `2025-01-31 12:00:00 UTC`, `… -0700`, ISO 8601 or an HTTP date, as ISO 8601; undefined when unreadable. */
export function parseExpiry(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})? ?(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  let t: number;
  if (m) {
    const zone = !m[3] || m[3] === 'UTC' || m[3] === 'GMT' || m[3] === 'Z' ? 'Z' : m[3].length === 5 ? `${m[3].slice(0, 3)}:${m[3].slice(3)}` : m[3];
    t = Date.parse(`${m[1]}T${m[2]}${zone}`);
  } else t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function scopesOf(res: LiveResponse): string[] | undefined {
  const h = headerOf(res, 'x-oauth-scopes');
  if (h === undefined) return undefined;
  return h
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function redirectHost(res: HttpResponse, requestUrl: string): string {
  const loc = res.headers['location'];
  if (!loc) return 'an unspecified location';
  try {
    return new URL(loc, requestUrl).host;
  } catch {
    return 'an unreadable location';
  }
}

/** One live check. Never throws. */
export async function liveCheck(live: LiveCheck, key: string, baseUrl: string, opts: LiveOptions = {}): Promise<LiveOutcome> {
  let req: HttpRequest;
  let host: string;
  if (live.prefixes && !live.prefixes.some((p) => key.startsWith(p))) {
    return { status: 'unknown', httpStatus: null, detail: `only ${live.prefixes.join(', ')} keys can be checked with a request; nothing was sent`, latencyMs: 0, host: safeHost(baseUrl.split(PAIR).join('x')), attempts: 0, notCheckable: true };
  }
  if (opts.pair === undefined && needsPair(live)) {
    return { status: 'unknown', httpStatus: null, detail: 'this check needs the other part of the credential too; nothing was sent', latencyMs: 0, host: safeHost(baseUrl.split(PAIR).join('x')), attempts: 0, missingPair: true };
  }
  try {
    req = buildRequest(live, key, baseUrl, opts);
    host = new URL(req.url).host;
  } catch {
    return { status: 'unknown', httpStatus: null, detail: 'the request could not be built from this value', latencyMs: 0, host: safeHost(baseUrl), attempts: 0, unsendable: true };
  }
  const shouldRetry = (res: HttpResponse): boolean => {
    if (res.status >= 500 && res.status <= 599) return true;
    if (res.status !== 429) return false;
    return interpretResponse(live, toLiveResponse(res)).status === 'rate-limited';
  };
  const { outcome, attempts } = await sendWithRetry(req, { ...opts.retry, shouldRetry });
  if (outcome.kind === 'error') {
    return {
      status: 'unknown',
      httpStatus: null,
      detail: outcome.reason,
      latencyMs: outcome.latencyMs,
      host,
      attempts,
      ...(outcome.error === 'invalid-request' ? { unsendable: true } : {}),
    };
  }
  const localTime = Date.now();
  const dateHeader = outcome.headers['date'];
  const serverTime = dateHeader ? Date.parse(dateHeader) : NaN;
  const base: LiveOutcome = {
    status: 'unknown',
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
    host,
    attempts,
    localTime,
    ...(Number.isNaN(serverTime) ? {} : { serverTime }),
  };
  if (outcome.status >= 300 && outcome.status < 400 && outcome.status !== 304) {
    return { ...base, status: 'unknown', detail: `redirected to ${redirectHost(outcome, req.url)} (redirects are not followed with a key; check the base URL)` };
  }
  const res = toLiveResponse(outcome);
  const verdict = withProviderCode(interpretResponse(live, res), res);
  const scopes = verdict.scopes ?? scopesOf(res);
  const expiresAt = parseExpiry(verdict.expiresAt) ?? parseExpiry(headerOf(res, 'github-authentication-token-expiration'));
  return {
    ...base,
    status: verdict.status,
    ...(verdict.detail ? { detail: verdict.detail } : {}),
    ...(scopes ? { scopes } : {}),
    ...(expiresAt ? { expiresAt } : {}),
  };
}

/** Puts the provider's error code in front of a detail that lacks it (`insufficient_quota: You exceeded …`). */
function withProviderCode(verdict: LiveVerdict, res: LiveResponse): LiveVerdict {
  if (!verdict.detail || verdict.status === 'valid') return verdict;
  const { code } = extractProviderError(res.json);
  if (!code || verdict.detail.includes(code)) return verdict;
  return { ...verdict, detail: /^[A-Z]{1,4}\d{1,5}$/.test(code) ? `${code} ${verdict.detail}` : `${code}: ${verdict.detail}` };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the endpoint';
  }
}
