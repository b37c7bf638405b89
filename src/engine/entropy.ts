/*
 * Character statistics of candidate secrets. Every candidate goes through them, so the ASCII
 * case (nearly all) counts into one reused table instead of a Map or Set per call; any other
 * character switches to the general path, which gives the same results.
 */

/** Counts per ASCII code; all zero between calls. */
const counts = new Int32Array(128);
/** ASCII codes seen by the current call, in order of first occurrence. */
const seen = new Uint8Array(128);

/**
 * Counts `value`'s characters into `counts`/`seen` and returns how many distinct ones there
 * are, or -1 (with the table clean) when a character is not ASCII.
 */
function countAscii(value: string): number {
  let distinct = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) {
      clear(distinct);
      return -1;
    }
    if (counts[c]++ === 0) seen[distinct++] = c;
  }
  return distinct;
}

function clear(distinct: number): void {
  for (let j = 0; j < distinct; j++) counts[seen[j]!] = 0;
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  const distinct = countAscii(value);
  if (distinct < 0) return entropyOf(mapCounts(value), n);
  let h = 0;
  for (let j = 0; j < distinct; j++) {
    const p = counts[seen[j]!]! / n;
    h -= p * Math.log2(p);
  }
  clear(distinct);
  return h;
}

/** How many different characters (code points) `value` has. */
export function distinctChars(value: string): number {
  const distinct = countAscii(value);
  if (distinct < 0) return new Set(value).size;
  clear(distinct);
  return distinct;
}

function mapCounts(value: string): Iterable<number> {
  const m = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    m.set(c, (m.get(c) ?? 0) + 1);
  }
  return m.values();
}

function entropyOf(charCounts: Iterable<number>, n: number): number {
  let h = 0;
  for (const k of charCounts) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

export function countDigits(value: string): number {
  let d = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) d++;
  }
  return d;
}
