/**
 * A strict TOML subset: exactly what gitleaks configs use. Tables (`[a.b]`), arrays of tables
 * (`[[a.b]]`), `key = value` with bare, quoted or dotted keys, strings (basic, literal and their
 * multi-line forms), integers, floats, booleans, arrays (multi-line, trailing comma) and inline
 * tables. No dates. Anything else is a TomlError naming the line. Every table remembers the line
 * of each of its keys, so callers can point at a key.
 */

export class TomlError extends Error {
  override readonly name = 'TomlError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

export interface TomlTable {
  readonly kind: 'table';
  readonly values: Map<string, TomlValue>;
  /** 1-based line of each key (the header line for sub-tables). */
  readonly lines: Map<string, number>;
  /** Defined by a `[header]` (or as an element of `[[header]]`): cannot be defined again. */
  explicit: boolean;
  /** An inline table or an array value: closed to further keys. */
  sealed: boolean;
}

export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;

function table(explicit = false): TomlTable {
  return { kind: 'table', values: new Map(), lines: new Map(), explicit, sealed: false };
}

export function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'table';
}

/** Arrays created by `[[header]]` (arrays of tables may be extended; array values may not). */
const TABLE_ARRAYS = new WeakSet<TomlValue[]>();

const BARE_KEY = /[A-Za-z0-9_-]/;

class Parser {
  pos = 0;
  line = 1;

  constructor(readonly text: string) {}

  fail(reason: string, line = this.line): never {
    throw new TomlError(line, reason);
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  next(): string {
    const c = this.text[this.pos++] ?? '';
    if (c === '\n') this.line++;
    return c;
  }

  /** Spaces and tabs only. */
  skipBlank(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  skipComment(): void {
    if (this.peek() !== '#') return;
    while (this.pos < this.text.length && this.peek() !== '\n') {
      const c = this.text.charCodeAt(this.pos);
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) this.fail('control character in a comment');
      this.pos++;
    }
  }

  /** After a value or header: blanks, an optional comment, then a newline or the end. */
  endOfLine(): void {
    this.skipBlank();
    this.skipComment();
    if (this.pos >= this.text.length) return;
    if (this.startsWith('\r\n')) this.pos++;
    if (this.peek() !== '\n') this.fail(`unexpected ${JSON.stringify(this.peek())} after the value (one key = value per line)`);
    this.next();
  }

  /** Blanks, comments and newlines (inside arrays). */
  skipAll(): void {
    for (;;) {
      this.skipBlank();
      this.skipComment();
      if (this.startsWith('\r\n')) this.pos++;
      if (this.peek() === '\n') this.next();
      else return;
    }
  }

  key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipBlank();
      const c = this.peek();
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (BARE_KEY.test(this.peek())) this.pos++;
        if (this.pos === start) this.fail(c === '' || c === '\n' ? 'expected a key' : `unexpected ${JSON.stringify(c)} where a key was expected`);
        parts.push(this.text.slice(start, this.pos));
      }
      this.skipBlank();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  escape(): string {
    const c = this.next();
    const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
    if (c in simple) return simple[c]!;
    if (c === 'u' || c === 'U') {
      const n = c === 'u' ? 4 : 8;
      const hex = this.text.slice(this.pos, this.pos + n);
      if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) this.fail(`invalid \\${c} escape`);
      this.pos += n;
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail(`invalid \\${c} escape`);
      return String.fromCodePoint(cp);
    }
    this.fail(`invalid escape \\${c === '\n' ? 'newline' : c}`);
  }

  basicString(): string {
    if (this.startsWith('"""')) return this.multilineBasic();
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '' || c === '\n') this.fail('unterminated string');
      this.pos++;
      if (c === '"') return out;
      if (c === '\\') out += this.escape();
      else out += c;
    }
  }

  literalString(): string {
    if (this.startsWith("'''")) return this.multilineLiteral();
    this.pos++;
    const end = this.text.indexOf("'", this.pos);
    const nl = this.text.indexOf('\n', this.pos);
    if (end < 0 || (nl >= 0 && nl < end)) this.fail('unterminated string');
    const s = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return s;
  }

  multilineBasic(): string {
    const startLine = this.line;
    this.pos += 3;
    if (this.startsWith('\r\n')) this.pos++;
    if (this.peek() === '\n') this.next();
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated multi-line string', startLine);
      if (this.startsWith('"""')) {
        // Up to two quotes may end the content (`""""` ends in one quote).
        let n = 3;
        while (this.peek(n) === '"' && n < 5) n++;
        out += '"'.repeat(n - 3);
        this.pos += n;
        return out;
      }
      const c = this.next();
      if (c !== '\\') {
        out += c;
        continue;
      }
      // A backslash at the end of a line trims the newline and the whitespace after it.
      let look = this.pos;
      while (this.text[look] === ' ' || this.text[look] === '\t') look++;
      if (this.text[look] === '\n' || this.text.startsWith('\r\n', look)) {
        while (this.pos < this.text.length && /[ \t\r\n]/.test(this.peek())) this.next();
      } else out += this.escape();
    }
  }

  multilineLiteral(): string {
    const startLine = this.line;
    this.pos += 3;
    if (this.startsWith('\r\n')) this.pos++;
    if (this.peek() === '\n') this.next();
    const end = this.text.indexOf("'''", this.pos);
    if (end < 0) this.fail('unterminated multi-line string', startLine);
    let stop = end;
    while (this.text[stop + 3] === "'" && stop < end + 2) stop++;
    const s = this.text.slice(this.pos, stop);
    while (this.pos < stop + 3) this.next();
    return s;
  }

  value(): TomlValue {
    const c = this.peek();
    if (c === '"') return this.basicString();
    if (c === "'") return this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    const m = /^(?:true|false|[+-]?(?:inf|nan)|[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+(?:\.[0-9_]+)?(?:[eE][+-]?[0-9_]+)?))(?=[\s,\]}#]|$)/.exec(this.text.slice(this.pos, this.pos + 128));
    if (!m) {
      const word = /^[^\s,\]}#]*/.exec(this.text.slice(this.pos, this.pos + 40))![0];
      this.fail(word ? `invalid value ${JSON.stringify(word)} (strings need quotes)` : 'expected a value');
    }
    const tok = m[0];
    this.pos += tok.length;
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (/inf|nan/.test(tok)) return tok.includes('nan') ? NaN : tok.startsWith('-') ? -Infinity : Infinity;
    if (/(^|[^0-9])_|_($|[^0-9A-Fa-f])/.test(tok)) this.fail(`invalid number ${JSON.stringify(tok)}`);
    const clean = tok.replace(/_/g, '');
    const n = /^[+-]?0[xob]/.test(clean) ? Number(clean.replace(/^\+/, '')) : Number(clean);
    if (!Number.isFinite(n) || (/^[+-]?0[0-9]/.test(clean) && !clean.includes('.'))) this.fail(`invalid number ${JSON.stringify(tok)}`);
    return n;
  }

  array(): TomlValue[] {
    this.pos++;
    const out: TomlValue[] = [];
    for (;;) {
      this.skipAll();
      if (this.peek() === ']') {
        this.pos++;
        return out;
      }
      if (this.pos >= this.text.length) this.fail('unterminated array');
      out.push(this.value());
      this.skipAll();
      if (this.peek() === ',') this.pos++;
      else if (this.peek() !== ']') this.fail(`expected "," or "]" in an array, got ${JSON.stringify(this.peek() || 'end of file')}`);
    }
  }

  inlineTable(): TomlTable {
    this.pos++;
    const t = table(true);
    this.skipBlank();
    if (this.peek() === '}') {
      this.pos++;
      t.sealed = true;
      return t;
    }
    for (;;) {
      const line = this.line;
      const k = this.key();
      if (this.peek() !== '=') this.fail('expected "=" after a key');
      this.pos++;
      this.skipBlank();
      this.assign(t, k, this.value(), line);
      this.skipBlank();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      if (this.peek() === '}') {
        this.pos++;
        t.sealed = true;
        return t;
      }
      this.fail('expected "," or "}" in an inline table');
    }
  }

  /** The table at `path` under `root`, creating implicit tables on the way. */
  descend(root: TomlTable, path: readonly string[], line: number): TomlTable {
    let t = root;
    for (const part of path) {
      let v = t.values.get(part);
      if (v === undefined) {
        if (t.sealed) this.fail(`cannot add "${part}" to an inline table`, line);
        v = table();
        t.values.set(part, v);
        t.lines.set(part, line);
      }
      if (Array.isArray(v) && TABLE_ARRAYS.has(v)) v = v[v.length - 1]!;
      if (!isTable(v)) this.fail(`"${part}" is already a value, not a table`, line);
      if (v.sealed) this.fail(`"${part}" is an inline table and cannot be extended`, line);
      t = v;
    }
    return t;
  }

  assign(t: TomlTable, key: readonly string[], value: TomlValue, line: number): void {
    const parent = this.descend(t, key.slice(0, -1), line);
    const last = key[key.length - 1]!;
    if (parent.values.has(last)) this.fail(`duplicate key "${key.join('.')}"`, line);
    parent.values.set(last, value);
    parent.lines.set(last, line);
  }

  document(): TomlTable {
    const root = table(true);
    let current = root;
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    for (;;) {
      this.skipAll();
      if (this.pos >= this.text.length) return root;
      const line = this.line;
      if (this.startsWith('[[')) {
        this.pos += 2;
        const path = this.key();
        if (!this.startsWith(']]')) this.fail('expected "]]" to close the array-of-tables header');
        this.pos += 2;
        this.endOfLine();
        const parent = this.descend(root, path.slice(0, -1), line);
        const last = path[path.length - 1]!;
        let arr = parent.values.get(last);
        if (arr === undefined) {
          arr = [];
          TABLE_ARRAYS.add(arr);
          parent.values.set(last, arr);
          parent.lines.set(last, line);
        }
        if (!Array.isArray(arr) || !TABLE_ARRAYS.has(arr)) this.fail(`"${path.join('.')}" is already defined, not as an array of tables`);
        current = table(true);
        current.lines.set('', line);
        arr.push(current);
      } else if (this.peek() === '[') {
        this.pos++;
        const path = this.key();
        if (this.peek() !== ']') this.fail('expected "]" to close the table header');
        this.pos++;
        this.endOfLine();
        const parent = this.descend(root, path.slice(0, -1), line);
        const last = path[path.length - 1]!;
        const existing = parent.values.get(last);
        if (existing === undefined) {
          current = table(true);
          parent.values.set(last, current);
          parent.lines.set(last, line);
        } else if (isTable(existing) && !existing.explicit && !existing.sealed) {
          existing.explicit = true;
          current = existing;
        } else this.fail(`table [${path.join('.')}] is defined twice`);
      } else {
        const key = this.key();
        if (this.peek() !== '=') this.fail(`expected "=" after the key "${key.join('.')}"`);
        this.pos++;
        this.skipBlank();
        const value = this.value();
        this.assign(current, key, value, line);
        this.endOfLine();
      }
    }
  }
}

/** Parses TOML text. Throws TomlError (with the 1-based line) on anything outside the subset. */
export function parseToml(text: string): TomlTable {
  return new Parser(text).document();
}
