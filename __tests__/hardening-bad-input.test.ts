/**
 * Bad input against the bundled CLI and Action (child processes): odd files, symlinks,
 * unreadable files, empty and missing repositories, malformed config / baseline / event
 * payload. Every case gives a correct result or exit 2 with one line naming the problem;
 * never a stack trace.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { actionRunnerEnv, bundles, runCli, runNode, STACK_FRAME, type Proc } from './support/hardening.js';
import { GitRepo, tempDir } from './support/git-repo.js';

const key = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(`hardening-bad-${seed}`)).value;
const OPENAI = key('openai-proj', 'main');
const OUTSIDE = key('github-pat', 'outside');
const U16 = key('anthropic', 'utf16');

interface Json {
  findings: Array<{ file: string; line: number; column: number; rule: string }>;
}

function expectClean(r: Proc, codes: number[]): void {
  expect(r.signal).toBeNull();
  expect(codes).toContain(r.code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stdout).not.toMatch(STACK_FRAME);
  if (r.code === 2) expect(r.stderr.trim().split('\n')).toHaveLength(1);
  for (const k of [OPENAI, OUTSIDE, U16]) expect(r.stdout + r.stderr).not.toContain(k);
}

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.reverse()) c();
});
function dir(prefix: string): string {
  const d = tempDir(prefix);
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

beforeAll(() => {
  bundles();
}, 180_000);

describe('odd files in a plain directory', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    outside = dir('keylint-outside-');
    writeFileSync(join(outside, 'secret.env'), `GITHUB_TOKEN=${OUTSIDE}\n`);
    mkdirSync(join(outside, 'sub'));
    writeFileSync(join(outside, 'sub', 'x.env'), `GITHUB_TOKEN=${OUTSIDE}\n`);
    root = dir('keylint-bad-');
    writeFileSync(join(root, 'empty.txt'), '');
    const bin = Buffer.alloc(4096);
    for (let i = 0; i < bin.length; i++) bin[i] = (i * 131 + 7) & 0xff;
    writeFileSync(join(root, 'blob.bin'), bin);
    // Invalid UTF-8 bytes on the line before the key.
    writeFileSync(join(root, 'invalid-utf8.txt'), Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x0a]), Buffer.from(`OPENAI_API_KEY=${OPENAI}\n`)]));
    const text = `# notes\nANTHROPIC_API_KEY=${U16}\n`;
    writeFileSync(join(root, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    writeFileSync(join(root, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    symlinkSync(join(outside, 'secret.env'), join(root, 'link-out.env'));
    symlinkSync(join(outside, 'sub'), join(root, 'link-dir'));
    symlinkSync('loop-b', join(root, 'loop-a'));
    symlinkSync('loop-a', join(root, 'loop-b'));
    symlinkSync('.', join(root, 'self'));
  });

  test('text and JSON: empty and binary files pass, keys in invalid UTF-8 and UTF-16 (BOM) files are found, symlinks are not followed', async () => {
    const r = await runCli(['scan', '--format', 'json', '.'], { cwd: root });
    expectClean(r, [1]);
    const json = JSON.parse(r.stdout) as Json;
    const at = json.findings.map((f) => `${f.file}:${f.line}:${f.column}`).sort();
    expect(at).toEqual(['invalid-utf8.txt:2:16', 'utf16be.txt:2:19', 'utf16le.txt:2:19']);
    expect(json.findings.every((f) => !f.file.startsWith('link') && !f.file.startsWith('self'))).toBe(true);
    const v = await runCli(['scan', '-v', '.'], { cwd: root });
    expectClean(v, [1]);
    expect(v.stdout + v.stderr).toMatch(/blob\.bin\s+binary/);
  });

  test('symlinks given by name (a loop, a file outside, the root itself): no crash, nothing outside is read', async () => {
    for (const arg of ['loop-a', 'link-out.env', 'self', 'link-dir']) {
      const r = await runCli(['scan', '-v', arg], { cwd: root });
      expectClean(r, [0, 1, 2]);
    }
    const file = await runCli(['scan', '-v', 'link-out.env'], { cwd: root });
    expect(file.code).toBe(0);
    expect(file.stdout + file.stderr).toMatch(/link-out\.env\s+symlink/);
  });

  // Open bug (src/sources/files.ts, lead's): `keylint scan link-dir`, where link-dir is a
  // symlink to a directory outside the root, prints "No secrets found · 0 files scanned" and
  // exits 0 without saying the path was a symlink that was not followed (a file symlink is
  // listed as "skipped … symlink"). Expected: the skip is reported (or exit 2).
  test.failing('a directory symlink given by name says it was skipped', async () => {
    const r = await runCli(['scan', '-v', 'link-dir'], { cwd: root });
    expectClean(r, [0, 2]);
    expect(r.code === 2 || /symlink/.test(r.stdout + r.stderr)).toBe(true);
  });

  test('an unreadable file is reported, not silently passed', async () => {
    if (process.getuid?.() === 0) {
      // Running as root: chmod 000 does not stop reads, so there is nothing to observe here.
      return;
    }
    const d = dir('keylint-unreadable-');
    writeFileSync(join(d, 'locked.env'), `OPENAI_API_KEY=${OPENAI}\n`);
    chmodSync(join(d, 'locked.env'), 0o000);
    cleanups.push(() => chmodSync(join(d, 'locked.env'), 0o600));
    const r = await runCli(['scan', '-v', '.'], { cwd: d });
    expectClean(r, [0, 1, 2]);
    expect(r.stdout + r.stderr).toMatch(/locked\.env.*unreadable|unreadable.*locked\.env/);
  });
});

describe('git', () => {
  test('an empty repository (git init only): scan, --staged, --history, hook all pass', async () => {
    const repo = GitRepo.init();
    cleanups.push(() => repo.cleanup());
    for (const args of [['scan'], ['scan', '--staged'], ['scan', '--history'], ['hook']]) {
      const r = await runCli(args, { cwd: repo.dir });
      expectClean(r, [0]);
    }
  });

  test('git flags outside a repository exit 2 with one line', async () => {
    const d = dir('keylint-norepo-');
    for (const args of [['scan', '--staged'], ['scan', '--history'], ['scan', '--diff', 'a..b'], ['scan', '--commits', 'a..b'], ['hook']]) {
      const r = await runCli(args, { cwd: d });
      expectClean(r, [2]);
      expect(r.stderr).toMatch(/not a git repository/);
    }
  });
});

describe('malformed configuration and baseline', () => {
  test('malformed .keylint.yml: exit 2 naming file:line', async () => {
    const d = dir('keylint-badcfg-');
    writeFileSync(join(d, 'a.txt'), 'hello\n');
    const cases = ['exclude:\n  - a\n bad: [\n', 'exclude: [unterminated\n', 'rules:\n  disable: 42\n', 'custom-rules:\n  - id: x\n    regex: "("\n    keywords: [ab]\n', '\t\u0000: :\n', 'nope: 1\n'];
    for (const text of cases) {
      writeFileSync(join(d, '.keylint.yml'), text);
      const r = await runCli(['scan', '.'], { cwd: d });
      expectClean(r, [2]);
      expect(r.stderr).toMatch(/\.keylint\.yml:\d+(:\d+)?: /);
    }
  });

  test('malformed baseline JSON: exit 2 naming the file', async () => {
    const d = dir('keylint-badbase-');
    writeFileSync(join(d, 'a.txt'), `OPENAI_API_KEY=${OPENAI}\n`);
    const cases = ['{"version":1,"findings":[', '{"version":1,"findings":[{}]}', '[]', '\u00ff\u00fe{', '{"version":99,"findings":[]}', ''];
    for (const text of cases) {
      writeFileSync(join(d, '.keylint-baseline.json'), text);
      const r = await runCli(['scan', '.'], { cwd: d });
      expectClean(r, [2]);
      expect(r.stderr).toContain('.keylint-baseline.json');
    }
    const explicit = await runCli(['scan', '--baseline', 'missing.json', '.'], { cwd: d });
    expectClean(explicit, [2]);
    expect(explicit.stderr).toContain('missing.json');
  });
});

describe('the Action with a malformed event payload', () => {
  test.each([['{not json'], ['[1,2]'], ['']])('%j: the step fails with one line naming the file, no stack trace', async (payload) => {
    const ws = dir('keylint-ws-');
    const env = actionRunnerEnv(ws, { eventName: 'push', inputs: { mode: 'scan' } });
    writeFileSync(env.GITHUB_EVENT_PATH!, payload);
    const r = await runNode(bundles().action, [], { cwd: ws, env });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).toBe('');
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(env.GITHUB_EVENT_PATH);
    expect(readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8')).not.toMatch(STACK_FRAME);
  });
});
