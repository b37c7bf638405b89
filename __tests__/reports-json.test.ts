import { describe, expect, it } from '@jest/globals';
import { buildJsonReport, formatJson } from '../src/reports/json.js';
import { fakeGithubToken, fakeOpenAiKey, makeFinding, makeResult, SHA_A } from './reports-fixtures.js';

describe('JSON report (version 1 contract)', () => {
  const a = makeFinding({ raw: fakeOpenAiKey(1), file: 'src/b.ts', line: 4, column: 9 });
  const b = makeFinding({ raw: fakeGithubToken(2), file: 'src/a.ts', line: 10, column: 1, rule: 'github-pat', provider: 'github', providerName: 'GitHub', commit: SHA_A });

  it('has the contract fields in a fixed key order', () => {
    const report = JSON.parse(formatJson(makeResult([a, b]))) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['version', 'findings', 'stats', 'notices', 'skippedFiles']);
    expect(report['version']).toBe(1);
    const findings = report['findings'] as Array<Record<string, unknown>>;
    expect(Object.keys(findings[1]!)).toEqual(['rule', 'provider', 'providerName', 'file', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'redacted', 'confidence']);
    expect(Object.keys(findings[0]!)).toEqual(['rule', 'provider', 'providerName', 'file', 'line', 'column', 'endLine', 'endColumn', 'fingerprint', 'redacted', 'confidence', 'commit']);
    expect(Object.keys(report['stats'] as object)).toEqual(['files', 'bytes', 'skipped', 'durationMs']);
    expect(findings[1]).toEqual({
      rule: 'openai-project-key',
      provider: 'openai',
      providerName: 'OpenAI',
      file: 'src/b.ts',
      line: 4,
      column: 9,
      endLine: 4,
      endColumn: 9 + 56,
      fingerprint: a.fingerprint,
      redacted: a.redacted,
      confidence: 'high',
    });
    expect(findings[0]!['commit']).toBe(SHA_A);
    expect(report['stats']).toEqual({ files: 120, bytes: 1_234_567, skipped: 0, durationMs: 45 });
  });

  it('is byte-identical whatever the finding order', () => {
    expect(formatJson(makeResult([a, b]))).toBe(formatJson(makeResult([b, a])));
    expect(formatJson(makeResult([a])).endsWith('}\n')).toBe(true);
  });

  it('writes paths relative to the root with forward slashes', () => {
    const win = makeFinding({ raw: fakeOpenAiKey(3), file: 'D:\\repo\\pkg\\.env' });
    const abs = makeFinding({ raw: fakeOpenAiKey(4), file: '/srv/repo/./conf/app.yml' });
    expect(buildJsonReport(makeResult([win]), { root: 'D:\\repo\\' }).findings[0]!.file).toBe('pkg/.env');
    expect(buildJsonReport(makeResult([abs]), { root: '/srv/repo' }).findings[0]!.file).toBe('conf/app.yml');
    expect(buildJsonReport(makeResult([makeFinding({ raw: fakeOpenAiKey(5), file: './x/y.ts' })])).findings[0]!.file).toBe('x/y.ts');
  });

  it('adds scope (after stats), notices and skipped files without touching the contract', () => {
    const report = buildJsonReport(
      makeResult([], { scope: '3 commits', notices: ['partial view'], skipped: [{ path: 'big.bin', reason: 'too-large', detail: '11 MB' }] }),
    );
    expect(Object.keys(report)).toEqual(['version', 'findings', 'stats', 'scope', 'notices', 'skippedFiles']);
    expect(report.notices).toEqual(['partial view']);
    expect(report.skippedFiles).toEqual([{ path: 'big.bin', reason: 'too-large' }]);
    expect(report.findings).toEqual([]);
  });

  it('never copies the SecretValue object', () => {
    const report = buildJsonReport(makeResult([a]));
    expect(Object.keys(report.findings[0]!)).not.toContain('secret');
  });
});
