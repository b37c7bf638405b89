/**
 * `checkSecrets`: offline diagnoses plus the live check of every target, concurrently
 * (bounded), each turned into a `HealthResult`. Used by `keylint check` and the Action.
 */
import { withArticle } from './wording.js';
import { providers as registryProviders } from '../providers/registry.js';
import type { ProviderRecord } from '../providers/types.js';
import { redact } from '../secret.js';
import { invisibleKind } from './clean.js';
import { diagnoseTarget, diagnosis } from './diagnose.js';
import { liveCheck, needsPair, type LiveOutcome } from './live.js';
import { scrub } from './scrub.js';
import { liveFor, pairSpecOf } from './targets.js';
import { DEFAULT_TIMEOUT_MS } from './transport.js';
import type { CheckOptions, Diagnosis, HealthResult, HealthStatus, HealthTarget } from './types.js';

export const DEFAULT_CONCURRENCY = 24;
export const DEFAULT_EXPIRY_DAYS = 14;
export const CLOCK_SKEW_LIMIT_MS = 5 * 60 * 1000;

/** Statuses that always fail the check. */
const ALWAYS_FAIL: ReadonlySet<HealthStatus> = new Set(['invalid', 'restricted', 'quota-exhausted']);

const NOISE_CODES = new Set(['whitespace', 'quoted', 'bearer-prefix', 'assignment']);

/** Shows invisible characters of a redacted value as escapes (`\n`, `\u200B`) so tables stay intact. */
export function visible(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch !== ' ' && invisibleKind(ch) !== undefined) out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep input order. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      results[i] = await fn(items[i]!, i);
    }
  };
  const n = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: n }, () => worker()));
  return results;
}

function minutes(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60000);
  return `${m} minute${m === 1 ? '' : 's'}`;
}

function statusSentence(status: HealthStatus, host: string | null, detail: string | undefined): string {
  const at = host ? ` by ${host}` : '';
  const d = detail ? `: ${detail}` : '';
  switch (status) {
    case 'valid':
      return `valid${host ? ` at ${host}` : ''}`;
    case 'invalid':
      return `rejected${at}${d}`;
    case 'restricted':
      return `the key authenticates but lacks a permission or the API is not enabled${d}`;
    case 'rate-limited':
      return `rate-limited${at} (not a sign of a bad key)${d}`;
    case 'quota-exhausted':
      return `the key authenticates but its quota or credit is used up${d}`;
    case 'unknown':
      return `could not be checked${d}`;
    case 'unverified':
      return `not checked live${d}`;
  }
}

function statusFix(status: HealthStatus, name: string, provider: ProviderRecord | undefined): string {
  const where = provider ? ` at ${provider.rotateUrl}` : '';
  switch (status) {
    case 'valid':
    case 'unverified':
      return '';
    case 'invalid':
      return `Create a new key${where} and update the secret ${name}.`;
    case 'restricted':
      return `Grant the key the permission (or enable the API for its project)${where}.`;
    case 'rate-limited':
      return 'Nothing to fix in the key; re-run later or lower the request rate.';
    case 'quota-exhausted':
      return `Add credit or raise the quota for the key's account${where}.`;
    case 'unknown':
      return 'Re-run later; if it persists, check the base URL and the runner\'s network.';
  }
}

export interface CheckSecretsOptions extends CheckOptions {
  /** Provider records (default: the registry). */
  providers?: readonly ProviderRecord[];
}

/** Checks one target. Never throws. */
export async function checkTarget(target: HealthTarget, options: CheckSecretsOptions = {}): Promise<HealthResult> {
  const providers = options.providers ?? registryProviders;
  const env = options.env ?? process.env;
  const now = options.now ?? Date.now;
  const expiryDays = options.expiryDays ?? DEFAULT_EXPIRY_DAYS;
  const failOn = options.failOn ?? new Set<HealthStatus>();
  const provider = target.provider;
  const offline = diagnoseTarget(target, { providers, env });
  const diagnoses: Diagnosis[] = [...offline.diagnoses];
  const secrets = [target.value ?? '', offline.cleaned].filter((s) => s !== '');

  let status: HealthStatus = 'unverified';
  let detail: string | undefined;
  let outcome: LiveOutcome | undefined;
  let onceCleaned = false;

  const lf = provider ? liveFor(provider, providers) : undefined;
  if (offline.unusable) {
    status = 'invalid';
    detail = undefined;
  } else if (options.offline) {
    detail = '--offline';
  } else if (!provider) {
    detail = 'the provider could not be inferred from the name or the value (use NAME=PROVIDER)';
  } else if (!lf) {
    detail = `${provider.name} has no side-effect-free check${provider.noLive ? ` (${provider.noLive})` : ''}; offline diagnosis only`;
  } else if (!target.baseUrl) {
    detail = 'no endpoint configured for this key';
    diagnoses.push(
      diagnosis(
        'no-endpoint',
        `this looks like ${withArticle(provider.name)} key, which only works at the proxy's base URL, and none is set`,
        `Set the proxy base URL (${lf.live.baseUrlEnv?.[0] ?? 'the SDK base URL variable'}, --endpoint ${provider.id}=URL or ${target.name}@URL); without it the SDK sends the key to ${new URL(lf.live.base).host} and gets 401.`,
      ),
    );
  } else if (lf.live.prefixes && !lf.live.prefixes.some((p) => offline.cleaned.startsWith(p))) {
    detail = `${provider.name}'s check proves only ${lf.live.prefixes.join(', ')} keys; this kind of key is not checkable with a request (offline diagnosis only)`;
  } else if (needsPair(lf.live) && !target.pair) {
    const spec = pairSpecOf(lf.owner);
    detail = `the check needs the ${spec?.label ?? 'other part of the credential'} too${spec?.envNames?.length ? ` (set ${spec.envNames[0]})` : ''}; offline diagnosis only`;
  } else {
    const liveOpts = {
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      version: options.version,
      retry: { retries: options.retries ?? 2, maxTotalWaitMs: options.maxRetryWaitMs ?? 8_000 },
      ...(target.pair ? { pair: target.pair.value } : {}),
    };
    const raw = target.value!;
    const [rawOutcome, cleanOutcome] = await Promise.all([
      liveCheck(lf.live, raw, target.baseUrl, liveOpts),
      offline.dirty ? liveCheck(lf.live, offline.cleaned, target.baseUrl, liveOpts) : Promise.resolve(undefined),
    ]);
    if (rawOutcome.status === 'valid' || !cleanOutcome) {
      outcome = rawOutcome;
      status = rawOutcome.status;
      detail = rawOutcome.unsendable && cleanOutcome === undefined ? 'the value contains characters that cannot be sent in an HTTP header' : rawOutcome.detail;
      if (rawOutcome.unsendable) status = 'invalid';
    } else if (cleanOutcome.status === 'valid') {
      outcome = cleanOutcome;
      onceCleaned = true;
      status = 'invalid';
      const noise = diagnoses.filter((d) => NOISE_CODES.has(d.code)).map((d) => d.code);
      const verb = noise.length === 1 && noise[0] === 'whitespace' ? 'trimmed' : 'trimmed and cleaned';
      detail = `valid once ${verb} (${noise.join(', ') || 'cleaned'}); as set, ${rawOutcome.unsendable ? 'the value cannot even be sent in an HTTP header' : `${rawOutcome.host} answers ${rawOutcome.httpStatus ?? rawOutcome.detail ?? 'no'}`}`;
    } else {
      outcome = cleanOutcome;
      status = cleanOutcome.status;
      detail = cleanOutcome.detail;
    }
    if (rawOutcome.status === 'valid') {
      // The provider accepted the value as set: pasted noise and format doubts are warnings.
      for (const d of diagnoses) if (d.code !== 'wrong-provider') d.severity = 'warning';
    }
    const timed = [rawOutcome, cleanOutcome].find((o) => o?.serverTime !== undefined && o.localTime !== undefined);
    if (timed) {
      const skew = timed.localTime! - timed.serverTime!;
      if (Math.abs(skew) > CLOCK_SKEW_LIMIT_MS) {
        diagnoses.push(
          diagnosis(
            'clock-skew',
            `this machine's clock is ${minutes(skew)} ${skew > 0 ? 'ahead of' : 'behind'} ${timed.host}'s`,
            'Sync the clock (NTP); signed requests, token expiry and JWT checks fail with a skewed clock.',
          ),
        );
      }
    }
  }

  const scopes = outcome?.scopes ?? null;
  const expiresAt = outcome?.expiresAt ?? null;
  if (expiresAt) {
    const left = Date.parse(expiresAt) - now();
    if (left < expiryDays * 86_400_000) {
      const days = Math.floor(left / 86_400_000);
      diagnoses.push(
        diagnosis(
          'expiring',
          left <= 0 ? `the token expired on ${expiresAt.slice(0, 10)}` : `the token expires on ${expiresAt.slice(0, 10)} (in ${days < 1 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`})`,
          `Create a new token before then${provider ? ` at ${provider.rotateUrl}` : ''} and update the secret ${target.name}.`,
        ),
      );
    }
  }

  let message = statusSentence(status, outcome?.host ?? null, detail);
  if (onceCleaned) message = `${detail}`;
  const firstError = diagnoses.find((d) => d.severity === 'error');
  if (offline.unusable && firstError) message = `no key to check (${firstError.code === 'missing' ? 'not set' : 'empty'})`;
  if (scopes) message += `; scopes: ${scopes.length > 0 ? scopes.join(', ') : '(none)'}`;
  if (expiresAt) message += `; expires ${expiresAt}`;
  const fix = firstError?.fix ?? diagnoses[0]?.fix ?? statusFix(status, target.name, provider);

  const failed = ALWAYS_FAIL.has(status) || failOn.has(status) || diagnoses.some((d) => d.severity === 'error');
  const clean = (s: string): string => scrub(s, secrets);
  return {
    name: target.name,
    provider: provider?.id ?? null,
    providerName: provider?.name ?? null,
    status,
    httpStatus: outcome?.httpStatus ?? null,
    diagnoses: diagnoses.map((d) => ({ ...d, message: clean(d.message), fix: clean(d.fix) })),
    message: clean(message),
    fix: clean(fix),
    latencyMs: outcome ? outcome.latencyMs : null,
    checkedAt: new Date(now()).toISOString(),
    redacted: target.value === undefined ? '(unset)' : visible(redact(target.value)),
    host: outcome?.host ?? null,
    rotateUrl: provider?.rotateUrl ?? null,
    scopes,
    expiresAt,
    failed,
  };
}

/** Checks every target, at most `options.concurrency` (default 24) at once; results keep target order. */
export async function checkSecrets(targets: readonly HealthTarget[], options: CheckSecretsOptions = {}): Promise<HealthResult[]> {
  return mapConcurrent(targets, options.concurrency ?? DEFAULT_CONCURRENCY, (t) => checkTarget(t, options));
}

/** Exit code of a finished check: 0 when nothing failed, else 1. */
export function exitCodeFor(results: readonly HealthResult[]): number {
  return results.some((r) => r.failed) ? 1 : 0;
}
