import { describe, expect, test } from '@jest/globals';
import { base64PrefixKeywords, classTable, compileRules, hasCaptureGroup, triggersOf } from '../src/engine/compile.js';
import { hasRun } from '../src/engine/index.js';
import { allSamples } from '../src/providers/samples/index.js';
import { providers } from '../src/providers/registry.js';
import type { ProviderRecord } from '../src/providers/types.js';

/** V8's own answer: a regex that also matches '' returns one slot per group. */
function groupsByV8(pattern: string, flags: string): boolean {
  return new RegExp(`${pattern}|`, flags).exec('')!.length > 1;
}

describe('hasCaptureGroup (read from the regex source, without compiling a throwaway regex)', () => {
  test('agrees with V8 on every built-in rule', () => {
    const rules = providers.flatMap((p) => p.rules);
    expect(rules.length).toBeGreaterThan(70);
    for (const r of rules) {
      const flags = (r.flags ?? '').replace(/[gyd]/g, '');
      expect([r.id, hasCaptureGroup(r.pattern, flags)]).toEqual([r.id, groupsByV8(r.pattern, flags)]);
    }
  });

  test.each([
    ['abc', ''],
    ['(abc)', ''],
    ['(?:abc)', ''],
    ['(?<secret>abc)', ''],
    ['(?<=x)abc(?<!y)', ''],
    ['(?=x)(?!y)abc', ''],
    ['\\(abc\\)', ''],
    ['[(]abc[)]', ''],
    ['[\\](]abc', ''],
    ['[^\\]]+(x)', ''],
    ['a\\\\(b)', ''],
    ['[a-z(]{3}(?:x|y)', 'i'],
    ['(?:a(?<n>b))', 'u'],
    ['[\\p{L}--[a-z]](x)', 'v'],
    ['[\\p{L}--[a-z]]x', 'v'],
  ])('%s /%s', (pattern, flags) => {
    expect(hasCaptureGroup(pattern, flags)).toBe(groupsByV8(pattern, flags));
  });
});

describe('triggers (keyword → rules of every keyword it contains)', () => {
  /** The definition, pair by pair. */
  function byPairs(keywords: string[], rulesOf: (k: string) => number[]): number[][] {
    return keywords.map((k) => [...new Set(keywords.filter((o) => k.includes(o)).flatMap(rulesOf))].sort((a, b) => a - b));
  }

  function check(list: ProviderRecord[]): void {
    const set = compileRules(list);
    const keywords = set.keywordTexts;
    // Base64 decoders are also woken by the base64 forms of the providers' prefixes.
    const encoded = new Set(base64PrefixKeywords(set.specificPrefixes));
    const rulesOf = (k: string): number[] => set.rules.filter((r) => r.rule.keywords.some((x) => x.toLowerCase() === k) || (r.decode === 1 && r.rule.wakeOnEncodedPrefixes === true && encoded.has(k))).map((r) => r.index);
    expect(keywords.map((_, kw) => triggersOf(set, kw))).toEqual(byPairs(keywords, rulesOf));
  }

  test('built-in rules: as if every pair of keywords were compared', () => {
    check(providers);
    const set = compileRules(providers);
    // `secret_access_key` triggers the rules of `key` (and `secret`) too.
    const ids = (k: string): string[] => triggersOf(set, set.keywordTexts.indexOf(k)).map((i) => set.rules[i]!.rule.id);
    expect(ids('key').length).toBeGreaterThan(0);
    expect(ids('secret_access_key')).toEqual(expect.arrayContaining([...ids('key'), ...ids('secret')]));
  });

  test('odd custom keywords (empty, with a NUL, inside others)', () => {
    const odd: ProviderRecord = {
      id: 'odd',
      name: 'Odd',
      rules: [
        { id: 'odd-1', description: 'd', pattern: 'x(y)', keywords: ['', 'ke', 'a\0b', 'akey'], confidence: 'low' },
        { id: 'odd-2', description: 'd', pattern: 'z', keywords: ['a', 'b'], confidence: 'low' },
      ],
    } as ProviderRecord;
    check([...providers, odd]);
  });
});

describe('hasCaptureGroup on adversarial sources', () => {
  test('time grows linearly with the source (4× the source: well under 10× the time)', () => {
    for (const unit of ['[\\', '\\[', '[[(', '(?<', '[^\\]]']) {
      const time = (n: number): number => {
        const src = unit.repeat(n);
        let best = Infinity;
        for (let i = 0; i < 3; i++) {
          const t = performance.now();
          hasCaptureGroup(src, '');
          best = Math.min(best, performance.now() - t);
        }
        return best;
      };
      time(1000);
      const small = Math.max(time(50_000), 1);
      expect(time(200_000) / small).toBeLessThan(10);
    }
  });
});

describe('requiresRun (a run the window must hold before the regex runs)', () => {
  const withRun = providers.flatMap((p) => p.rules).filter((r) => r.requiresRun !== undefined);
  test('rules use it', () => expect(withRun.map((r) => r.id).sort()).toEqual(['aws-secret-access-key', 'scaleway-secret-key', 'twilio-auth-token', 'twitter-access-token-secret', 'twitter-api-key-secret']));

  test('classTable reads ranges, characters and escapes', () => {
    const t = classTable('A-Ca/+\\-');
    expect([...'ABCa/+-'].every((c) => t[c.charCodeAt(0)] === 1)).toBe(true);
    expect([...'Dbz0\\ '].some((c) => t[c.charCodeAt(0)] === 1)).toBe(false);
  });

  test('hasRun: a maximal run of one of the lengths, bounded by other characters or the edges', () => {
    const run = { chars: classTable('a-f0-9'), lengths: [4, 6], shortest: 4 };
    const has = (t: string): boolean => hasRun(t, 0, t.length, run);
    expect(['abcd', 'x abcd y', 'zz123456', 'a1b2-', ' ab12cd', 'abc ab abcde abcdef'].map(has)).toEqual([true, true, true, true, true, true]);
    expect(['abc', 'abcde', 'x abcdeff y', '', 'ghij', 'abc abc abcde abcdeabcdea'].map(has)).toEqual([false, false, false, false, false, false]);
    // Bounded by `from` and `to` (a window's edges), not by the text around them.
    expect([hasRun('abcdefab', 2, 6, run), hasRun('abcdefab', 1, 6, run), hasRun('xxabcdxx', 2, 6, run)]).toEqual([true, false, true]);
    // Against a plain reading of every character, on random text.
    let seed = 3;
    const next = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    for (let k = 0; k < 3000; k++) {
      const t = Array.from({ length: next(40) }, () => 'ab12 -x'[next(7)]).join('');
      const from = next(t.length + 1);
      const to = from + next(t.length - from + 1);
      const runs = (t.slice(from, to).match(/[a-f0-9]+/g) ?? []).map((m) => m.length);
      expect([t, from, to, hasRun(t, from, to, run)]).toEqual([t, from, to, runs.some((n) => n === 4 || n === 6)]);
    }
  });

  // Wherever the rule's regex matches in a text, the run is there: over every positive sample of
  // the rule, and over each sample cut at every offset near the secret (a window's edge can cut a run).
  const samples = allSamples.flatMap((s) => s.positives);
  test.each(withRun.map((r) => [r.id, r] as const))('%s: holds wherever the pattern matches', (_id, rule) => {
    const compiled = compileRules(providers).rules.find((r) => r.rule.id === rule.id)!;
    const re = new RegExp(rule.pattern, 'g' + (rule.flags ?? ''));
    let matched = 0;
    for (const p of samples.filter((x) => x.rule === rule.id)) {
      const at = p.text.indexOf(p.secret);
      for (let cut = Math.max(0, at - 8); cut <= at + 4; cut++) {
        for (const text of [p.text, p.text.slice(cut), p.text.slice(0, at + p.secret.length + 4 - (cut - at))]) {
          re.lastIndex = 0;
          if (!re.test(text)) continue;
          matched++;
          expect([text.length, hasRun(text, 0, text.length, compiled.run!)]).toEqual([text.length, true]);
        }
      }
    }
    expect(matched).toBeGreaterThan(5);
  });
});

describe('generic values with a specific prefix', () => {
  test('are not matched by a generic rule at all; other values are, and the match is the same as the record pattern gives', () => {
    const set = compileRules(providers);
    const rule = set.rules.find((r) => r.rule.id === 'generic-secret-assignment')!;
    const record = new RegExp(rule.rule.pattern, 'y');
    const run = (re: RegExp, text: string, at: number): string | undefined => {
      re.lastIndex = at;
      return re.exec(text)?.groups?.['secret'];
    };
    for (const value of ['sk-proj-abc123XYZ789', 'ghp_abcdefghijklmnop', 'xoxb-123456789012-abc']) {
      const text = `api_token = "${value}"`;
      expect(run(record, text, 9)).toBe(value);
      expect(run(rule.regex, text, 9)).toBeUndefined();
    }
    const text = 'api_token = "q8Zx2LmPz4Kv9Rt1"';
    expect(run(rule.regex, text, 9)).toBe(run(record, text, 9));
    expect(run(rule.regex, text, 9)).toBe('q8Zx2LmPz4Kv9Rt1');
    // Rules that ignore case keep their pattern (the prefixes are case-sensitive).
    for (const r of set.rules.filter((x) => x.generic && (x.rule.flags ?? '').includes('i'))) expect(r.regex.source).toBe(new RegExp(r.rule.pattern).source);
  });
});
