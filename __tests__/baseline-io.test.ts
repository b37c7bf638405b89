import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatBaseline, parseBaseline, readBaseline, writeBaseline } from '../src/baseline/index.js';
import { fingerprint, SecretValue } from '../src/secret.js';
import type { Finding } from '../src/types.js';
import { UsageError } from '../src/types.js';

/** Deterministic fake secret (never a real key). */
function fakeSecret(seed: number): string {
  const abc = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  let x = seed * 2654435761;
  let out = 'fake_';
  for (let i = 0; i < 36; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += abc[x % abc.length];
  }
  return out;
}

function finding(file: string, line: number, secret: string, rule = 'generic-api-key'): Finding {
  const s = new SecretValue(secret);
  return {
    rule, provider: 'generic', providerName: 'Generic', file, line, column: 5, endLine: line, endColumn: 5 + secret.length,
    confidence: 'medium', fingerprint: fingerprint(rule, file, secret), redacted: s.redacted, secret: s,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'keylint-baseline-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeBaseline / readBaseline', () => {
  const secrets = [fakeSecret(1), fakeSecret(2), fakeSecret(3)];
  const findings = [finding('src/b.ts', 9, secrets[0]!), finding('src/a.ts', 30, secrets[1]!), finding('src/a.ts', 4, secrets[2]!, 'openai-project-key')];

  it('round-trips, sorted by file then line', async () => {
    const file = path.join(dir, '.keylint-baseline.json');
    await writeBaseline(file, findings, new Date('2025-01-02T03:04:05Z'));
    const entries = await readBaseline(file);
    expect(entries.map((e) => `${e.file}:${e.line}`)).toEqual(['src/a.ts:4', 'src/a.ts:30', 'src/b.ts:9']);
    expect(entries[0]).toEqual({ fingerprint: findings[2]!.fingerprint, rule: 'openai-project-key', file: 'src/a.ts', line: 4, redacted: findings[2]!.redacted });
    const json = JSON.parse(await readFile(file, 'utf8'));
    expect(json.version).toBe(1);
    expect(json.createdAt).toBe('2025-01-02T03:04:05.000Z');
    expect(Object.keys(json.findings[0]).sort()).toEqual(['file', 'fingerprint', 'line', 'redacted', 'rule']);
  });

  it('never contains a secret', async () => {
    const file = path.join(dir, 'b.json');
    await writeBaseline(file, findings);
    const text = await readFile(file, 'utf8');
    for (const s of secrets) {
      expect(text).not.toContain(s);
      expect(text).not.toContain(s.slice(5, 25)); // no long run of the secret either
    }
  });

  it('is stable: the same findings in any order give the same bytes', () => {
    const now = new Date(0);
    expect(formatBaseline([...findings].reverse(), now)).toBe(formatBaseline(findings, now));
    expect(formatBaseline(findings, now).endsWith('}\n')).toBe(true);
  });

  it('leaves no temp file behind', async () => {
    await writeBaseline(path.join(dir, 'b.json'), findings);
    expect(await readdir(dir)).toEqual(['b.json']);
  });

  it('an empty baseline is valid', async () => {
    const file = path.join(dir, 'b.json');
    await writeBaseline(file, []);
    expect(await readBaseline(file)).toEqual([]);
  });

  it('a write into a missing directory is a UsageError', async () => {
    await expect(writeBaseline(path.join(dir, 'no', 'such', 'b.json'), findings)).rejects.toThrow(/cannot write baseline .*b\.json: ENOENT/);
  });
});

describe('malformed baselines', () => {
  const entry = { fingerprint: 'a'.repeat(32), rule: 'r', file: 'f', line: 1, redacted: 'x…' };
  const cases: Array<[string, string, RegExp]> = [
    ['syntax error with its line', '{\n  "version": 1,\n  "findings": [\n    {"a": 1,}\n  ]\n}\n', /^b\.json:4:13: malformed baseline JSON: /],
    ['not an object', '[]', /^b\.json: malformed baseline: expected a JSON object/],
    ['wrong version', JSON.stringify({ version: 2, findings: [] }), /unsupported version 2 \(expected 1\)/],
    ['findings not a list', JSON.stringify({ version: 1, findings: {} }), /"findings" must be a list/],
    ['bad fingerprint', JSON.stringify({ version: 1, findings: [{ ...entry, fingerprint: 'zz' }] }), /findings\[0\]\.fingerprint must be a hex fingerprint/],
    ['bad line', JSON.stringify({ version: 1, findings: [entry, { ...entry, line: 0 }] }), /findings\[1\]\.line must be a positive integer/],
    ['missing file', JSON.stringify({ version: 1, findings: [{ ...entry, file: undefined }] }), /findings\[0\]\.file must be a path/],
  ];
  for (const [name, text, re] of cases) {
    it(name, () => {
      let err: unknown;
      try {
        parseBaseline(text, 'b.json');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(re);
      expect((err as Error).message).not.toMatch(/\n/);
    });
  }
  it('a missing file names the file', async () => {
    await expect(readBaseline(path.join(dir, 'nope.json'))).rejects.toThrow(/baseline file not found: .*nope\.json/);
  });
  it('a malformed file on disk names the file', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, '{"version": 1, "findings": [}');
    await expect(readBaseline(file)).rejects.toThrow(/bad\.json:1:29: malformed baseline JSON/);
  });
});
