/**
 * Seeded fuzzing helpers: a small PRNG (mulberry32 seeded by FNV-1a of a string) and mutators
 * that turn a valid input into a near-valid one (byte flips, cut/duplicate/swap of slices,
 * insertion of tokens that matter to the parser under test). Same seed, same cases.
 */

export interface Prng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  str(alphabet: string, n: number): string;
}

export function prng(seed: string): Prng {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let a = h;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    chance: (p: number): boolean => next() < p,
    str: (alphabet: string, n: number): string => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[int(0, alphabet.length - 1)];
      return s;
    },
  };
}

/** Characters that tend to matter to text parsers: quotes, escapes, structure, controls, odd Unicode. */
export const NASTY = '\0\t\n\r "\'\\/:;,.-+@#%&*!?{}[]()<>|=~`$^\u00a0\u2028\ufeff\ud800\udfff\u{1F600}';

/** One random mutation of `text`; `tokens` are parser-specific strings worth inserting. */
export function mutate(r: Prng, text: string, tokens: readonly string[] = []): string {
  const n = text.length;
  const at = r.int(0, n);
  switch (r.int(0, 8)) {
    case 0: // flip a character
      return n === 0 ? r.str(NASTY, 1) : text.slice(0, at) + r.str(NASTY, 1) + text.slice(at + 1);
    case 1: // delete a slice
      return text.slice(0, at) + text.slice(Math.min(n, at + r.int(1, 40)));
    case 2: // duplicate a slice
      return text.slice(0, at) + text.slice(at, at + r.int(1, 200)) + text.slice(at);
    case 3: // truncate
      return text.slice(0, at);
    case 4: // insert a token
      return tokens.length > 0 ? text.slice(0, at) + r.pick(tokens) + text.slice(at) : text + r.str(NASTY, 3);
    case 5: { // swap two lines
      const lines = text.split('\n');
      const i = r.int(0, lines.length - 1);
      const j = r.int(0, lines.length - 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 6: // random junk
      return text.slice(0, at) + r.str(NASTY + 'abc019', r.int(1, 30)) + text.slice(at);
    case 7: // change a number
      return text.replace(/\d+/, () => r.pick(['0', '-1', '99999999999', '1e9', '', 'NaN', '4294967296']));
    default: // change indentation
      return text.replace(/\n( *)/, (_m, sp: string) => `\n${' '.repeat(Math.max(0, sp.length + r.int(-2, 2)))}`);
  }
}

/** `k` stacked mutations. */
export function mutateN(r: Prng, text: string, k: number, tokens: readonly string[] = []): string {
  let out = text;
  for (let i = 0; i < k; i++) out = mutate(r, out, tokens);
  return out;
}
