/**
 * Shared helpers of the hardening suites: the bundled CLI and Action built from the current
 * sources (cached by a hash of src/, one build shared by all test workers), child processes
 * run asynchronously (so loopback servers in the test process can answer them), a clean
 * environment, and the leak check (raw secret or any 12-character window of its middle).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

function hashTree(dir: string, h = createHash('sha256')): ReturnType<typeof createHash> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(p, h);
    else h.update(p).update('\0').update(readFileSync(p)).update('\0');
  }
  return h;
}

export interface Bundles {
  cli: string;
  action: string;
}

let cached: Bundles | undefined;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ncc(entry: string, out: string): void {
  const bin = join(ROOT, 'node_modules', '.bin', 'ncc');
  try {
    execFileSync(bin, ['build', entry, '-o', out, '-q'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    // Someone's work in progress may not typecheck; the bundle's behaviour is what we test.
    rmSync(out, { recursive: true, force: true });
    execFileSync(bin, ['build', entry, '-o', out, '-q', '-t'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

/**
 * The CLI and Action bundles (and the scan worker bundle) for the current sources: built once per content of src/ into
 * the OS temp dir (the shared dist/ is never touched); concurrent workers wait for one build.
 */
export function bundles(): Bundles {
  if (cached) return cached;
  const hash = hashTree(join(ROOT, 'src')).update(readFileSync(join(ROOT, 'package-lock.json'))).digest('hex').slice(0, 16);
  const base = join(tmpdir(), 'keylint-hardening-bundles');
  mkdirSync(base, { recursive: true });
  const dir = join(base, hash);
  const result: Bundles = { cli: join(dir, 'cli', 'index.js'), action: join(dir, 'action', 'index.js') };
  const lock = `${dir}.lock`;
  for (let waited = 0; !existsSync(dir); ) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building; a lock older than 3 minutes is stale.
      if (waited > 180_000 || Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      sleepSync(250);
      waited += 250;
      continue;
    }
    try {
      if (existsSync(dir)) break;
      const tmp = `${dir}.tmp-${process.pid}`;
      rmSync(tmp, { recursive: true, force: true });
      ncc('src/cli/index.ts', join(tmp, 'cli'));
      ncc('src/action/index.ts', join(tmp, 'action'));
      // The scan worker bundle where each entry looks for it, as in dist/ (dist/cli/scan-worker.js).
      ncc('src/scan/worker.ts', join(tmp, 'worker'));
      copyFileSync(join(tmp, 'worker', 'index.js'), join(tmp, 'cli', 'scan-worker.js'));
      mkdirSync(join(tmp, 'action', 'cli'));
      copyFileSync(join(tmp, 'worker', 'index.js'), join(tmp, 'action', 'cli', 'scan-worker.js'));
      renameSync(tmp, dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  cached = result;
  return result;
}

export interface Proc {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Kill after this long (the test then fails on the exit code). Default 60 s. */
  timeoutMs?: number;
}

/** Runs `node script args` without blocking the event loop (loopback servers keep answering). */
export function runNode(script: string, args: readonly string[], opts: RunOptions): Promise<Proc> {
  const t0 = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: opts.cwd, env: opts.env ?? cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - t0 });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

export function runCli(args: readonly string[], opts: RunOptions): Promise<Proc> {
  return runNode(bundles().cli, args, opts);
}

/**
 * The parent's environment without anything that could steer a run: GitHub/runner context,
 * git repository variables, Node options, provider keys and SDK base-URL variables.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GITHUB_|INPUT_|RUNNER_|GIT_|ACTIONS_|JEST)/.test(k) || k === 'NODE_OPTIONS' || k === 'CI') continue;
    if (/(KEY|TOKEN|SECRET|PASSWORD|BASE_URL|API_BASE|_URL)$/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', NO_COLOR: '1', ...extra };
}

/** A stack frame line as Node prints it. */
export const STACK_FRAME = /\n\s+at /;

/** Pieces of `secret` whose presence in output means a leak: the value and each 12-char window of its middle. */
function leakPieces(secret: string): string[] {
  const middle = secret.slice(4, Math.max(4, secret.length - 3));
  const pieces = [secret];
  for (let i = 0; i + 12 <= middle.length; i++) {
    const w = middle.slice(i, i + 12);
    // A window that is mostly layout (a PEM body's line break and indentation) is not material.
    if ((w.match(/[A-Za-z0-9]/g)?.length ?? 0) >= 8) pieces.push(w);
  }
  return pieces;
}

/**
 * Which secrets leak into `text`: the raw value or any 12-character window of its middle (the
 * part the redacted form hides). A window that another secret of the set also holds is format
 * structure (a URL host, a fixed token header such as PyPI's), not secret material, and is
 * ignored, and so is one found in `publicText` (rule descriptions: documented prefixes).
 * Returns a description per leaked secret, never the secret.
 */
export function leaks(text: string, secrets: readonly string[], where = 'output', publicText = ''): string[] {
  const found: string[] = [];
  // Every 12-char window of the text, once: a lookup per piece instead of a search of the text.
  const windows = new Set<string>();
  for (let i = 0; i + 12 <= text.length; i++) windows.add(text.slice(i, i + 12));
  const present = (p: string): boolean => (p.length === 12 ? windows.has(p) : text.includes(p));
  for (const s of secrets) {
    const structural = (p: string): boolean => secrets.some((o) => o !== s && o.includes(p)) || publicText.includes(p);
    const hit = leakPieces(s).find((p) => present(p) && (p === s || !structural(p)));
    if (hit !== undefined) found.push(`${where}: ${hit === s ? 'raw value' : `a 12-char window at ${s.indexOf(hit)}`} of a ${s.length}-char secret starting ${JSON.stringify(s.slice(0, 4))}`);
  }
  return found;
}

/** Every regular file under `dir` (recursively), as [path, text]. */
export function filesUnder(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else if (entry.isFile()) out.push([p, readFileSync(p, 'utf8')]);
  }
  return out;
}

export interface ActionSetup {
  eventName: string;
  payload?: unknown;
  inputs?: Record<string, string>;
  sha?: string;
  extra?: NodeJS.ProcessEnv;
}

/** Defaults of action.yml's inputs as the runner passes them when the workflow sets nothing. */
const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  mode: 'scan',
  scope: 'auto',
  paths: '',
  exclude: '',
  config: '',
  baseline: '',
  'fail-on-findings': 'true',
  'sarif-file': '',
  'github-token': '',
  secrets: '',
  endpoints: '',
  verify: 'false',
};

/**
 * The environment the runner gives the Action, with the event, summary, output and temp files
 * in a fresh folder (GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP).
 * No network: the API URL is a closed loopback port.
 */
export function actionRunnerEnv(workspace: string, setup: ActionSetup): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'keylint-runner-'));
  const files = { event: join(dir, 'event.json'), summary: join(dir, 'step_summary'), output: join(dir, 'output'), temp: join(dir, 'temp') };
  mkdirSync(files.temp);
  writeFileSync(files.event, JSON.stringify(setup.payload ?? {}));
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_SHA: setup.sha ?? '',
    GITHUB_REF: '',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    RUNNER_TEMP: files.temp,
    ...setup.extra,
  };
  for (const [name, value] of Object.entries({ ...ACTION_DEFAULTS, ...setup.inputs })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/** The runner folder (event, summary, outputs, temp) of an `actionRunnerEnv` environment. */
export function runnerDir(env: NodeJS.ProcessEnv): string {
  return dirname(env.GITHUB_EVENT_PATH!);
}
