/**
 * `keylint scan --history` through the bundled CLI: every ref by default (a branch that is not
 * checked out, a commit only a tag reaches), `--ref` limits, the stash left out, and one
 * finding per secret per file carrying its first commit, author, date and commit count.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { execFileSync } from 'node:child_process';
import { GitRepo, testGitEnv } from './support/git-repo.js';
import { bundles, leaks, runCli, STACK_FRAME, type Proc } from './support/hardening.js';

const make = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(seed)).value;
const FEATURE_KEY = make('openai-proj', 'history-refs-feature');
const REPEATED_KEY = make('github-pat', 'history-refs-repeated');
const TAG_KEY = make('anthropic', 'history-refs-tag');
const STASH_KEY = make('google-api', 'history-refs-stash');
const KEYS = [FEATURE_KEY, REPEATED_KEY, TAG_KEY, STASH_KEY];

const outputs: string[] = [];
async function cli(args: string[], cwd: string): Promise<Proc> {
  const r = await runCli(args, { cwd });
  outputs.push(r.stdout, r.stderr);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  return r;
}

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  commit?: string;
  fingerprint: string;
  history?: { firstCommit: string; author: string; date: string; commitCount: number };
}

/** git with a fixed committer date (the walk order and the first commit do not depend on the clock). */
function gitAt(repo: GitRepo, date: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: repo.dir, env: testGitEnv({ GIT_COMMITTER_DATE: date }), stdio: ['ignore', 'pipe', 'pipe'] });
}

function commitAs(repo: GitRepo, message: string, author: string, date: string): string {
  repo.git('add', '-A');
  gitAt(repo, date, 'commit', '-q', '--allow-empty', '-m', message, `--author=${author}`, `--date=${date}`);
  return repo.head();
}

describe('scan --history walks every ref', () => {
  let repo: GitRepo;
  let first: string;
  let featureCommit: string;

  beforeAll(() => {
    bundles();
    repo = GitRepo.init();
    repo.write('README.md', '# app\n');
    repo.commit('c0');
    // The same key added three times to the same file: c1 (the first), re-added after a
    // removal (c3), and cherry-picked onto another branch.
    repo.write('app.env', `MODE=dev\nGITHUB_TOKEN=${REPEATED_KEY}\n`);
    first = commitAs(repo, 'add token', 'Alice Doe <alice@example.invalid>', '2026-01-02T10:00:00Z');
    repo.write('app.env', 'MODE=dev\n');
    commitAs(repo, 'remove token', 'Bob <bob@example.invalid>', '2026-01-03T10:00:00Z');
    repo.write('app.env', `MODE=dev\nGITHUB_TOKEN=${REPEATED_KEY}\n`);
    commitAs(repo, 're-add token', 'Bob <bob@example.invalid>', '2026-01-04T10:00:00Z');

    // A branch that is not checked out, holding its own key; plus a cherry-pick of c1.
    repo.git('checkout', '-q', '-b', 'feature', `${first}~1`);
    repo.write('src/settings.py', `OPENAI_API_KEY = "${FEATURE_KEY}"\n`);
    featureCommit = commitAs(repo, 'feature settings', 'Carol <carol@example.invalid>', '2026-01-05T10:00:00Z');
    gitAt(repo, '2026-01-06T10:00:00Z', 'cherry-pick', first);

    // A commit only a tag reaches.
    repo.git('checkout', '-q', '-b', 'gone', 'main');
    repo.write('release.txt', `ANTHROPIC_API_KEY=${TAG_KEY}\n`);
    repo.commit('tagged only');
    repo.git('tag', 'v1.0');
    repo.git('checkout', '-q', 'main');
    repo.git('branch', '-q', '-D', 'gone');

    // A stash (local, never pushed): left out.
    repo.write('README.md', `# app\nGOOGLE_API_KEY=${STASH_KEY}\n`);
    repo.git('stash', '-q');
  }, 180_000);

  afterAll(() => repo?.cleanup());

  test('finds the key of a branch that is not checked out (it said "No secrets found" when only HEAD was walked)', async () => {
    const onlyMain = await cli(['scan', '--history', '--ref', 'main', 'src/'], repo.dir);
    // src/ never existed on main: a pathspec that matches no file in what was walked is exit 2.
    expect(onlyMain.code).toBe(2);
    expect(onlyMain.stderr.trim()).toBe('keylint: src/ matches no file in the history of main');
    const all = await cli(['scan', '--history', 'src/', '--format', 'json'], repo.dir);
    expect(all.code).toBe(1);
    const report = JSON.parse(all.stdout) as { findings: JsonFinding[]; scope: string };
    expect(report.findings.map((f) => f.file)).toEqual(['src/settings.py']);
    expect(report.findings[0]!.commit).toBe(featureCommit);
    expect(report.scope).toMatch(/on all refs \(2 branches, 1 tag\)/);
  });

  test('--ref limits the walk to what the revisions reach', async () => {
    const main = await cli(['scan', '--history', '--ref', 'main', '--format', 'json'], repo.dir);
    const files = (JSON.parse(main.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.file);
    expect(files).toEqual(['app.env']);
    const two = await cli(['scan', '--history', '--ref', 'main', '--ref', 'v1.0', '--format', 'json'], repo.dir);
    const report = JSON.parse(two.stdout) as { findings: JsonFinding[]; scope: string };
    expect(report.findings.map((f) => f.file).sort()).toEqual(['app.env', 'release.txt']);
    expect(report.scope).toMatch(/reachable from main, v1\.0$/);
  });

  test('the default walk covers branches and tags, not the stash', async () => {
    const r = await cli(['scan', '--history', '--format', 'json'], repo.dir);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.file).sort();
    expect(files).toEqual(['app.env', 'release.txt', 'src/settings.py']);
  });

  test('a secret added in three commits is one finding with its first commit, author, date and count', async () => {
    const json = await cli(['scan', '--history', '--format', 'json'], repo.dir);
    const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.file === 'app.env');
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.commit).toBe(first);
    expect(f.line).toBe(2);
    expect(f.history).toEqual({ firstCommit: first, author: 'Alice Doe', date: '2026-01-02T10:00:00+00:00', commitCount: 3 });

    const sarif = await cli(['scan', '--history', '--format', 'sarif'], repo.dir);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; partialFingerprints: Record<string, string>; properties: { commit?: string; history?: unknown } }> }> }).runs[0]!.results;
    const inEnv = results.filter((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'app.env');
    expect(inEnv).toHaveLength(1);
    expect(Object.values(inEnv[0]!.partialFingerprints)).toEqual([f.fingerprint]);
    expect(inEnv[0]!.properties.commit).toBe(first);
    expect(inEnv[0]!.properties.history).toEqual(f.history);

    const text = await cli(['scan', '--history'], repo.dir);
    expect(text.code).toBe(1);
    const line = text.stdout.split('\n').find((l) => l.startsWith('app.env:2:'));
    expect(line).toContain(`first in ${first.slice(0, 7)} by Alice Doe on 2026-01-02, in 3 commits`);
    expect(text.stdout.split('\n').filter((l) => l.startsWith('app.env:'))).toHaveLength(1);
    expect(text.stdout).toMatch(/3 secrets in 3 files/);
  });

  test('--ref without --history, and an unknown --ref, exit 2 with one line', async () => {
    const alone = await cli(['scan', '--ref', 'main'], repo.dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr.trim()).toMatch(/^keylint: --ref limits --history .*give --history too$/);
    const unknown = await cli(['scan', '--history', '--ref', 'no-such-branch'], repo.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/unknown git revision 'no-such-branch'/);
  });

  test('no output holds a raw secret', () => {
    expect(outputs.length).toBeGreaterThan(0);
    expect(leaks(outputs.join('\n'), KEYS)).toEqual([]);
  });
});
