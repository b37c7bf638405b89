/**
 * `keylint scan --verify` through the bundled CLI against a mock provider on 127.0.0.1: each
 * distinct key asked once, statuses in JSON/SARIF/text, `--only-verified`, timeouts and 5xx,
 * and the safety rules (nothing sent without the flag, nothing sent to a host a scanned file
 * names, no raw key in any output).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALNUM, HEX, fakeKey } from '../src/providers/samples/fake.js';
import { tempDir } from './support/git-repo.js';
import { actionRunnerEnv, bundles, cleanEnv, leaks, runCli, runNode, runnerDir } from './support/hardening.js';
import { parseOutputs } from './support/action-env.js';
import { keyHash, MockProvider, replies } from './support/mock-provider.js';

const groq = (s: string): string => `gsk_${fakeKey(`verify-${s}`, ALNUM, 52)}`;
const deepseek = (s: string): string => `sk-${fakeKey(`verify-ds-${s}`, HEX, 32)}`;
const VALID = groq('valid');
const INVALID = groq('invalid');
const SLOW = groq('slow');
const DOWN = groq('down');
const QUOTA = deepseek('quota');
const ALL = [VALID, INVALID, SLOW, DOWN, QUOTA];

let mock: MockProvider;
/** A host named in a scanned file: it must never be asked anything. */
let hostile: MockProvider;
let dir: string;

beforeAll(async () => {
  mock = await MockProvider.start();
  hostile = await MockProvider.start(() => replies.openai.ok());
  mock.setHandler(({ key }) => {
    if (key === VALID) return replies.openai.ok();
    if (key === QUOTA) return { status: 402, body: { error: { message: 'Insufficient Balance', type: 'unknown_error' } } };
    if (key === SLOW) return { ...replies.openai.ok(), delayMs: 3000 };
    if (key === DOWN) return replies.openai.badGateway();
    return { status: 401, body: { error: { message: `Invalid API Key ${key ?? ''}`, code: 'invalid_api_key' } } };
  });
  dir = tempDir('keylint-verify-');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, '.env'), `GROQ_API_KEY=${VALID}\nOPENAI_BASE_URL=${hostile.url}/v1\nGROQ_BASE_URL=${hostile.url}\n`);
  writeFileSync(join(dir, 'src', 'a.py'), `GROQ_API_KEY = "${VALID}"\nOLD_GROQ_API_KEY = "${INVALID}"\n`);
  writeFileSync(join(dir, 'src', 'b.env'), `GROQ_API_KEY=${SLOW}\nBACKUP_GROQ_API_KEY=${DOWN}\nDEEPSEEK_API_KEY=${QUOTA}\nDB_PASSWORD=Zq8vN3kR7wLp2Xc9\n`);
}, 60_000);

afterAll(async () => {
  await mock.close();
  await hostile.close();
  rmSync(dir, { recursive: true, force: true });
});

const endpoints = (): string[] => ['--endpoint', `groq=${mock.url}`, '--endpoint', `deepseek=${mock.url}`];

interface JsonFinding {
  file: string;
  line: number;
  provider: string;
  verification?: { status: string; http?: number; detail?: string };
}

describe('scan --verify', () => {
  test('without --verify no request is sent and findings carry no verification', async () => {
    mock.reset();
    hostile.reset();
    const r = await runCli(['scan', dir, '--format', 'json'], { cwd: dir, env: cleanEnv() });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.every((f: JsonFinding) => f.verification === undefined)).toBe(true);
    expect([mock.requests.length, hostile.requests.length]).toEqual([0, 0]);
  });

  test('each status, each key asked once, nothing sent to a host the files name', async () => {
    mock.reset();
    hostile.reset();
    const r = await runCli(['scan', dir, '--format', 'json', '--verify', '--timeout', '1000', ...endpoints()], { cwd: dir, env: cleanEnv() });
    expect(r.code).toBe(1);
    const fs: JsonFinding[] = JSON.parse(r.stdout).findings;
    const status = (file: string, line: number): string | undefined => fs.find((f) => f.file === file && f.line === line)?.verification?.status;
    expect(status('.env', 1)).toBe('valid');
    expect(status('src/a.py', 1)).toBe('valid');
    expect(status('src/a.py', 2)).toBe('invalid');
    expect(status('src/b.env', 1)).toBe('unknown');
    expect(status('src/b.env', 2)).toBe('unknown');
    expect(status('src/b.env', 3)).toBe('quota-exhausted');
    expect(status('src/b.env', 4)).toBe('unsupported');
    expect(fs.find((f) => f.file === 'src/b.env' && f.line === 1)!.verification!.detail).toMatch(/1000 ms|no answer/);
    // VALID appears twice: one request for it. DOWN is retried (5xx), the others are asked once.
    const asked = (k: string): number => mock.requests.filter((q) => q.keyHash === keyHash(k)).length;
    expect([asked(VALID), asked(INVALID), asked(QUOTA), asked(SLOW)]).toEqual([1, 1, 1, 1]);
    expect(asked(DOWN)).toBeGreaterThan(1);
    expect(hostile.requests).toHaveLength(0);
    // The provider echoed the key back in its error: scrubbed.
    expect(leaks(r.stdout + r.stderr, ALL)).toEqual([]);
  }, 60_000);

  test('--only-verified keeps only live keys; exit 0 when none is live', async () => {
    const live = await runCli(['scan', dir, '--format', 'json', '--only-verified', '--timeout', '500', ...endpoints()], { cwd: dir, env: cleanEnv() });
    expect(live.code).toBe(1);
    expect(JSON.parse(live.stdout).findings.map((f: JsonFinding) => f.verification!.status)).toEqual(['valid', 'valid']);
    const only = join(dir, 'src', 'a.py');
    writeFileSync(only, `OLD_GROQ_API_KEY = "${INVALID}"\n`);
    try {
      const none = await runCli(['scan', only, '--only-verified', ...endpoints()], { cwd: dir, env: cleanEnv() });
      expect(none.code).toBe(0);
    } finally {
      writeFileSync(only, `GROQ_API_KEY = "${VALID}"\nOLD_GROQ_API_KEY = "${INVALID}"\n`);
    }
  }, 60_000);

  test('text: LIVE first with a summary line; SARIF: properties.verification, a live key is an error', async () => {
    const t = await runCli(['scan', dir, '--no-color', '--verify', '--timeout', '500', ...endpoints()], { cwd: dir, env: cleanEnv() });
    const rows = t.stdout.split('\n').filter((l) => /\.env|\.py/.test(l) && /:\d+:\d+/.test(l));
    expect(rows[0]).toMatch(/^LIVE/);
    expect(rows[1]).toMatch(/^LIVE/);
    expect(t.stdout).toMatch(/Verified: 2 live, 1 invalid, 1 out of quota, 2 unknown, 1 not verifiable/);
    const s = await runCli(['scan', dir, '--format', 'sarif', '--verify', '--timeout', '500', ...endpoints()], { cwd: dir, env: cleanEnv() });
    const results = JSON.parse(s.stdout).runs[0].results as Array<{ level: string; properties: { verification?: { status: string }; 'security-severity'?: string } }>;
    const live = results.filter((x) => x.properties.verification?.status === 'valid');
    expect(live.length).toBe(2);
    expect(live.every((x) => x.level === 'error' && x.properties['security-severity'] === '10.0')).toBe(true);
    expect(leaks(t.stdout + t.stderr + s.stdout + s.stderr, ALL)).toEqual([]);
  }, 60_000);

  test('bad options are one-line usage errors', async () => {
    for (const args of [['--endpoint', `groq=${mock.url}`], ['--verify', '--concurrency', '0'], ['--verify', '--endpoint', 'nosuch=https://x.example']]) {
      const r = await runCli(['scan', dir, ...args], { cwd: dir, env: cleanEnv() });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('the bundled Action with verify', () => {
  const run = async (inputs: Record<string, string>): Promise<{ code: number | null; stdout: string; summary: string; outputs: Record<string, string>; all: string }> => {
    const env = actionRunnerEnv(dir, { eventName: 'schedule', payload: { schedule: '0 3 * * *' }, inputs });
    try {
      const r = await runNode(bundles().action, [], { cwd: dir, env });
      const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
      const outputs = parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8'));
      return { code: r.code, stdout: r.stdout, summary, outputs, all: r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + r.stderr + summary + readFileSync(env.GITHUB_OUTPUT!, 'utf8') };
    } finally {
      rmSync(runnerDir(env), { recursive: true, force: true });
    }
  };

  test('verify: true — annotations and the summary carry the status, output `live` counts live keys, the files\' hosts are never asked', async () => {
    mock.reset();
    hostile.reset();
    const r = await run({ verify: 'true', endpoints: `groq=${mock.url}\ndeepseek=${mock.url}` });
    expect(r.code).toBe(1);
    // The Action waits the default 10 s: SLOW answers, live too. VALID is in two files: one key, asked once.
    expect(r.outputs.live).toBe('2');
    expect(mock.requests.filter((q) => q.keyHash === keyHash(VALID))).toHaveLength(1);
    expect(hostile.requests).toHaveLength(0);
    expect(r.stdout).toMatch(/^::error title=LIVE [^:]*::/m);
    expect(r.stdout).toMatch(/Verified LIVE: Groq accepted this key/);
    expect(r.stdout).toMatch(/^::error::keylint found \d+ hardcoded keys \(2 live\)/m);
    expect(r.summary).toMatch(/\*\*Verified:\*\* \*\*3 live\*\*, 1 invalid, 1 out of quota/);
    expect(r.summary).toMatch(/\| Status \| Location \|/);
    // Live rows first in the table.
    const rows = r.summary.split('\n').filter((l) => /^\| (\*\*LIVE|invalid|unknown|out|not|quota)/.test(l));
    expect(rows[0]).toMatch(/^\| \*\*LIVE\*\*/);
    expect(leaks(r.all, ALL)).toEqual([]);
  }, 90_000);

  test('without verify the Action sends nothing and sets no `live` output', async () => {
    mock.reset();
    hostile.reset();
    const r = await run({ endpoints: `groq=${mock.url}` });
    expect(r.code).toBe(1);
    expect(r.outputs.live).toBeUndefined();
    expect([mock.requests.length, hostile.requests.length]).toEqual([0, 0]);
    expect(r.summary).not.toMatch(/Verified/);
    // The log's wording: one `via`, plurals spelled out.
    expect(r.stdout).toMatch(/^keylint: scanned \d+ files via \w+/m);
    expect(r.stdout).not.toMatch(/ via \w+ via |\(s\)/);
  }, 90_000);
});
