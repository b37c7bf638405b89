/**
 * Building blocks shared by the provider records: token boundaries, case-insensitive
 * context words, and small readers for provider error bodies used by `interpret`.
 */
import type { LiveResponse, LiveVerdict } from '../types.js';

/** Start boundary for base64url-ish tokens: not preceded by a token character. */
export const START = '(?<![A-Za-z0-9_-])';
/** End boundary for base64url-ish tokens: not followed by a token character. */
export const END = '(?![A-Za-z0-9_-])';
/** Boundaries for plain alphanumeric values (where `_`/`-` may legitimately touch them). */
export const START_ALNUM = '(?<![A-Za-z0-9])';
export const END_ALNUM = '(?![A-Za-z0-9])';

/** A literal word as a case-insensitive regex source without the `i` flag (`aws` → `[Aa][Ww][Ss]`). */
export function ci(word: string): string {
  // ASCII by character code: this runs ~2,000 times as the records load, in every thread, and
  // a string iterator with case mappings and a regex per character got hot enough for V8 to
  // optimize it there (~4 ms per thread).
  if (!ASCII_WORD.test(word)) return ciUnicode(word);
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const lower = c | 32;
    if (lower >= 97 && lower <= 122) out += '[' + String.fromCharCode(lower - 32) + String.fromCharCode(lower) + ']';
    else out += REGEX_SYNTAX.includes(word[i]!) ? '\\' + word[i]! : word[i]!;
  }
  return out;
}

const ASCII_WORD = /^[\x00-\x7f]*$/;
/** The characters `ci` escapes. */
const REGEX_SYNTAX = '.*+?^${}()|[]\\/';

/** `ci` for words with characters beyond ASCII: by code point, with Unicode case mappings. */
function ciUnicode(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up ? `[${up}${lo}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/**
 * A zero-width context requirement placed just before a value: one of `words` ends at most
 * `before` chars before the value, or starts at most `after` chars after the value's start.
 * Both look-arounds are bounded, so the check is constant work per candidate.
 */
export function near(words: string[], before: number, after: number): string {
  const alt = words.map(ci).join('|');
  const parts: string[] = [];
  if (before > 0) parts.push(`(?<=(?:${alt})[\\s\\S]{0,${before}})`);
  if (after > 0) parts.push(`(?=[\\s\\S]{0,${after}}(?:${alt}))`);
  return `(?:${parts.join('|')})`;
}

/** A value that is one character class repeated `{min,max}` times. */
const CLASS_RUN = /^(\[(?:\\.|[^\]\\])+\])\{(\d+),(\d+)\}$/;

/** Past this many characters, a look-ahead for the value's whole shape costs more than the context check it guards. */
const LONG_VALUE = 256;

/**
 * `start` + `context` + `value` + `end`, with a look-ahead for the value's own shape first, so
 * the (costlier) context look-arounds only run where a candidate value actually starts. For a
 * long value (`[…]{32,4096}`) the look-ahead checks its minimum length only: the whole shape at
 * every start would read up to 4096 characters each, quadratic over a long run of the class.
 */
export function withContext(start: string, context: string, value: string, end: string): string {
  const run = CLASS_RUN.exec(value);
  const shape = run && Number(run[3]) > LONG_VALUE ? `${run[1]}{${run[2]}}` : `${value}${end}`;
  return `${start}(?=${shape})${context}${value}${end}`;
}

/** A secret-ish word between a provider name and a prefix-less value (`MISTRAL_API_KEY=…`). */
const KEYISH = ['key', 'token', 'secret', 'access', 'private', 'bearer', 'authorization'];

/**
 * A prefix-less `value` preceded (within `span` chars) by `provider` and then a key-ish word,
 * as in `MISTRAL_API_KEY=…` or `mistral: { apiKey: "…" }`. Bounded look-behind: constant work per
 * candidate. `provider` is a literal word (matched case-insensitively).
 */
export function namedKey(provider: string, value: string, span = 64): string {
  const keyish = KEYISH.map(ci).join('|');
  return withContext(START_ALNUM, `(?<=${ci(provider)}[\\s\\S]{0,${span}}(?:${keyish})[\\s\\S]{0,${span}})`, value, END_ALNUM);
}

/** Reads a nested field of a parsed JSON body (`field(json, 'error', 'code')`). */
export function field(json: unknown, ...path: string[]): unknown {
  let cur: unknown = json;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A string field, else undefined. */
export function str(json: unknown, ...path: string[]): string | undefined {
  const v = field(json, ...path);
  return typeof v === 'string' ? v : undefined;
}

/** Header lookup that ignores case. */
export function header(res: LiveResponse, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(res.headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** First non-empty detail from the usual error shapes (`error.message`, `message`, `detail`). */
export function errorDetail(res: LiveResponse): string | undefined {
  const j = res.json;
  const candidates = [str(j, 'error', 'message'), str(j, 'message'), str(j, 'detail'), str(j, 'error_description'), str(j, 'error')];
  const found = candidates.find((c) => c !== undefined && c.trim() !== '');
  return found ? found.slice(0, 200) : undefined;
}

/** Splits a comma-separated scope header into a list (undefined when absent or empty). */
export function scopeList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return list;
}

/** A verdict with a detail only when there is one (keeps `exactOptionalPropertyTypes`-style output clean). */
export function verdict(status: LiveVerdict['status'], detail?: string): LiveVerdict {
  return detail ? { status, detail } : { status };
}
