import { describe, expect, it } from '@jest/globals';
import { shouldUseColor } from '../src/reports/color.js';
import { formatBytes, formatDuration, sanitize } from '../src/reports/format.js';
import { formatText } from '../src/reports/text.js';
import { fakeGithubToken, fakeOpenAiKey, makeFinding, makeResult, providers, SHA_A } from './reports-fixtures.js';

const ANSI = /\u001b\[/;

describe('formatText', () => {
  const findings = [
    makeFinding({ raw: fakeOpenAiKey(1), file: 'src/config.ts', line: 3, column: 17 }),
    makeFinding({ raw: fakeGithubToken(2), file: 'deploy/ci/settings.yml', line: 120, column: 5, rule: 'github-pat', provider: 'github', providerName: 'GitHub' }),
    makeFinding({ raw: fakeOpenAiKey(3), file: 'src/config.ts', line: 9, column: 1, commit: SHA_A }),
  ];

  it('prints one aligned line per finding, sorted, with the commit short sha', () => {
    const out = formatText(makeResult(findings), { color: false, providers });
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^deploy\/ci\/settings\.yml:120:5\s+GitHub\s+github-pat\s+ghp_…\S+ \(40 chars\)$/);
    expect(lines[1]).toMatch(/^src\/config\.ts:3:17\s+OpenAI\s+openai-project-key\s+sk-p…\S+ \(56 chars\)$/);
    expect(lines[2]).toMatch(/commit a1b2c3d$/);
    // Columns are aligned: provider and rule start at the same offset on every line.
    const providerCol = lines.slice(0, 3).map((l) => l.search(/(GitHub|OpenAI)/));
    const ruleCol = lines.slice(0, 3).map((l) => l.search(/(github-pat|openai-project-key)/));
    expect(new Set(providerCol).size).toBe(1);
    expect(new Set(ruleCol).size).toBe(1);
  });

  it('ends with a summary line and the how-to-fix hint with rotation pages', () => {
    const result = makeResult(findings, {
      skipped: [
        { path: 'img/logo.png', reason: 'binary' },
        { path: 'dump.sql', reason: 'too-large', detail: '12 MB' },
      ],
      stats: { files: 120, bytes: 1_234_567, skipped: 2, durationMs: 45 },
    });
    const out = formatText(result, { color: false, providers });
    expect(out).toContain('3 secrets in 2 files · 120 files scanned (1.2 MB) in 45 ms · 2 skipped (1 binary, 1 too-large)');
    expect(out).toContain('https://platform.openai.com/api-keys');
    expect(out).toContain('https://github.com/settings/tokens');
    expect(out).toContain('# keylint:allow');
    expect(out).not.toContain('img/logo.png'); // skipped files only when verbose
    const verbose = formatText(result, { color: false, providers, verbose: true });
    expect(verbose).toContain('skipped  img/logo.png  binary');
    expect(verbose).toContain('skipped  dump.sql  too-large (12 MB)');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('says clearly when nothing was found, and shows notices and scope', () => {
    const out = formatText(makeResult([], { notices: ['only the last 250 commits were scanned'], scope: '3 commits a1b2c3d..d4e5f6a' }), { color: false });
    expect(out).toContain('No secrets found · 120 files scanned (1.2 MB) in 45 ms · 3 commits a1b2c3d..d4e5f6a');
    expect(out).toContain('notice: only the last 250 commits were scanned');
    expect(out).not.toContain('How to fix');
  });

  it('colours only when asked', () => {
    expect(formatText(makeResult(findings), { color: true, providers })).toMatch(ANSI);
    expect(formatText(makeResult(findings), { color: false, providers })).not.toMatch(ANSI);
  });

  it('neutralises terminal escapes and newlines in file names', () => {
    const evil = 'a\u001b[2J\nFAKE.ts:1:1  OpenAI\u202e.ts';
    const out = formatText(makeResult([makeFinding({ raw: fakeOpenAiKey(4), file: evil })]), { color: false });
    expect(out).not.toMatch(ANSI);
    expect(out).not.toContain('\u202e');
    expect(out.split('\n')[0]).toContain('a\\x1b[2J\\nFAKE.ts:1:1  OpenAI\\u202e.ts:3:17');
  });

  it('relativises absolute paths under the root and uses forward slashes', () => {
    const out = formatText(makeResult([makeFinding({ raw: fakeOpenAiKey(5), file: 'C:\\work\\repo\\src\\a.ts' })]), { color: false, root: 'C:\\work\\repo' });
    expect(out.startsWith('src/a.ts:3:17')).toBe(true);
  });
});

describe('shouldUseColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [undefined, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [false, { FORCE_COLOR: '' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [true, { FORCE_COLOR: 'false' }, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [true, { TERM: 'dumb' }, false],
  ] as const)('isTTY=%p env=%p → %p', (isTTY, env, expected) => {
    expect(shouldUseColor({ isTTY, env })).toBe(expected);
  });
});

describe('format helpers', () => {
  it('formats bytes and durations', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(52_000_000_000)).toBe('52.0 GB');
    expect(formatDuration(45.4)).toBe('45 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(123_000)).toBe('2 min 3 s');
  });

  it('sanitises in linear time', () => {
    const time = (n: number): number => {
      const s = '\u001b'.repeat(n) + 'x'.repeat(n);
      const t = process.hrtime.bigint();
      sanitize(s);
      return Number(process.hrtime.bigint() - t);
    };
    // 8× the size, the fastest of three runs each: linear gives ~8, quadratic ~64. (One run of
    // each at 4× gave 19.5 against a limit of 16 once, on a loaded machine.)
    const fastest = (n: number): number => Math.max(Math.min(time(n), time(n), time(n)), 1);
    time(10_000);
    const small = fastest(100_000);
    const big = fastest(800_000);
    expect(big / small).toBeLessThan(24);
  });
});
