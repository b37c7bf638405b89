import { describe, expect, test } from '@jest/globals';
import { compileRules, startsOf, tailsOf, triggersOf } from '../src/engine/compile.js';
import { keywordTail, patternTail, tailFollows, type KeywordTail } from '../src/engine/keyword-tails.js';
import { scanText } from '../src/engine/index.js';
import { providers } from '../src/providers/registry.js';
import { allSamples } from '../src/providers/samples/index.js';
import { Hits } from '../src/engine/keyword-scanner.js';
import { prng, type Prng } from './support/fuzz.js';

const ALL = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

function charsOf(table: Uint8Array): string {
  let s = '';
  for (let c = 32; c < 127; c++) if (table[c] === 1) s += String.fromCharCode(c);
  return s;
}

function randomCase(r: Prng, s: string): string {
  return Array.from(s, (c) => (r.chance(0.3) ? c.toUpperCase() : c)).join('');
}

/** Text after a keyword that mostly follows the tail (and sometimes breaks it), near its length. */
function continuation(r: Prng, tail: KeywordTail): string {
  let s = '';
  const rest = r.pick(tail.rests);
  for (const t of rest) s += r.chance(0.9) ? r.pick(Array.from(charsOf(t))) : r.str(ALL, 1);
  const run = tail.run ? charsOf(tail.run) : ALL;
  // Keys are mostly of one length: at the run's minimum or just over it, sometimes well over or short.
  const roll = r.next();
  const n = Math.max(0, tail.min + (roll < 0.5 ? r.int(0, 2) : roll < 0.8 ? r.int(3, 60) : -r.int(1, 3)));
  for (let i = 0; i < n; i++) s += r.chance(0.99) ? r.str(run, 1) : r.str(ALL, 1);
  return s + r.str(' "\',;\n' + run.slice(0, 4), r.int(0, 3));
}

describe('keyword tails', () => {
  test('reads literal prefixes, alternations and the first run; gives up on what it does not know', () => {
    const t = patternTail('(?<![A-Za-z0-9_-])sk-(?![A-Za-z0-9]{20}T3BlbkFJ)[A-Za-z0-9]{48}(?![A-Za-z0-9_-])', '')!;
    expect(t.alternatives).toHaveLength(1);
    expect(t.alternatives[0]).toHaveLength(3);
    expect(t.min).toBe(48);
    expect(charsOf(t.run!)).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    const aws = patternTail('(?<![A-Za-z0-9])(?:AKIA|ASIA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])', '')!;
    expect(aws.alternatives).toHaveLength(3);
    expect(aws.min).toBe(16);
    expect(patternTail('(?<secret>gh[pousr]_[A-Za-z0-9]{36})', '')!.alternatives[0]).toHaveLength(4);
    // A bar at the top, a quantified group, Unicode case folding, a start it cannot read.
    expect(patternTail('sk-[a-z]{48}|foo', '')).toBeUndefined();
    expect(patternTail('(?:ab){2}[a-z]{8}', '')).toBeUndefined();
    expect(patternTail('key[a-z]{8}', 'iu')).toBeUndefined();
    expect(patternTail('.{8}', '')).toBeUndefined();
    expect(patternTail('(?<=token)\\s*[A-Za-z]{8}', '')).toBeUndefined();
    // Case-insensitive patterns take both cases.
    expect(charsOf(patternTail('abc[a-f]{4}', 'i')!.run!)).toBe('ABCDEFabcdef');
  });

  test('a hit is tested only where its keyword is how the pattern begins, once, and alone', () => {
    const t = patternTail('sk-(?:proj|test)-[a-z]{20}', '');
    expect(keywordTail('sk-', ['sk-'], t)).toBeDefined();
    expect(keywordTail('sk-', ['sk-', 'openai'], t)?.at).toBe(3);
    // Another of the rule's keywords inside the hit, the keyword twice, a keyword the pattern does not begin with, a keyword running into the run.
    expect(keywordTail('sk-openai', ['sk-', 'openai'], t)).toBeUndefined();
    expect(keywordTail('sk-sk-', ['sk-'], t)).toBeUndefined();
    expect(keywordTail('openai', ['sk-', 'openai'], t)).toBeUndefined();
    expect(keywordTail('sk-proj-abcdefgh', ['sk-proj-abcdefgh'], patternTail('sk-proj-[a-z]{20}', ''))).toBeUndefined();
    // The keyword inside a longer hit: tested from where it ends.
    expect(keywordTail('xsk-', ['sk-'], t)?.at).toBe(4);
  });

  test('holds wherever a rule matches at its keyword (every rule with a tail, generated text)', () => {
    const set = compileRules(providers);
    const r = prng('keyword-tails');
    let tested = 0;
    let matched = 0;
    let rejected = 0;
    for (let kw = 0; kw < set.keywordTexts.length; kw++) {
      const tails = tailsOf(set, kw);
      tails.forEach((tail, t) => {
        if (!tail) return;
        tested++;
        const rule = set.rules[set.windowTriggers[kw]![t]!]!;
        const keyword = set.keywordTexts[kw]!;
        const re = new RegExp(rule.regex.source, rule.regex.flags.replace('y', ''));
        for (let round = 0; round < 150; round++) {
          const text = ' ' + randomCase(r, keyword) + continuation(r, tail);
          // Matches that begin within the hit (where the keyword's alternative starts).
          re.lastIndex = 0;
          let begins = false;
          for (let x = re.exec(text); x !== null && x.index <= 1 + tail.at; x = re.exec(text)) {
            if (x[0].length === 0) re.lastIndex++;
            else begins = true;
          }
          const holds = tailFollows(text, 1 + tail.at, tail);
          if (begins) {
            matched++;
            expect({ rule: rule.rule.id, keyword, text, holds }).toEqual({ rule: rule.rule.id, keyword, text, holds: true });
          }
          if (!holds) rejected++;
        }
      });
    }
    expect(tested).toBeGreaterThan(250);
    expect(matched).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(5000);
  });

  test('holds wherever a rule matches at its keyword in every sample, whole, cut short and with a character changed', () => {
    const set = compileRules(providers);
    const r = prng('keyword-tails-samples');
    const texts: string[] = [];
    for (const p of allSamples) {
      for (const n of p.negatives) texts.push(n.text);
      for (const pos of p.positives) {
        texts.push(pos.text);
        const at = pos.text.indexOf(pos.secret);
        if (at < 0) continue;
        for (let cut = 1; cut <= 3; cut++) texts.push(pos.text.slice(0, at + pos.secret.length - cut) + pos.text.slice(at + pos.secret.length));
        const i = at + r.int(0, pos.secret.length - 1);
        texts.push(pos.text.slice(0, i) + r.pick(['-', '_', '.', ' ', 'Z', '0']) + pos.text.slice(i + 1));
      }
    }
    const hits = new Hits();
    let matched = 0;
    for (const text of texts) {
      set.keywords.scan(text, hits);
      for (let h = 0; h < hits.length; h += 2) {
        const hit = hits.data[h]!;
        const kw = hits.data[h + 1]!;
        tailsOf(set, kw).forEach((tail, t) => {
          if (!tail) return;
          const rule = set.rules[set.windowTriggers[kw]![t]!]!;
          const re = new RegExp(rule.regex.source, rule.regex.flags.replace('y', ''));
          let begins = false;
          for (let x = re.exec(text); x !== null; x = re.exec(text)) {
            if (x[0].length === 0) re.lastIndex++;
            else if (x.index >= hit && x.index <= hit + tail.at) begins = true;
          }
          if (!begins) return;
          matched++;
          const holds = tailFollows(text, hit + tail.at, tail);
          expect({ rule: rule.rule.id, text, holds }).toEqual({ rule: rule.rule.id, text, holds: true });
        });
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  test('near-miss prefixes are rejected and whole keys still found', () => {
    const key = 'hf_' + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3f';
    const text = `x = "${key}"\ny = "hf_abc"\nz = "HF_${key.slice(3)}"\nw = "${key.slice(0, 30)}"\nv = ${key}`;
    expect(scanText(text, 'a.txt').map((f) => `${f.rule}:${f.line}`)).toEqual(['huggingface-token:1', 'huggingface-token:5']);
  });

  test('rules that start with their keyword: every match in every sample begins with one of them', () => {
    const rules = providers.flatMap((p) => p.rules).filter((r) => r.startsWithKeyword);
    expect(rules.map((r) => r.id).sort()).toEqual(['akamai-edgegrid-client-secret', 'authorization-header', 'azure-entra-id-client-secret-legacy', 'slack-app-credentials-client-secret', 'url-password']);
    const texts = allSamples.flatMap((p) => [...p.positives.map((x) => x.text), ...p.negatives.map((x) => x.text)]);
    let matches = 0;
    for (const rule of rules) {
      const re = new RegExp(rule.pattern, 'g' + (rule.flags ?? ''));
      const keywords = rule.keywords.map((k) => k.toLowerCase());
      for (const text of texts) {
        for (const m of text.matchAll(re)) {
          matches++;
          const at = text.slice(m.index).toLowerCase();
          expect({ rule: rule.id, text, begins: keywords.some((k) => at.startsWith(k)) }).toEqual({ rule: rule.id, text, begins: true });
        }
      }
    }
    expect(matches).toBeGreaterThan(20);
  });

  test('a keyword that begins inside a longer hit is still tried there (SLACK_CLIENT_SECRET)', () => {
    const set = compileRules(providers);
    const kw = set.keywordTexts.indexOf('slack_client');
    triggersOf(set, kw);
    const t = set.windowTriggers[kw]!.findIndex((ri) => set.rules[ri]!.rule.id === 'slack-app-credentials-client-secret');
    // At 0 too: `slack_client` is one of its keywords (the sticky attempt fails there).
    expect(startsOf(set, kw)[t]).toEqual([0, 6]);
    const secret = 'f3a9c1d7e5b2a8c4d6e0f1a2b3c4d5e6';
    const found = scanText(`SLACK_CLIENT_ID=1234567890.9876543210\nSLACK_CLIENT_SECRET=${secret}\n`, '.env');
    expect(found.map((f) => [f.rule, f.secret.reveal()])).toContainEqual(['slack-app-credentials-client-secret', secret]);
  });
});
