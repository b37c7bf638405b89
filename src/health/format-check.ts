/**
 * Reading a value against provider formats: which providers' key shapes it has (anchored rule
 * patterns, `format.full`, or a known prefix), and what is wrong with it for one format.
 */
import type { KeyFormat, ProviderRecord, Rule } from '../providers/types.js';
import { withArticle } from './wording.js';

const anchoredCache = new Map<string, RegExp | null>();

/** `^(?:source)$` compiled once; null when the source does not compile. */
export function anchored(source: string, flags = ''): RegExp | null {
  const key = `${flags}\u0000${source}`;
  let re = anchoredCache.get(key);
  if (re === undefined) {
    try {
      re = new RegExp(`^(?:${source})$`, flags.replace(/[gy]/g, ''));
    } catch {
      re = null;
    }
    anchoredCache.set(key, re);
  }
  return re;
}

function ruleMatchesWhole(rule: Rule, value: string): boolean {
  // Generic detectors and whole-file rules (`.netrc`, key files) say nothing about a provider.
  if (rule.generic || (rule.paths !== undefined && rule.paths.length > 0)) return false;
  const re = anchored(rule.pattern, rule.flags ?? '');
  if (!re) return false;
  const m = re.exec(value);
  if (!m) return false;
  if (rule.check) {
    const groups = m.groups ?? {};
    const secret = groups['secret'] ?? (m.length > 1 ? m[1] : m[0]) ?? m[0];
    if (!rule.check(secret, groups, '')) return false;
  }
  return true;
}

/** The value is, as a whole, a key of this provider (one of its rules, or `format.full`). */
export function hasProviderShape(value: string, provider: ProviderRecord): boolean {
  if (!provider.format && provider.envNames.length === 0) return false;
  if (provider.rules.some((r) => ruleMatchesWhole(r, value))) return true;
  const full = provider.format?.full;
  if (full) {
    const re = anchored(full);
    if (re?.test(value)) return true;
  }
  return false;
}

/** Length of the provider's longest known prefix that `value` starts with (0: none). */
export function prefixMatchLength(value: string, provider: ProviderRecord): number {
  return longestPrefix(value, provider.format);
}

function longestPrefix(value: string, format: KeyFormat | undefined): number {
  let best = 0;
  for (const p of format?.prefixes ?? []) if (value.startsWith(p) && p.length > best) best = p.length;
  return best;
}

/**
 * Providers whose key shape the whole value has, most specific first (longest known prefix,
 * then registry order).
 */
export function providersByShape(value: string, providers: readonly ProviderRecord[]): ProviderRecord[] {
  if (value === '') return [];
  const hits = providers.filter((p) => hasProviderShape(value, p));
  // A value that starts with a provider's distinctive prefix (`sk-proj-`, `ghp_`) is never a
  // prefix-less key of another provider (a truncated OpenAI key is not a 40-char Cloudflare token).
  const prefixed = longestOf(value, providers) >= 4;
  return hits
    .map((p, i) => ({ p, i, len: longestPrefix(value, p.format) }))
    .filter((x) => !prefixed || x.len > 0)
    .sort((a, b) => b.len - a.len || a.i - b.i)
    .map((x) => x.p);
}

function longestOf(value: string, providers: readonly ProviderRecord[]): number {
  let best = 0;
  for (const p of providers) best = Math.max(best, longestPrefix(value, p.format));
  return best;
}

/**
 * Weak inference for a malformed value: the provider with the longest known prefix (at least
 * 3 characters) that the value starts with.
 */
export function providerByPrefix(value: string, providers: readonly ProviderRecord[]): ProviderRecord | undefined {
  let best: ProviderRecord | undefined;
  let bestLen = 2;
  for (const p of providers) {
    const len = longestPrefix(value, p.format);
    if (len > bestLen) {
      best = p;
      bestLen = len;
    }
  }
  return best;
}

export type FormatProblemCode = 'bad-length' | 'truncated' | 'bad-charset' | 'bad-checksum';

export interface FormatProblem {
  code: FormatProblemCode;
  message: string;
}

function describeChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x21 && c <= 0x7e) return `'${ch}'`;
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

function lengthsText(lengths: Array<[number, number]>): string {
  return lengths.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(' or ');
}

/**
 * What is wrong with `value` (already cleaned of pasted noise) for `format`, in the order a
 * user should fix it. Empty when the value has the expected shape.
 */
export function formatProblems(value: string, format: KeyFormat, providerName: string): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const prefixLen = longestPrefix(value, format);
  if (format.prefixes.length > 0 && prefixLen === 0) {
    problems.push({
      code: 'bad-charset',
      message: `does not start with ${format.prefixes.map((p) => `\`${p}\``).join(' or ')} like ${withArticle(providerName)} key`,
    });
  }
  let charsetRe: RegExp | null = null;
  try {
    charsetRe = new RegExp(`^(?:${format.charset})$`, 'u');
  } catch {
    charsetRe = null;
  }
  const body = Array.from(value.slice(prefixLen));
  const padding = format.padding ?? '';
  const bodyToCheck = padding && value.endsWith(padding) ? body.slice(0, body.length - Array.from(padding).length) : body;
  if (charsetRe) {
    const bad: number[] = [];
    bodyToCheck.forEach((ch, i) => {
      if (!charsetRe!.test(ch)) bad.push(i);
    });
    if (bad.length > 0) {
      const first = bad[0]!;
      problems.push({
        code: 'bad-charset',
        message: `has ${bad.length} character${bad.length === 1 ? '' : 's'} ${withArticle(providerName)} key never contains (first: ${describeChar(bodyToCheck[first]!)} at position ${prefixLen + first + 1})`,
      });
    }
  }
  const n = value.length;
  if (format.lengths.length > 0 && !format.lengths.some(([a, b]) => n >= a && n <= b)) {
    const min = Math.min(...format.lengths.map(([a]) => a));
    const max = Math.max(...format.lengths.map(([, b]) => b));
    if (n < min) {
      problems.push({ code: 'truncated', message: `is ${n} characters long, shorter than ${withArticle(providerName)} key (${lengthsText(format.lengths)}): it looks cut off` });
    } else {
      problems.push({
        code: 'bad-length',
        message: `is ${n} characters long; ${withArticle(providerName)} key has ${lengthsText(format.lengths)}${n > max ? ' (extra characters were pasted?)' : ''}`,
      });
    }
  }
  if (padding && !value.endsWith(padding)) {
    problems.push({ code: 'truncated', message: `is missing the trailing \`${padding}\` of ${withArticle(providerName)} key: it looks cut off` });
  }
  if (problems.length === 0 && format.checksum && !safeChecksum(format.checksum, value)) {
    problems.push({ code: 'bad-checksum', message: `fails the ${providerName} checksum: a character was changed or it is a made-up example` });
  }
  if (problems.length === 0 && format.full) {
    const re = anchored(format.full);
    if (re && !re.test(value)) problems.push({ code: 'bad-charset', message: `does not have the structure of ${withArticle(providerName)} key` });
  }
  return problems;
}

function safeChecksum(check: (v: string) => boolean, value: string): boolean {
  try {
    return check(value);
  } catch {
    return false;
  }
}
