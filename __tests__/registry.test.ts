/** Registry-wide invariants: ids, regexes, keywords, URLs, formats, and linear-time matching. */
import { describe, expect, test } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { allRules, getProvider, providers, specificProviders } from '../src/providers/registry.js';
import { allSamples } from '../src/providers/samples/index.js';
import type { Rule } from '../src/providers/types.js';

/** The registrable domain each provider's live check may talk to. */
const LIVE_HOSTS: Record<string, string> = {
  openai: 'openai.com',
  'openai-admin': 'openai.com',
  anthropic: 'anthropic.com',
  'anthropic-admin': 'anthropic.com',
  'google-api-key': 'googleapis.com',
  together: 'together.xyz',
  nixtla: 'nixtla.io',
  huggingface: 'huggingface.co',
  groq: 'groq.com',
  mistral: 'mistral.ai',
  deepseek: 'deepseek.com',
  cohere: 'cohere.com',
  replicate: 'replicate.com',
  xai: 'x.ai',
  perplexity: 'perplexity.ai',
  openrouter: 'openrouter.ai',
  fireworks: 'fireworks.ai',
  github: 'github.com',
  gitlab: 'gitlab.com',
  npm: 'npmjs.org',
  pypi: 'pypi.org',
  slack: 'slack.com',
  stripe: 'stripe.com',
  sendgrid: 'sendgrid.com',
  discord: 'discord.com',
  telegram: 'telegram.org',
  linear: 'linear.app',
  notion: 'notion.com',
  postman: 'getpostman.com',
  digitalocean: 'digitalocean.com',
  doppler: 'doppler.com',
  vercel: 'vercel.com',
  supabase: 'supabase.com',
};

/** The registrable domain of a provider's live check: the table above, else its samples' `liveHost`. */
function liveHostOf(id: string): string | undefined {
  return LIVE_HOSTS[id] ?? allSamples.find((s) => s.provider === id)?.liveHost;
}

const rules = allRules();

describe('identity', () => {
  test('provider ids and rule ids are unique kebab-case', () => {
    const ids = providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const ruleIds = rules.map((r) => r.rule.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of [...ids, ...ruleIds]) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  test('getProvider finds every record and nothing else', () => {
    for (const p of providers) expect(getProvider(p.id)).toBe(p);
    expect(getProvider('no-such-provider')).toBeUndefined();
  });
  test('specific providers come before generic ones', () => {
    expect(providers.slice(0, specificProviders.length)).toEqual(specificProviders);
    expect(specificProviders.length).toBeGreaterThanOrEqual(40);
  });
});

describe.each(rules.map(({ provider, rule }) => [`${provider.id}/${rule.id}`, rule] as const))('rule %s', (_name, rule: Rule) => {
  test('compiles with g + flags; flags never contain g or y', () => {
    expect(rule.flags ?? '').not.toMatch(/[gy]/);
    expect(() => new RegExp(rule.pattern, 'g' + (rule.flags ?? ''))).not.toThrow();
  });
  test('has lowercase keywords of at least 3 chars (or whole-file paths, or the encoded prefixes)', () => {
    expect(rule.keywords.length > 0 || (rule.paths?.length ?? 0) > 0 || rule.wakeOnEncodedPrefixes === true).toBe(true);
    for (const k of rule.keywords) {
      expect(k).toBe(k.toLowerCase());
      expect(k.length).toBeGreaterThanOrEqual(3);
    }
    expect(rule.description.length).toBeGreaterThan(10);
  });
});

describe.each(specificProviders.map((p) => [p.id, p] as const))('record %s', (_id, p) => {
  test('rotateUrl is https, envNames are non-empty upper-case names', () => {
    expect(new URL(p.rotateUrl).protocol).toBe('https:');
    expect(p.envNames.length).toBeGreaterThan(0);
    for (const n of p.envNames) expect(n).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test('live check goes to the provider own https host, or is deliberately absent', () => {
    if (!p.live) {
      // Deliberately absent: the record says why.
      expect([p.id, (p.noLive ?? '').length > 10]).toEqual([p.id, true]);
      return;
    }
    expect([p.id, p.noLive]).toEqual([p.id, undefined]);
    // `{pair}` may only stand for a host label (Algolia's `{app id}-dsn.algolia.net`).
    const url = new URL(p.live.base.split('{pair}').join('pair'));
    expect(url.protocol).toBe('https:');
    const domain = liveHostOf(p.id);
    expect([p.id, domain]).toEqual([p.id, expect.any(String)]);
    expect(url.hostname === domain || url.hostname.endsWith(`.${domain}`)).toBe(true);
    expect(p.live.path.startsWith('/')).toBe(true);
    if (p.live.method === 'POST') expect(p.live.body).toBeDefined();
    for (const v of Object.values(p.live.headers ?? {})) expect(v).not.toMatch(/\{key\}/);
    // The key goes in a header or the body, never in a URL a proxy or a log could keep; the one
    // exception is Telegram's Bot API, which accepts the token nowhere else.
    expect([p.id, p.live.auth.kind === 'query' || (p.live.auth.kind === 'path' && p.id !== 'telegram')]).toEqual([p.id, false]);
    for (const e of p.live.baseUrlEnv ?? []) expect(e).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test('format: prefixes longest first; every positive sample fits full/lengths/charset', () => {
    const f = p.format;
    if (!f) return;
    const lens = f.prefixes.map((x) => x.length);
    expect(lens).toEqual([...lens].sort((a, b) => b - a));
    const charset = new RegExp(`^(?:${f.charset})*$`);
    const full = f.full ? new RegExp(`^(?:${f.full})$`) : undefined;
    const samples = allSamples.find((s) => s.provider === p.id)?.positives ?? [];
    for (const s of samples) {
      if (s.rule === 'stripe-webhook-secret') continue; // STRIPE_WEBHOOK_SECRET is not one of the key env names
      const v = s.secret;
      const prefix = f.prefixes.find((x) => v.startsWith(x)) ?? '';
      expect([s.rule, charset.test(v.slice(prefix.length))]).toEqual([s.rule, true]);
      expect([s.rule, f.lengths.some(([lo, hi]) => v.length >= lo && v.length <= hi)]).toEqual([s.rule, true]);
      if (full) expect([s.rule, full.test(v)]).toEqual([s.rule, true]);
      if (f.checksum) expect(f.checksum(v)).toBe(true);
    }
  });
});

// ---------------------------------------------------------------- linear time

/** Printable ASCII chars matched by a bracket class. */
function classChars(cls: string): string {
  const re = new RegExp(`^${cls}$`);
  let out = '';
  for (let c = 32; c < 127; c++) if (re.test(String.fromCharCode(c))) out += String.fromCharCode(c);
  return out;
}

function cycle(chars: string, n: number): string {
  let s = '';
  // A stride coprime with most lengths, so runs mix characters rather than repeat one.
  for (let i = 0; s.length < n; i++) s += chars[(i * 7) % chars.length];
  return s;
}

/** Adversarial inputs of about `n` chars for a rule: class runs, the keyword repeated, near misses. */
function adversarial(rule: Rule, n: number): string[] {
  const classes = [...new Set(rule.pattern.match(/\[(?:\\.|[^\]\\])+\]/g) ?? [])].map(classChars).filter((c) => c.length > 0);
  const kws = rule.keywords.length ? rule.keywords : ['x'];
  const inputs: string[] = [];
  for (const c of classes.slice(0, 6)) inputs.push(cycle(c, n));
  for (const k of kws.slice(0, 3)) {
    // Keywords are lowercase; patterns may want either case.
    inputs.push(k.repeat(Math.ceil(n / k.length)));
    inputs.push(k.toUpperCase().repeat(Math.ceil(n / k.length)));
    for (const c of classes.slice(0, 3)) {
      // keyword + a near-miss body, again and again; and keyword + one huge body
      const unit = `${k}${cycle(c, 30)} `;
      inputs.push(unit.repeat(Math.ceil(n / unit.length)));
      inputs.push(k + cycle(c, n));
      inputs.push(`${k}=` + cycle(c, n));
    }
  }
  return inputs;
}

function timeOf(re: RegExp, text: string): number {
  let best = Infinity;
  for (let rep = 0; rep < 3; rep++) {
    re.lastIndex = 0;
    const t0 = performance.now();
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(text)) !== null && guard++ < 1e6) if (m[0].length === 0) re.lastIndex++;
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const LIMIT = 8;

/**
 * Growth of matching time from `small` to `large` (4x the size). A 10 ms floor keeps timer and GC
 * noise on fast inputs from looking like growth (a quadratic rule takes seconds at these sizes),
 * and a ratio over the limit is measured again, up to three times, before it counts: real
 * super-linear growth shows every time, a pause on a busy machine does not.
 */
function growth(re: RegExp, small: string, large: string): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= LIMIT; attempt++) {
    best = Math.min(best, timeOf(re, large) / Math.max(timeOf(re, small), 10));
  }
  return best;
}

/** Worst growth over the rule's adversarial inputs. */
function worstGrowth(rule: Rule, n: number): { ratio: number; input: number } {
  const re = new RegExp(rule.pattern, 'g' + (rule.flags ?? ''));
  const small = adversarial(rule, n);
  const large = adversarial(rule, 4 * n);
  let worst = { ratio: 0, input: -1 };
  for (let i = 0; i < small.length; i++) {
    const ratio = growth(re, small[i]!, large[i]!);
    if (ratio > worst.ratio) worst = { ratio, input: i };
  }
  return worst;
}

describe('linear-time matching (time at 4n vs n on adversarial input)', () => {
  test('the measure does flag a quadratic pattern', () => {
    const re = /[a-z0-9]+;/g;
    const run = (n: number): string => 'a1'.repeat(n / 2);
    expect(growth(re, run(5000), run(20000))).toBeGreaterThan(LIMIT);
  });

  // Identifier-anchored rules never search: the engine runs them once, sticky, at the end of
  // an identifier, so a whole-text search says nothing about them. Their cost per run is
  // bounded by the pattern itself (tested through the engine in hardening-redos).
  test.each(rules.filter(({ rule }) => !rule.anchor).map(({ rule }) => [rule.id, rule] as const))('%s', (_id, rule) => {
    const { ratio, input } = worstGrowth(rule, 50_000);
    expect([rule.id, input, ratio < LIMIT]).toEqual([rule.id, input, true]);
  });
});

test('window prefilter literals (`requires`) of case-insensitive rules are lower case', () => {
  for (const p of providers) {
    for (const r of p.rules) {
      if (!r.requires || !(r.flags ?? '').includes('i')) continue;
      for (const q of r.requires) expect(`${r.id}: ${q}`).toBe(`${r.id}: ${q.toLowerCase()}`);
    }
  }
});
