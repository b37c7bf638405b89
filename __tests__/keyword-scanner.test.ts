import { describe, expect, test } from '@jest/globals';
import { Hits, KeywordScanner } from '../src/engine/keyword-scanner.js';
import { compileRules } from '../src/engine/compile.js';
import { providers } from '../src/providers/registry.js';
import { prng } from './support/fuzz.js';

/** The reference semantics: one case-insensitive alternation, longest keyword first. */
function viaRegex(keywords: string[], text: string): Array<[number, string]> {
  const sorted = [...keywords].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'gi');
  return [...text.matchAll(re)].map((m) => [m.index, m[0].toLowerCase()]);
}

function viaScanner(keywords: string[], text: string): Array<[number, string]> {
  const hits = new Hits();
  const n = new KeywordScanner(keywords).scan(text, hits);
  const out = hits.list();
  const res: Array<[number, string]> = [];
  for (let i = 0; i < out.length; i += 2) res.push([out[i]!, keywords[out[i + 1]!]!.toLowerCase()]);
  expect(res).toHaveLength(n);
  return res;
}

describe('KeywordScanner', () => {
  test('finds keywords case-insensitively, longest at a position, without overlaps', () => {
    const kws = ['key', 'api_key', 'secret', 'secret_access_key', 'sk-', 'sk-ant-api'];
    const text = 'API_KEY=1 Secret_Access_Key: sk-ant-api03 SK-x keykey';
    expect(viaScanner(kws, text)).toEqual([
      [0, 'api_key'],
      [10, 'secret_access_key'],
      [29, 'sk-ant-api'],
      [42, 'sk-'],
      [47, 'key'],
      [50, 'key'],
    ]);
  });

  test('keywords of one and two characters, and keywords at the very end', () => {
    const kws = ['q', 'pk', 'token'];
    expect(viaScanner(kws, 'xQ aPK tok TOKEN')).toEqual(viaRegex(kws, 'xQ aPK tok TOKEN'));
    expect(viaScanner(kws, 'pk')).toEqual([[0, 'pk']]);
    expect(viaScanner(kws, 'q')).toEqual([[0, 'q']]);
    expect(viaScanner(kws, '')).toEqual([]);
    expect(viaScanner(['token'], 'toke')).toEqual([]);
  });

  test('characters that share a hash bucket are still compared exactly', () => {
    // '-' and 'm' (45 and 109), '3' and 's', ':' and 'z' agree in their low five bits.
    expect(viaScanner(['a-b', 'x3y', '://'], 'amb a-b xsy x3y zoo ://')).toEqual([
      [4, 'a-b'],
      [12, 'x3y'],
      [20, '://'],
    ]);
  });

  test('characters above U+00FF whose low byte is a keyword character are not that character', () => {
    // The gate reads a Latin-1 copy: U+014B (ŋ) becomes 0x4B (K), U+0165 (ť) 0x65 (e), U+0179 (Ź) 0x79 (y).
    const kws = ['key', 'token'];
    expect(viaScanner(kws, 'ŋey kťy keŹ ŋťŹ Key')).toEqual([[16, 'key']]);
    expect(viaScanner(kws, '€'.repeat(3) + 'token' + 'ŋ'.repeat(5) + 'TOKEN')).toEqual([[3, 'token'], [13, 'token']]);
  });

  test('keywords across the gate\'s chunks (65,536 positions a copy), in both alignments', () => {
    const kws = ['key', 'token', 'sk-ant-api', 'ghp_'];
    for (const shift of [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3]) {
      for (const at of [65536, 131072, 196608]) {
        const filler = 'x'.repeat(at + shift);
        for (const k of kws) {
          const text = filler + k.toUpperCase() + 'x'.repeat(70000) + k;
          expect(viaScanner(kws, text)).toEqual([
            [at + shift, k],
            [at + shift + k.length + 70000, k],
          ]);
          // The same from an odd start (`from` shifts the positions the gate steps on).
          const out = new Hits();
          new KeywordScanner(kws).scan(text, out, 1);
          expect(out.list().filter((_, i) => i % 2 === 0)).toEqual([at + shift, at + shift + k.length + 70000]);
        }
      }
    }
  });

  test('agrees with the regex alternation on the built-in keywords over random text', () => {
    // The rules' own keywords, and the base64 forms of key prefixes the compiler adds.
    const words = compileRules(providers).keywordTexts;
    for (const k of providers.flatMap((p) => p.rules.flatMap((r) => r.keywords.map((x) => x.toLowerCase())))) expect(words).toContain(k);
    expect(compileRules(providers).triggers.length).toBe(words.length);
    const rnd = prng('keyword-scanner');
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:/ =\n"\'é€😀';
    for (let round = 0; round < 40; round++) {
      let text = '';
      while (text.length < 4000) {
        if (rnd.chance(0.15)) {
          const w = rnd.pick(words);
          text += rnd.chance(0.5) ? w.toUpperCase() : w;
        } else text += rnd.str(alphabet, 1);
      }
      expect(viaScanner(words, text)).toEqual(viaRegex(words, text));
    }
  });

  test('a range [from, to): the hits that start in it, as in a whole scan (away from a keyword cut at `from`)', () => {
    const words = [...new Set(providers.flatMap((p) => p.rules.flatMap((r) => r.keywords.map((k) => k.toLowerCase()))))];
    const scanner = new KeywordScanner(words);
    const rnd = prng('keyword-ranges');
    for (let round = 0; round < 60; round++) {
      let text = '';
      while (text.length < 3000) text += rnd.chance(0.2) ? rnd.pick(words) : rnd.str('abcdefghijklmnopqrstuvwxyz_-.: =', 1);
      const all = new Hits();
      scanner.scan(text, all);
      const from = rnd.int(0, 2999);
      const to = rnd.int(from, 3000);
      const part = new Hits();
      scanner.scan(text, part, from, to);
      const starts = (hits: Hits): number[] => hits.list().filter((_, i) => i % 2 === 0);
      // A keyword may run past `to`; hits before `from` never appear; from the first hit on
      // that the whole scan also has, the two agree.
      expect(starts(part).every((s) => s >= from && s < to)).toBe(true);
      const expected = starts(all).filter((s) => s >= from + 32 && s < to);
      expect(starts(part).filter((s) => s >= from + 32)).toEqual(expected);
    }
  });
});
