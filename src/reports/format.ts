/** Small, shared formatting helpers for every report. None of them ever sees a raw secret. */
import type { ProviderRecord } from '../providers/types.js';
import type { Finding, SkippedFile } from '../types.js';
import { compareCodeUnits } from '../strings.js';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** SI units (1 kB = 1000 B), one decimal above bytes: `512 B`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes || 0))} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = -1;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v.toFixed(1)} ${units[u]}`;
}

/** `45 ms`, `1.2 s`, `2 min 3 s`. */
export function formatDuration(ms: number): string {
  const m = Math.max(0, Math.round(ms || 0));
  if (m < 1000) return `${m} ms`;
  if (m < 60_000) return `${(m / 1000).toFixed(1)} s`;
  const s = Math.round(m / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** First 7 characters of a hex commit id; anything else is sanitised and shown as is. */
export function shortSha(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 7).toLowerCase() : sanitize(sha);
}

/**
 * A finding's path as reports show it: forward slashes, relative to `root` when the path is
 * absolute and inside it, without a leading `./`.
 */
export function displayPath(file: string, root?: string): string {
  let p = file.replace(/\\/g, '/');
  if (root) {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (r && p.startsWith(r + '/')) p = p.slice(r.length + 1);
  }
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

// C0/C1 controls, DEL, line/paragraph separators, bidi overrides/isolates, BOM: anything that
// could rewrite a terminal line, fake a new line in a log, or reorder what a reviewer sees.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Replaces characters that could spoof terminal or log output with visible escapes (`\n`, `\x1b`, `\u202e`). */
export function sanitize(s: string): string {
  return s.replace(UNSAFE_CHARS, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Cuts a string to at most `max` characters, marking the cut with `…`. */
export function truncate(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - 1)) + '…';
}

const CONFIDENCE_ORDER = { high: 0, medium: 1, low: 2 } as const;

const cmp = compareCodeUnits;

/** A copy sorted by file, line, column, rule, commit (code-unit order, locale independent). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      cmp(a.line, b.line) ||
      cmp(a.column, b.column) ||
      cmp(a.rule, b.rule) ||
      cmp(a.commit ?? '', b.commit ?? '') ||
      cmp(a.fingerprint, b.fingerprint),
  );
}

/** Like sortFindings, with higher confidence first. */
export function sortByConfidence(findings: readonly Finding[]): Finding[] {
  return sortFindings(findings).sort((a, b) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence]);
}

export function providerMap(providers: readonly ProviderRecord[]): Map<string, ProviderRecord> {
  const m = new Map<string, ProviderRecord>();
  for (const p of providers) if (!m.has(p.id)) m.set(p.id, p);
  return m;
}

export function distinctFiles(findings: readonly Finding[]): number {
  return new Set(findings.map((f) => f.file)).size;
}

/** `1 binary, 2 too-large`, in a fixed order of first appearance. */
export function skippedBreakdown(skipped: readonly SkippedFile[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
}

/** `https://…` URLs only (rotation pages come from the registry, but stay defensive). */
export function isHttpsUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !/\s/.test(url);
  } catch {
    return false;
  }
}

/** Percent-encodes each path segment so any file name is a valid relative URI reference (no `()'!*` either). */
export function encodePath(file: string): string {
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
