/**
 * Running git: child_process.spawn without a shell, an environment that makes the output
 * independent of the user's pager, external diff drivers and locale, and errors that say
 * what to do. Content bytes are never interpreted here.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UsageError } from '../types.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitRunOptions {
  /** Treat pathspecs as literal paths (no globs, no `:(magic)`). */
  literalPathspecs?: boolean;
  /** Largest stdout kept (bytes); beyond it the command fails with a UsageError. */
  maxBytes?: number;
  /** Keep only the first N bytes of stdout, stop git and report success (for sniffing a blob). */
  headBytes?: number;
}

/** Config overrides that keep porcelain output parseable whatever the user's config says. */
const CONFIG_OVERRIDES = [
  ...['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'diff.noprefix=false'],
  // Smaller pack windows and delta cache: by default git maps up to 1 GB of pack per process,
  // all counted in its RSS (430 MB on a 1 GB --history scan; 82 MB with these, same speed).
  ...['-c', 'core.packedGitWindowSize=16m', '-c', 'core.packedGitLimit=64m', '-c', 'core.deltaBaseCacheLimit=16m'],
];

function gitEnv(opts: GitRunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_PAGER: 'cat', GIT_OPTIONAL_LOCKS: '0' };
  delete env.GIT_EXTERNAL_DIFF;
  delete env.GIT_DIFF_OPTS;
  if (opts.literalPathspecs) env.GIT_LITERAL_PATHSPECS = '1';
  else delete env.GIT_LITERAL_PATHSPECS;
  return env;
}

function notInstalled(): UsageError {
  return new UsageError('git is not installed (or not on PATH): install git, or scan files with `keylint scan PATH`');
}

/** First meaningful line of git's stderr, for error messages. */
export function firstLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0 && !l.startsWith('hint:'));
  return line ?? '(no message)';
}

/** Runs git to completion and collects its output (for small outputs: refs, names, blobs). */
export function runGit(args: string[], cwd: string, opts: GitRunOptions = {}): Promise<GitResult> {
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn('git', [...CONFIG_OVERRIDES, ...args], { cwd, env: gitEnv(opts), stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      reject(spawnError(err, cwd));
      return;
    }
    const out: Buffer[] = [];
    let outBytes = 0;
    let tooLarge = false;
    let err = '';
    let truncated = false;
    child.stdout.on('data', (b: Buffer) => {
      if (truncated) return;
      if (opts.headBytes !== undefined && outBytes + b.length >= opts.headBytes) {
        out.push(b.subarray(0, opts.headBytes - outBytes));
        outBytes = opts.headBytes;
        truncated = true;
        child.kill();
        return;
      }
      outBytes += b.length;
      if (outBytes > maxBytes) {
        tooLarge = true;
        child.kill();
        return;
      }
      out.push(b);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (err.length < 64 * 1024) err += s;
    });
    child.on('error', (e) => reject(spawnError(e, cwd)));
    child.on('close', (code) => {
      if (tooLarge) {
        reject(new UsageError(`git ${args[0] ?? ''} produced more than ${maxBytes} bytes`));
        return;
      }
      resolve({ code: truncated ? 0 : (code ?? 1), stdout: Buffer.concat(out), stderr: err });
    });
  });
}

function spawnError(e: unknown, cwd: string): Error {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    // Either git is missing or cwd does not exist.
    return notInstalledOrBadDir(cwd);
  }
  return new UsageError(`could not run git: ${(e as Error).message}`);
}

/** spawn reports ENOENT both when git is missing and when cwd does not exist. */
function notInstalledOrBadDir(cwd: string): UsageError {
  if (!dirExists(cwd)) return new UsageError(`directory not found: ${cwd}`);
  return notInstalled();
}

function dirExists(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Output stream of a long-running git command plus its outcome. */
export interface GitStream {
  stdout: Readable;
  /** Resolves when git has exited: its exit code and (the start of) its stderr. */
  done: Promise<{ code: number; stderr: string }>;
  kill(): void;
}

export function streamGit(args: string[], cwd: string, opts: GitRunOptions = {}): GitStream {
  const child = spawn('git', [...CONFIG_OVERRIDES, ...args], { cwd, env: gitEnv(opts), stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    if (err.length < 64 * 1024) err += s;
  });
  const done = new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    child.on('error', (e) => reject(spawnError(e, cwd)));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stderr: err }));
  });
  // Surface spawn errors through `done` only; the stdout stream then just ends.
  done.catch(() => undefined);
  return {
    stdout: child.stdout,
    done,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

export const EMPTY_TREE_SHA1 = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Repository facts needed before a scan; throws a UsageError when cwd is not in a work tree. */
export interface RepoInfo {
  topLevel: string;
  shallow: boolean;
}

export async function repoInfo(cwd: string): Promise<RepoInfo> {
  const r = await runGit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], cwd);
  if (r.code !== 0) {
    const msg = firstLine(r.stderr);
    if (/not a git repository/i.test(msg)) {
      throw new UsageError(`not a git repository: ${cwd} (run keylint inside a git work tree, or scan files with \`keylint scan PATH\`)`);
    }
    throw new UsageError(`git cannot read the repository at ${cwd}: ${msg}`);
  }
  const [topLevel = '', shallow = 'false'] = r.stdout.toString('utf8').split('\n');
  if (topLevel === '') {
    throw new UsageError(`not inside a git work tree: ${cwd} (a bare repository has no staged changes; use --diff/--commits in a clone)`);
  }
  return { topLevel, shallow: shallow.trim() === 'true' };
}

/** Resolves a revision to a full commit sha, or null when git does not know it. */
export async function resolveCommit(rev: string, cwd: string): Promise<string | null> {
  if (rev.startsWith('-')) return null;
  const r = await runGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd);
  if (r.code !== 0) return null;
  return r.stdout.toString('utf8').trim() || null;
}

export async function mergeBase(a: string, b: string, cwd: string): Promise<string | null> {
  const r = await runGit(['merge-base', a, b], cwd);
  if (r.code !== 0) return null;
  return r.stdout.toString('utf8').trim() || null;
}
