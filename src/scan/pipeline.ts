import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, readBaseline, writeBaseline, type BaselineEntry } from '../baseline/index.js';
import { DEFAULT_EXCLUDES } from '../config/default-excludes.js';
import { compileAllow, customRulesToProvider, loadConfig } from '../config/load.js';
import type { KeylintConfig } from '../config/schema.js';
import { Engine } from '../engine/index.js';
import { providers as builtinProviders } from '../providers/registry.js';
import type { ProviderRecord } from '../providers/types.js';
import { compileGlobs } from '../sources/files.js';
import { openGitScan, type GitScanMode } from '../sources/git-units.js';
import type { ScanResult, ScanUnit } from '../types.js';
import { DEFAULT_MAX_FILE_SIZE, scanFiles, scanRootFor, scanUnits } from './run-scan.js';

export const DEFAULT_BASELINE_FILE = '.keylint-baseline.json';

export interface ScanRequest {
  cwd: string;
  /** Path arguments (files or directories), relative to cwd. Default: `.`. */
  paths: string[];
  /** A git diff mode instead of whole files. */
  git?: GitScanMode;
  /** Extra exclude globs from flags/inputs. */
  exclude: string[];
  /** Apply the built-in default excludes (node_modules, lockfile noise …). */
  defaultExcludes: boolean;
  /** Explicit config file; otherwise `.keylint.yml` at the scan root when present. */
  configPath?: string;
  maxFileSize?: number;
  /** Baseline: a path, `false` for none, undefined for the config's or the default file if present. */
  baseline?: string | false;
  /** Rewrite the baseline with the current findings instead of subtracting it. */
  updateBaseline?: boolean;
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
}

/** Loads config, builds the engine, scans the requested source and subtracts the baseline. */
export async function runScanRequest(req: ScanRequest): Promise<ScanOutcome> {
  const { root, targets } = req.git ? { root: req.cwd, targets: [req.cwd] } : scanRootFor(req.cwd, req.paths);
  const configRoot = req.git ? req.cwd : targets.length === 1 && targets[0] === root ? root : req.cwd;
  const config = await loadConfig(configRoot, req.configPath ? path.resolve(req.cwd, req.configPath) : undefined);

  const custom = customRulesToProvider(config);
  const providers = custom ? [...builtinProviders, custom] : builtinProviders;
  const engine = new Engine({
    providers,
    disabledRules: new Set(config.rules.disable.filter((r) => !config.rules.enable.includes(r))),
    isAllowedValue: compileAllow(config),
  });

  const exclude = [...(req.defaultExcludes ? DEFAULT_EXCLUDES : []), ...config.exclude, ...req.exclude];
  let result: ScanResult;
  if (req.git) {
    const scan = await openGitScan(req.git, { cwd: req.cwd, pathspecs: req.paths.length ? req.paths : undefined });
    const { findings, stats } = await scanUnits(engine, excludeUnits(scan.units, exclude));
    const skipped = scan.skipped();
    result = { findings, skipped, stats: { ...stats, skipped: skipped.length }, scope: scan.describe(), notices: scan.notices() };
  } else {
    result = await scanFiles(engine, {
      root,
      targets,
      exclude,
      include: config.include,
      maxFileSize: req.maxFileSize ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    });
  }

  const baselinePath = resolveBaselinePath(req, config, configRoot);
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
    if (baselined) result.notices.push(`${baselined} known finding(s) suppressed by the baseline ${path.basename(baselinePath)}`);
    if (stale.length) result.notices.push(`${stale.length} baseline entr${stale.length === 1 ? 'y is' : 'ies are'} stale (no longer found); run with --update-baseline to drop them`);
  }
  return { result, root, config, providers, baselined, stale, baselinePath };
}

function resolveBaselinePath(req: ScanRequest, config: KeylintConfig, configRoot: string): string | undefined {
  if (req.baseline === false) return undefined;
  if (req.baseline) return path.resolve(req.cwd, req.baseline);
  if (config.baseline) return path.resolve(configRoot, config.baseline);
  const candidate = path.join(configRoot, DEFAULT_BASELINE_FILE);
  if (req.updateBaseline) return candidate;
  return existsSync(candidate) ? candidate : undefined;
}


async function* excludeUnits(units: AsyncIterable<ScanUnit>, exclude: readonly string[]): AsyncGenerator<ScanUnit> {
  const isExcluded = compileGlobs(exclude);
  for await (const u of units) if (!isExcluded(u.path)) yield u;
}
