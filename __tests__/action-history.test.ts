/**
 * The bundled action with `scope: history` on a schedule, in a checkout like actions/checkout's
 * default (depth 1, one branch): it unshallows the clone and fetches every branch and tag from
 * `origin` (a local repository: no network), then audits every commit, one finding per secret
 * per file. When the fetch fails, the step fails with one clear line, never a green pass.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { actionBundle, parseOutputs, runAction, type RunnerRun } from './support/action-env.js';
import { GitRepo, tempDir, testGitEnv } from './support/git-repo.js';
import { leaks } from './support/hardening.js';

const make = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(seed)).value;
const FEATURE_KEY = make('openai-proj', 'action-history-feature');
const OLD_KEY = make('github-pat', 'action-history-old');
const TAG_KEY = make('anthropic', 'action-history-tag');
const KEYS = [FEATURE_KEY, OLD_KEY, TAG_KEY];

interface Fixture {
  origin: GitRepo;
  root: string;
  oldCommit: string;
}

/** main: a key added and removed long ago; feature: a key of its own; a tag-only commit. */
function buildOrigin(): Fixture {
  const origin = GitRepo.init();
  origin.write('README.md', '# app\n');
  origin.commit('c0');
  origin.write('old.env', `GITHUB_TOKEN=${OLD_KEY}\n`);
  const oldCommit = origin.commit('old key');
  origin.remove('old.env');
  origin.commit('remove old key');
  origin.git('checkout', '-q', '-b', 'feature');
  origin.write('src/settings.py', `OPENAI_API_KEY = "${FEATURE_KEY}"\n`);
  origin.commit('feature');
  origin.git('checkout', '-q', '-b', 'release', 'main');
  origin.write('release.txt', `ANTHROPIC_API_KEY=${TAG_KEY}\n`);
  origin.commit('release');
  origin.git('tag', 'v1.0');
  origin.git('checkout', '-q', 'main');
  origin.git('branch', '-q', '-D', 'release');
  origin.write('app.ts', 'export const app = 1;\n');
  origin.commit('head of main');
  return { origin, root: tempDir('keylint-hist-ws-'), oldCommit };
}

function shallowClone(fx: Fixture, name: string): string {
  const ws = join(fx.root, name);
  execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'main', `file://${fx.origin.dir}`, ws], { env: testGitEnv() });
  expect(GitRepo.at(ws).git('rev-parse', '--is-shallow-repository')).toBe('true');
  return ws;
}

function unmasked(run: RunnerRun): string {
  return run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

describe('the bundled action with scope: history (shallow checkout, schedule)', () => {
  let fx: Fixture;
  let run: RunnerRun;
  let ws: string;

  beforeAll(() => {
    actionBundle();
    fx = buildOrigin();
    ws = shallowClone(fx, 'app');
    run = runAction({ workspace: ws, eventName: 'schedule', payload: { schedule: '0 4 * * 0' }, sha: GitRepo.at(ws).head(), ref: 'refs/heads/main', inputs: { scope: 'history' } });
  }, 180_000);

  afterAll(() => {
    fx?.origin.cleanup();
    if (fx) rmSync(fx.root, { recursive: true, force: true });
    if (run) rmSync(run.files.dir, { recursive: true, force: true });
  });

  test('unshallows the clone and fetches every branch and tag itself, and says so', () => {
    const repo = GitRepo.at(ws);
    expect(repo.git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(repo.git('for-each-ref', '--format=%(refname)')).toMatch(/refs\/remotes\/origin\/feature/);
    expect(repo.git('tag')).toContain('v1.0');
    const summary = readFileSync(run.files.summary, 'utf8');
    expect(summary).toMatch(/the checkout was shallow(:|&#58;) fetched the full history/);
    expect(run.stdout).toMatch(/keylint: the checkout was shallow: fetched the full history/);
  });

  test('finds the keys of every branch, tag and old commit, one finding each, and fails the step', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::keylint found 3 hardcoded keys/m);
    const outputs = parseOutputs(readFileSync(run.files.output, 'utf8'));
    expect(outputs.findings).toBe('3');
    const report = JSON.parse(readFileSync(outputs.report!, 'utf8')) as { findings: Array<{ file: string; commit?: string; history?: { firstCommit: string; commitCount: number } }>; scope: string };
    expect(report.findings.map((f) => f.file).sort()).toEqual(['old.env', 'release.txt', 'src/settings.py']);
    const old = report.findings.find((f) => f.file === 'old.env')!;
    expect(old.history).toMatchObject({ firstCommit: fx.oldCommit, commitCount: 1 });
    expect(report.scope).toMatch(/on all refs/);
    const summary = readFileSync(run.files.summary, 'utf8');
    expect(summary).toMatch(/\*\*Commits:\*\* 6/);
  });

  test('no raw key in the log or the summary', () => {
    expect(leaks(unmasked(run) + run.stderr + readFileSync(run.files.summary, 'utf8'), KEYS)).toEqual([]);
  });

  test("a `paths:` entry that matches no file fails the step, naming it (tree and history scopes)", () => {
    for (const scope of ['all', 'history']) {
      const r = runAction({ workspace: ws, eventName: 'schedule', payload: {}, sha: GitRepo.at(ws).head(), inputs: { scope, paths: 'app.ts\nnope/' } });
      try {
        expect(r.status).toBe(1);
        expect(r.stdout).toMatch(/^::error::keylint: nope\/ matches no file/m);
      } finally {
        rmSync(r.files.dir, { recursive: true, force: true });
      }
    }
  });

  test('when the history cannot be fetched, the step fails with one clear line', () => {
    const broken = shallowClone(fx, 'broken');
    GitRepo.at(broken).git('remote', 'set-url', 'origin', `file://${join(fx.root, 'no-such-repo')}`);
    const r = runAction({ workspace: broken, eventName: 'schedule', payload: {}, sha: GitRepo.at(broken).head(), inputs: { scope: 'history' } });
    try {
      expect(r.status).toBe(1);
      const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^::error::keylint: scope 'history' needs the full history, but this checkout is shallow and `git fetch --unshallow` from origin failed: .*fetch-depth: 0/);
      expect(readFileSync(r.files.summary, 'utf8')).not.toMatch(/no keys found/);
    } finally {
      rmSync(r.files.dir, { recursive: true, force: true });
    }
  });
});
