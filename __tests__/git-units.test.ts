import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { findPemBlocks, looksLikePemBody, needsPemContext } from '../src/sources/git-pem.js';
import { openGitScan, parseRange, splitHookFiles, type GitScan, type GitScanMode } from '../src/sources/git-units.js';
import { UsageError, type ScanUnit } from '../src/types.js';
import { fakeChars } from './support/fake-openai.js';
import { GitRepo, tempDir, testGitEnv } from './support/git-repo.js';

const fakeToken = (seed: number): string => `FAKE_TOKEN_${fakeChars(seed, 24)}`;

function fakePem(seed: number, bodyLines = 6): string[] {
  const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return [
    '-----BEGIN RSA PRIVATE KEY-----',
    ...Array.from({ length: bodyLines }, (_, i) => fakeChars(seed + i, 64, b64)),
    '-----END RSA PRIVATE KEY-----',
  ];
}

interface Collected {
  scan: GitScan;
  units: ScanUnit[];
  /** "path:line" -> text, across units. */
  added: Map<string, string>;
}

async function scanAll(mode: GitScanMode, cwd: string, pathspecs?: string[]): Promise<Collected> {
  const scan = await openGitScan(mode, pathspecs ? { cwd, pathspecs } : { cwd });
  const units: ScanUnit[] = [];
  for await (const u of scan.units) units.push(u);
  const added = new Map<string, string>();
  for (const u of units) {
    const texts = u.text.split('\n');
    expect(texts).toHaveLength(u.lines!.length);
    u.lines!.forEach((n, i) => added.set(`${u.path}:${n}`, texts[i]!));
  }
  return { scan, units, added };
}

async function usageError(p: Promise<unknown>): Promise<UsageError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).not.toContain('\n');
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

async function drain(scan: GitScan): Promise<void> {
  for await (const _u of scan.units) void _u;
}

const repos: GitRepo[] = [];
const dirs: string[] = [];
function newRepo(): GitRepo {
  const r = GitRepo.init();
  repos.push(r);
  return r;
}
beforeAll(() => {
  // The code under test runs git with process.env: make sure no outer repository leaks in.
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete process.env[k];
});
afterAll(() => {
  repos.forEach((r) => r.cleanup());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('range parsing', () => {
  test('forms and defaults', () => {
    expect(parseRange('main..feature')).toEqual({ left: 'main', right: 'feature', mergeBase: false });
    expect(parseRange('main...feature')).toEqual({ left: 'main', right: 'feature', mergeBase: true });
    expect(parseRange('origin/main')).toEqual({ left: 'origin/main', right: 'HEAD', mergeBase: false });
    expect(parseRange('v1..')).toEqual({ left: 'v1', right: 'HEAD', mergeBase: false });
    expect(() => parseRange('')).toThrow(UsageError);
    expect(() => parseRange('--output=/tmp/x')).toThrow(UsageError);
    expect(() => parseRange('a..b..c')).toThrow(UsageError);
  });
});

describe('staged', () => {
  test('before the first commit: every staged line, exact line numbers', async () => {
    const repo = newRepo();
    repo.write('a.txt', `one\n${fakeToken(1)}\nthree\n`).add();
    const { scan, added } = await scanAll({ kind: 'staged' }, repo.dir);
    expect([...added]).toEqual([
      ['a.txt:1', 'one'],
      ['a.txt:2', fakeToken(1)],
      ['a.txt:3', 'three'],
    ]);
    expect(scan.describe()).toBe('staged changes (1 file)');
  });

  test('only added lines of the index vs HEAD; unstaged edits, context and removals are ignored', async () => {
    const repo = newRepo();
    repo.write('cfg.env', 'A=1\nB=2\nC=3\nD=4\n');
    repo.write('gone.txt', `${fakeToken(9)}\n`);
    repo.commit('base');
    repo.write('cfg.env', `A=1\nB=${fakeToken(2)}\nC=3\nD=4\nE=${fakeToken(3)}\n`);
    repo.remove('gone.txt');
    repo.write('crlf.txt', 'x\r\ny\r\n');
    repo.write('ünïcødé/файл.txt', `z=${fakeToken(4)}\n`);
    repo.add('cfg.env', 'crlf.txt', 'ünïcødé');
    repo.write('cfg.env', `UNSTAGED=${fakeToken(5)}\n`); // working tree only
    const { scan, added } = await scanAll({ kind: 'staged' }, repo.dir);
    expect(Object.fromEntries(added)).toEqual({
      'cfg.env:2': `B=${fakeToken(2)}`,
      'cfg.env:5': `E=${fakeToken(3)}`,
      'crlf.txt:1': 'x\r',
      'crlf.txt:2': 'y\r',
      'ünïcødé/файл.txt:1': `z=${fakeToken(4)}`,
    });
    expect(scan.describe()).toBe('staged changes (4 files)');
  });

  test('user config that adds context lines or changes prefixes does not leak context into units', async () => {
    const repo = newRepo();
    for (const [k, v] of [['diff.interHunkContext', '10'], ['diff.noprefix', 'true'], ['diff.mnemonicPrefix', 'true'], ['color.ui', 'always'], ['diff.renames', 'false'], ['diff.relative', 'true']]) {
      repo.git('config', k!, v!);
    }
    repo.write('f.txt', Array.from({ length: 10 }, (_, i) => `ctx ${i + 1}`).join('\n') + '\n').commit('base');
    const lines = Array.from({ length: 10 }, (_, i) => `ctx ${i + 1}`);
    lines.splice(2, 0, 'NEW A');
    lines.splice(8, 0, 'NEW B');
    repo.write('f.txt', lines.join('\n') + '\n').add();
    const { added } = await scanAll({ kind: 'staged' }, repo.dir);
    expect([...added]).toEqual([
      ['f.txt:3', 'NEW A'],
      ['f.txt:9', 'NEW B'],
    ]);
  });

  test('pathspecs are literal paths relative to cwd and restrict the scan', async () => {
    const repo = newRepo();
    repo.write('keep.txt', 'k\n').commit('base');
    repo.write('sub/a.txt', 'a\n').write('sub/b[1].txt', 'b\n').write('c.txt', 'c\n').add();
    const fromRoot = await scanAll({ kind: 'staged' }, repo.dir, ['sub/b[1].txt', 'c.txt']);
    expect([...fromRoot.added.keys()].sort()).toEqual(['c.txt:1', 'sub/b[1].txt:1']);
    const fromSub = await scanAll({ kind: 'staged' }, join(repo.dir, 'sub'), ['a.txt']);
    // Paths are reported relative to the repository root.
    expect([...fromSub.added.keys()]).toEqual(['sub/a.txt:1']);
  });

  test('binary files are skipped and counted; renames report only edited lines', async () => {
    const repo = newRepo();
    const body = Array.from({ length: 20 }, (_, i) => `row ${i + 1} with enough text to be similar`).join('\n') + '\n';
    repo.write('old-name.txt', body).write('pure-move.txt', body.replace('row 1 ', 'first ')).write('img.png', Buffer.from([137, 80, 0, 1]));
    repo.commit('base');
    repo.move('old-name.txt', 'new name.txt');
    repo.write('new name.txt', body.replace('row 7 ', `row 7 ${fakeToken(6)} `));
    repo.move('pure-move.txt', 'moved/pure-move.txt');
    repo.write('img.png', Buffer.from([137, 80, 0, 2]));
    repo.add();
    const { scan, added } = await scanAll({ kind: 'staged' }, repo.dir);
    expect([...added]).toEqual([['new name.txt:7', `row 7 ${fakeToken(6)} with enough text to be similar`]]);
    expect(scan.skipped()).toEqual([{ path: 'img.png', reason: 'binary' }]);
    expect(scan.notices()).toEqual(['1 binary file skipped']);
  });

  test('text files that .gitattributes marks binary (-diff) are still scanned, in every mode', async () => {
    const repo = newRepo();
    repo.write('.gitattributes', '*.lock -diff\n*.bin binary\n').write('deps.lock', 'a\nb\n').write('old.bin', Buffer.from([0, 1]));
    repo.commit('base');
    repo.write('deps.lock', `a\nb\ntoken=${fakeToken(11)}\n`).write('real.bin', Buffer.from([0, 1, 2, 0]));
    repo.remove('old.bin');
    repo.add();
    const staged = await scanAll({ kind: 'staged' }, repo.dir);
    expect([...staged.added]).toEqual([['deps.lock:3', `token=${fakeToken(11)}`]]);
    expect(staged.scan.skipped()).toEqual([{ path: 'real.bin', reason: 'binary' }]);
    expect(staged.scan.notices()).toEqual(['1 binary file skipped', '1 text file marked binary by .gitattributes scanned as text']);
    const c = repo.commit('lock');
    const commits = await scanAll({ kind: 'commits', range: 'HEAD~1..HEAD' }, repo.dir);
    expect(commits.units).toEqual([{ path: 'deps.lock', text: `token=${fakeToken(11)}`, lines: [3], commit: c }]);
    expect(commits.scan.skipped()).toEqual([{ path: 'real.bin', reason: 'binary', detail: `commit ${c.slice(0, 7)}` }]);
    expect(commits.scan.describe()).toBe(`1 commit ${repo.git('rev-parse', 'HEAD~1').slice(0, 7)}..${c.slice(0, 7)}`);
    const diff = await scanAll({ kind: 'diff', range: 'HEAD~1..HEAD' }, repo.dir);
    expect([...diff.added]).toEqual([['deps.lock:3', `token=${fakeToken(11)}`]]);
  });

  test('a 200 KB one-line file is one unit on line 1', async () => {
    const repo = newRepo();
    repo.write('x.txt', 'x\n').commit('base');
    const long = 'a'.repeat(120_000) + fakeToken(7) + 'b'.repeat(80_000);
    repo.write('bundle.min.js', long).add();
    const { units } = await scanAll({ kind: 'staged' }, repo.dir);
    expect(units).toHaveLength(1);
    expect(units[0]).toEqual({ path: 'bundle.min.js', text: long, lines: [1] });
  });
});

describe('PEM private key blocks', () => {
  test('body-line detection: base64 lines, quoted or not; ordinary code is not', () => {
    const body = fakePem(1)[1]!;
    for (const l of [body, `  "${body}\\n" +`, `'${body}',`, body.slice(0, 20) + '+/==']) expect(looksLikePemBody(l)).toBe(true);
    for (const l of ['const x = 1;', 'x'.repeat(39), 'IdentifierNameOnly', `export const a = "value 1 ${'x'.repeat(40)}";`, '']) {
      expect(looksLikePemBody(l)).toBe(false);
    }
    const code = Array.from({ length: 100 }, (_, i) => `export const v${i} = "${'x'.repeat(60)}";`).join('\n');
    expect(needsPemContext({ path: 'a.ts', text: code, lines: Array.from({ length: 100 }, (_, i) => i + 1) })).toBe(false);
    expect(findPemBlocks(['a', ...fakePem(2, 3), 'b', fakePem(3)[0]!, 'unterminated'])).toEqual([
      { first: 2, last: 6 },
      { first: 8, last: 9 },
    ]);
  });

  test('body-line detection is linear in the line length (n vs 4n)', () => {
    const time = (n: number): number => {
      const line = 'A'.repeat(n) + '=!' + '+'.repeat(n);
      const t = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) looksLikePemBody(line);
      return Number(process.hrtime.bigint() - t);
    };
    time(10_000);
    const small = time(200_000);
    const big = time(800_000);
    expect(big / small).toBeLessThan(12);
  });

  test('one changed line inside a block brings the whole block, with its line numbers', async () => {
    const repo = newRepo();
    const pem = fakePem(100);
    const before = ['# deploy key', 'user = ci', ...pem, 'tail = 1'];
    repo.write('deploy.cfg', before.join('\n') + '\n').commit('base');
    const after = [...before];
    after[5] = fakeChars(999, 64); // a base64 line inside the block (line 6)
    repo.write('deploy.cfg', after.join('\n') + '\n').add();
    const { units } = await scanAll({ kind: 'staged' }, repo.dir);
    expect(units).toHaveLength(1);
    // Block = lines 3..10; context outside it (lines 1, 2, 11) is not included.
    expect(units[0]!.lines).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(units[0]!.text).toBe(after.slice(2, 10).join('\n'));
  });

  test('in commits mode the block is read from that commit, not from HEAD', async () => {
    const repo = newRepo();
    const pem = fakePem(200);
    repo.write('k.pem', ['x', ...pem].join('\n') + '\n').commit('base');
    const edited = ['x', ...pem];
    edited[3] = fakeChars(5, 64);
    repo.write('k.pem', edited.join('\n') + '\n');
    const c2 = repo.commit('edit key');
    repo.write('k.pem', 'replaced entirely\n');
    repo.commit('remove key');
    const { units } = await scanAll({ kind: 'commits', range: 'HEAD~2..HEAD' }, repo.dir);
    const u = units.find((x) => x.commit === c2)!;
    expect(u.lines).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(u.text).toBe(edited.slice(1).join('\n'));
  });

  test('a block added whole is not re-read; unrelated added lines are untouched', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n').commit('base');
    const pem = fakePem(300);
    repo.write('a.txt', ['a', ...pem, 'after'].join('\n') + '\n').add();
    const { units } = await scanAll({ kind: 'staged' }, repo.dir);
    expect(units).toEqual([{ path: 'a.txt', text: [...pem, 'after'].join('\n'), lines: [2, 3, 4, 5, 6, 7, 8, 9, 10] }]);
  });
});

describe('ranges and history', () => {
  let repo: GitRepo;
  let base: string;
  let cAdd: string;
  let cRemove: string;
  let cFeature: string;
  const key = fakeToken(42);

  beforeAll(() => {
    repo = newRepo();
    repo.write('app.js', 'const a = 1;\nconst b = 2;\n').write('shared.txt', 'keep\nOLDLINE\n');
    base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('app.js', `const a = 1;\nconst k = "${key}";\nconst b = 2;\n`);
    cAdd = repo.commit('add key');
    repo.write('app.js', 'const a = 1;\nconst k = process.env.K;\nconst b = 2;\n');
    cRemove = repo.commit('remove key');
    repo.write('feature.txt', 'feature line\n');
    cFeature = repo.commit('feature');
    repo.git('checkout', '-q', 'main');
    repo.write('shared.txt', 'keep\n').write('main-only.txt', 'main\n');
    repo.commit('main moves on');
    repo.git('checkout', '-q', 'feature');
  });

  test('commits mode reports an added-then-removed key with its commit sha', async () => {
    const { scan, units } = await scanAll({ kind: 'commits', range: `${base}..feature` }, repo.dir);
    const hit = units.filter((u) => u.text.includes(key));
    expect(hit).toEqual([{ path: 'app.js', text: `const k = "${key}";`, lines: [2], commit: cAdd }]);
    expect(units.find((u) => u.commit === cRemove)).toEqual({ path: 'app.js', text: 'const k = process.env.K;', lines: [2], commit: cRemove });
    expect(scan.describe()).toBe(`3 commits ${base.slice(0, 7)}..${cFeature.slice(0, 7)}`);
  });

  test('diff mode is the net diff: the removed key is absent', async () => {
    const { added, scan } = await scanAll({ kind: 'diff', range: `${base}..feature` }, repo.dir);
    expect(Object.fromEntries(added)).toEqual({ 'app.js:2': 'const k = process.env.K;', 'feature.txt:1': 'feature line' });
    expect(scan.describe()).toBe(`diff ${base.slice(0, 7)}..${cFeature.slice(0, 7)} (2 files)`);
  });

  test('A...B diffs from the merge base; A..B diffs from A itself', async () => {
    const tri = await scanAll({ kind: 'diff', range: 'main...feature' }, repo.dir);
    expect([...tri.added.keys()].sort()).toEqual(['app.js:2', 'feature.txt:1']);
    const two = await scanAll({ kind: 'diff', range: 'main..feature' }, repo.dir);
    // main removed OLDLINE after the branch point: relative to main, feature "adds" it back.
    expect(two.added.get('shared.txt:2')).toBe('OLDLINE');
    // A single ref means REF..HEAD (HEAD is feature).
    const single = await scanAll({ kind: 'diff', range: 'main' }, repo.dir);
    expect([...single.added]).toEqual([...two.added]);
    // Commits mode: A...B selects the same commits as A..B.
    const c3 = await scanAll({ kind: 'commits', range: 'main...feature' }, repo.dir);
    expect(new Set(c3.units.map((u) => u.commit))).toEqual(new Set([cAdd, cRemove, cFeature]));
  });

  test('an empty range is a clean pass', async () => {
    const { units, scan } = await scanAll({ kind: 'commits', range: 'feature..feature' }, repo.dir);
    expect(units).toEqual([]);
    expect(scan.describe()).toMatch(/^0 commits /);
    const d = await scanAll({ kind: 'diff', range: 'HEAD..HEAD' }, repo.dir);
    expect(d.units).toEqual([]);
  });

  test('history --ref HEAD: every commit reachable from HEAD, including the root commit', async () => {
    const { units, scan } = await scanAll({ kind: 'history', refs: ['HEAD'] }, repo.dir);
    expect(units.find((u) => u.commit === base && u.path === 'shared.txt')).toEqual({
      path: 'shared.txt',
      text: 'keep\nOLDLINE',
      lines: [1, 2],
      commit: base,
    });
    expect(units.some((u) => u.text.includes(key) && u.commit === cAdd)).toBe(true);
    expect(units.some((u) => u.path === 'main-only.txt')).toBe(false); // not reachable from feature
    expect(scan.describe()).toBe('4 commits reachable from HEAD');
  });

  test('history of a repository without commits is a clean, described pass', async () => {
    const empty = newRepo();
    const { units, scan } = await scanAll({ kind: 'history' }, empty.dir);
    expect(units).toEqual([]);
    expect(scan.describe()).toBe('history (no commits yet)');
  });
});

describe('errors that say what to do', () => {
  test('not a git repository', async () => {
    const dir = tempDir('keylint-norepo-');
    dirs.push(dir);
    const e = await usageError(openGitScan({ kind: 'staged' }, { cwd: dir }));
    expect(e.message).toMatch(/not a git repository/);
  });

  test('missing directory', async () => {
    const e = await usageError(openGitScan({ kind: 'staged' }, { cwd: '/nonexistent/keylint-dir' }));
    expect(e.message).toMatch(/not found|not a git repository/);
  });

  test('unknown ref', async () => {
    const repo = newRepo();
    repo.write('a', 'a\n').commit();
    const e = await usageError(openGitScan({ kind: 'diff', range: 'no-such-branch..HEAD' }, { cwd: repo.dir }));
    expect(e.message).toMatch(/unknown git revision 'no-such-branch'/);
    await usageError(openGitScan({ kind: 'commits', range: '--all' }, { cwd: repo.dir }));
  });

  test('shallow clone missing BASE names fetch-depth and git fetch --deepen', async () => {
    const origin = newRepo();
    origin.write('a.txt', 'a\n');
    const first = origin.commit('one');
    origin.write('a.txt', 'a\nb\n').commit('two');
    origin.write('a.txt', 'a\nb\nc\n').commit('three');
    const clone = tempDir('keylint-shallow-');
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone], { env: testGitEnv() });
    for (const mode of [
      { kind: 'diff', range: `${first}..HEAD` },
      { kind: 'diff', range: `${first}...HEAD` },
      { kind: 'commits', range: `${first}..HEAD` },
    ] as GitScanMode[]) {
      const e = await usageError(openGitScan(mode, { cwd: clone }));
      expect(e.message).toMatch(/shallow clone/);
      expect(e.message).toMatch(/fetch-depth: 0/);
      expect(e.message).toMatch(/git fetch --deepen/);
    }
    // History of a shallow clone is scanned but flagged as partial.
    const h = await scanAll({ kind: 'history' }, clone);
    expect(h.scan.notices().join(' ')).toMatch(/shallow clone.*fetch-depth: 0/);
  });

  test('a range git cannot read mid-stream is an error, never a silent pass', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'first\n').commit('one');
    repo.write('b.txt', 'second\n').commit('two');
    // Corrupt the repository: delete the loose object of a.txt's blob.
    const blob = repo.git('rev-parse', 'HEAD~1:a.txt');
    unlinkSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    expect(readdirSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2))).includes(blob.slice(2))).toBe(false);
    const scan = await openGitScan({ kind: 'history' }, { cwd: repo.dir });
    const e = await usageError(drain(scan));
    expect(e.message).toMatch(/git could not read the history/);
  });
});

describe('splitHookFiles', () => {
  test('files with staged changes vs files to scan in full', async () => {
    const repo = newRepo();
    repo.write('tracked.txt', 't\n').write('sub/other.txt', 'o\n').commit('base');
    repo.write('tracked.txt', 't\nnew\n').write('sub/new.txt', 'n\n').add();
    const split = await splitHookFiles(['tracked.txt', 'sub/other.txt', 'sub/new.txt', 'untracked.txt'], repo.dir);
    expect(split).toEqual({ staged: ['tracked.txt', 'sub/new.txt'], full: ['sub/other.txt', 'untracked.txt'] });
    const fromSub = await splitHookFiles(['new.txt', 'other.txt'], join(repo.dir, 'sub'));
    expect(fromSub).toEqual({ staged: ['new.txt'], full: ['other.txt'] });
    expect(await splitHookFiles([], repo.dir)).toEqual({ staged: [], full: [] });
  });

  test('before the first commit every added file counts as staged', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n').add();
    expect(await splitHookFiles(['a.txt'], repo.dir)).toEqual({ staged: ['a.txt'], full: [] });
  });
});
