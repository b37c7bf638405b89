/**
 * The prefilter: finds every keyword occurrence (ASCII case-insensitive, leftmost, longest
 * keyword at a position, non-overlapping — the semantics of one `/k1|k2|…/gi` alternation
 * sorted longest first) in one pass over the text.
 *
 * It is the only code that touches every character, so it avoids the regex engine, and it
 * looks at every second position only: the three characters at an even position `p` (5 bits
 * each, 32 K table) say whether a keyword may start at `p` (they are its first three) or at
 * `p - 1` (they are its second to fourth); only then are keywords compared. A keyword shorter
 * than four characters is registered under every possible character past its end.
 * On source code this runs about 2.4× faster than the equivalent V8 alternation with a
 * position-by-position loop, and the two-position step took another third off (docs/benchmark.md).
 */

const TABLE_BITS = 15;
const TABLE_SIZE = 1 << TABLE_BITS;

interface Keyword {
  id: number;
  /** Lower-cased character codes. */
  codes: number[];
}

export class KeywordScanner {
  /** Bucket per hash of a keyword's first three characters, longest keyword first. */
  readonly #buckets: Array<Keyword[] | undefined> = new Array<Keyword[] | undefined>(TABLE_SIZE);
  /** By hash of three characters: a keyword starts with them. */
  readonly #present = new Uint8Array(TABLE_SIZE);
  /** By hash of the three characters at a position: 1, a keyword may start there; 2, one may start a position before. */
  readonly #flags = new Uint8Array(TABLE_SIZE);
  /**
   * By hash of a keyword's first four characters (a keyword of three: any fourth): checked
   * before a bucket is searched. Provider names start with common trigrams (`tur`so in
   * `return`, `por`tkey in `import`, `con`fluent in `const`); their fourth character rules most
   * of those positions out without a call.
   */
  readonly #present4 = new Uint8Array(TABLE_SIZE);
  readonly #lengths: number[];

  /** `keywords[i]` is reported as id `i`; keywords are matched ASCII case-insensitively. */
  constructor(keywords: readonly string[]) {
    this.#lengths = keywords.map((k) => k.toLowerCase().length);
    const list: Keyword[] = keywords
      .map((k, id) => {
        const s = k.toLowerCase();
        return { id, codes: Array.from({ length: s.length }, (_, j) => s.charCodeAt(j)) };
      })
      .filter((k) => k.codes.length > 0)
      .sort((a, b) => b.codes.length - a.codes.length);
    const fold = (c: number | undefined): number[] => (c === undefined ? range32() : [c & 31]);
    for (const k of list) {
      const [a, b, c, d] = k.codes;
      for (const s of fold(b)) {
        for (const t of fold(c)) {
          const h = ((a! & 31) << 10) | (s << 5) | t;
          this.#present[h] = 1;
          this.#flags[h]! |= 1;
          (this.#buckets[h] ??= []).push(k);
        }
      }
      for (const x of fold(b)) for (const y of fold(c)) for (const z of fold(d)) this.#flags[(x << 10) | (y << 5) | z]! |= 2;
      for (const x of fold(b)) for (const y of fold(c)) for (const z of fold(d)) this.#present4[hash4(a! & 31, x, y, z)] = 1;
    }
  }

  /** Length of keyword `id` as matched (lower-cased). */
  lengthOf(id: number): number {
    return this.#lengths[id]!;
  }

  /**
   * Appends `start, id` pairs of each keyword occurrence that starts in `[from, to)` (default:
   * the whole text) to `out` (cleared first) and returns the number of hits. A flat number
   * array keeps the hot loop free of allocations.
   */
  scan(text: string, out: number[], from = 0, to = text.length): number {
    out.length = 0;
    const len = text.length;
    const end = Math.min(len, to);
    const flags = this.#flags;
    let hits = 0;
    /** Where the next keyword may start (after the last one found). */
    let next = from;
    // Hot loop, two positions a step: `p - 1` and `p`. Every read is in bounds (an
    // out-of-bounds charCodeAt makes V8 take a slow path); keywords may run past `to`.
    let p = from + 1;
    const last = Math.min(len - 2, end);
    if (p < last) {
      const present4 = this.#present4;
      let c0 = text.charCodeAt(p) & 31;
      for (; p < last; p += 2) {
        const c1 = text.charCodeAt(p + 1) & 31;
        const c2 = text.charCodeAt(p + 2) & 31;
        const h = (c0 << 10) | (c1 << 5) | c2;
        const cp = c0;
        c0 = c2;
        const f = flags[h]!;
        if (f === 0) continue;
        // The four characters of each candidate start are checked here, before any call: with
        // many keywords most flagged positions are a common trigram of some keyword.
        if ((f & 2) !== 0 && p - 1 >= next && present4[hash4(text.charCodeAt(p - 1) & 31, cp, c1, c2)] !== 0) {
          const k = this.#at(text, p - 1);
          if (k !== undefined) {
            out.push(p - 1, k.id);
            hits++;
            next = p - 1 + k.codes.length;
          }
        }
        if ((f & 1) !== 0 && p >= next && present4[hash4(cp, c1, c2, (p + 3 < len ? text.charCodeAt(p + 3) : 0) & 31)] !== 0) {
          const k = this.#longestAt(text, p, h);
          if (k !== undefined) {
            out.push(p, k.id);
            hits++;
            next = p + k.codes.length;
          }
        }
      }
    }
    // The positions the loop did not reach: `p - 1` on, one at a time.
    for (let i = Math.max(p - 1, next); i < end; i++) {
      const k = this.#at(text, i);
      if (k === undefined) continue;
      out.push(i, k.id);
      hits++;
      i += k.codes.length - 1;
    }
    return hits;
  }

  /** The longest keyword at `i`, if any. */
  #at(text: string, i: number): Keyword | undefined {
    const h = ((codeAt(text, i) & 31) << 10) | ((codeAt(text, i + 1) & 31) << 5) | (codeAt(text, i + 2) & 31);
    return this.#present[h] === 0 ? undefined : this.#longestAt(text, i, h);
  }

  /** The longest keyword of bucket `h` that occurs at `i`. */
  #longestAt(text: string, i: number, h: number): Keyword | undefined {
    const n = text.length;
    if (this.#present4[hash4(h >> 10, (h >> 5) & 31, h & 31, (i + 3 < n ? text.charCodeAt(i + 3) : 0) & 31)] === 0) return undefined;
    const bucket = this.#buckets[h]!;
    for (let j = 0; j < bucket.length; j++) {
      const k = bucket[j]!;
      const codes = k.codes;
      const len = codes.length;
      if (i + len > n) continue;
      let q = 0;
      while (q < len) {
        let c = text.charCodeAt(i + q);
        if (c >= 65 && c <= 90) c |= 32;
        if (c !== codes[q]) break;
        q++;
      }
      if (q === len) return k;
    }
    return undefined;
  }
}

/** Four 5-bit character classes (20 bits) mixed into a table index. */
function hash4(a: number, b: number, c: number, d: number): number {
  const x = (a << 15) | (b << 10) | (c << 5) | d;
  return (x ^ (x >>> 7)) & (TABLE_SIZE - 1);
}

/** A character code, 0 past the end. */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : 0;
}

function range32(): number[] {
  return Array.from({ length: 32 }, (_, i) => i);
}
