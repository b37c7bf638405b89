/**
 * End to end under the real pre-commit framework: a consumer repository whose
 * .pre-commit-config.yaml points at this repository (a temporary commit of the working tree's
 * hook manifest and built dist/, so uncommitted work is tested too) by path.
 *
 * Needs: `pre-commit` on PATH (scripts/ci-setup.sh installs Debian's) and the bundled CLI
 * dist/cli/index.js with the `hook` subcommand (`npm run bundle`). Missing either is a
 * failure with a message saying so, never a silent skip.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GitRepo, tempDir, testGitEnv } from './support/git-repo.js';
import { fakeOpenAiKey } from './support/fake-openai.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');


interface Run {
  status: number | null;
  output: string;
}

describe('pre-commit hook (real pre-commit framework)', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let hookRepo: GitRepo;
  let consumer: GitRepo;
  let rev: string;
  const key = fakeOpenAiKey(20240601);
  const key2 = fakeOpenAiKey(777);

  function run(cmd: string, args: string[]): Run {
    const r = spawnSync(cmd, args, { cwd: consumer.dir, env, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
  }

  beforeAll(() => {
    const pc = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (pc.error || pc.status !== 0) {
      throw new Error('pre-commit is not installed: run `bash scripts/ci-setup.sh` (installs Debian\'s pre-commit)');
    }
    if (!existsSync(CLI)) {
      throw new Error('dist/cli/index.js is missing: run `npm run bundle` (the CLI bundle with the `keylint hook` subcommand)');
    }
    if ((statSync(CLI).mode & 0o111) === 0) throw new Error('dist/cli/index.js is not executable (chmod +x; ncc sets 755)');
    if (!readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node')) throw new Error('dist/cli/index.js lacks its #!/usr/bin/env node line');

    work = tempDir('keylint-precommit-');
    env = testGitEnv({ PRE_COMMIT_HOME: join(work, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' });

    // The hook repository: this working tree's manifest and bundle, committed.
    hookRepo = GitRepo.init(join(work, 'hook-repo'));
    cpSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hookRepo.dir, '.pre-commit-hooks.yaml'));
    cpSync(join(ROOT, 'package.json'), join(hookRepo.dir, 'package.json'));
    cpSync(join(ROOT, 'dist'), join(hookRepo.dir, 'dist'), { recursive: true });
    rev = hookRepo.commit('hook snapshot');
    expect(hookRepo.git('ls-files', '-s', 'dist/cli/index.js')).toMatch(/^100755 /);

    consumer = GitRepo.init(join(work, 'consumer'));
    consumer.write(
      '.pre-commit-config.yaml',
      ['repos:', `  - repo: ${hookRepo.dir}`, `    rev: ${rev}`, '    hooks:', '      - id: keylint', ''].join('\n'),
    );
    consumer.write('README.md', '# consumer\n');
    consumer.commit('config');
    execFileSync('pre-commit', ['install'], { cwd: consumer.dir, env, stdio: 'pipe' });
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('a commit adding a key is refused with file:line; the key never appears in the output', () => {
    consumer.write('app/config.py', ['import os', '', `OPENAI_API_KEY = "${key}"`, 'DEBUG = False', ''].join('\n'));
    consumer.add('app/config.py');
    const before = consumer.head();
    const r = run('git', ['commit', '-m', 'add config']);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('app/config.py:3');
    expect(r.output).not.toContain(key);
    expect(consumer.head()).toBe(before);
  }, 120_000);

  test('a clean commit succeeds', () => {
    consumer.git('rm', '-q', '--cached', 'app/config.py');
    rmSync(join(consumer.dir, 'app', 'config.py'));
    consumer.write('app/main.py', ['import os', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]', ''].join('\n'));
    consumer.add('app/main.py');
    const r = run('git', ['commit', '-m', 'clean']);
    expect(r.output).toMatch(/keylint/);
    expect(r.status).toBe(0);
    expect(consumer.git('log', '-1', '--format=%s')).toBe('clean');
  }, 120_000);

  test('only staged added lines are judged on commit: an old key elsewhere in the file does not block', () => {
    consumer.write('legacy.env', ['A=1', `OPENAI_API_KEY=${key2}`, ''].join('\n'));
    consumer.add('legacy.env');
    consumer.git('commit', '-q', '--no-verify', '-m', 'legacy key (bypassing hooks)');
    consumer.write('legacy.env', ['A=1', `OPENAI_API_KEY=${key2}`, 'B=2', ''].join('\n'));
    consumer.add('legacy.env');
    const r = run('git', ['commit', '-m', 'touch legacy']);
    expect(r.status).toBe(0);
  }, 120_000);

  test('pre-commit run --all-files scans whole files and flags the key in an untouched tracked file', () => {
    const r = run('pre-commit', ['run', '--all-files']);
    expect(r.status).toBe(1);
    expect(r.output).toContain('legacy.env:2');
    expect(r.output).not.toContain(key2);
  }, 120_000);

  test('the `rev:` the README shows: pre-commit installs this repository at that commit and the hook blocks a key', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /repo: https:\/\/github\.com\/keylint\/keylint[^\n]*\n\s*rev: ([0-9a-f]{40})/.exec(readme);
    expect(m).not.toBeNull();
    // (A shallow clone of this repository may lack that commit: docs-refs.test.ts says so too.)
    if (spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() === 'true') return;
    const readmeConsumer = GitRepo.init(join(work, 'consumer-readme'));
    readmeConsumer.write('.pre-commit-config.yaml', ['repos:', `  - repo: ${ROOT}`, `    rev: ${m![1]}`, '    hooks:', '      - id: keylint', ''].join('\n'));
    readmeConsumer.write('app/settings.py', `OPENAI_API_KEY = "${key2}"\n`);
    readmeConsumer.commit('consumer');
    const r = spawnSync('pre-commit', ['run', '--all-files'], { cwd: readmeConsumer.dir, env, encoding: 'utf8', timeout: 120_000 });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    expect(r.status).not.toBe(0);
    expect(output).toContain('app/settings.py:1');
    expect(output).not.toContain(key2);
  }, 180_000);
});
