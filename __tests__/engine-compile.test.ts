import { describe, expect, test } from '@jest/globals';
import { hasCaptureGroup } from '../src/engine/compile.js';
import { providers } from '../src/providers/registry.js';

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
