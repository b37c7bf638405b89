import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundles, cleanEnv, leaks, runCli, runNode, STACK_FRAME } from './support/hardening.js';

/**
 * The worker-thread path of whole-file scans, through the bundled CLI (only a bundle can start
 * workers): 400 files, keys spread over them, a binary whose NUL byte lies past the first 8 KB,
 * one whose NUL is at the start, a file over the size limit, a UTF-16 file. Two threads must
 * give exactly what one gives.
 */

const AWS_IDS = Array.from({ length: 25 }, (_, i) => `AKIA${'QZ7WXR5TPLM3KJH'.slice(0, 15)}${'ABCDEFGHIJKLMNOPQRSTUVWXY'[i]}`);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kl-threads-'));
  for (let i = 0; i < 400; i++) {
    const sub = path.join(dir, `pkg${i % 10}`);
    mkdirSync(sub, { recursive: true });
    const lines = Array.from({ length: 40 }, (_, j) => `const value${j} = compute(${i}, ${j}); // token handling, api key lookup`);
    if (i % 16 === 0) lines.splice(7, 0, `aws_access_key_id = "${AWS_IDS[i / 16]}"`);
    writeFileSync(path.join(sub, `file${i}.js`), lines.join('\n') + '\n');
  }
  const lateNul = Buffer.concat([Buffer.from(`aws_access_key_id = "${AWS_IDS[0]}"\n`.repeat(400)), Buffer.from([0]), Buffer.from('tail\n')]);
  writeFileSync(path.join(dir, 'late-nul.bin'), lateNul);
  writeFileSync(path.join(dir, 'early-nul.bin'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(`aws_access_key_id = "${AWS_IDS[1]}"\n`)]));
  writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(3 * 1024 * 1024));
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`aws_access_key_id = "${AWS_IDS[2]}"\n`, 'utf16le')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  findings: Array<{ file: string; line: number; column: number; rule: string }>;
  stats: { files: number; bytes: number; skipped: number };
}

/** JSON goes to a file; the text summary (with the scope: "… on 2 threads") to stderr. */
async function scan(threads: string): Promise<{ report: Report; stderr: string; json: string }> {
  const out = path.join(tmpdir(), `kl-threads-${process.pid}-${threads}.json`);
  const p = await runCli(['scan', dir, '--format', 'json', '--output', out, '--max-file-size', '2MB', '--verbose'], { cwd: dir, env: cleanEnv({ KEYLINT_THREADS: threads }), timeoutMs: 120_000 });
  expect(p.code).toBe(1);
  const json = readFileSync(out, 'utf8');
  rmSync(out);
  return { report: JSON.parse(json) as Report, stderr: p.stdout + p.stderr, json };
}

describe('whole-file scans on worker threads', () => {
  test('400 files named one by one (as from xargs) are scanned on two threads too: the same findings', async () => {
    const named = Array.from({ length: 400 }, (_, i) => path.join(`pkg${i % 10}`, `file${i}.js`));
    const run = async (threads: string): Promise<{ report: Report; stderr: string }> => {
      const out = path.join(tmpdir(), `kl-named-${process.pid}-${threads}.json`);
      const p = await runCli(['scan', ...named, '--format', 'json', '--output', out], { cwd: dir, env: cleanEnv({ KEYLINT_THREADS: threads }), timeoutMs: 120_000 });
      expect(p.code).toBe(1);
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      rmSync(out);
      return { report, stderr: p.stdout + p.stderr };
    };
    const [one, two] = [await run('1'), await run('2')];
    expect(two.stderr).toContain('400 files via filesystem on 2 threads');
    expect(one.report.findings).toHaveLength(25);
    expect(two.report.findings).toEqual(one.report.findings);
    expect(two.report.stats).toMatchObject({ files: 400, bytes: one.report.stats.bytes });
  }, 120_000);

  test('two threads find exactly what one finds, with the same stats, and never print a key', async () => {
    const [one, two] = [await scan('1'), await scan('2')];
    expect(two.stderr).toContain('on 2 threads');
    expect(one.stderr).not.toContain('threads');
    expect(two.report.findings).toEqual(one.report.findings);
    expect(two.report.stats.files).toBe(one.report.stats.files);
    expect(two.report.stats.bytes).toBe(one.report.stats.bytes);
    expect(two.report.stats.skipped).toBe(3);
    const files = new Set(two.report.findings.map((f) => f.file));
    // 25 planted files plus the UTF-16 one; neither binary, nor the file over the limit.
    expect(files.size).toBe(26);
    expect(files.has('utf16.txt')).toBe(true);
    expect(files.has('late-nul.bin')).toBe(false);
    expect(files.has('early-nul.bin')).toBe(false);
    expect(two.report.findings.find((f) => f.file === 'pkg0/file0.js')).toMatchObject({ line: 8, column: 22 });
    expect(leaks(two.json + two.stderr, AWS_IDS)).toEqual([]);
  }, 240_000);

  test('three threads (two workers claiming from the shared cursor with this thread) scan every file once', async () => {
    const [one, three] = [await scan('1'), await scan('3')];
    expect(three.stderr).toContain('on 3 threads');
    expect(three.report.findings).toEqual(one.report.findings);
    expect(three.report.stats).toMatchObject({ files: one.report.stats.files, bytes: one.report.stats.bytes, skipped: 3 });
  }, 240_000);

  test('a --max-file-size above the default: workers sized for it (prestarted from the flag), the same findings', async () => {
    const one = await scan('1');
    const out = path.join(tmpdir(), `kl-threads-${process.pid}-big.json`);
    const p = await runCli(['scan', dir, '--format', 'json', '--output', out, '--max-file-size', '64MB'], { cwd: dir, env: cleanEnv({ KEYLINT_THREADS: '2' }) });
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('on 2 threads');
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    rmSync(out);
    // big.txt (3 MB of x) is scanned now: nothing in it, one file more.
    expect(report.findings).toEqual(one.report.findings);
    expect(report.stats.files).toBe(one.report.stats.files + 1);
  }, 120_000);

  test('a large file is scanned in parts by both threads: the same findings, the file counted once', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'kl-split-'));
    try {
      // 6 MB on one line (a minified bundle), keys spread over it, one near the middle.
      const filler = 'var a=function(b){return b.token+"x"};'.repeat(1000);
      const parts: string[] = [];
      for (let i = 0; i < 160; i++) parts.push(filler, i % 8 === 0 ? `aws_access_key_id="${AWS_IDS[i / 8]}";` : '');
      writeFileSync(path.join(big, 'bundle.js'), parts.join(''));
      writeFileSync(path.join(big, 'small.js'), `aws_access_key_id = "${AWS_IDS[24]}"\n`);
      const run = async (threads: string): Promise<{ report: Report; stderr: string }> => {
        const out = path.join(tmpdir(), `kl-split-${process.pid}-${threads}.json`);
        const p = await runCli(['scan', big, '--format', 'json', '--output', out], { cwd: big, env: cleanEnv({ KEYLINT_THREADS: threads }) });
        expect(p.code).toBe(1);
        const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
        rmSync(out);
        return { report, stderr: p.stderr };
      };
      const [one, two] = [await run('1'), await run('2')];
      expect(two.stderr).toContain('on 2 threads');
      expect(one.report.findings).toHaveLength(21);
      expect(two.report.findings).toEqual(one.report.findings);
      expect(two.report.stats).toMatchObject({ files: 2, bytes: one.report.stats.bytes });
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 120_000);

  test('a large tree: workers start while it is listed; a large file among the last listed is scanned in parts; the same findings', async () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'kl-stream-'));
    try {
      // A git work tree: git lists files sorted, so zz/ comes last (the tail planned at the end).
      execFileSync('git', ['init', '-q'], { cwd: tree });
      for (let i = 0; i < 500; i++) {
        mkdirSync(path.join(tree, `p${i % 20}`), { recursive: true });
        const key = i % 50 === 0 ? `\naws_access_key_id = "${AWS_IDS[i / 50]}"\n` : '\n';
        writeFileSync(path.join(tree, `p${i % 20}`, `f${i}.py`), `x = ${i}${key}`);
      }
      mkdirSync(path.join(tree, 'zz'));
      const filler = 'def handler(event): return event.token\n'.repeat(2000);
      const slow = [filler, `aws_access_key_id = "${AWS_IDS[20]}"\n`, filler, filler, `aws_access_key_id = "${AWS_IDS[21]}"\n`, filler].join('');
      writeFileSync(path.join(tree, 'zz', 'slow.py'), slow.repeat(3)); // ~700 KB: split in the tail
      writeFileSync(path.join(tree, 'zz', 'z.py'), `aws_access_key_id = "${AWS_IDS[22]}"\n`);
      const run = async (threads: string): Promise<{ report: Report; stderr: string }> => {
        const out = path.join(tmpdir(), `kl-stream-${process.pid}-${threads}.json`);
        const p = await runCli(['scan', tree, '--format', 'json', '--output', out, '--verbose'], { cwd: tree, env: cleanEnv({ KEYLINT_THREADS: threads }) });
        expect(p.code).toBe(1);
        const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
        rmSync(out);
        return { report, stderr: p.stdout + p.stderr };
      };
      const [one, two] = [await run('1'), await run('2')];
      expect(two.stderr).toContain('502 files via git on 2 threads');
      expect(one.report.findings).toHaveLength(10 + 6 + 1);
      expect(two.report.findings).toEqual(one.report.findings);
      expect(two.report.stats).toMatchObject({ files: 502, bytes: one.report.stats.bytes });
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }, 120_000);

  test('JSON files read where they are scanned: detect-secrets baselines are not reported, raw gitleaks reports are named, on two threads as on one', async () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'kl-json-'));
    try {
      for (let i = 0; i < 300; i++) {
        mkdirSync(path.join(tree, `p${i % 10}`), { recursive: true });
        writeFileSync(path.join(tree, `p${i % 10}`, `f${i}.py`), `x = ${i}\n`);
      }
      // Spread over the tree, so that both threads meet some.
      for (let i = 0; i < 10; i++) {
        const key = AWS_IDS[i]!;
        const baseline = { version: '1.5.0', plugins_used: [], results: { 'a.py': [{ type: 'AWS Access Key', line_number: 1, note: `aws_access_key_id = "${key}"` }] } };
        writeFileSync(path.join(tree, `p${i}`, 'ds.json'), JSON.stringify(baseline, null, 2));
        const report = [{ RuleID: 'aws-access-token', File: 'a.py', StartLine: 1, Secret: key, Match: `aws_access_key_id = "${key}"`, Fingerprint: `c:a.py:aws-access-token:1` }];
        writeFileSync(path.join(tree, `p${i}`, 'gitleaks.json'), JSON.stringify(report, null, 2));
      }
      const run = async (threads: string): Promise<{ report: Report & { notices: string[] }; stderr: string }> => {
        const out = path.join(tmpdir(), `kl-json-${process.pid}-${threads}.json`);
        const p = await runCli(['scan', tree, '--format', 'json', '--output', out], { cwd: tree, env: cleanEnv({ KEYLINT_THREADS: threads }) });
        expect(p.code).toBe(1);
        const report = JSON.parse(readFileSync(out, 'utf8')) as Report & { notices: string[] };
        rmSync(out);
        return { report, stderr: p.stdout + p.stderr };
      };
      const [one, two] = [await run('1'), await run('2')];
      expect(two.stderr).toContain('on 2 threads');
      expect([...new Set(one.report.findings.map((f) => f.file))].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `p${i}/gitleaks.json`));
      expect(two.report.findings).toEqual(one.report.findings);
      expect(one.report.notices.filter((n) => n.includes("secret scanners' own files"))).toEqual([expect.stringMatching(/^10 findings in secret scanners' own files \(p0\/ds\.json, p1\/ds\.json, p2\/ds\.json and 7 more\)/)]);
      expect(one.report.notices.filter((n) => n.includes('gitleaks report with raw secrets'))).toHaveLength(10);
      expect(two.report.notices).toEqual(one.report.notices);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }, 120_000);

  /** A copy of the CLI bundle's folder, its scan worker bundle changed by `edit`. */
  function cliCopy(edit: (workerFile: string) => void): string {
    const copy = mkdtempSync(path.join(tmpdir(), 'kl-bundle-'));
    cpSync(path.dirname(bundles().cli), copy, { recursive: true });
    edit(path.join(copy, 'scan-worker.js'));
    return path.join(copy, 'index.js');
  }

  test('workers run the slim scan-worker.js next to the CLI bundle; a broken one is a one-line error, exit 2', async () => {
    const cli = cliCopy((worker) => writeFileSync(worker, "throw new Error('this scan-worker.js is broken');\n"));
    try {
      const p = await runNode(cli, ['scan', dir, '--format', 'json'], { cwd: dir, env: cleanEnv({ KEYLINT_THREADS: '2' }) });
      expect(p.code).toBe(2);
      expect(p.stderr.trim()).toBe('keylint: a scan worker thread failed: this scan-worker.js is broken');
      expect(p.stderr).not.toMatch(STACK_FRAME);
    } finally {
      rmSync(path.dirname(cli), { recursive: true, force: true });
    }
  }, 120_000);

  test('without scan-worker.js, workers run the CLI bundle itself and find the same', async () => {
    const cli = cliCopy((worker) => rmSync(worker));
    try {
      const one = await scan('1');
      const out = path.join(tmpdir(), `kl-threads-${process.pid}-fallback.json`);
      const p = await runNode(cli, ['scan', dir, '--format', 'json', '--output', out, '--max-file-size', '2MB'], { cwd: dir, env: cleanEnv({ KEYLINT_THREADS: '2' }) });
      expect(p.code).toBe(1);
      expect(p.stderr).toContain('on 2 threads');
      expect((JSON.parse(readFileSync(out, 'utf8')) as Report).findings).toEqual(one.report.findings);
      rmSync(out);
    } finally {
      rmSync(path.dirname(cli), { recursive: true, force: true });
    }
  }, 120_000);
});
