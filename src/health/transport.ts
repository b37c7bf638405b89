/**
 * One HTTP(S) request with the guarantees a key-carrying request needs: a deadline, a capped
 * response body, TLS verification always on, redirects never followed (a 3xx comes back as a
 * response), no connection reuse; plus bounded retries with exponential backoff and jitter on
 * 429 / 5xx / transient network errors, honouring `Retry-After`.
 */
import http from 'node:http';
import https from 'node:https';

export { VERSION as KEYLINT_VERSION } from '../version.js';
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  maxBodyBytes?: number;
}

export interface HttpResponse {
  kind: 'response';
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
  /** The body was longer than the cap and was cut. */
  truncated: boolean;
  latencyMs: number;
}

export type NetworkErrorKind = 'timeout' | 'dns' | 'refused' | 'reset' | 'tls' | 'network' | 'invalid-request';

export interface HttpFailure {
  kind: 'error';
  error: NetworkErrorKind;
  /** One sentence, never containing the request URL or headers. */
  reason: string;
  latencyMs: number;
}

export type HttpOutcome = HttpResponse | HttpFailure;

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

/** Classifies a socket/request error; the reason names the host, never the URL. */
export function classifyError(err: unknown, host: string): { error: NetworkErrorKind; reason: string } {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code === 'ENOTFOUND') return { error: 'dns', reason: `DNS lookup failed: ${host} not found` };
  if (code === 'EAI_AGAIN') return { error: 'dns', reason: `DNS lookup for ${host} failed temporarily` };
  if (code === 'ECONNREFUSED') return { error: 'refused', reason: `connection to ${host} refused` };
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || /socket hang up|aborted/i.test(String(e?.message ?? ''))) {
    return { error: 'reset', reason: `connection to ${host} was reset` };
  }
  if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.startsWith('CERT_')) {
    return { error: 'tls', reason: `TLS error talking to ${host} (${code}): the certificate could not be verified` };
  }
  if (code === 'ERR_INVALID_CHAR' || code === 'ERR_HTTP_INVALID_HEADER_VALUE' || code === 'ERR_UNESCAPED_CHARACTERS' || code === 'ERR_INVALID_URL') {
    return { error: 'invalid-request', reason: 'the value contains characters that cannot be sent in an HTTP request' };
  }
  return { error: 'network', reason: `network error talking to ${host}${code ? ` (${code})` : ''}` };
}

/** Sends one request. Never throws; never follows redirects; TLS verification always on. */
export function sendOnce(req: HttpRequest): Promise<HttpOutcome> {
  const started = Date.now();
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const cap = req.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return Promise.resolve({ kind: 'error', error: 'invalid-request', reason: 'the request URL is not valid', latencyMs: 0 });
  }
  const host = url.host;
  return new Promise<HttpOutcome>((resolve) => {
    let done = false;
    let request: http.ClientRequest | undefined;
    const finish = (outcome: HttpOutcome): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(outcome);
      request?.destroy();
    };
    const fail = (err: unknown): void => finish({ kind: 'error', ...classifyError(err, host), latencyMs: Date.now() - started });
    const timer = setTimeout(() => {
      finish({ kind: 'error', error: 'timeout', reason: `no answer from ${host} within ${timeoutMs} ms`, latencyMs: Date.now() - started });
    }, timeoutMs);
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const options: https.RequestOptions = {
      method: req.method,
      headers,
      agent: false,
      rejectUnauthorized: true,
    };
    try {
      const mod = url.protocol === 'https:' ? https : http;
      request = mod.request(url, options, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let truncated = false;
        const respond = (): void => {
          const out: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v === undefined) continue;
            out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
          }
          finish({
            kind: 'response',
            status: res.statusCode ?? 0,
            headers: out,
            body: Buffer.concat(chunks).toString('utf8'),
            truncated,
            latencyMs: Date.now() - started,
          });
          res.destroy();
        };
        res.on('data', (chunk: Buffer) => {
          if (done) return;
          const room = cap - size;
          if (chunk.length >= room) {
            if (room > 0) chunks.push(chunk.subarray(0, room));
            size = cap;
            truncated = true;
            respond();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', respond);
        res.on('error', fail);
        res.on('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
      });
      request.on('error', fail);
      if (req.body !== undefined) request.write(req.body);
      request.end();
    } catch (err) {
      fail(err);
    }
  });
}

export interface RetryPolicy {
  /** Extra attempts after the first (default 2). */
  retries?: number;
  /** First backoff step, ms (default 300). */
  baseDelayMs?: number;
  /** Longest single wait, ms (default 4 000). */
  maxDelayMs?: number;
  /** Total waiting allowed across retries, ms (default 8 000); a longer Retry-After stops retrying. */
  maxTotalWaitMs?: number;
  /** Whether a response is worth retrying (default: 429 and 5xx). */
  shouldRetry?: (res: HttpResponse) => boolean;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Seconds or HTTP-date of a `Retry-After` header, as ms from now; undefined when absent/unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d{1,9}(?:\.\d{1,3})?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

const RETRYABLE_ERRORS: ReadonlySet<NetworkErrorKind> = new Set(['reset', 'refused', 'network']);

function defaultShouldRetry(res: HttpResponse): boolean {
  return res.status === 429 || (res.status >= 500 && res.status <= 599);
}

export interface RetriedOutcome {
  outcome: HttpOutcome;
  attempts: number;
}

/**
 * Sends with bounded retries. Timeouts and DNS/TLS failures are not retried (a retry would not
 * help within the deadline); resets, refusals, 429 and 5xx are.
 */
export async function sendWithRetry(req: HttpRequest, policy: RetryPolicy = {}): Promise<RetriedOutcome> {
  const retries = policy.retries ?? 2;
  const base = policy.baseDelayMs ?? 300;
  const maxDelay = policy.maxDelayMs ?? 4_000;
  const budget = policy.maxTotalWaitMs ?? 8_000;
  const random = policy.random ?? Math.random;
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const shouldRetry = policy.shouldRetry ?? defaultShouldRetry;
  let waited = 0;
  let attempt = 0;
  for (;;) {
    const outcome = await sendOnce(req);
    attempt++;
    const retryable = outcome.kind === 'response' ? shouldRetry(outcome) : RETRYABLE_ERRORS.has(outcome.error);
    if (!retryable || attempt > retries) return { outcome, attempts: attempt };
    const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1)) * (0.5 + random() * 0.5);
    const hinted = outcome.kind === 'response' ? retryAfterMs(outcome.headers['retry-after']) : undefined;
    const wait = hinted !== undefined ? hinted + random() * 100 : backoff;
    if (waited + wait > budget) return { outcome, attempts: attempt };
    waited += wait;
    await sleep(wait);
  }
}
