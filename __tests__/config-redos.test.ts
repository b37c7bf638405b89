import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../src/config/parse.js';
import { adversarialFamilies, probeProblem, probeRegexes, staticRedosProblem, SUPERLINEAR_RATIO } from '../src/config/regex-safety.js';
import { UsageError } from '../src/types.js';

describe('static ReDoS check', () => {
  const unsafe = [
    '(a+)+',
    '(a|a)*',
    '(.*)*',
    '(\\w+\\s?)*',
    '(a|ab)*c',
    '(?:[a-z0-9]+)+$',
    'tok_(?:\\d+|\\w+)+',
    '(x*y?)*z',
    '(a|)+b',
    '(?:-a*a*)*$',
    '([a-z]+\\.?){2,}',
    '((ab)*)+',
    '(?:\\s*,\\s*[a-z]+)*',
  ];
  for (const re of unsafe) {
    it(`rejects ${re}`, () => expect(staticRedosProblem(re)).toBeDefined());
  }
  const safe = [
    'sk-[A-Za-z0-9]{48}',
    'acme_tok_([A-Za-z0-9]{32})\\b',
    '(?:-[a-z]+)*',
    '(?:[a-z]+\\.)*com',
    '(?:\\.[a-z0-9-]+)+',
    '(?:[A-Z]{4}-){3}[A-Z]{4}',
    '(?:a|b)*',
    '(?:ab|cd)+',
    '(?:-[a-z]+_?[0-9]*)*',
    '(a{1,3}){1,4}',
    'key\\s*[:=]\\s*"([^"\\n]{8,64})"',
    '[\\w.-]+@[\\w-]+',
  ];
  for (const re of safe) {
    it(`accepts ${re}`, () => expect(staticRedosProblem(re)).toBeUndefined());
  }
  it('names the offending fragment', () => {
    expect(staticRedosProblem('tok_(\\w+\\s?)*$')).toMatch(/repeated group "\(\\\\w\+\\\\s\?\)\*" contains the quantifier "\\\\w\+"/);
    expect(staticRedosProblem('(a|a)*')).toMatch(/alternatives "a" and "a"/);
  });
});

describe('config rejects unsafe regexes with the rule name', () => {
  const rule = (regex: string): string => `custom-rules:\n  - id: acme-key\n    regex: '${regex}'\n    keywords: [acme]\n`;
  it('custom rule regex', () => {
    try {
      parseConfig(rule('acme_(\\w+\\s?)*'));
      throw new Error('expected a UsageError');
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as Error).message).toMatch(/^\.keylint\.yml:3:12: custom rule "acme-key": regex is not linear-time: the repeated group/);
    }
  });
  it('custom rule allow regex and top-level allow regex', () => {
    expect(() => parseConfig(rule('acme_[0-9]{8}') + "    allow: ['(a+)+$']\n")).toThrow(/:5:13: custom rule "acme-key" allow\[0\]: regex is not linear-time/);
    expect(() => parseConfig("allow:\n  - regex: '(.*)*x'\n")).toThrow(/:2:12: allow\[0\]: regex is not linear-time/);
  });
});

describe('timed probe (n vs 4n)', () => {
  it('builds adversarial inputs from the regex characters and leading literal', () => {
    const fams = adversarialFamilies('acme_([a-z0-9]+)x');
    expect(fams).toContainEqual({ prefix: '', unit: 'a', suffix: '\u0001' });
    expect(fams).toContainEqual({ prefix: 'acme_', unit: 'a', suffix: '\u0001' });
    expect(fams.length).toBeLessThanOrEqual(16);
  });

  it('flags a quadratic regex that the static check lets through, passes linear ones', async () => {
    const quadratic = '([a-z0-9]+)_corp';
    expect(staticRedosProblem(quadratic)).toBeUndefined();
    const [q, l1, l2] = await probeRegexes([quadratic, '([a-z0-9]{1,64})_corp', 'sk-[A-Za-z0-9]{20,80}']);
    expect(q!.ratio).toBeGreaterThan(SUPERLINEAR_RATIO);
    expect(probeProblem(q!)).toMatch(/superlinear time: a 4× longer input like "[a-z0-9]{4,}…" took \d+\.\d× longer/);
    expect(l1!.ratio).toBeLessThan(SUPERLINEAR_RATIO);
    expect(l2!.ratio).toBeLessThan(SUPERLINEAR_RATIO);
    expect(probeProblem(l1!)).toBeUndefined();
  });

  it('kills a catastrophic regex on timeout and still probes the ones after it', async () => {
    const t0 = Date.now();
    const [bad, after] = await probeRegexes(['^(a+)+$', 'ok_[0-9]{8}'], { timeoutMs: 2000 }); // generous: a loaded CI machine starts workers slowly
    expect(bad!.timedOut).toBe(true);
    expect(probeProblem(bad!)).toMatch(/did not finish on an adversarial input/);
    expect(after!.timedOut).toBe(false);
    expect(after!.ratio).toBeLessThan(SUPERLINEAR_RATIO);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('an empty list needs no worker', async () => {
    expect(await probeRegexes([])).toEqual([]);
  });
});
