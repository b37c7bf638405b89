import { parseArgs } from 'node:util';
import path from 'node:path';
import { didYouMean } from '../config/suggest.js';
import { shouldUseColor } from '../reports/color.js';
import { formatJson } from '../reports/json.js';
import { formatSarif } from '../reports/sarif.js';
import { formatText } from '../reports/text.js';
import { defaultBaselinePath, runScanRequest, type ScanOutcome, type ScanRequest } from '../scan/pipeline.js';
import { splitHookFiles, type GitScan, type GitScanMode } from '../sources/git-units.js';
import { isStdinPath, openStdinScan } from '../sources/stdin.js';
import { DEFAULT_MAX_FILE_SIZE } from '../scan/workers.js';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { canonicalEndpoints, parseEndpoint } from '../health/targets.js';
import { providers as registryProviders } from '../providers/registry.js';
import type { VerifyOptions } from '../verify/verify.js';
import { UsageError } from '../types.js';
import { VERSION } from '../version.js';
import { parseSize, writeReport, type CliIo } from './io.js';
import { startProgressLine } from './progress.js';
import { newProgress } from '../scan/progress.js';

type Format = 'text' | 'json' | 'sarif';

const SCAN_OPTIONS = {
  staged: { type: 'boolean' },
  diff: { type: 'string' },
  commits: { type: 'string' },
  history: { type: 'boolean' },
  ref: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'update-baseline': { type: 'boolean' },
  'no-default-excludes': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  'stdin-name': { type: 'string' },
  verify: { type: 'boolean' },
  'only-verified': { type: 'boolean' },
  endpoint: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  import: { type: 'string' },
} as const;

export function parseFormat(value: string | undefined): Format {
  const f = value ?? 'text';
  if (f === 'text' || f === 'json' || f === 'sarif') return f;
  throw new UsageError(`--format must be text, json or sarif (got "${f}")`);
}

/** `-o report.sarif` / `-o out.json` without `--format`: the extension says which. */
export function formatFromExtension(output: string | undefined): Format | undefined {
  if (!output) return undefined;
  const ext = path.extname(output).toLowerCase();
  return ext === '.sarif' ? 'sarif' : ext === '.json' ? 'json' : undefined;
}

function parseScanArgs(args: string[]) {
  try {
    return parseArgs({ args, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const first = (err as Error).message.split('\n')[0]!;
    const unknown = /^Unknown option '(--?[^']+)'/.exec(first)?.[1];
    if (unknown) throw new UsageError(`unknown option ${unknown}${didYouMean(unknown, Object.keys(SCAN_OPTIONS).map((o) => `--${o}`))} (see keylint --help)`);
    throw new UsageError(`${first} (see keylint --help)`);
  }
}

function gitMode(v: ReturnType<typeof parseScanArgs>['values']): GitScanMode | undefined {
  const modes: GitScanMode[] = [];
  if (v.staged) modes.push({ kind: 'staged' });
  if (v.diff !== undefined) modes.push({ kind: 'diff', range: v.diff });
  if (v.commits !== undefined) modes.push({ kind: 'commits', range: v.commits });
  if (v.history) modes.push(v.ref?.length ? { kind: 'history', refs: v.ref } : { kind: 'history' });
  else if (v.ref?.length) throw new UsageError('--ref limits --history to what a revision reaches: give --history too');
  if (modes.length > 1) throw new UsageError('choose one of --staged, --diff, --commits, --history');
  return modes[0];
}

/** Renders an outcome in the chosen format and exits 1 when findings remain. */
export function report(outcome: ScanOutcome, format: Format, io: CliIo, opts: { output?: string; noColor?: boolean; verbose?: boolean }): number {
  const { result, root, providers } = outcome;
  for (const w of outcome.warnings) io.stderr(`${w}\n`);
  const color = !opts.noColor && !opts.output && shouldUseColor({ isTTY: io.isTTY, env: io.env });
  const rendered =
    format === 'json'
      ? formatJson(result, { root })
      : format === 'sarif'
        ? formatSarif(result, { providers, toolVersion: VERSION, root })
        : formatText(result, { color, root, providers, verbose: opts.verbose });
  if (opts.output) {
    writeReport(opts.output, rendered, io.cwd, io.stderr);
    // The file holds the report; the terminal still gets the human summary.
    io.stderr(formatText(result, { color: false, root, providers, verbose: opts.verbose }));
  } else {
    io.stdout(rendered.endsWith('\n') ? rendered : rendered + '\n');
  }
  return result.findings.length > 0 ? 1 : 0;
}

async function requestFrom(values: ReturnType<typeof parseScanArgs>['values'], positionals: string[], io: CliIo): Promise<ScanRequest> {
  if (values.import !== undefined) throw new UsageError('--import is an option of keylint baseline (keylint baseline --import FILE)');
  const git = gitMode(values);
  const maxFileSize = values['max-file-size'] !== undefined ? parseSize(values['max-file-size'], '--max-file-size') : undefined;
  const source = await stdinSource(values, positionals, git, io, maxFileSize);
  return {
    ...(source ? { source } : {}),
    cwd: io.cwd,
    paths: source ? [] : positionals,
    git,
    exclude: values.exclude ?? [],
    defaultExcludes: !values['no-default-excludes'],
    configPath: values.config,
    maxFileSize,
    baseline: values['no-baseline'] ? false : values.baseline,
    updateBaseline: values['update-baseline'] === true,
  };
}

/** `-` or `/dev/stdin` as the path: standard input is the one thing scanned. */
async function stdinSource(values: ReturnType<typeof parseScanArgs>['values'], positionals: string[], git: GitScanMode | undefined, io: CliIo, maxFileSize: number | undefined): Promise<GitScan | undefined> {
  const wantsStdin = positionals.some(isStdinPath);
  if (!wantsStdin) {
    if (values['stdin-name'] !== undefined) throw new UsageError('--stdin-name names standard input: give - as the path to scan it');
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('- (standard input) cannot be combined with other paths');
  if (git) throw new UsageError('- (standard input) cannot be combined with --staged, --diff, --commits or --history');
  const name = values['stdin-name'];
  if (name !== undefined && !/^[^\0\r\n]{1,256}$/.test(name)) throw new UsageError('--stdin-name must be a file name on one line');
  return openStdinScan(io.stdin ?? { read: () => readFileSync(0), isTTY: process.stdin.isTTY === true }, { name: name?.replace(/\\/g, '/'), maxFileSize: maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
}

/** `keylint scan [PATH...] [--staged|--diff R|--commits R|--history] …` */
export async function runScanCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseScanArgs(args);
  const format = parseFormat(values.format ?? formatFromExtension(values.output));
  const verify = verifyOptions(values);
  const request = await requestFrom(values, positionals, io);
  const progress = newProgress();
  const stop = startProgressLine(io, progress);
  let outcome: ScanOutcome;
  try {
    outcome = await runScanRequest({ ...request, progress });
  } finally {
    stop();
  }
  if (verify) {
    const { verifyFindings, isLive } = await import('../verify/verify.js');
    await verifyFindings(outcome.result.findings, outcome.providers, verify);
    if (values['only-verified']) outcome.result.findings = outcome.result.findings.filter(isLive);
  }
  return report(outcome, format, io, { output: values.output, noColor: values['no-color'], verbose: values.verbose });
}

/** `--verify` and its options (validated before anything is scanned); undefined without it. */
function verifyOptions(values: ReturnType<typeof parseScanArgs>['values']): VerifyOptions | undefined {
  const wants = values.verify === true || values['only-verified'] === true;
  if (!wants) {
    for (const flag of ['endpoint', 'concurrency', 'timeout'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} is an option of --verify`);
    }
    return undefined;
  }
  const endpoints = new Map<string, string>();
  for (const e of values.endpoint ?? []) {
    const [id, url] = parseEndpoint(e);
    endpoints.set(id, url);
  }
  const opts: VerifyOptions = { endpoints: canonicalEndpoints(endpoints, registryProviders), version: VERSION };
  if (values.concurrency !== undefined) opts.concurrency = wholeNumber('--concurrency', values.concurrency, 1, 64);
  if (values.timeout !== undefined) opts.timeoutMs = wholeNumber('--timeout', values.timeout, 100, 120_000);
  return opts;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${value.slice(0, 20)}")`);
  return n;
}

/** `keylint baseline [PATH...]`: records every current finding so later scans only report new ones. */
export async function runBaselineCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseScanArgs(args);
  if (values.import !== undefined) return runBaselineImport(values.import, values, io);
  if (values.output !== undefined && values.baseline !== undefined) throw new UsageError('give the baseline path once: --baseline FILE or --output FILE');
  // `keylint baseline -o FILE` writes the baseline to FILE (it is the command's output).
  const target = values.output ?? values.baseline;
  const request = await requestFrom({ ...values, baseline: target }, positionals, io);
  const outcome = await runScanRequest({ ...request, updateBaseline: true });
  for (const w of outcome.warnings) io.stderr(`${w}\n`);
  io.stdout(`keylint: wrote ${outcome.baselinePath} with ${outcome.result.findings.length} ${outcome.result.findings.length === 1 ? 'finding' : 'findings'}; later scans report only new ones.\n`);
  if (outcome.baselinePath && target !== undefined) io.stdout(await baselineUseHint(outcome.baselinePath, values.config, io));
  return 0;
}

/**
 * `keylint hook FILE...` — the pre-commit entry. Files with staged changes are scanned on their
 * staged added lines; files passed without staged changes (`pre-commit run --all-files`) are
 * scanned whole.
 */
export async function runHookCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseScanArgs(args);
  const format = parseFormat(values.format);
  const opts = { noColor: values['no-color'], verbose: values.verbose };
  const base = await requestFrom(values, [], io);
  // A commit passes only staged files. Any passed file without staged changes means a run over
  // files (`pre-commit run --all-files` / `--files`): then every passed file is scanned whole.
  const { full } = positionals.length ? await splitHookFiles(positionals, io.cwd) : { full: [] };
  const outcome =
    full.length > 0
      ? await runScanRequest({ ...base, paths: positionals })
      : await runScanRequest({ ...base, git: { kind: 'staged' }, paths: positionals });
  const code = report(outcome, format, io, opts);
  if (code === 1) {
    io.stderr(
      'keylint: commit blocked. Move the key to a secret store or environment variable, rotate it if it was ever pushed, ' +
        'or mark a false positive with a `keylint:allow` comment on the line.\n',
    );
  }
  return code;
}

/** `keylint baseline --import FILE`: a detect-secrets baseline or a gitleaks JSON report as keylint baseline entries. */
async function runBaselineImport(file: string, values: ReturnType<typeof parseScanArgs>['values'], io: CliIo): Promise<number> {
  const { importIntoBaseline } = await import('../baseline/import-command.js');
  if (values.output !== undefined && values.baseline !== undefined) throw new UsageError('give the baseline path once: --baseline FILE or --output FILE');
  const target = values.output ?? values.baseline;
  const res = await importIntoBaseline({ cwd: io.cwd, file, ...(target !== undefined ? { target } : {}), ...(values.config !== undefined ? { configPath: values.config } : {}) });
  io.stdout(res.message);
  if (target !== undefined) io.stdout(await baselineUseHint(res.path, values.config, io));
  return 0;
}

/** When the baseline was written where scans do not look by default: the line that makes them read it. */
async function baselineUseHint(written: string, configPath: string | undefined, io: CliIo): Promise<string> {
  const expected = await defaultBaselinePath(io.cwd, configPath);
  if (expected === written) return '';
  const rel = relative(io.cwd, written).split(sep).join('/');
  return `keylint: scans, the hook and the Action read ${relative(io.cwd, expected).split(sep).join('/')} by default; to use ${rel}, add \`baseline: ${rel}\` to .keylint.yml (or pass --baseline ${rel}).\n`;
}
