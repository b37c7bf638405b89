/**
 * End to end: the bundled action run as a child process exactly as the runner runs it, over a
 * pull request in a temporary repository checked out like actions/checkout does by default
 * (depth 1, the PR's merge commit), with `origin` pointing at the full repository so the
 * action can fetch what is missing. No network: the API URL is a closed loopback port.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { actionBundle, parseOutputs, runAction, type RunnerRun } from './support/action-env.js';
import { GitRepo, tempDir, testGitEnv } from './support/git-repo.js';

const make = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(seed)).value;

const OPENAI = make('openai-proj', 'action-e2e-openai');
const ANTHROPIC = make('anthropic', 'action-e2e-anthropic');
const GOOGLE_INTERMEDIATE = make('google-api', 'action-e2e-google');
const ON_MAIN_ONLY = make('github-pat', 'action-e2e-main');
const KEYS = [OPENAI, ANTHROPIC, GOOGLE_INTERMEDIATE, ON_MAIN_ONLY];

interface Fixture {
  origin: GitRepo;
  workspace: string;
  base: string;
  head: string;
  merge: string;
  commits: string[];
  payload: unknown;
}

/** main: c1, c2 — feature branches off c2 — main moves on (c3 adds a key of its own). */
function buildFixture(): Fixture {
  const origin = GitRepo.init();
  origin.write('README.md', '# app\n').write('src/app.ts', 'export const app = 1;\n');
  origin.commit('c1');
  origin.write('src/util.ts', 'export const util = 2;\n');
  const forkPoint = origin.commit('c2');

  origin.git('checkout', '-q', '-b', 'feature');
  origin.write(
    'config/settings.py',
    ['import os', '', `OPENAI_API_KEY = "${OPENAI}"`, 'MODEL = "gpt-4o"', 'FROM_ENV = os.environ.get("OPENAI_API_KEY")', ''].join('\n'),
  );
  origin.write('src/client.ts', ['export const client = {', '  region: "eu",', '  timeout: 30,', '  placeholder: "sk-ant-your-key-here",', `  anthropic: "${ANTHROPIC}",`, '};', ''].join('\n'));
  const a = origin.commit('add settings and client');
  origin.write('notes.txt', `temporary\nGOOGLE_API_KEY=${GOOGLE_INTERMEDIATE}\n`);
  const b = origin.commit('notes');
  origin.remove('notes.txt');
  const c = origin.commit('remove notes');

  origin.git('checkout', '-q', 'main');
  origin.write('legacy.env', `GITHUB_TOKEN=${ON_MAIN_ONLY}\n`);
  const base = origin.commit('c3 on main');
  expect(base).not.toBe(forkPoint);

  // GitHub's refs/pull/1/head and refs/pull/1/merge.
  origin.git('update-ref', 'refs/pull/1/head', c);
  origin.git('checkout', '-q', '-b', 'pr-merge', base);
  origin.git('merge', '-q', '--no-ff', '-m', 'Merge feature into main', c);
  const merge = origin.head();
  origin.git('update-ref', 'refs/pull/1/merge', merge);
  origin.git('checkout', '-q', 'main');

  // actions/checkout, default fetch-depth 1: only the merge commit.
  const workspace = join(tempDir('keylint-ws-'), 'app');
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'pr-merge', `file://${origin.dir}`, workspace], { env: testGitEnv() });
  const ws = GitRepo.at(workspace);
  expect(ws.git('rev-parse', '--is-shallow-repository')).toBe('true');
  expect(() => ws.git('cat-file', '-e', `${c}^{commit}`)).toThrow();

  const repo = { full_name: 'acme/app', name: 'app', owner: { login: 'acme' }, default_branch: 'main', fork: false };
  const payload = {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      state: 'open',
      title: 'Add settings',
      commits: 3,
      changed_files: 2,
      head: { ref: 'feature', sha: c, repo },
      base: { ref: 'main', sha: base, repo },
    },
    repository: repo,
    sender: { login: 'dev' },
  };
  return { origin, workspace, base, head: c, merge, commits: [a, b, c], payload };
}

function assertNoRawKey(run: RunnerRun, extra: string[]): void {
  const masked = new Set<string>();
  const stdoutUnmasked = run.stdout
    .split('\n')
    .filter((line) => {
      if (line.startsWith('::add-mask::')) {
        masked.add(line.slice('::add-mask::'.length));
        return false;
      }
      return true;
    })
    .join('\n');
  for (const key of KEYS) {
    expect(stdoutUnmasked).not.toContain(key);
    expect(run.stderr).not.toContain(key);
    for (const text of extra) expect(text).not.toContain(key);
  }
  return void masked;
}

describe('the bundled action on a pull request (shallow checkout)', () => {
  let fx: Fixture;
  let run: RunnerRun;

  beforeAll(() => {
    actionBundle();
    fx = buildFixture();
    run = runAction({
      workspace: fx.workspace,
      eventName: 'pull_request',
      payload: fx.payload,
      sha: fx.merge,
      ref: 'refs/pull/1/merge',
      inputs: { 'sarif-file': 'reports/keylint.sarif' },
    });
  }, 180_000);

  afterAll(() => {
    fx?.origin.cleanup();
    if (fx) rmSync(join(fx.workspace, '..'), { recursive: true, force: true });
    if (run) rmSync(run.files.dir, { recursive: true, force: true });
  });

  test('fails the step (findings and fail-on-findings true), without a stack trace', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::keylint found 3 hardcoded keys/m);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  test('annotates each key added by the PR at its file, line and columns in the head', () => {
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file='));
    const openai = errors.filter((l) => l.includes('file=config/settings.py'));
    expect(openai).toHaveLength(1);
    const col = 'OPENAI_API_KEY = "'.length + 1;
    expect(openai[0]).toMatch(new RegExp(`^::error title=OpenAI [^,]*key hardcoded,file=config/settings\\.py,line=3,endLine=3,col=${col},endColumn=${col + OPENAI.length - 1}::`));
    const anthropic = errors.filter((l) => l.includes('file=src/client.ts'));
    expect(anthropic).toHaveLength(1);
    expect(anthropic[0]).toMatch(/^::error title=Anthropic [^,]*hardcoded,file=src\/client\.ts,line=5,endLine=5,/);
    // The message carries the fix and the allow hint (escaped newlines in the command).
    expect(openai[0]).toMatch(/secret/i);
    expect(openai[0]).toMatch(/keylint:allow/);
    // Nothing else: not the key only on main, not the removed one, not the placeholder.
    expect(errors).toHaveLength(2);
    expect(run.stdout).not.toMatch(/file=legacy\.env/);
    expect(run.stdout).not.toMatch(/file=notes\.txt/);
  });

  test('masks every key before printing anything about it', () => {
    const lines = run.stdout.split('\n');
    const masks = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('::add-mask::'));
    for (const key of [OPENAI, ANTHROPIC, GOOGLE_INTERMEDIATE]) {
      const idx = masks.find(([l]) => l === `::add-mask::${key}`)?.[1];
      expect(idx).toBeDefined();
      const firstMention = lines.findIndex((l) => l.startsWith('::error ') || /hardcoded|keys? in/.test(l));
      expect(idx!).toBeLessThan(firstMention);
    }
    expect(masks.some(([l]) => l.includes(ON_MAIN_ONLY))).toBe(false);
  });

  test('writes a job summary with the table, the intermediate commit and what was scanned', () => {
    const summary = readFileSync(run.files.summary, 'utf8');
    expect(summary).toMatch(/keylint: 2 keys in 2 files, 1 more in intermediate commits/);
    expect(summary).toContain(`https://github.com/acme/app/blob/${fx.head}/config/settings.py#L3`);
    expect(summary).toContain(`https://github.com/acme/app/blob/${fx.head}/src/client.ts#L5`);
    expect(summary).toMatch(/Keys in intermediate commits \(1\)/);
    expect(summary).toContain('notes.txt');
    expect(summary).toContain(fx.commits[1]!.slice(0, 7));
    expect(summary).toMatch(/\*\*Event:\*\* `pull_request`/);
    expect(summary).toMatch(/\*\*Commits:\*\* 3/);
    expect(summary).toContain(`**Range:** \`${fx.base.slice(0, 7)}...${fx.head.slice(0, 7)}\``);
    expect(summary).toMatch(/How to fix/);
    expect(summary).not.toContain('legacy.env');
  });

  test('sets the outputs and writes the JSON and SARIF reports', () => {
    const outputs = parseOutputs(readFileSync(run.files.output, 'utf8'));
    expect(outputs.findings).toBe('3');
    expect(outputs.report).toBe(join(run.files.temp, 'keylint', 'keylint-report.json'));
    expect(outputs['sarif-file']).toBe(join(fx.workspace, 'reports', 'keylint.sarif'));
    const report = JSON.parse(readFileSync(outputs.report!, 'utf8')) as { findings: Array<{ file: string; line: number; commit?: string }> };
    expect(report.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['config/settings.py:3', 'notes.txt:2', 'src/client.ts:5']);
    expect(report.findings.find((f) => f.file === 'notes.txt')?.commit).toBe(fx.commits[1]);
    const sarif = JSON.parse(readFileSync(outputs['sarif-file']!, 'utf8')) as {
      version: string;
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>; invocations: Array<{ toolExecutionNotifications?: Array<{ message: { text: string } }> }> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    // Code scanning gets the keys at the head only; the intermediate one is named in a notification.
    expect(sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort()).toEqual(['config/settings.py', 'src/client.ts']);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications!.map((n) => n.message.text).join('\n')).toMatch(/notes\.txt:2 .*commit [0-9a-f]{12}/);
  });

  test('deepened the shallow clone only as far as needed', () => {
    const ws = GitRepo.at(fx.workspace);
    expect(ws.git('cat-file', '-t', fx.head)).toBe('commit');
    expect(ws.git('rev-parse', '--is-shallow-repository')).toBe('true');
  });

  test('no raw key anywhere: stdout (beyond ::add-mask::), stderr, summary, outputs, reports', () => {
    const outputs = parseOutputs(readFileSync(run.files.output, 'utf8'));
    assertNoRawKey(run, [
      readFileSync(run.files.summary, 'utf8'),
      readFileSync(run.files.output, 'utf8'),
      readFileSync(outputs.report!, 'utf8'),
      readFileSync(outputs['sarif-file']!, 'utf8'),
    ]);
  });
});

describe('the bundled action: configuration and usage errors', () => {
  let fx: Fixture;
  beforeAll(() => {
    fx = buildFixture();
  }, 60_000);
  afterAll(() => {
    fx?.origin.cleanup();
    if (fx) rmSync(join(fx.workspace, '..'), { recursive: true, force: true });
  });

  test('a bad input fails with one line naming the input', () => {
    const run = runAction({ workspace: fx.workspace, eventName: 'pull_request', payload: fx.payload, sha: fx.merge, inputs: { scope: 'everything' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::keylint: input 'scope' must be one of auto, diff, commits, all, history (got 'everything')");
    expect(run.stderr).toBe('');
    rmSync(run.files.dir, { recursive: true, force: true });
  });

  test('fail-on-findings false reports but passes', () => {
    const run = runAction({ workspace: fx.workspace, eventName: 'pull_request', payload: fx.payload, sha: fx.merge, inputs: { 'fail-on-findings': 'false' } });
    expect(run.status).toBe(0);
    expect(parseOutputs(readFileSync(run.files.output, 'utf8')).findings).toBe('3');
    expect(run.stdout).toMatch(/^::warning::keylint found 3 hardcoded keys/m);
    rmSync(run.files.dir, { recursive: true, force: true });
  });

  test('a schedule run scans the checked-out tree', () => {
    const run = runAction({ workspace: fx.workspace, eventName: 'schedule', payload: { schedule: '0 3 * * *' }, sha: fx.merge, inputs: { 'fail-on-findings': 'false' } });
    expect(run.status).toBe(0);
    const summary = readFileSync(run.files.summary, 'utf8');
    // The merge commit's tree holds the PR's two keys and the one only on main.
    expect(summary).toMatch(/keylint: 3 keys in 3 files/);
    expect(summary).toContain('legacy.env');
    expect(summary).toMatch(/\*\*Event:\*\* `schedule`/);
    rmSync(run.files.dir, { recursive: true, force: true });
  });
});

