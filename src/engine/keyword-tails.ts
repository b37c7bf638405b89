/**
 * What must follow a keyword for a window rule to match there, read from the rule's pattern.
 *
 * Most provider rules are a literal prefix and a run: `(?<![A-Za-z0-9_-])sk-[A-Za-z0-9]{48}`,
 * `(?:AKIA|ASIA)[A-Z2-7]{16}`, `gh[pousr]_[A-Za-z0-9]{36}`. Where the rule's keyword is how
 * that prefix begins, a hit of the keyword can start a match only if the text after it holds
 * the rest of the prefix and then `min` characters of the run. In text dense with prefixes that
 * are not keys (`sk-` + 10 characters, a truncated `AIza`), that test rejects a hit before any
 * window is made or regex run. It must hold wherever the pattern matches (a superset): every
 * construct it does not understand ends the reading, and zero-width assertions are skipped.
 */

/** A character class as a table by code (ASCII); a rule whose class may take other characters gets no tail. */
type Table = Uint8Array;

/** The pattern's start: alternatives of one character per position, then a run of at least `min`. */
export interface PatternTail {
  alternatives: Table[][];
  run: Table | undefined;
  min: number;
}

/** A keyword's test: after the keyword, one of `rests` (a table per character), then `min` characters of `run`. */
export interface KeywordTail {
  /** Where the tested text starts, from the hit's start (the keyword's offset in the hit and its length). */
  at: number;
  rests: Table[][];
  run: Table | undefined;
  min: number;
}

const MAX_ALTERNATIVES = 16;

/** Tables of single characters, shared (one per character and case mode). */
const single = new Map<number, Table>();

function table(chars: readonly number[], caseless: boolean): Table {
  if (chars.length === 1) {
    const key = chars[0]! * 2 + (caseless ? 1 : 0);
    let t = single.get(key);
    if (t === undefined) single.set(key, (t = build(chars, caseless)));
    return t;
  }
  return build(chars, caseless);
}

function build(chars: readonly number[], caseless: boolean): Table {
  const t = new Uint8Array(128);
  for (const c of chars) {
    t[c] = 1;
    if (caseless && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) t[c ^ 32] = 1;
  }
  return t;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

const DIGITS = range(48, 57);
const WORD = [...range(48, 57), ...range(65, 90), ...range(97, 122), 95];

/**
 * The pattern with every escape and character class replaced by as many `_` (same offsets):
 * what is left has parentheses and bars only where they are syntax. Regex replaces rather than
 * a loop over characters: this runs for every rule as each thread builds its engine, before
 * any code is optimized.
 */
function reduce(p: string): string {
  return p.replace(OPAQUE, (m) => '_'.repeat(m.length));
}

/**
 * Escapes and character classes (non-`v` mode: no nesting): they never open a group. The `]`
 * is optional so that an unclosed class is consumed once, not searched again from each `[`.
 */
export const OPAQUE = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]?/g;
const PAREN = /[()]/g;

/** Index just past the group that opens at `i` (`(`) in a reduced pattern, or -1 when it is not closed. */
function groupEnd(r: string, i: number): number {
  let depth = 0;
  PAREN.lastIndex = i;
  for (let m = PAREN.exec(r); m !== null; m = PAREN.exec(r)) {
    if (m[0] === '(') depth++;
    else if (--depth === 0) return m.index + 1;
  }
  return -1;
}

/** Innermost groups of a reduced pattern, for removal until none is left. */
const INNERMOST = /\([^()]*\)/g;

/** Whether a reduced pattern `r[from, to)` has a `|` outside groups. */
function hasTopLevelBar(r: string, from: number, to: number): boolean {
  let x = r.slice(from, to);
  if (!x.includes('|')) return false;
  for (let prev = ''; prev !== x; ) {
    prev = x;
    x = x.replace(INNERMOST, '');
  }
  return x.includes('|');
}

/** A class body `[...]` at `i` as a table and the index after it; undefined for negated classes or escapes it does not know. */
function readClass(p: string, i: number, caseless: boolean): { t: Table; end: number } | undefined {
  if (p[i + 1] === '^') return undefined;
  const chars: number[] = [];
  let j = i + 1;
  const atom = (): number | number[] | undefined => {
    const c = p[j]!;
    if (c !== '\\') {
      j++;
      return c.charCodeAt(0);
    }
    const e = p[j + 1];
    j += 2;
    if (e === 'd') return DIGITS;
    if (e === 'w') return WORD;
    if (e === undefined || /[A-Za-z0-9]/.test(e)) return undefined;
    return e.charCodeAt(0);
  };
  while (j < p.length && p[j] !== ']') {
    const a = atom();
    if (a === undefined) return undefined;
    if (typeof a !== 'number') {
      chars.push(...a);
      continue;
    }
    if (p[j] === '-' && p[j + 1] !== ']' && j + 1 < p.length) {
      j++;
      const b = atom();
      if (typeof b !== 'number' || b < a) return undefined;
      chars.push(...range(a, b));
    } else chars.push(a);
  }
  if (p[j] !== ']' || chars.some((c) => c >= 128)) return undefined;
  return { t: table(chars, caseless), end: j + 1 };
}

/** One character the pattern takes at `i` (a literal, an escape, a class) and the index after it; undefined for anything else. */
function readAtom(p: string, i: number, caseless: boolean): { t: Table; end: number } | undefined {
  const c = p[i]!;
  if (c === '[') return readClass(p, i, caseless);
  if (c === '\\') {
    const e = p[i + 1];
    if (e === 'd') return { t: table(DIGITS, false), end: i + 2 };
    if (e === 'w') return { t: table(WORD, false), end: i + 2 };
    if (e === undefined || /[A-Za-z0-9]/.test(e)) return undefined;
    return e.charCodeAt(0) < 128 ? { t: table([e.charCodeAt(0)], caseless), end: i + 2 } : undefined;
  }
  if ('()[]{}*+?|^$.'.includes(c) || c.charCodeAt(0) >= 128) return undefined;
  return { t: table([c.charCodeAt(0)], caseless), end: i + 1 };
}

/** A quantifier at `i`: its minimum and the index after it (a lazy `?` included); undefined when there is none. */
function readQuantifier(p: string, i: number): { min: number; end: number } | undefined {
  const c = p[i];
  let min: number;
  let end: number;
  if (c === '+') [min, end] = [1, i + 1];
  else if (c === '*' || c === '?') [min, end] = [0, i + 1];
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.slice(i, i + 16));
    if (!m) return undefined;
    [min, end] = [Number(m[1]), i + m[0].length];
  } else return undefined;
  if (p[end] === '?') end++;
  return { min, end };
}

/** Every string of tables an alternation group `(?:a|b|…)` (one character per position each) takes, or undefined. */
function readAlternatives(p: string, from: number, to: number, caseless: boolean): Table[][] | undefined {
  const out: Table[][] = [[]];
  let j = from;
  while (j < to) {
    if (p[j] === '|') {
      out.push([]);
      j++;
      continue;
    }
    const a = readAtom(p, j, caseless);
    if (!a || readQuantifier(p, a.end)) return undefined;
    out[out.length - 1]!.push(a.t);
    j = a.end;
  }
  return out.length <= MAX_ALTERNATIVES ? out : undefined;
}

/**
 * The pattern's start as alternatives of single characters and the run after them (see
 * PatternTail); undefined when it does not start that way or has flags that change what a
 * character class takes (`u`/`v` with `i`: Unicode case folding maps `K` to the Kelvin sign).
 */
export function patternTail(pattern: string, flags: string): PatternTail | undefined {
  if (flags.includes('v') || (flags.includes('u') && flags.includes('i'))) return undefined;
  if (flags.includes('x')) return undefined;
  const reduced = reduce(pattern);
  if (hasTopLevelBar(reduced, 0, reduced.length)) return undefined;
  const caseless = flags.includes('i');
  let alternatives: Table[][] = [[]];
  /** Ends of the groups the reading went into (capture and non-capture groups without alternation or quantifier). */
  const open: number[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (open.length && i === open[open.length - 1]! - 1) {
      // The end of a group read through.
      open.pop();
      i++;
      continue;
    }
    const c = pattern[i];
    if (c === '(') {
      const end = groupEnd(reduced, i);
      if (end < 0 || readQuantifier(pattern, end)) break;
      const head = /^\((\?(?:<[=!]|[=!]|:|<[A-Za-z_$][\w$]*>))?/.exec(pattern.slice(i, i + 40))![0];
      if (head === '(?<=' || head === '(?<!' || head === '(?=' || head === '(?!') {
        // Zero-width: it only narrows where the pattern matches.
        i = end;
        continue;
      }
      if (hasTopLevelBar(reduced, i + head.length, end - 1)) {
        const alts = readAlternatives(pattern, i + head.length, end - 1, caseless);
        if (!alts || alts.length * alternatives.length > MAX_ALTERNATIVES) break;
        alternatives = alternatives.flatMap((a) => alts.map((b) => [...a, ...b]));
        i = end;
        continue;
      }
      open.push(end);
      i += head.length;
      continue;
    }
    if (c === '^' || (c === '\\' && (pattern[i + 1] === 'b' || pattern[i + 1] === 'B'))) {
      i += c === '^' ? 1 : 2;
      continue;
    }
    const atom = readAtom(pattern, i, caseless);
    if (!atom) break;
    const q = readQuantifier(pattern, atom.end);
    if (q) return alternatives[0]!.length || q.min > 0 ? { alternatives, run: atom.t, min: q.min } : undefined;
    for (const a of alternatives) a.push(atom.t);
    i = atom.end;
  }
  return alternatives[0]!.length > 0 ? { alternatives, run: undefined, min: 0 } : undefined;
}

/** Whether table `t` takes character `c` in either case (a keyword hit ignores case). */
function takes(t: Table, c: number): boolean {
  return t[c] === 1 || ((c >= 97 && c <= 122) && t[c ^ 32] === 1);
}

/**
 * The test for hits of keyword `hit` (lower case) on a rule with pattern start `tail` and
 * keywords `keywords` (lower case); undefined when the hit cannot be tested: it holds another
 * of the rule's keywords too, or this one twice, or no alternative of the pattern begins with it.
 */
export function keywordTail(hit: string, keywords: readonly string[], tail: PatternTail | undefined): KeywordTail | undefined {
  if (!tail) return undefined;
  let k: string | undefined;
  for (const x of keywords) {
    if (x === '' || x === k || !hit.includes(x)) continue;
    if (k !== undefined) return undefined;
    k = x;
  }
  if (k === undefined) return undefined;
  const at = hit.indexOf(k);
  if (hit.indexOf(k, at + 1) >= 0) return undefined;
  const rests: Table[][] = [];
  for (const alt of tail.alternatives) {
    // An alternative that cannot begin with the keyword cannot match at its hits.
    let begins = true;
    for (let j = 0; begins && j < alt.length && j < k.length; j++) begins = takes(alt[j]!, k.charCodeAt(j));
    if (!begins) continue;
    // The keyword runs on into the run: not tested (rare).
    if (alt.length < k.length) return undefined;
    rests.push(alt.slice(k.length));
  }
  return rests.length ? { at: at + k.length, rests, run: tail.run, min: tail.min } : undefined;
}

/** Whether the text at `pos` holds one of the tail's rests and then `min` characters of its run. */
export function tailFollows(text: string, pos: number, tail: KeywordTail): boolean {
  const rests = tail.rests;
  for (let r = 0; r < rests.length; r++) {
    const rest = rests[r]!;
    let q = pos;
    let ok = q + rest.length + tail.min <= text.length;
    for (let j = 0; ok && j < rest.length; j++, q++) {
      const c = text.charCodeAt(q);
      ok = c < 128 && rest[j]![c] === 1;
    }
    if (!ok) continue;
    const run = tail.run;
    if (run === undefined) return true;
    const stop = q + tail.min;
    while (q < stop) {
      const c = text.charCodeAt(q);
      if (c >= 128 || run[c] !== 1) break;
      q++;
    }
    if (q === stop) return true;
  }
  return false;
}
