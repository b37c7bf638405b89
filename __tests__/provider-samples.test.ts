/**
 * Every labelled sample of every provider goes through the real engine: each positive is
 * reported by the expected rule with the exact secret and no other provider claims its span;
 * each negative yields no finding at all.
 */
import { describe, expect, test } from '@jest/globals';
import { scanText } from '../src/engine/index.js';
import { providers, specificProviders } from '../src/providers/registry.js';
import { allSamples } from '../src/providers/samples/index.js';
import type { Finding } from '../src/types.js';

/** Rules that claim a span only to reject it (identifiers that generic rules must leave alone). */
const SUPPRESSORS = new Set(['twilio-sid']);

const overlaps = (a: Finding, b: Finding): boolean =>
  (a.line < b.endLine || (a.line === b.endLine && a.column < b.endColumn)) && (b.line < a.endLine || (b.line === a.endLine && b.column < a.endColumn));

/** Findings rendered without raw values, for failure messages. */
const describeFindings = (fs: Finding[]): string[] => fs.map((f) => `${f.rule} ${f.redacted} @${f.line}:${f.column}`);

describe('sample coverage', () => {
  test('every specific provider has samples, at least 3 positives and 3 negatives', () => {
    const ids = new Set(allSamples.map((s) => s.provider));
    expect(specificProviders.map((p) => p.id).filter((id) => !ids.has(id))).toEqual([]);
    for (const s of allSamples) {
      expect([s.provider, s.positives.length >= 3, s.negatives.length >= 3]).toEqual([s.provider, true, true]);
    }
  });

  test('every rule of every specific provider has at least one positive', () => {
    const covered = new Set(allSamples.flatMap((s) => s.positives.map((p) => p.rule)));
    const missing = specificProviders.flatMap((p) => p.rules.map((r) => r.id)).filter((id) => !covered.has(id) && !SUPPRESSORS.has(id));
    expect(missing).toEqual([]);
  });

  test('sample rules belong to the sample provider', () => {
    for (const s of allSamples) {
      const provider = providers.find((p) => p.id === s.provider);
      expect(provider?.id).toBe(s.provider);
      const ruleIds = new Set(provider!.rules.map((r) => r.id));
      for (const p of s.positives) expect([s.provider, p.rule, ruleIds.has(p.rule)]).toEqual([s.provider, p.rule, true]);
    }
  });
});

for (const samples of allSamples) {
  describe(`${samples.provider}`, () => {
    test.each(samples.positives.map((p, i) => [i, p] as const))('positive #%i is found', (_i, p) => {
      const findings = scanText(p.text, 'sample.txt');
      const hit = findings.find((f) => f.rule === p.rule && f.secret.reveal() === p.secret);
      if (!hit) throw new Error(`expected ${p.rule} (${p.secret.length} chars); got ${JSON.stringify(describeFindings(findings))}`);
      expect(hit.provider).toBe(samples.provider);
      if (p.pair !== undefined) {
        if (hit.pair?.secret.reveal() !== p.pair) throw new Error(`expected ${p.rule} to carry its ${hit.pair?.label ?? 'other part'} (${p.pair.length} chars); got ${hit.pair ? hit.pair.redacted : 'none'}`);
      }
      const rivals = findings.filter((f) => f !== hit && f.provider !== samples.provider && overlaps(f, hit));
      expect(describeFindings(rivals)).toEqual([]);
    });

    test.each(samples.negatives.map((n, i) => [i, n.why, n] as const))('negative #%i (%s) is not reported', (_i, _why, n) => {
      expect(describeFindings(scanText(n.text, 'sample.txt'))).toEqual([]);
    });
  });
}
