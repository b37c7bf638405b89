import { describe, expect, it, beforeEach, afterEach } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compileAllow, customRulesToProvider } from '../src/config/compile.js';
import { loadConfig, validateRuleIds } from '../src/config/load.js';
import { parseConfig } from '../src/config/parse.js';
import { parseSize } from '../src/config/size.js';
import { nearest } from '../src/config/suggest.js';
import { UsageError } from '../src/types.js';

/** The UsageError message of `fn`, failing the test when it does not throw one. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

const FULL = `# keylint config
exclude:
  - test/fixtures/**
  - "*.snap"
include: [src/**, lib/**]
rules:
  disable: [generic-api-key]
  enable: [openai]
custom-rules:
  - id: acme-token
    description: ACME internal API token
    regex: 'acme_tok_([A-Za-z0-9]{32})\\b'
    keywords: [acme_tok_]
    min-entropy: 3.5
    allow: ['^acme_tok_0{32}$', 'TEST']
    confidence: high
allow:
  - AKIAIOSFODNN7EXAMPLE
  - value: published-test-key-0000
    reason: documented in README
  - regex: '^sk-test-'
max-file-size: 10MB
baseline: .keylint-baseline.json
`;

describe('parseConfig: valid files', () => {
  it('an empty file gives the defaults', () => {
    const c = parseConfig('', 'x.yml');
    expect(c).toMatchObject({ exclude: [], include: [], rules: { disable: [], enable: [] }, customRules: [], allow: [], source: 'x.yml' });
    expect(c.maxFileSize).toBeUndefined();
    expect(parseConfig('# only a comment\n').customRules).toEqual([]);
  });

  it('reads every key', () => {
    const c = parseConfig(FULL);
    expect(c.exclude).toEqual(['test/fixtures/**', '*.snap']);
    expect(c.include).toEqual(['src/**', 'lib/**']);
    expect(c.rules).toEqual({ disable: ['generic-api-key'], enable: ['openai'] });
    expect(c.customRules).toEqual([
      {
        id: 'acme-token',
        description: 'ACME internal API token',
        regex: 'acme_tok_([A-Za-z0-9]{32})\\b',
        keywords: ['acme_tok_'],
        minEntropy: 3.5,
        allow: ['^acme_tok_0{32}$', 'TEST'],
        confidence: 'high',
      },
    ]);
    expect(c.allow).toEqual([{ value: 'AKIAIOSFODNN7EXAMPLE' }, { value: 'published-test-key-0000' }, { regex: '^sk-test-' }]);
    expect(c.maxFileSize).toBe(10 * 1024 * 1024);
    expect(c.baseline).toBe('.keylint-baseline.json');
  });

  it('accepts a single glob string and normalises the baseline path', () => {
    const c = parseConfig('exclude: docs/**\nbaseline: ./ci/../ci/base.json\n');
    expect(c.exclude).toEqual(['docs/**']);
    expect(c.baseline).toBe('ci/base.json');
  });

  it('follows YAML anchors', () => {
    const c = parseConfig('exclude: &ex [a/**]\ninclude: *ex\n');
    expect(c.include).toEqual(['a/**']);
  });
});

describe('parseConfig: errors name file, line, column and key', () => {
  it('unknown key with the nearest valid key', () => {
    const msg = errorOf(() => parseConfig('include: [src/**]\n\n# x\nexlude:\n  - a\n', '.keylint.yml'));
    expect(msg).toMatch(/^\.keylint\.yml:4:1: unknown key "exlude" — did you mean "exclude"\?/);
  });

  it('camelCase for a kebab-case key gets a suggestion', () => {
    expect(errorOf(() => parseConfig('maxFileSize: 1MB\n'))).toMatch(/:1:1: unknown key "maxFileSize" — did you mean "max-file-size"\?/);
  });

  it('nested unknown keys name their parent and column', () => {
    expect(errorOf(() => parseConfig('rules:\n  disabel: [x]\n'))).toMatch(/^\.keylint\.yml:2:3: unknown key "disabel" in rules — did you mean "disable"\?/);
    const msg = errorOf(() => parseConfig('custom-rules:\n  - id: a-b\n    regx: "ab_[0-9]{8}"\n    keywords: [ab_]\n'));
    expect(msg).toMatch(/:3:5: unknown key "regx" in custom-rules\[0\] — did you mean "regex"\?/);
  });

  it('a key far from any valid key gets no suggestion', () => {
    const msg = errorOf(() => parseConfig('banana: 1\n'));
    expect(msg).toMatch(/:1:1: unknown key "banana" \(valid keys: exclude, include/);
    expect(msg).not.toMatch(/did you mean/);
  });

  it('wrong types', () => {
    expect(errorOf(() => parseConfig('exclude: 3\n'))).toMatch(/:1:10: exclude must be a list of strings, got a number/);
    expect(errorOf(() => parseConfig('exclude:\n  - a\n  - 42\n'))).toMatch(/:3:5: exclude\[1\] must be a string, got a number \(quote it: "42"\)/);
    expect(errorOf(() => parseConfig('rules: [a]\n'))).toMatch(/:1:8: rules must be a mapping/);
    expect(errorOf(() => parseConfig('- a\n- b\n'))).toMatch(/:1:1: the config must be a mapping/);
    expect(errorOf(() => parseConfig('allow: {a: 1}\n'))).toMatch(/:1:8: allow must be a list/);
    expect(errorOf(() => parseConfig('allow:\n  - 12345\n'))).toMatch(/:2:5: allow\[0\] must be a value/);
    expect(errorOf(() => parseConfig('allow:\n  - value: a\n    regex: b\n'))).toMatch(/:2:5: allow\[0\] must have exactly one of "value" or "regex"/);
    expect(errorOf(() => parseConfig('custom-rules:\n  - id: x\n    regex: "x_[0-9]{9}"\n    keywords: [x_]\n    min-entropy: high\n'))).toMatch(/:5:18: custom-rules\[0\]\.min-entropy must be a number/);
    expect(errorOf(() => parseConfig('custom-rules:\n  - id: x\n    regex: "x_[0-9]{9}"\n    keywords: [x_]\n    confidence: hihg\n'))).toMatch(/:5:17: custom-rules\[0\]\.confidence must be one of high, medium, low — did you mean "high"\?/);
  });

  it('max-file-size', () => {
    expect(parseConfig('max-file-size: 2048\n').maxFileSize).toBe(2048);
    expect(parseConfig('max-file-size: 512KB\n').maxFileSize).toBe(512 * 1024);
    expect(errorOf(() => parseConfig('max-file-size: 10 parsecs\n'))).toMatch(/:1:16: max-file-size must be a positive size/);
    expect(errorOf(() => parseConfig('max-file-size: -1\n'))).toMatch(/max-file-size must be a positive size/);
    expect(errorOf(() => parseConfig('max-file-size: 0\n'))).toMatch(/max-file-size must be a positive size/);
  });

  it('baseline outside the root is refused', () => {
    expect(errorOf(() => parseConfig('baseline: /etc/keylint.json\n'))).toMatch(/:1:11: baseline must be a path relative to the scan root/);
    expect(errorOf(() => parseConfig('baseline: a/../../x.json\n'))).toMatch(/baseline "a\/\.\.\/\.\.\/x\.json" points outside the scan root/);
  });

  it('unsupported globs', () => {
    expect(errorOf(() => parseConfig('exclude: ["!keep/**"]\n'))).toMatch(/:1:11: exclude: negated glob/);
    expect(errorOf(() => parseConfig('include: [../other/**]\n'))).toMatch(/include: glob "\.\.\/other\/\*\*" points outside the scan root/);
  });

  it('YAML syntax errors carry their line', () => {
    const msg = errorOf(() => parseConfig('exclude:\n  - a\n  b: [\n', 'cfg.yml'));
    expect(msg).toMatch(/^cfg\.yml:\d+:\d+: invalid YAML: /);
    expect(msg).not.toMatch(/\n/);
    expect(errorOf(() => parseConfig('exclude: [a]\nexclude: [b]\n'))).toMatch(/^\.keylint\.yml:2:1: invalid YAML: Map keys must be unique/);
  });

  it('invalid regexes say the regex error', () => {
    const msg = errorOf(() => parseConfig('custom-rules:\n  - id: bad\n    regex: "tok_([a-z]+"\n    keywords: [tok_]\n'));
    expect(msg).toMatch(/^\.keylint\.yml:3:12: custom rule "bad": invalid regex: .*Unterminated group/);
    expect(errorOf(() => parseConfig('allow:\n  - regex: "[z-a]"\n'))).toMatch(/:2:12: allow\[0\]: invalid regex: .*Range out of order/);
  });

  it('custom rule requirements', () => {
    const base = (extra: string): string => `custom-rules:\n  - id: my-rule\n${extra}`;
    expect(errorOf(() => parseConfig(base('    keywords: [tok_]\n')))).toMatch(/:2:5: custom-rules\[0\]: missing required key "regex"/);
    expect(errorOf(() => parseConfig(base('    regex: "tok_[0-9]{8}"\n')))).toMatch(/missing required key "keywords"/);
    expect(errorOf(() => parseConfig(base('    regex: "tok_[0-9]{8}"\n    keywords: []\n')))).toMatch(/:4:15: custom rule "my-rule": keywords must list at least one/);
    expect(errorOf(() => parseConfig(base('    regex: "tok_[0-9]{8}"\n    keywords: [t]\n')))).toMatch(/keyword "t" is too short/);
    expect(errorOf(() => parseConfig(base('    regex: "[0-9]*"\n    keywords: [tok]\n')))).toMatch(/regex matches empty text/);
    expect(errorOf(() => parseConfig('custom-rules:\n  - id: My_Rule\n    regex: "x"\n    keywords: [xx]\n'))).toMatch(/:2:9: custom-rules\[0\]\.id "My_Rule" must be kebab-case/);
    const dup = 'custom-rules:\n  - {id: a, regex: "a_[0-9]{8}", keywords: [a_]}\n  - {id: a, regex: "b_[0-9]{8}", keywords: [b_]}\n';
    expect(errorOf(() => parseConfig(dup))).toMatch(/:3:10: custom-rules\[1\]\.id: duplicate custom rule id "a"/);
  });
});

describe('keys a repository config must never set', () => {
  const cases: Array<[string, RegExp]> = [
    ['endpoints:\n  openai: https://evil.example\n', /:1:1: key "endpoints" is not allowed: a config file inside the scanned repository cannot redirect validation/],
    ['endpoint: https://evil.example\n', /cannot redirect validation/],
    ['base-url: https://evil.example\n', /cannot redirect validation/],
    ['baseUrl: https://evil.example\n', /cannot redirect validation/],
    ['redact: false\n', /:1:1: key "redact" is not allowed: a config file inside the scanned repository cannot unmask secrets/],
    ['show-secrets: true\n', /cannot unmask secrets/],
    ['no_redact: true\n', /cannot unmask secrets/],
    ['custom-rules:\n  - id: a\n    regex: "a_[0-9]{8}"\n    keywords: [a_]\n    endpoint: https://evil.example\n', /:5:5: key "endpoint" is not allowed: .*redirect validation/],
  ];
  for (const [text, re] of cases) {
    it(JSON.stringify(text.split(':')[0]), () => expect(errorOf(() => parseConfig(text))).toMatch(re));
  }
});

describe('loadConfig', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'keylint-config-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('no file gives defaults', async () => {
    const c = await loadConfig(dir);
    expect(c.source).toBeUndefined();
    expect(c.exclude).toEqual([]);
  });

  it('finds .keylint.yml and .keylint.yaml at the root', async () => {
    await writeFile(path.join(dir, '.keylint.yaml'), 'exclude: [a/**]\n');
    const c = await loadConfig(dir);
    expect(c.exclude).toEqual(['a/**']);
    expect(c.source).toMatch(/\.keylint\.yaml$/);
    await writeFile(path.join(dir, '.keylint.yml'), 'exclude: [b/**]\n');
    await expect(loadConfig(dir)).rejects.toThrow(/both .*\.keylint\.yml and .*\.keylint\.yaml exist; keep one/);
  });

  it('an explicit path wins; a missing explicit file is a UsageError', async () => {
    await writeFile(path.join(dir, '.keylint.yml'), 'exclude: [root/**]\n');
    const other = path.join(dir, 'other.yml');
    await writeFile(other, 'exclude: [other/**]\n');
    expect((await loadConfig(dir, other)).exclude).toEqual(['other/**']);
    await expect(loadConfig(dir, path.join(dir, 'nope.yml'))).rejects.toThrow(UsageError);
    await expect(loadConfig(dir, path.join(dir, 'nope.yml'))).rejects.toThrow(/config file not found: .*nope\.yml/);
    await mkdir(path.join(dir, 'adir'));
    await expect(loadConfig(dir, path.join(dir, 'adir'))).rejects.toThrow(/config path is not a file/);
  });

  it('errors from a file name the file', async () => {
    await writeFile(path.join(dir, '.keylint.yml'), 'rules:\n  disable: [a]\n  enabel: [b]\n');
    await expect(loadConfig(dir)).rejects.toThrow(/\.keylint\.yml:3:3: unknown key "enabel" in rules — did you mean "enable"\?/);
  });

  it('runs the timed ReDoS probe on custom rules', async () => {
    await writeFile(path.join(dir, '.keylint.yml'), 'custom-rules:\n  - id: slow\n    regex: "([a-z0-9]+)_corp"\n    keywords: [_corp]\n');
    await expect(loadConfig(dir)).rejects.toThrow(/\.keylint\.yml:3:12: custom rule "slow": regex is not linear-time: it takes superlinear time/);
    await writeFile(path.join(dir, '.keylint.yml'), 'custom-rules:\n  - id: fine\n    regex: "([a-z0-9]{1,64})_corp"\n    keywords: [_corp]\n');
    expect((await loadConfig(dir)).customRules[0]!.id).toBe('fine');
  });
});

describe('customRulesToProvider', () => {
  it('is undefined without custom rules', () => {
    expect(customRulesToProvider(parseConfig(''))).toBeUndefined();
  });
  it('maps custom rules to a provider record `custom`', () => {
    const p = customRulesToProvider(parseConfig(FULL))!;
    expect(p.id).toBe('custom');
    expect(p.rules).toHaveLength(1);
    const r = p.rules[0]!;
    expect(r).toMatchObject({ id: 'acme-token', description: 'ACME internal API token', pattern: 'acme_tok_([A-Za-z0-9]{32})\\b', keywords: ['acme_tok_'], confidence: 'high', minEntropy: 3.5 });
    // The rule's allow regexes become a verify() that drops allowed values.
    expect(r.verify!('acme_tok_' + '0'.repeat(32))).toBe(false);
    expect(r.verify!('acme_tok_TEST' + 'x'.repeat(28))).toBe(false);
    expect(r.verify!('acme_tok_' + 'Ab3'.repeat(10) + 'Zz')).toBe(true);
  });
  it('defaults confidence to medium and leaves verify unset without allow', () => {
    const p = customRulesToProvider(parseConfig('custom-rules:\n  - id: x-tok\n    regex: "xt_[0-9a-f]{24}"\n    keywords: [xt_]\n'))!;
    expect(p.rules[0]!.confidence).toBe('medium');
    expect(p.rules[0]!.verify).toBeUndefined();
    expect(p.rules[0]!.description).toMatch(/x-tok/);
  });
});

describe('compileAllow', () => {
  it('matches exact values and regexes, nothing else', () => {
    const allow = compileAllow(parseConfig(FULL));
    expect(allow('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(allow('published-test-key-0000')).toBe(true);
    expect(allow('sk-test-abc')).toBe(true);
    expect(allow('AKIAIOSFODNN7EXAMPLE2')).toBe(false);
    expect(allow('xsk-test-abc')).toBe(false);
    expect(compileAllow(parseConfig(''))('anything')).toBe(false);
  });
});

describe('validateRuleIds', () => {
  const known = ['openai', 'openai-project-key', 'generic-api-key', 'github-pat'];
  it('accepts known, custom and provider ids', () => {
    expect(() => validateRuleIds(parseConfig(FULL), known)).not.toThrow();
    expect(() => validateRuleIds(parseConfig('rules:\n  disable: [acme-token, custom]\ncustom-rules:\n  - {id: acme-token, regex: "a_[0-9]{8}", keywords: [a_]}\n'), known)).not.toThrow();
  });
  it('names the line and suggests the nearest id', () => {
    const msg = errorOf(() => validateRuleIds(parseConfig('rules:\n  disable:\n    - openai\n    - github-pta\n'), known));
    expect(msg).toBe('.keylint.yml:4:7: rules.disable: unknown rule "github-pta" — did you mean "github-pat"?');
  });
  it('refuses a custom id that shadows a built-in one', () => {
    expect(errorOf(() => validateRuleIds(parseConfig('custom-rules:\n  - {id: openai, regex: "a_[0-9]{8}", keywords: [a_]}\n'), known))).toMatch(/:2:10: custom rule id "openai" is already a built-in/);
  });
});

describe('helpers', () => {
  it('parseSize', () => {
    expect(parseSize('10MB')).toBe(10485760);
    expect(parseSize('1.5 k')).toBe(1536);
    expect(parseSize('2gib')).toBe(2 * 1024 ** 3);
    expect(parseSize(100)).toBe(100);
    for (const bad of ['', 'MB', '1 TB', '-5', '0', 1.5, 0, -3, '1e9']) expect(parseSize(bad)).toBeUndefined();
  });
  it('nearest', () => {
    expect(nearest('exlude', ['exclude', 'include'])).toBe('exclude');
    expect(nearest('custom_rules', ['custom-rules'])).toBe('custom-rules');
    expect(nearest('zzz', ['exclude'])).toBeUndefined();
    expect(nearest('hihg', ['high', 'medium', 'low'])).toBe('high');
  });
});
