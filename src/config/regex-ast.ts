/**
 * A small parser for JavaScript regex sources (non-unicode mode, as the engine compiles
 * custom rules), just detailed enough to reason about backtracking: which characters each
 * part can consume, and where the quantifiers and alternations are. The source has already
 * been compiled by `new RegExp`, so the parser can be lenient about syntax errors.
 */

/** Inclusive code-unit ranges, sorted and merged. */
export type CharSet = ReadonlyArray<readonly [number, number]>;

export type RegexNode =
  | { kind: 'chars'; set: CharSet; start: number; end: number }
  | { kind: 'seq'; items: RegexNode[]; start: number; end: number }
  | { kind: 'alt'; branches: RegexNode[]; start: number; end: number }
  | { kind: 'group'; body: RegexNode; look: boolean; start: number; end: number }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; start: number; end: number }
  /** Assertions (`^ $ \b \B`): consume nothing. */
  | { kind: 'assert'; start: number; end: number }
  /** Backreferences: may consume anything. */
  | { kind: 'backref'; start: number; end: number };

const MAX_CODE = 0xffff;

export function normalise(ranges: Array<readonly [number, number]>): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

export function union(...sets: CharSet[]): CharSet {
  return normalise(sets.flat());
}

export function complement(set: CharSet): CharSet {
  const out: Array<[number, number]> = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CODE) out.push([next, MAX_CODE]);
  return out;
}

export function intersects(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i]!;
    const [blo, bhi] = b[j]!;
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}

export function contains(set: CharSet, code: number): boolean {
  return set.some(([lo, hi]) => code >= lo && code <= hi);
}

const ch = (c: string): CharSet => [[c.charCodeAt(0), c.charCodeAt(0)]];
export const DIGIT: CharSet = [[0x30, 0x39]];
export const WORD: CharSet = normalise([[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]]);
export const SPACE: CharSet = normalise([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
export const ANY: CharSet = [[0, MAX_CODE]];
const LINE_TERMINATORS: CharSet = normalise([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]);
const DOT: CharSet = complement(LINE_TERMINATORS);

const SIMPLE_ESCAPES: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  parse(): RegexNode {
    const node = this.alternation();
    return node;
  }

  private peek(o = 0): string {
    return this.src[this.i + o] ?? '';
  }

  private alternation(): RegexNode {
    const start = this.i;
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { kind: 'alt', branches, start, end: this.i };
  }

  private sequence(): RegexNode {
    const start = this.i;
    const items: RegexNode[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items, start, end: this.i };
  }

  private quantified(atom: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++;
    return this.quantified({ kind: 'repeat', body: atom, min, max, start: atom.start, end: this.i });
  }

  private atom(): RegexNode {
    const start = this.i;
    const c = this.src[this.i++]!;
    switch (c) {
      case '^':
      case '$':
        return { kind: 'assert', start, end: this.i };
      case '.':
        return { kind: 'chars', set: DOT, start, end: this.i };
      case '[':
        return { kind: 'chars', set: this.charClass(), start, end: this.i };
      case '(': {
        let look = false;
        if (this.peek() === '?') {
          const rest = this.src.slice(this.i, this.i + 3);
          if (rest.startsWith('?:')) this.i += 2;
          else if (rest.startsWith('?=') || rest.startsWith('?!')) {
            look = true;
            this.i += 2;
          } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
            look = true;
            this.i += 3;
          } else if (rest.startsWith('?<')) {
            const close = this.src.indexOf('>', this.i);
            this.i = close < 0 ? this.src.length : close + 1;
          }
        }
        const body = this.alternation();
        if (this.peek() === ')') this.i++;
        return { kind: 'group', body, look, start, end: this.i };
      }
      case '\\':
        return this.atomEscape(start);
      default:
        return { kind: 'chars', set: ch(c), start, end: this.i };
    }
  }

  private atomEscape(start: number): RegexNode {
    const c = this.src[this.i++] ?? '\\';
    if (c === 'b' || c === 'B') return { kind: 'assert', start, end: this.i };
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(this.peek())) this.i++;
      return { kind: 'backref', start, end: this.i };
    }
    if (c === 'k' && this.peek() === '<') {
      const close = this.src.indexOf('>', this.i);
      this.i = close < 0 ? this.src.length : close + 1;
      return { kind: 'backref', start, end: this.i };
    }
    this.i--;
    return { kind: 'chars', set: this.escapeSet(), start, end: this.i };
  }

  /** Reads an escape body (after the backslash) that stands for a set of characters. */
  private escapeSet(inClass = false): CharSet {
    const c = this.src[this.i++] ?? '\\';
    switch (c) {
      case 'd': return DIGIT;
      case 'D': return complement(DIGIT);
      case 'w': return WORD;
      case 'W': return complement(WORD);
      case 's': return SPACE;
      case 'S': return complement(SPACE);
      case 'b': if (inClass) return [[8, 8]]; break;
      case 'c': {
        const l = this.peek();
        if (/[A-Za-z]/.test(l)) {
          this.i++;
          const code = l.charCodeAt(0) % 32;
          return [[code, code]];
        }
        return ch('\\');
      }
      case 'x': {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
        if (m) {
          this.i += 2;
          const code = parseInt(m[0], 16);
          return [[code, code]];
        }
        break;
      }
      case 'u': {
        const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.i));
        if (m) {
          this.i += 4;
          const code = parseInt(m[0], 16);
          return [[code, code]];
        }
        break;
      }
    }
    const simple = SIMPLE_ESCAPES[c];
    return simple !== undefined ? [[simple, simple]] : ch(c);
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    const parts: CharSet[] = [];
    while (this.i < this.src.length && this.peek() !== ']') {
      const lo = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        const save = this.i;
        this.i++;
        const hi = this.classAtom();
        const a = lo.length === 1 && lo[0]![0] === lo[0]![1] ? lo[0]![0] : -1;
        const b = hi.length === 1 && hi[0]![0] === hi[0]![1] ? hi[0]![0] : -1;
        if (a >= 0 && b >= a) {
          parts.push([[a, b]]);
          continue;
        }
        this.i = save + 1;
        parts.push(lo, ch('-'), hi);
        continue;
      }
      parts.push(lo);
    }
    if (this.peek() === ']') this.i++;
    const set = union(...parts);
    return negate ? complement(set) : set;
  }

  private classAtom(): CharSet {
    const c = this.src[this.i++]!;
    if (c === '\\') return this.escapeSet(true);
    return ch(c);
  }
}

export function parseRegex(source: string): RegexNode {
  return new Parser(source).parse();
}

/** Children of a node, for walks. */
export function children(node: RegexNode): RegexNode[] {
  switch (node.kind) {
    case 'seq': return node.items;
    case 'alt': return node.branches;
    case 'group':
    case 'repeat': return [node.body];
    default: return [];
  }
}

export function* walk(node: RegexNode): Generator<RegexNode> {
  yield node;
  for (const c of children(node)) yield* walk(c);
}

/** Can the node match the empty string? */
export function nullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'chars': return false;
    case 'seq': return node.items.every(nullable);
    case 'alt': return node.branches.some(nullable);
    case 'group': return node.look || nullable(node.body);
    case 'repeat': return node.min === 0 || nullable(node.body);
    default: return true;
  }
}

/** Characters the node can consume first. */
export function firstChars(node: RegexNode): CharSet {
  switch (node.kind) {
    case 'chars': return node.set;
    case 'seq': {
      const sets: CharSet[] = [];
      for (const item of node.items) {
        sets.push(firstChars(item));
        if (!nullable(item)) break;
      }
      return union(...sets);
    }
    case 'alt': return union(...node.branches.map(firstChars));
    case 'group': return node.look ? [] : firstChars(node.body);
    case 'repeat': return firstChars(node.body);
    case 'backref': return ANY;
    default: return [];
  }
}

/** Every character the node can consume anywhere. */
export function allChars(node: RegexNode): CharSet {
  switch (node.kind) {
    case 'chars': return node.set;
    case 'backref': return ANY;
    case 'group': return node.look ? [] : allChars(node.body);
    default: return union(...children(node).map(allChars));
  }
}

/** Strips non-capturing/capturing groups (not lookarounds) and one-item sequences. */
export function unwrap(node: RegexNode): RegexNode {
  let n = node;
  for (;;) {
    if (n.kind === 'group' && !n.look) n = n.body;
    else if (n.kind === 'seq' && n.items.length === 1) n = n.items[0]!;
    else return n;
  }
}
