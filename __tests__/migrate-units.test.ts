import { describe, expect, test } from '@jest/globals';
import { applyBaseline, parseBaseline, type BaselineEntry } from '../src/baseline/index.js';
import { importBaselineData } from '../src/baseline/import.js';
import { fingerprint, SecretValue } from '../src/secret.js';
import { allowlistMatches, parseGitleaksConfig, translateGoRegex } from '../src/suppress/gitleaks-config.js';
import { gitleaksIgnores, parseGitleaksIgnore } from '../src/suppress/ignore-files.js';
import type { Finding } from '../src/types.js';
import { sha1 } from './support/migrate-fixtures.js';

function finding(rule: string, file: string, secret: string, line: number, commit?: string): Finding {
  const s = new SecretValue(secret);
  const f: Finding = {
    rule, provider: rule.split('-')[0]!, providerName: 'X', file, line, column: 1, endLine: line, endColumn: secret.length + 1,
    confidence: 'high', fingerprint: fingerprint(rule, file, secret), redacted: s.redacted, secret: s,
  };
  if (commit) f.commit = commit;
  return f;
}

describe('Go RE2 regexes as JS', () => {
  test.each([
    ['(?i)^test_', 'TEST_key', true],
    ['(?i)^test_', 'xTEST_', false],
    ['(?s)a.b', 'a\nb', true],
    ['key\\z', 'mykey', true],
    ['key\\z', 'key\n', false],
    ['(?P<tok>ab)c', 'abc', true],
  ])('%s on %j → %s', (src, text, expected) => {
    const re = translateGoRegex(src);
    expect(re).toBeInstanceOf(RegExp);
    expect((re as RegExp).test(text)).toBe(expected);
  });
  test.each([['(?U)a+'], ['a(?i)b'], ['[[:alpha:]]+'], ['(?P<name>a'], ['a++']])('%s cannot be honoured: a reason, not a RegExp', (src) => {
    expect(typeof translateGoRegex(src)).toBe('string');
  });
});

describe('.gitleaks.toml allowlists', () => {
  const f = finding('openai-project-key', 'src/app.py', 'sk-proj-abcSTOPdef', 3, 'a'.repeat(40));
  /** Parsed, with every regex accepted as the timed probe would (loadGitleaksConfig runs it). */
  const lists = (toml: string) => {
    const { config, pending } = parseGitleaksConfig(toml);
    for (const p of pending) p.into.push(p.re);
    return config;
  };
  test('condition AND needs every check; OR any', () => {
    const and = lists('[[allowlists]]\ncondition = "AND"\npaths = ["^src/"]\nstopwords = ["nope"]\n').allowlists[0]!;
    const or = lists('[[allowlists]]\npaths = ["^src/"]\nstopwords = ["nope"]\n').allowlists[0]!;
    expect(allowlistMatches(and, f)).toBe(false);
    expect(allowlistMatches(or, f)).toBe(true);
  });
  test('targetRules take gitleaks ids; stopwords are case-insensitive; commits match a 7+ char prefix', () => {
    const { allowlists } = lists('[[allowlists]]\ntargetRules = ["openai-api-key"]\nstopwords = ["stop"]\n[[allowlists]]\ntargetRules = ["github-pat"]\nstopwords = ["stop"]\n[allowlist]\ncommits = ["aaaaaaa"]\n');
    expect(allowlists.map((a) => allowlistMatches(a, f))).toEqual([true, false, true]);
  });
  test('an empty allowlist allows nothing; a legacy [allowlist] does not take condition', () => {
    const { allowlists, warnings } = lists('[allowlist]\ncondition = "AND"\n');
    expect(allowlistMatches(allowlists[0]!, f)).toBe(false);
    expect(warnings).toEqual(['.gitleaks.toml:2: "allowlist.condition" is not supported by keylint; ignored']);
  });
  test('wrong value types are errors naming the line', () => {
    expect(() => lists('[allowlist]\n\npaths = "src"\n')).toThrow('.gitleaks.toml:3: allowlist.paths must be an array of strings');
  });
});

describe('.gitleaksignore fingerprints', () => {
  test('a path with colons, a gitleaks rule id, commit entries only for their commit', () => {
    const ig = parseGitleaksIgnore(['C:/odd:name.py:openai-api-key:3', `${'b'.repeat(40)}:src/x.py:openai-api-key:3`].join('\r\n'));
    expect(ig.warnings).toEqual([]);
    expect(gitleaksIgnores(ig, finding('openai-project-key', 'C:/odd:name.py', 's', 3))).toBe(true);
    expect(gitleaksIgnores(ig, finding('openai-project-key', 'src/x.py', 's', 3, 'b'.repeat(40)))).toBe(true);
    expect(gitleaksIgnores(ig, finding('openai-project-key', 'src/x.py', 's', 3, 'c'.repeat(40)))).toBe(false);
    expect(gitleaksIgnores(ig, finding('openai-project-key', 'src/x.py', 's', 3))).toBe(false);
  });
});

describe('sha1 baseline entries', () => {
  test('parse, and each entry accepts one finding of its file whose secret has the SHA-1, whatever the rule', () => {
    const text = JSON.stringify({ version: 1, createdAt: 'x', findings: [{ sha1: sha1('s3cr3t-value'), rule: 'detect-secrets:Secret Keyword', file: 'a.py', line: 9, redacted: '' }] });
    const entries = parseBaseline(text, 'b.json');
    const fs = [finding('generic-secret-assignment', 'a.py', 's3cr3t-value', 2), finding('generic-secret-assignment', 'a.py', 's3cr3t-value', 5), finding('x-y', 'b.py', 's3cr3t-value', 2)];
    const r = applyBaseline(fs, entries);
    expect(r.suppressed.map((x) => x.line)).toEqual([2]);
    expect(r.kept.map((x) => `${x.file}:${x.line}`)).toEqual(['a.py:5', 'b.py:2']);
    expect(r.stale).toEqual([]);
  });
  test('an entry needs a fingerprint or a sha1', () => {
    const text = JSON.stringify({ version: 1, createdAt: 'x', findings: [{ rule: 'r', file: 'a', line: 1, redacted: '' }] });
    expect(() => parseBaseline(text, 'b.json')).toThrow(/fingerprint must be a hex fingerprint/);
    const bad = JSON.stringify({ version: 1, createdAt: 'x', findings: [{ sha1: 'abc', rule: 'r', file: 'a', line: 1, redacted: '' }] });
    expect(() => parseBaseline(bad, 'b.json')).toThrow(/sha1 must be a SHA-1 hex digest/);
  });
  test('a gitleaks report entry gets keylint\'s fingerprint for the mapped rule, and the redacted form only', () => {
    const secret = 'sk-proj-' + 'Ab1'.repeat(20);
    const { entries } = importBaselineData([{ RuleID: 'openai-api-key', File: './src/a.py', StartLine: 4, Secret: secret, Fingerprint: 'x' }], 'r.json');
    const e = entries[0] as BaselineEntry;
    expect(e).toEqual({ fingerprint: fingerprint('openai-project-key', 'src/a.py', secret), sha1: sha1(secret), rule: 'openai-project-key', file: 'src/a.py', line: 4, redacted: new SecretValue(secret).redacted });
    expect(JSON.stringify(entries)).not.toContain(secret.slice(8, 30));
  });
});
