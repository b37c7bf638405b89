/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two adjacent
 * characters (`hihg` → `high` is 1), O(a·b). Inputs are short (config keys, rule ids).
 */
export function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

const squash = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The candidate nearest to `input`, or undefined when none is close enough to be a typo:
 * same letters ignoring case and separators (`maxFileSize` → `max-file-size`), or an edit
 * distance of at most a third of the length (at least 1, at most 3).
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const sq = squash(input);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (squash(c) === sq) return c;
    const d = editDistance(sq, squash(c));
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(sq.length / 3)));
  return bestD <= limit ? best : undefined;
}

/** ` — did you mean "x"?` or the empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const n = nearest(input, candidates);
  return n === undefined ? '' : ` — did you mean "${n}"?`;
}
