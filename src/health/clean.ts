/**
 * What was pasted around a key: whitespace and invisible characters, quotes, an
 * `Authorization: Bearer` prefix, a `NAME=` assignment. `cleanValue` removes all of it so the
 * key can be checked as it was meant to be; the findings say where and what.
 */

export type CharKind =
  | 'space'
  | 'tab'
  | 'newline'
  | 'carriage return'
  | 'non-breaking space'
  | 'zero-width character'
  | 'byte-order mark'
  | 'control character'
  | 'other invisible character';

export interface InvisibleFinding {
  where: 'leading' | 'trailing' | 'inner';
  kinds: CharKind[];
}

/** Kind of a whitespace / non-printing character, or undefined for a printable one. */
export function invisibleKind(ch: string): CharKind | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x20) return 'space';
  if (c === 0x09) return 'tab';
  if (c === 0x0a) return 'newline';
  if (c === 0x0d) return 'carriage return';
  if (c === 0xa0 || c === 0x202f || c === 0x2007) return 'non-breaking space';
  if (c === 0xfeff) return 'byte-order mark';
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0x180e) return 'zero-width character';
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return 'control character';
  if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000) {
    return 'other invisible character';
  }
  if (c === 0x00ad || (c >= 0x2061 && c <= 0x206f) || (c >= 0xfff9 && c <= 0xfffb)) return 'other invisible character';
  return undefined;
}

/** Leading, trailing and inner invisible characters of `value`, grouped by position. */
export function findInvisible(value: string): InvisibleFinding[] {
  const chars = Array.from(value);
  let start = 0;
  while (start < chars.length && invisibleKind(chars[start]!) !== undefined) start++;
  let end = chars.length;
  while (end > start && invisibleKind(chars[end - 1]!) !== undefined) end--;
  const groups: Record<InvisibleFinding['where'], Set<CharKind>> = { leading: new Set(), trailing: new Set(), inner: new Set() };
  chars.forEach((ch, i) => {
    const kind = invisibleKind(ch);
    if (kind === undefined) return;
    const where = i < start ? 'leading' : i >= end ? 'trailing' : 'inner';
    groups[where].add(kind);
  });
  const out: InvisibleFinding[] = [];
  for (const where of ['leading', 'trailing', 'inner'] as const) {
    if (groups[where].size > 0) out.push({ where, kinds: [...groups[where]] });
  }
  return out;
}

/** Removes every whitespace / non-printing character. */
export function stripInvisible(value: string): string {
  let out = '';
  for (const ch of value) if (invisibleKind(ch) === undefined) out += ch;
  return out;
}

const QUOTE_PAIRS: Array<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
];
const QUOTE_CHARS = new Set(['"', "'", '`', '\u201c', '\u201d', '\u2018', '\u2019']);

/** Which quote characters sit at the start/end of `value` (after invisible characters are removed). */
export function quoteEnds(value: string): { leading: string | undefined; trailing: string | undefined } {
  const first = value.charAt(0);
  const last = value.charAt(value.length - 1);
  return {
    leading: QUOTE_CHARS.has(first) ? first : undefined,
    trailing: value.length > 1 && QUOTE_CHARS.has(last) ? last : undefined,
  };
}

function stripQuotes(value: string): string {
  let v = value;
  for (let i = 0; i < 2; i++) {
    const pair = QUOTE_PAIRS.find(([open, close]) => v.length >= 2 && v.startsWith(open) && v.endsWith(close));
    if (pair) {
      v = v.slice(1, -1);
      continue;
    }
    const { leading, trailing } = quoteEnds(v);
    if (leading) v = v.slice(1);
    if (trailing) v = v.slice(0, -1);
    if (!leading && !trailing) break;
  }
  return v;
}

/** `Authorization:` / `Bearer ` / `Token ` pasted before the key: the length of that prefix, else 0. */
export function authPrefixLength(value: string): number {
  const m = /^(?:authorization[ \t]*:[ \t]*)?(?:bearer|token)[ \t]+/i.exec(value) ?? /^authorization[ \t]*:[ \t]*/i.exec(value);
  return m ? m[0].length : 0;
}

/** True when the value mentions `Bearer ` or `Authorization:` anywhere. */
export function hasAuthWords(value: string): boolean {
  return /bearer[ \t]|authorization[ \t]*:/i.test(value);
}

/**
 * A `NAME=` (or `export NAME=`) pasted before the key. Matches the variable's own name, any
 * of `knownNames`, or an UPPER_SNAKE name with an underscore (base64 padding `abc=` is not one).
 * Returns the matched name and the length to strip, else undefined.
 */
export function assignmentPrefix(value: string, knownNames: ReadonlySet<string>): { name: string; length: number } | undefined {
  const m = /^(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*[=:][ \t]*/.exec(value);
  if (!m) return undefined;
  const name = m[1]!;
  const upperSnake = /^[A-Z][A-Z0-9]*_[A-Z0-9_]*$/.test(name);
  if (!knownNames.has(name) && !upperSnake) return undefined;
  // `KEY:` followed by nothing is not an assignment of a key.
  if (m[0].length >= value.length) return undefined;
  return { name, length: m[0].length };
}

/**
 * The value with everything pasted around the key removed: invisible characters, quotes,
 * an assignment, an auth prefix (in any nesting order, a few rounds).
 */
export function cleanValue(value: string, knownNames: ReadonlySet<string>): string {
  let v = value;
  for (let round = 0; round < 4; round++) {
    const before = v;
    v = trimInvisible(stripQuotes(trimInvisible(v)));
    const assign = assignmentPrefix(v, knownNames);
    if (assign) v = trimInvisible(stripQuotes(v.slice(assign.length)));
    const auth = authPrefixLength(v);
    if (auth > 0) v = v.slice(auth);
    if (v === before) break;
  }
  return stripInvisible(v);
}

/** Removes leading and trailing whitespace / non-printing characters. */
export function trimInvisible(value: string): string {
  const chars = Array.from(value);
  let start = 0;
  while (start < chars.length && invisibleKind(chars[start]!) !== undefined) start++;
  let end = chars.length;
  while (end > start && invisibleKind(chars[end - 1]!) !== undefined) end--;
  return chars.slice(start, end).join('');
}
