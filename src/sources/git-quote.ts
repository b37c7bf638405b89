/**
 * Paths as git prints them in diff headers: plain, or C-quoted (`"a/\303\251 x\ty"`) when they
 * contain control characters, quotes, backslashes or (with core.quotePath on) non-ASCII bytes.
 * Octal escapes stand for raw bytes of the UTF-8 name, so they are decoded to bytes first.
 */

const SIMPLE_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

export interface QuotedParse {
  value: string;
  /** Index just past the closing quote. */
  end: number;
}

/**
 * Parses a C-quoted string starting at `s[start] === '"'`. Returns null when the quoting is
 * malformed (no closing quote, bad escape).
 */
export function parseQuoted(s: string, start = 0): QuotedParse | null {
  if (s.charCodeAt(start) !== 34) return null;
  const bytes: number[] = [];
  let i = start + 1;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"') {
      return { value: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    }
    if (c === '\\') {
      const e = s[i + 1];
      if (e === undefined) return null;
      if (e >= '0' && e <= '7') {
        const oct = s.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(oct)) return null;
        bytes.push(parseInt(oct, 8) & 0xff);
        i += 4;
        continue;
      }
      const code = SIMPLE_ESCAPES[e];
      if (code === undefined) return null;
      bytes.push(code);
      i += 2;
      continue;
    }
    // A raw character (core.quotePath=false leaves non-ASCII unescaped): keep its UTF-8 bytes.
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
    i += ch.length;
  }
  return null;
}

/** A path field of a header line: quoted or plain (plain runs to the end of the string). */
export function parsePathField(s: string): string | null {
  if (s.startsWith('"')) {
    const q = parseQuoted(s, 0);
    return q ? q.value : null;
  }
  return s;
}

/** Removes the `a/` / `b/` prefix we asked git for. Returns null if it is missing. */
export function stripPrefix(path: string, prefix: 'a/' | 'b/'): string | null {
  return path.startsWith(prefix) ? path.slice(prefix.length) : null;
}

/**
 * Path of a `--- a/x` / `+++ b/x` line body (after the marker and space). Git appends a TAB
 * to these lines when the name contains a space; an unquoted name can never contain a real
 * TAB (it would have been quoted), so one trailing TAB is always git's marker.
 * Returns `null` for `/dev/null`, `undefined` when unparseable.
 */
export function parseFileLinePath(body: string, prefix: 'a/' | 'b/'): string | null | undefined {
  let field: string | null;
  if (body.startsWith('"')) {
    const q = parseQuoted(body, 0);
    field = q ? q.value : null;
  } else {
    field = body.endsWith('\t') ? body.slice(0, -1) : body;
  }
  if (field === null) return undefined;
  if (field === '/dev/null') return null;
  return stripPrefix(field, prefix) ?? undefined;
}

/**
 * The two names of a `diff --git <a> <b>` line (after `diff --git `). Quoted names are exact.
 * Unquoted names are ambiguous when they contain spaces; the only reliable case is a=b (no
 * rename), which is all this is used for: renames and copies carry `rename to`/`copy to`.
 */
export function parseDiffGitNames(rest: string): { a: string | null; b: string | null } {
  if (rest.startsWith('"')) {
    const qa = parseQuoted(rest, 0);
    if (!qa || rest[qa.end] !== ' ') return { a: null, b: null };
    const bField = parsePathField(rest.slice(qa.end + 1));
    return { a: stripPrefix(qa.value, 'a/'), b: bField === null ? null : stripPrefix(bField, 'b/') };
  }
  if (rest.endsWith('"')) {
    // Plain a, quoted b: find the space that starts a well-formed quoted field ending the line.
    for (let i = rest.indexOf(' "'); i >= 0; i = rest.indexOf(' "', i + 1)) {
      const qb = parseQuoted(rest, i + 1);
      if (qb && qb.end === rest.length) {
        return { a: stripPrefix(rest.slice(0, i), 'a/'), b: stripPrefix(qb.value, 'b/') };
      }
    }
    return { a: null, b: null };
  }
  // Symmetric split: "a/P b/P".
  if ((rest.length - 1) % 2 === 0) {
    const half = (rest.length - 1) / 2;
    const a = rest.slice(0, half);
    const b = rest.slice(half + 1);
    if (rest[half] === ' ' && a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2)) {
      return { a: a.slice(2), b: b.slice(2) };
    }
  }
  return { a: null, b: null };
}
