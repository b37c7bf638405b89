/**
 * Shared types of the secret health check (`keylint check`, Action mode `check`).
 */
import type { LiveStatus, ProviderRecord } from '../providers/types.js';

/** Live statuses plus `unverified` (no live check: provider without one, or `--offline`). */
export type HealthStatus = LiveStatus | 'unverified';

export const HEALTH_STATUSES: readonly HealthStatus[] = [
  'valid',
  'invalid',
  'restricted',
  'rate-limited',
  'quota-exhausted',
  'unknown',
  'unverified',
];

export type DiagnosisCode =
  | 'missing'
  | 'empty'
  | 'whitespace'
  | 'quoted'
  | 'bearer-prefix'
  | 'assignment'
  | 'bad-length'
  | 'truncated'
  | 'padding'
  | 'bad-charset'
  | 'bad-checksum'
  | 'wrong-provider'
  | 'conflict'
  | 'placeholder'
  | 'clock-skew'
  | 'expiring'
  | 'no-endpoint';

/** `error`: the secret as set will not work. `warning`: worth fixing, may still work. */
export type Severity = 'error' | 'warning';

export interface Diagnosis {
  code: DiagnosisCode;
  /** One sentence saying what is wrong (never the secret). */
  message: string;
  /** One sentence saying how to fix it. */
  fix: string;
  severity: Severity;
}

/** One secret to check, after argument parsing and provider inference. */
export interface HealthTarget {
  /** Environment variable name. */
  name: string;
  /** Raw value from the environment; undefined when unset. Never printed. */
  value: string | undefined;
  /** Provider whose format/live check applies; undefined when none could be inferred. */
  provider: ProviderRecord | undefined;
  /** Provider named by `=PROVIDER`. */
  forced: boolean;
  /** Provider the variable name points at (via `envNames`), when any. */
  nameProvider: ProviderRecord | undefined;
  /** Provider the value's format points at, when any. */
  formatProvider: ProviderRecord | undefined;
  /** Base URL of the live request (validated), when the provider has a live check or one was set. */
  baseUrl: string | undefined;
  /** Where `baseUrl` came from. */
  baseUrlSource: 'argument' | 'endpoint-flag' | 'env' | 'official' | undefined;
  /** The other part of a two-part credential, from the env name its SDK reads it from. Never printed. */
  pair?: { name: string; label: string; value: string };
}

export interface HealthResult {
  name: string;
  /** Provider id, or null when none could be inferred. */
  provider: string | null;
  providerName: string | null;
  status: HealthStatus;
  httpStatus: number | null;
  diagnoses: Diagnosis[];
  /** One sentence summary (includes the provider's quoted error, scopes, expiry). */
  message: string;
  /** What to do next (empty when nothing to do). */
  fix: string;
  latencyMs: number | null;
  /** ISO 8601 time the check finished. */
  checkedAt: string;
  /** Redacted form of the value (`redact` from src/secret.ts), `(unset)` when unset. */
  redacted: string;
  /** Host the live request went to, when one was made. */
  host: string | null;
  /** Where to rotate the key (from the provider record). */
  rotateUrl: string | null;
  scopes: string[] | null;
  expiresAt: string | null;
  /** Whether this result makes the check fail (see `failsCheck`). */
  failed: boolean;
}

export interface CheckOptions {
  /** Skip live requests. */
  offline?: boolean;
  /** Per-request timeout, ms (default 10 000). */
  timeoutMs?: number;
  /** Max secrets checked at once (default 24). */
  concurrency?: number;
  /** Statuses that fail besides invalid/restricted/quota-exhausted: any of unknown, rate-limited, unverified. */
  failOn?: ReadonlySet<HealthStatus>;
  /** `expiring` when the provider reports expiry within this many days (default 14). */
  expiryDays?: number;
  /** Environment (for GITHUB_EVENT_* and conflict detection). Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Max retries per request on 429/5xx/network errors (default 2). */
  retries?: number;
  /** Max total time spent waiting between retries of one secret, ms (default 8 000). */
  maxRetryWaitMs?: number;
  /** Injected clock (tests). */
  now?: () => number;
  /** User-Agent version (default: package version). */
  version?: string;
}
