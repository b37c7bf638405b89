/**
 * Nothing scanned is never green (bundled CLI): a path argument or git pathspec that matches
 * no file exits 2 with one line naming it; a pathspec that exists but has no changes is a clean
 * pass that says so; an empty folder exits 2; every skipped class is counted and listed with -v.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { GitRepo } from './support/git-repo.js';
import { bundles, leaks, runCli, STACK_FRAME, type Proc } from './support/hardening.js';

const make = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(seed)).value;
const KEY = make('openai-proj', 'nothing-scanned-openai');
const STDIN_KEY = make('github-pat', 'nothing-scanned-stdin');
const EXCLUDED_KEY = make('anthropic', 'nothing-scanned-excluded');
const KEYS = [KEY, STDIN_KEY, EXCLUDED_KEY];

const outputs: string[] = [];
async function cli(args: string[], cwd: string, input?: string): Promise<Proc> {
  const r = await runCli(args, input === undefined ? { cwd } : { cwd, input });
  outputs.push(r.stdout, r.stderr);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  return r;
}

/** Exit 2 with exactly one line on stderr, matching `message`. */
function usageError(r: Proc, message: RegExp): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(r.stdout).not.toMatch(/No secrets found/);
}

describe('nothing scanned is never green', () => {
  let repo: GitRepo;
  let a: string;
  let b: string;

  beforeAll(() => {
    bundles();
    repo = GitRepo.init();
    repo.write('docs/guide.md', '# guide\n').write('src/app.ts', 'export const x = 1;\n');
    a = repo.commit('a');
    repo.write('src/app.ts', `export const x = 1;\nexport const key = "${KEY}";\n`);
    repo.commit('b1');
    repo.write('src/util.ts', 'export const y = 2;\n');
    b = repo.commit('b2');
    mkdirSync(join(repo.dir, 'src', 'empty', 'deeper'), { recursive: true });
  }, 180_000);

  afterAll(() => repo?.cleanup());

  test('a path argument that does not exist: exit 2, naming it', async () => {
    usageError(await cli(['scan', 'nope/'], repo.dir), /^keylint: nope\/ matches no file \(path not found\)$/);
    usageError(await cli(['scan', 'src', 'nope.txt'], repo.dir), /^keylint: nope\.txt matches no file/);
  });

  test('an existing but empty folder: exit 2, "no files to scan"', async () => {
    usageError(await cli(['scan', 'src/empty'], repo.dir), /^keylint: src\/empty: no files to scan/);
  });

  test('--commits A..B nope/: exit 2 (it said "0 commits" and exit 0)', async () => {
    usageError(await cli(['scan', '--commits', `${a}..${b}`, 'nope/'], repo.dir), new RegExp(`^keylint: nope/ matches no file in ${a.slice(0, 7)}\\.\\.${b.slice(0, 7)}$`));
    usageError(await cli(['scan', '--diff', `${a}..${b}`, 'nope'], repo.dir), /^keylint: nope matches no file in /);
    usageError(await cli(['scan', '--history', 'nope'], repo.dir), /^keylint: nope matches no file in the history/);
    usageError(await cli(['scan', '--staged', 'nope'], repo.dir), /^keylint: nope matches no file in the index, HEAD or the work tree$/);
  });

  test('a pathspec that exists but has no changes in the range: exit 0, and it says so', async () => {
    const r = await cli(['scan', '--commits', `${a}..${b}`, 'docs/'], repo.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 changes in docs/ across 2 commits');
    const staged = await cli(['scan', '--staged', 'docs/guide.md'], repo.dir);
    expect(staged.code).toBe(0);
    expect(staged.stdout).toContain('0 changes in docs/guide.md in the staged changes');
    // One pathspec with changes, one without: the findings, and the notice for the other.
    const both = await cli(['scan', '--commits', `${a}..${b}`, 'src/', 'docs/'], repo.dir);
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('0 changes in docs/ across 2 commits');
  });

  test('every skipped class is counted in the summary line and listed with -v', async () => {
    const dir = join(repo.dir, 'mixed');
    repo.write('mixed/app.env', 'MODE=dev\n');
    repo.write('mixed/blob.dat', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    repo.write('mixed/big.txt', 'x'.repeat(12000) + '\n');
    repo.write('mixed/node_modules/sdk/index.js', `const k = "${EXCLUDED_KEY}";\n`);
    repo.write('mixed/generated/out.txt', 'generated\n');
    repo.write('mixed/dump.sql.gz', gzipSync(Buffer.alloc(2 * 1024 * 1024, 'a')));
    const r = await cli(['scan', '.', '--max-file-size', '8kB', '--exclude', 'generated/**', '-v'], dir);
    expect(r.code).toBe(0);
    const summary = r.stdout.trim().split('\n').pop()!;
    expect(summary).toMatch(/5 skipped \(/);
    expect(summary).toMatch(/1 archive-limit/);
    expect(summary).toMatch(/1 binary/);
    expect(summary).toMatch(/1 too-large/);
    expect(summary).toMatch(/2 excluded/);
    expect(r.stdout).toMatch(/skipped {2}blob\.dat {2}binary/);
    expect(r.stdout).toMatch(/skipped {2}big\.txt {2}too-large/);
    expect(r.stdout).toMatch(/skipped {2}node_modules\/sdk\/index\.js {2}excluded \(default exclude\)/);
    expect(r.stdout).toMatch(/skipped {2}generated\/out\.txt {2}excluded \(exclude\/include glob\)/);
    expect(r.stdout).toMatch(/skipped {2}dump\.sql\.gz {2}archive-limit \(compression ratio over 200:1\)/);
    const json = await cli(['scan', '.', '--max-file-size', '8kB', '--exclude', 'generated/**', '--format', 'json'], dir);
    const report = JSON.parse(json.stdout) as { stats: { skipped: number }; skippedFiles: Array<{ path: string; reason: string }> };
    expect(report.stats.skipped).toBe(5);
    expect(report.skippedFiles.filter((s) => s.reason === 'excluded').map((s) => s.path).sort()).toEqual(['generated/out.txt', 'node_modules/sdk/index.js']);
  });

  test('/dev/stdin and - read standard input through the bundled CLI', async () => {
    for (const arg of ['/dev/stdin', '-']) {
      const r = await cli(['scan', arg], repo.dir, `token = "${STDIN_KEY}"\n`);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/GitHub/);
    }
  });

  test('no output holds a raw secret', () => {
    expect(outputs.length).toBeGreaterThan(0);
    expect(leaks(outputs.join('\n'), KEYS)).toEqual([]);
  });
});
