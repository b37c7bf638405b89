import { expect, test } from '@jest/globals';
import { ci } from '../src/providers/records/shared.js';
import { providers } from '../src/providers/registry.js';

/** What `ci` means: each cased character as a class of its two cases, every other character escaped. */
function reference(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up ? `[${up}${lo}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

test('ci: every cased character as a class of both cases, every regex character escaped', () => {
  const words = [
    'aws', 'Secret_Access_Key', 'x-api-key', 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o/p', 'client secret', '0123456789', '@#%&=:;,"\'`~<>!',
    'zürich', 'ÉTÉ', 'straße', '密钥', 'key😀', '',
    // and every keyword of the built-in rules
    ...providers.flatMap((p) => p.rules.flatMap((r) => r.keywords)),
  ];
  for (const w of words) expect([w, ci(w)]).toEqual([w, reference(w)]);
  expect(ci('aws')).toBe('[Aa][Ww][Ss]');
  expect(new RegExp(`^${ci('a.b')}$`).test('A.B')).toBe(true);
  expect(new RegExp(`^${ci('a.b')}$`).test('AxB')).toBe(false);
});
