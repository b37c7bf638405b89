import { describe, expect, test } from '@jest/globals';
import { Engine, PART_MARGIN } from '../src/engine/index.js';
import { providers } from '../src/providers/registry.js';
import { allSamples } from '../src/providers/samples/index.js';
import type { Finding } from '../src/types.js';
import { prng } from './support/fuzz.js';

/**
 * A large text scanned in parts (one per thread) must give exactly the findings of one whole
 * scan: each once, same positions. Texts: every provider's positive samples, joined by filler
 * into one long line or into many lines, cut at random places, also right next to a secret.
 */
const engine = new Engine();
const samples = allSamples.flatMap((s) => s.positives.map((p) => p.text));

function view(fs: Finding[]): string[] {
  return fs.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.fingerprint}`).sort();
}

function inParts(text: string, cuts: number[]): Finding[] {
  const bounds = [0, ...cuts, text.length];
  const out: Finding[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push(...engine.scanUnit({ path: 'bundle.js', text }, { from: bounds[i]!, to: bounds[i + 1]! }));
  return out;
}

describe('scanning a text in parts', () => {
  test('every rule window fits in the part margin', () => {
    for (const p of providers) for (const r of p.rules) expect((r.window?.before ?? 64) + (r.window?.after ?? 256) + 256).toBeLessThan(PART_MARGIN);
  });

  test.each([
    ['one long line', ';'],
    ['many lines', '\n'],
  ])('%s: parts give the whole scan\'s findings, each once', (_, sep) => {
    const r = prng(`parts ${sep}`);
    const pieces: string[] = [];
    for (const s of samples) pieces.push(s.replace(/\n/g, sep), `var x${r.int(0, 999)}="${r.str('abcdefghijklmnop0123456789', r.int(10, 400))}"`);
    const text = pieces.join(sep);
    const whole = engine.scanUnit({ path: 'bundle.js', text });
    expect(whole.length).toBeGreaterThan(100);
    // Cuts at random places, and right inside secrets (the edge cases).
    const inside = whole.slice(0, 20).map((f) => text.indexOf(f.secret.reveal()) + 3);
    for (let round = 0; round < 8; round++) {
      const cuts = [...new Set([...Array.from({ length: r.int(1, 6) }, () => r.int(1, text.length - 1)), inside[round]!, inside[round + 10]!])].sort((a, b) => a - b);
      expect(view(inParts(text, cuts))).toEqual(view(whole));
    }
  });
});
