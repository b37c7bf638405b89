/**
 * Temporary git repositories for tests: created under the OS temp dir with a config that
 * ignores the machine's global/system git config, and removed by `cleanup()`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Environment for git in tests: no inherited repository variables, no user config. */
export function testGitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('GIT_')) delete env[k];
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    ...extra,
  };
}

export function tempDir(prefix = 'keylint-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export class GitRepo {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** A new repository (branch `main`, no commits). */
  static init(dir: string = tempDir('keylint-repo-')): GitRepo {
    mkdirSync(dir, { recursive: true });
    const repo = new GitRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'commit.gpgsign', 'false');
    repo.git('config', 'core.autocrlf', 'false');
    return repo;
  }

  /** Wraps an existing directory (e.g. a clone). */
  static at(dir: string): GitRepo {
    return new GitRepo(dir);
  }

  /** Runs git in the repository and returns stdout (trimmed of one trailing newline). */
  git(...args: string[]): string {
    const out = execFileSync('git', args, { cwd: this.dir, env: testGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return out.endsWith('\n') ? out.slice(0, -1) : out;
  }

  write(path: string, content: string | Buffer, opts: { executable?: boolean } = {}): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    if (opts.executable) chmodSync(full, 0o755);
    return this;
  }

  /** `git mv`, creating the destination folder first. */
  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    this.git('mv', '--', from, to);
    return this;
  }

  remove(path: string): this {
    this.git('rm', '-q', '--', path);
    return this;
  }

  add(...paths: string[]): this {
    this.git('add', '--', ...(paths.length > 0 ? paths : ['.']));
    return this;
  }

  /** Stages everything and commits; returns the new commit's sha. */
  commit(message = 'change', opts: { all?: boolean } = { all: true }): string {
    if (opts.all !== false) this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
