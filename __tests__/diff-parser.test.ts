import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { COMMIT_FORMAT, parseDiff, type DiffEvent, type DiffFile } from '../src/sources/diff-parser.js';
import { parseDiffGitNames, parseQuoted } from '../src/sources/git-quote.js';
import type { ScanUnit } from '../src/types.js';
import { GitRepo, testGitEnv } from './support/git-repo.js';

const DIFF_ARGS = ['--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--src-prefix=a/', '--dst-prefix=b/'];

async function collect(input: AsyncIterable<Buffer | string>, maxUnitChars?: number): Promise<DiffEvent[]> {
  const out: DiffEvent[] = [];
  for await (const e of parseDiff(input, maxUnitChars === undefined ? {} : { maxUnitChars })) out.push(e);
  return out;
}

/** Feeds a buffer in small chunks so lines and multi-byte characters straddle chunk edges. */
function chunked(buf: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  return Readable.from(parts);
}

const units = (evs: DiffEvent[]): ScanUnit[] => evs.flatMap((e) => (e.kind === 'unit' ? [e.unit] : []));
const files = (evs: DiffEvent[]): DiffFile[] => evs.flatMap((e) => (e.kind === 'file' ? [e.file] : []));

/** Added lines per path, merged across units: path -> [[line, text]]. */
function addedByPath(us: ScanUnit[]): Map<string, Array<[number, string]>> {
  const m = new Map<string, Array<[number, string]>>();
  for (const u of us) {
    const texts = u.text.split('\n');
    const list = m.get(u.path) ?? [];
    u.lines!.forEach((n, i) => list.push([n, texts[i]!]));
    m.set(u.path, list);
  }
  return m;
}

function gitOut(repo: GitRepo, args: string[]): Buffer {
  return execFileSync('git', args, { cwd: repo.dir, env: testGitEnv(), maxBuffer: 256 * 1024 * 1024 });
}

describe('synthetic diffs', () => {
  test('added lines carry new-file line numbers across hunks; removed lines never appear', async () => {
    const diff = [
      'diff --git a/app.py b/app.py',
      'index 1111111..2222222 100644',
      '--- a/app.py',
      '+++ b/app.py',
      '@@ -3 +3,2 @@ def f():',
      '-old = 1',
      '+new = 1',
      '+more = 2',
      '@@ -10,0 +12 @@',
      '+inserted',
      '@@ -20,2 +22,0 @@',
      '-gone1',
      '-gone2',
      '',
    ].join('\n');
    const evs = await collect(Readable.from([diff]));
    expect(units(evs)).toEqual([{ path: 'app.py', text: 'new = 1\nmore = 2\ninserted', lines: [3, 4, 12] }]);
    expect(files(evs)).toEqual([{ path: 'app.py', status: 'modified', binary: false, modeChanged: false, addedLines: 3 }]);
  });

  test('content that looks like headers is read by hunk counts, not as headers', async () => {
    const diff = [
      'diff --git a/x.txt b/x.txt',
      '--- a/x.txt',
      '+++ b/x.txt',
      '@@ -1,0 +1,4 @@',
      '+++ b/evil',
      '+diff --git a/y b/y',
      '+@@ -1 +1 @@',
      '+\0commit deadbeef',
      '',
    ].join('\n');
    const evs = await collect(Readable.from([diff]));
    expect(units(evs)).toEqual([
      { path: 'x.txt', text: '++ b/evil\ndiff --git a/y b/y\n@@ -1 +1 @@\n\0commit deadbeef', lines: [1, 2, 3, 4] },
    ]);
    expect(evs.filter((e) => e.kind === 'commit')).toHaveLength(0);
  });

  test('CR stays on the line; "\\ No newline at end of file" is not content', async () => {
    const diff = 'diff --git a/w.txt b/w.txt\n--- a/w.txt\n+++ b/w.txt\n@@ -1 +1,2 @@\n-a\r\n+b\r\n+c\n\\ No newline at end of file\n';
    expect(units(await collect(Readable.from([diff])))).toEqual([{ path: 'w.txt', text: 'b\r\nc', lines: [1, 2] }]);
  });

  test('garbage and empty input yield nothing and do not throw', async () => {
    expect(await collect(Readable.from(['hello\nworld\n@@ -1 +1 @@\n+x\n']))).toEqual([]);
    expect(await collect(Readable.from([]))).toEqual([]);
  });

  test('C-quoted names decode octal bytes as UTF-8 and simple escapes', () => {
    const quoted = '"a/\\303\\251 t\\tab\\"q\\\\.txt"';
    expect(parseQuoted(quoted + ' rest')).toEqual({ value: 'a/é t\tab"q\\.txt', end: quoted.length });
    expect(parseQuoted('"unterminated')).toBeNull();
    expect(parseDiffGitNames('a/sp ace.txt b/sp ace.txt')).toEqual({ a: 'sp ace.txt', b: 'sp ace.txt' });
    expect(parseDiffGitNames('a/plain "b/\\303\\251"')).toEqual({ a: 'plain', b: 'é' });
    expect(parseDiffGitNames('a/x y b/z w')).toEqual({ a: null, b: null });
  });
});

describe('real git output', () => {
  const repos: GitRepo[] = [];
  afterAll(() => repos.forEach((r) => r.cleanup()));

  function fixture(): { repo: GitRepo; base: string } {
    const repo = GitRepo.init();
    repos.push(repo);
    const body = Array.from({ length: 30 }, (_, i) => `line ${i + 1} of a file long enough for rename detection`).join('\n') + '\n';
    repo.write('keep.txt', 'k1\nk2\nk3\n');
    repo.write('moved.txt', body);
    repo.write('moved-edit.txt', body.replace('line 1 ', 'first '));
    repo.write('copied.txt', body.replace('line 2 ', 'second '));
    repo.write('gone.txt', 'bye\n');
    repo.write('mode.sh', 'echo hi\n');
    repo.write('bin.dat', Buffer.from([0, 1, 2, 3, 0, 255]));
    const base = repo.commit('base');
    repo.move('moved.txt', 'dir with space/moved.txt');
    repo.move('moved-edit.txt', 'moved édité.txt');
    repo.write('moved édité.txt', body.replace('line 1 ', 'first ').replace('line 30 ', 'ADDED 30 '));
    repo.write('copy of copied.txt', body.replace('line 2 ', 'second ').replace('line 5 ', 'COPY-EDIT 5 '));
    repo.remove('gone.txt');
    repo.write('mode.sh', 'echo hi\n', { executable: true });
    repo.write('bin.dat', Buffer.from([0, 9, 9, 9, 0, 255]));
    repo.write('new "quoted"\tname é.txt', 'alpha\r\nbeta\r\n');
    repo.write('keep.txt', 'k1\nk2 changed\nk3\nk4');
    repo.add();
    return { repo, base };
  }

  for (const quotePath of ['true', 'false']) {
    test(`renames, copies, mode change, deletion, binary, quoted names (core.quotePath=${quotePath})`, async () => {
      const { repo } = fixture();
      const out = gitOut(repo, ['-c', `core.quotePath=${quotePath}`, 'diff', '--cached', ...DIFF_ARGS, '-M', '-C', '--find-copies-harder']);
      if (quotePath === 'true') expect(out.toString('utf8')).toContain('\\303\\251');
      const evs = await collect(chunked(out, 7));
      const added = addedByPath(units(evs));
      expect(Object.fromEntries(added)).toEqual({
        'keep.txt': [[2, 'k2 changed'], [4, 'k4']],
        'moved édité.txt': [[30, 'ADDED 30 of a file long enough for rename detection']],
        'copy of copied.txt': [[5, 'COPY-EDIT 5 of a file long enough for rename detection']],
        'new "quoted"\tname é.txt': [[1, 'alpha\r'], [2, 'beta\r']],
      });
      const byPath = new Map(files(evs).map((f) => [f.path, f]));
      expect(byPath.get('dir with space/moved.txt')).toMatchObject({ status: 'renamed', oldPath: 'moved.txt', addedLines: 0 });
      expect(byPath.get('moved édité.txt')).toMatchObject({ status: 'renamed', oldPath: 'moved-edit.txt', addedLines: 1 });
      expect(byPath.get('copy of copied.txt')).toMatchObject({ status: 'copied', oldPath: 'copied.txt' });
      expect(byPath.get('gone.txt')).toMatchObject({ status: 'deleted', addedLines: 0 });
      expect(byPath.get('mode.sh')).toMatchObject({ status: 'modified', modeChanged: true, addedLines: 0 });
      expect(byPath.get('bin.dat')).toMatchObject({ binary: true, addedLines: 0 });
      expect(byPath.get('new "quoted"\tname é.txt')).toMatchObject({ status: 'added' });
    });
  }

  test('git log -p: commit markers set `commit` on units and files', async () => {
    const repo = GitRepo.init();
    repos.push(repo);
    repo.write('a.txt', 'one\n');
    const c1 = repo.commit('one');
    repo.write('a.txt', 'one\ntwo\n');
    repo.write('b b.txt', 'bee\n');
    const c2 = repo.commit('two');
    repo.git('commit', '-q', '--allow-empty', '-m', 'empty');
    const c3 = repo.head();
    const out = gitOut(repo, ['log', '-p', ...DIFF_ARGS, COMMIT_FORMAT, 'HEAD']);
    const evs = await collect(chunked(out, 5));
    expect(evs.filter((e) => e.kind === 'commit').map((e) => (e.kind === 'commit' ? e.sha : ''))).toEqual([c3, c2, c1]);
    expect(units(evs)).toEqual([
      { path: 'a.txt', text: 'two', lines: [2], commit: c2 },
      { path: 'b b.txt', text: 'bee', lines: [1], commit: c2 },
      { path: 'a.txt', text: 'one', lines: [1], commit: c1 },
    ]);
  });

  test('a 200 KB one-line file arrives whole, in any chunking', async () => {
    const repo = GitRepo.init();
    repos.push(repo);
    const long = 'x'.repeat(100_000) + 'é' + 'y'.repeat(100_000);
    repo.write('long.min.js', long);
    repo.add();
    const out = gitOut(repo, ['diff', '--cached', ...DIFF_ARGS]);
    for (const size of [1, 4093, 65536]) {
      const us = units(await collect(chunked(out, size)));
      expect(us).toHaveLength(1);
      expect(us[0]!.text).toBe(long);
      expect(us[0]!.lines).toEqual([1]);
    }
  });
});

describe('bounded units and memory', () => {
  test('a large file is split into bounded units without losing lines', async () => {
    const n = 5000;
    const header = 'diff --git a/big.txt b/big.txt\nnew file mode 100644\n--- /dev/null\n+++ b/big.txt\n';
    const body = Array.from({ length: n }, (_, i) => `+row ${i + 1} ${'z'.repeat(90)}`).join('\n');
    const diff = `${header}@@ -0,0 +1,${n} @@\n${body}\n`;
    const us = units(await collect(Readable.from([diff]), 10_000));
    expect(us.length).toBeGreaterThan(40);
    for (const u of us) expect(u.text.length).toBeLessThanOrEqual(10_000);
    const all = us.flatMap((u) => u.lines!);
    expect(all).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const texts = us.flatMap((u) => u.text.split('\n'));
    expect(texts[4999]).toBe(`row 5000 ${'z'.repeat(90)}`);
  });

  test('a 64 MB diff is streamed: heap growth stays far below the input size', async () => {
    const lineCount = 600_000;
    const fileLines = 1000;
    async function* gen(): AsyncGenerator<Buffer> {
      const row = `+const value = "${'q'.repeat(90)}";`;
      for (let f = 0; f < lineCount / fileLines; f++) {
        const rows: string[] = [`diff --git a/f${f}.js b/f${f}.js`, '--- a/f.js', `+++ b/f${f}.js`, `@@ -0,0 +1,${fileLines} @@`];
        for (let i = 0; i < fileLines; i++) rows.push(row);
        yield Buffer.from(rows.join('\n') + '\n');
      }
    }
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let added = 0;
    let k = 0;
    for await (const e of parseDiff(gen())) {
      if (e.kind === 'unit') added += e.unit.lines!.length;
      if (++k % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(added).toBe(lineCount);
    // The input is ~64 MB; holding it would add at least that much (UTF-16 doubles it).
    expect(peak - before).toBeLessThan(48 * 1024 * 1024);
  });

  test('paths and commit shas kept after their units (as a scan keeps them) do not pin the input', async () => {
    // A history scan keeps `commit:path` of every unit and findings keep both: slices of the
    // 64 KB input chunks would keep every chunk alive (a 1 GB --history scan reached 715 MB).
    const commits = 4000;
    async function* gen(): AsyncGenerator<Buffer> {
      const row = `+const value = "${'q'.repeat(90)}";`;
      for (let c = 0; c < commits; c++) {
        const sha = c.toString(16).padStart(40, 'a');
        const rows: string[] = [`\0commit ${sha}`, '', `diff --git a/src/module-${c}/file.js b/src/module-${c}/file.js`, '--- /dev/null', `+++ b/src/module-${c}/file.js`, '@@ -0,0 +1,160 @@'];
        for (let i = 0; i < 160; i++) rows.push(row);
        yield Buffer.from(rows.join('\n') + '\n');
      }
    }
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const kept = new Set<string>();
    let k = 0;
    for await (const e of parseDiff(gen())) {
      if (e.kind === 'unit') kept.add(`${e.unit.commit}:${e.unit.path}`);
      if (++k % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(kept.size).toBe(commits);
    // ~68 MB of input; what is kept is 4,000 short strings.
    expect(peak - before).toBeLessThan(40 * 1024 * 1024);
  });
});
