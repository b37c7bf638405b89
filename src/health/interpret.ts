/**
 * Default reading of a live response, used when the provider record's `interpret` returns
 * undefined: the provider's own error code and message quoted from the usual JSON shapes,
 * and the status mapping (2xx valid, 401 invalid, 403 restricted, 429 rate-limited or
 * quota-exhausted, 5xx unknown — never invalid).
 */
import type { LiveResponse, LiveVerdict } from '../providers/types.js';

export interface ProviderError {
  code?: string;
  message?: string;
}

function rec(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

const TOKEN_RE = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Error code and message from the common JSON error shapes (OpenAI, Anthropic, Google, Nixtla, GitHub, Slack, FastAPI …). */
export function extractProviderError(json: unknown): ProviderError {
  const top = rec(json);
  if (!top) return {};
  const out: ProviderError = {};
  const err = rec(top['error']);
  if (err) {
    // OpenAI/Stripe {error:{code,type,message}}, Anthropic {error:{type,message}}, Google {error:{code,status,message,details:[{reason}]}}
    const details = Array.isArray(err['details']) ? err['details'] : [];
    const reason = details.map((d) => text(rec(d)?.['reason'])).find((r) => r !== undefined);
    const code = text(err['code']);
    out.code = reason ?? (code && !/^\d+$/.test(code) ? code : undefined) ?? text(err['status']) ?? text(err['type']) ?? code;
    out.message = text(err['message']);
  } else if (typeof top['error'] === 'string') {
    // Slack {ok:false,error:"invalid_auth"}, HF {error:"Invalid credentials…"}, OAuth {error, error_description}
    const e = (top['error'] as string).trim();
    if (TOKEN_RE.test(e) && /[_]/.test(e)) out.code = e;
    else out.message = e;
    out.message = text(top['error_description']) ?? out.message;
  }
  if (Array.isArray(top['errors'])) {
    // SendGrid {errors:[{message,field}]}, GraphQL-ish
    const first = rec(top['errors'][0]);
    out.message ??= text(first?.['message']);
    out.code ??= text(first?.['code']);
  }
  if (!out.code) {
    const c = text(top['code']) ?? text(top['error_code']);
    if (c && !/^\d{3}$/.test(c)) out.code = c;
  }
  // Nixtla {message:"Invalid API key", details:"Key not found", code:"A12"}: the details say more.
  const details = text(top['details']);
  const detail = text(top['detail']) ?? text(rec(Array.isArray(top['detail']) ? top['detail'][0] : undefined)?.['msg']);
  const message = text(top['message']);
  if (!out.message) out.message = details ?? detail ?? message;
  else if (!err && details) out.message = details;
  return out;
}

function clean(s: string, max: number): string {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** `A12 Key not found`, `invalid_api_key: Incorrect API key provided …`, or the short plain-text body. */
export function providerErrorText(res: LiveResponse): string | undefined {
  const { code, message } = extractProviderError(res.json);
  if (code || message) {
    if (code && message) return clean(/^[A-Z]{1,4}\d{1,5}$/.test(code) ? `${code} ${message}` : `${code}: ${message}`, 240);
    return clean((code ?? message)!, 240);
  }
  const body = res.body.trim();
  if (res.json === undefined && body !== '' && body.length <= 200 && !body.startsWith('<')) return clean(body, 200);
  return undefined;
}

const QUOTA_RE = /insufficient_quota|exceeded your current quota|quota[ _-]?exceeded|quota[ _-]?exhausted|out of credits|insufficient[ _-]?(?:credits|balance|funds)|billing/i;
const INVALID_KEY_RE = /invalid[ _-]?api[ _-]?key|api[ _-]?key[ _-]?(?:invalid|not valid|not found)|incorrect api key|invalid_auth|not_authed|token_revoked|token_expired|account_inactive|bad credentials|invalid[ _-]?token/i;

/** Header lookup (node lowercases names; records may not). */
export function headerOf(res: LiveResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(res.headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** The default status mapping. */
export function defaultVerdict(res: LiveResponse): LiveVerdict {
  const detail = providerErrorText(res);
  const withDetail = (status: LiveVerdict['status'], fallback?: string): LiveVerdict => {
    const d = detail ?? fallback;
    return d ? { status, detail: d } : { status };
  };
  const s = res.status;
  const top = rec(res.json);
  if (s >= 200 && s < 300) {
    // Slack answers 200 {ok:false,error:"invalid_auth"}; some APIs {valid:false}.
    if (top && (top['ok'] === false || top['valid'] === false)) {
      const code = text(top['error']) ?? '';
      if (/ratelimited|rate_limited/.test(code)) return withDetail('rate-limited');
      if (top['valid'] === false || INVALID_KEY_RE.test(code)) return withDetail('invalid');
      return withDetail('unknown', `HTTP ${s} with ok:false`);
    }
    return { status: 'valid' };
  }
  if (s === 401) return withDetail('invalid', 'HTTP 401 Unauthorized');
  if (s === 402) return withDetail('quota-exhausted', 'HTTP 402 Payment Required');
  if (s === 403) {
    if (headerOf(res, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(detail ?? '')) return withDetail('rate-limited');
    return withDetail('restricted', 'HTTP 403 Forbidden');
  }
  if (s === 429) {
    const code = extractProviderError(res.json).code ?? '';
    if (QUOTA_RE.test(code) || QUOTA_RE.test(detail ?? '') || QUOTA_RE.test(res.body.slice(0, 4096))) return withDetail('quota-exhausted');
    return withDetail('rate-limited', 'HTTP 429 Too Many Requests');
  }
  if (s === 400 && (INVALID_KEY_RE.test(detail ?? '') || /API_KEY_INVALID/.test(res.body.slice(0, 4096)))) return withDetail('invalid');
  if (s >= 500) return withDetail('unknown', `HTTP ${s} from the provider (server error; try again later)`);
  if (s === 404) return withDetail('unknown', 'HTTP 404: the endpoint was not found (check the base URL)');
  return withDetail('unknown', `unexpected HTTP ${s}`);
}
