/**
 * Running the bundled action as the GitHub runner does: `node <bundle>` with `INPUT_*`
 * variables (name upper-cased, spaces → `_`, hyphens kept), the `GITHUB_*` context variables,
 * and the summary/output files.
 *
 * Bundle choice: the committed dist/index.js when it is at least as new as every file under
 * src/ (CI, right after checkout); otherwise the action is built with ncc into a temporary
 * folder (local edits are tested, the shared dist/ is never touched).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './git-repo.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const COMMITTED = join(ROOT, 'dist', 'index.js');
/** Checkout writes files over a second or two: newer by less than this is "same time". */
const MTIME_SLACK_MS = 5000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

let built: string | undefined;

/** Path of an action bundle that reflects the current sources. */
export function actionBundle(): string {
  if (built) return built;
  if (existsSync(COMMITTED) && statSync(COMMITTED).mtimeMs + MTIME_SLACK_MS >= newestMtime(join(ROOT, 'src'))) {
    built = COMMITTED;
    return built;
  }
  const out = tempDir('keylint-action-dist-');
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'ncc'), ['build', 'src/action/index.ts', '-o', out, '-q'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`could not build the action bundle with ncc (dist/index.js is older than src/): ${(e.stderr ?? e.stdout ?? Buffer.from('')).toString().slice(0, 2000)}`);
  }
  built = join(out, 'index.js');
  return built;
}

/** The runner's environment variable for an input. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Defaults of action.yml's inputs, as the runner passes them when the workflow sets nothing. */
export const DEFAULT_INPUTS: Readonly<Record<string, string>> = {
  mode: 'scan',
  scope: 'auto',
  paths: '',
  exclude: '',
  config: '',
  baseline: '',
  'fail-on-findings': 'true',
  'sarif-file': '',
  'github-token': 'ghs_000000000000000000000000000000000000',
  secrets: '',
  endpoints: '',
};

export interface RunnerFiles {
  dir: string;
  eventPath: string;
  summary: string;
  output: string;
  temp: string;
}

export interface RunnerSetup {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  sha?: string;
  ref?: string;
  repository?: string;
  extraEnv?: NodeJS.ProcessEnv;
}

export interface RunnerRun {
  status: number | null;
  stdout: string;
  stderr: string;
  files: RunnerFiles;
}

/** The parent's environment minus anything that would leak GitHub/git context into the run. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('GITHUB_') || k.startsWith('INPUT_') || k.startsWith('RUNNER_') || k.startsWith('GIT_') || k.startsWith('ACTIONS_')) continue;
    if (k === 'NODE_OPTIONS' || k.startsWith('JEST')) continue;
    env[k] = v;
  }
  return env;
}

export function runAction(setup: RunnerSetup): RunnerRun {
  const dir = tempDir('keylint-runner-');
  const files: RunnerFiles = {
    dir,
    eventPath: join(dir, 'event.json'),
    summary: join(dir, 'step_summary'),
    output: join(dir, 'output'),
    temp: join(dir, 'temp'),
  };
  mkdirSync(files.temp);
  writeFileSync(files.eventPath, JSON.stringify(setup.payload, null, 2));
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.eventName,
    GITHUB_EVENT_PATH: files.eventPath,
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_REPOSITORY: setup.repository ?? 'acme/app',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens there: any API call fails fast instead of reaching the network.
    GITHUB_API_URL: 'http://127.0.0.1:1',
    GITHUB_SHA: setup.sha ?? '',
    GITHUB_REF: setup.ref ?? '',
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    RUNNER_TEMP: files.temp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...setup.extraEnv,
  };
  for (const [name, value] of Object.entries({ ...DEFAULT_INPUTS, ...setup.inputs })) env[inputEnvName(name)] = value;
  const r = spawnSync(process.execPath, [actionBundle()], { cwd: setup.workspace, env, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', files };
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}
