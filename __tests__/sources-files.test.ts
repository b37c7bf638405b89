import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeBytes } from '../src/sources/decode.js';
import { compileGlobs } from '../src/config/paths.js';
import { fileFilter, filterFiles, listFiles } from '../src/sources/files.js';
import { readUnit } from '../src/sources/read-file.js';
import { cleanEnv, runCli } from './support/hardening.js';

describe('decodeBytes', () => {
  test('UTF-8 with BOM loses the BOM so columns start at 1', () => {
    const d = decodeBytes(Buffer.from('\ufeffkey=1', 'utf8'));
    expect(d).toEqual({ kind: 'text', text: 'key=1', encoding: 'utf-8' });
  });
  test('UTF-16LE and BE with BOM are decoded', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('token=abc', 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ kind: 'text', text: 'token=abc', encoding: 'utf-16le' });
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('token=abc', 'utf16le').swap16()]));
    expect(decodeBytes(be)).toMatchObject({ kind: 'text', text: 'token=abc', encoding: 'utf-16be' });
  });
  test('a NUL byte means binary', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ kind: 'binary' });
  });
  test('invalid UTF-8 keeps ASCII intact', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' ghp_abc')]));
    expect(d.kind).toBe('text');
    if (d.kind === 'text') expect(d.text.endsWith(' ghp_abc')).toBe(true);
  });
  test('empty file is empty text', () => {
    expect(decodeBytes(Buffer.alloc(0))).toMatchObject({ kind: 'text', text: '' });
  });
});

describe('globs', () => {
  const m = compileGlobs(['node_modules', '*.min.js', 'docs/generated/', 'fixtures/**/secret.txt']);
  test.each([
    ['node_modules/a/b.js', true],
    ['pkg/node_modules/x.js', true],
    ['src/app.min.js', true],
    ['docs/generated/a.md', true],
    ['x/docs/generated/a.md', false],
    ['fixtures/a/b/secret.txt', true],
    ['src/fixtures/a/secret.txt', false],
    ['src/app.js', false],
    ['node_modules_backup.txt', false],
  ])('%s excluded=%s', (p, want) => expect(m(p)).toBe(want));
});

describe('listing and reading', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kl-files-'));
    mkdirSync(path.join(dir, 'src'));
    mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(path.join(dir, 'src', 'a.py'), 'x = 1\n');
    writeFileSync(path.join(dir, 'node_modules', 'x', 'i.js'), 'y');
    writeFileSync(path.join(dir, 'big.txt'), 'a'.repeat(2048));
    writeFileSync(path.join(dir, 'img.png'), Buffer.from([0x89, 0x50, 0x00, 0x00]));
    symlinkSync('/etc/passwd', path.join(dir, 'link'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('filesystem listing outside git, with excludes', async () => {
    const listing = await listFiles({ targets: [dir] });
    expect(listing.via).toBe('filesystem');
    const { kept } = filterFiles(dir, listing, { exclude: ['node_modules'] });
    expect(kept.map((f) => path.relative(dir, f)).sort()).toEqual(['big.txt', 'img.png', 'src/a.py']); // symlinks are never followed
  });
  test('a directory that cannot be read is named in a notice, and the rest is listed', async () => {
    // Readable by nobody even as root: a path longer than PATH_MAX (ENAMETOOLONG), built step by step.
    const deep = mkdtempSync(path.join(tmpdir(), 'kl-deep-'));
    const seg = 'd'.repeat(200);
    execFileSync('bash', ['-c', `cd "$1" && echo 'k = 1' > top.py && for i in $(seq 25); do mkdir ${seg} && cd ${seg}; done && echo 'x = 1' > deep.py`, '_', deep]);
    try {
      const listing = await listFiles({ targets: [deep] });
      expect(listing.files.map((f) => path.relative(deep, f))).toContain('top.py');
      expect(listing.notices.some((n) => /^could not read directory .*d{200} \(ENAMETOOLONG\); the files in it were not scanned$/.test(n))).toBe(true);
    } finally {
      execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 25); do cd ${seg}; done; rm deep.py; for i in $(seq 25); do cd .. && rmdir ${seg}; done`, '_', deep]);
      rmSync(deep, { recursive: true, force: true });
    }
  });
  test('a sink gets the files as they are listed, in chunks, each file once, with the named ones known', async () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'kl-sink-'));
    try {
      for (let i = 0; i < 300; i++) {
        mkdirSync(path.join(tree, `d${i % 7}`), { recursive: true });
        writeFileSync(path.join(tree, `d${i % 7}`, `f${i}.txt`), 'x');
      }
      const named = path.join(tree, 'd3', 'f3.txt');
      const chunks: string[][] = [];
      const namedSeen: boolean[] = [];
      const listing = await listFiles({
        targets: [named, tree],
        sink: (files, explicit) => {
          chunks.push([...files]);
          namedSeen.push(explicit.has(named));
        },
      });
      expect(chunks.length).toBeGreaterThanOrEqual(3); // 300 files, chunks of at most 128 from the walk
      expect(chunks[0]).toEqual([named]);
      expect(namedSeen.every(Boolean)).toBe(true);
      const all = chunks.flat();
      expect(all).toHaveLength(300);
      expect(new Set(all).size).toBe(300);
      expect(all).toEqual(listing.files);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
  test('a file filter applied file by file counts what it drops and names the named files it drops', () => {
    const filter = fileFilter(dir, { exclude: ['*.md'], defaultExclude: ['node_modules'] });
    expect(filter.keep(path.join(dir, 'src', 'a.py'), false)).toBe(true);
    expect(filter.keep(path.join(dir, 'node_modules', 'x', 'i.js'), false)).toBe(false);
    expect(filter.keep(path.join(dir, 'node_modules', 'x', 'i.js'), true)).toBe(true);
    expect(filter.keep(path.join(dir, 'README.md'), true)).toBe(false);
    expect(filter.excluded).toBe(2);
    expect(filter.namedButExcluded).toEqual(['README.md']);
  });
  test('missing path is a usage error', async () => {
    await expect(listFiles({ targets: [path.join(dir, 'nope')] })).rejects.toThrow('path not found');
  });
  test('default excludes never drop a file named explicitly; user excludes do, and say so', async () => {
    const named = path.join(dir, 'node_modules', 'x', 'i.js');
    const listing = await listFiles({ targets: [named] });
    expect(filterFiles(dir, listing, { exclude: [], defaultExclude: ['node_modules'] }).kept).toEqual([named]);
    const r = filterFiles(dir, listing, { exclude: ['*.js'] });
    expect(r.kept).toEqual([]);
    expect(r.namedButExcluded).toEqual(['node_modules/x/i.js']);
  });
  test('a directory git ignores entirely is walked on the filesystem, with a notice', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'kl-files-git-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    writeFileSync(path.join(repo, '.gitignore'), 'ignored/\n');
    mkdirSync(path.join(repo, 'ignored'));
    writeFileSync(path.join(repo, 'ignored', 'a.env'), 'X=1\n');
    const listing = await listFiles({ targets: [path.join(repo, 'ignored')] });
    expect(listing.files.map((f) => path.basename(f))).toEqual(['a.env']);
    expect(listing.notices.join('\n')).toMatch(/ignored by git/);
    rmSync(repo, { recursive: true, force: true });
  });
  test("git's listing: tracked and untracked-not-ignored files, as absolute paths below the target", async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'kl-files-gitls-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo });
      writeFileSync(path.join(repo, '.gitignore'), '*.log\n');
      mkdirSync(path.join(repo, 'src', 'deep dir'), { recursive: true });
      writeFileSync(path.join(repo, 'src', 'a.py'), 'x = 1\n');
      writeFileSync(path.join(repo, 'src', 'deep dir', 'ünï code.ts'), 'y\n');
      execFileSync('git', ['add', '.'], { cwd: repo });
      writeFileSync(path.join(repo, 'new.txt'), 'untracked\n');
      writeFileSync(path.join(repo, 'debug.log'), 'ignored\n');
      for (const target of [repo, repo + path.sep]) {
        const listing = await listFiles({ targets: [target] });
        expect(listing.via).toBe('git');
        expect([...listing.files].sort()).toEqual(
          [path.join(repo, '.gitignore'), path.join(repo, 'new.txt'), path.join(repo, 'src', 'a.py'), path.join(repo, 'src', 'deep dir', 'ünï code.ts')].sort(),
        );
      }
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
  test('git failing after it listed files is an error (exit 2, one line), not a walk that would list them twice; git failing at once means no work tree', async () => {
    // Through the bundled CLI: a fake `git` first on its PATH (a test's process.env does not
    // reach child processes started in-process under jest).
    const bin = mkdtempSync(path.join(tmpdir(), 'kl-fakegit-'));
    const tree = mkdtempSync(path.join(tmpdir(), 'kl-fakegit-tree-'));
    try {
      writeFileSync(path.join(tree, 'a.txt'), 'x');
      const env = cleanEnv({ PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`, KEYLINT_THREADS: '1' });
      // Tracked files are listed; the untracked listing fails.
      writeFileSync(path.join(bin, 'git'), '#!/bin/sh\ncase "$*" in *--cached*) printf "a.txt\\0" ;; *) exit 128 ;; esac\n', { mode: 0o755 });
      const failed = await runCli(['scan', tree], { cwd: tree, env });
      expect(failed.code).toBe(2);
      expect(failed.stderr).toMatch(/^keylint: git ls-files failed in .* after listing 1 files; run `git ls-files` there to see why\n$/);
      // Both fail without output (outside a work tree): the filesystem is walked.
      writeFileSync(path.join(bin, 'git'), '#!/bin/sh\nexit 128\n', { mode: 0o755 });
      const walked = await runCli(['scan', tree], { cwd: tree, env });
      expect(walked.code).toBe(0);
      expect(walked.stdout + walked.stderr).toContain('1 file via filesystem');
    } finally {
      rmSync(bin, { recursive: true, force: true });
      rmSync(tree, { recursive: true, force: true });
    }
  }, 60_000);
  test('size limit, binary, symlink, deleted', async () => {
    expect((readUnit(dir, path.join(dir, 'big.txt'), 1024)).skipped?.reason).toBe('too-large');
    expect((readUnit(dir, path.join(dir, 'img.png'), 1024)).skipped?.reason).toBe('binary');
    expect((readUnit(dir, path.join(dir, 'link'), 1024)).skipped?.reason).toBe('symlink');
    expect((readUnit(dir, path.join(dir, 'gone.txt'), 1024)).skipped).toMatchObject({ reason: 'unreadable' });
    expect((readUnit(dir, path.join(dir, 'src', 'a.py'), 1024)).unit).toEqual({ path: 'src/a.py', text: 'x = 1\n' });
  });
  test('a binary over the size limit is skipped as binary (no "raise the limit" advice); a NUL past 8 KB still makes a binary', () => {
    writeFileSync(path.join(dir, 'tool.bin'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]), Buffer.alloc(4096, 0x41)]));
    expect((readUnit(dir, path.join(dir, 'tool.bin'), 1024)).skipped?.reason).toBe('binary');
    writeFileSync(path.join(dir, 'late.bin'), Buffer.concat([Buffer.alloc(20000, 0x41), Buffer.from([0])]));
    expect((readUnit(dir, path.join(dir, 'late.bin'), 1 << 20)).skipped?.reason).toBe('binary');
    writeFileSync(path.join(dir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('token = 1\n', 'utf16le')]));
    expect((readUnit(dir, path.join(dir, 'u16.txt'), 1 << 20)).unit?.text).toBe('token = 1\n');
  });
});
