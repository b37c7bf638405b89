/** Action inputs, read through a mocked @actions/core. */
import { beforeEach, describe, expect, jest, test } from '@jest/globals';

const inputs = new Map<string, string>();
jest.unstable_mockModule('@actions/core', () => ({
  getInput: (name: string) => inputs.get(name) ?? '',
}));
const { readInputs, splitList } = await import('../src/action/inputs.js');
const { UsageError } = await import('../src/types.js');

beforeEach(() => inputs.clear());

describe('readInputs', () => {
  test('defaults when the workflow sets nothing', () => {
    const got = readInputs();
    expect(got).toEqual({
      mode: 'scan',
      scope: 'auto',
      paths: [],
      exclude: [],
      config: undefined,
      baseline: undefined,
      failOnFindings: true,
      sarifFile: undefined,
      githubToken: undefined,
      secrets: [],
      endpoints: [],
      verify: false,
      prComments: true,
      healthIssue: false,
      expiryWarningDays: 14,
    });
  });

  test('every input parsed', () => {
    inputs.set('mode', 'Both');
    inputs.set('scope', 'commits');
    inputs.set('paths', 'src\nlib, docs/api\n');
    inputs.set('exclude', '**/*.{md,txt}, fixtures/**\n# a comment\n');
    inputs.set('config', ' .github/keylint.yml ');
    inputs.set('baseline', 'none');
    inputs.set('fail-on-findings', 'False');
    inputs.set('sarif-file', 'out/keylint.sarif');
    inputs.set('github-token', 'ghs_abc');
    inputs.set('secrets', 'OPENAI_API_KEY\nPROXY_KEY=openai@https://proxy.example.com/v1\n');
    inputs.set('endpoints', 'openai=https://proxy.example.com/v1');
    const got = readInputs();
    expect(got.mode).toBe('both');
    expect(got.scope).toBe('commits');
    expect(got.paths).toEqual(['src', 'lib', 'docs/api']);
    expect(got.exclude).toEqual(['**/*.{md,txt}', 'fixtures/**']);
    expect(got.config).toBe('.github/keylint.yml');
    expect(got.baseline).toBe(false);
    expect(got.failOnFindings).toBe(false);
    expect(got.sarifFile).toBe('out/keylint.sarif');
    expect(got.githubToken).toBe('ghs_abc');
    expect(got.secrets).toEqual(['OPENAI_API_KEY', 'PROXY_KEY=openai@https://proxy.example.com/v1']);
    expect(got.endpoints).toEqual(['openai=https://proxy.example.com/v1']);
  });

  test('pr-comments false turns the review comments off', () => {
    inputs.set('pr-comments', 'false');
    expect(readInputs().prComments).toBe(false);
  });

  test('a baseline path is kept', () => {
    inputs.set('baseline', '.keylint-baseline.json');
    expect(readInputs().baseline).toBe('.keylint-baseline.json');
  });

  test.each([
    ['mode', 'scann', "input 'mode' must be one of scan, check, both (got 'scann')"],
    ['scope', 'everything', "input 'scope' must be one of auto, diff, commits, all, history (got 'everything')"],
    ['fail-on-findings', 'yes', "input 'fail-on-findings' must be true or false (got 'yes')"],
    ['verify', 'maybe', "input 'verify' must be true or false (got 'maybe')"],
    ['pr-comments', 'off', "input 'pr-comments' must be true or false (got 'off')"],
    ['paths', '--output=x', "input 'paths': '--output=x' looks like an option, not a path"],
    ['endpoints', 'openai https://x', "input 'endpoints': each line must be PROVIDER=URL (got 'openai https://x')"],
  ])('bad %s → one-line UsageError', (name, value, message) => {
    inputs.set(name, value);
    let err: unknown;
    try {
      readInputs();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toBe(message);
    expect((err as Error).message).not.toContain('\n');
  });

  test('a long multi-line bad value is cut to one short line', () => {
    inputs.set('mode', 'x'.repeat(100) + '\nsecond line');
    expect(() => readInputs()).toThrow(/^input 'mode' must be one of scan, check, both \(got 'x{57}\.\.\.'\)$/);
  });
});

describe('splitList', () => {
  test('newlines and commas, brace globs intact, blanks and comments dropped', () => {
    expect(splitList('a, b\n\n  c  \n# no\n{x,y}/**,z')).toEqual(['a', 'b', 'c', '{x,y}/**', 'z']);
    expect(splitList('')).toEqual([]);
    expect(splitList('a\r\nb')).toEqual(['a', 'b']);
  });
});
