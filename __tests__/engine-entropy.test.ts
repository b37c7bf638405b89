import { describe, expect, test } from '@jest/globals';
import { countDigits, distinctChars, shannonEntropy } from '../src/engine/entropy.js';
import { NASTY, prng } from './support/fuzz.js';

/** The definitions, written the plain way: what the table-based versions must equal. */
function referenceEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) counts.set(value.charCodeAt(i), (counts.get(value.charCodeAt(i)) ?? 0) + 1);
  let h = 0;
  for (const k of counts.values()) h -= (k / value.length) * Math.log2(k / value.length);
  return h;
}

describe('character statistics of candidates', () => {
  test('known values', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBe(1);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(distinctChars('')).toBe(0);
    expect(distinctChars('aabbcc')).toBe(3);
    // Code points, not UTF-16 units: an emoji is one character.
    expect(distinctChars('\u{1F600}\u{1F600}a')).toBe(2);
    expect(countDigits('a1b22c333')).toBe(6);
  });

  test('equal the plain definitions on 3,000 random strings, ASCII and not, called back to back', () => {
    const r = prng('entropy');
    const alphabets = ['abc', 'ABCDEFabcdef0123456789', 'A-Za-z0-9+/=_-.~!', NASTY, 'aé€😀b'];
    for (let i = 0; i < 3000; i++) {
      const s = r.str(r.pick(alphabets), r.int(0, 80));
      // Table-based counting must leave its table clean: the next call's result depends on it.
      expect(shannonEntropy(s)).toBeCloseTo(referenceEntropy(s), 12);
      expect(distinctChars(s)).toBe(new Set(s).size);
    }
  });
});
