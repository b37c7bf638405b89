/**
 * The prefilter: finds every keyword occurrence (ASCII case-insensitive, leftmost, longest
 * keyword at a position, non-overlapping — the semantics of one `/k1|k2|…/gi` alternation
 * sorted longest first) in one pass over the text.
 *
 * It is the only code that touches every character, so it avoids the regex engine. It reads the
 * text as bytes (a Latin-1 copy) and steps two positions at a time, reading two bytes a step: the four characters at `p - 1` and at `p`
 * (5 bits each: 20 bits, one bit of a 128 KB set) say whether a keyword may start there — they
 * are its first four (a keyword of three: any fourth). Only then is the trie walked. With 877
 * keywords, a three-character gate flagged 20 % of the steps on source code (`res`, `con`,
 * `ion` begin some provider's name); the four-character one a few per cent.
 */

/** Four 5-bit character classes: 2^20 bits. */
const GRAM_BITS = 20;

/** Characters a keyword may hold (lower-cased ASCII): the trie's alphabet. */
const ALPHABET = 128;

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Keyword hits: `start, id` pairs in a typed array that grows and is kept from scan to scan. A
 * number array cleared with `length = 0` let go of its storage, and each scan grew it again
 * push by push: 4.8 M pushes took ~100 ms, these writes ~6 ms.
 */
export class Hits {
  data = new Int32Array(1024);
  /** Numbers in `data` (twice the hits). */
  length = 0;

  add(start: number, id: number): void {
    let data = this.data;
    const n = this.length;
    if (n + 2 > data.length) {
      data = new Int32Array(data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    data[n] = start;
    data[n + 1] = id;
    this.length = n + 2;
  }

  /** The hits as a plain array (tests). */
  list(): number[] {
    return Array.from(this.data.subarray(0, this.length));
  }
}

export class KeywordScanner {
  /** Bit `h` set: a keyword starts with the four characters of 5-bit classes `h`. */
  readonly #grams = new Int32Array(1 << (GRAM_BITS - 5));
  /**
   * The same for the first five characters (hashed into 2^20 bits), read only where the four
   * passed: `ampl` of "example" stops here, not in the trie.
   */
  readonly #grams5 = new Int32Array(1 << (GRAM_BITS - 5));
  /** Bit `h` set: a keyword of four characters or fewer starts with `h` (any fifth passes). */
  readonly #short = new Int32Array(1 << (GRAM_BITS - 5));
  /**
   * Every keyword in one trie over lower-cased ASCII. The longest keyword at a position is one
   * walk as long as the match, however many keywords share its first letters (`secret`,
   * `secret_key`, `secretsmanager`, … walked once instead of compared one by one).
   * Most nodes have one child (`#onlyChar[node]`, that child `#onlyChild[node]`); the others
   * (~7 %) a dense row of 128 children, row `#row[node]` of `#rows` (0: no child; -1: a leaf).
   * A dense row for every node took 4.7 MB, which each thread faulted in page by page while it
   * built the trie (~20 ms before its first scan). `#final[node]` is the keyword ending there (-1: none).
   */
  readonly #onlyChar: Uint8Array;
  readonly #onlyChild: Int32Array;
  readonly #row: Int32Array;
  readonly #rows: Int32Array;
  readonly #final: Int32Array;
  /** The matched keywords (ASCII), lower-cased, by index; `#ids[index]` is the id reported. */
  readonly #texts: string[];
  readonly #ids: Int32Array;
  /** Keyword id → its length. */
  readonly #lengths: Int32Array;
  /** Shortest keyword: positions closer than this to the end cannot start one. */
  readonly #shortest: number;

  /** Keyword id → its index in `#texts` (-1: not matched, it has a character outside ASCII). */
  readonly #index: Int32Array;

  /** `keywords[i]` is reported as id `i`; keywords are matched ASCII case-insensitively. */
  constructor(keywords: readonly string[]) {
    this.#lengths = new Int32Array(keywords.length);
    this.#index = new Int32Array(keywords.length).fill(-1);
    const texts: string[] = [];
    const ids: number[] = [];
    let chars = 0;
    let shortest = Infinity;
    for (let id = 0; id < keywords.length; id++) {
      const k = keywords[id]!.toLowerCase();
      this.#lengths[id] = k.length;
      if (k.length === 0 || !ASCII.test(k)) continue;
      this.#index[id] = texts.length;
      texts.push(k);
      ids.push(id);
      chars += k.length;
      shortest = Math.min(shortest, k.length);
    }
    this.#texts = texts;
    this.#ids = Int32Array.from(ids);
    this.#shortest = shortest;
    const trie = buildTrie(texts, chars);
    this.#final = trie.final;
    this.#onlyChar = trie.onlyChar;
    this.#onlyChild = trie.onlyChild;
    this.#row = trie.row;
    this.#rows = trie.rows;
    for (const k of texts) this.#markStart(k);
  }

  /**
   * Ids of the keywords that occur inside keyword `id` (at any offset, `id` itself included):
   * a walk down the trie from each of its characters. Empty for a keyword that is not matched.
   */
  contained(id: number): number[] {
    const index = this.#index[id]!;
    if (index < 0) return [];
    const k = this.#texts[index]!;
    const out: number[] = [];
    for (let i = 0; i < k.length; i++) {
      let node = 0;
      for (let q = i; q < k.length; q++) {
        node = this.#child(node, k.charCodeAt(q));
        if (node === 0) break;
        const f = this.#final[node]!;
        if (f !== -1) out.push(this.#ids[f]!);
      }
    }
    return out;
  }

  /** The trie node after `node` on lower-case ASCII character `c`; 0 for none. */
  #child(node: number, c: number): number {
    const only = this.#onlyChar[node]!;
    if (only !== 0) return c === only ? this.#onlyChild[node]! : 0;
    const r = this.#row[node]!;
    return r < 0 ? 0 : this.#rows[r * ALPHABET + c]!;
  }

  /** Whether a keyword may start with the four characters `h` and then `fifth` (5-bit classes). */
  #five(h: number, fifth: number): boolean {
    if ((this.#short[h >>> 5]! & (1 << (h & 31))) !== 0) return true;
    const h5 = hash5(h, fifth);
    return (this.#grams5[h5 >>> 5]! & (1 << (h5 & 31))) !== 0;
  }

  /**
   * Sets the bits of a keyword's first four and five characters (a character past its end: any
   * of the 32 classes; a keyword of four or fewer is marked short instead of under every fifth). Plain counted loops: this runs once per keyword in every thread, before
   * any code is optimized (closures and arrays per keyword took ~25 ms of each thread's start).
   */
  #markStart(k: string): void {
    const n = k.length;
    const a = k.charCodeAt(0) & 31;
    const b0 = n > 1 ? k.charCodeAt(1) & 31 : 0;
    const b1 = n > 1 ? b0 : 31;
    const c0 = n > 2 ? k.charCodeAt(2) & 31 : 0;
    const c1 = n > 2 ? c0 : 31;
    const d0 = n > 3 ? k.charCodeAt(3) & 31 : 0;
    const d1 = n > 3 ? d0 : 31;
    const grams = this.#grams;
    const grams5 = this.#grams5;
    const short = this.#short;
    for (let x = b0; x <= b1; x++) {
      for (let y = c0; y <= c1; y++) {
        for (let z = d0; z <= d1; z++) {
          const h = (a << 15) | (x << 10) | (y << 5) | z;
          grams[h >>> 5]! |= 1 << (h & 31);
          if (n > 4) {
            const h5 = hash5(h, k.charCodeAt(4) & 31);
            grams5[h5 >>> 5]! |= 1 << (h5 & 31);
          } else short[h >>> 5]! |= 1 << (h & 31);
        }
      }
    }
  }

  /** Length of keyword `id` as matched (lower-cased). */
  lengthOf(id: number): number {
    return this.#lengths[id]!;
  }

  /**
   * Puts `start, id` pairs of each keyword occurrence that starts in `[from, to)` (default: the
   * whole text) in `out` (cleared first) and returns the number of hits.
   */
  scan(text: string, out: Hits, from = 0, to = text.length): number {
    out.length = 0;
    const len = text.length;
    const end = Math.min(len, to);
    let hits = 0;
    /** Where the next keyword may start (after the last one found). */
    let next = from;
    // Hot loop, two positions a step: `p - 1` and `p`, from the five characters at `p - 1`.
    // Every read is in bounds (an out-of-bounds charCodeAt makes V8 take a slow path);
    // keywords may run past `to`.
    let p = from + 1;
    const last = Math.min(len - 3, end);
    const grams = this.#grams;
    // The gate reads bytes: the text, a chunk at a time, as Latin-1 (a copy for most texts; a
    // character above U+00FF becomes its low byte, which can only wake the trie walk, and that
    // reads the text itself). Indexing a byte array in the hot loop costs less than
    // `charCodeAt`: 200 MB went 535 → 440 ms with no keyword to find. Chunks keep the copy
    // small (a 20 MB line would otherwise double in memory).
    const ids = this.#ids;
    const texts = this.#texts;
    while (p < last) {
      const stop = Math.min(last, p + CHUNK);
      const base = p - 1;
      const bytes = latin1(text, base, Math.min(len, stop + 4));
      while (p < stop) {
        // The gate alone, in a loop of its own: the first position from `p - 1` on where a
        // keyword may start (-1: none before `stop`). Walks and hits are one call site each
        // below it, and the loop stays small for the optimizing compiler.
        let q = -1;
        let a = bytes[p - 1 - base]! & 31;
        let b = bytes[p - base]! & 31;
        let c = bytes[p + 1 - base]! & 31;
        for (; p < stop; p += 2) {
          const d = bytes[p + 2 - base]! & 31;
          const e = bytes[p + 3 - base]! & 31;
          const h1 = (a << 15) | (b << 10) | (c << 5) | d;
          const h2 = (b << 15) | (c << 10) | (d << 5) | e;
          a = c;
          b = d;
          c = e;
          if ((grams[h1 >>> 5]! & (1 << (h1 & 31))) !== 0 && this.#five(h1, e)) {
            q = p - 1;
            break;
          }
          // (Past the end of the copy, `bytes` holds zeros: the fifth character then reads as 0.)
          if ((grams[h2 >>> 5]! & (1 << (h2 & 31))) !== 0 && this.#five(h2, bytes[p + 4 - base]! & 31)) {
            q = p;
            break;
          }
        }
        if (q === -1) break;
        const k = this.#longestAt(text, q);
        if (k !== -1) {
          out.add(q, ids[k]!);
          hits++;
          next = q + texts[k]!.length;
        }
        // On from the next position (`p - 1`) that is not inside the keyword just found.
        p = Math.max(q + 2, next + 1);
      }
    }
    // The positions the loop did not reach: `p - 1` on, one at a time.
    const stop = Math.min(end, len - Math.min(this.#shortest, len) + 1);
    for (let i = Math.max(p - 1, next); i < stop; i++) {
      const k = this.#longestAt(text, i);
      if (k === -1) continue;
      out.add(i, ids[k]!);
      hits++;
      i += texts[k]!.length - 1;
    }
    return hits;
  }

  /** The index of the longest keyword that occurs at `i` (-1: none): one walk down the trie. */
  #longestAt(text: string, i: number): number {
    const n = text.length;
    const onlyChar = this.#onlyChar;
    const onlyChild = this.#onlyChild;
    const row = this.#row;
    const rows = this.#rows;
    const final = this.#final;
    let node = 0;
    let found = -1;
    for (let q = i; q < n; q++) {
      let c = text.charCodeAt(q);
      if (c >= 65 && c <= 90) c |= 32;
      else if (c >= ALPHABET) break;
      const only = onlyChar[node]!;
      if (only !== 0) {
        if (c !== only) break;
        node = onlyChild[node]!;
      } else {
        const r = row[node]!;
        if (r < 0) break;
        node = rows[r * ALPHABET + c]!;
        if (node === 0) break;
      }
      const f = final[node]!;
      if (f !== -1) found = f;
    }
    return found;
  }
}

interface Trie {
  final: Int32Array;
  onlyChar: Uint8Array;
  onlyChild: Int32Array;
  row: Int32Array;
  rows: Int32Array;
}

/**
 * The trie of `texts` (lower-cased ASCII, `chars` characters in all), laid out as
 * KeywordScanner reads it. Built as edges first (node * ALPHABET + character → child, node 0
 * the root, in an open-addressing table) with each node's child count and first child, then
 * flat arrays. Typed arrays sized for the worst case (a node per character): this runs in every
 * thread's start, before V8 optimizes it, where a Map of edges and arrays grown push by push
 * took ~10 ms. A function of its own: V8 compiles its loops while they run (on-stack
 * replacement), and a small function costs less to compile than the scanner's constructor.
 */
function buildTrie(texts: readonly string[], chars: number): Trie {
  const most = chars + 1;
  const kids = new Int32Array(most);
  const firstChar = new Uint8Array(most);
  const firstChild = new Int32Array(most);
  const final = new Int32Array(most).fill(-1);
  const bits = 32 - Math.clz32(2 * most);
  const mask = (1 << bits) - 1;
  const edgeKey = new Int32Array(mask + 1).fill(-1);
  const edgeChild = new Int32Array(mask + 1);
  let count = 1;
  for (let index = 0; index < texts.length; index++) {
    const k = texts[index]!;
    let node = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      const key = node * ALPHABET + c;
      let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
      while (edgeKey[slot] !== -1 && edgeKey[slot] !== key) slot = (slot + 1) & mask;
      if (edgeKey[slot] === key) {
        node = edgeChild[slot]!;
        continue;
      }
      const child = count++;
      edgeKey[slot] = key;
      edgeChild[slot] = child;
      if (kids[node]++ === 0) {
        firstChar[node] = c;
        firstChild[node] = child;
      }
      node = child;
    }
    // Equal keywords: the first (lowest id) is reported, as a stable longest-first sort did.
    if (final[node] === -1) final[node] = index;
  }
  const onlyChar = new Uint8Array(count);
  const onlyChild = new Int32Array(count);
  const row = new Int32Array(count).fill(-1);
  let rowCount = 0;
  for (let node = 0; node < count; node++) {
    if (node !== 0 && kids[node] === 1) {
      onlyChar[node] = firstChar[node]!;
      onlyChild[node] = firstChild[node]!;
    } else if (node === 0 || kids[node]! > 1) row[node] = rowCount++;
  }
  const rows = new Int32Array(rowCount * ALPHABET);
  for (let slot = 0; slot <= mask; slot++) {
    const key = edgeKey[slot]!;
    if (key === -1) continue;
    const r = row[(key / ALPHABET) | 0]!;
    if (r >= 0) rows[r * ALPHABET + (key % ALPHABET)] = edgeChild[slot]!;
  }
  return { final: final.slice(0, count), onlyChar, onlyChild, row, rows };
}

/** The byte copy `latin1` makes (one per thread, grown as needed; let go after a text over 16 MB). */
/** Positions the gate takes per byte copy. */
const CHUNK = 1 << 16;

/** The byte copy `latin1` makes: one chunk (and the characters after it the gate reads), zeros after. */
const scratch = new Uint8Array(CHUNK + 16);
const scratchBuffer = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.length);

/**
 * `text[from, to)` (at most CHUNK + 8 characters) as Latin-1 bytes, followed by at least 4 zero
 * bytes: `scratch`, valid until the next call.
 */
function latin1(text: string, from: number, to: number): Uint8Array {
  const written = scratchBuffer.write(from === 0 && to === text.length ? text : text.slice(from, to), 0, 'latin1');
  scratch.fill(0, written, written + 8);
  return scratch;
}

/** Four 5-bit classes (`h`, 20 bits) and a fifth, mixed into 20 bits. */
function hash5(h: number, fifth: number): number {
  const x = Math.imul((h << 5) | fifth, 0x9e3779b1);
  return x >>> (32 - GRAM_BITS);
}
