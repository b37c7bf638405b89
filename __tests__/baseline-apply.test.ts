import { describe, expect, it } from '@jest/globals';
import { applyBaseline, toEntry, type BaselineEntry } from '../src/baseline/index.js';
import { fingerprint, SecretValue } from '../src/secret.js';
import type { Finding } from '../src/types.js';

const SECRET_A = ['fake', 'A', 'x7Kq2mPz9LwR4tYb'].join('_');
const SECRET_B = ['fake', 'B', 'Qn3vHs8JdE6cUf1g'].join('_');

function finding(file: string, line: number, secret: string, rule = 'generic-api-key'): Finding {
  const s = new SecretValue(secret);
  return {
    rule, provider: 'generic', providerName: 'Generic', file, line, column: 1, endLine: line, endColumn: 1 + secret.length,
    confidence: 'medium', fingerprint: fingerprint(rule, file, secret), redacted: s.redacted, secret: s,
  };
}

const at = (fs: Finding[]): string[] => fs.map((f) => `${f.file}:${f.line}`);

describe('applyBaseline', () => {
  it('subtracts exactly its entries and keeps new findings', () => {
    const old = [finding('a.ts', 3, SECRET_A), finding('b.ts', 7, SECRET_B)];
    const baseline = old.map(toEntry);
    const fresh = finding('c.ts', 1, SECRET_A);
    const r = applyBaseline([...old, fresh], baseline);
    expect(at(r.suppressed)).toEqual(['a.ts:3', 'b.ts:7']);
    expect(at(r.kept)).toEqual(['c.ts:1']);
    expect(r.stale).toEqual([]);
  });

  it('a finding that moved to another line stays suppressed', () => {
    const baseline = [toEntry(finding('a.ts', 3, SECRET_A))];
    const r = applyBaseline([finding('a.ts', 40, SECRET_A)], baseline);
    expect(r.kept).toEqual([]);
    expect(at(r.suppressed)).toEqual(['a.ts:40']);
    expect(r.stale).toEqual([]);
  });

  it('reports entries nothing matched as stale', () => {
    const gone = toEntry(finding('gone.ts', 2, SECRET_B));
    const baseline = [toEntry(finding('a.ts', 3, SECRET_A)), gone];
    const r = applyBaseline([finding('a.ts', 3, SECRET_A)], baseline);
    expect(r.stale).toEqual([gone]);
  });

  it('the same secret in another file, or under another rule, is a new finding', () => {
    const baseline = [toEntry(finding('a.ts', 3, SECRET_A))];
    const r = applyBaseline([finding('b.ts', 3, SECRET_A), finding('a.ts', 3, SECRET_A, 'other-rule')], baseline);
    expect(r.suppressed).toEqual([]);
    expect(r.kept).toHaveLength(2);
    expect(r.stale).toHaveLength(1);
  });

  describe('duplicates: one entry per occurrence', () => {
    const twice = [finding('a.ts', 3, SECRET_A), finding('a.ts', 9, SECRET_A)];
    const baseline: BaselineEntry[] = twice.map(toEntry);

    it('both occurrences share a fingerprint and both are suppressed', () => {
      expect(twice[0]!.fingerprint).toBe(twice[1]!.fingerprint);
      const r = applyBaseline(twice, baseline);
      expect(r.kept).toEqual([]);
      expect(r.suppressed).toHaveLength(2);
    });

    it('a third copy is reported; the copy on a new line is the one kept', () => {
      const third = finding('a.ts', 6, SECRET_A);
      const r = applyBaseline([twice[0]!, third, twice[1]!], baseline);
      expect(at(r.kept)).toEqual(['a.ts:6']);
      expect(at(r.suppressed)).toEqual(['a.ts:3', 'a.ts:9']);
    });

    it('removing one copy leaves one stale entry', () => {
      const r = applyBaseline([twice[1]!], baseline);
      expect(r.kept).toEqual([]);
      expect(r.stale.map((e) => e.line)).toEqual([3]);
    });

    it('when every copy moved, entries pair with findings in line order', () => {
      const moved = [finding('a.ts', 20, SECRET_A), finding('a.ts', 12, SECRET_A), finding('a.ts', 30, SECRET_A)];
      const r = applyBaseline(moved, baseline);
      expect(at(r.suppressed)).toEqual(['a.ts:20', 'a.ts:12']);
      expect(at(r.kept)).toEqual(['a.ts:30']);
    });
  });

  it('an empty baseline keeps everything; no findings make every entry stale', () => {
    const fs = [finding('a.ts', 1, SECRET_A)];
    expect(applyBaseline(fs, []).kept).toEqual(fs);
    const baseline = fs.map(toEntry);
    expect(applyBaseline([], baseline).stale).toEqual(baseline);
  });
});
