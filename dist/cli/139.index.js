export const id = 139;
export const ids = [139];
export const modules = {

/***/ 2472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ archiveKind),
/* harmony export */   W2: () => (/* binding */ splitArchivePath),
/* harmony export */   YZ: () => (/* binding */ isTar)
/* harmony export */ });
/* unused harmony export ARCHIVE_NAME */
/**
 * Which files are archives (by magic bytes or name), and how archive members are named:
 * `path/to/archive.zip!inner/file.env` (nested: `a.zip!b.tar.gz!c.env`). Dependency-free: the
 * file reader tells archives apart without loading the archive libraries, and the reports
 * point code-scanning tools at the archive file itself.
 */
/** File names of the archives keylint opens. */
const ARCHIVE_NAME = /\.(?:zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|ipa|tar|tgz|gz)$/i;
/**
 * The archive file a member path lies in, and the member's path inside it; undefined for a
 * plain path (a `!` in an ordinary file name is not a member separator).
 */
function splitArchivePath(file) {
    for (let i = file.indexOf('!'); i > 0; i = file.indexOf('!', i + 1)) {
        if (ARCHIVE_NAME.test(file.slice(0, i)))
            return { archive: file.slice(0, i), member: file.slice(i + 1) };
    }
    return undefined;
}
// ARCHIVE_NAME's names by format.
const ZIP_EXT = /\.(?:zip|jar|war|ear|aar|apk|whl|nupkg|vsix|xpi|ipa)$/i;
const TAR_EXT = /\.tar$/i;
const GZIP_EXT = /\.(?:tgz|gz)$/i;
/** The archive format of a file, from its magic bytes (or, for tar, its name and magic). */
function archiveKind(path, head) {
    if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6)))
        return 'zip';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (isTar(head))
        return 'tar';
    // A name that says archive with bytes that do not: read it as an archive, so that the
    // failure is a notice rather than a silent "binary".
    if (ZIP_EXT.test(path))
        return 'zip';
    if (TAR_EXT.test(path))
        return 'tar';
    if (GZIP_EXT.test(path))
        return 'gzip';
    return undefined;
}
/** A tar header: `ustar` at offset 257 (POSIX and GNU tar both write it). */
function isTar(head) {
    return head.length >= 262 && head[257] === 0x75 && head[258] === 0x73 && head[259] === 0x74 && head[260] === 0x61 && head[261] === 0x72;
}


/***/ }),

/***/ 4628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N$: () => (/* binding */ Engine),
  s6: () => (/* binding */ prepareBuiltinRules)
});

// UNUSED EXPORTS: PART_MARGIN, hasRun, scanText

// EXTERNAL MODULE: ./src/providers/registry.ts + 36 modules
var registry = __webpack_require__(602);
// EXTERNAL MODULE: ./src/secret.ts
var src_secret = __webpack_require__(7355);
;// CONCATENATED MODULE: ./src/engine/allow-markers.ts
/**
 * Inline allow markers. A finding is dropped when its line carries a same-line marker, or the
 * line before carries a next-line marker. Markers count anywhere on the line, so every comment
 * syntax works (`#`, `//`, `/* *\/`, `<!-- -->`, `--`, `;`, `%`, `'`, `rem`, …). They are
 * case-sensitive and must end at a word boundary: `keylint:allowed` or `keylint:allow-all`
 * are not markers (a misspelt marker should show up as a finding, not silently pass).
 *
 * Same line:  keylint:allow · gitleaks:allow · pragma: allowlist secret (detect-secrets)
 *             · secretlint-disable-line · trufflehog:ignore
 * Next line:  keylint:allow-next-line · pragma: allowlist nextline secret
 *             · secretlint-disable-next-line
 *
 * secretlint's optional rule names after a directive are ignored: the marker suppresses every
 * keylint rule on that line.
 */
// The end of a marker: not followed by a letter, digit, `_` or `-`.
const END = String.raw `(?![\w-])`;
const SAME_LINE = new RegExp(String.raw `(?:keylint:allow|gitleaks:allow|trufflehog:ignore|secretlint-disable-line)${END}|pragma: ?allowlist[ -]secret\b`);
const NEXT_LINE = new RegExp(String.raw `(?:keylint:allow-next-line|secretlint-disable-next-line)${END}|pragma: ?allowlist[ -]nextline[ -]secret\b`);
/**
 * Cheap pre-check: every marker contains `allow` (keylint, gitleaks, detect-secrets),
 * `-disable-` (secretlint) or `:ignore` (trufflehog). Most lines contain none of them,
 * so no regex runs for them.
 */
function mayHoldMarker(text) {
    return text.indexOf('allow') >= 0 || text.indexOf('-disable-') >= 0 || text.indexOf(':ignore') >= 0;
}
/** Whether a finding on `lineText` is suppressed by a marker on it or on the line before. */
function isAllowedByMarker(lineText, previousLineText) {
    if (mayHoldMarker(lineText) && SAME_LINE.test(lineText))
        return true;
    return previousLineText !== undefined && mayHoldMarker(previousLineText) && NEXT_LINE.test(previousLineText);
}

;// CONCATENATED MODULE: ./src/engine/keyword-scanner.ts
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
class Hits {
    data = new Int32Array(1024);
    /** Numbers in `data` (twice the hits). */
    length = 0;
    add(start, id) {
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
    list() {
        return Array.from(this.data.subarray(0, this.length));
    }
}
class KeywordScanner {
    /** Bit `h` set: a keyword starts with the four characters of 5-bit classes `h`. */
    #grams = new Int32Array(1 << (GRAM_BITS - 5));
    /**
     * The same for the first five characters (hashed into 2^20 bits), read only where the four
     * passed: `ampl` of "example" stops here, not in the trie.
     */
    #grams5 = new Int32Array(1 << (GRAM_BITS - 5));
    /** Bit `h` set: a keyword of four characters or fewer starts with `h` (any fifth passes). */
    #short = new Int32Array(1 << (GRAM_BITS - 5));
    /**
     * Every keyword in one trie over lower-cased ASCII. The longest keyword at a position is one
     * walk as long as the match, however many keywords share its first letters (`secret`,
     * `secret_key`, `secretsmanager`, … walked once instead of compared one by one).
     * Most nodes have one child (`#onlyChar[node]`, that child `#onlyChild[node]`); the others
     * (~7 %) a dense row of 128 children, row `#row[node]` of `#rows` (0: no child; -1: a leaf).
     * A dense row for every node took 4.7 MB, which each thread faulted in page by page while it
     * built the trie (~20 ms before its first scan). `#final[node]` is the keyword ending there (-1: none).
     */
    #onlyChar;
    #onlyChild;
    #row;
    #rows;
    #final;
    /** The matched keywords (ASCII), lower-cased, by index; `#ids[index]` is the id reported. */
    #texts;
    #ids;
    /** Keyword id → its length. */
    #lengths;
    /** Shortest keyword: positions closer than this to the end cannot start one. */
    #shortest;
    /** Keyword id → its index in `#texts` (-1: not matched, it has a character outside ASCII). */
    #index;
    /** `keywords[i]` is reported as id `i`; keywords are matched ASCII case-insensitively. */
    constructor(keywords) {
        this.#lengths = new Int32Array(keywords.length);
        this.#index = new Int32Array(keywords.length).fill(-1);
        const texts = [];
        const ids = [];
        let chars = 0;
        let shortest = Infinity;
        for (let id = 0; id < keywords.length; id++) {
            const k = keywords[id].toLowerCase();
            this.#lengths[id] = k.length;
            if (k.length === 0 || !ASCII.test(k))
                continue;
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
        for (const k of texts)
            this.#markStart(k);
    }
    /**
     * Ids of the keywords that occur inside keyword `id` (at any offset, `id` itself included):
     * a walk down the trie from each of its characters. Empty for a keyword that is not matched.
     */
    contained(id) {
        const index = this.#index[id];
        if (index < 0)
            return [];
        const k = this.#texts[index];
        const out = [];
        for (let i = 0; i < k.length; i++) {
            let node = 0;
            for (let q = i; q < k.length; q++) {
                node = this.#child(node, k.charCodeAt(q));
                if (node === 0)
                    break;
                const f = this.#final[node];
                if (f !== -1)
                    out.push(this.#ids[f]);
            }
        }
        return out;
    }
    /** The trie node after `node` on lower-case ASCII character `c`; 0 for none. */
    #child(node, c) {
        const only = this.#onlyChar[node];
        if (only !== 0)
            return c === only ? this.#onlyChild[node] : 0;
        const r = this.#row[node];
        return r < 0 ? 0 : this.#rows[r * ALPHABET + c];
    }
    /** Whether a keyword may start with the four characters `h` and then `fifth` (5-bit classes). */
    #five(h, fifth) {
        if ((this.#short[h >>> 5] & (1 << (h & 31))) !== 0)
            return true;
        const h5 = hash5(h, fifth);
        return (this.#grams5[h5 >>> 5] & (1 << (h5 & 31))) !== 0;
    }
    /**
     * Sets the bits of a keyword's first four and five characters (a character past its end: any
     * of the 32 classes; a keyword of four or fewer is marked short instead of under every fifth). Plain counted loops: this runs once per keyword in every thread, before
     * any code is optimized (closures and arrays per keyword took ~25 ms of each thread's start).
     */
    #markStart(k) {
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
                    grams[h >>> 5] |= 1 << (h & 31);
                    if (n > 4) {
                        const h5 = hash5(h, k.charCodeAt(4) & 31);
                        grams5[h5 >>> 5] |= 1 << (h5 & 31);
                    }
                    else
                        short[h >>> 5] |= 1 << (h & 31);
                }
            }
        }
    }
    /** Length of keyword `id` as matched (lower-cased). */
    lengthOf(id) {
        return this.#lengths[id];
    }
    /**
     * Puts `start, id` pairs of each keyword occurrence that starts in `[from, to)` (default: the
     * whole text) in `out` (cleared first) and returns the number of hits.
     */
    scan(text, out, from = 0, to = text.length) {
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
                let a = bytes[p - 1 - base] & 31;
                let b = bytes[p - base] & 31;
                let c = bytes[p + 1 - base] & 31;
                for (; p < stop; p += 2) {
                    const d = bytes[p + 2 - base] & 31;
                    const e = bytes[p + 3 - base] & 31;
                    const h1 = (a << 15) | (b << 10) | (c << 5) | d;
                    const h2 = (b << 15) | (c << 10) | (d << 5) | e;
                    a = c;
                    b = d;
                    c = e;
                    if ((grams[h1 >>> 5] & (1 << (h1 & 31))) !== 0 && this.#five(h1, e)) {
                        q = p - 1;
                        break;
                    }
                    // (Past the end of the copy, `bytes` holds zeros: the fifth character then reads as 0.)
                    if ((grams[h2 >>> 5] & (1 << (h2 & 31))) !== 0 && this.#five(h2, bytes[p + 4 - base] & 31)) {
                        q = p;
                        break;
                    }
                }
                if (q === -1)
                    break;
                const k = this.#longestAt(text, q);
                if (k !== -1) {
                    out.add(q, ids[k]);
                    hits++;
                    next = q + texts[k].length;
                }
                // On from the next position (`p - 1`) that is not inside the keyword just found.
                p = Math.max(q + 2, next + 1);
            }
        }
        // The positions the loop did not reach: `p - 1` on, one at a time.
        const stop = Math.min(end, len - Math.min(this.#shortest, len) + 1);
        for (let i = Math.max(p - 1, next); i < stop; i++) {
            const k = this.#longestAt(text, i);
            if (k === -1)
                continue;
            out.add(i, ids[k]);
            hits++;
            i += texts[k].length - 1;
        }
        return hits;
    }
    /** The index of the longest keyword that occurs at `i` (-1: none): one walk down the trie. */
    #longestAt(text, i) {
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
            if (c >= 65 && c <= 90)
                c |= 32;
            else if (c >= ALPHABET)
                break;
            const only = onlyChar[node];
            if (only !== 0) {
                if (c !== only)
                    break;
                node = onlyChild[node];
            }
            else {
                const r = row[node];
                if (r < 0)
                    break;
                node = rows[r * ALPHABET + c];
                if (node === 0)
                    break;
            }
            const f = final[node];
            if (f !== -1)
                found = f;
        }
        return found;
    }
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
function buildTrie(texts, chars) {
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
        const k = texts[index];
        let node = 0;
        for (let i = 0; i < k.length; i++) {
            const c = k.charCodeAt(i);
            const key = node * ALPHABET + c;
            let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
            while (edgeKey[slot] !== -1 && edgeKey[slot] !== key)
                slot = (slot + 1) & mask;
            if (edgeKey[slot] === key) {
                node = edgeChild[slot];
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
        if (final[node] === -1)
            final[node] = index;
    }
    const onlyChar = new Uint8Array(count);
    const onlyChild = new Int32Array(count);
    const row = new Int32Array(count).fill(-1);
    let rowCount = 0;
    for (let node = 0; node < count; node++) {
        if (node !== 0 && kids[node] === 1) {
            onlyChar[node] = firstChar[node];
            onlyChild[node] = firstChild[node];
        }
        else if (node === 0 || kids[node] > 1)
            row[node] = rowCount++;
    }
    const rows = new Int32Array(rowCount * ALPHABET);
    for (let slot = 0; slot <= mask; slot++) {
        const key = edgeKey[slot];
        if (key === -1)
            continue;
        const r = row[(key / ALPHABET) | 0];
        if (r >= 0)
            rows[r * ALPHABET + (key % ALPHABET)] = edgeChild[slot];
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
function latin1(text, from, to) {
    const written = scratchBuffer.write(from === 0 && to === text.length ? text : text.slice(from, to), 0, 'latin1');
    scratch.fill(0, written, written + 8);
    return scratch;
}
/** Four 5-bit classes (`h`, 20 bits) and a fifth, mixed into 20 bits. */
function hash5(h, fifth) {
    const x = Math.imul((h << 5) | fifth, 0x9e3779b1);
    return x >>> (32 - GRAM_BITS);
}

;// CONCATENATED MODULE: ./src/engine/keyword-tails.ts
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
const MAX_ALTERNATIVES = 16;
/** Tables of single characters, shared (one per character and case mode). */
const single = new Map();
function table(chars, caseless) {
    if (chars.length === 1) {
        const key = chars[0] * 2 + (caseless ? 1 : 0);
        let t = single.get(key);
        if (t === undefined)
            single.set(key, (t = build(chars, caseless)));
        return t;
    }
    return build(chars, caseless);
}
function build(chars, caseless) {
    const t = new Uint8Array(128);
    for (const c of chars) {
        t[c] = 1;
        if (caseless && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
            t[c ^ 32] = 1;
    }
    return t;
}
function range(from, to) {
    const out = [];
    for (let c = from; c <= to; c++)
        out.push(c);
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
function reduce(p) {
    return p.replace(OPAQUE, (m) => '_'.repeat(m.length));
}
/**
 * Escapes and character classes (non-`v` mode: no nesting): they never open a group. The `]`
 * is optional so that an unclosed class is consumed once, not searched again from each `[`.
 */
const OPAQUE = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]?/g;
const PAREN = /[()]/g;
/** Index just past the group that opens at `i` (`(`) in a reduced pattern, or -1 when it is not closed. */
function groupEnd(r, i) {
    let depth = 0;
    PAREN.lastIndex = i;
    for (let m = PAREN.exec(r); m !== null; m = PAREN.exec(r)) {
        if (m[0] === '(')
            depth++;
        else if (--depth === 0)
            return m.index + 1;
    }
    return -1;
}
/** Innermost groups of a reduced pattern, for removal until none is left. */
const INNERMOST = /\([^()]*\)/g;
/** Whether a reduced pattern `r[from, to)` has a `|` outside groups. */
function hasTopLevelBar(r, from, to) {
    let x = r.slice(from, to);
    if (!x.includes('|'))
        return false;
    for (let prev = ''; prev !== x;) {
        prev = x;
        x = x.replace(INNERMOST, '');
    }
    return x.includes('|');
}
/** A class body `[...]` at `i` as a table and the index after it; undefined for negated classes or escapes it does not know. */
function readClass(p, i, caseless) {
    if (p[i + 1] === '^')
        return undefined;
    const chars = [];
    let j = i + 1;
    const atom = () => {
        const c = p[j];
        if (c !== '\\') {
            j++;
            return c.charCodeAt(0);
        }
        const e = p[j + 1];
        j += 2;
        if (e === 'd')
            return DIGITS;
        if (e === 'w')
            return WORD;
        if (e === undefined || /[A-Za-z0-9]/.test(e))
            return undefined;
        return e.charCodeAt(0);
    };
    while (j < p.length && p[j] !== ']') {
        const a = atom();
        if (a === undefined)
            return undefined;
        if (typeof a !== 'number') {
            chars.push(...a);
            continue;
        }
        if (p[j] === '-' && p[j + 1] !== ']' && j + 1 < p.length) {
            j++;
            const b = atom();
            if (typeof b !== 'number' || b < a)
                return undefined;
            chars.push(...range(a, b));
        }
        else
            chars.push(a);
    }
    if (p[j] !== ']' || chars.some((c) => c >= 128))
        return undefined;
    return { t: table(chars, caseless), end: j + 1 };
}
/** One character the pattern takes at `i` (a literal, an escape, a class) and the index after it; undefined for anything else. */
function readAtom(p, i, caseless) {
    const c = p[i];
    if (c === '[')
        return readClass(p, i, caseless);
    if (c === '\\') {
        const e = p[i + 1];
        if (e === 'd')
            return { t: table(DIGITS, false), end: i + 2 };
        if (e === 'w')
            return { t: table(WORD, false), end: i + 2 };
        if (e === undefined || /[A-Za-z0-9]/.test(e))
            return undefined;
        return e.charCodeAt(0) < 128 ? { t: table([e.charCodeAt(0)], caseless), end: i + 2 } : undefined;
    }
    if ('()[]{}*+?|^$.'.includes(c) || c.charCodeAt(0) >= 128)
        return undefined;
    return { t: table([c.charCodeAt(0)], caseless), end: i + 1 };
}
/** A quantifier at `i`: its minimum and the index after it (a lazy `?` included); undefined when there is none. */
function readQuantifier(p, i) {
    const c = p[i];
    let min;
    let end;
    if (c === '+')
        [min, end] = [1, i + 1];
    else if (c === '*' || c === '?')
        [min, end] = [0, i + 1];
    else if (c === '{') {
        const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.slice(i, i + 16));
        if (!m)
            return undefined;
        [min, end] = [Number(m[1]), i + m[0].length];
    }
    else
        return undefined;
    if (p[end] === '?')
        end++;
    return { min, end };
}
/** Every string of tables an alternation group `(?:a|b|…)` (one character per position each) takes, or undefined. */
function readAlternatives(p, from, to, caseless) {
    const out = [[]];
    let j = from;
    while (j < to) {
        if (p[j] === '|') {
            out.push([]);
            j++;
            continue;
        }
        const a = readAtom(p, j, caseless);
        if (!a || readQuantifier(p, a.end))
            return undefined;
        out[out.length - 1].push(a.t);
        j = a.end;
    }
    return out.length <= MAX_ALTERNATIVES ? out : undefined;
}
/**
 * The pattern's start as alternatives of single characters and the run after them (see
 * PatternTail); undefined when it does not start that way or has flags that change what a
 * character class takes (`u`/`v` with `i`: Unicode case folding maps `K` to the Kelvin sign).
 */
function patternTail(pattern, flags) {
    if (flags.includes('v') || (flags.includes('u') && flags.includes('i')))
        return undefined;
    if (flags.includes('x'))
        return undefined;
    const reduced = reduce(pattern);
    if (hasTopLevelBar(reduced, 0, reduced.length))
        return undefined;
    const caseless = flags.includes('i');
    let alternatives = [[]];
    /** Ends of the groups the reading went into (capture and non-capture groups without alternation or quantifier). */
    const open = [];
    let i = 0;
    while (i < pattern.length) {
        if (open.length && i === open[open.length - 1] - 1) {
            // The end of a group read through.
            open.pop();
            i++;
            continue;
        }
        const c = pattern[i];
        if (c === '(') {
            const end = groupEnd(reduced, i);
            if (end < 0 || readQuantifier(pattern, end))
                break;
            const head = /^\((\?(?:<[=!]|[=!]|:|<[A-Za-z_$][\w$]*>))?/.exec(pattern.slice(i, i + 40))[0];
            if (head === '(?<=' || head === '(?<!' || head === '(?=' || head === '(?!') {
                // Zero-width: it only narrows where the pattern matches.
                i = end;
                continue;
            }
            if (hasTopLevelBar(reduced, i + head.length, end - 1)) {
                const alts = readAlternatives(pattern, i + head.length, end - 1, caseless);
                if (!alts || alts.length * alternatives.length > MAX_ALTERNATIVES)
                    break;
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
        if (!atom)
            break;
        const q = readQuantifier(pattern, atom.end);
        if (q)
            return alternatives[0].length || q.min > 0 ? { alternatives, run: atom.t, min: q.min } : undefined;
        for (const a of alternatives)
            a.push(atom.t);
        i = atom.end;
    }
    return alternatives[0].length > 0 ? { alternatives, run: undefined, min: 0 } : undefined;
}
/** Whether table `t` takes character `c` in either case (a keyword hit ignores case). */
function takes(t, c) {
    return t[c] === 1 || ((c >= 97 && c <= 122) && t[c ^ 32] === 1);
}
/**
 * The test for hits of keyword `hit` (lower case) on a rule with pattern start `tail` and
 * keywords `keywords` (lower case); undefined when the hit cannot be tested: it holds another
 * of the rule's keywords too, or this one twice, or no alternative of the pattern begins with it.
 */
function keywordTail(hit, keywords, tail) {
    if (!tail)
        return undefined;
    let k;
    for (const x of keywords) {
        if (x === '' || x === k || !hit.includes(x))
            continue;
        if (k !== undefined)
            return undefined;
        k = x;
    }
    if (k === undefined)
        return undefined;
    const at = hit.indexOf(k);
    if (hit.indexOf(k, at + 1) >= 0)
        return undefined;
    const rests = [];
    for (const alt of tail.alternatives) {
        // An alternative that cannot begin with the keyword cannot match at its hits.
        let begins = true;
        for (let j = 0; begins && j < alt.length && j < k.length; j++)
            begins = takes(alt[j], k.charCodeAt(j));
        if (!begins)
            continue;
        // The keyword runs on into the run: not tested (rare).
        if (alt.length < k.length)
            return undefined;
        rests.push(alt.slice(k.length));
    }
    return rests.length ? { at: at + k.length, rests, run: tail.run, min: tail.min } : undefined;
}
/** Whether the text at `pos` holds one of the tail's rests and then `min` characters of its run. */
function tailFollows(text, pos, tail) {
    const rests = tail.rests;
    for (let r = 0; r < rests.length; r++) {
        const rest = rests[r];
        let q = pos;
        let ok = q + rest.length + tail.min <= text.length;
        for (let j = 0; ok && j < rest.length; j++, q++) {
            const c = text.charCodeAt(q);
            ok = c < 128 && rest[j][c] === 1;
        }
        if (!ok)
            continue;
        const run = tail.run;
        if (run === undefined)
            return true;
        const stop = q + tail.min;
        while (q < stop) {
            const c = text.charCodeAt(q);
            if (c >= 128 || run[c] !== 1)
                break;
            q++;
        }
        if (q === stop)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/compile.ts


const DEFAULT_WINDOW = { before: 64, after: 256 };
/** Where a generic pattern's value begins (see `Rule.generic`). */
const VALUE_START = '(?=(?<secret>';
/** A character-class body (`A-Za-z0-9/+`: ranges, characters, `\\` escapes) as a table by character code (ASCII). */
function classTable(body) {
    const t = new Uint8Array(128);
    for (let i = 0; i < body.length; i++) {
        let c = body.charCodeAt(i);
        if (c === 92 && i + 1 < body.length)
            c = body.charCodeAt(++i);
        if (body[i + 1] === '-' && i + 2 < body.length) {
            let to = body.charCodeAt(i + 2);
            i += 2;
            if (to === 92 && i + 1 < body.length)
                to = body.charCodeAt(++i);
            for (let x = c; x <= to && x < 128; x++)
                t[x] = 1;
        }
        else if (c < 128)
            t[c] = 1;
    }
    return t;
}
const DEFAULT_PAIR_WINDOW = { before: 320, after: 320 };
function compilePair(rule) {
    const p = rule.pair;
    if (!p)
        return undefined;
    const w = p.window ?? DEFAULT_PAIR_WINDOW;
    return { label: p.label, regex: new RegExp(p.pattern, 'dg' + (p.flags ?? '').replace(/[gyd]/g, '')), before: w.before, after: w.after, required: p.required === true };
}
const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function charTable(chars) {
    const t = new Uint8Array(128);
    for (let i = 0; i < chars.length; i++)
        if (chars.charCodeAt(i) < 128)
            t[chars.charCodeAt(i)] = 1;
    return t;
}
/**
 * Whether a regex source has a capture group (numbered or named), read from the source: running
 * a throwaway regex to count the groups compiled 170 extra regexes per engine (~3 ms per
 * thread). Escapes and character classes are skipped; `v`-mode sources (nested classes) are
 * asked of V8 instead.
 */
function hasCaptureGroup(pattern, flags) {
    if (flags.includes('v'))
        return new RegExp(`${pattern}|`, flags).exec('').length > 1;
    // Regexes, not a loop over characters: run ~80 times per engine, a loop got hot enough for
    // V8 to spend ~3 ms optimizing it in every thread, on the way to the scan.
    return OPENS_GROUP.test(pattern.replace(OPAQUE, ''));
}
/** `(` not followed by `?`, or a named group `(?<name>` (not a lookbehind). */
const OPENS_GROUP = /\((?!\?)|\(\?<(?![=!])/;
/**
 * The rules keyword `kw` triggers (`set.triggers[kw]`), filled now if not yet, with its window
 * and anchored rules and their joint `next` table: the rules of every keyword it contains,
 * itself included, read from the scanner's trie (a walk from each of its characters; most end
 * after a character or two).
 */
function triggersOf(set, kw) {
    const known = set.triggers[kw];
    if (known !== undefined)
        return known;
    const { byKeyword, keywordTexts, rules } = set;
    const list = new Set(byKeyword.get('') ?? []);
    for (const r of byKeyword.get(keywordTexts[kw]))
        list.add(r);
    for (const other of set.keywords.contained(kw))
        for (const r of byKeyword.get(keywordTexts[other]))
            list.add(r);
    const triggers = [...list].sort((a, b) => a - b);
    const anchored = triggers.filter((ri) => rules[ri].anchor !== undefined);
    const key = anchored.join(',');
    if (!set.anchorTables.has(key))
        set.anchorTables.set(key, jointNext(anchored, rules));
    set.anchorNext[kw] = set.anchorTables.get(key);
    set.windowTriggers[kw] = triggers.filter((ri) => rules[ri].anchor === undefined);
    set.anchorTriggers[kw] = anchored;
    set.triggers[kw] = triggers;
    return triggers;
}
/** The union of the anchored rules' `next` tables; undefined when one of them takes any character. */
function jointNext(anchored, rules) {
    const table = new Uint8Array(128);
    for (const ri of anchored) {
        const next = rules[ri].next;
        if (next === undefined)
            return undefined;
        for (let c = 0; c < 128; c++)
            table[c] |= next[c];
    }
    return table;
}
function nameTestOf(tests, test) {
    const i = tests.indexOf(test);
    return i >= 0 ? i : tests.push(test) - 1;
}
/** The tests of what follows a hit of keyword `kw` for each of its window rules (`windowTails[kw]`, read now if not yet). */
function tailsOf(set, kw) {
    const known = set.windowTails[kw];
    if (known !== undefined)
        return known;
    triggersOf(set, kw);
    const tails = set.windowTriggers[kw].map((ri) => {
        const r = set.rules[ri];
        let start = set.patternTails[ri];
        if (start === undefined)
            set.patternTails[ri] = start = (r.rule.keywords.length ? patternTail(r.rule.pattern, r.rule.flags ?? '') : undefined) ?? null;
        return start === null ? undefined : keywordTail(set.keywordTexts[kw], r.rule.keywords.map((k) => k.toLowerCase()), start);
    });
    set.windowTails[kw] = tails;
    return tails;
}
/** Where in a hit of keyword `kw` each of its `atKeyword` rules may begin a match (`windowStarts[kw]`, worked out now if not yet). */
function startsOf(set, kw) {
    const known = set.windowStarts[kw];
    if (known !== undefined)
        return known;
    const hit = set.keywordTexts[kw];
    triggersOf(set, kw);
    const starts = set.windowTriggers[kw].map((ri) => {
        const r = set.rules[ri];
        if (r.atKeyword === undefined)
            return undefined;
        const own = r.rule.keywords.map((k) => k.toLowerCase());
        const offsets = [];
        // A match at offset `o` begins with one of the rule's keywords, which then agrees with the hit from `o` on.
        for (let o = 0; o < hit.length; o++) {
            const rest = hit.slice(o);
            if (own.some((k) => k.startsWith(rest) || rest.startsWith(k)))
                offsets.push(o);
        }
        return offsets;
    });
    set.windowStarts[kw] = starts;
    return starts;
}
/** Prefixes of specific providers' keys, 3 characters or more (`ghp_`, `xoxb-`, `AIza` …). */
function specificPrefixesOf(providers) {
    return [...new Set(providers.filter((p) => !p.rules.every((r) => r.generic)).flatMap((p) => p.format?.prefixes ?? []).filter((x) => x.length >= 3))];
}
/** The fewest characters a prefix's base64 form must have to wake the decoder (shorter forms are everywhere in base64). */
const MIN_ENCODED_KEYWORD = 5;
/**
 * The base64 forms of prefixes, lower-cased (the keyword scanner ignores case): for each of the
 * three byte alignments a prefix can have in the encoded data, the characters its bytes alone
 * decide, in the standard and the URL-safe alphabet. Prefixes of 4 characters or more; forms
 * shorter than MIN_ENCODED_KEYWORD are dropped.
 */
const ZEROS = '\0\0';
function base64PrefixKeywords(prefixes) {
    const out = new Set();
    for (const p of prefixes) {
        const bytes = Buffer.byteLength(p, 'utf8');
        if (bytes < 4)
            continue;
        for (let a = 0; a < 3; a++) {
            // One buffer per alignment, `a` NUL bytes first (a loop of our own here got hot enough for
            // V8 to optimize it in every thread's start, at more cost than it saved).
            const encoded = Buffer.from(ZEROS.slice(0, a) + p, 'utf8').toString('base64');
            const from = Math.ceil((8 * a) / 6);
            const to = Math.floor((8 * (a + bytes)) / 6);
            const form = encoded.slice(from, to);
            if (form.length < MIN_ENCODED_KEYWORD)
                continue;
            out.add(form.toLowerCase());
            out.add(form.replace(/\+/g, '-').replace(/\//g, '_').toLowerCase());
        }
    }
    return [...out];
}
function compileRules(providers, disabled = new Set()) {
    const rules = [];
    const byKeyword = new Map();
    const nameTests = [];
    const specificPrefixes = specificPrefixesOf(providers);
    const notSpecific = specificPrefixes.length ? `(?!${specificPrefixes.map(escapeRegex).join('|')})` : '';
    for (const provider of providers) {
        for (const rule of provider.rules) {
            if (disabled.has(rule.id) || disabled.has(provider.id))
                continue;
            const own = (rule.flags ?? '').replace(/[gyd]/g, '');
            // A generic value never begins with a specific provider's prefix (the gate drops it): the regex skips it.
            const pattern = rule.generic && !own.includes('i') ? rule.pattern.split(VALUE_START).join(notSpecific + VALUE_START) : rule.pattern;
            const extra = own + (rule.anchor ? 'y' : '');
            // The secret is the `secret` group, else group 1, else the whole match.
            const hasGroup = hasCaptureGroup(rule.pattern, own);
            const index = rules.length;
            const window = rule.window ?? DEFAULT_WINDOW;
            rules.push({
                index,
                rule,
                provider,
                regex: new RegExp(pattern, 'g' + extra),
                hasGroup,
                spanRegex: hasGroup && !rule.locateAtMatch ? new RegExp(pattern, 'dy' + own) : undefined,
                before: window.before,
                after: window.after,
                priority: (rule.generic ? 0 : 10) + CONFIDENCE_RANK[rule.confidence],
                requiresCaseless: rule.requires?.some((q) => /[a-z]/i.test(q)) && extra.includes('i') ? new RegExp(rule.requires.map(escapeRegex).join('|'), 'i') : undefined,
                next: rule.anchor?.next === undefined ? undefined : charTable(rule.anchor.next),
                generic: rule.generic === true,
                anchor: rule.anchor,
                nameTest: rule.anchor ? nameTestOf(nameTests, rule.anchor.name) : -1,
                requires: rule.requires,
                locateAtMatch: rule.locateAtMatch === true,
                verify: rule.verify,
                check: rule.check,
                skipPlaceholderGate: rule.skipPlaceholderGate === true,
                minEntropy: rule.minEntropy,
                minDigits: rule.minDigits,
                pair: compilePair(rule),
                decode: rule.decode === 'base64' ? 1 : rule.decode === 'percent' ? 2 : 0,
                atKeyword: rule.startsWithKeyword && !rule.paths?.length && !rule.anchor ? new RegExp(pattern, 'y' + own) : undefined,
                run: rule.requiresRun ? { chars: classTable(rule.requiresRun.chars), lengths: rule.requiresRun.lengths, shortest: Math.max(1, Math.min(...rule.requiresRun.lengths)) } : undefined,
            });
            for (const kw of rule.keywords) {
                const k = kw.toLowerCase();
                const list = byKeyword.get(k);
                if (list)
                    list.push(index);
                else
                    byKeyword.set(k, [index]);
            }
        }
    }
    // A base64 decoder wakes where a provider's prefix sits inside base64 (`Z2hwX` is `ghp_`).
    const decoders = rules.filter((r) => r.decode === 1 && r.rule.wakeOnEncodedPrefixes === true);
    if (decoders.length) {
        for (const kw of base64PrefixKeywords(specificPrefixesOf(providers))) {
            const list = byKeyword.get(kw);
            const add = decoders.map((r) => r.index).filter((i) => !list?.includes(i));
            if (list)
                list.push(...add);
            else
                byKeyword.set(kw, add);
        }
    }
    const keywords = [...byKeyword.keys()];
    const scanner = new KeywordScanner(keywords);
    const perKeyword = () => new Array(keywords.length).fill(undefined);
    const maxKeyword = keywords.reduce((m, k) => Math.max(m, k.length), 0);
    const specificPrefix = specificPrefixes.length ? new RegExp(`^(?:${specificPrefixes.map(escapeRegex).join('|')})`) : /(?!)/;
    return {
        rules,
        keywords: scanner,
        keywordTexts: keywords,
        triggers: perKeyword(),
        windowTriggers: perKeyword(),
        windowTails: perKeyword(),
        patternTails: new Array(rules.length).fill(undefined),
        windowStarts: perKeyword(),
        anchorTriggers: perKeyword(),
        anchorNext: perKeyword(),
        anchorTables: new Map(),
        byKeyword,
        nameTests,
        specificPrefixes,
        specificPrefix,
        pathRules: rules.filter((r) => r.rule.paths?.length),
        maxKeyword,
    };
}

// EXTERNAL MODULE: ./src/engine/entropy.ts
var entropy = __webpack_require__(1611);
// EXTERNAL MODULE: ./src/strings.ts
var strings = __webpack_require__(9337);
;// CONCATENATED MODULE: ./src/engine/locate.ts
/**
 * Maps UTF-16 offsets in a text to 0-based lines and 1-based columns. Line starts are recorded
 * only as far as the offsets asked about (findings come in text order): a file with one finding
 * near its top is not indexed whole.
 */
class LineIndex {
    text;
    /** Start offsets of lines 0 … `#count - 1`. */
    #starts = new Int32Array(64);
    #count = 1;
    /** Every line break before this offset is recorded. */
    #searched = 0;
    constructor(text) {
        this.text = text;
    }
    /** Records the starts of all lines that start at or before `offset`. */
    #extend(offset) {
        const t = this.text;
        let from = this.#searched;
        while (from <= offset) {
            const i = t.indexOf('\n', from);
            if (i === -1) {
                from = t.length + 1;
                break;
            }
            if (this.#count === this.#starts.length) {
                const grown = new Int32Array(this.#starts.length * 2);
                grown.set(this.#starts);
                this.#starts = grown;
            }
            this.#starts[this.#count++] = i + 1;
            from = i + 1;
        }
        this.#searched = from;
    }
    /** 0-based line index of an offset. */
    lineOf(offset) {
        if (offset >= this.#searched)
            this.#extend(offset);
        const s = this.#starts;
        let lo = 0;
        let hi = this.#count - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** 1-based column of an offset on its line (a line `lineOf` returned). */
    columnOf(offset, line) {
        return offset - this.#starts[line] + 1;
    }
    /** Text of a 0-based line (one `lineOf` returned, or one before it) without its line terminator, capped at `max` chars. */
    lineText(line, max = 4096) {
        if (line < 0 || line >= this.#count)
            return '';
        const start = this.#starts[line];
        const lf = this.text.indexOf('\n', start);
        const end = lf === -1 ? this.text.length : lf;
        const text = this.text.slice(start, Math.min(end, start + max));
        return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
}

// EXTERNAL MODULE: ./src/engine/placeholder.ts
var placeholder = __webpack_require__(4659);
;// CONCATENATED MODULE: ./src/engine/index.ts










/**
 * A match of a rule, before the gates. Its fields are never written after construction (see
 * `located`), and every candidate is made by this one constructor: V8's optimized code for the
 * per-candidate path then sees one object shape, with constant fields, from the first file on.
 */
class Candidate {
    rule;
    start;
    end;
    secret;
    groups;
    input;
    base;
    at;
    encoding;
    constructor(rule, 
    /** Offsets of the secret in the text; -1 until `located` (only candidates that need them are located). */
    start, end, secret, groups, 
    /** Where the match was found: at `at` in `input`, the text or a window of it starting at `base`. */
    input, base, at, 
    /** 0: found as written; ENCODED_BASE64 / ENCODED_PERCENT: found in the decoded form of the span. */
    encoding) {
        this.rule = rule;
        this.start = start;
        this.end = end;
        this.secret = secret;
        this.groups = groups;
        this.input = input;
        this.base = base;
        this.at = at;
        this.encoding = encoding;
    }
}
const ENCODED_BASE64 = 1;
const ENCODED_PERCENT = 2;
/** Encoded runs longer than this are not decoded (64 KB). */
const MAX_ENCODED = 64 * 1024;
/** Decoded characters per unit at most (a file of base64 blobs is not decoded whole). */
const DECODE_BUDGET = 1024 * 1024;
/** Encodings inside encodings: base64 of JSON holding base64 (a dockerconfigjson Secret). */
const MAX_DECODE_DEPTH = 2;
function isBase64Char(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 45 || c === 95;
}
/** Whether [start, end) lies inside a run seen already; the latest runs are checked first (candidates come in text order per rule). */
function insideRun(runs, kind, start, end) {
    for (let i = runs.starts.length - 1, n = 0; i >= 0 && n < 8; i--, n++)
        if (runs.kinds[i] === kind && start >= runs.starts[i] && end <= runs.ends[i])
            return true;
    return false;
}
/** Slots of a NameVerdicts table (a power of two). */
const VERDICT_SLOTS = 4096;
/**
 * What a name test said of the identifiers it saw, in a table by a hash of their characters: a
 * name seen before is answered from the text, without slicing it out (code repeats its names,
 * and a slice and a map lookup per identifier took ~5 % of a scan). A slot holds the last name
 * hashed to it.
 */
class NameVerdicts {
    test;
    #names = new Array(VERDICT_SLOTS).fill(undefined);
    #verdicts = new Uint8Array(VERDICT_SLOTS);
    constructor(test) {
        this.test = test;
    }
    /** The test's verdict on `text[start, end)`. */
    of(text, start, end) {
        // The length and up to four characters at each end: enough to tell names apart mostly (a
        // slot holding another name only costs a judgement).
        let h = Math.imul(end - start, 0x9e3779b1);
        const head = Math.min(end, start + 4);
        for (let i = start; i < head; i++)
            h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        for (let i = Math.max(head, end - 4); i < end; i++)
            h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        const slot = (h ^ (h >>> 15)) & (VERDICT_SLOTS - 1);
        const known = this.#names[slot];
        if (known !== undefined && known.length === end - start && text.startsWith(known, start))
            return this.#verdicts[slot] === 1;
        const name = (0,strings/* detach */.Y)(text.slice(start, end));
        const verdict = this.test(name);
        this.#names[slot] = name;
        this.#verdicts[slot] = verdict ? 1 : 0;
        return verdict;
    }
}
/**
 * Whether `text[from, to)` holds a maximal run (bounded by other characters or by `from` and
 * `to`) of `run.chars` whose length is one of `run.lengths`. It reads every `shortest`-th
 * character only: a run that long covers one of them, and only there is the run measured.
 */
function hasRun(text, from, to, run) {
    const chars = run.chars;
    const step = run.shortest;
    for (let i = from + step - 1; i < to; i += step) {
        const c = text.charCodeAt(i);
        if (c >= 128 || chars[c] !== 1)
            continue;
        let s = i;
        while (s > from && inClass(chars, text.charCodeAt(s - 1)))
            s--;
        let e = i + 1;
        while (e < to && inClass(chars, text.charCodeAt(e)))
            e++;
        if (run.lengths.includes(e - s))
            return true;
        // The next run starts after `e`: probe from there on.
        i = e - 1;
    }
    return false;
}
function inClass(chars, c) {
    return c < 128 && chars[c] === 1;
}
/**
 * Whether a rule's windows (`start, end` pairs, in text order) cover at least half of the text
 * from the first on: an `indexOf` from there may read all of it (a string that is not there),
 * which costs less than searching each window only when they cover most of it.
 */
function coverMostOf(windows, count, length) {
    let covered = 0;
    for (let j = 0; j < count; j += 2)
        covered += windows[j + 1] - windows[j];
    return 2 * covered >= length - windows[0];
}
/** A list of `start, end` pairs larger than this (numbers) is not kept for the next unit. */
const KEEP_SPANS = 1 << 16;
/**
 * Per rule, the `start, end` pairs of one unit (windows or identifiers), in typed arrays kept
 * from unit to unit: number arrays made per unit and grown push by push were a tenth of the
 * per-hit work, and their garbage a part of the scan's GC.
 */
class SpanLists {
    data;
    count;
    /** Rules with pairs in this unit, in the order first added. */
    used = [];
    constructor(rules) {
        this.data = new Array(rules).fill(undefined);
        this.count = new Int32Array(rules);
    }
    add(ri, start, end) {
        const n = this.count[ri];
        let d = this.data[ri];
        if (n === 0) {
            this.used.push(ri);
            if (d === undefined)
                this.data[ri] = d = new Int32Array(16);
        }
        else if (n + 2 > d.length) {
            const grown = new Int32Array(d.length * 2);
            grown.set(d);
            this.data[ri] = d = grown;
        }
        d[n] = start;
        d[n + 1] = end;
        this.count[ri] = n + 2;
    }
    /** Empties every list (a large one is let go). */
    clear() {
        for (const ri of this.used) {
            this.count[ri] = 0;
            if (this.data[ri].length > KEEP_SPANS)
                this.data[ri] = undefined;
        }
        this.used.length = 0;
    }
}
function includesAny(text, needles) {
    for (let i = 0; i < needles.length; i++)
        if (text.includes(needles[i]))
            return true;
    return false;
}
/**
 * Whether one of `needles` occurs whole in `text[from, to)`. `nextAt[q]` is where needle `q`
 * occurs next at or after the last window's start (-1: not searched yet; text.length: nowhere
 * after it); windows come in text order, so each needle is searched for once per text.
 */
function requiredIn(text, from, to, needles, nextAt) {
    for (let q = 0; q < needles.length; q++) {
        let at = nextAt[q];
        if (at < from) {
            at = text.indexOf(needles[q], from);
            if (at < 0)
                at = text.length;
            nextAt[q] = at;
        }
        if (at + needles[q].length <= to)
            return true;
    }
    return false;
}
function mixedCaseAndDigit(s) {
    let seen = 0;
    for (let i = 0; i < s.length && seen !== 7; i++) {
        const c = s.charCodeAt(i);
        if (c >= 97 && c <= 122)
            seen |= 1;
        else if (c >= 65 && c <= 90)
            seen |= 2;
        else if (c >= 48 && c <= 57)
            seen |= 4;
    }
    return seen === 7;
}
/** Base64 (standard or URL-safe, padded or not) that decodes to text; undefined for binary. */
function decodeBase64Text(encoded) {
    let n = encoded.length;
    while (n > 0 && encoded.charCodeAt(n - 1) === 61)
        n--;
    if (n < 12 || n % 4 === 1)
        return undefined;
    // Node's base64 decoder reads the URL-safe alphabet (`-`, `_`) too.
    return textOf(Buffer.from(n === encoded.length ? encoded : encoded.slice(0, n), 'base64'));
}
/** Percent-encoded text decoded (`+` stays: it is data in most places keys sit). */
function decodePercentText(encoded) {
    if (!encoded.includes('%'))
        return undefined;
    const bytes = Buffer.from(encoded.replace(/%([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
    return textOf(bytes);
}
/** UTF-8 text when at least 95 % of the bytes are printable (or whitespace); undefined otherwise. */
function textOf(bytes) {
    if (bytes.length < 8)
        return undefined;
    // Stops at the first byte over the 5 % allowed: most runs in code (identifiers) decode to binary.
    const allowed = bytes.length - Math.ceil(bytes.length * 0.95);
    let other = 0;
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (!((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13 || b >= 0xc2) && ++other > allowed)
            return undefined;
    }
    return bytes.toString('utf8');
}
/**
 * The candidate with its secret's offsets: its rule's span regex run again where it matched.
 * A new candidate rather than a write to `start`/`end`: V8 treats a field never written after
 * creation as constant, and the first write threw away the scan's optimized code.
 */
function located(c) {
    if (c.start >= 0)
        return c;
    const re = c.rule.spanRegex;
    re.lastIndex = c.at;
    const indices = re.exec(c.input).indices;
    const span = indices.groups?.['secret'] ?? indices[1];
    return new Candidate(c.rule, c.base + span[0], c.base + span[1], c.secret, c.groups, c.input, c.base, c.at, c.encoding);
}
const NO_GROUPS = Object.freeze({});
/**
 * How far beyond a part keywords are looked for: more than any rule's window (the widest,
 * private keys, reaches 32 KB after its keyword) plus a keyword and an identifier.
 */
const PART_MARGIN = 64 * 1024;
/** The built-in providers' rules, compiled with none disabled: shared by the engines of a thread that use them. */
let builtinRules;
/**
 * Compiles the built-in rules, once per thread (~25 ms, before V8 has optimized any of it). A
 * scan worker calls it as it boots, while the main thread loads the CLI and lists the files:
 * its engine is then ready when the scan's setup arrives. (A compiled rule set is only read
 * and lazily completed, never changed: engines can share it.)
 */
function prepareBuiltinRules() {
    return (builtinRules ??= compileRules(registry/* providers */.r5));
}
class Engine {
    ruleSet;
    #allow;
    #markers;
    /** Keyword hits of the unit being scanned (reused: no allocation per unit). */
    #hits = new Hits();
    /**
     * Per rule index, while a unit is scanned: its windows, its anchored identifiers or the places
     * to try it at its keyword, as `start, end` pairs (the first `count[ri]` numbers of
     * `data[ri]`). The buffers are kept from unit to unit (see SpanLists).
     */
    #spans;
    /** What each name test said of identifiers seen, by test (`CompiledRule.nameTest`). */
    #verdicts;
    /** Per required string of the rule whose windows are being run: where it occurs next. */
    #nextAt = [];
    /** Where each required string first occurs in `#requiredText` (-1: nowhere), as asked so far. */
    #holds = new Map();
    #requiredText = '';
    /** Path of the unit being scanned (rule checks may depend on the kind of file). */
    #path = '';
    /** Characters the unit may still decode (DECODE_BUDGET per unit). */
    #decodeBudget = 0;
    constructor(opts = {}) {
        const providers = opts.providers ?? registry/* providers */.r5;
        this.ruleSet = providers === registry/* providers */.r5 && !opts.disabledRules?.size ? prepareBuiltinRules() : compileRules(providers, opts.disabledRules);
        this.#spans = new SpanLists(this.ruleSet.rules.length);
        this.#allow = opts.isAllowedValue;
        this.#markers = opts.markers ?? true;
        this.#verdicts = this.ruleSet.nameTests.map((test) => new NameVerdicts(test));
    }
    /** Scans one unit of text; findings are in text order, one per secret occurrence. */
    scanUnit(unit, part) {
        const text = unit.text;
        this.#path = unit.path;
        this.#decodeBudget = DECODE_BUDGET;
        // (Let go of the last unit's text, kept for its required strings.)
        this.#requiredText = '';
        // A part of a large text: keywords are looked for a margin beyond it on each side (every
        // candidate near its edges is seen, and overlaps resolve as in a whole scan); only the
        // findings that start inside it are kept. The parts of a text give its findings exactly once.
        const from = part ? Math.max(0, part.from - PART_MARGIN) : 0;
        const to = part ? Math.min(text.length, part.to + PART_MARGIN) : text.length;
        const choice = this.#choose(text, from, to, 0);
        if (choice === undefined)
            return [];
        const { pairs } = choice;
        let chosen = choice.chosen;
        if (part)
            chosen = chosen.filter((c) => c.start >= part.from && c.start < part.to);
        const lines = new LineIndex(text);
        const findings = [];
        // Findings come in text order: a line's markers are read once, not once per finding on it
        // (a minified line can carry thousands).
        let markedLine = -1;
        let marked = false;
        for (const c of chosen) {
            const line0 = lines.lineOf(c.start);
            if (this.#markers && line0 !== markedLine) {
                markedLine = line0;
                marked = isAllowedByMarker(lines.lineText(line0, 65536), line0 > 0 ? lines.lineText(line0 - 1, 65536) : undefined);
            }
            if (marked)
                continue;
            const endLine0 = lines.lineOf(Math.max(c.start, c.end - 1));
            const finding = this.#finding(unit, c, line0, lines.columnOf(c.start, line0), endLine0, lines.columnOf(c.end, endLine0));
            const hit = pairs?.get(c);
            if (hit)
                finding.pair = pairOf(unit, lines, hit);
            if (c.encoding !== 0)
                finding.encoding = c.encoding === ENCODED_BASE64 ? 'base64' : 'percent';
            findings.push(finding);
        }
        return findings;
    }
    /**
     * The candidates of `text[from, to)` that are reported: every rule run where its keywords are,
     * the gates, pairs, overlaps resolved; encoded runs decoded and scanned again (`depth` levels
     * deep so far). Undefined when nothing matched at all.
     */
    #choose(text, from, to, depth) {
        const cands = [];
        const spans = this.#spans;
        this.#windows(text, this.#path, from, to);
        // Rules in index order (the order candidates were always produced in): anchored rules
        // first, then window rules. The lists are cleared before any decoded text is scanned.
        const used = spans.used.sort((a, b) => a - b);
        const rules = this.ruleSet.rules;
        for (const ri of used)
            if (rules[ri].anchor !== undefined)
                this.#runAnchored(text, rules[ri], spans.data[ri], spans.count[ri], cands);
        for (const ri of used) {
            const r = rules[ri];
            if (r.anchor !== undefined)
                continue;
            if (r.atKeyword !== undefined)
                this.#runAt(text, r, spans.data[ri], spans.count[ri], cands);
            else
                this.#runWindows(text, r, spans.data[ri], spans.count[ri], cands);
        }
        spans.clear();
        if (cands.length === 0)
            return undefined;
        const accepted = [];
        const vetoed = [];
        /** The other part of two-part credentials, by candidate (rare: a side table, not a field). */
        let pairs;
        /** Encoded runs decoded here already: windows cut one long run into many candidates. */
        const runs = { kinds: [], starts: [], ends: [] };
        for (const c of cands) {
            if (c.rule.decode !== 0) {
                // An encoded run: what its decoded text holds is reported at the run.
                if (depth < MAX_DECODE_DEPTH)
                    this.#decoded(text, c, depth, accepted, runs);
                continue;
            }
            if (this.#passesGates(c)) {
                const l = located(c);
                const pair = l.rule.pair;
                if (pair) {
                    const hit = findPair(text, l, pair);
                    if (hit)
                        (pairs ??= new Map()).set(l, hit);
                    else if (pair.required) {
                        vetoed.push([l.start, l.end]);
                        continue;
                    }
                }
                accepted.push(l);
            }
            else if (!c.rule.generic) {
                const l = located(c);
                vetoed.push([l.start, l.end]);
            }
        }
        let chosen = resolveOverlaps(accepted, vetoed);
        if (pairs)
            chosen = mergePairs(chosen, pairs);
        return { chosen, pairs };
    }
    /**
     * Decodes an encoded run found by a decoder rule (base64, percent-encoding) and scans the
     * decoded text with every rule; each finding there becomes a candidate at the run's span
     * (the location a reader can see), carrying the decoded secret. Bounded: run size, decoded
     * bytes per unit, nesting depth; decoded bytes that are not text are not scanned.
     */
    #decoded(text, c, depth, out, runs) {
        const run = located(c);
        let start = run.start;
        let end = run.end;
        const base64 = c.rule.decode === ENCODED_BASE64;
        // A span inside a run of its encoding decoded already adds nothing: its findings are that
        // run's. Without this, a 32 KB run cut by 100 windows is decoded 100 times.
        if (runs.starts.length > 0 && insideRun(runs, c.rule.decode, start, end))
            return;
        if (base64) {
            // The window may have cut the run: widen it to the whole run in the text.
            while (start > 0 && end - start < MAX_ENCODED && isBase64Char(text.charCodeAt(start - 1)))
                start--;
            while (end < text.length && end - start < MAX_ENCODED && (isBase64Char(text.charCodeAt(end)) || text.charCodeAt(end) === 61))
                end++;
        }
        runs.kinds.push(c.rule.decode);
        runs.starts.push(start);
        runs.ends.push(end);
        const encoded = text.slice(start, end);
        if (encoded.length > MAX_ENCODED || this.#decodeBudget < encoded.length)
            return;
        // Base64 of text mixes cases and digits; a long identifier or word (most runs in code) does not.
        if (base64 && !mixedCaseAndDigit(encoded))
            return;
        this.#decodeBudget -= encoded.length;
        const decoded = base64 ? decodeBase64Text(encoded) : decodePercentText(encoded);
        if (decoded === undefined)
            return;
        const inner = this.#choose(decoded, 0, decoded.length, depth + 1);
        if (!inner)
            return;
        for (const d of inner.chosen)
            out.push(new Candidate(d.rule, start, end, d.secret, d.groups, '', 0, 0, base64 ? ENCODED_BASE64 : ENCODED_PERCENT));
    }
    #finding(unit, c, line0, column, endLine0, endColumn) {
        const mapLine = (i) => lineNumber(unit, i);
        const { rule, provider } = c.rule;
        const finding = {
            rule: rule.id,
            provider: provider.id,
            providerName: provider.name,
            file: unit.path,
            line: mapLine(line0),
            column,
            endLine: mapLine(endLine0),
            endColumn,
            confidence: demote(rule.confidenceOf ? rule.confidenceOf(c.secret, c.groups ?? NO_GROUPS) : rule.confidence, rule.generic === true, unit.path),
            fingerprint: (0,src_secret/* fingerprint */.Rj)(rule.id, unit.path, c.secret),
            redacted: '',
            secret: new src_secret/* SecretValue */.iJ((0,strings/* detach */.Y)(c.secret)),
        };
        finding.redacted = finding.secret.redacted;
        if (unit.commit)
            finding.commit = unit.commit;
        return finding;
    }
    /**
     * Where each rule must run, in `#spans`: merged `[start, end)` windows around its keyword hits,
     * and for anchored rules the identifiers (`[start, end)`) whose names passed the rule's name
     * test, in text order per rule.
     * (Plain loops over typed arrays: this and the keyword scan are the per-hit hot path, and
     * small monomorphic functions keep V8's optimizing compiler cheap — it ran on the same cores
     * as the scan, and a large generator here cost ~160 ms of compilation per thread.)
     */
    #windows(text, path, from, to) {
        const { keywords, windowTriggers, windowTails, windowStarts, anchorTriggers, anchorNext, rules, pathRules } = this.ruleSet;
        const spans = this.#spans;
        for (const r of pathRules) {
            if (r.rule.paths.some((p) => path === p || path.endsWith('/' + p)))
                spans.add(r.index, from, to);
        }
        const hits = this.#hits;
        keywords.scan(text, hits, from, to);
        const hitData = hits.data;
        const hitCount = hits.length;
        const counts = spans.count;
        const verdicts = this.#verdicts;
        let identStart = -1;
        let identEnd = -1;
        let judged = -1;
        let verdict = false;
        for (let h = 0; h < hitCount; h += 2) {
            const hit = hitData[h];
            const kw = hitData[h + 1];
            const hitEnd = hit + keywords.lengthOf(kw);
            let windowed = windowTriggers[kw];
            if (windowed === undefined) {
                triggersOf(this.ruleSet, kw);
                windowed = windowTriggers[kw];
            }
            const tails = windowTails[kw] ?? tailsOf(this.ruleSet, kw);
            const starts = windowStarts[kw] ?? startsOf(this.ruleSet, kw);
            for (let t = 0; t < windowed.length; t++) {
                const ri = windowed[t];
                // Most hits in text dense with key prefixes (`sk-` and ten characters) end here.
                const tail = tails[t];
                if (tail !== undefined && !tailFollows(text, hit + tail.at, tail))
                    continue;
                // A rule whose matches begin with its keyword: the places to try it, not a window.
                const at = starts[t];
                if (at !== undefined) {
                    for (let j = 0; j < at.length; j++) {
                        const pos = hit + at[j];
                        const n = counts[ri];
                        if (n === 0 || spans.data[ri][n - 2] < pos)
                            spans.add(ri, pos, pos);
                    }
                    continue;
                }
                const r = rules[ri];
                const s = hit > r.before ? hit - r.before : 0;
                const e = Math.min(text.length, hitEnd + r.after);
                // Hits come in text order: a window that overlaps the rule's last one extends it.
                const n = counts[ri];
                if (n !== 0) {
                    const w = spans.data[ri];
                    if (s <= w[n - 1]) {
                        if (e > w[n - 1])
                            w[n - 1] = e;
                        continue;
                    }
                }
                spans.add(ri, s, e);
            }
            const anchoredRules = anchorTriggers[kw];
            if (anchoredRules.length === 0)
                continue;
            if (hit >= identEnd) {
                identStart = identifierStart(text, hit, hitEnd);
                identEnd = identifierEnd;
                judged = -1;
            }
            if (identStart < 0)
                continue;
            // One lookup for all of them: what follows the identifier rules most of them out.
            const following = identEnd < text.length ? text.charCodeAt(identEnd) : 0;
            const joint = anchorNext[kw];
            if (joint !== undefined && (following >= 128 || joint[following] !== 1))
                continue;
            for (let t = 0; t < anchoredRules.length; t++) {
                const ri = anchoredRules[t];
                const r = rules[ri];
                const anchor = r.anchor;
                const next = r.next;
                if (next !== undefined && (following >= 128 || next[following] !== 1))
                    continue;
                // An identifier holding two keywords (`secret_token`) is taken once per rule.
                const n = counts[ri];
                if (n !== 0 && spans.data[ri][n - 2] === identStart)
                    continue;
                // Rules usually share one name test: each identifier is judged once (and a name seen
                // before is not judged again), before the rule's own tests.
                if (judged !== r.nameTest) {
                    judged = r.nameTest;
                    verdict = verdicts[judged].of(text, identStart, identEnd);
                }
                if (!verdict)
                    continue;
                const { prefix, follows } = anchor;
                if (typeof prefix === 'string' ? !text.startsWith(prefix, identStart - prefix.length) : prefix && !prefix(text, identStart))
                    continue;
                if (follows === undefined || follows(text, identEnd))
                    spans.add(ri, identStart, identEnd);
            }
        }
    }
    /** An anchored rule: its regex runs once, sticky, right after each identifier that passed (`ids`: `start, end` pairs). */
    #runAnchored(text, r, ids, count, out) {
        const re = r.regex;
        for (let i = 0; i < count; i += 2) {
            const s = ids[i];
            const e = ids[i + 1];
            re.lastIndex = e;
            const x = re.exec(text);
            if (!x)
                continue;
            const groups = x.groups;
            const secret = groups?.['secret'];
            if (!groups || secret === undefined)
                continue;
            // `groups` is this match's own object: the identifier joins it without a copy.
            groups['name'] = text.slice(s, e);
            out.push(new Candidate(r, -1, -1, secret, groups, text, 0, x.index, 0));
        }
    }
    /**
     * A rule whose matches begin with its keyword: its sticky regex is tried at each place a hit
     * left (`at`: `start, start` pairs, in text order), over the whole text (look-arounds see it
     * all); a place inside the last match is skipped, as a search through a window would.
     */
    #runAt(text, r, at, count, out) {
        const re = r.atKeyword;
        // A required string must occur within the rule's reach after the place (`@` for URL
        // credentials: most `://` have none); where each occurs next is kept, places come in order.
        const requires = r.requiresCaseless === undefined ? r.requires : undefined;
        const nextAt = this.#nextAt;
        if (requires !== undefined) {
            nextAt.length = 0;
            for (let q = 0; q < requires.length; q++)
                nextAt.push(-1);
        }
        let end = -1;
        for (let i = 0; i < count; i += 2) {
            const pos = at[i];
            if (pos < end)
                continue;
            if (requires !== undefined && !requiredIn(text, pos, Math.min(text.length, pos + r.after), requires, nextAt))
                continue;
            re.lastIndex = pos;
            const x = re.exec(text);
            if (x === null || x[0].length === 0)
                continue;
            end = pos + x[0].length;
            if (!r.hasGroup) {
                out.push(new Candidate(r, pos, end, x[0], undefined, text, 0, pos, 0));
                continue;
            }
            const secret = x.groups?.['secret'] ?? x[1];
            if (secret === undefined)
                continue;
            if (r.locateAtMatch)
                out.push(new Candidate(r, pos, end, secret, x.groups, text, 0, pos, 0));
            else
                out.push(new Candidate(r, -1, -1, secret, x.groups, text, 0, pos, 0));
        }
    }
    /** A window rule: its regex runs over each merged window (`windows`: `start, end` pairs, in text order), after the rule's `requires` test. */
    #runWindows(text, r, windows, count, out) {
        const requires = r.requires;
        const caseless = r.requiresCaseless;
        // Where the windows cover most of the text from the first on (near-miss text: hits
        // everywhere), where each required string next occurs is found once per rule and text
        // (`indexOf` from a window on, kept for the windows before it) instead of searched for in
        // every window; where they are sparse, each window is searched on its own.
        const dense = requires !== undefined && caseless === undefined && coverMostOf(windows, count, text.length);
        const nextAt = this.#nextAt;
        if (dense) {
            // Rules share required strings (`-----END` for two private-key rules): whether the text
            // holds one at all is asked once per text.
            if (this.#requiredText !== text) {
                this.#requiredText = text;
                this.#holds.clear();
            }
            let any = false;
            nextAt.length = 0;
            for (let q = 0; q < requires.length; q++) {
                let at = this.#holds.get(requires[q]);
                if (at === undefined)
                    this.#holds.set(requires[q], (at = text.indexOf(requires[q])));
                if (at >= 0)
                    any = true;
                // Not in the text: as if found past its end (requiredIn never searches for it).
                nextAt.push(at < 0 ? text.length : -1);
            }
            if (!any)
                return;
        }
        const re = r.regex;
        for (let i = 0; i < count; i += 2) {
            const base = windows[i];
            const end = windows[i + 1];
            if (r.run !== undefined && !hasRun(text, base, end, r.run))
                continue;
            if (dense && !requiredIn(text, base, end, requires, nextAt))
                continue;
            const sub = text.slice(base, end);
            if (caseless !== undefined ? !caseless.test(sub) : requires !== undefined && !dense && !includesAny(sub, requires))
                continue;
            re.lastIndex = 0;
            let x;
            while ((x = re.exec(sub)) !== null) {
                if (x[0].length === 0) {
                    re.lastIndex++;
                    continue;
                }
                const matchStart = base + x.index;
                if (!r.hasGroup) {
                    out.push(new Candidate(r, matchStart, matchStart + x[0].length, x[0], undefined, sub, base, x.index, 0));
                    continue;
                }
                const secret = x.groups?.['secret'] ?? x[1];
                if (secret === undefined)
                    continue;
                if (r.locateAtMatch)
                    out.push(new Candidate(r, matchStart, matchStart + x[0].length, secret, x.groups, sub, base, x.index, 0));
                else
                    out.push(new Candidate(r, -1, -1, secret, x.groups, sub, base, x.index, 0));
            }
        }
    }
    #passesGates(c) {
        const rule = c.rule;
        const s = c.secret;
        if (s.length === 0)
            return false;
        // Cheapest first (the result does not depend on the order): near-miss text such as
        // `api_key: sk-proj-abc` gives generic candidates by the thousand.
        if (rule.generic && this.ruleSet.specificPrefix.test(s))
            return false;
        if (rule.verify && !rule.verify(s))
            return false;
        if (rule.check && !rule.check(s, c.groups ?? NO_GROUPS, this.#path))
            return false;
        if (!rule.skipPlaceholderGate && (0,placeholder/* isPlaceholder */.wK)(s))
            return false;
        if (rule.minEntropy !== undefined && (0,entropy/* shannonEntropy */.ly)(s) < rule.minEntropy)
            return false;
        if (rule.minDigits !== undefined && (0,entropy/* countDigits */.Qi)(s) < rule.minDigits)
            return false;
        if (this.#allow?.(s))
            return false;
        return true;
    }
}
/**
 * The other part of `c`'s credential: the match of the rule's pair regex nearest to the secret
 * within the pair window, not overlapping it; undefined when there is none (or it is empty or a
 * placeholder).
 */
function findPair(text, c, pair) {
    const from = Math.max(0, c.start - pair.before);
    const to = Math.min(text.length, c.end + pair.after);
    const sub = text.slice(from, to);
    const re = pair.regex;
    re.lastIndex = 0;
    let best;
    let bestDistance = Infinity;
    for (let x = re.exec(sub); x !== null; x = re.exec(sub)) {
        if (x[0].length === 0) {
            re.lastIndex++;
            continue;
        }
        const span = x.indices.groups?.['secret'] ?? x.indices[1] ?? x.indices[0];
        const value = x.groups?.['secret'] ?? x[1] ?? x[0];
        const start = from + span[0];
        const end = from + span[1];
        if (value === '' || (start < c.end && c.start < end) || (0,placeholder/* isPlaceholder */.wK)(value))
            continue;
        const distance = end <= c.start ? c.start - end : start - c.end;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = { label: pair.label, start, end, value, provider: c.rule.provider };
        }
    }
    return best;
}
/**
 * A candidate that is the other part of a chosen pair is not reported on its own when it is
 * the pair's provider's or a generic rule's (`CONFLUENT_API_KEY=<id>` next to its secret): the
 * pair is one finding, with both spans.
 */
function mergePairs(chosen, pairs) {
    const partners = [];
    for (const c of chosen) {
        const hit = pairs.get(c);
        if (hit)
            partners.push(hit);
    }
    if (partners.length === 0)
        return chosen;
    return chosen.filter((c) => pairs.has(c) || !partners.some((p) => (c.rule.generic || p.provider === c.rule.provider) && p.start < c.end && c.start < p.end));
}
function lineNumber(unit, i) {
    return unit.lines ? (unit.lines[i] ?? unit.lines[unit.lines.length - 1] ?? i + 1) : i + 1;
}
function pairOf(unit, lines, hit) {
    const line0 = lines.lineOf(hit.start);
    const endLine0 = lines.lineOf(Math.max(hit.start, hit.end - 1));
    const secret = new src_secret/* SecretValue */.iJ((0,strings/* detach */.Y)(hit.value));
    return {
        label: hit.label,
        line: lineNumber(unit, line0),
        column: lines.columnOf(hit.start, line0),
        endLine: lineNumber(unit, endLine0),
        endColumn: lines.columnOf(hit.end, endLine0),
        redacted: secret.redacted,
        secret,
    };
}
/**
 * Keeps one candidate per overlapping group: the highest priority (specific before generic,
 * then confidence), then the longest. Generic candidates that overlap a span a specific rule
 * rejected are dropped too (a GitHub token with a wrong checksum is not a generic secret).
 */
function resolveOverlaps(cands, vetoed) {
    const isVetoed = overlapTester(vetoed);
    const sorted = cands.filter((c) => !c.rule.generic || !isVetoed(c.start, c.end)).sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const c of sorted) {
        const last = out[out.length - 1];
        if (last && c.start < last.end) {
            if (better(c, last))
                out[out.length - 1] = c;
            continue;
        }
        out.push(c);
    }
    return out;
}
/** Builds an O(log n) test for "does [s, e) overlap any of these spans". */
function overlapTester(spans) {
    if (spans.length === 0)
        return () => false;
    spans.sort((a, b) => a[0] - b[0]);
    // Merge into disjoint, sorted spans.
    const merged = [];
    for (const sp of spans) {
        const last = merged[merged.length - 1];
        if (last && sp[0] <= last[1])
            last[1] = Math.max(last[1], sp[1]);
        else
            merged.push([sp[0], sp[1]]);
    }
    return (s, e) => {
        let lo = 0;
        let hi = merged.length - 1;
        // Last merged span starting before e.
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (merged[mid][0] < e)
                lo = mid;
            else
                hi = mid - 1;
        }
        const sp = merged[lo];
        return sp[0] < e && s < sp[1];
    };
}
function better(a, b) {
    if (a.rule.priority !== b.rule.priority)
        return a.rule.priority > b.rule.priority;
    // The same key as written (its exact span) over its finding in a decoded run; a key seen
    // through the encoding over the encoded text itself (a Kubernetes Secret's base64 value).
    if ((a.encoding === 0) !== (b.encoding === 0))
        return a.secret === b.secret ? a.encoding === 0 : a.encoding !== 0;
    const la = a.end - a.start;
    const lb = b.end - b.start;
    if (la !== lb)
        return la > lb;
    return a.rule.index < b.rule.index;
}
/** Tests, fixtures, docs and examples: where made-up credentials live. */
const TEST_OR_DOC_PATH = /(?:^|\/)(?:tests?|specs?|__tests__|__mocks__|fixtures?|testdata|test-data|mocks?|docs?|examples?|samples?)\/|(?:^|[._-])(?:test|spec)[._-][^/]*$|_test\.[a-z]+$|\.md$|\.rst$/i;
/** A generic finding in a test or documentation file is reported with low confidence. */
function demote(confidence, generic, path) {
    return generic && confidence !== 'low' && TEST_OR_DOC_PATH.test(path) ? 'low' : confidence;
}
const MAX_IDENTIFIER = 128;
function isIdentChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}
/** End of the identifier found by the last `identifierStart` call (saves an array per hit). */
let identifierEnd = -1;
/**
 * Start of the identifier (`[A-Za-z0-9_.-]+`, starting with a letter) around a keyword hit, its
 * end in `identifierEnd`; -1 when there is none or it is implausibly long (minified, base64).
 */
function identifierStart(text, hit, hitEnd) {
    let s = hit;
    const minS = Math.max(0, hit - MAX_IDENTIFIER);
    while (s > minS && isIdentChar(text.charCodeAt(s - 1)))
        s--;
    let e = hitEnd;
    const maxE = Math.min(text.length, hitEnd + MAX_IDENTIFIER);
    while (e < maxE && isIdentChar(text.charCodeAt(e)))
        e++;
    identifierEnd = e;
    // Too long on either side? Every comparison runs each time: one first run late would make
    // V8 throw this function's optimized code away (see looksLikeIdentifier).
    // The characters around it are read and tested each time, even where only a cut-off name
    // needs them (rarely).
    const identBefore = isIdentChar(s > 0 ? text.charCodeAt(s - 1) : 0);
    const identAfter = isIdentChar(e < text.length ? text.charCodeAt(e) : 0);
    if ((s === minS && identBefore) || (e === maxE && identAfter))
        return -1;
    // Leading dots/dashes/digits are not part of a name (`--password`, `.token`, `1key`). (A
    // do-while: its increment runs every time, where a while's would run only before such names.)
    s--;
    do
        s++;
    while (s < hit && !isLetter(text.charCodeAt(s)));
    return isLetter(text.charCodeAt(s)) ? s : -1;
}
function isLetter(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
let defaultEngine;
/** Convenience for tests and one-off scans: scans `text` as if it were the file `path`. */
function scanText(text, path = 'input', opts) {
    const engine = opts ? new Engine(opts) : (defaultEngine ??= new Engine());
    return engine.scanUnit({ path, text });
}


/***/ }),

/***/ 2280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zn: () => (/* binding */ buildEngine),
  FV: () => (/* binding */ engineSpecFor),
  ew: () => (/* binding */ providersFor)
});

;// CONCATENATED MODULE: ./src/config/compile.ts
/*
 * What a loaded config contributes to the engine: custom rules and allowed values. Kept apart
 * from the loader (and its YAML parser) because scan worker threads load only the engine.
 */
/** The custom rules as a provider record with id `custom`, or undefined when there are none. */
function customRulesToProvider(cfg) {
    if (cfg.customRules.length === 0)
        return undefined;
    const rules = cfg.customRules.map((c) => {
        const rule = { id: c.id, description: c.description, pattern: c.regex, keywords: [...c.keywords], confidence: c.confidence ?? 'medium' };
        if (c.minEntropy !== undefined)
            rule.minEntropy = c.minEntropy;
        if (c.allow?.length) {
            const allow = c.allow.map((s) => new RegExp(s));
            rule.verify = (secret) => !allow.some((re) => re.test(secret));
        }
        return rule;
    });
    return { id: 'custom', name: 'Custom', rules, envNames: [], rotateUrl: '' };
}
/** Predicate for config `allow`: exact values and (unanchored) regexes that are never findings. */
function compileAllow(cfg) {
    const values = new Set(cfg.allow.flatMap((a) => (a.value !== undefined ? [a.value] : [])));
    const regexes = cfg.allow.flatMap((a) => (a.regex !== undefined ? [new RegExp(a.regex)] : []));
    if (values.size === 0 && regexes.length === 0)
        return () => false;
    return (secret) => values.has(secret) || regexes.some((re) => re.test(secret));
}

// EXTERNAL MODULE: ./src/engine/index.ts + 5 modules
var engine = __webpack_require__(4628);
// EXTERNAL MODULE: ./src/providers/registry.ts + 36 modules
var registry = __webpack_require__(602);
;// CONCATENATED MODULE: ./src/scan/engine-spec.ts



/** The providers a config yields: the registry plus its custom rules. */
function providersFor(config) {
    const custom = customRulesToProvider(config);
    return custom ? [...registry/* providers */.r5, custom] : registry/* providers */.r5;
}
/** What the engine needs from a config, as plain data (it crosses to worker threads). */
function engineSpecFor(config) {
    return { config, disabledRules: config.rules.disable.filter((r) => !config.rules.enable.includes(r)) };
}
function buildEngine(spec) {
    return new engine/* Engine */.N$({
        providers: providersFor(spec.config),
        disabledRules: new Set(spec.disabledRules),
        isAllowedValue: compileAllow(spec.config),
    });
}


/***/ }),

/***/ 9139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  km: () => (/* binding */ ScanPool),
  n6: () => (/* binding */ TAIL_FILES),
  runScanWorker: () => (/* binding */ runScanWorker),
  Ab: () => (/* binding */ scanBatch)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/engine/index.ts + 5 modules
var engine = __webpack_require__(4628);
// EXTERNAL MODULE: ./src/secret.ts
var secret = __webpack_require__(7355);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/archive-paths.ts
var archive_paths = __webpack_require__(2472);
// EXTERNAL MODULE: ./src/sources/decode.ts
var decode = __webpack_require__(3130);
// EXTERNAL MODULE: ./src/sources/paths.ts
var paths = __webpack_require__(5858);
;// CONCATENATED MODULE: ./src/sources/read-file.ts




/**
 * Reads and decodes one file; never throws for a file-level problem. Synchronous on purpose:
 * a scan has nothing else to do meanwhile, and sync reads cost a third of promise-based ones.
 */
function readUnit(root, file, maxFileSize) {
    const rel = (0,paths/* relativePath */.i)(root, file);
    try {
        const ls = (0,external_node_fs_.lstatSync)(file);
        if (ls.isSymbolicLink())
            return { skipped: { path: rel, reason: 'symlink' }, bytes: 0 };
        if (!ls.isFile())
            return { skipped: { path: rel, reason: 'unreadable', detail: 'not a regular file' }, bytes: 0 };
        if (ls.size > maxFileSize) {
            // A binary over the limit is just a binary: no "raise --max-file-size" advice for it
            // (an archive is not: its members can be scanned).
            if (isBinaryFile(file, rel))
                return { skipped: { path: rel, reason: 'binary' }, bytes: 0 };
            return { skipped: { path: rel, reason: 'too-large', detail: `${ls.size} bytes > limit ${maxFileSize}` }, bytes: 0 };
        }
        const buf = readUnlessBinary(file, ls.size);
        if (buf === undefined)
            return { skipped: { path: rel, reason: 'binary' }, bytes: ls.size };
        if (buf === ARCHIVE)
            return { archive: true, bytes: ls.size };
        const decoded = (0,decode/* decodeBytes */.y)(buf);
        if (decoded.kind === 'binary')
            return { skipped: { path: rel, reason: 'binary' }, bytes: buf.length };
        return { unit: { path: rel, text: decoded.text }, bytes: buf.length };
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { skipped: { path: rel, reason: 'unreadable', detail: 'deleted before it could be read' }, bytes: 0 };
        return { skipped: { path: rel, reason: 'unreadable', detail: code ?? 'read error' }, bytes: 0 };
    }
}
/** How much of a file is read first to tell binary from text (as git does: 8000 bytes). */
const SNIFF_BYTES = 8192;
/**
 * One read buffer per thread for files up to 1 MB: a fresh Buffer per file is memory outside
 * the V8 heap that is only returned at the next GC, and with thousands of files it piled up
 * to tens of MB of peak RSS. Larger files get their own buffer.
 */
const SHARED_BYTES = 1 << 20;
const shared = Buffer.alloc(SHARED_BYTES);
/** Whether the first 8 KB hold a NUL byte and no UTF-16 byte-order mark. */
function looksBinary(head) {
    const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
    return !utf16 && head.includes(0);
}
function isBinaryFile(file, rel) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const head = shared.subarray(0, (0,external_node_fs_.readSync)(fd, shared, 0, SNIFF_BYTES, 0));
        return looksBinary(head) && (0,archive_paths/* archiveKind */.FF)(rel, head) === undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** `readUnlessBinary`'s answer for an archive. */
const ARCHIVE = Buffer.alloc(0);
/**
 * The file's bytes, or undefined when its first 8 KB show it is binary (a NUL byte and no
 * UTF-16 byte-order mark): binaries (.so, .pyc, images) are not read in full; `ARCHIVE` when
 * the binary is an archive (zip and gzip always hold a NUL in their first 8 KB, tar too).
 * The result may be a view of a shared buffer: decode it before the next call.
 */
function readUnlessBinary(file, size) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const buf = size <= SHARED_BYTES ? shared : Buffer.allocUnsafe(size);
        const head = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(SNIFF_BYTES, size), 0);
        if (looksBinary(buf.subarray(0, head)))
            return (0,archive_paths/* archiveKind */.FF)(file, buf.subarray(0, head)) ? ARCHIVE : undefined;
        // A tiny gzip, or a damaged zip, may hold no NUL byte: their magic says archive all the same.
        if (head >= 2 && ((buf[0] === 0x1f && buf[1] === 0x8b) || (head >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 3 && buf[3] === 4)))
            return ARCHIVE;
        let got = head;
        // A file that shrinks meanwhile is read to its new end; one that grows, to its old size.
        while (got < size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, size - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return buf.subarray(0, got);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/suppress/json-shape.ts
var json_shape = __webpack_require__(8441);
// EXTERNAL MODULE: ./src/scan/engine-spec.ts + 1 modules
var engine_spec = __webpack_require__(2280);
// EXTERNAL MODULE: ./src/scan/workers.ts
var scan_workers = __webpack_require__(3286);
;// CONCATENATED MODULE: ./src/scan/parallel.ts







/** A finding as posted between threads (structured clone drops a SecretValue's private field). */
function toWire({ secret, pair, ...rest }) {
    const out = { ...rest, raw: secret.reveal() };
    if (pair) {
        const { secret: pairSecret, ...pairRest } = pair;
        out.pair = { ...pairRest, raw: pairSecret.reveal() };
    }
    return out;
}
function fromWire({ raw, pair, ...rest }) {
    const out = { ...rest, secret: new secret/* SecretValue */.iJ(raw) };
    if (pair) {
        const { raw: pairRaw, ...pairRest } = pair;
        out.pair = { ...pairRest, secret: new secret/* SecretValue */.iJ(pairRaw) };
    }
    return out;
}
/**
 * Files a thread claims at a time: a few, each claim being one atomic operation; one at a time
 * for the list's last files, so that the threads finish together (a thread that claimed a
 * batch of large files last would leave the others idle).
 */
const BATCH_FILES = 8;
const TAIL_FILES = 64;
/**
 * Claims the next tasks from the shared cursor: a part of a large file alone (each part goes to
 * whichever thread is free), else a batch of files up to the next part, or one file in the
 * tail of a `complete` list; undefined when none is left of the tasks this thread has (more
 * may be on their way to it).
 */
function claim(cursor, tasks, complete) {
    for (;;) {
        const from = Atomics.load(cursor, 0);
        if (from >= tasks.length)
            return undefined;
        let to = from + 1;
        if (typeof tasks[from] === 'string' && (!complete || tasks.length - from > TAIL_FILES)) {
            const end = Math.min(from + BATCH_FILES, tasks.length);
            while (to < end && typeof tasks[to] === 'string')
                to++;
        }
        if (Atomics.compareExchange(cursor, 0, from, to) === from)
            return tasks.slice(from, to);
    }
}
/** Reads and scans a batch of files or file parts in this thread. */
function scanBatch(engine, root, tasks, maxFileSize, into) {
    const res = into ?? { findings: [], skipped: [], notices: [], archives: [], jsonShapes: [], bytes: 0, files: 0 };
    for (const task of tasks) {
        const whole = typeof task === 'string';
        const o = readUnit(root, whole ? task : task.file, maxFileSize);
        const first = whole || task.part === 0;
        if (first)
            res.bytes += o.bytes;
        if (o.skipped) {
            if (first)
                res.skipped.push(o.skipped);
            continue;
        }
        if (o.archive) {
            // Archives are opened afterwards, on the main thread (by whoever had part 0).
            if (first)
                res.archives.push(whole ? task : task.file);
            continue;
        }
        const unit = o.unit;
        if (first)
            res.files++;
        const found = whole ? engine.scanUnit(unit) : engine.scanUnit(unit, partOf(unit.text.length, task.part, task.parts));
        for (const f of found)
            res.findings.push(f);
        if (found.length > 0 && json_shape/* JSON_FILE */.KB.test(unit.path))
            res.jsonShapes.push([unit.path, (0,json_shape/* jsonShapeOf */.RQ)(unit.text)]);
    }
    return res;
}
function partOf(length, part, parts) {
    return { from: Math.floor((length * part) / parts), to: part === parts - 1 ? length : Math.floor((length * (part + 1)) / parts) };
}
/**
 * Worker threads that scan whole files. Every thread (this one too, when `run` gets an engine)
 * claims batches of files from one shared atomic cursor, so a worker never waits for this
 * thread's event loop, which is busy while this thread scans a file.
 * Start the pool before listing the files (a worker boots in ~35 ms; it overlaps the listing),
 * `add` files while they are being listed (workers start on them at once), then `run` the
 * rest. On two cores, this thread plus one worker beat two workers on every tree measured
 * (time and peak RSS: one isolate fewer to boot and to hold).
 */
class ScanPool {
    #workers = [];
    #done = [];
    #out = { findings: [], skipped: [], notices: [], archives: [], jsonShapes: [], bytes: 0, files: 0 };
    #cursorBuffer = new SharedArrayBuffer(4);
    #cursor = new Int32Array(this.#cursorBuffer);
    #files = [];
    /** Set by `run`: the list is complete, and this thread may claim from it. */
    #complete = false;
    /** Workers that said they are done (their last result came before). */
    #finished = 0;
    #failure;
    /** 1 while this thread is scanning batches too. */
    #pending = 0;
    #root;
    #maxFileSize;
    #settle;
    #progress;
    constructor(spec, root, maxFileSize, threads, progress) {
        this.#progress = progress;
        this.#root = root;
        this.#maxFileSize = maxFileSize;
        const workers = (0,scan_workers/* takeWorkers */.rd)(threads, maxFileSize);
        for (let i = 0; i < workers.length; i++) {
            const w = workers[i];
            this.#workers.push(w);
            this.#done.push(false);
            w.on('message', (msg) => this.#onMessage(i, msg));
            w.on('error', (err) => this.#fail(new Error(`a scan worker thread failed: ${err.message}`)));
            w.on('exit', () => this.#onExit(i));
            w.postMessage({ type: 'setup', spec, root, maxFileSize, cursor: this.#cursorBuffer });
        }
    }
    /** Hands workers more files while the list is still being made (no parts of large files). */
    add(files) {
        this.#push(files, false);
    }
    /**
     * Adds the last tasks (parts of large files among them) and scans them all, in this thread
     * too when given an engine maker (called once the tasks are posted: the workers start on
     * them while this thread builds its engine); resolves when all is done. Call once.
     */
    run(files, makeEngine) {
        this.#push(files, true);
        this.#complete = true;
        const done = new Promise((resolve, reject) => {
            this.#settle = { resolve, reject };
        });
        if (this.#failure)
            this.#fail(this.#failure);
        else if (makeEngine)
            void this.#scanHere(makeEngine());
        return done;
    }
    /** This thread claims batches too, yielding to the event loop between them to take in results. */
    async #scanHere(engine) {
        this.#pending++;
        try {
            for (let batch = this.#claim(); batch; batch = this.#claim()) {
                scanBatch(engine, this.#root, batch, this.#maxFileSize, this.#out);
                this.#report();
                await new Promise((r) => setImmediate(r));
            }
        }
        catch (err) {
            this.#fail(err);
        }
        finally {
            this.#pending--;
            this.#maybeDone();
        }
    }
    #push(files, last) {
        for (const f of files)
            this.#files.push(f);
        // A worker still booting gets the message once it listens: no handshake, so a worker
        // never waits for this thread's event loop (busy listing or scanning) to hear it is ready.
        // Sent before this thread scans its first batch.
        for (const w of this.#workers)
            w.postMessage({ type: 'files', files: files, last });
    }
    /** Stops every worker (also when `run` was never called). */
    close() {
        for (const w of this.#workers)
            void w.terminate();
    }
    #claim() {
        return this.#complete && !this.#failure ? claim(this.#cursor, this.#files, true) : undefined;
    }
    #onMessage(i, msg) {
        if (msg.type === 'error')
            return this.#fail(new Error(`a scan worker thread failed: ${msg.message}`));
        if (msg.type === 'done') {
            this.#finished++;
            this.#done[i] = true;
            return this.#maybeDone();
        }
        const out = this.#out;
        for (const f of msg.findings)
            out.findings.push(fromWire(f));
        out.skipped.push(...msg.skipped);
        out.notices.push(...msg.notices);
        out.archives.push(...msg.archives);
        out.jsonShapes.push(...msg.jsonShapes);
        out.bytes += msg.bytes;
        out.files += msg.files;
        this.#report();
    }
    #report() {
        const p = this.#progress;
        if (!p)
            return;
        p.files = this.#out.files;
        p.bytes = this.#out.bytes;
        p.findings = this.#out.findings.length;
    }
    /** A worker that exits before saying it is done (killed, out of memory) fails the scan. */
    #onExit(i) {
        if (!this.#done[i] && this.#settle)
            this.#fail(new Error('a scan worker thread stopped before the scan was done'));
    }
    /** Resolves once this thread and every worker are done: no wait for the workers' exit. */
    #maybeDone() {
        if (this.#finished < this.#workers.length || this.#pending > 0 || this.#failure || !this.#settle)
            return;
        if (Atomics.load(this.#cursor, 0) < this.#files.length)
            return this.#fail(new Error('a scan thread stopped before the scan was done'));
        this.#settle.resolve(this.#out);
    }
    #fail(err) {
        this.#failure ??= err;
        if (!this.#settle)
            return;
        this.#settle.reject(this.#failure);
        this.close();
    }
}
/**
 * The worker side: builds the engine from the `setup` message, then, as files arrive, claims
 * and scans batches of the ones it has until none is left, posting each batch's result; after
 * the last files, says it is done and exits.
 */
function runScanWorker() {
    const port = external_node_worker_threads_.parentPort;
    const fail = (err) => port.postMessage({ type: 'error', message: String(err?.message ?? err) });
    let setup;
    const tasks = [];
    port.on('message', (msg) => {
        try {
            if (msg.type === 'setup') {
                setup = { engine: (0,engine_spec/* buildEngine */.zn)(msg.spec), root: msg.root, maxFileSize: msg.maxFileSize, cursor: new Int32Array(msg.cursor) };
                return;
            }
            if (!setup)
                throw new Error('files before setup');
            const { engine, root, maxFileSize, cursor } = setup;
            for (const t of msg.files)
                tasks.push(t);
            for (let batch = claim(cursor, tasks, msg.last); batch; batch = claim(cursor, tasks, msg.last)) {
                const res = scanBatch(engine, root, batch, maxFileSize);
                const findings = res.findings.map(toWire);
                port.postMessage({ type: 'result', ...res, findings });
            }
            if (!msg.last)
                return;
            port.postMessage({ type: 'done' });
        }
        catch (err) {
            fail(err);
        }
        port.close();
    });
    // Most scans use the built-in rules as they are: compiled now, while the main thread loads
    // and lists, the engine the setup message asks for is ready at once (the message waits).
    (0,engine/* prepareBuiltinRules */.s6)();
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   iJ: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Redacted form of a secret: at most the first 4 and last 3 characters with `…` between,
 * plus the length. Short values reveal less so that at least half stays hidden.
 */
function redact(value) {
    const n = value.length;
    if (n === 0)
        return '(empty)';
    let head = 4;
    let tail = 3;
    // Shrink the longer side first (the tail on a tie): the prefix says which provider it is.
    while (head + tail > Math.floor(n / 2) && (head > 0 || tail > 0)) {
        if (head > tail)
            head--;
        else
            tail--;
    }
    const shown = value.slice(0, head) + '…' + (tail > 0 ? value.slice(n - tail) : '');
    return `${shown} (${n} chars)`;
}
/**
 * A secret value that cannot leak by accident: string conversion, JSON serialisation and
 * `util.inspect` all give the redacted form. Only `reveal()` returns the raw value, and only
 * code that must hand the value on (masking, live validation) calls it.
 */
class SecretValue {
    #raw;
    redacted;
    constructor(raw) {
        this.#raw = raw;
        this.redacted = redact(raw);
    }
    reveal() {
        return this.#raw;
    }
    get length() {
        return this.#raw.length;
    }
    toString() {
        return this.redacted;
    }
    toJSON() {
        return this.redacted;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_1__.inspect.custom]() {
        return `SecretValue(${this.redacted})`;
    }
}
/** Stable fingerprint of a finding: a hash of (rule, file, secret), never the secret itself. */
function fingerprint(rule, file, secret) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(rule).update('\0').update(file).update('\0').update(secret).digest('hex').slice(0, 32);
}


/***/ }),

/***/ 3130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ decodeBytes)
/* harmony export */ });
function decodeBytes(buf) {
    if (buf.length >= 2) {
        if (buf[0] === 0xff && buf[1] === 0xfe) {
            return { kind: 'text', text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
        }
        if (buf[0] === 0xfe && buf[1] === 0xff) {
            const body = Buffer.from(buf.subarray(2));
            if (body.length % 2 === 0)
                body.swap16();
            else
                swapOdd(body);
            return { kind: 'text', text: body.toString('utf16le'), encoding: 'utf-16be' };
        }
    }
    if (buf.indexOf(0) !== -1)
        return { kind: 'binary' };
    const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    return { kind: 'text', text: buf.toString('utf8', start), encoding: 'utf-8' };
}
function swapOdd(b) {
    for (let i = 0; i + 1 < b.length; i += 2) {
        const t = b[i];
        b[i] = b[i + 1];
        b[i + 1] = t;
    }
}


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ relativeTo),
/* harmony export */   i: () => (/* binding */ relativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** In the part of a path below root: a `.` or `..` segment, or an empty one (a leading or doubled separator); such a path needs `path.relative`. */
const UNNORMALIZED = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/][\\/]|^[\\/]/;
/**
 * Forward-slash path relative to root. Called for every listed file (twice: filter, read), so
 * the usual case, a normalized path below root, is a slice; anything else goes through
 * `path.relative`.
 */
function relativePath(root, file) {
    return relativeTo(root)(file);
}
/** `relativePath` for many files under one root (the prefix is made once). */
function relativeTo(root) {
    const prefix = root.endsWith((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) ? root : root + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep);
    return (file) => {
        if (file.startsWith(prefix)) {
            // Only the part below root can be unnormalized (root itself is resolved).
            const rel = file.slice(prefix.length);
            if (!UNNORMALIZED.test(rel))
                return (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep) === '/' ? rel : rel.split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
        }
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    };
}


/***/ }),

/***/ 2960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ detectSecretsEntries),
/* harmony export */   RA: () => (/* binding */ DETECT_SECRETS_BASELINE_FILE),
/* harmony export */   Rh: () => (/* binding */ parseDetectSecretsBaseline),
/* harmony export */   Ru: () => (/* binding */ sha1Hex),
/* harmony export */   hf: () => (/* binding */ looksLikeDetectSecretsBaseline)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/**
 * detect-secrets' `.secrets.baseline` (v1.x): `{"version": "1.x", "results": {"path":
 * [{"type", "filename", "hashed_secret", "line_number"}]}}`, `hashed_secret` being the SHA-1 hex
 * of the raw secret. A keylint finding is accepted when the SHA-1 of its secret is listed for
 * the same file. Only hashes are read; the secrets are not in the file.
 */


const DETECT_SECRETS_BASELINE_FILE = '.secrets.baseline';
const SHA1 = /^[0-9a-f]{40}$/;
function sha1Hex(s) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(s).digest('hex');
}
/** Is this parsed JSON a detect-secrets baseline? (`results` object plus `version` or `plugins_used`.) */
function looksLikeDetectSecretsBaseline(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return false;
    const o = data;
    return typeof o.results === 'object' && o.results !== null && !Array.isArray(o.results) && ('version' in o || 'plugins_used' in o);
}
/** The entries of a parsed detect-secrets baseline; `file` names it in errors. */
function detectSecretsEntries(data, file) {
    const bad = (what) => {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${file}: not a detect-secrets baseline: ${what}`);
    };
    if (!looksLikeDetectSecretsBaseline(data))
        return bad('expected an object with "version" and "results"');
    const results = data.results;
    const out = [];
    for (const [path, list] of Object.entries(results)) {
        if (!Array.isArray(list))
            return bad(`results[${JSON.stringify(path)}] must be a list`);
        list.forEach((raw, i) => {
            const at = `results[${JSON.stringify(path)}][${i}]`;
            if (typeof raw !== 'object' || raw === null)
                return bad(`${at} must be an object`);
            const e = raw;
            const sha1 = typeof e.hashed_secret === 'string' ? e.hashed_secret.toLowerCase() : '';
            if (!SHA1.test(sha1))
                return bad(`${at}.hashed_secret must be a SHA-1 hex digest`);
            const name = typeof e.filename === 'string' && e.filename ? e.filename : path;
            const line = typeof e.line_number === 'number' && Number.isInteger(e.line_number) && e.line_number > 0 ? e.line_number : 1;
            out.push({ file: name.replace(/\\/g, '/').replace(/^\.\//, ''), sha1, line, type: typeof e.type === 'string' ? e.type : 'secret' });
        });
    }
    return out;
}
function parseDetectSecretsBaseline(text, file = DETECT_SECRETS_BASELINE_FILE) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`${file}: malformed JSON: ${e.message.split('\n')[0].replace(/, "[\s\S]*$/, '')}`);
    }
    return detectSecretsEntries(data, file);
}


/***/ }),

/***/ 8441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ JSON_FILE),
/* harmony export */   MO: () => (/* binding */ looksLikeGitleaksReport),
/* harmony export */   RQ: () => (/* binding */ jsonShapeOf)
/* harmony export */ });
/* unused harmony export isRedactedGitleaksReport */
/* harmony import */ var _detect_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2960);

/** Report-shaped JSON texts longer than this are not parsed for the shape test. */
const MAX_SHAPE_CHARS = 32 * 1024 * 1024;
function jsonShapeOf(text) {
    if (text.length > MAX_SHAPE_CHARS)
        return 'other';
    const head = text.trimStart()[0];
    if (head !== '[' && head !== '{')
        return 'other';
    // Either kind names its fields: most JSON files (with findings in them) are not parsed at all.
    if (!text.includes('"RuleID"') && !text.includes('"results"'))
        return 'other';
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return 'other';
    }
    // A gitleaks report is not blanket-suppressed: a redacted one yields no findings (its
    // hashes and fingerprints are not keys), and anything keylint does find in it — a key in a
    // commit message, or every key of an unredacted report — is a real leak.
    if (looksLikeGitleaksReport(data))
        return isRedactedGitleaksReport(data) ? 'other' : 'raw-report';
    if ((0,_detect_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeDetectSecretsBaseline */ .hf)(data))
        return 'peer';
    return 'other';
}
/** Whether parsed JSON is a gitleaks report: a non-empty array of findings with RuleID and Fingerprint (or File and StartLine). */
function looksLikeGitleaksReport(data) {
    if (!Array.isArray(data) || data.length === 0)
        return false;
    return data.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && 'RuleID' in x && ('Fingerprint' in x || ('File' in x && 'StartLine' in x)));
}
/** Whether a gitleaks report holds no raw secrets (made with `--redact`). */
function isRedactedGitleaksReport(data) {
    return data.every((x) => typeof x.Secret !== 'string' || x.Secret === '' || /^REDACTED$|^\*+$/.test(x.Secret) || /REDACTED/.test(x.Secret));
}
/** Paths the shape test applies to. */
const JSON_FILE = /\.json$/i;


/***/ })

};
