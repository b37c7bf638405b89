import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';

// A GitHub classic token with a valid CRC32 checksum and an AWS key id, built at runtime.
import { crc32 } from 'node:zlib';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function b62(n: number): string {
  let s = '';
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(6, '0');
}
const BODY = 'Zx9Lm2Qp8Rt4Vw6Ny1Ks3Hd5Jf7Gb0';
const GHP = `ghp_${BODY}${b62(crc32(BODY))}`;

function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, env, cwd };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kl-cli-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'app.py'), `import os\n\nGITHUB_TOKEN = "${GHP}"\n`);
  writeFileSync(path.join(dir, 'clean.txt'), 'nothing to see\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('keylint scan', () => {
  test('text output: file:line:col, provider, rule, redacted — exit 1', async () => {
    const r = await run(['scan', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/src\/app\.py:3:17\s+GitHub/);
    expect(r.stdout).toContain('ghp_…');
    expect(r.stdout + r.stderr).not.toContain(GHP);
  });
  test('json output is the documented contract', async () => {
    const r = await run(['scan', dir, '--format', 'json'], '/');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { version: number; findings: Array<Record<string, unknown>>; stats: Record<string, number> };
    expect(j.version).toBe(1);
    expect(j.findings).toHaveLength(1);
    expect(j.findings[0]).toMatchObject({ provider: 'github', file: 'src/app.py', line: 3, column: 17, endColumn: 17 + GHP.length, confidence: 'high' });
    expect(Object.keys(j.findings[0]!)).toEqual(expect.arrayContaining(['rule', 'provider', 'file', 'line', 'column', 'endColumn', 'fingerprint', 'redacted', 'confidence']));
    expect(j.stats).toMatchObject({ files: 2, skipped: 0 });
    expect(r.stdout).not.toContain(GHP);
  });
  test('sarif to a file, summary on stderr', async () => {
    const out = path.join(dir, 'out', 'r.sarif');
    const r = await run(['scan', '.', '--format', 'sarif', '--output', out], dir);
    expect(r.code).toBe(1);
    const sarif = readFileSync(out, 'utf8');
    expect(JSON.parse(sarif).version).toBe('2.1.0');
    expect(sarif).not.toContain(GHP);
    expect(r.stderr).toContain('src/app.py');
    rmSync(path.join(dir, 'out'), { recursive: true });
  });
  test('clean tree exits 0', async () => {
    const r = await run(['scan', 'clean.txt'], dir);
    expect(r.code).toBe(0);
  });
  test('--exclude skips a path', async () => {
    const r = await run(['scan', '.', '--exclude', 'src/**'], dir);
    expect(r.code).toBe(0);
  });
  test.each([
    [['scan', '--format', 'xml'], /--format must be text, json or sarif/],
    [['scan', 'does-not-exist'], /path not found/],
    [['scan', '--bogus'], /unknown option --bogus/],
    [['scan', '--verfy'], /unknown option --verfy — did you mean "--verify"?/],
    [['sacn', '.'], /unknown command "sacn" — did you mean "scan"?/],
    [['scan', '--staged', '--history'], /choose one of/],
    [['scan', '--max-file-size', 'huge'], /size/],
  ])('usage error %j → exit 2, one line, no stack', async (argv, msg) => {
    const r = await run(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  test('-o picks the format from the extension; a folder it has to create is said on stderr', async () => {
    const out = path.join(dir, 'reports', 'nested');
    const r = await run(['scan', 'src', '-o', path.join('reports', 'nested', 'k.sarif')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`keylint: created the folder ${path.join('reports', 'nested')} for`);
    expect(JSON.parse(readFileSync(path.join(out, 'k.sarif'), 'utf8')).version).toBe('2.1.0');
    const j = await run(['scan', 'src', '-o', path.join('reports', 'nested', 'k.json')], dir);
    expect(j.stderr).not.toContain('created the folder');
    expect(JSON.parse(readFileSync(path.join(out, 'k.json'), 'utf8')).version).toBe(1);
    rmSync(path.join(dir, 'reports'), { recursive: true, force: true });
  });
  test('--version and --help', async () => {
    expect((await run(['--version'], dir)).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await run(['--help'], dir)).stdout).toContain('keylint scan');
  });
  test('version matches package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'], dir)).stdout.trim()).toBe(pkg.version);
  });
});

describe('scan inside a git work tree', () => {
  test('lists tracked and untracked-not-ignored files, not ignored ones', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'kl-cli-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    writeFileSync(path.join(repo, '.gitignore'), 'ignored.env\n');
    writeFileSync(path.join(repo, 'ignored.env'), `TOKEN=${GHP}\n`);
    writeFileSync(path.join(repo, 'new.env'), `TOKEN=${GHP}\n`);
    const r = await run(['scan', '--format', 'json'], repo);
    const j = JSON.parse(r.stdout) as { findings: Array<{ file: string }> };
    expect(j.findings.map((f) => f.file)).toEqual(['new.env']);
    rmSync(repo, { recursive: true, force: true });
  });
});
