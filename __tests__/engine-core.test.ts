import { describe, expect, test } from '@jest/globals';
import { inspect } from 'node:util';
import { Engine } from '../src/engine/index.js';
import { isPlaceholder } from '../src/engine/placeholder.js';
import { genericProviders } from '../src/providers/records/generic.js';
import type { ProviderRecord } from '../src/providers/types.js';
import { fakeChecksummedToken } from '../src/providers/samples/fake.js';
import { redact, SecretValue } from '../src/secret.js';

const toy: ProviderRecord = {
  id: 'toy',
  name: 'Toy',
  envNames: ['TOY_KEY'],
  rotateUrl: 'https://toy.example/keys',
  rules: [
    { id: 'toy-key', description: 'toy', pattern: String.raw`\btoy_[A-Za-z0-9]{20}\b`, keywords: ['toy_'], confidence: 'high' },
    {
      id: 'toy-checked',
      description: 'toy with checksum: last char is the count of digits',
      pattern: String.raw`\bchk_[A-Za-z0-9]{20}\b`,
      keywords: ['chk_'],
      confidence: 'high',
      verify: (s) => s.endsWith('Z'),
    },
  ],
};
const engine = new Engine({ providers: [toy, ...genericProviders] });
const KEY = 'toy_Q8x2Lm9Pz4Kw7Rt3Vb6N';

describe('locations', () => {
  test('1-based line and column, CRLF does not shift columns', () => {
    const f = engine.scanUnit({ path: 'a.env', text: `A=1\r\nB=2\r\n  KEY=${KEY}\r\n` });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 3, column: 7, endLine: 3, endColumn: 7 + KEY.length, rule: 'toy-key', provider: 'toy', file: 'a.env' });
  });
  test('diff units map lines to new-file line numbers and carry the commit', () => {
    const f = engine.scanUnit({ path: 'x.py', text: `a = 1\nk = "${KEY}"`, lines: [10, 42], commit: 'abc123' });
    expect(f[0]).toMatchObject({ line: 42, endLine: 42, commit: 'abc123' });
  });
  test('two keys on one line, same key twice: each occurrence reported once', () => {
    const f = engine.scanUnit({ path: 'x', text: `${KEY} ${KEY}\n${KEY}` });
    expect(f.map((x) => [x.line, x.column])).toEqual([
      [1, 1],
      [1, 26],
      [2, 1],
    ]);
    expect(new Set(f.map((x) => x.fingerprint)).size).toBe(1);
  });
});

describe('gates and overlaps', () => {
  test('a specific rule wins over a generic rule on the same span', () => {
    const f = engine.scanUnit({ path: 'x', text: `api_key = "${KEY}"` });
    expect(f.map((x) => x.rule)).toEqual(['toy-key']);
  });
  test('a span a specific rule rejected (bad checksum) is not re-reported by a generic rule', () => {
    const bad = 'chk_Q8x2Lm9Pz4Kw7Rt3Vb6N';
    expect(engine.scanUnit({ path: 'x', text: `api_key = "${bad}"` })).toEqual([]);
    const good = 'chk_Q8x2Lm9Pz4Kw7Rt3Vb6Z';
    expect(engine.scanUnit({ path: 'x', text: `api_key = "${good}"` }).map((x) => x.rule)).toEqual(['toy-checked']);
  });
  test('disabled rules and provider ids are switched off', () => {
    const e = new Engine({ providers: [toy], disabledRules: new Set(['toy-key']) });
    expect(e.scanUnit({ path: 'x', text: KEY })).toEqual([]);
    const e2 = new Engine({ providers: [toy], disabledRules: new Set(['toy']) });
    expect(e2.scanUnit({ path: 'x', text: KEY })).toEqual([]);
  });
  test('engines of the built-in rules share one compiled set; each keeps its own options', () => {
    const ghp = fakeChecksummedToken('shared-set', 'ghp_');
    const text = `token = "${ghp}"\n`;
    const plain = new Engine();
    const allowing = new Engine({ isAllowedValue: (s) => s === ghp });
    const disabled = new Engine({ disabledRules: new Set(['github']) });
    expect(allowing.ruleSet).toBe(plain.ruleSet);
    expect(disabled.ruleSet).not.toBe(plain.ruleSet);
    // Used in turns, as a scan and an archive scan of one thread do.
    for (let round = 0; round < 2; round++) {
      expect(plain.scanUnit({ path: 'a.js', text }).map((f) => f.provider)).toEqual(['github']);
      expect(allowing.scanUnit({ path: 'a.js', text })).toEqual([]);
      expect(disabled.scanUnit({ path: 'a.js', text }).map((f) => f.provider)).not.toContain('github');
    }
  });
  test('config allow values are never findings', () => {
    const e = new Engine({ providers: [toy], isAllowedValue: (s) => s === KEY });
    expect(e.scanUnit({ path: 'x', text: KEY })).toEqual([]);
  });
  test('inline markers suppress on the line and the next line', () => {
    expect(engine.scanUnit({ path: 'x', text: `k = "${KEY}"  # keylint:allow` })).toEqual([]);
    expect(engine.scanUnit({ path: 'x', text: `// keylint:allow-next-line\nk = "${KEY}"` })).toEqual([]);
    expect(engine.scanUnit({ path: 'x', text: `// keylint:allow-next-line\n\nk = "${KEY}"` })).toHaveLength(1);
  });
});

describe('placeholder gate', () => {
  test.each(['sk-xxxxxxxxxxxxxxxxxxxx', '<YOUR_API_KEY>', 'your-key-here', 'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'abcdefghijklmnopqrstuvwx', '1234567890123456', '${OPENAI_API_KEY}', '{{ api_key }}', 'AKIAIOSFODNN7EXAMPLE', 'aaaaaaaaaaaaaaaa'])(
    '%s is a placeholder',
    (v) => expect(isPlaceholder(v)).toBe(true),
  );
  test.each([KEY, 'ghp_Zx9Lm2Qp8Rt4Vw6Ny1Ks3Hd5Jf7Gb0Ac2Ee4', 'AKIAZ3MPLQ7RT2VW4X6Y'])('%s is not a placeholder', (v) => expect(isPlaceholder(v)).toBe(false));
});

describe('redaction', () => {
  test('at most the first 4 and last 3 characters, plus the length', () => {
    expect(redact(KEY)).toBe('toy_…b6N (24 chars)');
    expect(redact('abcdefgh')).toBe('ab…gh (8 chars)');
    expect(redact('abc')).toBe('a… (3 chars)');
  });
  test('SecretValue never serialises the raw value', () => {
    const s = new SecretValue(KEY);
    const out = [String(s), JSON.stringify({ s }), inspect(s), inspect({ s }, { depth: 5 }), `${s}`].join('\n');
    expect(out).not.toContain(KEY);
    expect(s.reveal()).toBe(KEY);
    const f = engine.scanUnit({ path: 'x', text: KEY })[0]!;
    expect(JSON.stringify(f)).not.toContain(KEY);
    expect(inspect(f, { depth: 10 })).not.toContain(KEY);
  });
});

describe('long inputs stay linear', () => {
  const time = (text: string) => {
    const t = performance.now();
    engine.scanUnit({ path: 'x', text });
    return performance.now() - t;
  };
  test('a long single line with many keyword hits and near misses', () => {
    const unit = 'api_key=toy_short token: "abc" password=x -----BEGIN PRIVATE KEY----- ';
    const n = unit.repeat(4_000);
    const n4 = unit.repeat(16_000);
    time(n); // warm up
    const t1 = Math.max(time(n), 1);
    const t4 = time(n4);
    expect(t4 / t1).toBeLessThan(10);
  });
  test('a 20 MB single line without keywords is scanned without blowing up', () => {
    const big = 'a0'.repeat(10 * 1024 * 1024);
    expect(engine.scanUnit({ path: 'x', text: big + KEY })).toHaveLength(0); // \b fails: glued to the a0 run
    expect(engine.scanUnit({ path: 'x', text: big + ' ' + KEY })[0]).toMatchObject({ line: 1, column: big.length + 2 });
  });
});

describe('rules tried at their keyword (startsWithKeyword)', () => {
  const at: ProviderRecord = {
    id: 'at',
    name: 'At',
    envNames: [],
    rotateUrl: 'https://at.example/keys',
    rules: [
      { id: 'at-key', description: 'at', pattern: String.raw`at:(?<secret>[a-z0-9]{12})(?=[^@\n]{0,40}@)`, keywords: ['at:'], startsWithKeyword: true, requires: ['@'], window: { before: 0, after: 60 }, confidence: 'high' },
    ],
  };
  const e = new Engine({ providers: [at] });
  const keys = (text: string): string[] => e.scanUnit({ path: 'x.txt', text }).map((f) => f.secret.reveal());
  test('each place is tried where its required string lies within reach, in text order', () => {
    const k = (i: number): string => `at:q8x2lm9pz4k${i}`;
    // With `@` near, without one, with it beyond reach (60 after the place), again with it.
    const text = [k(1), '@', k(2), 'x '.repeat(45), k(3), '.'.repeat(70), '@', k(4), '@'].join(' ');
    expect(keys(text)).toEqual(['q8x2lm9pz4k1', 'q8x2lm9pz4k4']);
    // Places one after the other, one `@` for both; none on the next text.
    expect(keys(`${k(5)}${k(6)} @`)).toEqual(['q8x2lm9pz4k5', 'q8x2lm9pz4k6']);
    expect(keys(`${k(7)} ${k(8)}`)).toEqual([]);
  });
});

describe('requires (strings a window must hold before its regex runs)', () => {
  const needy: ProviderRecord = {
    id: 'needy',
    name: 'Needy',
    envNames: [],
    rotateUrl: 'https://needy.example/keys',
    rules: [{ id: 'needy-key', description: 'needy', pattern: String.raw`\bnd_[a-z0-9]{12,13}\b`, keywords: ['nd_'], requires: ['MARK', 'SIGN'], window: { before: 8, after: 60 }, confidence: 'high' }],
  };
  const e = new Engine({ providers: [needy] });
  const keys = (text: string): string[] => e.scanUnit({ path: 'x.txt', text }).map((f) => f.secret.reveal());
  const pad = '.'.repeat(200);
  // (The regex does not look for the strings: only `requires` decides which windows it runs in.)
  test('each window is judged on its own text, in any order of windows and strings', () => {
    const k = (i: number): string => `nd_q8x2lm9pz4k${i}`;
    // Windows without a required string, then one with it, then one where it lies just past the window, then one with the other string.
    const text = [k(1), pad, k(2), ' MARK', pad, k(3), '.'.repeat(60), 'MARK', pad, k(4), ' SIGN', pad, k(5)].join('');
    expect(keys(text)).toEqual([k(2), k(4)]);
    // A string before the window does not count for it.
    expect(keys(`MARK${pad}${k(6)}`)).toEqual([]);
    // Windows that cover most of the text (near-miss text) take the other path: the same answers.
    const chars = Array.from({ length: 1000 }, () => '.');
    const put = (at: number, str: string): void => [...str].forEach((c, j) => (chars[at + j] = c));
    for (let i = 0; i < 10; i++) put(i * 100, k(10 + i));
    put(300 + 20, 'MARK'); // inside the window of the fourth key only
    put(500 + 80, 'SIGN'); // after the sixth key's window (it ends 63 characters after the key), before the seventh's
    put(900 + 20, 'SIGN'); // inside the last one's
    expect(keys(chars.join(''))).toEqual([k(13), k(19)]);
    // Two texts in a row: where a string occurs is not carried from one to the next.
    expect(keys(`${k(7)} SIGN`)).toEqual([k(7)]);
    expect(keys(`${k(8)} nothing`)).toEqual([]);
  });

  test('rules that share a required string: found once per text, each rule judged on its own windows', () => {
    const twin: ProviderRecord = {
      ...needy,
      id: 'twin',
      rules: [{ id: 'twin-key', description: 'twin', pattern: String.raw`\bnt_[a-z0-9]{12,13}\b`, keywords: ['nt_'], requires: ['MARK'], window: { before: 8, after: 60 }, confidence: 'high' }],
    };
    const both = new Engine({ providers: [needy, twin] });
    const found = (text: string): string[] => both.scanUnit({ path: 'x.txt', text }).map((f) => f.secret.reveal());
    // Dense windows of both rules; the string in one window of the second rule only.
    const dense = (mark: number | undefined): string => {
      const chars = Array.from({ length: 1000 }, () => '.');
      const put = (at: number, str: string): void => [...str].forEach((c, j) => (chars[at + j] = c));
      for (let i = 0; i < 20; i++) put(i * 50, (i % 2 ? 'nt_' : 'nd_') + `q8x2lm9pz4k${i % 10}`);
      if (mark !== undefined) put(mark, 'MARK');
      return chars.join('');
    };
    expect(found(dense(undefined))).toEqual([]);
    expect(found(dense(70))).toEqual(['nt_q8x2lm9pz4k1']);
    expect(found(dense(120))).toEqual(['nd_q8x2lm9pz4k2']);
    // Texts of the same length one after the other: what the last one held is not carried over.
    expect(found(dense(undefined))).toEqual([]);
    expect(found(dense(970))).toEqual(['nt_q8x2lm9pz4k9']);
  });
});
