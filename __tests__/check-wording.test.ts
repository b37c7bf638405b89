/**
 * `keylint check` accuracy and wording: a key cut short is `truncated` (not `bad-charset` or
 * `wrong-provider`), an OpenAI key in MISTRAL_API_KEY is `wrong-provider` naming OpenAI, an
 * offline run never says "All healthy" for keys it did not verify, every failing row says FAIL,
 * "a/an" and "both/all" agree, and the fork advice never recommends pull_request_target.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCheck } from '../src/health/command.js';
import type { HealthJson, HealthJsonResult } from '../src/health/render.js';
import { articleFor, bothOrAll } from '../src/health/wording.js';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';

const key = (kind: string, seed = 'a'): string => KEY_KINDS[kind]!.make(rngFrom(`check-wording-${kind}-${seed}`)).value;

async function check(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; by: Record<string, HealthJsonResult> }> {
  let out = '';
  const io = { stdout: (s: string) => (out += s), stderr: (s: string) => (out += s) };
  const code = await runCheck([...args, '--offline'], env, io);
  let by: Record<string, HealthJsonResult> = {};
  if (args.includes('json')) by = Object.fromEntries((JSON.parse(out) as HealthJson).results.map((r) => [r.name, r]));
  return { code, out, by };
}
const codes = (r: HealthJsonResult | undefined): string[] => (r?.diagnoses ?? []).map((d) => d.code);

describe('truncated keys', () => {
  test.each([
    ['openai-proj', 'OPENAI_API_KEY', 0.5],
    ['openai-proj', 'OPENAI_API_KEY', 0.3],
    ['openai-svcacct', 'OPENAI_API_KEY', 0.5],
    ['github-fine', 'GH_TOKEN', 0.8],
    ['github-pat', 'GH_TOKEN', 0.6],
    ['anthropic', 'ANTHROPIC_API_KEY', 0.5],
    ['openai-legacy', 'OPENAI_API_KEY', 0.8],
    ['hf', 'HF_TOKEN', 0.8],
    ['mistral', 'MISTRAL_API_KEY', 0.8],
  ])('%s in %s cut to %s of its length: truncated only, with the "copy the whole key" fix', async (kind, name, frac) => {
    const full = key(kind);
    const cut = full.slice(0, Math.floor(full.length * frac));
    const r = await check([name, '--format', 'json'], { [name]: cut });
    expect(r.code).toBe(1);
    expect(codes(r.by[name])).toEqual(['truncated']);
    expect(r.by[name]!.fix).toMatch(/^Copy the whole key again \(the end is missing\)/);
    expect(r.by[name]!.diagnoses[0]!.message).toMatch(/cut off/);
    // The whole key has no such diagnosis.
    const whole = await check([name, '--format', 'json'], { [name]: full });
    expect(codes(whole.by[name])).toEqual([]);
  });

  test('a cut key forced to its provider (NAME=PROVIDER) is truncated too', async () => {
    const cut = key('github-fine').slice(0, 70);
    const r = await check(['MY_TOKEN=github', '--format', 'json'], { MY_TOKEN: cut });
    expect(codes(r.by['MY_TOKEN'])).toEqual(['truncated']);
  });

  test('a key with a character outside the charset is still bad-charset, not truncated', async () => {
    const full = key('openai-proj');
    const r = await check(['OPENAI_API_KEY', '--format', 'json'], { OPENAI_API_KEY: `${full.slice(0, 40)}*${full.slice(41)}` });
    expect(codes(r.by['OPENAI_API_KEY'])).toContain('bad-charset');
    expect(codes(r.by['OPENAI_API_KEY'])).not.toContain('truncated');
  });
});

describe('wrong provider', () => {
  test('an OpenAI key (sk-proj-…) in MISTRAL_API_KEY: wrong-provider naming OpenAI, with "an OpenAI key"', async () => {
    const r = await check(['MISTRAL_API_KEY', '--format', 'json'], { MISTRAL_API_KEY: key('openai-proj', 'm') });
    expect(r.code).toBe(1);
    const d = r.by['MISTRAL_API_KEY']!.diagnoses.find((x) => x.code === 'wrong-provider')!;
    expect(d.message).toBe('MISTRAL_API_KEY is a Mistral AI variable, but the value is an OpenAI key');
    expect(d.fix).toBe('Store a Mistral AI key in MISTRAL_API_KEY, and put the OpenAI key in OPENAI_API_KEY.');
  });

  test('a GitHub token in OPENAI_API_KEY: "an OpenAI variable", "a GitHub key"', async () => {
    const r = await check(['OPENAI_API_KEY', '--format', 'json'], { OPENAI_API_KEY: key('github-pat') });
    expect(r.by['OPENAI_API_KEY']!.diagnoses.find((x) => x.code === 'wrong-provider')!.message).toBe('OPENAI_API_KEY is an OpenAI variable, but the value is a GitHub key');
  });
});

describe('offline wording and marks', () => {
  test('offline, all well-formed: no "All healthy"; "all format ok, not verified"; exit 0', async () => {
    const env = { OPENAI_API_KEY: key('openai-proj', 'o1'), ANTHROPIC_API_KEY: key('anthropic', 'o2'), GH_TOKEN: key('github-pat', 'o3') };
    const r = await check(Object.keys(env), env);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/healthy/i);
    expect(r.out).toMatch(/3 secrets checked: 3 unverified\. All format ok, not verified\.\n$/);
  });

  test('offline, one well-formed and one broken: FAIL on the broken row, "1 unhealthy; 1 format ok, not verified"', async () => {
    const env = { OPENAI_API_KEY: key('openai-proj', 'o4'), GH_TOKEN: key('github-pat', 'o5').slice(0, 20) };
    const r = await check(Object.keys(env), env);
    expect(r.code).toBe(1);
    const rows = r.out.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('STATUS'));
    expect(rows.find((l) => l.includes('GH_TOKEN'))).toMatch(/^FAIL unverified\s+GH_TOKEN/);
    expect(rows.find((l) => l.includes('OPENAI_API_KEY'))).toMatch(/^- unverified\s+OPENAI_API_KEY/);
    expect(r.out).toMatch(/1 unhealthy; 1 format ok, not verified\.\n$/);
    expect(r.out).not.toMatch(/All healthy/);
  });

  test('every row with an error diagnosis shows FAIL (missing, empty, wrong provider, quoted)', async () => {
    const env = { B: '', C: key('github-pat', 'o6'), D: `"${key('openai-proj', 'o7')}"` };
    const r = await check(['A_UNSET', 'B=openai', 'C=openai', 'D=openai'], env);
    const rows = r.out.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('STATUS') && / [A-D](?:_UNSET)? /.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/^FAIL /);
  });

  test('one offline key: "format ok, not verified" (no count word)', async () => {
    const r = await check(['OPENAI_API_KEY'], { OPENAI_API_KEY: key('openai-proj', 'o8') });
    expect(r.out).toMatch(/1 secret checked: 1 unverified\. Format ok, not verified\.\n$/);
  });
});

describe('articles and counts', () => {
  test('a/an before provider names', () => {
    expect(['OpenAI', 'Anthropic', 'AWS', 'SSH', 'HF', 'Ably', 'Azure OpenAI', 'OpenAI-compatible proxy'].map(articleFor)).toEqual(['an', 'an', 'an', 'an', 'an', 'an', 'an', 'an']);
    expect(['GitHub', 'Mistral AI', 'GitLab', 'Uniswap', 'Stripe', 'PyPI', 'Vonage (Nexmo)', 'DeepSeek'].map(articleFor)).toEqual(['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a']);
    expect([bothOrAll(2), bothOrAll(3)]).toEqual(['both', 'all']);
  });

  test('conflict between two variables says "both set", never "all set"', async () => {
    const env = { GEMINI_API_KEY: key('google-api', 'g1'), GOOGLE_API_KEY: key('google-api', 'g2') };
    const r = await check(['GEMINI_API_KEY', 'GOOGLE_API_KEY', '--format', 'json'], env);
    const msgs = Object.values(r.by).flatMap((x) => x.diagnoses.filter((d) => d.code === 'conflict').map((d) => d.message));
    expect(msgs.length).toBeGreaterThan(0);
    for (const m of msgs) {
      expect(m).toMatch(/ are both set, to different values/);
      expect(m).not.toMatch(/are all set/);
    }
  });

  test('no "a OpenAI"/"a Anthropic" (a before a vowel sound) anywhere in a report', async () => {
    const env = { MISTRAL_API_KEY: key('openai-proj', 'x1'), OPENAI_API_KEY: 'sk-proj-abc', ANTHROPIC_API_KEY: key('openai-proj', 'x2').replace('sk-proj-', 'sk-ant-') };
    const r = await check(Object.keys(env), env);
    expect(r.out).not.toMatch(/\ba (?:OpenAI|Anthropic|AWS)\b/);
  });
});

describe('fork pull requests', () => {
  test('the empty-on-fork fix never recommends pull_request_target; it names pull_request + skip and workflow_run', async () => {
    const event = `${process.env.TMPDIR ?? '/tmp'}/keylint-wording-event-${process.pid}.json`;
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(event, JSON.stringify({ pull_request: { head: { repo: { fork: true, full_name: 'someone/app' } }, base: { repo: { full_name: 'acme/app' } } } }));
    try {
      const r = await check(['OPENAI_API_KEY', '--format', 'json'], { OPENAI_API_KEY: '', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
      const d = r.by['OPENAI_API_KEY']!.diagnoses.find((x) => x.code === 'empty')!;
      expect(d.message).toMatch(/from a fork/);
      expect(d.fix).not.toMatch(/pull_request_target/);
      expect(d.fix).toMatch(/pull_request/);
      expect(d.fix).toMatch(/workflow_run/);
    } finally {
      rmSync(event, { force: true });
    }
  });

  test('no doc or health source recommends pull_request_target for secrets', () => {
    const diagnose = readFileSync('src/health/diagnose.ts', 'utf8');
    expect(diagnose.split('\n').filter((l) => l.includes('pull_request_target') && !/event [!=]== 'pull_request_target'/.test(l))).toEqual([]);
    for (const f of ['docs/health-check.md', 'docs/github-action.md', 'README.md']) {
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (/(?:use|switch to|with) `?pull_request_target`?/i.test(line)) expect(line).toMatch(/\b(?:not|never)\b/i);
      }
    }
  });
});
