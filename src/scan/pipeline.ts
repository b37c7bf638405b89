import { existsSync } from 'node:fs';
import type { ScanProgress } from './progress.js';
import path from 'node:path';
import { applyBaseline, readBaseline, writeBaseline, type BaselineEntry } from '../baseline/index.js';
import { DEFAULT_EXCLUDES } from '../config/default-excludes.js';
import { loadConfig, validateRuleIds } from '../config/load.js';
import { compileGlobs } from '../config/paths.js';
import type { JsonShape } from '../suppress/json-shape.js';
import { loadSuppressions } from '../suppress/index.js';
import { resolveRuleId } from '../suppress/rule-ids.js';
import type { KeylintConfig } from '../config/schema.js';
import { providers as builtinProviders } from '../providers/registry.js';
import type { ProviderRecord } from '../providers/types.js';
import { openGitScan, type GitScan, type GitScanMode } from '../sources/git-units.js';
import { collapseHistory } from '../sources/git-history.js';
import { checkPathArguments } from '../sources/path-check.js';
import type { ScanResult, ScanUnit } from '../types.js';
import { buildEngine, engineSpecFor, providersFor } from './engine-spec.js';
import { scanFiles, scanRootFor, scanUnits, sortFindings } from './run-scan.js';
import { DEFAULT_MAX_FILE_SIZE } from './workers.js';

export const DEFAULT_BASELINE_FILE = '.keylint-baseline.json';

export interface ScanRequest {
  cwd: string;
  /** Path arguments (files or directories), relative to cwd. Default: `.`. */
  paths: string[];
  /** A git diff mode instead of whole files. */
  git?: GitScanMode;
  /** A prepared unit source (e.g. the GitHub API's view of a pull request) instead of git or files. */
  source?: GitScan;
  /** Extra exclude globs from flags/inputs. */
  exclude: string[];
  /** Apply the built-in default excludes (node_modules, minified bundles …). */
  defaultExcludes: boolean;
  /** Explicit config file; otherwise `.keylint.yml` at the scan root when present. */
  configPath?: string;
  maxFileSize?: number;
  /** Baseline: a path, `false` for none, undefined for the config's or the default file if present. */
  baseline?: string | false;
  /** Rewrite the baseline with the current findings instead of subtracting it. */
  updateBaseline?: boolean;
  /** Kept current while files are scanned on threads (the CLI's progress line). */
  progress?: ScanProgress;
}

export interface ScanOutcome {
  result: ScanResult;
  root: string;
  config: KeylintConfig;
  providers: ProviderRecord[];
  /** Findings the baseline suppressed, and its entries that matched nothing. */
  baselined: number;
  stale: BaselineEntry[];
  baselinePath?: string;
  /** One-line warnings for stderr (e.g. `.gitleaks.toml` keys keylint cannot honour). */
  warnings: string[];
}

/** Loads config, builds the engine, scans the requested source and subtracts the baseline. */
export async function runScanRequest(req: ScanRequest): Promise<ScanOutcome> {
  const unitMode = req.git !== undefined || req.source !== undefined;
  const { root, targets } = unitMode ? { root: req.cwd, targets: [req.cwd] } : scanRootFor(req.cwd, req.paths);
  const configRoot = unitMode || targets.length !== 1 || targets[0] !== root ? req.cwd : root;
  const config = await loadConfig(configRoot, req.configPath ? path.resolve(req.cwd, req.configPath) : undefined);
  const providers = providersFor(config);
  // gitleaks rule ids work wherever keylint's do.
  const customIds = new Set(config.customRules.map((c) => c.id));
  config.rules.disable = config.rules.disable.map((id) => resolveRuleId(id, customIds));
  config.rules.enable = config.rules.enable.map((id) => resolveRuleId(id, customIds));
  validateRuleIds(config, builtinProviders.flatMap((p) => [p.id, ...p.rules.map((r) => r.id)]));
  const spec = engineSpecFor(config);

  const userExclude = [...config.exclude, ...req.exclude];
  const defaults = req.defaultExcludes ? DEFAULT_EXCLUDES : [];
  let result: ScanResult;
  /** What the JSON files with findings are, where the scan read it (file scans). */
  let jsonShapes: ReadonlyMap<string, JsonShape> | undefined;
  if (unitMode) {
    const scan = req.source ?? (await openGitScan(req.git!, { cwd: req.cwd, pathspecs: req.paths.length ? req.paths : undefined }));
    const pathFilter = req.source ? req.paths : [];
    const scanned = await scanUnits(buildEngine(spec), filterUnits(scan.units, [...defaults, ...userExclude], pathFilter));
    const { stats } = scanned;
    // History: one finding per secret per file, with its first commit (src/sources/git-history.ts).
    const findings = req.git?.kind === 'history' && !req.source ? sortFindings(await collapseHistory(scanned.findings, req.cwd)) : scanned.findings;
    const skipped = scan.skipped();
    result = { findings, skipped, stats: { ...stats, skipped: skipped.length }, scope: scan.describe(), notices: scan.notices() };
  } else {
    checkPathArguments(req.cwd, req.paths);
    ({ jsonShapes, ...result } = await scanFiles(spec, {
      root,
      targets,
      exclude: userExclude,
      defaultExclude: defaults,
      include: config.include,
      maxFileSize: req.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      ...(req.progress ? { progress: req.progress } : {}),
    }));
  }

  const baselinePath = resolveBaselinePath(req, config, configRoot);
  // .keylintignore, .gitleaksignore, .gitleaks.toml, .secrets.baseline and peer tools' files.
  const suppressions = await loadSuppressions(configRoot, baselinePath ? { baselinePath } : {});
  const suppressed = await suppressions.apply(result.findings, jsonShapes);
  result.findings = suppressed.kept;
  result.notices.push(...suppressed.notices);
  let baselined = 0;
  let stale: BaselineEntry[] = [];
  if (baselinePath && req.updateBaseline) {
    await writeBaseline(baselinePath, result.findings);
    result.notices.push(`baseline written: ${path.relative(req.cwd, baselinePath) || baselinePath} (${result.findings.length} entries)`);
  } else if (baselinePath) {
    const entries = await readBaseline(baselinePath);
    const applied = applyBaseline(result.findings, entries);
    baselined = applied.suppressed.length;
    stale = applied.stale;
    result.findings = applied.kept;
    if (baselined) result.notices.push(`${baselined} known ${baselined === 1 ? "finding" : "findings"} suppressed by the baseline ${path.basename(baselinePath)}`);
    if (stale.length) result.notices.push(`${stale.length} baseline entr${stale.length === 1 ? 'y is' : 'ies are'} stale (no longer found); run with --update-baseline to drop them`);
  }
  const outcome: ScanOutcome = { result, root, config, providers, baselined, stale, warnings: suppressions.warnings };
  if (baselinePath) outcome.baselinePath = baselinePath;
  return outcome;
}

/** Where scans read the baseline by default (no `--baseline`): the config's `baseline`, else the default file. */
export async function defaultBaselinePath(cwd: string, configPath?: string): Promise<string> {
  const config = await loadConfig(cwd, configPath ? path.resolve(cwd, configPath) : undefined);
  return config.baseline ? path.resolve(cwd, config.baseline) : path.join(cwd, DEFAULT_BASELINE_FILE);
}

function resolveBaselinePath(req: ScanRequest, config: KeylintConfig, configRoot: string): string | undefined {
  if (req.baseline === false) return undefined;
  if (req.baseline) return path.resolve(req.cwd, req.baseline);
  if (config.baseline) return path.resolve(configRoot, config.baseline);
  const candidate = path.join(configRoot, DEFAULT_BASELINE_FILE);
  if (req.updateBaseline) return candidate;
  return existsSync(candidate) ? candidate : undefined;
}

/** Drops excluded units and, when `paths` is given, units outside those path prefixes. */
async function* filterUnits(units: AsyncIterable<ScanUnit>, exclude: readonly string[], paths: readonly string[]): AsyncGenerator<ScanUnit> {
  const isExcluded = compileGlobs(exclude);
  const prefixes = paths.map((p) => p.replace(/^\.\//, '').replace(/\/+$/, '')).filter((p) => p !== '' && p !== '.');
  const inPaths = (p: string): boolean => prefixes.length === 0 || prefixes.some((x) => p === x || p.startsWith(x + '/'));
  for await (const u of units) if (!isExcluded(u.path) && inPaths(u.path)) yield u;
}
