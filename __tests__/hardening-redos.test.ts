/**
 * ReDoS through the real engine (`Engine.scanUnit`, keyword prefilter + windows + rules): for
 * every built-in rule, adversarial units — long runs of the rule's own character classes
 * between keyword hits (so windows merge and the rule runs over all of it), the keyword
 * repeated, near misses (prefix + short body), unterminated quotes and PEM headers — and 1 MB
 * lines. Time at 4n over time at n stays under a generous bound (warm-up, best of 3; no
 * absolute thresholds). Custom rules: catastrophic patterns in .keylint.yml are rejected by
 * the bundled CLI with a clear one-line message; a safe one is accepted.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine/index.js';
import { allRules, providers } from '../src/providers/registry.js';
import type { ProviderRecord, Rule } from '../src/providers/types.js';
import { prng, type Prng } from './support/fuzz.js';
import { tempDir } from './support/git-repo.js';
import { bundles, cleanEnv, runCli, STACK_FRAME } from './support/hardening.js';

/** time(4n) / time(n) for a linear scan is about 4; quadratic is 16. */
const LIMIT = 10;
/** Timer and GC noise floor for the small input (ms). */
const FLOOR_MS = 4;

const engine = new Engine();

/** CPU time (ms) of the process: unlike wall time, not inflated when another test holds the core. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timeScan(e: Engine, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = cpuMs();
    e.scanUnit({ path: 'adversarial.txt', text });
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/** Growth from `small` to `large` (4× the size); a ratio over the limit is measured again before it counts. */
function growth(e: Engine, small: string, large: string): number {
  e.scanUnit({ path: 'warm.txt', text: small }); // warm-up (JIT, regex compilation)
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= LIMIT; attempt++) ratio = Math.min(ratio, timeScan(e, large) / Math.max(timeScan(e, small), FLOOR_MS));
  return ratio;
}

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** Characters of each bracket class in the pattern (printable ASCII that the class accepts). */
function classAlphabets(pattern: string): string[] {
  const out: string[] = [];
  for (const m of pattern.matchAll(/\[(?:\\.|[^\]\\])+\]/g)) {
    let re: RegExp;
    try {
      re = new RegExp(m[0], 'u');
    } catch {
      try {
        re = new RegExp(m[0]);
      } catch {
        continue;
      }
    }
    const chars = [...PRINTABLE].filter((c) => re.test(c)).join('');
    if (chars.length > 0 && !out.includes(chars)) out.push(chars);
  }
  for (const [esc, chars] of [['\\w', 'aZ09_'], ['\\d', '0123456789'], ['\\s', ' \t'], ['.', 'a.-/=']] as const) {
    if (pattern.includes(esc) && !out.includes(chars)) out.push(chars);
  }
  return out.length > 0 ? out : ['aA0'];
}

/** A keyword the engine triggers the rule on, in the case the rule expects. */
function keywordOf(rule: Rule): string {
  return rule.keywords.find((k) => k.length >= 2) ?? rule.keywords[0] ?? 'key';
}

/** Adversarial texts of about `n` chars for a rule. */
function adversarial(rule: Rule, n: number, r: Prng): string[] {
  const kw = keywordOf(rule);
  const fill = (make: () => string): string => {
    let s = '';
    while (s.length < n) s += make();
    return s.slice(0, n);
  };
  const runs = classAlphabets(rule.pattern).map((alpha) => fill(() => `${kw}${r.str(alpha, 48)}`));
  return [
    ...runs,
    fill(() => kw), // the keyword repeated (10k+ times at 4n for short keywords)
    fill(() => `${kw}${r.str('abcXYZ019', 4)} `), // near misses: prefix + short body
    fill(() => `${kw} = "${r.str('abcdef0123456789', 30)}`), // unterminated quotes
    fill(() => `${kw}: '${'A'.repeat(20)}`),
    `-----BEGIN RSA PRIVATE KEY-----\n${kw}=` + fill(() => 'MIIEpAIBAAKCAQEA3x'), // PEM header, no END
    fill(() => `${kw}=${kw}=${kw}:`),
  ];
}

const rules = allRules();
const seedFor = (id: string): Prng => prng(`hardening-redos-${id}`);

describe('every built-in rule through Engine.scanUnit: time(4n)/time(n) stays linear', () => {
  test('the measure flags a quadratic rule run through the engine', () => {
    const quad: ProviderRecord = {
      id: 'quadratic',
      name: 'Quadratic',
      envNames: [],
      rotateUrl: '',
      rules: [{ id: 'quadratic-rule', description: 'test', pattern: '[a-z0-9]+;', keywords: ['tok'], confidence: 'low' }],
    };
    const e = new Engine({ providers: [quad] });
    // Keyword hits every 43 chars: the windows merge and the rule runs over the whole run.
    const text = (n: number): string => `tok${'a1'.repeat(20)}`.repeat(Math.ceil(n / 43)).slice(0, n);
    expect(growth(e, text(5000), text(20000))).toBeGreaterThan(LIMIT);
  });

  // Each rule runs in an engine of its own record and every generic detector (the rules its
  // inputs wake besides its own); the whole registry's interplay is the 1 MB lines' part below.
  const generic = providers.filter((p) => p.rules.some((r) => r.generic));
  const engines = new Map<ProviderRecord, Engine>();
  const engineFor = (p: ProviderRecord): Engine => {
    let e = engines.get(p);
    if (!e) engines.set(p, (e = new Engine({ providers: generic.includes(p) ? generic : [p, ...generic] })));
    return e;
  };
  test.each(rules.map(({ rule, provider }) => [rule.id, rule, provider] as const))('%s', (id, rule, provider) => {
    const r = seedFor(id);
    const n = 8_000;
    const small = adversarial(rule, n, r);
    const large = adversarial(rule, 4 * n, seedFor(id));
    const e = engineFor(provider);
    const worst = small.map((s, i) => [i, growth(e, s, large[i]!)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
    expect([id, worst[0], worst[1] < LIMIT]).toEqual([id, worst[0], true]);
  });
});

describe('1 MB lines', () => {
  const r = prng('hardening-redos-lines');
  const shapes: Array<[string, (n: number) => string]> = [
    ['base64 run after a key name', (n) => 'API_KEY=' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', n)],
    ['key=value pairs on one line', (n) => 'token=a1b2c3;secret=x9y8;'.repeat(Math.ceil(n / 26)).slice(0, n)],
    ['keywords back to back', (n) => 'sk-ghp_AKIAxoxb-AIzakeytokensecretpassword'.repeat(Math.ceil(n / 42)).slice(0, n)],
    ['one identifier', (n) => 'a_'.repeat(n / 2) + 'api_key="x"'],
    ['unterminated quote', (n) => 'password = "' + r.str('abcdef0123456789', n)],
    ['URL with many @', (n) => 'https://' + 'u:p@'.repeat(n / 4)],
  ];
  test.each(shapes)('%s: 256 kB vs 1 MB', (_name, make) => {
    expect(growth(engine, make(256 * 1024), make(1024 * 1024))).toBeLessThan(LIMIT);
  });
});

describe('encoded runs', () => {
  // A decoder's keyword every 300 characters inside one 64 kB base64 run: each window cuts the
  // run and widens to all of it. The run is decoded once, not once per window (which cost
  // ~100x the same run without the keyword, up to the decode budget).
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const run = (word: string): string => {
    const r = prng('hardening-redos-encoded');
    let s = 'data: ';
    while (s.length < 64_000) s += word + r.str(B64, 297);
    return s.slice(0, 64_000);
  };
  test('a 64 kB base64 run with its keyword every 300 characters costs about what it costs without', () => {
    const e = new Engine({ providers: providers.filter((p) => p.rules.some((r) => r.generic)) });
    const plain = run('Qx9');
    const woken = run('b64');
    for (const text of [plain, woken]) e.scanUnit({ path: 'warm.txt', text }); // warm-up
    expect(timeScan(e, woken) / Math.max(timeScan(e, plain), FLOOR_MS)).toBeLessThan(LIMIT);
  });
});

describe('custom rules from .keylint.yml (bundled CLI)', () => {
  const dir = tempDir('keylint-redos-cfg-');
  beforeAll(() => {
    bundles();
    writeFileSync(join(dir, 'app.env'), 'ACME_TOKEN=acme_q8w7e6r5t4y3u2i1o0p9l8k7j6h5g4f3\n');
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const config = (regex: string): string => `custom-rules:\n  - id: acme-token\n    regex: ${JSON.stringify(regex)}\n    keywords: [acme_]\n`;

  test.each([['(a+)+b'], ['(a|a)*b'], ['(\\w+\\d+)+x'], ['acme_(?:[a-z0-9]+)*!'], ['acme_.*.*.*.*x']])('%s is rejected with one line naming the file and the rule', async (regex) => {
    writeFileSync(join(dir, '.keylint.yml'), config(regex));
    const r = await runCli(['scan', '.'], { cwd: dir, env: cleanEnv(), timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/\.keylint\.yml:\d+:\d+: custom rule "acme-token": regex is not linear-time/);
  });

  test('a safe custom rule is accepted and finds its key', async () => {
    writeFileSync(join(dir, '.keylint.yml'), config('acme_[a-z0-9]{32}'));
    const r = await runCli(['scan', '--format', 'json', '.'], { cwd: dir, env: cleanEnv() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toEqual(['acme-token']);
  });
});
