/**
 * Redaction audit over every provider's positive samples, through the bundled CLI and Action
 * as users run them: scan in every format (text, JSON, SARIF, --output, --verbose), the hook,
 * `keylint baseline`, `keylint check` (offline and against a loopback mock that echoes the
 * key back in its error body), and the Action in scan and check modes. No raw secret and no
 * 12-character window of a secret's middle may appear in stdout, stderr or any written file;
 * in the Action, each value is masked (`::add-mask::`) before anything derived from it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { providers } from '../src/providers/registry.js';
import { allSamples } from '../src/providers/samples/index.js';
import { fingerprint, redact } from '../src/secret.js';
import { actionRunnerEnv, bundles, filesUnder, leaks, runCli, runNode, runnerDir, STACK_FRAME, type Proc } from './support/hardening.js';
import { GitRepo, tempDir } from './support/git-repo.js';
import { MockProvider } from './support/mock-provider.js';

interface Sample {
  provider: string;
  rule: string;
  secret: string;
  file: string;
  env: string;
}

const samples: Sample[] = allSamples.flatMap((s) =>
  s.positives.map((p, i) => ({ provider: s.provider, rule: p.rule, secret: p.secret, file: `samples/${s.provider}-${i}.txt`, env: `KL_${s.provider.replace(/-/g, '_').toUpperCase()}_${i}` })),
);
const texts = new Map(allSamples.flatMap((s) => s.positives.map((p, i) => [`samples/${s.provider}-${i}.txt`, p.text] as const)));
const secrets = [...new Set(samples.map((s) => s.secret))];
const liveIds = providers.filter((p) => p.live).map((p) => p.id);
/** Documented, public text (rule descriptions and patterns, key formats): fixed prefixes live here. */
const PUBLIC = providers.flatMap((p) => [p.name, p.rotateUrl, ...p.rules.flatMap((r) => [r.description, r.pattern, ...r.keywords]), JSON.stringify(p.format ?? {})]).join('\n');
const leaksIn = (text: string, where: string): string[] => leaks(text, secrets, where, PUBLIC);

let repo: GitRepo;
let mock: MockProvider;
const cleanups: Array<() => void> = [];

/** Texts to audit, by where they came from. */
const audited: Array<[string, string]> = [];
function audit(where: string, r: Proc): void {
  audited.push([`${where} stdout`, r.stdout], [`${where} stderr`, r.stderr]);
}

beforeAll(async () => {
  bundles();
  repo = GitRepo.init();
  cleanups.push(() => repo.cleanup());
  for (const [file, text] of texts) repo.write(file, text);
  // Echoes everything that could carry the key (auth headers, URL) back in a 401 body.
  mock = await MockProvider.start(({ headers, path }) => ({
    status: 401,
    body: { error: { message: `Incorrect API key provided: ${JSON.stringify(headers)} at ${path}`, code: 'invalid_api_key' } },
  }));
}, 180_000);

afterAll(async () => {
  await mock?.close();
  for (const c of cleanups.reverse()) c();
});

test('the leak measure flags a raw value and a 12-char piece of the middle, not the redacted form', () => {
  const s = secrets.find((x) => x.length > 40)!;
  expect(leaksIn(`x ${s} y`, 't')).toHaveLength(1);
  expect(leaksIn(`x ${s.slice(10, 22)} y`, 't')).toHaveLength(1);
  expect(leaksIn(`x ${redact(s)} ${s.slice(10, 21)} y`, 't')).toEqual([]);
});

describe('the bundled CLI', () => {
  test('scan in every format, --output, --verbose and the hook: every sample is found, nothing leaks', async () => {
    const out = tempDir('keylint-redaction-out-');
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    const cwd = repo.dir;
    const runs: Array<[string, string[]]> = [
      ['text', ['scan', '--no-color', '.']],
      ['verbose', ['scan', '-v', '.']],
      ['json', ['scan', '--format', 'json', '.']],
      ['sarif', ['scan', '--format', 'sarif', '.']],
      ['json to file', ['scan', '--format', 'json', '-o', join(out, 'r.json'), '.']],
      ['sarif to file', ['scan', '--format', 'sarif', '--output', join(out, 'r.sarif'), '.']],
      ['text to file', ['scan', '-o', join(out, 'r.txt'), '-v', '.']],
      ['hook', ['hook', ...texts.keys()]],
    ];
    const results = await Promise.all(runs.map(([, args]) => runCli(args, { cwd })));
    results.forEach((r, i) => {
      expect([runs[i]![0], r.code]).toEqual([runs[i]![0], 1]);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      audit(`scan ${runs[i]![0]}`, r);
    });
    // Every sample was seen: its fingerprint is in the JSON report.
    const json = JSON.parse(results[2]!.stdout) as { findings: Array<{ fingerprint: string }> };
    const prints = new Set(json.findings.map((f) => f.fingerprint));
    const missing = samples.filter((s) => !prints.has(fingerprint(s.rule, s.file, s.secret))).map((s) => `${s.file} ${s.rule}`);
    expect(missing).toEqual([]);
    for (const [path, text] of filesUnder(out)) audited.push([path, text]);
    const found = audited.flatMap(([where, text]) => leaksIn(text, where));
    expect(found).toEqual([]);
  });

  test('keylint baseline: the baseline file and the output', async () => {
    const r = await runCli(['baseline', '.'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const file = readFileSync(join(repo.dir, '.keylint-baseline.json'), 'utf8');
    rmSync(join(repo.dir, '.keylint-baseline.json'));
    expect(JSON.parse(file).findings.length).toBeGreaterThanOrEqual(samples.length);
    expect([...leaksIn(r.stdout + r.stderr, 'baseline output'), ...leaksIn(file, 'baseline file')]).toEqual([]);
  });

  test('keylint check: offline and live against an echoing mock, text and JSON, --output', async () => {
    const out = tempDir('keylint-redaction-check-');
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
    for (const s of samples) env[s.env] = s.secret;
    // Pasted noise too: the cleaned value must not leak either.
    env.KL_NOISY = ` Bearer "${samples[0]!.secret}"\n`;
    const names = [...samples.map((s) => `${s.env}=${s.provider}`), `KL_NOISY=${samples[0]!.provider}`];
    const endpoints = liveIds.flatMap((id) => ['--endpoint', `${id}=${mock.url}`]);
    const runs: string[][] = [
      [...names, '--offline'],
      [...names, '--offline', '--format', 'json'],
      [...names, ...endpoints, '--timeout', '5000'],
      [...names, ...endpoints, '--format', 'json', '--output', join(out, 'check.json')],
      [...names, ...endpoints, '--output', join(out, 'check.txt')],
    ];
    const results = await Promise.all(runs.map((args) => runCli(['check', ...args], { cwd: repo.dir, env })));
    for (const r of results) {
      expect([0, 1]).toContain(r.code);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
    // The mock did receive keys (the live path ran) and echoed them back.
    expect(mock.requests.filter((q) => q.keyPresented).length).toBeGreaterThan(10);
    const json = JSON.parse(results[1]!.stdout) as { results: unknown[] };
    expect(json.results).toHaveLength(names.length);
    const texts = [...results.flatMap((r, i) => [[`check ${i} stdout`, r.stdout], [`check ${i} stderr`, r.stderr]] as Array<[string, string]>), ...filesUnder(out)];
    expect(texts.flatMap(([where, text]) => leaksIn(text, where))).toEqual([]);
  });
});

/** Lines of the Action's stdout minus the mask commands, and the index of each masked value. */
function splitMasks(stdout: string): { lines: string[]; maskedAt: Map<string, number> } {
  const lines = stdout.split('\n');
  const maskedAt = new Map<string, number>();
  lines.forEach((l, i) => {
    if (l.startsWith('::add-mask::')) {
      // The command's data is escaped as @actions/core writes it (`%`, CR and LF): a PEM key or
      // a percent-encoded token is masked as a whole (and, being multi-line, line by line too).
      const v = l
        .slice('::add-mask::'.length)
        .replace(/%0D/g, '\r')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%');
      if (!maskedAt.has(v)) maskedAt.set(v, i);
    }
  });
  return { lines, maskedAt };
}

function auditAction(r: Proc, env: NodeJS.ProcessEnv, label: string): string[] {
  const { lines } = splitMasks(r.stdout);
  const unmasked = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n');
  return [
    ...leaksIn(unmasked, `${label} stdout`),
    ...leaksIn(r.stderr, `${label} stderr`),
    ...filesUnder(runnerDir(env)).flatMap(([p, t]) => leaksIn(t, p)),
  ];
}

/** Each secret: masked, and masked before the first line holding its redacted form. */
function maskOrder(stdout: string, values: readonly string[]): string[] {
  const { lines, maskedAt } = splitMasks(stdout);
  const problems: string[] = [];
  for (const v of values) {
    const at = maskedAt.get(v);
    const shown = redact(v.trim());
    const first = lines.findIndex((l) => !l.startsWith('::add-mask::') && l.includes(shown));
    if (at === undefined) problems.push(`not masked: ${shown}`);
    else if (first !== -1 && first < at) problems.push(`printed at line ${first} before its mask at ${at}: ${shown}`);
  }
  return problems;
}

describe('the bundled Action', () => {
  test('scan mode over the tree (schedule): masks first, no leak in logs, summary, outputs, JSON and SARIF', async () => {
    const env = actionRunnerEnv(repo.dir, { eventName: 'schedule', payload: { schedule: '0 3 * * *' }, inputs: { 'sarif-file': join(tempDir('keylint-sarif-'), 'k.sarif') } });
    cleanups.push(() => rmSync(runnerDir(env), { recursive: true, force: true }));
    const sarifDir = join(env["INPUT_SARIF-FILE"]!, '..');
    cleanups.push(() => rmSync(sarifDir, { recursive: true, force: true }));
    const r = await runNode(bundles().action, [], { cwd: repo.dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::keylint found \d+ hardcoded keys/m);
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
    expect(maskOrder(r.stdout, secrets)).toEqual([]);
    const sarif = readFileSync(env["INPUT_SARIF-FILE"]!, 'utf8');
    expect([...auditAction(r, env, 'action scan'), ...leaksIn(sarif, 'sarif')]).toEqual([]);
  });

  test('check mode against the echoing mock: every value masked before it is described, nothing leaks', async () => {
    const extra: NodeJS.ProcessEnv = {};
    for (const s of samples) extra[s.env] = s.secret;
    extra.KL_NOISY = ` Bearer "${samples[0]!.secret}"\n`;
    const env = actionRunnerEnv(repo.dir, {
      eventName: 'push',
      payload: {},
      inputs: {
        mode: 'check',
        secrets: [...samples.map((s) => `${s.env}=${s.provider}`), `KL_NOISY=${samples[0]!.provider}`].join('\n'),
        endpoints: liveIds.map((id) => `${id}=${mock.url}`).join('\n'),
      },
      extra,
    });
    cleanups.push(() => rmSync(runnerDir(env), { recursive: true, force: true }));
    mock.reset();
    const r = await runNode(bundles().action, [], { cwd: repo.dir, env });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
    expect(mock.requests.filter((q) => q.keyPresented).length).toBeGreaterThan(10);
    expect(maskOrder(r.stdout, secrets)).toEqual([]);
    expect(auditAction(r, env, 'action check')).toEqual([]);
  });
});
