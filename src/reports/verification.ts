/**
 * A finding's verification (`scan --verify`) in words, shared by every report: text rows,
 * annotations, the job summary.
 */
import type { Finding, VerificationStatus } from '../types.js';
import { sanitize } from './format.js';

/** Whether the provider accepted the key: valid, or valid but restricted. */
export function isLiveFinding(f: Finding): boolean {
  return f.verification?.status === 'valid' || f.verification?.status === 'restricted';
}

/** `LIVE`, `LIVE (restricted)`, `invalid`, `unknown: timeout`, `not verifiable`. */
export function verificationLabel(v: NonNullable<Finding['verification']>): string {
  if (v.status === 'valid') return 'LIVE';
  if (v.status === 'restricted') return 'LIVE (restricted)';
  if (v.status === 'unknown' && v.detail) return sanitize(`unknown: ${v.detail.slice(0, 60)}`);
  if (v.status === 'unsupported') return 'not verifiable';
  return v.status;
}

const ORDER: Array<[VerificationStatus[], string]> = [
  [['invalid'], 'invalid'],
  [['quota-exhausted'], 'out of quota'],
  [['rate-limited'], 'rate-limited'],
  [['unknown'], 'unknown'],
  [['unsupported'], 'not verifiable'],
];

/** Counts for a summary line, live first: `[[3, 'live'], [12, 'invalid'], …]` (zero counts left out but live). */
export function verificationCounts(findings: readonly Finding[]): Array<[number, string]> {
  const count = (s: readonly VerificationStatus[]): number => findings.filter((f) => f.verification && s.includes(f.verification.status)).length;
  const out: Array<[number, string]> = [[count(['valid', 'restricted']), 'live']];
  for (const [s, label] of ORDER) {
    const n = count(s);
    if (n) out.push([n, label]);
  }
  return out;
}

/** Whether any finding went through verification. */
export function anyVerified(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.verification !== undefined);
}
