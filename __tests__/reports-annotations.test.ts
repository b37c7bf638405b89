import { describe, expect, it } from '@jest/globals';
import { buildAnnotations } from '../src/reports/annotations.js';
import { hardcodedTitle } from '../src/reports/guidance.js';
import type { Finding } from '../src/types.js';
import { fakeGithubToken, fakeOpenAiKey, makeFinding, providers, SHA_A } from './reports-fixtures.js';

function many(n: number, confidence: Finding['confidence'] = 'high'): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    makeFinding({ raw: fakeOpenAiKey(i + 100), file: `src/f${String(i).padStart(3, '0')}.ts`, line: i + 1, confidence }),
  );
}

describe('buildAnnotations', () => {
  it('titles, locates and explains each finding', () => {
    const f = makeFinding({ raw: fakeGithubToken(1), file: 'app/settings.py', line: 12, column: 14, rule: 'github-pat', provider: 'github', providerName: 'GitHub' });
    const { annotations, omitted } = buildAnnotations([f], providers, { max: 10 });
    expect(omitted).toBe(0);
    expect(annotations).toHaveLength(1);
    const a = annotations[0]!;
    expect(a).toMatchObject({ level: 'error', file: 'app/settings.py', startLine: 12, endLine: 12, startColumn: 14, endColumn: 14 + 40 - 1, title: 'GitHub key hardcoded' });
    expect(a.message).toContain(f.redacted);
    expect(a.message).toContain('repository secret');
    expect(a.message).toContain('rotate it at https://github.com/settings/tokens');
    expect(a.message).toContain('keylint:allow');
    expect(a.message).toMatch(/allow.*config.*baseline/);
  });

  it('drops columns for multi-line findings and names the commit when there is one', () => {
    const f = makeFinding({ raw: fakeOpenAiKey(2), file: 'k.pem', line: 1, column: 1, endLine: 20, commit: SHA_A });
    const [a] = buildAnnotations([f], providers, { max: 10 }).annotations;
    expect(a!.startColumn).toBeUndefined();
    expect(a!.endColumn).toBeUndefined();
    expect(a!.endLine).toBe(20);
    expect(a!.message).toContain('in commit a1b2c3d');
  });

  it('uses warnings for low-confidence findings and a fitting title for generic ones', () => {
    const f = makeFinding({ raw: 'xK9vQ2mZ8pL4wR7t', rule: 'generic-secret-assignment', provider: 'generic', providerName: 'Generic secret', confidence: 'low' });
    const [a] = buildAnnotations([f], providers, { max: 10 }).annotations;
    expect(a!.level).toBe('warning');
    expect(a!.title).toBe('Generic secret hardcoded');
    expect(a!.message).toContain('rotate it where it was issued');
  });

  it('annotates exactly max findings when they fit', () => {
    const { annotations, omitted } = buildAnnotations(many(10), providers, { max: 10 });
    expect(annotations).toHaveLength(10);
    expect(omitted).toBe(0);
    expect(annotations.every((a) => a.title === 'OpenAI key hardcoded')).toBe(true);
  });

  it('past the cap, keeps max-1 findings and one aggregate pointing at the first omitted one', () => {
    const findings = many(25);
    const { annotations, omitted } = buildAnnotations([...findings].reverse(), providers, { max: 10 });
    expect(annotations).toHaveLength(10);
    expect(omitted).toBe(16);
    expect(annotations.slice(0, 9).map((a) => a.file)).toEqual(findings.slice(0, 9).map((f) => f.file));
    const agg = annotations[9]!;
    expect(agg.level).toBe('error');
    expect(agg.file).toBe('src/f009.ts');
    expect(agg.title).toBe('16 more keys hardcoded (see the job summary)');
    expect(agg.message).toContain('src/f009.ts:10 (OpenAI)');
    expect(agg.message).toContain('and 11 more');
    expect(agg.message).toContain('job summary');
  });

  it('caps errors and warnings separately (GitHub limits each level per step)', () => {
    const { annotations, omitted } = buildAnnotations([...many(12, 'high'), ...many(3, 'low')], providers, { max: 10 });
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(omitted).toBe(3);
  });

  it('puts high-confidence findings in the annotated slots first', () => {
    const medium = many(5, 'medium');
    const high = makeFinding({ raw: fakeOpenAiKey(999), file: 'zzz/last.ts' });
    const { annotations } = buildAnnotations([...medium, high], providers, { max: 3 });
    expect(annotations[0]!.file).toBe('zzz/last.ts');
    expect(annotations[2]!.title).toBe('4 more keys hardcoded (see the job summary)');
  });

  it('returns nothing for no findings', () => {
    expect(buildAnnotations([], providers, { max: 10 })).toEqual({ annotations: [], omitted: 0 });
  });
});

describe('hardcodedTitle', () => {
  it.each([
    ['OpenAI', 'OpenAI key hardcoded'],
    ['Hugging Face', 'Hugging Face key hardcoded'],
    ['Private key', 'Private key hardcoded'],
    ['Slack webhook', 'Slack webhook hardcoded'],
    ['Google API key (Gemini)', 'Google API key (Gemini) hardcoded'],
    ['Anthropic (admin key)', 'Anthropic (admin key) hardcoded'],
    ['Credentials in URL', 'Credentials in URL hardcoded'],
    ['Keyboard', 'Keyboard key hardcoded'],
    ['', 'Secret hardcoded'],
  ])('%p → %p', (name, title) => {
    expect(hardcodedTitle(name)).toBe(title);
  });
});
